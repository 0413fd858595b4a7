#include "extractors/mention_extractor.h"

#include <algorithm>
#include <cstring>
#include <array>
#include <cctype>
#include <deque>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "extractors/reader/title_case.h"
#include "extractors/reader/tokenizer.h"
#include "extractors/rules/string_hash.h"

namespace nexus {
namespace {

// Whether a folded word is `lit`: the size first, then a compare of a
// length known when compiling (no call), as it runs for every word.
template <std::size_t N>
inline bool Is(std::string_view w, const char (&lit)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

struct SentenceWork {
  std::size_t para = 0, sent = 0;
  const Sentence* sentence = nullptr;
  const Tokens& tokens;
  const std::vector<Match>& matches;
};

// Words after which a name's head is no longer read ("Group of Experts on X"
// has the head "group").
bool IsHeadStop(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "of" || w == "on" || w == "in" || w == "to";
    case 3: return w == "for";
    case 5: return w == "while";
    case 7: return w == "against";
    case 8: return w == "pursuant";
    case 10: return w == "concerning";
    case 11: return w == "established";
    default: return false;
  }
}

// The short-form heads a name ends with, as canonical head numbers (-1: none).
using HeadIds = std::array<int, 3>;

}  // namespace

// A name's heads are its last word, last two and last three words before its
// first "of", "on", "for"...; a short form ("the Monitoring Team") stands for
// the last name seen with that head. Only heads that are short-form heads are
// ever looked for, so a name keeps just their numbers.
class MentionExtractor::ShortForms {
 public:
  explicit ShortForms(const Rules& rules) {
    const auto& heads = rules.folded_short_form_heads();
    std::unordered_map<std::string_view, int> first_of;  // folded -> first head so folded
    for (std::size_t h = 0; h < heads.size(); ++h) {
      canonical_.push_back(first_of.try_emplace(heads[h].folded, static_cast<int>(h)).first->second);
      if (heads[h].words.empty()) continue;
      by_first_word_[heads[h].words.front()].push_back(static_cast<int>(h));
      by_last_word_[heads[h].words.back()].push_back(static_cast<int>(h));
    }
  }
  std::size_t size() const { return canonical_.size(); }
  int Canonical(int head) const { return canonical_[head]; }

  // The heads, in the rules' order, whose first word is `word`.
  const std::vector<int>* StartingWith(std::string_view word) const {
    auto it = by_first_word_.find(word);
    return it == by_first_word_.end() ? nullptr : &it->second;
  }

  // The short-form heads of the name made of tokens[first, last).
  HeadIds HeadsOf(const Rules& rules, const Tokens& t, std::size_t first,
                  std::size_t last) const {
    HeadIds out = {-1, -1, -1};
    std::size_t end = first;
    while (end < last && !(end > first && IsHeadStop(t[end].norm))) ++end;
    if (end == first) return out;
    auto it = by_last_word_.find(std::string_view(t[end - 1].norm));
    if (it == by_last_word_.end()) return out;
    const auto& heads = rules.folded_short_form_heads();
    for (int h : it->second) {
      const std::vector<std::string>& hw = heads[h].words;
      if (hw.size() > 3 || hw.size() > end - first) continue;
      bool same = true;
      for (std::size_t k = 0; k < hw.size() && same; ++k)
        same = t[end - hw.size() + k].norm == hw[k];
      if (same) out[hw.size() - 1] = canonical_[h];
    }
    return out;
  }

 private:
  std::vector<int> canonical_;  // per head: the first head with the same folded form
  std::unordered_map<std::string, std::vector<int>, StringHash, std::equal_to<>> by_first_word_,
      by_last_word_;
};

namespace {

using ShortForms = MentionExtractor::ShortForms;

// The names seen so far, for resolving short forms: each one's entity (""
// for a blocker), and for every short-form head the last name seen with it.
class SeenNames {
 public:
  explicit SeenNames(const ShortForms& forms) : last_(forms.size(), -1) {}
  // `e` is the entity named `id` in the rules, if any (its id is kept
  // instead of a copy).
  void Add(const Entity* e, const std::string& id, const HeadIds& a,
           const HeadIds& b = {-1, -1, -1}) {
    static const std::string kNone;
    const int index = static_cast<int>(entities_.size());
    entities_.push_back(e && e->id == id ? &e->id : id.empty() ? &kNone : &unknown_.emplace_back(id));
    for (const HeadIds* ids : {&a, &b})
      for (int h : *ids)
        if (h >= 0) last_[h] = index;
  }
  std::size_t size() const { return entities_.size(); }
  const std::string& entity(std::size_t i) const { return *entities_[i]; }
  // The entity of the last name seen with that (canonical) head, or nullptr.
  const std::string* LastWithHead(int head) const {
    return last_[head] < 0 ? nullptr : entities_[last_[head]];
  }

 private:
  std::vector<const std::string*> entities_;
  std::deque<std::string> unknown_;  // ids the rules do not know, if ever
  std::vector<int> last_;
};

// The heads of an entity's label, tokenised once per document.
class LabelHeads {
 public:
  LabelHeads(const Rules& rules, const ShortForms& forms) : rules_(rules), forms_(forms) {}
  const HeadIds& Of(const Entity* e) {
    auto [it, added] = cache_.try_emplace(e);
    if (added) {
      Tokenize(e->label, &tokens_);
      it->second = forms_.HeadsOf(rules_, tokens_, 0, tokens_.size());
    }
    return it->second;
  }

 private:
  const Rules& rules_;
  const ShortForms& forms_;
  std::unordered_map<const Entity*, HeadIds> cache_;
  Tokens tokens_;
};

// The alias whose entity a match stands for, or nullptr (blocker, or
// ambiguous, or a weak name whose country the paragraph does not name).
const Alias* Resolve(const Match& m, const std::vector<const std::string*>& countries,
                     bool* blocker) {
  const Alias* strong = nullptr;
  bool many_strong = false, any_weak = false;
  *blocker = false;
  for (const Alias* a : m.aliases) {
    if (a->entity.empty()) {
      *blocker = true;
    } else if (a->weak) {
      any_weak = true;
    } else if (!strong) {
      strong = a;
    } else if (strong->entity != a->entity) {
      many_strong = true;
    }
  }
  if (strong && !many_strong) {
    *blocker = false;
    return strong;
  }
  if (strong || *blocker || !any_weak) return nullptr;
  const Alias* found = nullptr;
  for (const Alias* a : m.aliases) {
    if (found && found->entity == a->entity) continue;
    const Entity* e = a->target;
    if (!e || std::none_of(countries.begin(), countries.end(),
                           [&](const std::string* c) { return *c == e->parent; }))
      continue;
    if (found) return nullptr;  // two subdivisions of named countries
    found = a;
  }
  return found;
}

// `e` is the entity of `id` in the rules, or nullptr when they do not hold it
// (a listed entity named by its sanctions entry): then the type is the one
// its id starts with ("group:...").
Mention MakeMention(const SentenceWork& w, std::size_t first, std::size_t last,
                    const std::string& id, const Entity* e, const char* rule) {
  Mention m;
  m.entity = id;
  m.type = EntityType::kRegion;
  if (e) m.type = e->type;
  else if (const std::size_t colon = id.find(':'); colon != std::string::npos)
    m.type = ParseType(std::string_view(id).substr(0, colon)).value_or(EntityType::kRegion);
  m.paragraph = w.para;
  m.sentence = w.sent;
  m.begin = w.tokens[first].begin;
  m.end = w.tokens[last - 1].end;
  m.span = w.sentence->RawSpan(m.begin, m.end);
  m.surface = w.sentence->text.substr(m.begin, m.end - m.begin);
  m.rule = rule;
  return m;
}

Mention MakeMention(const SentenceWork& w, std::size_t first, std::size_t last,
                    const std::string& id, const Rules& rules, const char* rule) {
  return MakeMention(w, first, last, id, rules.FindEntity(id), rule);
}

// "Full Name (ACR)": the acronym after a resolved name, or "". Also the
// Monitoring Team's "(ACR, not listed)" and "(ACR, QDe.123)".
std::string AcronymAfter(const SentenceWork& w, std::size_t last) {
  const std::string& text = w.sentence->text;
  std::size_t i = w.tokens[last - 1].end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return "";
  std::size_t close = text.find(')', i);
  if (close == std::string::npos) return "";
  if (const std::size_t comma = text.find(", ", i); comma < close && comma - i <= 12) {
    if (text.compare(comma + 2, 10, "not listed") == 0 || SanctionsReferenceAt(text, comma + 2)) close = comma;
  }
  if (close - i > 12) return "";
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

// The subdivisions of one country share their id's country part:
// "region:ss_ec" and "region:ss_ew".
bool SameCountry(std::string_view a, std::string_view b) {
  constexpr std::string_view kRegion = "region:";
  if (a.substr(0, kRegion.size()) != kRegion || b.substr(0, kRegion.size()) != kRegion) return false;
  a.remove_prefix(kRegion.size());
  b.remove_prefix(kRegion.size());
  return a.size() > 3 && b.size() > 3 && a[2] == '_' && b[2] == '_' && a.substr(0, 3) == b.substr(0, 3);
}

// The entity of `type` named by exactly these folded words, or nullptr. A
// weak name (a subdivision that needs its country named) only when it is of
// the same country as `sibling`, a subdivision named in the same list
// ("Central and Western Equatoria").
const Entity* Named(const Rules& rules, const std::vector<std::string>& words, EntityType type,
                    std::string_view sibling = {}) {
  for (const Alias* a : rules.gazetteer().Lookup(words)) {
    if (a->entity.empty() || (a->weak && !SameCountry(a->entity, sibling))) continue;
    const Entity* e = rules.FindEntity(a->entity);
    if (e && e->type == type) return e;
  }
  return nullptr;
}

// Elliptical lists share one part of a name: "East and West Africa",
// "human, arms and drug trafficking" share the end; "illicit trade in oil,
// antiquities and other natural resources" shares the beginning. The
// gazetteer finds one full name; the other members are named too.
bool IsJoint(const Token& t) { return t.norm == "and" || t.norm == "or"; }

// Whether AddElliptical can find anything around the name at tokens
// [first, last): "and"/"or" before it, or for a crime of two words or more, a
// comma or "and"/"or" after it.
bool MayBeElliptical(const SentenceWork& w, EntityType type, std::size_t first, std::size_t last) {
  const auto& t = w.tokens;
  if (first >= 2 && IsJoint(t[first - 1])) return true;
  return type == EntityType::kCrime && last - first >= 2 && last < t.size() &&
         (w.sentence->text.compare(t[last - 1].end, 1, ",") == 0 || IsJoint(t[last]));
}

void AddElliptical(const Rules& rules, const SentenceWork& w, const Mention& m, std::size_t first,
                   std::size_t last, const std::vector<bool>& used, std::vector<Mention>* found) {
  const auto& t = w.tokens;
  auto is_joint = [&](std::size_t i) { return IsJoint(t[i]); };
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
    std::vector<std::string> words = {std::string(t[word].norm)};
    for (std::size_t k = first + 1; k < last; ++k) words.emplace_back(t[k].norm);
    const Entity* e = Named(rules, words, m.type, m.entity);
    // A member of two words: "Latin American and Caribbean countries".
    std::size_t from = word;
    if (!e && proper && word >= 1 && !used[word - 1] && t[word - 1].capitalized) {
      words.insert(words.begin(), std::string(t[word - 1].norm));
      e = Named(rules, words, m.type, m.entity);
      from = word - 1;
    }
    if (!e || e->id == m.entity) break;
    found->push_back(MakeMention(w, from, word + 1, e->id, rules, "elliptical"));
    word = from;
    joint_seen = true;
    i = word;
  }
  if (proper || last - first < 2) return;
  // Shared beginning: ", W" / "and W" / "and other W W" after the name.
  std::vector<std::string> head;
  for (std::size_t k = first; k + 1 < last; ++k) head.emplace_back(t[k].norm);
  // "illicit trafficking in weapons, drugs and persons": the qualifier may
  // belong to no name of the other members ("trafficking in persons").
  std::vector<std::string> plain_head;
  if (head.size() >= 2 && (head[0] == "illicit" || head[0] == "illegal" || head[0] == "unlawful"))
    plain_head.assign(head.begin() + 1, head.end());
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
        words.emplace_back(t[k].norm);
        free = free && !used[k];
      }
      if (!free) continue;
      found_e = Named(rules, words, m.type);
      if (!found_e && !plain_head.empty()) {
        words.erase(words.begin());
        found_e = Named(rules, words, m.type);
      }
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
    if (!words.empty()) words += ' ';
    words += w.tokens[end].norm;
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

using Acronyms = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

// Acronyms defined earlier that the gazetteer does not know, and short
// forms: "the" + a capitalised head ("the Monitoring Team") stands for the
// last entity seen whose name ends with that head. `ranges` holds the token
// range of every mention in `found`.
// "The Panel" in a report that never spells the panel's name out (an
// excerpt, a chapter, a press summary): the panel or group of experts of the
// country the document has named most so far ("Panel of Experts on Haiti"
// in a report about Haiti), when the rules hold exactly one for it. Only the
// expert bodies' heads ("Panel", "Group", "Panel of Experts", "Group of
// Experts") fall back so, each to a body of its own kind ("the Group" is
// never the Panel of Experts on Libya); a name seen before always wins.
class TopicExperts {
 public:
  TopicExperts(const Rules& rules, const ShortForms& forms) : rules_(rules) {
    const auto& heads = rules.folded_short_form_heads();
    for (std::size_t h = 0; h < heads.size(); ++h) {
      const std::string& f = heads[h].folded;
      if (f == "panel" || f == "panel of experts")
        expert_heads_.push_back({forms.Canonical(static_cast<int>(h)), "panel of experts"});
      else if (f == "group" || f == "group of experts")
        expert_heads_.push_back({forms.Canonical(static_cast<int>(h)), "group of experts"});
    }
  }

  // Counts a mention of a country.
  void Count(const Mention& m) {
    if (m.type != EntityType::kRegion || !rules_.IsCountry(m.entity)) return;
    const int n = ++counts_[m.entity];
    if (n > top_count_) {
      top_count_ = n;
      top_ = m.entity;
    }
  }

  // Before the document has named a country: the first country the
  // current paragraph names ("The Panel investigated ... Haiti ..."), or "".
  void SetParagraphCountry(std::string country) { paragraph_country_ = std::move(country); }

  // The expert body of the document's country for that (canonical) head,
  // or nullptr.
  const std::string* For(int head) {
    const std::string& country = top_.empty() ? paragraph_country_ : top_;
    auto kind = std::find_if(expert_heads_.begin(), expert_heads_.end(),
                             [&](const auto& h) { return h.first == head; });
    if (country.empty() || kind == expert_heads_.end()) return nullptr;
    auto [it, added] = bodies_.try_emplace({country, kind->second}, nullptr);
    if (added) it->second = Find(country, kind->second);
    return it->second ? &it->second->id : nullptr;
  }

 private:
  const Entity* Find(const std::string& country_id, std::string_view kind) const {
    const Entity* country = rules_.FindEntity(country_id);
    if (!country) return nullptr;
    const std::string name = NormalizeName(country->label);
    const Entity* found = nullptr;
    for (const auto& [e, label] : rules_.FoldedLabels(EntityType::kUnEntity)) {
      if (!label.starts_with(kind)) continue;
      const std::size_t at = label.find(name);
      if (at == std::string::npos || (at > 0 && label[at - 1] != ' ') ||
          (at + name.size() < label.size() && label[at + name.size()] != ' '))
        continue;
      if (found && found != e) return nullptr;  // two bodies for the country
      found = e;
    }
    return found;
  }

  const Rules& rules_;
  std::vector<std::pair<int, std::string_view>> expert_heads_;  // head, the kind of body it names
  std::map<std::string, int> counts_;
  std::string top_, paragraph_country_;
  int top_count_ = 0;
  std::map<std::pair<std::string, std::string_view>, const Entity*> bodies_;  // by country and kind
};

void ExtractExtras(const Rules& rules, const ShortForms& forms, const SentenceWork& w,
                   const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                   std::vector<bool>* used, std::vector<Mention>* found, SeenNames* seen,
                   std::size_t seen_before, const Acronyms& acronyms, TopicExperts* experts) {
  const std::string& text = w.sentence->text;
  std::size_t n = found->size();
  for (std::size_t k = 0; k < n; ++k) {
    if (!MayBeElliptical(w, (*found)[k].type, ranges[k].first, ranges[k].second)) continue;
    const Mention m = (*found)[k];  // a copy: `found` grows
    AddElliptical(rules, w, m, ranges[k].first, ranges[k].second, *used, found);
  }
  const auto& heads = rules.folded_short_form_heads();
  for (std::size_t i = 0; i < w.tokens.size(); ++i) {
    if ((*used)[i]) continue;
    const Token& t = w.tokens[i];
    // A defined acronym has two capitals or more: one after the first letter.
    if (t.inner_caps && !acronyms.empty()) {
      auto acr = acronyms.find(std::string_view(text).substr(t.begin, t.end - t.begin));
      if (acr != acronyms.end()) {
        found->push_back(MakeMention(w, i, i + 1, acr->second, rules, "acronym"));
        (*used)[i] = true;
        continue;
      }
    }
    if (i + 1 >= w.tokens.size() || !w.tokens[i + 1].capitalized) continue;
    if (t.norm == "its") {
      // The owner: the nearest name before "its" in this sentence, else the
      // last one named before the sentence.
      std::string owner;
      std::size_t owner_end = 0;
      for (const Mention& m : *found)
        if (m.end <= t.begin && m.end >= owner_end) {
          owner = m.entity;
          owner_end = m.end;
        }
      for (std::size_t k = seen_before; owner.empty() && k > 0; --k) owner = seen->entity(k - 1);
      std::size_t end = OwnedBody(rules, w, *used, i + 1, owner, found);
      if (end > i + 1) {
        for (std::size_t k = i + 1; k < end; ++k) (*used)[k] = true;
        const std::string& body = found->back().entity;
        seen->Add(rules.FindEntity(body), body, forms.HeadsOf(rules, w.tokens, i + 1, end));
      }
      continue;
    }
    if (t.norm != "the" || (*used)[i + 1]) continue;
    const std::vector<int>* candidates = forms.StartingWith(w.tokens[i + 1].norm);
    if (!candidates) continue;
    for (int h : *candidates) {
      const std::vector<std::string>& hw = heads[h].words;
      std::size_t end = i + 1 + hw.size();
      if (end > w.tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < hw.size() && same; ++k)
        same = !(*used)[i + 1 + k] && w.tokens[i + 1 + k].norm == hw[k] &&
               w.tokens[i + 1 + k].capitalized;
      // "the Group of Experts on X", "the Office of the Special Coordinator
      // for ...": a longer name the rules do not know.
      if (!same || (end < w.tokens.size() && w.tokens[end].capitalized)) continue;
      if (end + 2 < w.tokens.size() && w.tokens[end].norm == "of" && w.tokens[end + 1].norm == "the" &&
          w.tokens[end + 2].capitalized && !(*used)[end + 2])
        break;
      const std::string* last = seen->LastWithHead(forms.Canonical(h));
      const char* rule = "short_form";
      if (!last) {
        last = experts->For(forms.Canonical(h));
        rule = "short_form.topic";
      }
      if (last && !last->empty()) {
        found->push_back(MakeMention(w, i + 1, end, *last, rules, rule));
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

bool IsPlacePreposition(std::string_view w) {
  return w == "in" || w == "across" || w == "from" || w == "into" || w == "through" ||
         w == "throughout" || w == "near" || w == "around";
}

// Whether a place preposition stands right before token k, or before the
// list k is an item of: capitalised words, "and", "or" and "the" (and the
// commas between them) back to "in", "across", ...
bool ListAfterPlacePreposition(const SentenceWork& w, std::size_t k) {
  constexpr std::size_t kListReach = 16;
  const Tokens& t = w.tokens;
  for (std::size_t i = k; i > 0 && k - i <= kListReach; --i) {
    const Token& prev = t[i - 1];
    // Lower case, or opening the sentence ("In Jonglei and Unity, ...").
    if (IsPlacePreposition(prev.norm) && (!prev.capitalized || i == 1)) return true;
    if (!prev.capitalized && prev.norm != "and" && prev.norm != "or" && prev.norm != "the") return false;
  }
  return false;
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

// Whether "it" before tokens[at] is an expletive subject, not a group: "It
// was unclear", "it remains to be seen", "It follows that ...", "it has been
// reported", "it took years". A verb that also tells what a group does is
// expletive only before the words that make it so: "it has expanded", "it
// remained focused on", "it took control of" are a group's.
bool ExpletiveAt(const Tokens& tokens, std::size_t at) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "is", "was", "would", "will", "could", "may", "might", "should", "can", "must", "appears",
      "appeared", "seems", "seemed", "becomes", "became", "follows", "followed", "means", "meant", "shall", "cannot"};
  static const std::unordered_set<std::string_view> kHas = {"has", "had"};
  static const std::unordered_set<std::string_view> kRemains = {"remains", "remained"};
  static const std::unordered_set<std::string_view> kTook = {"took", "takes"};
  if (at >= tokens.size()) return false;
  const std::string_view verb = tokens[at].norm;
  if (verb == "is" || verb == "was") {
    // "It is also poised to expand", "it was responsible for": what a group
    // is or does (past an adverb), not an expletive's state.
    static const std::unordered_set<std::string_view> kAdverbs = {"also", "still", "now", "increasingly",
                                                                  "currently", "mainly", "primarily", "most"};
    static const std::unordered_set<std::string_view> kGroupState = {
        "poised", "active", "present", "based", "responsible", "involved", "engaged", "operating", "expanding",
        "seeking", "trying", "attempting", "led", "headed", "composed", "comprised", "affiliated", "allied",
        "aligned", "entrenched", "positioned", "recruiting"};
    std::size_t k = at + 1;
    while (k < tokens.size() && k <= at + 2 && kAdverbs.count(tokens[k].norm)) ++k;
    if (k < tokens.size() && kGroupState.count(tokens[k].norm)) return false;
    // "It was reported to be financing ...": a word of report raising its
    // subject to an infinitive ("to"), not an expletive's "that" clause.
    static const std::unordered_set<std::string_view> kRaising = {
        "reported", "said", "believed", "thought", "alleged", "assessed", "understood", "known", "estimated"};
    if (k + 1 < tokens.size() && kRaising.count(tokens[k].norm) && tokens[k + 1].norm == "to") return false;
  }
  if (kVerbs.count(verb)) return true;
  const std::string_view next = at + 1 < tokens.size() ? std::string_view(tokens[at + 1].norm) : "";
  if (kHas.count(verb)) return next.empty() || next == "been" || next == "to" || next == "become";
  if (kRemains.count(verb)) {
    static const std::unordered_set<std::string_view> kState = {
        "unclear", "unknown", "uncertain", "to", "difficult", "possible", "impossible", "likely", "unlikely",
        "the", "a", "essential", "important", "critical", "necessary", "doubtful", "challenging"};
    return next.empty() || kState.count(next) > 0;
  }
  if (kTook.count(verb)) {
    static const std::unordered_set<std::string_view> kDeed = {
        "control", "over", "part", "responsibility", "advantage", "hostages", "refuge", "possession", "credit"};
    return !kDeed.count(next);
  }
  return false;
}

// A word that opens a phrase before the subject of its sentence:
// "Consisting of 200 fighters ..., it focused on ...", "Pressured by JNIM,
// ISGS aimed ...".
bool OpensPhrase(std::string_view w) {
  static const std::unordered_set<std::string_view> kOpens = {
      "consisting", "comprising", "operating", "based", "having", "following", "after", "despite",
      "notwithstanding", "while", "although", "though", "since", "with", "in", "from", "during", "under",
      "weakened", "pressured", "faced", "facing", "driven", "pushed", "squeezed", "deprived", "dispersed",
      "estimated"};
  return kOpens.count(w) > 0;
}

// Whether words [0, end) of the sentence name an actor other than the
// group a pronoun after them would stand for ("the army", "the Council",
// "they").
bool OtherActorBefore(const SentenceWork& w, std::size_t end) {
  static const std::unordered_set<std::string_view> kActors = {
      "government", "army", "forces", "authorities", "police", "military", "state", "states", "council",
      "mission", "country", "coalition", "troops", "operation", "office", "panel", "team", "group", "it",
      "they", "he", "she"};
  for (std::size_t k = 0; k < end; ++k)
    if (kActors.count(w.tokens[k].norm)) return true;
  return false;
}

// The nouns that end a group's head: "the X organized criminal groups".
bool IsGroupHeadNoun(std::string_view n) {
  return Is(n, "group") || Is(n, "groups") || Is(n, "gang") || Is(n, "gangs") || Is(n, "militia") ||
         Is(n, "militias") || Is(n, "network") || Is(n, "networks") || Is(n, "faction") || Is(n, "factions") ||
         Is(n, "organization") || Is(n, "organizations");
}

// "... the 400 Mawozo organized criminal groups in Haiti. The organized
// criminal groups, known for ...": "the" and the words of the head that
// followed the one group's name in the sentence before (two words at least)
// stand for that group, where the sentence names no group before them.
void ResolveTheHead(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                    const std::pair<std::size_t, std::string>& recent, const std::vector<std::string>& head,
                    std::vector<Mention>* found) {
  if (recent.first != w.para || recent.second.empty() || head.size() < 2) return;
  const Tokens& t = w.tokens;
  for (std::size_t i = 0; i + head.size() < t.size(); ++i) {
    if (!Is(t[i].norm, "the") || used[i]) continue;
    bool same = true;
    for (std::size_t k = 0; k < head.size() && same; ++k) same = t[i + 1 + k].norm == head[k];
    if (!same) continue;
    // (A generic phrase the rules block, "organized criminal groups", may
    // be the head: only a mention of the sentence stands in the way.)
    const std::size_t end = t[i + head.size()].end;
    for (const Mention& m : *found)
      if ((m.type == EntityType::kGroup && m.begin < t[i].begin) || (m.begin < end && t[i].begin < m.end)) return;
    found->push_back(MakeMention(w, i, i + 1 + head.size(), recent.second, rules, "anaphora"));
    return;
  }
}

// What a group has or does, after "its" or "their": "its fighters", "their
// advance".
bool GroupsOwn(std::string_view n) {
  static const std::unordered_set<std::string_view> kOwn = {
      "attacks", "attack", "fighters", "operations", "presence", "influence", "members", "leadership",
      "activities", "control", "territory", "strongholds", "bases", "revenue", "revenues", "finances",
      "income", "funding", "combatants", "militants", "leaders", "cells", "offensive", "expansion",
      "source", "sources", "coffers", "proceeds", "profits", "earnings", "financing", "advance"};
  return kOwn.count(n) > 0;
}

// "Their advance", "Their fighters": "Their" opening a sentence before what
// groups have or do.
bool TheirOwn(const Tokens& t) {
  return t.size() > 2 && t[0].begin == 0 && Is(t[0].norm, "their") && GroupsOwn(t[1].norm);
}

// "They", "Its" or "Their" (before what a group has: TheirOwn) opening a
// sentence, "it" after an opening phrase, "its" before what a group has or
// does, and "the group" (or "the group's", "the organization", "the
// movement", "the gang", "the militia", "the terrorist group"; "the
// coalition" for one so called) anywhere in it, continue the story of the one group
// the sentence before named ("The Taliban are involved in ... They also
// extort ...", "... Jund al-Khilafah ... Its fighters ..."); not in a
// sentence that names a group of its own before them.
void ResolvePronoun(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                    const std::pair<std::size_t, std::string>& recent, bool units_before, bool coalition,
                    std::vector<Mention>* found) {
  if (recent.second.empty() || recent.first != w.para || w.tokens.empty()) return;
  auto group_before = [&](std::size_t at) {
    for (const Mention& m : *found)
      if (m.type == EntityType::kGroup && m.begin < at) return true;
    return false;
  };
  // "It" too, when the sentence before named no UN body ("It" is then
  // that body's, ResolveTheUnits) and "It" is no expletive subject ("It
  // was unclear", "It is reported").
  auto it_for_group = [&] {
    if (units_before || !Is(w.tokens[0].norm, "it") || w.tokens.size() < 2) return false;
    return !ExpletiveAt(w.tokens, 1);
  };
  if (!used[0] && w.tokens[0].begin == 0 &&
      (Is(w.tokens[0].norm, "they") || Is(w.tokens[0].norm, "its") || TheirOwn(w.tokens) || it_for_group()) &&
      !group_before(w.tokens[0].end)) {
    found->push_back(MakeMention(w, 0, 1, recent.second, rules, "pronoun"));
    return;
  }
  // "Consisting of 200 fighters in the Fezzan region, it focused on ...",
  // "In Menaka, they kidnapped ...": "it" or "they", the subject right after
  // an opening phrase that names no group, no UN body and no other actor.
  if (!units_before)
    for (std::size_t i = 1; i + 2 < w.tokens.size(); ++i) {
      const Token& comma_it = w.tokens[i];
      const std::string& text = w.sentence->text;
      if (comma_it.begin < 2 || text[comma_it.begin - 1] != ' ' || text[comma_it.begin - 2] != ',') continue;
      if ((!Is(comma_it.norm, "it") && !Is(comma_it.norm, "they")) || used[i] || !OpensPhrase(w.tokens[0].norm)) break;
      if (ExpletiveAt(w.tokens, i + 1)) break;
      bool other = OtherActorBefore(w, i);
      for (const Mention& m : *found)
        other = other ||
                (m.begin < comma_it.begin && m.type != EntityType::kRegion && m.type != EntityType::kCrime);
      // "Although the Zaghawa constituted a small proportion ..., they": a
      // name after "the" that nothing known holds may be who "they" are.
      for (std::size_t k = 1; k + 1 < i && !other; ++k) {
        if (!Is(w.tokens[k].norm, "the") || !w.tokens[k + 1].capitalized) continue;
        bool known = false;
        for (const Mention& m : *found)
          known = known || (m.begin <= w.tokens[k + 1].begin && w.tokens[k + 1].end <= m.end);
        other = !known;
      }
      if (!other) found->push_back(MakeMention(w, i, i + 1, recent.second, rules, "pronoun"));
      return;
    }
  // "The scale of its attacks on Pakistan": "its" before what a group has
  // or does, where nothing else named or any other actor stands before it.
  for (std::size_t i = 1; i + 1 < w.tokens.size(); ++i) {
    if (!Is(w.tokens[i].norm, "its") || used[i] || used[i + 1]) continue;
    // One or two words that rank what it has may come first: "its main
    // source of income", "its most important revenue".
    static const std::unordered_set<std::string_view> kRank = {
        "main", "primary", "principal", "largest", "biggest", "key", "major", "own", "chief", "most",
        "significant", "important", "steady", "only", "single", "second", "other"};
    std::size_t at = i + 1;
    while (at < w.tokens.size() && at <= i + 2 && kRank.count(w.tokens[at].norm) && !used[at]) ++at;
    if (at >= w.tokens.size() || used[at]) break;
    if (!GroupsOwn(w.tokens[at].norm)) break;
    // Nothing named before it but crimes (its own: "Extortion remains its
    // main source of income"), and no other actor.
    bool other = OtherActorBefore(w, i);
    for (const Mention& m : *found) other = other || (m.begin < w.tokens[i].begin && m.type != EntityType::kCrime);
    if (other) break;
    found->push_back(MakeMention(w, i, i + 1, recent.second, rules, "pronoun"));
    return;
  }
  for (std::size_t i = 0; i + 1 < w.tokens.size(); ++i) {
    if (!Is(w.tokens[i].norm, "the") || used[i + 1] || w.tokens[i + 1].capitalized) continue;
    // "the terrorist group", "the armed movement": one word that says what
    // kind of group may come first.
    std::size_t head = i + 1;
    const std::string_view kind = w.tokens[head].norm;
    if ((Is(kind, "terrorist") || Is(kind, "militant") || Is(kind, "armed") || Is(kind, "extremist") ||
         Is(kind, "jihadist") || Is(kind, "insurgent") || Is(kind, "rebel") || Is(kind, "criminal")) &&
        head + 1 < w.tokens.size() && !used[head + 1])
      ++head;
    std::string_view noun = w.tokens[head].norm;
    // "the coalition", "the alliance": only for a group the sentence before
    // called so ("... the Viv Ansanm coalition. The coalition's expansion").
    if (!Is(noun, "group") && !Is(noun, "organization") && !Is(noun, "organisation") && !Is(noun, "movement") &&
        !Is(noun, "gang") && !Is(noun, "militia") && !(coalition && (Is(noun, "coalition") || Is(noun, "alliance"))))
      continue;  // nor "the groups": several, not the one group
    if (head + 1 < w.tokens.size() && Is(w.tokens[head + 1].norm, "of")) continue;  // "the group of X"
    // "the group Jama'ah al-Islamiyya": a name follows, the group's own.
    if (head + 1 < w.tokens.size() && w.tokens[head + 1].capitalized &&
        w.tokens[head + 1].begin == w.tokens[head].end + 1)
      continue;
    if (group_before(w.tokens[i].begin)) return;
    found->push_back(MakeMention(w, i, head + 1, recent.second, rules, "pronoun"));
    return;
  }
}

// A paragraph about one group goes on about its people without naming it:
// "Consisting of 100 to 200 fighters dispersed in small cells across the
// Fezzan region", "Low-profile members resided ... in Kabul". In a sentence
// that names no group, the first word for a group's people stands for the
// one group the paragraph has named so far (none when it named two).
void ResolveTheMembers(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                       const std::pair<std::size_t, std::string>& topic, std::vector<Mention>* found) {
  if (topic.first != w.para || topic.second.empty() || topic.second == "-") return;
  for (const Mention& m : *found)
    if (m.type == EntityType::kGroup) return;
  for (std::size_t i = 0; i < w.tokens.size(); ++i) {
    const std::string_view n = w.tokens[i].norm;
    if (used[i] || (w.tokens[i].capitalized && i > 0)) continue;
    if (!Is(n, "fighters") && !Is(n, "members") && !Is(n, "militants") && !Is(n, "operatives") &&
        !Is(n, "commanders") && !Is(n, "leaders") && !Is(n, "cells") && !Is(n, "combatants"))
      continue;
    // "foreign terrorist fighters", "Member States' leaders": not its people.
    if (i > 0 && (Is(w.tokens[i - 1].norm, "terrorist") || Is(w.tokens[i - 1].norm, "state") ||
                  Is(w.tokens[i - 1].norm, "states") || Is(w.tokens[i - 1].norm, "government") ||
                  Is(w.tokens[i - 1].norm, "community") || Is(w.tokens[i - 1].norm, "council")))
      continue;
    found->push_back(MakeMention(w, i, i + 1, topic.second, rules, "pronoun"));
    return;
  }
}

// "the country" stands for the country named last: before it in the same
// sentence, else in the sentence before ("... in Afghanistan. ... operate
// in the country").
void ResolveTheCountry(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                       const std::pair<std::size_t, std::vector<std::string>>& recent,
                       std::vector<Mention>* found) {
  for (std::size_t i = 0; i + 1 < w.tokens.size(); ++i) {
    if (!Is(w.tokens[i].norm, "the") || !Is(w.tokens[i + 1].norm, "country") || used[i + 1] ||
        w.tokens[i + 1].capitalized)
      continue;
    if (i + 2 < w.tokens.size() && Is(w.tokens[i + 2].norm, "of")) continue;  // "the country of X"
    const std::string* country = nullptr;
    for (const Mention& m : *found)
      if (m.type == EntityType::kRegion && m.end <= w.tokens[i].begin && rules.IsCountry(m.entity))
        country = &m.entity;
    if (!country && recent.first == w.para)
      for (const std::string& id : recent.second)
        if (rules.IsCountry(id)) country = &id;
    if (!country) continue;
    const std::string id = *country;  // `found` grows
    found->push_back(MakeMention(w, i, i + 2, id, rules, "anaphora"));
  }
}

// "M23 seized Goma. ... extorted traders in the city": "the city", "the
// town", "the village", "the capital" or "the locality" stands for the one
// place within a country (a place with a parent that is no country's
// whole) named last before it in the sentence, else for the one such place
// the sentence before named; "the area" for a place of any size but a
// country. Not "the city of X", nor where the sentence before named two,
// nor after a name no rule knows yet (it may be that town).
void ResolveTheTown(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                    const std::pair<std::size_t, std::vector<std::string>>& recent,
                    std::vector<Mention>* found) {
  for (std::size_t i = 0; i + 1 < w.tokens.size(); ++i) {
    if (!Is(w.tokens[i].norm, "the") || used[i + 1] || w.tokens[i + 1].capitalized) continue;
    const std::string_view noun = w.tokens[i + 1].norm;
    const bool area = Is(noun, "area");
    if (!area && !Is(noun, "city") && !Is(noun, "town") && !Is(noun, "village") && !Is(noun, "capital") &&
        !Is(noun, "locality"))
      continue;
    if (i + 2 < w.tokens.size() && Is(w.tokens[i + 2].norm, "of")) continue;  // "the town of X"
    auto fits = [&](const std::string& id) {
      if (rules.IsCountry(id)) return false;
      if (area) return true;
      const Entity* e = rules.FindEntity(id);
      return e && !e->parent.empty();
    };
    const std::string* place = nullptr;
    for (const Mention& m : *found)
      if (m.type == EntityType::kRegion && m.end <= w.tokens[i].begin && m.rule != "anaphora" && fits(m.entity))
        place = &m.entity;
    // An unknown name before it (a capitalised word no mention holds, past
    // the first) may be the town: "New Fangak was captured after X vacated the town".
    bool unknown_name = false;
    for (std::size_t k = 1; k < i && !unknown_name; ++k)
      unknown_name = w.tokens[k].capitalized && std::none_of(found->begin(), found->end(), [&](const Mention& m) {
                       return m.begin <= w.tokens[k].begin && w.tokens[k].end <= m.end;
                     });
    if (!place && !unknown_name && recent.first == w.para) {
      for (const std::string& id : recent.second) {
        if (!fits(id)) continue;
        if (place && *place != id) {
          place = nullptr;
          break;
        }
        place = &id;
      }
    }
    if (!place) continue;
    const std::string id = *place;  // `found` grows
    found->push_back(MakeMention(w, i, i + 2, id, rules, "anaphora"));
  }
}

// The places of the last list of places that ends before byte `at` of the
// sentence (only commas, "and", "or" and "the" between its items), in
// order; empty when the sentence names none before it.
std::vector<std::string> LastPlacesBefore(const SentenceWork& w, const std::vector<Mention>& found,
                                          std::size_t at) {
  std::vector<const Mention*> places;
  for (const Mention& m : found)
    if (m.type == EntityType::kRegion && m.end <= at) places.push_back(&m);
  std::sort(places.begin(), places.end(), [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
  std::vector<std::string> out;
  if (places.empty()) return out;
  std::size_t k = places.size() - 1;
  auto joined = [&](const Mention* a, const Mention* b) {
    if (a->end > b->begin) return false;
    const std::string_view gap = std::string_view(w.sentence->text).substr(a->end, b->begin - a->end);
    for (std::size_t p = 0; p < gap.size();) {
      const std::size_t q = std::min(gap.find_first_of(", ", p), gap.size());
      const std::string_view word = gap.substr(p, q - p);
      if (!word.empty() && word != "and" && word != "or" && word != "the") return false;
      p = q + 1;
    }
    return true;
  };
  while (k > 0 && joined(places[k - 1], places[k])) --k;
  for (std::size_t i = k; i < places.size(); ++i)
    if (std::find(out.begin(), out.end(), places[i]->entity) == out.end()) out.push_back(places[i]->entity);
  return out;
}

// "the region" / "the subregion" stands for the places the sentence named
// last before it ("JNIM, active in West Africa, destabilizing the region"),
// or else those the paragraph named last ("... in West Africa and the Sahel.
// ... the stability of the region").
void ResolveTheRegion(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                      const std::pair<std::size_t, std::vector<std::string>>& recent,
                      std::vector<Mention>* found) {
  for (std::size_t i = 0; i + 1 < w.tokens.size(); ++i) {
    if (!Is(w.tokens[i].norm, "the")) continue;
    std::size_t end = i + 2;  // "the region", "the subregion", "the sub-region"
    std::string_view noun = w.tokens[i + 1].norm;
    bool region = Is(noun, "region") || Is(noun, "subregion");
    if (Is(noun, "sub") && end < w.tokens.size() && w.tokens[end].hyphen_before)
      region = Is(w.tokens[end++].norm, "region");
    if (!region || used[i + 1] || w.tokens[i + 1].capitalized) continue;
    if (end < w.tokens.size() && Is(w.tokens[end].norm, "of")) continue;  // "the region of X"
    std::vector<std::string> ids = LastPlacesBefore(w, *found, w.tokens[i].begin);
    if (ids.empty() && recent.first == w.para) ids = recent.second;
    for (const std::string& id : ids) found->push_back(MakeMention(w, i, end, id, rules, "anaphora"));
  }
}

// "... an aircraft was fired upon at Waajid airport in the Bakool region.
// Al-Shabaab claimed responsibility for the attack.": "the attack" that a
// group claims (or "During these clashes" opening a sentence, or "caught in
// the crossfire", "killed in the attack" after a word of harm) is the event
// the sentence before told of, and stands for its places (those of the
// sentence right before, in the same paragraph).
bool IsEventNoun(std::string_view n) {
  return Is(n, "attack") || Is(n, "attacks") || Is(n, "incident") || Is(n, "bombing") ||
         Is(n, "bombings") || Is(n, "explosion") || Is(n, "ambush") || Is(n, "assault") ||
         Is(n, "killing") || Is(n, "killings") || Is(n, "raid") || Is(n, "abduction") || Is(n, "blast") ||
         Is(n, "clashes") || Is(n, "fighting") || Is(n, "hostilities") || Is(n, "skirmishes") ||
         Is(n, "crossfire");
}

// The words of harm that "in the attack" may follow.
bool IsHarmedIn(std::string_view w) {
  return Is(w, "caught") || Is(w, "killed") || Is(w, "injured") || Is(w, "wounded") || Is(w, "trapped") ||
         Is(w, "hit") || Is(w, "damaged") || Is(w, "destroyed") || Is(w, "died") || Is(w, "displaced") ||
         Is(w, "involved") || Is(w, "abducted") || Is(w, "looted");
}

void ResolveTheEvent(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                     const std::pair<std::size_t, std::vector<std::string>>& before,
                     std::vector<Mention>* found) {
  if (before.second.empty() || before.first != w.para) return;
  const auto& t = w.tokens;
  // "This attack was claimed by JNIM", "The attacks were later claimed by ...".
  if (t.size() > 4 && t[0].begin == 0 && (Is(t[0].norm, "the") || Is(t[0].norm, "this") || Is(t[0].norm, "these")) &&
      IsEventNoun(t[1].norm) && !used[1] && (Is(t[2].norm, "was") || Is(t[2].norm, "were"))) {
    const std::size_t verb = Is(t[3].norm, "claimed") ? 3 : 4;
    if (Is(t[verb].norm, "claimed") && verb + 1 < t.size() && Is(t[verb + 1].norm, "by")) {
      for (const std::string& id : before.second)
        found->push_back(MakeMention(w, 0, 2, id, rules, "anaphora.event"));
      return;
    }
  }
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    // "responsibility for the attack", "claimed the attack", "claimed this bombing".
    // "During these clashes, an UNMISS helicopter came under fire" too.
    // "A patrol was caught in the crossfire", "two were killed in the attack".
    const bool claim = (Is(t[i - 1].norm, "for") && i >= 2 && Is(t[i - 2].norm, "responsibility")) ||
                       Is(t[i - 1].norm, "claimed") || (i == 1 && Is(t[0].norm, "during")) ||
                       (Is(t[i - 1].norm, "in") && i >= 2 && IsHarmedIn(t[i - 2].norm) &&
                        // Not an event told here: "involved in the attacks in Kerman".
                        (i + 2 >= t.size() || !(Is(t[i + 2].norm, "in") || Is(t[i + 2].norm, "at") ||
                                                Is(t[i + 2].norm, "on") || Is(t[i + 2].norm, "of") ||
                                                Is(t[i + 2].norm, "near") || Is(t[i + 2].norm, "against"))));
    if (!claim || !(Is(t[i].norm, "the") || Is(t[i].norm, "this") || Is(t[i].norm, "these")) ||
        !IsEventNoun(t[i + 1].norm) || used[i + 1])
      continue;
    for (const std::string& id : before.second)
      found->push_back(MakeMention(w, i, i + 2, id, rules, "anaphora.event"));
    return;
  }
}

// Meetings a body holds: one of them taken up again may be named by another
// ("organized a regional workshop ... The three-day meeting was held in X").
bool IsEventNounOfWork(std::string_view n) {
  return Is(n, "workshop") || Is(n, "meeting") || Is(n, "conference") || Is(n, "seminar") ||
         Is(n, "session") || Is(n, "event") || Is(n, "training") || Is(n, "course") || Is(n, "forum") ||
         Is(n, "visit");
}

// The words of an opening that tell what a work was for ("The main
// objectives of the visit were ..."): the work is still the subject.
bool IsPurposeNoun(std::string_view n) {
  return Is(n, "objective") || Is(n, "objectives") || Is(n, "purpose") || Is(n, "aim") || Is(n, "aims") ||
         Is(n, "goal") || Is(n, "goals") || Is(n, "focus");
}

// The nouns of joint work that a sentence may open with to go on about the
// work the sentence before described: "... a programme implemented by UNODC
// and UNDP. The programme trained 40 officers in Mali."
bool IsWorkNoun(std::string_view n) {
  return Is(n, "programme") || Is(n, "program") || Is(n, "project") || Is(n, "initiative") ||
         Is(n, "partnership") || Is(n, "mechanism") || Is(n, "platform") || Is(n, "campaign") ||
         IsEventNounOfWork(n);
}

// A work noun or its plural ("These projects ..."): the singular, or empty.
std::string_view WorkNoun(std::string_view n) {
  if (IsWorkNoun(n)) return n;
  if (n.size() > 1 && n.back() == 's' && IsWorkNoun(n.substr(0, n.size() - 1))) return n.substr(0, n.size() - 1);
  return {};
}

// At most this many UN entities of the sentence before are "the programme"'s.
constexpr std::size_t kMaxWorkUnits = 6;

// The UN entity whose briefing the sentence tells of ("heard a briefing by
// the Office for the Coordination of Humanitarian Affairs (OCHA)",
// "briefed by UNODC"): the one right after "briefing by", "briefed by" or
// "presentation by", or nothing.
std::string Briefer(const SentenceWork& w, const std::vector<Mention>& found) {
  const auto& t = w.tokens;
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if (!Is(t[i + 1].norm, "by")) continue;
    const std::string_view n = t[i].norm;
    if (!Is(n, "briefing") && !Is(n, "briefings") && !Is(n, "briefed") && !Is(n, "presentation")) continue;
    std::size_t k = i + 2;
    if (k < t.size() && Is(t[k].norm, "the")) ++k;
    if (k >= t.size()) return {};
    for (const Mention& m : found)
      if (m.type == EntityType::kUnEntity && m.begin == t[k].begin) return m.entity;
  }
  return {};
}

// "The briefing covered the situation in Somalia": the briefing the
// sentence before told of stands for the UN entity that gave it.
void ResolveTheBriefing(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                        const std::pair<std::size_t, std::string>& briefer, std::vector<Mention>* found) {
  if (briefer.second.empty() || briefer.first + 1 < w.para || w.tokens.size() < 3 || used[1]) return;
  const auto& t = w.tokens;
  if (t[0].begin != 0 || (!Is(t[0].norm, "the") && !Is(t[0].norm, "that") && !Is(t[0].norm, "this"))) return;
  if (!Is(t[1].norm, "briefing") && !Is(t[1].norm, "presentation")) return;
  for (const Mention& m : *found)
    if (m.type == EntityType::kUnEntity) return;
  found->push_back(MakeMention(w, 0, 2, briefer.second, rules, "anaphora.briefing"));
}

// Whether `text` opens a sanctions list entry with its reference number
// ("QDe.136 MUHAMMAD JAMAL NETWORK", "CDi.043 ..."), or names it the way
// Nexus reads the list's XML ("Muhammad Jamal Network (QDe.136), listed on
// ..."): 'e' an entity, 'i' an individual, 0 none.
// Where its reference number starts: 0, or in the bracket before "), listed
// on"; npos when the text opens no entry.
std::size_t EntryReferenceAt(std::string_view text) {
  if (SanctionsReferenceAt(text, 0)) return 0;
  const std::size_t listed = text.substr(0, 200).find("), listed on ");
  if (listed == std::string_view::npos) return std::string_view::npos;
  const std::size_t open = text.rfind('(', listed);
  return open != std::string_view::npos && SanctionsReferenceAt(text, open + 1) ? open + 1 : std::string_view::npos;
}

char EntryReference(std::string_view text) {
  const std::size_t at = EntryReferenceAt(text);
  return at == std::string_view::npos ? 0 : text[at + 2];
}

// How far into its first sentence the listed entity's name starts: right
// after a reference number ("QDe.136 ") at most.
constexpr std::size_t kEntryNameReach = 12;

// A listed entity the rules do not know: "QDe.121 AL-AKHTAR TRUST
// INTERNATIONAL" (the list's layout: the reference number, then the name in
// capitals), or "Al-Akhtar Trust International (QDe.121), listed on ..." (as
// the reader gives the list's XML), the reference number at byte `ref` (see
// EntryReferenceAt). The tokens of its name, [first, last),
// or first == last when the sentence opens otherwise: capitalised words
// (with "of", "for", "the" or "and" between them; in capitals, only words in
// capitals) up to a bracket, a comma, a colon, a semicolon, a slash (an
// alias follows) or a word that is none of those; at most eight.
std::pair<std::size_t, std::size_t> ListedEntityName(const SentenceWork& w, std::size_t ref) {
  const Tokens& t = w.tokens;
  const std::string& text = w.sentence->text;
  std::size_t first = 0;
  if (ref == 0) {
    const std::size_t space = text.find(' ');
    if (space == std::string::npos) return {0, 0};
    while (first < t.size() && t[first].begin <= space) ++first;
  }
  std::size_t last = first;
  // A name in capitals ends at the first word that is not (the narrative
  // that follows on the next line).
  const bool capitals = first < t.size() && t[first].all_caps;
  while (last < t.size() && last - first < 8) {
    const Token& x = t[last];
    const bool joint = last > first && (x.norm == "of" || x.norm == "for" || x.norm == "the" || x.norm == "and");
    if (capitals ? !x.all_caps : !x.capitalized && !joint) break;
    if (last > first) {  // what stands between this word and the one before
      const std::string_view gap(text.data() + t[last - 1].end, x.begin - t[last - 1].end);
      if (gap.find_first_of("(,/;:") != std::string_view::npos) break;
    }
    ++last;
  }
  while (last > first && (t[last - 1].norm == "of" || t[last - 1].norm == "for" || t[last - 1].norm == "the" ||
                          t[last - 1].norm == "and"))
    --last;
  // The XML's form: the name runs to the reference's bracket.
  if (ref > 0 && (last == first || t[last - 1].end + 2 != ref)) return {0, 0};
  return {first, last};
}

// The telegraphic sentences of a sanctions list entity's narrative ("Funded
// and supported by AQAP.", "Multiple training camps in Egypt and Libya.")
// have the listed entity as their subject: a sentence of the entry after its
// first that names no group stands for it from its first word, unless that
// word is one of its own subject (a pronoun or an article, resolved as
// everywhere else).
void EntrySubject(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                  const std::string& entry_group, std::vector<Mention>* found) {
  if (entry_group.empty() || w.tokens.empty() || used[0] || !w.tokens[0].capitalized) return;
  // "Funded and supported by AQAP.", "Principally composed of ...": after a
  // participle (maybe after an adverb), the groups named are its objects.
  auto participle_at = [&](std::size_t k) {
    return k < w.tokens.size() && w.tokens[k].norm.size() > 4 && w.tokens[k].norm.ends_with("ed");
  };
  const std::string_view first = w.tokens[0].norm;
  const bool adverb = (first.size() > 4 && first.ends_with("ly")) || first == "also";
  const bool participle = participle_at(0) || (adverb && participle_at(1));
  for (const Mention& m : *found)
    if ((m.type == EntityType::kGroup && !participle) || m.begin == w.tokens[0].begin) return;
  static const std::unordered_set<std::string_view> kOwnSubject = {
      "the", "this", "these", "those", "that", "it", "its", "they", "their", "he", "she", "his", "her",
      "a", "an", "in", "on", "at", "as", "since", "from", "there", "review", "interpol", "photo", "date", "reason",
      "listed", "additional", "physical", "mother", "father", "other"};
  if (kOwnSubject.count(w.tokens[0].norm)) return;
  Mention m = MakeMention(w, 0, 1, entry_group, rules, "ellipsis.entry");
  m.type = EntityType::kGroup;  // also a listed entity the rules do not hold (ListedEntityName)
  found->push_back(std::move(m));
}

// Verbs of speech after which "she" or "he" is the speaker of a briefing
// (each ends in "d", which turns most words away at once).
bool IsSpeechVerb(std::string_view n) {
  static constexpr std::string_view kVerbs[] = {
      "said",     "added",      "noted",       "stressed", "warned",   "told",      "explained", "emphasized",
      "emphasised", "underlined", "highlighted", "observed", "reported", "recalled", "cautioned", "continued",
      "pointed",  "urged",      "stated",      "underscored", "described", "outlined", "concluded", "cited"};
  if (n.size() < 4 || n.back() != 'd') return false;
  for (std::string_view v : kVerbs)
    if (v == n) return true;
  return false;
}

// Whether the sentence tells that someone spoke: a verb of speech in it.
bool TellsSpeech(const SentenceWork& w) {
  for (const Token& t : w.tokens)
    if (IsSpeechVerb(t.norm) || Is(t.norm, "briefed") || Is(t.norm, "briefing") || Is(t.norm, "spoke") ||
        Is(t.norm, "speaking"))
      return true;
  return false;
}

// Whether the speaker the sentence names speaks for a State: "the
// representative of Mali", "the Minister for Foreign Affairs".
bool StateSpeaker(const SentenceWork& w) {
  for (const Token& t : w.tokens)
    if (Is(t.norm, "representative") || Is(t.norm, "representatives") || Is(t.norm, "delegate") ||
        Is(t.norm, "delegation") || Is(t.norm, "minister") || Is(t.norm, "ambassador") || Is(t.norm, "speakers"))
      return true;
  return false;
}

// "She pointed out that ...", "More broadly, she said, ...", "..., he
// added": the speaker of a briefing goes on, and what she says is said by
// the one UN entity she spoke for ("said Jane Doe, Executive Director of
// UNODC" before). Only "she" or "he" as the subject of a verb of speech, at
// the start of the sentence or after a comma.
void ResolveTheSpeaker(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                       const std::string& speaker, std::vector<Mention>* found) {
  if (speaker.empty()) return;
  for (const Mention& m : *found)
    if (m.type == EntityType::kUnEntity) return;
  const auto& t = w.tokens;
  const std::string& text = w.sentence->text;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if ((!Is(t[i].norm, "she") && !Is(t[i].norm, "he")) || used[i]) continue;
    const bool opens = t[i].begin == 0 || (t[i].begin >= 2 && text[t[i].begin - 2] == ',');
    std::size_t verb = i + 1;
    if (verb + 1 < t.size() && (Is(t[verb].norm, "also") || Is(t[verb].norm, "further"))) ++verb;
    if (!opens || !IsSpeechVerb(t[verb].norm)) continue;
    found->push_back(MakeMention(w, i, i + 1, speaker, rules, "pronoun.speaker"));
    return;
  }
}

// The UN entities of the sentence before, referred to: "Both entities
// followed up ...", "The two bodies ..." (when it named exactly two), a
// sentence-opening "It" (when it named exactly one UN entity and no group),
// and a sentence-opening "The programme" or "This project" when the sentence
// before named such a work and the UN entities that carry it out (at most
// six, and no group; its partners "in collaboration with" are not meant).
void ResolveTheUnits(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                     const std::pair<std::size_t, std::vector<std::string>>& recent,
                     const std::pair<std::size_t, std::string>& recent_group,
                     const std::vector<std::string>& recent_work,
                     const std::vector<std::string>& workers, std::vector<Mention>* found) {
  if (recent.first != w.para || recent.second.empty() || w.tokens.empty()) return;
  const auto& t = w.tokens;
  const bool no_group = recent_group.first != w.para || recent_group.second.empty();
  // Where "The" may stand: the sentence's start, or right after an opening
  // phrase of at most six words that names nothing and ends with a comma
  // ("As part of this support, the Programme delivered ...").
  std::size_t start = 0;
  {
    const std::string& text = w.sentence->text;
    std::size_t i = 1;
    while (i < t.size() && i <= 6 && !used[i - 1] && !(t[i].begin >= 2 && text[t[i].begin - 2] == ',')) ++i;
    if (i < t.size() && i <= 6 && !used[i - 1] && t[i].begin >= 2 && text[t[i].begin - 2] == ',' &&
        (Is(t[0].norm, "as") || Is(t[0].norm, "under") || Is(t[0].norm, "through") || Is(t[0].norm, "in")) &&
        (Is(t[i].norm, "the") || Is(t[i].norm, "this")))
      start = i;
  }
  // The work's noun after "The" and at most three words that describe it
  // ("The three-day regional meeting"), or after what it was for ("The main
  // objectives of the visit").
  // Or "These projects", of the projects of the sentence before.
  std::size_t head = start + 1;
  while (head < t.size() && head <= start + 4 && WorkNoun(t[head].norm).empty() && !t[head].capitalized &&
         !used[head] && !IsPurposeNoun(t[head].norm))
    ++head;
  if (head + 3 < t.size() && IsPurposeNoun(t[head].norm) && Is(t[head + 1].norm, "of") &&
      (Is(t[head + 2].norm, "the") || Is(t[head + 2].norm, "this")) && IsWorkNoun(t[head + 3].norm))
    head += 3;
  auto taken_up = [&](std::string_view n) {
    n = WorkNoun(n);
    for (const std::string& r : recent_work)
      if (WorkNoun(r) == n || (IsEventNounOfWork(WorkNoun(r)) && IsEventNounOfWork(n))) return true;
    return false;
  };
  if (t.size() > head + 1 && t[0].begin == 0 &&
      (Is(t[start].norm, "the") || Is(t[start].norm, "this") || Is(t[start].norm, "these")) && !used[head] &&
      !WorkNoun(t[head].norm).empty() && no_group && !workers.empty() && workers.size() <= kMaxWorkUnits &&
      taken_up(t[head].norm)) {
    for (const std::string& id : workers)
      found->push_back(MakeMention(w, start, head + 1, id, rules, "anaphora"));
    return;
  }
  auto noun = [](std::string_view n) {
    return Is(n, "entities") || Is(n, "bodies") || Is(n, "offices") || Is(n, "organizations") ||
           Is(n, "committees") || Is(n, "missions") || Is(n, "agencies");
  };
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    const bool both = Is(t[i].norm, "both") || (Is(t[i].norm, "the") && Is(t[i + 1].norm, "two"));
    const std::size_t head = Is(t[i].norm, "both") ? i + 1 : i + 2;
    if (!both || head >= t.size() || used[head] || !noun(t[head].norm) || recent.second.size() != 2) continue;
    for (const std::string& id : recent.second)
      found->push_back(MakeMention(w, i, head + 1, id, rules, "anaphora"));
    return;
  }
  if (Is(t[0].norm, "it") && t[0].begin == 0 && !used[0] && recent.second.size() == 1 && no_group)
    found->push_back(MakeMention(w, 0, 1, recent.second.front(), rules, "pronoun"));
}

// The goods or the cargo of the one crime the sentence before named, taken
// up again: "... weapons smuggled into Somalia. Some of the weapons remained
// within X and others were dispatched to Y" (the goods are a word of the
// crime's names: "weapons", "cocaine", "oil"), "the shipment", "the cargo".
bool IsCargoNoun(std::string_view n) {
  return Is(n, "shipment") || Is(n, "shipments") || Is(n, "cargo") || Is(n, "cargoes") || Is(n, "consignment") ||
         Is(n, "consignments") || Is(n, "contraband");
}

bool IsGoodsNoun(std::string_view n) {
  static const std::unordered_set<std::string_view> kGoods = {
      "weapons", "arms", "firearms", "guns", "rifles", "ammunition", "explosives", "drugs", "cocaine", "heroin",
      "cannabis", "methamphetamine", "opium", "opiates", "narcotics", "migrants", "oil", "fuel", "diesel", "gold",
      "diamonds", "minerals", "charcoal", "ivory", "timber", "antiquities", "artefacts", "artifacts", "cigarettes",
      "elvers", "eels", "wildlife", "rhino", "horn", "tramadol", "captagon", "precursors"};
  return kGoods.count(n) > 0;
}

// Whether word `n` (or it without a final "s") is a word of a name of crime `id`.
bool NamesGoodsOf(const Rules& rules, const std::string& id, std::string_view n) {
  const Entity* crime = rules.FindEntity(id);
  if (!crime) return false;
  auto stem = [](std::string_view w) { return w.size() > 3 && w.back() == 's' ? w.substr(0, w.size() - 1) : w; };
  std::vector<std::string> names = crime->aliases;
  names.push_back(crime->label);
  for (const std::string& name : names)
    for (const Token& t : Tokenize(name))
      if (stem(t.norm) == stem(n)) return true;
  return false;
}

void ResolveTheGoods(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                     const std::string& crime, std::vector<Mention>* found) {
  for (const Mention& m : *found)
    if (m.type == EntityType::kCrime) return;  // the sentence names its own crime
  const auto& t = w.tokens;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!Is(t[i].norm, "the") && !Is(t[i].norm, "these") && !Is(t[i].norm, "those") && !Is(t[i].norm, "such"))
      continue;
    // One describing word may stand between ("the seized weapons").
    for (std::size_t k = i + 1; k <= i + 2 && k < t.size(); ++k) {
      if (used[k] || t[k].capitalized) break;
      const std::string_view n = t[k].norm;
      if (IsCargoNoun(n) || (IsGoodsNoun(n) && NamesGoodsOf(rules, crime, n))) {
        found->push_back(MakeMention(w, i, k + 1, crime, rules, "anaphora"));
        return;
      }
    }
  }
}

// "the sources of financing of those groups", "these organizations": a
// plural reference to groups stands for the one group named before it in the
// sentence, or, when the sentence names none before it, for the one group
// of the sentence before; "this group", "that movement" likewise.
void ResolveThoseGroups(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                        const std::pair<std::size_t, std::string>& recent, std::vector<Mention>* found) {
  const auto& t = w.tokens;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    const std::string_view det = t[i].norm, head = t[i + 1].norm;
    // Most words are turned away by their shape: "this", "that", "these", "those", "such".
    if (det.size() < 4 || det.size() > 5 || (det[0] != 't' && det[0] != 's')) continue;
    const bool plural = Is(det, "these") || Is(det, "those") || Is(det, "such");
    const bool singular = Is(det, "this") || Is(det, "that");
    if ((!plural && !singular) || used[i] || used[i + 1] || t[i + 1].capitalized) continue;
    static const std::unordered_set<std::string_view> kPlural = {"groups", "organizations", "organisations",
                                                                 "factions", "movements", "gangs", "militias"};
    static const std::unordered_set<std::string_view> kSingular = {"group", "organization", "organisation",
                                                                   "faction", "movement", "gang", "militia"};
    if (!(plural ? kPlural : kSingular).count(head)) continue;
    std::string group;
    bool several = false;
    for (const Mention& m : *found)
      if (m.type == EntityType::kGroup && m.end <= t[i].begin) {
        several = several || (!group.empty() && group != m.entity);
        group = m.entity;
      }
    if (several) return;
    if (group.empty() && recent.first == w.para) group = recent.second;
    if (group.empty()) return;
    found->push_back(MakeMention(w, i, i + 2, group, rules, "anaphora"));
    return;
  }
}

// "... clashes erupted between the 444th Brigade and Radaa. Those clashes
// were followed by urban warfare in Tripoli": a sentence that opens with
// "Those" or "These" and a word for fighting, and names no group, speaks of
// the groups of the sentence before (two at most, the parties to it).
void ResolveThoseClashes(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                         const std::pair<std::size_t, std::vector<std::string>>& recent,
                         std::vector<Mention>* found) {
  const auto& t = w.tokens;
  if (recent.first != w.para || recent.second.empty() || recent.second.size() > 2 || t.size() < 3) return;
  if ((!Is(t[0].norm, "those") && !Is(t[0].norm, "these")) || used[0] || used[1]) return;
  static const std::unordered_set<std::string_view> kFighting = {
      "clashes", "attacks", "hostilities", "skirmishes", "confrontations", "fighting", "offensives", "raids"};
  if (!kFighting.count(t[1].norm)) return;
  for (const Mention& m : *found)
    if (m.type == EntityType::kGroup) return;
  for (const std::string& group : recent.second) found->push_back(MakeMention(w, 0, 2, group, rules, "anaphora"));
}

// "JNIM and ISGS expanded. Both groups (They) kidnapped civilians": "both
// groups", "the two groups", "these groups" (or movements, factions,
// organizations, gangs, militias) anywhere, and "They" (or "Their" before
// what groups have) opening the sentence, stand for the groups of the
// sentence before when it named two of them (three, for "They") and no one
// group it is about (`one_group` false); not after a group this sentence
// names itself.
void ResolveSeveralGroups(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                          const std::pair<std::size_t, std::vector<std::string>>& recent, bool one_group,
                          std::vector<Mention>* found) {
  const auto& t = w.tokens;
  if (recent.first != w.para || recent.second.size() < 2 || recent.second.size() > 3 || one_group || t.empty())
    return;
  auto group_before = [&](std::size_t at) {
    for (const Mention& m : *found)
      if (m.type == EntityType::kGroup && m.begin < at) return true;
    return false;
  };
  auto add = [&](std::size_t first, std::size_t last) {
    for (const std::string& group : recent.second)
      found->push_back(MakeMention(w, first, last, group, rules, "anaphora"));
  };
  if (((Is(t[0].norm, "they") && t[0].begin == 0) || TheirOwn(t)) && !used[0] && !group_before(t[0].end)) {
    add(0, 1);
    return;
  }
  if (recent.second.size() != 2) return;
  static const std::unordered_set<std::string_view> kHeads = {"groups", "movements", "factions", "organizations",
                                                              "organisations", "gangs", "militias"};
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    std::size_t head = i + 1;
    if (Is(t[i].norm, "the") && Is(t[i + 1].norm, "two")) ++head;
    else if (!Is(t[i].norm, "both") && !Is(t[i].norm, "these") && !Is(t[i].norm, "those")) continue;
    if (head >= t.size() || !kHeads.count(t[head].norm) || used[i] || used[head]) continue;
    if (group_before(t[i].begin)) return;
    add(i, head + 1);
    return;
  }
}

// "Al-Shabaab financing", "ISIL's finances", "disrupting Al-Shabaab
// operations and finances": the money a named group raises or is given is
// terrorism financing, named by the word right after the group's name (or
// its possessive), or after its "operations and" / "activities and".
void GroupFinances(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                   std::vector<Mention>* found) {
  const Tokens& t = w.tokens;
  const std::string& text = w.sentence->text;
  const std::size_t n = found->size();
  for (std::size_t k = 0; k < n; ++k) {
    const Mention& g = (*found)[k];
    if (g.type != EntityType::kGroup) continue;
    std::size_t i = 0;
    while (i < t.size() && t[i].begin < g.end) ++i;
    if (i >= t.size()) continue;
    const std::size_t gap_end = PossessiveAt(text, g.end) ? g.end + (text[g.end] == '\'' ? 2 : 4) : g.end;
    if (t[i].begin != gap_end + 1 || text[gap_end] != ' ') continue;
    if (i + 2 < t.size() && (Is(t[i].norm, "operations") || Is(t[i].norm, "activities")) && Is(t[i + 1].norm, "and"))
      i += 2;
    if (used[i]) continue;
    const char* crime = nullptr;
    if (Is(t[i].norm, "financing") || Is(t[i].norm, "funding") || Is(t[i].norm, "finances") ||
        Is(t[i].norm, "fundraising"))
      crime = "crime:terrorism_financing";
    else if (Is(t[i].norm, "taxation") || Is(t[i].norm, "taxes") || Is(t[i].norm, "levies"))
      crime = "crime:extortion";
    if (crime) found->push_back(MakeMention(w, i, i + 1, crime, rules, "group_finances"));
  }
}

// "The Security Council entity overseeing sanctions on Somalia", "the body
// overseeing the sanctions against Libya": the sanctions committee the
// rules name after that country ("Somalia Sanctions Committee"); the
// country stays a mention of its own, the committee's field of work.
void SanctionsOverseer(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                       std::vector<Mention>* found) {
  const auto& t = w.tokens;
  for (std::size_t i = 1; i + 3 < t.size(); ++i) {
    if (!Is(t[i].norm, "overseeing") || used[i - 1]) continue;
    const std::string_view head = t[i - 1].norm;
    if (!Is(head, "entity") && !Is(head, "body") && !Is(head, "organ") && !Is(head, "committee")) continue;
    std::size_t k = i + 1;
    if (Is(t[k].norm, "the")) ++k;
    if (k + 2 >= t.size() || !Is(t[k].norm, "sanctions")) continue;
    const std::string_view prep = t[k + 1].norm;
    if (!Is(prep, "on") && !Is(prep, "against") && !Is(prep, "concerning") && !Is(prep, "for")) continue;
    const std::size_t at = t[k + 2].norm == "the" && k + 3 < t.size() ? k + 3 : k + 2;
    const Mention* country = nullptr;
    for (const Mention& m : *found)
      if (m.type == EntityType::kRegion && m.begin == t[at].begin && rules.IsCountry(m.entity)) country = &m;
    if (!country) continue;
    std::vector<std::string> words;
    for (const Token& x : Tokenize(country->surface)) words.emplace_back(x.norm);
    words.emplace_back("sanctions");
    words.emplace_back("committee");
    const Entity* committee = Named(rules, words, EntityType::kUnEntity);
    if (!committee) continue;
    // "the Security Council entity": the Council's name is part of it.
    std::size_t first = i - 1;
    if (first >= 2 && Is(t[first - 1].norm, "council") && Is(t[first - 2].norm, "security")) first -= 2;
    const std::string id = committee->id;  // `found` grows
    const std::size_t begin = t[first].begin, end = t[k].end;
    found->erase(std::remove_if(found->begin(), found->end(),
                                [&](const Mention& m) { return m.begin >= begin && m.end <= end; }),
                 found->end());
    found->push_back(MakeMention(w, first, k + 1, id, rules, "sanctions_overseer"));
  }
}

// "... no link between ISIL and the ADF, but the latter remained a threat
// in Beni": "the latter" stands for the second, "the former" for the first
// of the last two groups named before it (in the sentence, else in the
// sentence before of the same paragraph).
void ResolveFormerLatter(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                         const std::pair<std::size_t, std::vector<std::string>>& recent,
                         std::vector<Mention>* found) {
  const auto& t = w.tokens;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!Is(t[i].norm, "the") || used[i + 1] || (!Is(t[i + 1].norm, "latter") && !Is(t[i + 1].norm, "former")))
      continue;
    std::vector<std::string> before;  // distinct groups named before it, in order
    for (const Mention& m : *found)
      if (m.type == EntityType::kGroup && m.end <= t[i].begin &&
          std::find(before.begin(), before.end(), m.entity) == before.end())
        before.push_back(m.entity);
    if (before.empty() && recent.first == w.para) before = recent.second;
    if (before.size() < 2) continue;
    const std::string id = Is(t[i + 1].norm, "latter") ? before.back() : before[before.size() - 2];
    found->push_back(MakeMention(w, i, i + 2, id, rules, "pronoun"));
    return;
  }
}

// "this route", "these corridors", "the first (second, main, other) route":
// a route of the crime named just before.
bool RouteReference(const Tokens& t, std::size_t i, const std::vector<bool>& used) {
  auto route = [&](std::size_t k) {
    return k < t.size() && !used[k] && !t[k].capitalized &&
           (Is(t[k].norm, "route") || Is(t[k].norm, "routes") || Is(t[k].norm, "corridor") ||
            Is(t[k].norm, "corridors"));
  };
  if (Is(t[i].norm, "this") || Is(t[i].norm, "these") || Is(t[i].norm, "that") || Is(t[i].norm, "those"))
    return route(i + 1);
  if (!Is(t[i].norm, "the") || i + 1 >= t.size()) return false;
  const std::string_view o = t[i + 1].norm;
  return (Is(o, "first") || Is(o, "second") || Is(o, "third") || Is(o, "fourth") || Is(o, "main") ||
          Is(o, "other") || Is(o, "last")) &&
         route(i + 2);
}

// "these crimes", "such activities", "those practices" stand for every
// crime the sentence before named ("... from migrant smuggling and human
// trafficking. ... countries of origin and transit for these crimes"), when
// this sentence names none of its own before them.
void ResolveTheCrimes(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                      const std::pair<std::size_t, std::vector<std::string>>& recent,
                      std::vector<Mention>* found) {
  if (recent.first != w.para || recent.second.empty()) return;
  const auto& t = w.tokens;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (!Is(t[i].norm, "these") && !Is(t[i].norm, "those") && !Is(t[i].norm, "such")) continue;
    std::size_t k = i + 1;
    if (Is(t[k].norm, "criminal") || Is(t[k].norm, "illicit") || Is(t[k].norm, "illegal")) ++k;
    if (k >= t.size() || used[k] || t[k].capitalized) continue;
    const std::string_view n = t[k].norm;
    if (!Is(n, "crimes") && !Is(n, "activities") && !Is(n, "practices") && !Is(n, "offences") &&
        !Is(n, "offenses"))
      continue;
    // "such crimes as ...": the crimes follow.
    if (k + 1 < t.size() && Is(t[k + 1].norm, "as")) continue;
    for (const Mention& m : *found)
      if (m.type == EntityType::kCrime && m.begin < t[i].begin) return;
    const std::vector<std::string> crimes = recent.second;  // `found` grows
    for (const std::string& id : crimes) found->push_back(MakeMention(w, i, k + 1, id, rules, "anaphora"));
    return;
  }
}

// "this criminal activity", "such trade", "that practice" stand for the one
// crime the sentence before named ("... poaching of elephants. ... this
// criminal activity has become a source of funding for armed groups").
void ResolveTheCrime(const Rules& rules, const SentenceWork& w, const std::vector<bool>& used,
                     const std::pair<std::size_t, std::string>& recent, std::vector<Mention>* found) {
  if (recent.second.empty()) return;
  const auto& t = w.tokens;
  // A route may be told of in the paragraph after the one that names its
  // crime, when it opens it (one-sentence paragraphs of a press release).
  const bool next_paragraph = recent.first + 1 == w.para && w.sent == 0;
  if (recent.first != w.para && !next_paragraph) return;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    // "The first route is ... from the US to Port-au-Prince", "These routes":
    // the routes of that crime.
    if (RouteReference(t, i, used)) {
      for (const Mention& m : *found)
        if (m.type == EntityType::kCrime) return;
      const std::size_t k = Is(t[i].norm, "the") ? i + 2 : i + 1;
      found->push_back(MakeMention(w, i, k + 1, recent.second, rules, "anaphora"));
      return;
    }
    if (next_paragraph || (!Is(t[i].norm, "this") && !Is(t[i].norm, "that") && !Is(t[i].norm, "such"))) continue;
    std::size_t k = i + 1;
    if (Is(t[k].norm, "criminal") || Is(t[k].norm, "illicit") || Is(t[k].norm, "illegal")) ++k;
    if (k >= t.size() || used[k]) continue;
    std::string_view n = t[k].norm;
    if (!Is(n, "activity") && !Is(n, "activities") && !Is(n, "trade") && !Is(n, "traffic") &&
        !Is(n, "practice") && !Is(n, "practices") && !Is(n, "crime") && !Is(n, "business"))
      continue;
    for (const Mention& m : *found)
      if (m.type == EntityType::kCrime) return;  // the sentence names its own crime
    found->push_back(MakeMention(w, i, k + 1, recent.second, rules, "anaphora"));
    return;
  }
  if (!next_paragraph) ResolveTheGoods(rules, w, used, recent.second, found);
}

}  // namespace

char SanctionsReferenceAt(std::string_view text, std::size_t at) {
  auto up = [&](std::size_t k) { return k < text.size() && text[k] >= 'A' && text[k] <= 'Z'; };
  auto digit = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
  if (!up(at) || !up(at + 1) || at + 5 > text.size() || (text[at + 2] != 'e' && text[at + 2] != 'i') ||
      text[at + 3] != '.' || !digit(at + 4))
    return 0;
  return text[at + 2];
}

std::vector<Mention> MatchText(const Rules& rules, std::string_view text) {
  std::vector<Mention> out;
  Tokens tokens = Tokenize(text);
  for (const Match& m : rules.gazetteer().Find(text, tokens)) {
    bool blocker = false;
    const Alias* a = Resolve(m, {}, &blocker);
    if (!a || !a->target) continue;
    Mention mention;
    mention.entity = a->entity;
    mention.type = a->target->type;
    mention.begin = tokens[m.first].begin;
    mention.end = tokens[m.last - 1].end;
    mention.surface = std::string(text.substr(mention.begin, mention.end - mention.begin));
    mention.rule = "gazetteer";
    out.push_back(std::move(mention));
  }
  return out;
}

MentionExtractor::MentionExtractor(const Rules& rules)
    : rules_(rules), short_forms_(std::make_unique<ShortForms>(rules)) {}

MentionExtractor::~MentionExtractor() = default;

namespace {

// One document's mentions, found paragraph by paragraph in named passes:
// the gazetteer's names (with acronyms the document defines and weak
// subdivisions a locative cue confirms), then the extras (elliptical lists,
// defined acronyms, short forms, "its"), then "the region" and "they". What
// one sentence names is context for the next (recent regions and group,
// names seen for short forms). The buffers are kept from sentence to
// sentence so that their memory is reused.
class DocumentMentions {
 public:
  DocumentMentions(const Rules& rules, const ShortForms& forms, Findings* findings)
      : rules_(rules), forms_(forms), findings_(findings), seen_(forms), label_heads_(rules, forms),
        experts_(rules, forms) {}

  void Paragraph(const Document& doc, std::size_t p) {
    const auto& sentences = doc.paragraphs[p].sentences;
    MatchParagraph(sentences);
    std::string country;
    for (const std::string* c : countries_)
      if (rules_.IsCountry(*c)) {
        country = *c;
        break;
      }
    experts_.SetParagraphCountry(std::move(country));
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      const SentenceWork w{p, s, &sentences[s], sentences[s].tokens, matches_[s]};
      used_.assign(w.tokens.size(), false);
      const std::size_t seen_before = seen_.size();
      found_.clear();
      ranges_.clear();
      for (const Match& m : w.matches) GazetteerMention(w, m);
      ExtractExtras(rules_, forms_, w, ranges_, &used_, &found_, &seen_, seen_before, acronyms_,
                    &experts_);
      ResolveTheRegion(rules_, w, used_, recent_regions_, &found_);
      ResolveTheEvent(rules_, w, used_, last_regions_, &found_);
      ResolveTheCountry(rules_, w, used_, recent_regions_, &found_);
      ResolveTheTown(rules_, w, used_, recent_regions_, &found_);
      // A paragraph that opens with "The group", "They" or "Its" goes on about
      // the one group of the paragraph right before it.
      if (s == 0 && recent_group_.first != p && paragraph_group_.first + 1 == p &&
          !paragraph_group_.second.empty() && paragraph_group_.second != "-")
        ResolvePronoun(rules_, w, used_, {p, paragraph_group_.second}, false, false, &found_);
      else
        ResolvePronoun(rules_, w, used_, recent_group_,
                       recent_units_.first == p && !recent_units_.second.empty(), recent_coalition_, &found_);
      ResolveTheHead(rules_, w, used_, recent_group_, recent_group_head_, &found_);
      ResolveFormerLatter(rules_, w, used_, recent_groups_, &found_);
      ResolveThoseGroups(rules_, w, used_, recent_group_, &found_);
      ResolveSeveralGroups(rules_, w, used_, recent_groups_,
                           recent_group_.first == p && !recent_group_.second.empty(), &found_);
      ResolveThoseClashes(rules_, w, used_, recent_groups_, &found_);
      ResolveTheMembers(rules_, w, used_, paragraph_group_, &found_);
      ResolveTheUnits(rules_, w, used_, recent_units_, recent_group_, recent_work_, recent_workers_, &found_);
      ResolveTheSpeaker(rules_, w, used_, speaker_unit_, &found_);
      ResolveTheBriefing(rules_, w, used_, briefer_, &found_);
      if (s == 0) {
        const char entry = EntryReference(sentences[0].text);
        if (entry) entry_ = {p, entry == 'e', std::string()};
      }
      if (entry_.entity && !(entry_.para == p && s == 0) && entry_.para + 1 >= p)
        EntrySubject(rules_, w, used_, entry_.group, &found_);
      ResolveTheCrime(rules_, w, used_, recent_crime_, &found_);
      ResolveTheCrimes(rules_, w, used_, recent_crimes_, &found_);
      GroupFinances(rules_, w, used_, &found_);
      SanctionsOverseer(rules_, w, used_, &found_);
      DropSharedNames(w);
      MarkOpposedNames(w);
      // The listed entity: the group named where the entry starts (after
      // its reference number, if first), not a group its narrative names.
      if (entry_.entity && entry_.para == p && s == 0)
        for (const Mention& m : found_)
          if (m.type == EntityType::kGroup && m.begin <= kEntryNameReach) entry_.group = m.entity;
      // One the rules do not know is a group of its own, named so.
      if (entry_.entity && entry_.para == p && s == 0 && entry_.group.empty()) ListedEntity(w);
      RememberContext(w);
      std::sort(found_.begin(), found_.end(),
                [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
      for (Mention& m : found_) findings_->mentions.push_back(std::move(m));
    }
  }

 private:
  // A weak name needs its country named anywhere in the paragraph, so the
  // whole paragraph is matched before any of it is resolved.
  //
  // A name of two words or more ("North Darfur") needs less: a country named
  // in this paragraph or an earlier one, itself or through a place within it
  // ("Darfur"), as a list item or a table row is a paragraph of its own.
  void MatchParagraph(const std::vector<Sentence>& sentences) {
    if (matches_.size() < sentences.size()) matches_.resize(sentences.size());
    for (const std::string* c : countries_)
      if (doc_country_set_.insert(*c).second) doc_countries_.push_back(c);
    countries_.clear();
    for (std::size_t s = 0; s < sentences.size(); ++s) {
      rules_.gazetteer().Find(sentences[s].text, sentences[s].tokens, &matches_[s]);
      for (const Match& m : matches_[s]) {
        bool blocker = false;
        const Alias* a = Resolve(m, {}, &blocker);
        if (!a || !a->target || a->target->type != EntityType::kRegion) continue;
        countries_.push_back(&a->entity);
        if (!a->target->parent.empty()) countries_.push_back(&a->target->parent);
      }
    }
  }

  // One gazetteer match: the entity it names, if any, as a mention; an
  // acronym defined right after it joins the document's acronyms.
  void GazetteerMention(const SentenceWork& w, const Match& m) {
    const std::string& text = w.sentence->text;
    bool blocker = false;
    // The entity's id, or nullptr or "" for none; it points into the
    // rules, `acronyms_` or `weak`.
    const Alias* alias = Resolve(m, countries_, &blocker);
    if (!alias && !blocker && m.last - m.first >= 2 && !doc_countries_.empty()) {
      all_countries_ = doc_countries_;
      all_countries_.insert(all_countries_.end(), countries_.begin(), countries_.end());
      alias = Resolve(m, all_countries_, &blocker);
    }
    // A city's name that names no place here leaves its words free ("the
    // Mission" may be a short form).
    if (OnlyCities(m) && InLongerName(w, m)) return;
    if (alias && alias->target && alias->target->type == EntityType::kRegion && !rules_.IsCountry(alias->entity) &&
        RunsOn(w, m))
      return;
    if (alias && alias->target && alias->target->type == EntityType::kCrime && GivenByUnBody(w, m)) return;
    const std::string* id = alias ? &alias->entity : nullptr;
    std::string weak;
    const char* rule = "gazetteer";
    if (!id && !blocker && m.first > 0 && ListAfterPlacePreposition(w, m.first)) {
      // "in Badghis": a locative cue confirms a subdivision whose country
      // the paragraph does not name, when only one has that name; so it
      // does the later items of its list ("in Central and Western
      // Equatoria", "in Jonglei, Unity and Lakes").
      weak = UniqueWeak(m);
      id = &weak;
      rule = "discovery.locative_subdivision";
    }
    std::string_view surface = std::string_view(text).substr(
        w.tokens[m.first].begin, w.tokens[m.last - 1].end - w.tokens[m.first].begin);
    // An acronym this document defined means what the document says.
    if (m.last - m.first == 1 && !acronyms_.empty())
      if (auto acr = acronyms_.find(surface); acr != acronyms_.end()) id = &acr->second;
    const bool none = !id || id->empty();
    // "the Group", "the Committee": a generic word the rules block on its
    // own may still be a short form of a name seen before.
    if (none && blocker && m.first > 0 && w.tokens[m.first - 1].norm == "the" &&
        IsShortFormHead(rules_, std::string(surface)))
      return;
    if (none && OnlyCities(m)) return;
    for (std::size_t i = m.first; i < m.last; ++i) used_[i] = true;
    const HeadIds surface_heads = forms_.HeadsOf(rules_, w.tokens, m.first, m.last);
    if (none) {
      if (blocker) seen_.Add(nullptr, "", surface_heads);
      return;
    }
    // The alias's own entity when the match's id is still the alias's.
    const Entity* e = alias && id == &alias->entity ? alias->target : rules_.FindEntity(*id);
    found_.push_back(MakeMention(w, m.first, m.last, *id, e, rule));
    ranges_.push_back({m.first, m.last});
    if (std::string_view(rule) != "gazetteer") {
      Entity copy = *e;
      copy.discovered_by = rule;
      copy.aliases.clear();
      findings_->entities.push_back(std::move(copy));
    }
    seen_.Add(e, *id, surface_heads, e ? label_heads_.Of(e) : HeadIds{-1, -1, -1});
    std::string acr = AcronymAfter(w, m.last);
    if (!acr.empty() && NormalizeName(acr) != NormalizeName(surface) &&
        InitialFits(acr, std::string(surface))) {
      const std::string entity = *id;  // `id` may point into `acronyms_`
      acronyms_[acr] = entity;
      findings_->entities.push_back(Entity{entity, e->type, e->label, {acr}, e->parent, e->discovered_by});
    }
  }

  // "financial support from UNTMIS", "funding by UNDP": a crime's phrase
  // that ends with its giver names no crime when the giver is a UN body.
  static bool GivenByUnBody(const SentenceWork& w, const Match& m) {
    const Tokens& t = w.tokens;
    const std::string_view last = t[m.last - 1].norm;
    if (last != "from" && last != "by") return false;
    std::size_t k = m.last;
    if (k < t.size() && t[k].norm == "the") ++k;
    for (const Match& other : w.matches)
      if (other.first == k)
        for (const Alias* a : other.aliases)
          if (a->target && a->target->type == EntityType::kUnEntity) return true;
    return false;
  }

  static bool OnlyCities(const Match& m) {
    for (const Alias* a : m.aliases)
      if (!a->city) return false;
    return !m.aliases.empty();
  }

  // A city's name that runs into other capitalised words is a word of a
  // longer name ("Wilson Joseph", "Beijing Normal University"), unless
  // those words are names the gazetteer knows or words that open a
  // sentence ("In Hinche, ..."); another city's name is a name word too
  // ("Wilson Joseph").
  static bool InLongerName(const SentenceWork& w, const Match& m) {
    const Tokens& t = w.tokens;
    const std::string& text = w.sentence->text;
    auto name_word = [&](std::size_t k) {
      static const std::unordered_set<std::string_view> kOpeners = {
          "the", "in", "on", "at", "from", "to", "of", "and", "by", "for", "with", "near", "across", "into",
          "within", "a", "an", "both", "between", "since", "during", "while", "as", "but", "or", "after",
          "before", "outside", "around", "towards", "via", "through", "although", "however", "meanwhile"};
      if (!t[k].capitalized || kOpeners.count(t[k].norm)) return false;
      for (const Match& other : w.matches)
        if (&other != &m && other.first <= k && k < other.last && !OnlyCities(other)) return false;
      return true;
    };
    auto spaced = [&](std::size_t a, std::size_t b) {  // only spaces between tokens a and b
      for (std::size_t i = t[a].end; i < t[b].begin; ++i)
        if (text[i] != ' ') return false;
      return true;
    };
    if (m.first > 0 && spaced(m.first - 1, m.first) && name_word(m.first - 1)) return true;
    return m.last < t.size() && spaced(m.last - 1, m.last) && name_word(m.last);
  }

  // A place whose name runs on into a capitalised word no name holds is a
  // word of a longer name: "Carrefour Bête" is not Carrefour.
  static bool RunsOn(const SentenceWork& w, const Match& m) {
    const Tokens& t = w.tokens;
    if (m.last >= t.size() || !t[m.last].capitalized || t[m.last].all_caps) return false;
    // "Kandahar Provinces", "Lake Chad Basin region": a word for a place's kind.
    static const std::unordered_set<std::string_view> kKinds = {
        "province", "provinces", "region", "regions", "state", "states", "district", "districts",
        "department", "departments", "governorate", "governorates", "prefecture", "prefectures", "county",
        "counties", "commune", "communes", "city", "valley", "basin", "mountains", "coast", "corridor",
        "area", "areas", "territory", "island", "islands", "sea", "river", "lake", "desert", "oblast",
        "wilaya", "woreda", "municipality", "division", "zone", "town", "village", "government", "governments",
        "states", "countries", "authorities"};
    if (kKinds.count(t[m.last].norm)) return false;
    const std::string& text = w.sentence->text;
    for (std::size_t i = t[m.last - 1].end; i < t[m.last].begin; ++i)
      if (text[i] != ' ') return false;
    for (const Match& other : w.matches)
      if (other.first <= m.last && m.last < other.last) return false;
    return true;
  }

  // "the ISIL (Da'esh) and Al-Qaida Sanctions Committee": a group named
  // right before "and" and a UN body whose name goes on from a group's
  // ("Al-Qaida Sanctions Committee") shares that body's name; it is no
  // mention of the group.
  void DropSharedNames(const SentenceWork& w) {
    const std::string& text = w.sentence->text;
    auto is_unit_after = [&](std::size_t from) {
      std::size_t k = from;
      while (k < text.size() && (text[k] == ' ' || text[k] == ')')) ++k;  // "(Da'esh) and"
      if (k < text.size() && text[k] == '(') {  // an alias in brackets
        const std::size_t close = text.find(')', k);
        if (close == std::string::npos || close - k > 40) return false;
        k = close + 1;
        while (k < text.size() && text[k] == ' ') ++k;
      }
      if (text.compare(k, 4, "and ") != 0) return false;
      k += 4;
      for (const Mention& m : found_)
        if (m.begin == k && m.type == EntityType::kUnEntity) {
          std::string_view name(text.data() + m.begin, m.end - m.begin);
          return name.size() > 9 && (name.ends_with("Committee") || name.ends_with("Committees"));
        }
      return false;
    };
    found_.erase(std::remove_if(found_.begin(), found_.end(),
                                [&](const Mention& m) { return m.type == EntityType::kGroup && is_unit_after(m.end); }),
                 found_.end());
  }

  // The listed entity of an entry whose name no rule knows (see
  // ListedEntityName): a group found by rule "sanctions.entry", its label
  // the name in title case when the list writes it in capitals.
  void ListedEntity(const SentenceWork& w) {
    // Only the lists of terrorist groups (ISIL and Al-Qaida "QDe", the
    // Taliban "TAe"): the other regimes also list companies, banks and
    // ministries, which are no groups.
    const std::string& text = w.sentence->text;
    const std::size_t ref = EntryReferenceAt(text);
    if (ref == std::string::npos || (text.compare(ref, 2, "QD") != 0 && text.compare(ref, 2, "TA") != 0)) return;
    const auto name = ListedEntityName(w, ref);
    const std::size_t first = name.first, last = name.second;
    if (first == last || used_[first]) return;
    // A group or UN body inside it is a name the rules know; a place inside
    // it ("Hilal Ahmar Society Indonesia") is no mention of its own.
    auto inside = [&](const Mention& m) {
      return m.begin < w.tokens[last - 1].end && w.tokens[first].begin < m.end;
    };
    for (const Mention& m : found_)
      if (inside(m) && m.type != EntityType::kRegion) return;
    found_.erase(std::remove_if(found_.begin(), found_.end(), inside), found_.end());
    Mention m = MakeMention(w, first, last, "", nullptr, "sanctions.entry");
    m.type = EntityType::kGroup;
    bool capitals = true;
    for (char c : m.surface) capitals = capitals && !std::islower(static_cast<unsigned char>(c));
    const std::string label = capitals ? TitleCaseName(m.surface) : m.surface;
    m.entity = "group:" + Slug(label);
    if (const Entity* known = rules_.FindEntity(m.entity)) {  // a spelling the gazetteer missed
      if (known->type != EntityType::kGroup) return;
    } else {
      std::vector<std::string> aliases;
      if (std::string acronym = AcronymAfter(w, last); !acronym.empty()) aliases.push_back(std::move(acronym));
      findings_->entities.push_back(
          Entity{m.entity, EntityType::kGroup, label, std::move(aliases), "", "sanctions.entry"});
    }
    entry_.group = m.entity;
    found_.push_back(std::move(m));
  }

  // "the counter-Da'esh coalition", "anti-FDLR operations": a group named
  // right after "counter-" or "anti-" names what the compound is against.
  // It is named, but does nothing there: its mention takes the rule
  // "opposed", which the link rules pass over.
  void MarkOpposedNames(const SentenceWork& w) {
    const std::string& text = w.sentence->text;
    auto opposed = [&](const Mention& m) {
      if (m.type != EntityType::kGroup || m.begin < 5 || text[m.begin - 1] != '-') return false;
      std::size_t k = m.begin - 1;
      while (k > 0 && std::isalpha(static_cast<unsigned char>(text[k - 1]))) --k;
      std::string word = text.substr(k, m.begin - 1 - k);
      for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return word == "counter" || word == "anti";
    };
    for (Mention& m : found_)
      if (opposed(m)) m.rule = "opposed";
  }

  // Whether `m` is named in a list after "in collaboration with" (and the
  // like): past other names, commas, "and" and articles back to "with".
  bool Partner(const SentenceWork& w, const Mention& m) const {
    const auto& t = w.tokens;
    std::size_t i = 0;
    while (i < t.size() && t[i].begin < m.begin) ++i;
    while (i > 0) {
      --i;
      const std::string_view n = t[i].norm;
      if (Is(n, "with"))
        return i > 0 && (Is(t[i - 1].norm, "collaboration") || Is(t[i - 1].norm, "partnership") ||
                         Is(t[i - 1].norm, "cooperation") || Is(t[i - 1].norm, "coordination"));
      if (Is(n, "and") || Is(n, "the")) continue;
      bool named = false;
      for (const Mention& other : found_)
        named = named || (other.begin <= t[i].begin && t[i].end <= other.end);
      if (!named) return false;
    }
    return false;
  }

  // The group that opens a sentence naming several ("ISWAP remained the
  // most active ISIL affiliate. The group's operations ..."), when no other
  // group is listed with it ("Al-Shabaab and ISIL ..."); or "".
  std::string_view SubjectGroup(const SentenceWork& w) const {
    const auto& t = w.tokens;
    std::size_t start = 0;
    if (!t.empty() && Is(t[0].norm, "the")) start = t[0].end + 1;
    const std::string& text = w.sentence->text;
    // After an opening phrase: "Pressured in the tri-border area by JNIM,
    // ISGS aimed to expand eastward."
    const bool opening = !t.empty() && OpensPhrase(t[0].norm);
    // The name right after a comma, a verb right after it.
    auto after_opening = [&](const Mention& m) {
      std::size_t b = m.begin;
      if (b >= 4 && text.compare(b - 4, 4, "the ") == 0) b -= 4;
      return opening && b >= 2 && text.compare(b - 2, 2, ", ") == 0 && m.end + 1 < text.size() &&
             text[m.end] == ' ' && text[m.end + 1] >= 'a' && text[m.end + 1] <= 'z';
    };
    const Mention* subject = nullptr;
    for (const Mention& m : found_)
      if (m.type == EntityType::kGroup && m.rule == std::string_view("gazetteer")) {
        if (m.begin <= start) subject = &m;
        else if (!subject && after_opening(m)) {
          subject = &m;
          break;
        }
      }
    if (!subject) return {};
    for (const Mention& m : found_) {
      if (m.type != EntityType::kGroup || m.begin <= subject->begin || m.entity == subject->entity) continue;
      // The first other group: listed with the subject?
      std::size_t k = subject->end;
      while (k < m.begin && (text[k] == ' ' || text[k] == ',')) ++k;
      if (text.compare(k, 4, "and ") == 0 || text.compare(k, 3, "or ") == 0 || k == m.begin ||
          text[k] == '(')
        return {};
      break;
    }
    return subject->entity;
  }

  // Whether "its", or "it" as a subject, comes before any group the
  // sentence names (found or standing for one).
  bool PronounFirst(const SentenceWork& w) const {
    const auto& t = w.tokens;
    std::size_t first_group = std::string::npos;
    for (const Mention& m : found_)
      if (m.type == EntityType::kGroup && m.rule != std::string_view("pronoun"))
        first_group = std::min(first_group, m.begin);
    for (std::size_t i = 0; i < t.size() && t[i].begin < first_group; ++i)
      if (Is(t[i].norm, "its") || (Is(t[i].norm, "it") && !ExpletiveAt(t, i + 1))) return true;
    return false;
  }

  // What the next sentences may refer to: the one group this sentence
  // names, and the regions of the last sentence of the paragraph that named any.
  void RememberContext(const SentenceWork& w) {
    // The one entity of a type this sentence names, or "" (none, or several).
    auto only = [&](EntityType type) -> std::string_view {
      const std::string* one = nullptr;
      for (const Mention& m : found_)
        if (m.type == type) {
          if (one && *one != m.entity) return {};
          one = &m.entity;
        }
      return one ? std::string_view(*one) : std::string_view();
    };
    // "ISGS aimed to expand. Renewed attacks signalled its intent to
    // exploit zones free from JNIM competition. It also ...": a sentence
    // that speaks of the group of the sentence before by "its" (or a
    // subject "it") before naming any other goes on about that group.
    const bool goes_on = recent_group_.first == w.para && !recent_group_.second.empty() && PronounFirst(w);
    recent_group_.first = recent_crime_.first = w.para;
    if (!goes_on) {
      recent_group_.second = only(EntityType::kGroup);
      if (recent_group_.second.empty()) recent_group_.second = SubjectGroup(w);
      // The sentence that opens a sanctions entry is about the listed
      // entity, whatever other groups its narrative names ("... operating
      // under the umbrella of Al-Nusrah Front. The group operates in ...").
      if (entry_.entity && entry_.para == w.para && w.sent == 0 && !entry_.group.empty())
        recent_group_.second = entry_.group;
    }
    // Whether the sentence calls its one group a coalition or an alliance
    // ("the Viv Ansanm coalition"), for "the coalition" next.
    // And the words of its head after its name ("the 400 Mawozo organized
    // criminal groups"), for "The organized criminal groups" next.
    if (!goes_on) {
      recent_coalition_ = false;
      recent_group_head_.clear();
      for (const Mention& m : found_) {
        if (m.type != EntityType::kGroup || m.entity != recent_group_.second) continue;
        std::size_t k = 0;
        while (k < w.tokens.size() && w.tokens[k].begin < m.end) ++k;
        if (k < w.tokens.size() && (Is(w.tokens[k].norm, "coalition") || Is(w.tokens[k].norm, "alliance")))
          recent_coalition_ = true;
        for (std::size_t h = k; h < w.tokens.size() && h < k + 3 && !w.tokens[h].capitalized; ++h)
          if (IsGroupHeadNoun(w.tokens[h].norm)) {
            if (h > k)  // at least one word before the noun: "organized criminal groups"
              for (std::size_t i = k; i <= h; ++i) recent_group_head_.emplace_back(w.tokens[i].norm);
            break;
          }
      }
    }
    // The paragraph's one group so far ("" once it has named two).
    if (paragraph_group_.first != w.para) paragraph_group_ = {w.para, std::string()};
    for (const Mention& m : found_) {
      if (m.type != EntityType::kGroup || paragraph_group_.second == "-") continue;
      if (paragraph_group_.second.empty()) paragraph_group_.second = m.entity;
      else if (paragraph_group_.second != m.entity) paragraph_group_.second = "-";
    }
    recent_crime_.second = only(EntityType::kCrime);
    // The entities of a type this sentence names, each once, in order.
    auto distinct = [&](EntityType type, std::pair<std::size_t, std::vector<std::string>>* out) {
      out->first = w.para;
      out->second.clear();
      for (const Mention& m : found_)
        if (m.type == type && std::find(out->second.begin(), out->second.end(), m.entity) == out->second.end())
          out->second.push_back(m.entity);
    };
    distinct(EntityType::kGroup, &recent_groups_);
    distinct(EntityType::kCrime, &recent_crimes_);
    distinct(EntityType::kUnEntity, &recent_units_);
    briefer_ = {w.para, recent_units_.second.empty() ? std::string() : Briefer(w, found_)};
    // The one UN entity a speaker spoke for, until a sentence of speech names
    // another speaker's entity or several (a Member State's delegate, whose
    // words are no UN entity's, names none and leaves the speaker unknown).
    // A State's speaker named with no verb of speech ("The representative
    // of France took the floor") ends the speaker's turn all the same.
    // (Nothing to change when there is no speaker and no one UN entity.)
    if (!speaker_unit_.empty() || recent_units_.second.size() == 1) {
      bool pronoun = false;
      for (const Mention& m : found_) pronoun = pronoun || m.rule == "pronoun.speaker";
      if (StateSpeaker(w)) speaker_unit_.clear();
      else if (!pronoun && TellsSpeech(w))
        speaker_unit_ = recent_units_.second.size() == 1 ? recent_units_.second.front() : std::string();
    }
    // The UN entities that carry a work out, for "The programme ..." next:
    // not the partners of "in collaboration (partnership, cooperation,
    // coordination) with A, B and C".
    recent_workers_.clear();
    for (const Mention& m : found_)
      if (m.type == EntityType::kUnEntity && !Partner(w, m) &&
          std::find(recent_workers_.begin(), recent_workers_.end(), m.entity) == recent_workers_.end())
        recent_workers_.push_back(m.entity);
    recent_work_.clear();  // read only with recent_workers_
    if (!recent_workers_.empty())
      for (const Token& token : w.tokens)
        if (!WorkNoun(token.norm).empty()) recent_work_.emplace_back(token.norm);
    std::vector<std::string> here;
    for (const Mention& m : found_)
      if (m.type == EntityType::kRegion && m.rule != "anaphora") {
        here.push_back(m.entity);
        experts_.Count(m);
      }
    last_regions_ = {w.para, here};
    if (!here.empty()) recent_regions_ = {w.para, std::move(here)};
    else if (recent_regions_.first != w.para) recent_regions_ = {};
  }

  const Rules& rules_;
  const ShortForms& forms_;
  Findings* findings_;
  Acronyms acronyms_;  // defined in this document
  SeenNames seen_;
  LabelHeads label_heads_;
  TopicExperts experts_;
  std::pair<std::size_t, std::vector<std::string>> recent_regions_;
  std::pair<std::size_t, std::vector<std::string>> last_regions_;  // of the sentence right before
  std::pair<std::size_t, std::string> recent_group_;
  bool recent_coalition_ = false;  // the sentence called recent_group_ a coalition
  std::vector<std::string> recent_group_head_;  // the words of its head after its name
  // The groups of the sentence before, several perhaps (ResolveThoseClashes).
  std::pair<std::size_t, std::vector<std::string>> recent_groups_;
  std::pair<std::size_t, std::string> paragraph_group_{static_cast<std::size_t>(-1), ""};  // "-": several
  std::pair<std::size_t, std::vector<std::string>> recent_units_;  // of the sentence before
  std::string speaker_unit_;  // the UN entity the last speaker spoke for (ResolveTheSpeaker)
  std::pair<std::size_t, std::string> briefer_;  // who gave the briefing of the sentence before
  // The sanctions list entry being read (EntrySubject): the paragraph of its
  // reference number, whether it lists an entity, and the group it names.
  struct Entry {
    std::size_t para = static_cast<std::size_t>(-1);
    bool entity = false;
    std::string group;
  } entry_;
  std::pair<std::size_t, std::string> recent_crime_;  // the one crime of the sentence before
  std::pair<std::size_t, std::vector<std::string>> recent_crimes_;  // all its crimes
  std::vector<std::string> recent_work_;  // the work nouns of the sentence before ("programme")
  std::vector<std::string> recent_workers_;  // its UN entities, but partners "in collaboration with"
  std::vector<std::vector<Match>> matches_;   // per sentence of the current paragraph
  std::vector<const std::string*> countries_;  // named in the current paragraph
  std::vector<const std::string*> doc_countries_;  // named in the paragraphs before it
  std::unordered_set<std::string_view> doc_country_set_;  // the same, to look up
  std::vector<const std::string*> all_countries_;  // both
  std::vector<bool> used_;
  std::vector<Mention> found_;
  std::vector<std::pair<std::size_t, std::size_t>> ranges_;  // token ranges of `found_`
};

}  // namespace

void MentionExtractor::Extract(const Document& doc, Findings* findings) const {
  DocumentMentions mentions(rules_, *short_forms_, findings);
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) mentions.Paragraph(doc, p);
}

}  // namespace nexus
