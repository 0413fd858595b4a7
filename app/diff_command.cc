// nexus diff OLD.json NEW.json [--json]: what changed between two graphs
// (last half-year's report against this one, a corpus before and after new
// documents): documents, entities and links that appeared or disappeared,
// links whose weight or hedging changed, each with the sentences that make
// the difference (those one graph holds and the other does not), and the
// activities that appeared or disappeared.
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "exporters/exporter.h"
#include "exporters/json_out.h"
#include "exporters/output.h"
#include "exporters/json_reader.h"
#include "exporters/vocabulary.h"

namespace nexus {
namespace {

const char kDiffHelp[] =
    "usage: nexus diff OLD.json NEW.json [--json] [-f|--format text|json|html] [-o|--output PATH]\n"
    "  What changed from OLD to NEW (JSON graphs written by nexus): documents, entities and\n"
    "  links added or removed; links whose weight or hedging changed, with the sentences\n"
    "  that make the difference; activities added or removed. --json (or --format json)\n"
    "  prints it as JSON; --format html writes the HTML explorer of NEW with what is new or\n"
    "  changed marked and what went away listed (to PATH, default standard output).\n"
    "  Exit 0 when the graphs hold the same, 1 when they differ, 2 on a usage error.\n";

using LinkKey = std::tuple<std::string, std::string, std::string>;  // source, relation, target

struct LinkFacts {
  int weight = 0;
  bool hedged = false;
  std::map<std::string, std::string> sentences;  // sentence id -> text
};

std::map<LinkKey, LinkFacts> LinksOf(const KnowledgeGraph& g) {
  std::map<LinkKey, LinkFacts> out;
  for (const Link* l : g.Links()) {
    LinkFacts& f = out[{l->source, l->relation, l->target}];
    f.weight = l->weight();
    f.hedged = l->hedged();
    for (std::size_t i = 0; i < l->evidence.size(); ++i) {
      const EvidenceRef ev = l->evidence.Ref(i);
      f.sentences.emplace(SentenceId(ev.document, ev.span), std::string(ev.text));
    }
  }
  return out;
}

std::set<std::string> ActivityKeys(const KnowledgeGraph& g) {
  std::set<std::string> out;
  for (const Activity* a : g.Activities()) {
    std::string places;
    for (const auto& [region, weight] : a->PlaceWeights()) places += (places.empty() ? "" : ", ") + region;
    out.insert(a->actor + " " + a->relation + " " + a->crime + " in " + places);
  }
  return out;
}

template <typename T>
std::vector<T> Minus(const std::set<T>& a, const std::set<T>& b) {
  std::vector<T> out;
  for (const T& x : a)
    if (!b.count(x)) out.push_back(x);
  return out;
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  bool json = false;
  std::string format = "text", output = "-";
  CommandLine cli("diff", kDiffHelp);
  cli.Flag("--json", &json);
  cli.Value("-f,--format", &format);
  cli.Value("-o,--output", &output);
  cli.Positional("graph", &files);
  if (int code = cli.Parse(args)) return code < 0 ? 0 : code;
  if (files.size() != 2) return cli.Usage("two graphs are needed, OLD and NEW");
  if (format != "text" && format != "json" && format != "html") return cli.Usage("--format takes text, json or html");
  if (json && format == "html") return cli.Usage("--json and --format html: choose one");
  json = json || format == "json";
  if (output != "-" && format != "html") return cli.Usage("--output is for --format html");
  KnowledgeGraph before, after;
  for (auto [path, g] : {std::pair{&files[0], &before}, {&files[1], &after}})
    if (Status s = ReadJsonGraphFile(*path, g); !s.ok()) {
      std::cerr << "nexus: " << s.message() << "\n";
      return 1;
    }
  const std::set<std::string> docs_before(before.documents().begin(), before.documents().end());
  const std::set<std::string> docs_after(after.documents().begin(), after.documents().end());
  std::set<std::string> ents_before, ents_after;
  for (const Entity* e : before.Entities()) ents_before.insert(e->id);
  for (const Entity* e : after.Entities()) ents_after.insert(e->id);
  const std::map<LinkKey, LinkFacts> links_before = LinksOf(before), links_after = LinksOf(after);
  std::set<LinkKey> keys_before, keys_after;
  for (const auto& [k, f] : links_before) keys_before.insert(k);
  for (const auto& [k, f] : links_after) keys_after.insert(k);
  struct Change {
    LinkKey key;
    const LinkFacts *was, *is;
    std::vector<std::string> gained, lost;  // sentence ids
  };
  std::vector<Change> changed;
  for (const auto& [k, is] : links_after) {
    auto was = links_before.find(k);
    if (was == links_before.end()) continue;
    if (was->second.weight == is.weight && was->second.hedged == is.hedged &&
        was->second.sentences.size() == is.sentences.size())
      continue;
    Change c{k, &was->second, &is, {}, {}};
    for (const auto& [id, text] : is.sentences)
      if (!was->second.sentences.count(id)) c.gained.push_back(id);
    for (const auto& [id, text] : was->second.sentences)
      if (!is.sentences.count(id)) c.lost.push_back(id);
    changed.push_back(std::move(c));
  }
  const auto docs_added = Minus(docs_after, docs_before), docs_removed = Minus(docs_before, docs_after);
  const auto ents_added = Minus(ents_after, ents_before), ents_removed = Minus(ents_before, ents_after);
  const auto links_added = Minus(keys_after, keys_before), links_removed = Minus(keys_before, keys_after);
  const std::set<std::string> acts_before = ActivityKeys(before), acts_after = ActivityKeys(after);
  const auto acts_added = Minus(acts_after, acts_before), acts_removed = Minus(acts_before, acts_after);
  const bool same = docs_added.empty() && docs_removed.empty() && ents_added.empty() && ents_removed.empty() &&
                    links_added.empty() && links_removed.empty() && changed.empty() && acts_added.empty() &&
                    acts_removed.empty();
  auto label = [&](const std::string& id) {
    const Entity* e = after.FindEntity(id);
    if (!e) e = before.FindEntity(id);
    return e && !e->label.empty() ? e->label : id;
  };
  auto text_of = [&](const LinkFacts& f, const std::string& id) { return f.sentences.at(id); };
  if (format == "html") {
    GraphChanges changes;
    changes.old_name = files[0];
    changes.documents_added = docs_added;
    changes.documents_removed = docs_removed;
    changes.entities_added = ents_added;
    for (const std::string& id : ents_removed) changes.entities_removed.emplace_back(id, label(id));
    auto keys = [](const std::vector<LinkKey>& in) {
      std::vector<GraphChanges::LinkKey> out;
      for (const LinkKey& k : in) out.push_back({std::get<0>(k), std::get<1>(k), std::get<2>(k)});
      return out;
    };
    changes.links_added = keys(links_added);
    changes.links_removed = keys(links_removed);
    for (const Change& c : changed) changes.links_changed.push_back({std::get<0>(c.key), std::get<1>(c.key), std::get<2>(c.key)});
    ExportOptions options;
    options.changes = &changes;
    if (Status w = WriteExport(*FindExporter("html"), after, options, output); !w.ok()) {
      std::cerr << "nexus: " << w.message() << "\n";
      return 1;
    }
    return same ? 0 : 1;
  }
  if (json) {
    StreamOut stream(std::cout);
    JsonOut out(&stream);
    out.StartObject();
    out.Flag("same", same);
    out.Strings("documents_added", docs_added);
    out.Strings("documents_removed", docs_removed);
    out.Strings("entities_added", ents_added);
    out.Strings("entities_removed", ents_removed);
    auto link_list = [&](JsonKey key, const std::vector<LinkKey>& keys, const std::map<LinkKey, LinkFacts>& in) {
      out.Key(key);
      out.StartArray();
      for (const LinkKey& k : keys) {
        const LinkFacts& f = in.at(k);
        out.StartObject();
        out.Field("source", std::get<0>(k));
        out.Field("relation", std::get<1>(k));
        out.Field("target", std::get<2>(k));
        out.Count("weight", static_cast<std::size_t>(f.weight));
        out.Flag("hedged", f.hedged);
        out.Key("sentences");
        out.StartArray();
        for (const auto& [id, text] : f.sentences) {
          out.StartObject();
          out.Field("id", id);
          out.Field("text", text);
          out.EndObject();
        }
        out.EndArray();
        out.EndObject();
      }
      out.EndArray();
    };
    link_list("links_added", links_added, links_after);
    link_list("links_removed", links_removed, links_before);
    out.Key("links_changed");
    out.StartArray();
    for (const Change& c : changed) {
      out.StartObject();
      out.Field("source", std::get<0>(c.key));
      out.Field("relation", std::get<1>(c.key));
      out.Field("target", std::get<2>(c.key));
      out.Count("weight_before", static_cast<std::size_t>(c.was->weight));
      out.Count("weight_after", static_cast<std::size_t>(c.is->weight));
      out.Flag("hedged_before", c.was->hedged);
      out.Flag("hedged_after", c.is->hedged);
      auto sentences = [&](JsonKey key, const std::vector<std::string>& ids, const LinkFacts& facts) {
        out.Key(key);
        out.StartArray();
        for (const std::string& id : ids) {
          out.StartObject();
          out.Field("id", id);
          out.Field("text", text_of(facts, id));
          out.EndObject();
        }
        out.EndArray();
      };
      sentences("sentences_gained", c.gained, *c.is);
      sentences("sentences_lost", c.lost, *c.was);
      out.EndObject();
    }
    out.EndArray();
    out.Strings("activities_added", acts_added);
    out.Strings("activities_removed", acts_removed);
    out.EndObject();
    stream.Append("\n");
    return same ? 0 : 1;
  }
  if (same) {
    std::cout << "the two graphs hold the same documents, entities, links and activities\n";
    return 0;
  }
  auto section = [](const char* title, std::size_t n) { std::cout << title << " (" << n << ")\n"; };
  if (!docs_added.empty() || !docs_removed.empty()) {
    section("documents", docs_added.size() + docs_removed.size());
    for (const auto& d : docs_added) std::cout << "  + " << d << "\n";
    for (const auto& d : docs_removed) std::cout << "  - " << d << "\n";
  }
  if (!ents_added.empty() || !ents_removed.empty()) {
    section("entities", ents_added.size() + ents_removed.size());
    for (const auto& e : ents_added) std::cout << "  + " << label(e) << " (" << e << ")\n";
    for (const auto& e : ents_removed) std::cout << "  - " << label(e) << " (" << e << ")\n";
  }
  auto print_link = [&](char sign, const LinkKey& k, const LinkFacts& f) {
    std::cout << "  " << sign << " " << label(std::get<0>(k)) << " --" << std::get<1>(k) << "--> "
              << label(std::get<2>(k)) << "  (weight " << f.weight << (f.hedged ? ", hedged" : "") << ")\n";
    const auto& first = *f.sentences.begin();
    std::cout << "      " << first.first << ": " << first.second.substr(0, 160) << "\n";
  };
  if (!links_added.empty() || !links_removed.empty()) {
    section("links", links_added.size() + links_removed.size());
    for (const auto& k : links_added) print_link('+', k, links_after.at(k));
    for (const auto& k : links_removed) print_link('-', k, links_before.at(k));
  }
  if (!changed.empty()) {
    section("links changed", changed.size());
    for (const Change& c : changed) {
      std::cout << "  ~ " << label(std::get<0>(c.key)) << " --" << std::get<1>(c.key) << "--> "
                << label(std::get<2>(c.key)) << "  weight " << c.was->weight << " -> " << c.is->weight;
      if (c.was->hedged != c.is->hedged) std::cout << ", hedged " << (c.was->hedged ? "yes" : "no") << " -> "
                                                   << (c.is->hedged ? "yes" : "no");
      std::cout << "\n";
      for (const auto& id : c.gained) std::cout << "      + " << id << ": " << text_of(*c.is, id).substr(0, 160) << "\n";
      for (const auto& id : c.lost) std::cout << "      - " << id << ": " << text_of(*c.was, id).substr(0, 160) << "\n";
    }
  }
  if (!acts_added.empty() || !acts_removed.empty()) {
    section("activities", acts_added.size() + acts_removed.size());
    for (const auto& a : acts_added) std::cout << "  + " << a << "\n";
    for (const auto& a : acts_removed) std::cout << "  - " << a << "\n";
  }
  return 1;
}

}  // namespace nexus
