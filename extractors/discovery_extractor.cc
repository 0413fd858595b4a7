#include "extractors/discovery_extractor.h"

#include <algorithm>
#include <cctype>
#include <tuple>
#include <map>
#include <set>

#include "extractors/text.h"

namespace nexus {
namespace {

// Lower-case words that may stand inside a name ("Movement for Unity and
// Jihad in West Africa", "Jama'at Nusrat al-Islam wal-Muslimin").
bool IsConnector(const std::string& w) {
  static const std::set<std::string> kWords = {"of", "for", "the", "and", "in", "on", "al", "el",
                                               "ul", "wa", "wal", "e", "ud", "bin", "to", "de"};
  return kWords.count(w) > 0;
}

struct Candidate {
  std::size_t first = 0, last = 0;  // token range
  EntityType type = EntityType::kGroup;
  const char* rule = "";
};

bool OneOf(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words)
    if (w == x) return true;
  return false;
}

// Classifies a run of capitalised words; false when it is no entity name.
bool Classify(const std::vector<Token>& t, std::size_t first, std::size_t last, bool group_context,
              Candidate* c) {
  std::vector<std::string> w;
  for (std::size_t i = first; i < last; ++i) w.push_back(t[i].norm);
  for (const std::string& x : w)
    if (OneOf(x, {"convention", "strategy", "protocol", "charter", "declaration", "resolution",
                  "plan", "report", "manual", "initiative", "conference", "summit", "day",
                  "treaty", "agreement", "process", "law", "act", "code", "guidelines", "standards"}))
      return false;
  c->first = first;
  c->last = last;
  bool un = w.size() >= 3 && w[0] == "united" && w[1] == "nations";
  bool office_of_un = w.size() >= 5 && w[0] == "office" && w[1] == "of" && w[2] == "the" &&
                      w[3] == "united" && w[4] == "nations";
  static const std::initializer_list<const char*> kUnHeads = {
      "office", "mission", "centre", "center", "institute", "programme", "fund", "commission",
      "committee", "department", "force", "team", "group", "panel", "unit", "division", "service",
      "agency", "organization", "operation", "entity", "administration", "authority", "university"};
  if (un || office_of_un) {
    for (std::size_t i = 2; i < w.size(); ++i)
      if (OneOf(w[i], kUnHeads)) {
        c->type = EntityType::kUnEntity;
        c->rule = un ? "discovery.united_nations_body" : "discovery.office_of_the_united_nations";
        return true;
      }
    return false;
  }
  if (OneOf(w[0], {"harakat", "jamaat", "jamaa", "ansar", "katibat", "tehrik", "tehreek",
                   "lashkar", "jaish", "hizb", "jabhat", "jund", "kataib", "tahrir", "hayat"}) &&
      w.size() >= 2) {
    c->type = EntityType::kGroup;
    c->rule = "discovery.arabic_name";
    return true;
  }
  static const std::initializer_list<const char*> kGroupHeads = {"front", "movement", "brigade",
                                                                 "brigades", "battalion", "army"};
  bool head = OneOf(w.back(), kGroupHeads) ||
              (w.size() >= 3 && OneOf(w[0], {"movement", "front"}) && w[1] == "for");
  if (group_context && head && w.size() >= 2) {
    for (const std::string& x : w)
      if (OneOf(x, {"nations", "working", "task", "council", "committee", "experts", "contact",
                    "friends", "monitoring", "national", "government", "armed forces", "union"}))
        return false;
    c->type = EntityType::kGroup;
    c->rule = "discovery.group_name";
    return true;
  }
  return false;
}

// "Name (ACR)": the acronym right after position `end`, or "".
std::string AcronymAt(const std::string& text, std::size_t end) {
  std::size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return "";
  std::size_t close = text.find(')', i);
  if (close == std::string::npos || close - i > 12 || close - i < 3) return "";
  std::string inner = text.substr(i + 1, close - i - 1);
  for (char ch : inner)
    if (!std::isupper(static_cast<unsigned char>(ch)) && ch != '-') return "";
  return inner;
}

}  // namespace

void DiscoveryExtractor::Extract(const Document& doc, Findings* findings) const {
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::pair<std::size_t, std::size_t>>> taken;
  // Mentions by sentence, so that no loop below scans the whole document.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<const Mention*>> known;
  for (const Mention& m : findings->mentions) {
    taken[{m.paragraph, m.sentence}].push_back({m.begin, m.end});
    known[{m.paragraph, m.sentence}].push_back(&m);
  }
  std::map<std::string, Entity> discovered;
  std::map<std::string, std::string> acronyms;  // of discovered names
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> swallowed;
  std::vector<Mention> mentions;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const Sentence& sentence = doc.paragraphs[p].sentences[s];
      std::vector<Token> t = Tokenize(sentence.text);
      const auto& busy = taken[{p, s}];
      auto free = [&](std::size_t i) {
        for (const auto& [b, e] : busy)
          if (t[i].begin < e && b < t[i].end) return false;
        return true;
      };
      // A place or crime inside a longer unknown name is part of that name.
      const auto& here = known[{p, s}];
      auto inner = [&](std::size_t i) {
        for (const Mention* m : here)
          if (t[i].begin < m->end && m->begin < t[i].end)
            return m->type == EntityType::kRegion || m->type == EntityType::kCrime;
        return true;
      };
      static const std::set<std::string, std::less<>> kGroupWords = {
          "terrorist", "terrorists", "armed", "militant", "militants", "insurgent", "insurgents",
          "extremist", "jihadist", "rebel", "rebels", "militia", "militias", "faction", "affiliate"};
      bool group_context = false;
      for (const Token& x : t)
        if (!group_context && kGroupWords.count(x.norm)) group_context = true;
      std::size_t i = 0;
      while (i < t.size()) {
        if (!t[i].capitalized || !free(i) || t[i].norm == "the") {
          ++i;
          continue;
        }
        std::size_t j = i + 1;
        auto joined = [&](std::size_t k) {  // only a space or a hyphen before word k
          for (std::size_t b = t[k - 1].end; b < t[k].begin; ++b)
            if (sentence.text[b] != ' ' && sentence.text[b] != '-') return false;
          return true;
        };
        while (j < t.size() && joined(j) && (free(j) || inner(j)) &&
               (t[j].capitalized || (IsConnector(t[j].norm) && j + 1 < t.size() && t[j + 1].capitalized)))
          ++j;
        Candidate c;
        if (j - i >= 2 && Classify(t, i, j, group_context, &c)) {
          swallowed.push_back({p, s, t[c.first].begin, t[c.last - 1].end});
          Mention m;
          m.paragraph = p;
          m.sentence = s;
          m.begin = t[c.first].begin;
          m.end = t[c.last - 1].end;
          m.span = sentence.RawSpan(m.begin, m.end);
          m.surface = sentence.text.substr(m.begin, m.end - m.begin);
          m.type = c.type;
          m.entity = std::string(TypeName(c.type)) + ":" + Slug(m.surface);
          m.rule = c.rule;
          if (!rules_.FindEntity(m.entity)) {
            Entity& e = discovered[m.entity];
            if (e.id.empty()) e = Entity{m.entity, c.type, m.surface, {}, "", c.rule};
            std::string acr = AcronymAt(sentence.text, m.end);
            if (!acr.empty() && std::find(e.aliases.begin(), e.aliases.end(), acr) == e.aliases.end()) {
              e.aliases.push_back(acr);
              acronyms[acr] = m.entity;
            }
            mentions.push_back(m);
          }
        }
        i = j;
      }
    }
  }
  // Later uses of a discovered name's acronym.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::pair<std::size_t, std::size_t>>> found;
  for (const Mention& m : mentions) found[{m.paragraph, m.sentence}].push_back({m.begin, m.end});
  for (std::size_t p = 0; p < doc.paragraphs.size() && !acronyms.empty(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const Sentence& sentence = doc.paragraphs[p].sentences[s];
      for (const Token& x : Tokenize(sentence.text)) {
        std::string word = sentence.text.substr(x.begin, x.end - x.begin);
        auto it = acronyms.find(word);
        if (it == acronyms.end()) continue;
        bool busy = false;
        for (const auto& [b, e] : taken[{p, s}]) busy = busy || (x.begin < e && b < x.end);
        for (const auto& [b, e] : found[{p, s}]) busy = busy || (x.begin < e && b < x.end);
        if (busy) continue;
        Mention m;
        m.paragraph = p;
        m.sentence = s;
        m.begin = x.begin;
        m.end = x.end;
        m.span = sentence.RawSpan(x.begin, x.end);
        m.surface = word;
        m.entity = it->second;
        m.type = discovered[it->second].type;
        m.rule = "discovery.acronym";
        mentions.push_back(m);
      }
    }
  }
  // Mentions inside a discovered name are not mentions.
  known.clear();  // points into findings->mentions, about to change
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::pair<std::size_t, std::size_t>>> names;
  for (const auto& [p, s, b, e] : swallowed) names[{p, s}].push_back({b, e});
  auto& all = findings->mentions;
  all.erase(std::remove_if(all.begin(), all.end(), [&](const Mention& m) {
              auto it = names.find({m.paragraph, m.sentence});
              if (it == names.end()) return false;
              for (const auto& [b, e] : it->second)
                if (b <= m.begin && m.end <= e) return true;
              return false;
            }), all.end());
  for (auto& [id, e] : discovered) findings->entities.push_back(e);
  for (Mention& m : mentions) findings->mentions.push_back(std::move(m));
  std::stable_sort(findings->mentions.begin(), findings->mentions.end(),
                   [](const Mention& a, const Mention& b) {
                     return std::tie(a.paragraph, a.sentence, a.begin) <
                            std::tie(b.paragraph, b.sentence, b.begin);
                   });
}

}  // namespace nexus
