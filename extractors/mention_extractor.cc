#include "extractors/mention_extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <cctype>

namespace nexus {
namespace {

struct SentenceWork {
  std::size_t para = 0, sent = 0;
  const Sentence* sentence = nullptr;
  std::vector<Token> tokens;
  std::vector<Match> matches;
};

// A name seen so far, for resolving short forms: its entity ("" for a
// blocker) and the head words it ends with ("monitoring team", "team").
struct Seen {
  std::string entity;
  std::vector<std::string> heads;
};

// The last name seen with each head word, kept up to date with a list of
// Seen that only grows: a short form is resolved without a scan of every
// name the document has named.
class LastByHead {
 public:
  const Seen* Find(const std::vector<Seen>& seen, const std::string& head) {
    for (; indexed_ < seen.size(); ++indexed_)
      for (const std::string& h : seen[indexed_].heads) last_[h] = indexed_;
    auto it = last_.find(head);
    return it == last_.end() ? nullptr : &seen[it->second];
  }

 private:
  std::map<std::string, std::size_t> last_;
  std::size_t indexed_ = 0;
};

// Head words of a name: the part before its first "of", "on", "for"...,
// last one and last two words, folded.
std::vector<std::string> Heads(std::string_view name) {
  static const std::set<std::string> kStops = {"of", "on", "for", "pursuant", "established",
                                               "in", "to", "concerning", "against", "while"};
  std::vector<std::string> words;
  for (const Token& t : Tokenize(name)) {
    if (!words.empty() && kStops.count(t.norm)) break;
    words.push_back(t.norm);
  }
  std::vector<std::string> out;
  if (!words.empty()) out.push_back(words.back());
  if (words.size() >= 2) out.push_back(words[words.size() - 2] + " " + words.back());
  if (words.size() >= 3)
    out.push_back(words[words.size() - 3] + " " + words[words.size() - 2] + " " + words.back());
  return out;
}

// The entity a match stands for, or "" (blocker, or ambiguous, or a weak
// name whose country the paragraph does not name).
std::string Resolve(const Rules& rules, const Match& m, const std::set<std::string>& countries,
                    bool* blocker) {
  std::set<std::string> strong, weak;
  *blocker = false;
  for (const Alias* a : m.aliases) {
    if (a->entity.empty()) *blocker = true;
    else if (a->weak) weak.insert(a->entity);
    else strong.insert(a->entity);
  }
  if (strong.size() == 1) {
    *blocker = false;
    return *strong.begin();
  }
  if (!strong.empty() || *blocker) return "";
  std::string found;
  for (const std::string& id : weak) {
    const Entity* e = rules.FindEntity(id);
    if (!e || !countries.count(e->parent)) continue;
    if (!found.empty()) return "";  // two subdivisions of named countries
    found = id;
  }
  return found;
}

Mention MakeMention(const SentenceWork& w, std::size_t first, std::size_t last,
                    const std::string& id, const Rules& rules, const char* rule) {
  Mention m;
  m.entity = id;
  const Entity* e = rules.FindEntity(id);
  m.type = e ? e->type : EntityType::kRegion;
  m.paragraph = w.para;
  m.sentence = w.sent;
  m.begin = w.tokens[first].begin;
  m.end = w.tokens[last - 1].end;
  m.span = w.sentence->RawSpan(m.begin, m.end);
  m.surface = w.sentence->text.substr(m.begin, m.end - m.begin);
  m.rule = rule;
  return m;
}

// "Full Name (ACR)": the acronym after a resolved name, or "".
std::string AcronymAfter(const SentenceWork& w, std::size_t last) {
  const std::string& text = w.sentence->text;
  std::size_t i = w.tokens[last - 1].end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return "";
  std::size_t close = text.find(')', i);
  if (close == std::string::npos || close - i > 12) return "";
  std::string inner = text.substr(i + 1, close - i - 1);
  int upper = 0;
  for (char c : inner) {
    if (std::isupper(static_cast<unsigned char>(c))) ++upper;
    else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-') return "";
  }
  return upper >= 2 ? inner : "";
}


bool IsShortFormHead(const Rules& rules, const std::string& surface) {
  std::string folded = NormalizeName(surface);
  for (const Rules::FoldedHead& head : rules.folded_short_form_heads())
    if (head.folded == folded) return true;
  return false;
}

// The entity of `type` named by exactly these folded words, or nullptr.
const Entity* Named(const Rules& rules, const std::vector<std::string>& words, EntityType type) {
  for (const Alias* a : rules.gazetteer().Lookup(words)) {
    const Entity* e = a->entity.empty() || a->weak ? nullptr : rules.FindEntity(a->entity);
    if (e && e->type == type) return e;
  }
  return nullptr;
}

// Elliptical lists share one part of a name: "East and West Africa",
// "human, arms and drug trafficking" share the end; "illicit trade in oil,
// antiquities and other natural resources" shares the beginning. The
// gazetteer finds one full name; the other members are named too.
void AddElliptical(const Rules& rules, const SentenceWork& w, const Mention& m, std::size_t first,
                   std::size_t last, const std::vector<bool>& used, std::vector<Mention>* found) {
  const auto& t = w.tokens;
  auto is_joint = [&](std::size_t i) { return t[i].norm == "and" || t[i].norm == "or"; };
  bool proper = m.type != EntityType::kCrime;
  // Shared end: walk left over "W, W and" before the name, one word each.
  std::size_t i = first;
  bool joint_seen = false;
  while (i >= 2) {
    bool sep = is_joint(i - 1) && !joint_seen;
    bool comma = joint_seen && w.sentence->text.compare(t[i - 1].end, 1, ",") == 0;
    if (!sep && !comma) break;
    std::size_t word = sep ? i - 2 : i - 1;
    if (used[word] || (proper && !t[word].capitalized)) break;
    std::vector<std::string> words = {t[word].norm};
    for (std::size_t k = first + 1; k < last; ++k) words.push_back(t[k].norm);
    const Entity* e = Named(rules, words, m.type);
    if (!e || e->id == m.entity) break;
    found->push_back(MakeMention(w, word, word + 1, e->id, rules, "elliptical"));
    joint_seen = true;
    i = word;
  }
  if (proper || last - first < 2) return;
  // Shared beginning: ", W" / "and W" / "and other W W" after the name.
  std::vector<std::string> head;
  for (std::size_t k = first; k + 1 < last; ++k) head.push_back(t[k].norm);
  std::size_t j = last;
  const std::string& text = w.sentence->text;
  while (j < t.size()) {
    bool comma = text.compare(t[j - 1].end, 1, ",") == 0;
    std::size_t start = j;
    if (!comma && is_joint(j)) start = j + 1;
    else if (!comma) break;
    if (start < t.size() && t[start].norm == "including") ++start;  // "X, including A, B and C"
    if (start < t.size() && (t[start].norm == "other" || t[start].norm == "of")) ++start;
    const Entity* found_e = nullptr;
    std::size_t end = start;
    for (std::size_t len = 3; len >= 1 && !found_e; --len) {
      if (start + len > t.size()) continue;
      std::vector<std::string> words = head;
      bool free = true;
      for (std::size_t k = start; k < start + len; ++k) {
        words.push_back(t[k].norm);
        free = free && !used[k];
      }
      if (!free) continue;
      found_e = Named(rules, words, m.type);
      end = start + len;
    }
    if (!found_e) break;
    if (found_e->id != m.entity)
      found->push_back(MakeMention(w, start, end, found_e->id, rules, "elliptical"));
    j = end;
  }
}

// "the Committee and its Executive Directorate", "... (2004) and its Group of
// Experts": "its" + capitalised words names the body of that name that
// belongs to the entity named just before. Returns the end of the words
// (after adding the mention), or `first` when nothing fits.
std::size_t OwnedBody(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                      std::size_t first, const std::string& owner_id, std::vector<Mention>* found) {
  const Entity* owner = rules.FindEntity(owner_id);
  if (!owner || owner->type != EntityType::kUnEntity) return first;
  std::size_t end = first;
  std::string words;
  while (end < w.tokens.size() && !used[end] && end - first < 4 &&
         (w.tokens[end].capitalized || (end > first && w.tokens[end].norm == "of" &&
                                        end + 1 < w.tokens.size() && w.tokens[end + 1].capitalized))) {
    words += (words.empty() ? "" : " ") + w.tokens[end].norm;
    ++end;
  }
  std::string owner_name = NormalizeName(owner->label);
  const Entity* body = nullptr;
  for (const auto& [e, label] : rules.FoldedLabels(EntityType::kUnEntity)) {
    if (e->id == owner->id) continue;
    if (label.find(words) == std::string::npos || label.find(owner_name) == std::string::npos) continue;
    if (body) return first;  // two candidates: say nothing
    body = e;
  }
  if (!body) return first;
  found->push_back(MakeMention(w, first, end, body->id, rules, "short_form"));
  return end;
}

// Acronyms defined earlier that the gazetteer does not know, and short
// forms: "the" + a capitalised head ("the Monitoring Team") stands for the
// last entity seen whose name ends with that head.
void ExtractExtras(const Rules& rules, const SentenceWork& w, std::vector<bool>* used,
                   std::vector<Mention>* found, std::vector<Seen>* seen, std::size_t seen_before,
                   LastByHead* by_head, const std::map<std::string, std::string>& acronyms) {
  const std::string& text = w.sentence->text;
  std::size_t n = found->size();
  for (std::size_t k = 0; k < n; ++k) {
    const Mention m = (*found)[k];
    std::size_t first = 0, last = 0;
    for (std::size_t i = 0; i < w.tokens.size(); ++i) {
      if (w.tokens[i].begin == m.begin) first = i;
      if (w.tokens[i].end == m.end) last = i + 1;
    }
    AddElliptical(rules, w, m, first, last, *used, found);
  }
  for (std::size_t i = 0; i < w.tokens.size(); ++i) {
    if ((*used)[i]) continue;
    const Token& t = w.tokens[i];
    // A defined acronym has two capitals or more: one after the first letter.
    auto acr = t.inner_caps ? acronyms.find(text.substr(t.begin, t.end - t.begin)) : acronyms.end();
    if (acr != acronyms.end()) {
      found->push_back(MakeMention(w, i, i + 1, acr->second, rules, "acronym"));
      (*used)[i] = true;
      continue;
    }
    if (t.norm == "its" && i + 1 < w.tokens.size() && w.tokens[i + 1].capitalized) {
      // The owner: the nearest name before "its" in this sentence, else the
      // last one named before the sentence.
      std::string owner;
      std::size_t owner_end = 0;
      for (const Mention& m : *found)
        if (m.end <= t.begin && m.end >= owner_end) {
          owner = m.entity;
          owner_end = m.end;
        }
      for (std::size_t k = seen_before; owner.empty() && k > 0; --k)
        owner = (*seen)[k - 1].entity;
      std::size_t end = OwnedBody(rules, w, *used, i + 1, owner, found);
      if (end > i + 1) {
        for (std::size_t k = i + 1; k < end; ++k) (*used)[k] = true;
        seen->push_back({found->back().entity, Heads(found->back().surface)});
      }
      continue;
    }
    if (t.norm != "the" || i + 1 >= w.tokens.size() || !w.tokens[i + 1].capitalized) continue;
    for (const Rules::FoldedHead& head : rules.folded_short_form_heads()) {
      const std::vector<std::string>& hw = head.words;
      std::size_t end = i + 1 + hw.size();
      if (end > w.tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < hw.size() && same; ++k)
        same = !(*used)[i + 1 + k] && w.tokens[i + 1 + k].norm == hw[k] &&
               w.tokens[i + 1 + k].capitalized;
      // "the Group of Experts on X": a longer name the rules do not know.
      if (!same || (end < w.tokens.size() && w.tokens[end].capitalized)) continue;
      const Seen* last = by_head->Find(*seen, head.folded);
      if (last && !last->entity.empty()) {
        found->push_back(MakeMention(w, i + 1, end, last->entity, rules, "short_form"));
        for (std::size_t k = i + 1; k < end; ++k) (*used)[k] = true;
      }
      break;
    }
  }
}

// An acronym starts with the initial of one of the words it abbreviates
// (UNODC, ONUDC, MINUSMA), so "Mali (UNOPCM)" defines nothing.
bool InitialFits(const std::string& acronym, const std::string& name) {
  char first = static_cast<char>(std::tolower(static_cast<unsigned char>(acronym[0])));
  for (const Token& t : Tokenize(name))
    if (!t.norm.empty() && t.norm[0] == first) return true;
  return false;
}

bool IsPlacePreposition(const std::string& w) {
  return w == "in" || w == "across" || w == "from" || w == "into" || w == "through" ||
         w == "throughout" || w == "near" || w == "around";
}

// The single subdivision a weak-only match names, or "".
std::string UniqueWeak(const Match& m) {
  std::string found;
  for (const Alias* a : m.aliases) {
    if (!a->weak || a->entity.empty()) return "";
    if (!found.empty() && found != a->entity) return "";
    found = a->entity;
  }
  return found;
}

// A sentence that opens with "They" or "The group" continues the story of
// the one group the sentence before named ("The Taliban are involved in ...
// They also extort ...").
void ResolvePronoun(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                    const std::pair<std::size_t, std::string>& recent, std::vector<Mention>* found) {
  if (recent.second.empty() || recent.first != w.para || w.tokens.empty() || used[0]) return;
  std::size_t end = 0;
  if (w.tokens[0].norm == "they") end = 1;
  if (w.tokens.size() > 1 && w.tokens[0].norm == "the" &&
      (w.tokens[1].norm == "group" || w.tokens[1].norm == "organization") && !used[1])
    end = 2;
  if (end == 0 || w.tokens[0].begin != 0) return;
  for (const Mention& m : *found)
    if (m.type == EntityType::kGroup) return;  // the sentence names its own group
  found->push_back(MakeMention(w, 0, end, recent.second, rules, "pronoun"));
}

// "the region" / "the subregion" stands for the places the paragraph named
// last ("... in West Africa and the Sahel. ... the stability of the region").
void ResolveTheRegion(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                      const std::pair<std::size_t, std::vector<std::string>>& recent,
                      std::vector<Mention>* found) {
  if (recent.second.empty() || recent.first != w.para) return;
  for (std::size_t i = 0; i + 1 < w.tokens.size(); ++i) {
    if (w.tokens[i].norm != "the") continue;
    std::size_t end = i + 2;  // "the region", "the subregion", "the sub-region"
    std::string noun = w.tokens[i + 1].norm;
    if (noun == "sub" && end < w.tokens.size() && w.tokens[end].hyphen_before) noun += w.tokens[end++].norm;
    if ((noun != "region" && noun != "subregion") || used[i + 1] || w.tokens[i + 1].capitalized) continue;
    if (end < w.tokens.size() && w.tokens[end].norm == "of") continue;  // "the region of X"
    for (const std::string& id : recent.second)
      found->push_back(MakeMention(w, i, end, id, rules, "anaphora"));
  }
}

}  // namespace

std::vector<Mention> MatchText(const Rules& rules, std::string_view text) {
  std::vector<Mention> out;
  std::vector<Token> tokens = Tokenize(text);
  for (const Match& m : rules.gazetteer().Find(text, tokens)) {
    bool blocker = false;
    std::string id = Resolve(rules, m, {}, &blocker);
    if (id.empty()) continue;
    Mention mention;
    mention.entity = id;
    mention.type = rules.FindEntity(id)->type;
    mention.begin = tokens[m.first].begin;
    mention.end = tokens[m.last - 1].end;
    mention.surface = std::string(text.substr(mention.begin, mention.end - mention.begin));
    mention.rule = "gazetteer";
    out.push_back(std::move(mention));
  }
  return out;
}

void MentionExtractor::Extract(const Document& doc, Findings* findings) const {
  std::vector<SentenceWork> work;
  std::map<std::size_t, std::set<std::string>> countries;  // paragraph -> named countries
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      SentenceWork w;
      w.para = p;
      w.sent = s;
      w.sentence = &doc.paragraphs[p].sentences[s];
      w.tokens = Tokenize(w.sentence->text);
      w.matches = rules_.gazetteer().Find(w.sentence->text, w.tokens);
      for (const Match& m : w.matches) {
        bool blocker = false;
        std::string id = Resolve(rules_, m, {}, &blocker);
        const Entity* e = id.empty() ? nullptr : rules_.FindEntity(id);
        if (e && e->type == EntityType::kRegion) countries[p].insert(id);
      }
      work.push_back(std::move(w));
    }
  }
  std::map<std::string, std::string> acronyms;  // defined in this document
  std::vector<Seen> seen;
  LastByHead by_head;
  // The regions of the last sentence of this paragraph that named any.
  std::pair<std::size_t, std::vector<std::string>> recent_regions;
  // The one group the previous sentence named, if it named exactly one.
  std::pair<std::size_t, std::string> recent_group;
  auto heads_of = [&](const std::string& id, std::string_view surface) {
    std::vector<std::string> h = Heads(surface);
    if (const Entity* e = rules_.FindEntity(id))
      for (std::string& x : Heads(e->label)) h.push_back(std::move(x));
    return h;
  };
  for (SentenceWork& w : work) {
    std::vector<bool> used(w.tokens.size(), false);
    const std::size_t seen_before = seen.size();
    std::vector<Mention> found;
    for (const Match& m : w.matches) {
      bool blocker = false;
      std::string id = Resolve(rules_, m, countries[w.para], &blocker);
      const char* rule = "gazetteer";
      if (id.empty() && !blocker && m.first > 0 && IsPlacePreposition(w.tokens[m.first - 1].norm)) {
        // "in Badghis": a locative cue confirms a subdivision whose country
        // the paragraph does not name, when only one has that name.
        id = UniqueWeak(m);
        rule = "discovery.locative_subdivision";
      }
      std::string surface = w.sentence->text.substr(
          w.tokens[m.first].begin, w.tokens[m.last - 1].end - w.tokens[m.first].begin);
      // An acronym this document defined means what the document says.
      if (m.last - m.first == 1 && acronyms.count(surface)) id = acronyms[surface];
      // "the Group", "the Committee": a generic word the rules block on its
      // own may still be a short form of a name seen before.
      if (id.empty() && blocker && m.first > 0 && w.tokens[m.first - 1].norm == "the" &&
          IsShortFormHead(rules_, surface))
        continue;
      for (std::size_t i = m.first; i < m.last; ++i) used[i] = true;
      if (id.empty()) {
        if (blocker) seen.push_back({"", Heads(surface)});
        continue;
      }
      found.push_back(MakeMention(w, m.first, m.last, id, rules_, rule));
      if (std::string(rule) != "gazetteer") {
        Entity e = *rules_.FindEntity(id);
        e.discovered_by = rule;
        e.aliases.clear();
        findings->entities.push_back(std::move(e));
      }
      seen.push_back({id, heads_of(id, surface)});
      std::string acr = AcronymAfter(w, m.last);
      if (!acr.empty() && NormalizeName(acr) != NormalizeName(surface) && InitialFits(acr, surface)) {
        acronyms[acr] = id;
        const Entity* e = rules_.FindEntity(id);
        findings->entities.push_back(Entity{id, e->type, e->label, {acr}, e->parent, e->discovered_by});
      }
    }
    ExtractExtras(rules_, w, &used, &found, &seen, seen_before, &by_head, acronyms);
    ResolveTheRegion(rules_, w, used, recent_regions, &found);
    ResolvePronoun(rules_, w, used, recent_group, &found);
    std::set<std::string> groups_here;
    for (const Mention& m : found)
      if (m.type == EntityType::kGroup) groups_here.insert(m.entity);
    recent_group = {w.para, groups_here.size() == 1 ? *groups_here.begin() : ""};
    std::vector<std::string> here;
    for (const Mention& m : found)
      if (m.type == EntityType::kRegion && m.rule != "anaphora") here.push_back(m.entity);
    if (!here.empty()) recent_regions = {w.para, std::move(here)};
    else if (recent_regions.first != w.para) recent_regions = {};
    std::sort(found.begin(), found.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    for (Mention& m : found) findings->mentions.push_back(std::move(m));
  }
}

}  // namespace nexus
