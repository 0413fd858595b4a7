// nexus query GRAPH.json neighbors|path|rank|brokers ...: questions asked of a
// graph that `nexus build` wrote, answered with Boost.Graph's algorithms on
// the network of entities (undirected: two entities are neighbours when any
// link joins them, its weight the sentences of all their links).
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include "app/cli.h"
#include "app/commands.h"
#include "app/document_meta.h"
#include "exporters/json_out.h"
#include "exporters/json_reader.h"
#include "graph/entity_resolver.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

const char kQueryHelp[] =
    "usage: nexus query GRAPH.json neighbors ENTITY [--depth N] [--type T] [--json]\n"
    "       nexus query GRAPH.json path A B [--k N] [--json]\n"
    "       nexus query GRAPH.json rank [--by degree|betweenness|pagerank|core] [--sample N] [--type T]\n"
    "                                   [--top N] [--json]\n"
    "       nexus query GRAPH.json clusters [--min-weight N] [--top N] [--json]\n"
    "       nexus query GRAPH.json brokers [--json]\n"
    "       nexus query GRAPH.json activities [--group G] [--crime C] [--place P] [--json]\n"
    "  neighbors: the entities at most N links away (default 1), each with its distance and,\n"
    "             next to ENTITY, the links that join them (relation, weight, hedged).\n"
    "  path:      a shortest path between two entities, each hop with its relation and its\n"
    "             strongest sentence; --k N: the N shortest simple paths (Yen's algorithm);\n"
    "             or, when none, the sizes of the two ends' components.\n"
    "  rank:      the most central entities, by degree (links), betweenness (Brandes,\n"
    "             unweighted, normalised as networkx does: 2 / ((n - 1)(n - 2))), pagerank\n"
    "             (damping 0.85, as networkx) or core (k-core number, Boost's core_numbers);\n"
    "             --sample N: betweenness estimated from N sources (for large graphs).\n"
    "  --timings: the seconds spent loading the graph and answering, on standard error.\n"
    "  clusters:  groups of entities that hang together: the connected components once the\n"
    "             pairs joined by fewer than N sentences (default 1) are left out.\n"
    "  brokers:   articulation points (entities whose removal cuts the network) and bridges\n"
    "             (links whose removal does), from Boost's biconnected components.\n"
    "  activities: who profits from (or counters) what, where: each actor - crime with its\n"
    "             places (and how many sentences give each) and its sentences; --group (a\n"
    "             group or a UN entity), --crime and --place keep those that have them.\n"
    "  --from DATE, --to DATE (YYYY-MM-DD, on every question): only the evidence of the\n"
    "             documents dated in that window (documents without a date are left out).\n"
    "  An ENTITY is an id, a label or an alias; --json prints the answer as JSON.\n";


// The network of entities, vertex i being entities[i] (sorted by id), and
// for each pair of neighbours the links between them.
struct View {
  std::vector<const Entity*> entities;
  std::unordered_map<std::string_view, std::size_t> index;  // into the entities' own ids
  Network network;
  // Each pair of neighbours (low, high) once, sorted, with the links between
  // them: `pairs[i]`'s links are `links[first[i] .. first[i + 1])`.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> first;
  std::vector<const Link*> links;

  explicit View(const KnowledgeGraph& g) {
    entities = g.Entities();
    index.reserve(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) index.emplace(entities[i]->id, i);
    // Links by pair: sorted once, which also keeps the graph's link order
    // within a pair (a stable sort of the graph's sorted links).
    struct Joined {
      std::size_t a, b;
      const Link* link;
    };
    std::vector<Joined> joined;
    const std::vector<const Link*> all = g.Links();
    joined.reserve(all.size());
    for (const Link* l : all) {
      std::size_t a = index.at(l->source), b = index.at(l->target);
      if (a == b) continue;
      if (a > b) std::swap(a, b);
      joined.push_back({a, b, l});
    }
    std::stable_sort(joined.begin(), joined.end(),
                     [](const Joined& x, const Joined& y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    links.reserve(joined.size());
    for (const Joined& j : joined) {
      if (pairs.empty() || pairs.back() != std::pair{j.a, j.b}) {
        pairs.emplace_back(j.a, j.b);
        first.push_back(links.size());
      }
      links.push_back(j.link);
    }
    first.push_back(links.size());
    network = Network(entities.size());
    for (const auto& [a, b] : pairs) boost::add_edge(a, b, network);
  }
  // The links between a and b (neighbours).
  std::vector<const Link*> Between(std::size_t a, std::size_t b) const {
    const std::pair key{std::min(a, b), std::max(a, b)};
    const auto at = std::lower_bound(pairs.begin(), pairs.end(), key) - pairs.begin();
    return {links.begin() + static_cast<std::ptrdiff_t>(first[static_cast<std::size_t>(at)]),
            links.begin() + static_cast<std::ptrdiff_t>(first[static_cast<std::size_t>(at) + 1])};
  }
  // Distances from `from` by breadth-first search (-1: not reached) and the
  // predecessor of each vertex on one shortest path (the smallest index first).
  void Distances(std::size_t from, std::vector<int>* distance, std::vector<std::size_t>* parent) const {
    distance->assign(entities.size(), -1);
    parent->assign(entities.size(), static_cast<std::size_t>(-1));
    std::deque<std::size_t> queue{from};
    (*distance)[from] = 0;
    while (!queue.empty()) {
      const std::size_t v = queue.front();
      queue.pop_front();
      std::vector<std::size_t> next;
      for (auto [it, end] = boost::adjacent_vertices(v, network); it != end; ++it) next.push_back(*it);
      std::sort(next.begin(), next.end());
      for (std::size_t w : next) {
        if ((*distance)[w] >= 0) continue;
        (*distance)[w] = (*distance)[v] + 1;
        (*parent)[w] = v;
        queue.push_back(w);
      }
    }
  }
};

struct Options {
  std::string graph, query;
  std::vector<std::string> positional;
  int depth = 1;
  std::string by = "degree", type;
  int top = 10;
  int min_weight = 1;  // clusters
  int k = 1;           // path: the k shortest
  int sample = 0;      // rank --by betweenness: sources of an estimate (0: exact)
  bool timings = false;
  bool json = false;
  std::string group, crime, place;  // activities' filters, as given
  std::string from, to;             // --from, --to: ISO dates of the documents kept
};

// The graph as the documents dated in [from, to] state it (either end may be
// open): their evidence and activities only; entities stay (a question may
// name one that these documents do not link).
KnowledgeGraph InWindow(const KnowledgeGraph& in, const std::string& from, const std::string& to,
                        std::size_t* kept, std::size_t* undated) {
  KnowledgeGraph out;
  std::set<std::string> docs;
  *kept = *undated = 0;
  for (const DocumentInfo& d : in.document_infos()) {
    if (d.date.empty()) {
      ++*undated;
      continue;
    }
    if ((!from.empty() && d.date < from) || (!to.empty() && d.date > to)) continue;
    out.AddDocument(d);
    docs.insert(d.name);
    ++*kept;
  }
  for (const Entity* e : in.Entities()) out.AddEntity(*e);
  for (const Link* l : in.Links())
    for (const Evidence& ev : l->evidence)
      if (docs.count(ev.document)) out.AddEvidence(l->source, l->target, l->relation, l->kind, ev);
  for (const Activity* a : in.Activities())
    for (const ActivityEvidence& ev : a->evidence)
      if (docs.count(ev.document)) out.AddActivity(a->relation, a->actor, a->crime, ev);
  return out;
}

int Usage(const std::string& message) {
  std::cerr << "nexus query: " << message << "\n" << kQueryHelp;
  return 2;
}

bool ParseNumber(const std::string& text, int* out) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  *out = std::stoi(text);
  return true;
}

// Prints a number as networkx would compare it: enough digits to round-trip.
std::string Number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", v);
  return buffer;
}

int Neighbors(const KnowledgeGraph& g, const View& view, const Options& o) {
  const Entity* e = nullptr;
  if (Status s = ResolveEntity(g, o.positional[0], &e); !s.ok()) return Usage(s.message());
  const std::size_t from = view.index.at(e->id);
  std::vector<int> distance;
  std::vector<std::size_t> parent;
  view.Distances(from, &distance, &parent);
  std::vector<std::size_t> found;
  for (std::size_t v = 0; v < distance.size(); ++v)
    if (distance[v] > 0 && distance[v] <= o.depth &&
        (o.type.empty() || TypeName(view.entities[v]->type) == o.type))
      found.push_back(v);
  std::stable_sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) { return distance[a] < distance[b]; });
  if (o.json) {
    StreamOut stream(std::cout);
    JsonOut out(&stream);
    out.StartObject();
    out.Field("entity", e->id);
    out.Key("neighbors");
    out.StartArray();
    for (std::size_t v : found) {
      out.StartObject();
      out.Field("id", view.entities[v]->id);
      out.Field("label", view.entities[v]->label);
      out.Field("type", TypeName(view.entities[v]->type));
      out.Count("distance", static_cast<std::size_t>(distance[v]));
      out.Key("links");
      out.StartArray();
      if (distance[v] == 1)
        for (const Link* l : view.Between(from, v)) {
          out.StartObject();
          out.Field("source", l->source);
          out.Field("relation", l->relation);
          out.Field("target", l->target);
          out.Count("weight", static_cast<std::size_t>(l->weight()));
          out.Flag("hedged", l->hedged());
          out.EndObject();
        }
      out.EndArray();
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    stream.Append("\n");
    return 0;
  }
  std::cout << e->label << " (" << e->id << "): " << found.size() << " entities at most " << o.depth
            << " link(s) away\n";
  for (std::size_t v : found) {
    std::cout << "  " << distance[v] << "  " << view.entities[v]->label << " (" << view.entities[v]->id << ")";
    if (distance[v] == 1)
      for (const Link* l : view.Between(from, v))
        std::cout << "  " << (l->source == e->id ? "--" + l->relation + "-->" : "<--" + l->relation + "--")
                  << " weight " << l->weight() << (l->hedged() ? ", hedged" : "");
    std::cout << "\n";
  }
  return 0;
}

// A shortest path from `from` to `to` by breadth-first search, avoiding the
// `blocked` vertices and the `cut` pairs (low, high); the smallest index
// first among equals; empty when there is none.
std::vector<std::size_t> ShortestAvoiding(const View& view, std::size_t from, std::size_t to,
                                          const std::vector<bool>& blocked,
                                          const std::set<std::pair<std::size_t, std::size_t>>& cut) {
  std::vector<std::size_t> parent(view.entities.size(), static_cast<std::size_t>(-1));
  std::vector<bool> seen(view.entities.size(), false);
  std::deque<std::size_t> queue{from};
  seen[from] = true;
  while (!queue.empty()) {
    const std::size_t v = queue.front();
    queue.pop_front();
    if (v == to) break;
    std::vector<std::size_t> next;
    for (auto [it, end] = boost::adjacent_vertices(v, view.network); it != end; ++it) next.push_back(*it);
    std::sort(next.begin(), next.end());
    for (std::size_t w : next) {
      if (seen[w] || blocked[w] || cut.count({std::min(v, w), std::max(v, w)})) continue;
      seen[w] = true;
      parent[w] = v;
      queue.push_back(w);
    }
  }
  if (!seen[to]) return {};
  std::vector<std::size_t> path{to};
  while (path.back() != from) path.push_back(parent[path.back()]);
  std::reverse(path.begin(), path.end());
  return path;
}

// The k shortest simple paths (Yen's algorithm on the unweighted network):
// by length, then by their entities' indexes.
std::vector<std::vector<std::size_t>> ShortestPaths(const View& view, std::size_t from, std::size_t to, int k) {
  const std::size_t n = view.entities.size();
  std::vector<std::vector<std::size_t>> found;
  std::vector<bool> blocked(n, false);
  std::vector<std::size_t> first = ShortestAvoiding(view, from, to, blocked, {});
  if (first.empty()) return found;
  found.push_back(first);
  auto shorter = [](const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  };
  std::set<std::vector<std::size_t>, decltype(shorter)> candidates(shorter);
  while (static_cast<int>(found.size()) < k) {
    const std::vector<std::size_t> last = found.back();
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      const std::vector<std::size_t> root(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      std::set<std::pair<std::size_t, std::size_t>> cut;
      for (const auto& p : found)
        if (p.size() > i + 1 && std::equal(root.begin(), root.end(), p.begin()))
          cut.insert({std::min(p[i], p[i + 1]), std::max(p[i], p[i + 1])});
      std::fill(blocked.begin(), blocked.end(), false);
      for (std::size_t r = 0; r < i; ++r) blocked[root[r]] = true;
      std::vector<std::size_t> spur = ShortestAvoiding(view, last[i], to, blocked, cut);
      if (spur.empty()) continue;
      std::vector<std::size_t> whole(root.begin(), root.end() - 1);
      whole.insert(whole.end(), spur.begin(), spur.end());
      if (std::find(found.begin(), found.end(), whole) == found.end()) candidates.insert(whole);
    }
    if (candidates.empty()) break;
    found.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }
  return found;
}

// The hops of one path, each with its strongest link and that link's
// strongest sentence (the first that is not hedged, else the first).
void PrintHops(const View& view, const std::vector<std::size_t>& hops, bool json, JsonOut* out) {
  for (std::size_t i = 0; i + 1 < hops.size(); ++i) {
    const std::vector<const Link*> links = view.Between(hops[i], hops[i + 1]);
    const Link* best = *std::max_element(links.begin(), links.end(), [](const Link* x, const Link* y) {
      return x->weight() < y->weight();
    });
    std::size_t pick = 0;
    for (std::size_t k = 0; k < best->evidence.size(); ++k)
      if (!best->evidence.Ref(k).hedged) {
        pick = k;
        break;
      }
    const Evidence ev = best->evidence[pick];
    if (json) {
      out->StartObject();
      out->Field("source", best->source);
      out->Field("relation", best->relation);
      out->Field("target", best->target);
      out->Count("weight", static_cast<std::size_t>(best->weight()));
      out->Field("document", ev.document);
      out->Field("paragraph", ev.paragraph);
      out->Field("sentence", ev.text);
      out->EndObject();
    } else {
      const bool forward = best->source == view.entities[hops[i]]->id;
      std::cout << "  " << view.entities[hops[i]]->label << (forward ? " --" : " <--") << best->relation
                << (forward ? "--> " : "-- ") << view.entities[hops[i + 1]]->label << "  (weight "
                << best->weight() << ")\n    "
                << ev.document << (ev.paragraph.empty() ? "" : " \u00b6" + ev.paragraph) << ": " << ev.text << "\n";
    }
  }
}

int Path(const KnowledgeGraph& g, const View& view, const Options& o) {
  const Entity* a = nullptr;
  const Entity* b = nullptr;
  if (Status s = ResolveEntity(g, o.positional[0], &a); !s.ok()) return Usage(s.message());
  if (Status s = ResolveEntity(g, o.positional[1], &b); !s.ok()) return Usage(s.message());
  const std::size_t from = view.index.at(a->id), to = view.index.at(b->id);
  const std::vector<std::vector<std::size_t>> paths = ShortestPaths(view, from, to, std::max(1, o.k));
  if (paths.empty()) {
    std::vector<int> component(view.entities.size());
    boost::connected_components(view.network, component.data());
    const auto size = [&](std::size_t v) { return std::count(component.begin(), component.end(), component[v]); };
    if (o.json) {
      std::cout << "{\"from\": \"" << a->id << "\", \"to\": \"" << b->id << "\", \"path\": null, \"from_component\": "
                << size(from) << ", \"to_component\": " << size(to) << "}\n";
    } else {
      std::cout << "no path between " << a->label << " and " << b->label << ": " << a->label << " is in a part of "
                << size(from) << " entities, " << b->label << " in another of " << size(to) << "\n";
    }
    return 0;
  }
  StreamOut stream(std::cout);
  JsonOut out(&stream);
  if (o.json) {
    out.StartObject();
    out.Field("from", a->id);
    out.Field("to", b->id);
    out.Count("length", paths[0].size() - 1);
    out.Key("hops");
    out.StartArray();
    PrintHops(view, paths[0], true, &out);
    out.EndArray();
    if (o.k > 1) {  // the k shortest, the first included
      out.Key("paths");
      out.StartArray();
      for (const auto& p : paths) {
        out.StartObject();
        out.Count("length", p.size() - 1);
        out.Key("hops");
        out.StartArray();
        PrintHops(view, p, true, &out);
        out.EndArray();
        out.EndObject();
      }
      out.EndArray();
    }
    out.EndObject();
    stream.Append("\n");
    return 0;
  }
  for (std::size_t p = 0; p < paths.size(); ++p) {
    if (paths.size() > 1) std::cout << p + 1 << ". ";
    std::cout << a->label << " to " << b->label << ": " << paths[p].size() - 1 << " link(s)\n";
    PrintHops(view, paths[p], false, nullptr);
  }
  return 0;
}

// Clusters: the connected components of the network once the pairs joined
// by fewer than `min_weight` sentences (all their links together) are left
// out (Boost's connected_components); the largest first.
int Clusters(const View& view, const Options& o) {
  const std::size_t n = view.entities.size();
  Network strong(n);
  for (std::size_t i = 0; i < view.pairs.size(); ++i) {
    int weight = 0;
    for (std::size_t k = view.first[i]; k < view.first[i + 1]; ++k) weight += view.links[k]->weight();
    if (weight >= o.min_weight) boost::add_edge(view.pairs[i].first, view.pairs[i].second, strong);
  }
  std::vector<int> component(n);
  const int count = n ? boost::connected_components(strong, component.data()) : 0;
  std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(count));
  for (std::size_t v = 0; v < n; ++v) members[static_cast<std::size_t>(component[v])].push_back(v);
  std::erase_if(members, [](const auto& m) { return m.size() < 2; });  // lone entities are no cluster
  std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  if (members.size() > static_cast<std::size_t>(o.top)) members.resize(static_cast<std::size_t>(o.top));
  if (o.json) {
    StreamOut stream(std::cout);
    JsonOut out(&stream);
    out.StartObject();
    out.Count("min_weight", static_cast<std::size_t>(o.min_weight));
    out.Key("clusters");
    out.StartArray();
    for (const auto& m : members) {
      std::vector<std::string> ids;
      for (std::size_t v : m) ids.push_back(view.entities[v]->id);
      out.StartObject();
      out.Count("size", m.size());
      out.Strings("members", ids);
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    stream.Append("\n");
    return 0;
  }
  std::cout << members.size() << " cluster(s) of entities joined by links of at least " << o.min_weight
            << " sentence(s):\n";
  for (std::size_t c = 0; c < members.size(); ++c) {
    std::cout << "  " << c + 1 << ". " << members[c].size() << " entities:";
    for (std::size_t i = 0; i < members[c].size() && i < 12; ++i)
      std::cout << (i ? "," : "") << " " << view.entities[members[c][i]]->label;
    if (members[c].size() > 12) std::cout << ", ...";
    std::cout << "\n";
  }
  return 0;
}

int Rank(const View& view, const Options& o) {
  const std::size_t n = view.entities.size();
  std::vector<double> score(n, 0.0);
  if (o.by == "degree") {
    for (std::size_t v = 0; v < n; ++v) score[v] = static_cast<double>(boost::degree(v, view.network));
  } else if (o.by == "betweenness" && o.sample > 0) {
    // An estimate from `sample` sources picked by a fixed seed (the same
    // answer every time): exact betweenness costs O(n m).
    std::vector<std::size_t> all(n);
    for (std::size_t v = 0; v < n; ++v) all[v] = v;
    std::mt19937_64 pick(20241203);
    std::shuffle(all.begin(), all.end(), pick);
    all.resize(std::min(n, static_cast<std::size_t>(o.sample)));  // all of them: exact
    std::sort(all.begin(), all.end());
    score = SampledBetweenness(view.network, all);
    const double norm = n > 2 ? 2.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 0.0;
    for (double& s : score) s *= norm;
  } else if (o.by == "betweenness") {
    // networkx's normalisation, which the test checks to 1e-9.
    score = Betweenness(view.network);
  } else if (o.by == "pagerank") {
    score = PageRank(view.network);
  } else if (o.by == "core") {
    const std::vector<int> core = CoreNumbers(view.network);
    for (std::size_t v = 0; v < n; ++v) score[v] = core[v];
  } else {
    return Usage("--by takes degree, betweenness, pagerank or core");
  }
  std::vector<std::size_t> order;
  for (std::size_t v = 0; v < n; ++v)
    if (o.type.empty() || TypeName(view.entities[v]->type) == o.type) order.push_back(v);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  if (order.size() > static_cast<std::size_t>(o.top)) order.resize(static_cast<std::size_t>(o.top));
  if (o.json) {
    std::cout << "{\"by\": \"" << o.by << "\", \"ranking\": [";
    for (std::size_t i = 0; i < order.size(); ++i)
      std::cout << (i ? ", " : "") << "{\"id\": \"" << view.entities[order[i]]->id << "\", \"score\": "
                << Number(score[order[i]]) << "}";
    std::cout << "]}\n";
    return 0;
  }
  for (std::size_t i = 0; i < order.size(); ++i) {
    char line[64];
    std::snprintf(line, sizeof line, "%3zu  %-10.6g  ", i + 1, score[order[i]]);
    std::cout << line << view.entities[order[i]]->label << " (" << view.entities[order[i]]->id << ")\n";
  }
  return 0;
}

int Brokers(const View& view, const Options& o) {
  std::vector<std::size_t> points;
  boost::articulation_points(view.network, std::back_inserter(points));
  std::sort(points.begin(), points.end());
  // Bridges: the biconnected components of one edge.
  using Edge = Network::edge_descriptor;
  std::map<Edge, std::size_t> component_of;
  auto component = boost::make_assoc_property_map(component_of);
  const std::size_t count = boost::biconnected_components(view.network, component);
  std::vector<std::vector<Edge>> by_component(count);
  for (auto [it, end] = boost::edges(view.network); it != end; ++it) by_component[component_of[*it]].push_back(*it);
  std::vector<std::pair<std::string, std::string>> bridges;
  for (const auto& edges : by_component)
    if (edges.size() == 1) {
      std::string a = view.entities[boost::source(edges[0], view.network)]->id;
      std::string b = view.entities[boost::target(edges[0], view.network)]->id;
      if (b < a) std::swap(a, b);
      bridges.emplace_back(a, b);
    }
  std::sort(bridges.begin(), bridges.end());
  if (o.json) {
    std::cout << "{\"articulation_points\": [";
    for (std::size_t i = 0; i < points.size(); ++i) std::cout << (i ? ", " : "") << "\"" << view.entities[points[i]]->id << "\"";
    std::cout << "], \"bridges\": [";
    for (std::size_t i = 0; i < bridges.size(); ++i)
      std::cout << (i ? ", " : "") << "[\"" << bridges[i].first << "\", \"" << bridges[i].second << "\"]";
    std::cout << "]}\n";
    return 0;
  }
  std::cout << points.size() << " entities whose removal cuts the network apart:\n";
  for (std::size_t v : points) std::cout << "  " << view.entities[v]->label << " (" << view.entities[v]->id << ")\n";
  std::cout << bridges.size() << " links whose removal does:\n";
  for (const auto& [a, b] : bridges) std::cout << "  " << a << " -- " << b << "\n";
  return 0;
}

int Activities(const KnowledgeGraph& g, const Options& o) {
  // The filters, resolved as entities.
  std::string group, crime, place;
  for (auto [given, id] : {std::pair{&o.group, &group}, {&o.crime, &crime}, {&o.place, &place}}) {
    if (given->empty()) continue;
    const Entity* e = nullptr;
    if (Status s = ResolveEntity(g, *given, &e); !s.ok()) return Usage(s.message());
    *id = e->id;
  }
  const SentenceTable sentences = g.Sentences();
  std::vector<const Activity*> found;
  for (const Activity* a : g.Activities()) {
    if ((!group.empty() && a->actor != group) || (!crime.empty() && a->crime != crime)) continue;
    if (!place.empty()) {
      const auto places = a->PlaceWeights();
      if (std::none_of(places.begin(), places.end(), [&](const auto& p) { return p.first == place; })) continue;
    }
    found.push_back(a);
  }
  auto label = [&](const std::string& id) {
    const Entity* e = g.FindEntity(id);
    return e && !e->label.empty() ? e->label : id;
  };
  if (o.json) {
    StreamOut stream(std::cout);
    JsonOut out(&stream);
    out.StartObject();
    out.Key("activities");
    out.StartArray();
    for (const Activity* a : found) {
      out.StartObject();
      out.Field("actor", a->actor);
      out.Field("relation", a->relation);
      out.Field("crime", a->crime);
      out.Count("weight", a->evidence.size());
      out.Flag("hedged", a->hedged());
      out.Key("places");
      out.StartArray();
      for (const auto& [id, weight] : a->PlaceWeights()) {
        out.StartObject();
        out.Field("id", id);
        out.Field("label", label(id));
        out.Count("weight", static_cast<std::size_t>(weight));
        out.EndObject();
      }
      out.EndArray();
      out.Key("evidence");
      out.StartArray();
      for (const ActivityEvidence& ev : a->evidence) {
        const long long at = sentences.Find(ev.document, ev.span);
        out.StartObject();
        out.Field("document", ev.document);
        if (at >= 0) {
          const SentenceRef s = sentences.At(static_cast<std::size_t>(at));
          out.Field("paragraph", s.paragraph);
          if (s.page) out.Count("page", s.page);
          out.Field("text", s.text);
        }
        out.Flag("hedged", ev.hedged);
        std::vector<std::string> ids;
        for (const ActivityPlace& p : ev.places) ids.push_back(p.region);
        out.Strings("places", ids);
        out.EndObject();
      }
      out.EndArray();
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    stream.Append("\n");
    return 0;
  }
  std::cout << found.size() << " activit" << (found.size() == 1 ? "y" : "ies") << "\n";
  for (const Activity* a : found) {
    std::cout << "  " << label(a->actor) << (a->relation == "counters" ? " counters " : " profits from ")
              << label(a->crime) << " in ";
    const auto places = a->PlaceWeights();
    for (std::size_t i = 0; i < places.size(); ++i)
      std::cout << (i ? ", " : "") << label(places[i].first) << " (" << places[i].second << ")";
    std::cout << "  [" << a->evidence.size() << " sentence" << (a->evidence.size() == 1 ? "" : "s")
              << (a->hedged() ? ", hedged" : "") << "]\n";
    for (const ActivityEvidence& ev : a->evidence) {
      const long long at = sentences.Find(ev.document, ev.span);
      if (at < 0) continue;
      const SentenceRef s = sentences.At(static_cast<std::size_t>(at));
      std::string text(s.text.substr(0, 160));
      if (s.text.size() > 160) text += "...";
      std::cout << "      " << ev.document << (s.paragraph.empty() ? "" : " \u00b6" + std::string(s.paragraph))
                << (s.page ? " p. " + std::to_string(s.page) : "") << ": " << text << "\n";
    }
  }
  return 0;
}

}  // namespace

int RunQuery(const std::vector<std::string>& args) {
  Options o;
  CommandLine cli("query", kQueryHelp);
  std::string depth, top, sample, k, min_weight;
  std::vector<std::string> positional;
  cli.Flag("--json", &o.json);
  cli.Flag("--timings", &o.timings);
  cli.Value("--depth", &depth);
  cli.Value("--top", &top);
  cli.Value("--by", &o.by);
  cli.Value("--sample", &sample);
  cli.Value("--k", &k);
  cli.Value("--min-weight", &min_weight);
  cli.Value("--from", &o.from);
  cli.Value("--to", &o.to);
  cli.Value("--group", &o.group);
  cli.Value("--crime", &o.crime);
  cli.Value("--place", &o.place);
  cli.Value("--type", &o.type);
  cli.Positional("argument", &positional);
  if (int code = cli.Parse(args)) return code < 0 ? 0 : code;
  auto given = [&](const char* name) { return cli.app().count(name) > 0; };
  if (given("--depth") && !ParseNumber(depth, &o.depth)) return cli.Usage("--depth takes a number");
  if (given("--top") && !ParseNumber(top, &o.top)) return cli.Usage("--top takes a number");
  if (given("--sample") && (!ParseNumber(sample, &o.sample) || o.sample < 1))
    return cli.Usage("--sample takes a number, 1 or more");
  if (given("--k") && (!ParseNumber(k, &o.k) || o.k < 1)) return cli.Usage("--k takes a number, 1 or more");
  if (given("--min-weight") && !ParseNumber(min_weight, &o.min_weight)) return cli.Usage("--min-weight takes a number");
  for (const char* date : {"--from", "--to"})
    if (given(date) && !IsIsoDate(std::string_view(date) == "--from" ? o.from : o.to))
      return cli.Usage(std::string(date) + " takes a date, YYYY-MM-DD");
  if (given("--type") && !ParseType(o.type)) return cli.Usage("--type takes group, crime, region or un_entity");
  if (positional.size() > 0) o.graph = positional[0];
  if (positional.size() > 1) o.query = positional[1];
  if (positional.size() > 2) o.positional.assign(positional.begin() + 2, positional.end());
  const std::map<std::string, std::size_t> arity = {
      {"neighbors", 1}, {"path", 2}, {"rank", 0}, {"brokers", 0}, {"activities", 0}, {"clusters", 0}};
  if (o.graph.empty() || o.query.empty()) return Usage("a graph and a question are needed");
  auto q = arity.find(o.query);
  if (q == arity.end()) return Usage("unknown question '" + o.query + "' (neighbors, path, rank, brokers, clusters, activities)");
  if (o.positional.size() != q->second)
    return Usage(o.query + " takes " + std::to_string(q->second) + " entit" + (q->second == 1 ? "y" : "ies"));
  const auto started = std::chrono::steady_clock::now();
  KnowledgeGraph g;
  if (Status s = ReadJsonGraphFile(o.graph, &g); !s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  if (!o.from.empty() || !o.to.empty()) {
    std::size_t kept = 0, undated = 0;
    g = InWindow(g, o.from, o.to, &kept, &undated);
    std::cerr << "nexus: " << kept << " document(s) dated " << (o.from.empty() ? "..." : o.from) << " to "
              << (o.to.empty() ? "..." : o.to);
    if (undated) std::cerr << "; " << undated << " without a date left out";
    std::cerr << "\n";
  }
  const auto loaded = std::chrono::steady_clock::now();
  int code = 0;
  if (o.query == "activities") {
    code = Activities(g, o);
  } else {
    const View view(g);
    if (o.query == "neighbors") code = Neighbors(g, view, o);
    else if (o.query == "path") code = Path(g, view, o);
    else if (o.query == "rank") code = Rank(view, o);
    else if (o.query == "clusters") code = Clusters(view, o);
    else code = Brokers(view, o);
  }
  if (o.timings) {
    const auto done = std::chrono::steady_clock::now();
    std::cout.flush();
    std::fprintf(stderr, "nexus query: %.2f s loading the graph, %.2f s answering\n",
                 std::chrono::duration<double>(loaded - started).count(),
                 std::chrono::duration<double>(done - loaded).count());
  }
  return code;
}

}  // namespace nexus
