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


// Elliptical pairs: in "East and West Africa" the gazetteer finds "West
// Africa"; "East Africa" is named too.
void AddElliptical(const Rules& rules, const SentenceWork& w, const Mention& second,
                   std::size_t first_token, std::size_t last_token, std::vector<Mention>* found) {
  if (first_token < 2 || w.tokens[first_token - 1].norm != "and") return;
  const Token& lead = w.tokens[first_token - 2];
  if (!lead.capitalized) return;
  std::vector<std::string> words = {lead.norm};
  for (std::size_t i = first_token + 1; i < last_token; ++i) words.push_back(w.tokens[i].norm);
  for (const Alias* a : rules.gazetteer().Lookup(words)) {
    const Entity* e = a->entity.empty() || a->weak ? nullptr : rules.FindEntity(a->entity);
    if (!e || e->type != second.type || e->id == second.entity) continue;
    found->push_back(MakeMention(w, first_token - 2, first_token - 1, e->id, rules, "elliptical"));
    return;
  }
}

// Acronyms defined earlier that the gazetteer does not know, and short
// forms: "the" + a capitalised head ("the Monitoring Team") stands for the
// last entity seen whose name ends with that head.
void ExtractExtras(const Rules& rules, const SentenceWork& w, std::vector<bool>* used,
                   std::vector<Mention>* found, std::vector<Seen>* seen,
                   const std::map<std::string, std::string>& acronyms) {
  const std::string& text = w.sentence->text;
  std::size_t n = found->size();
  for (std::size_t k = 0; k < n; ++k) {
    const Mention m = (*found)[k];
    std::size_t first = 0, last = 0;
    for (std::size_t i = 0; i < w.tokens.size(); ++i) {
      if (w.tokens[i].begin == m.begin) first = i;
      if (w.tokens[i].end == m.end) last = i + 1;
    }
    if (m.type == EntityType::kRegion && !(*used)[first >= 2 ? first - 2 : 0])
      AddElliptical(rules, w, m, first, last, found);
  }
  for (std::size_t i = 0; i < w.tokens.size(); ++i) {
    if ((*used)[i]) continue;
    const Token& t = w.tokens[i];
    auto acr = acronyms.find(text.substr(t.begin, t.end - t.begin));
    if (acr != acronyms.end()) {
      found->push_back(MakeMention(w, i, i + 1, acr->second, rules, "acronym"));
      (*used)[i] = true;
      continue;
    }
    if (t.norm != "the" || i + 1 >= w.tokens.size() || !w.tokens[i + 1].capitalized) continue;
    for (const std::string& head : rules.short_form_heads()) {
      std::vector<Token> hw = Tokenize(head);
      std::size_t end = i + 1 + hw.size();
      if (end > w.tokens.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < hw.size() && same; ++k)
        same = !(*used)[i + 1 + k] && w.tokens[i + 1 + k].norm == hw[k].norm &&
               w.tokens[i + 1 + k].capitalized;
      // "the Group of Experts on X": a longer name the rules do not know.
      if (!same || (end < w.tokens.size() && w.tokens[end].capitalized)) continue;
      std::string folded = NormalizeName(head);
      for (auto it = seen->rbegin(); it != seen->rend(); ++it) {
        if (std::find(it->heads.begin(), it->heads.end(), folded) == it->heads.end()) continue;
        if (!it->entity.empty()) {
          found->push_back(MakeMention(w, i + 1, end, it->entity, rules, "short_form"));
          for (std::size_t k = i + 1; k < end; ++k) (*used)[k] = true;
        }
        break;
      }
      break;
    }
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
  auto heads_of = [&](const std::string& id, std::string_view surface) {
    std::vector<std::string> h = Heads(surface);
    if (const Entity* e = rules_.FindEntity(id))
      for (std::string& x : Heads(e->label)) h.push_back(std::move(x));
    return h;
  };
  for (SentenceWork& w : work) {
    std::vector<bool> used(w.tokens.size(), false);
    std::vector<Mention> found;
    for (const Match& m : w.matches) {
      bool blocker = false;
      std::string id = Resolve(rules_, m, countries[w.para], &blocker);
      std::string surface = w.sentence->text.substr(
          w.tokens[m.first].begin, w.tokens[m.last - 1].end - w.tokens[m.first].begin);
      // An acronym this document defined means what the document says.
      if (m.last - m.first == 1 && acronyms.count(surface)) id = acronyms[surface];
      for (std::size_t i = m.first; i < m.last; ++i) used[i] = true;
      if (id.empty()) {
        if (blocker) seen.push_back({"", Heads(surface)});
        continue;
      }
      found.push_back(MakeMention(w, m.first, m.last, id, rules_, "gazetteer"));
      seen.push_back({id, heads_of(id, surface)});
      std::string acr = AcronymAfter(w, m.last);
      if (!acr.empty() && NormalizeName(acr) != NormalizeName(surface)) {
        acronyms[acr] = id;
        const Entity* e = rules_.FindEntity(id);
        findings->entities.push_back(Entity{id, e->type, e->label, {acr}, e->parent, e->discovered_by});
      }
    }
    ExtractExtras(rules_, w, &used, &found, &seen, acronyms);
    std::sort(found.begin(), found.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    for (Mention& m : found) findings->mentions.push_back(std::move(m));
  }
}

}  // namespace nexus
