#include "extractors/sentence_view.h"

#include <map>

namespace nexus {

std::vector<const MentionAt*> SentenceView::OfType(EntityType type) const {
  std::vector<const MentionAt*> out;
  for (const MentionAt& m : mentions)
    if (m.mention->type == type) out.push_back(&m);
  return out;
}

int SentenceView::ClauseOf(std::size_t token) const {
  return token < clauses.size() ? clauses[token] : 0;
}

namespace {

bool EndsTitle(const Rules& rules, const SentenceView& v, std::size_t i) {
  const CueSet& titles = rules.Cues("region_title");
  for (std::size_t len = 1; len <= 8 && len <= i; ++len)
    if (titles.MatchAt(v.tokens, i - len) == len) return true;
  return false;
}

}  // namespace

bool IsLocative(const Rules& rules, const SentenceView& v, const MentionAt& m) {
  const CueSet& loc = rules.Cues("locative");
  const CueSet& skip = rules.Cues("locative_skip");
  std::size_t i = m.first;
  int steps = 0;
  while (i > 0 && steps < 12) {
    ++steps;
    // A cue ending right before position i? Not when it ends a title: the
    // "Special Representative for Central Africa" is a person, not a place.
    for (std::size_t len = 1; len <= 3 && len <= i; ++len)
      if (loc.MatchAt(v.tokens, i - len) == len) return !EndsTitle(rules, v, i);
    // Step over skippable words, other regions of a list, and commas.
    bool stepped = false;
    for (const MentionAt& other : v.mentions) {
      if (other.last == i && other.mention->type == EntityType::kRegion) {
        i = other.first;
        stepped = true;
        break;
      }
    }
    if (stepped) continue;
    for (std::size_t len = 3; len >= 1 && !stepped; --len)
      if (len <= i && skip.MatchAt(v.tokens, i - len) == len) {
        i -= len;
        stepped = true;
      }
    if (!stepped) return false;
  }
  return false;
}

std::vector<SentenceView> MakeViews(const Document& doc, const Findings& findings,
                                    const Rules& rules) {
  std::map<std::pair<std::size_t, std::size_t>, std::vector<const Mention*>> by_sentence;
  for (const Mention& m : findings.mentions) by_sentence[{m.paragraph, m.sentence}].push_back(&m);
  std::vector<SentenceView> views;
  for (const auto& [key, mentions] : by_sentence) {
    SentenceView v;
    v.paragraph = key.first;
    v.sentence = key.second;
    v.text = &doc.paragraphs[key.first].sentences[key.second];
    v.tokens = Tokenize(v.text->text);
    int clause = 0;
    std::size_t pos = 0;
    for (const Token& t : v.tokens) {
      for (; pos < t.begin; ++pos)
        if (v.text->text[pos] == ';') ++clause;
      v.clauses.push_back(clause);
    }
    v.hedged = rules.Cues("hedge").AnyIn(v.tokens, 0, v.tokens.size());
    v.denied = rules.Cues("denial").AnyIn(v.tokens, 0, v.tokens.size());
    for (const Mention* m : mentions) {
      MentionAt at;
      at.mention = m;
      for (std::size_t i = 0; i < v.tokens.size(); ++i) {
        if (v.tokens[i].begin <= m->begin && m->begin < v.tokens[i].end) at.first = i;
        if (v.tokens[i].begin < m->end && m->end <= v.tokens[i].end) at.last = i + 1;
      }
      if (at.last <= at.first) at.last = at.first + 1;
      at.clause = v.ClauseOf(at.first);
      v.mentions.push_back(at);
    }
    for (MentionAt& at : v.mentions) {
      if (at.mention->type == EntityType::kRegion) at.locative = IsLocative(rules, v, at);
      // A cue ending within three words before the mention ("according to the").
      for (std::size_t back = 1; back <= 5 && back <= at.first; ++back) {
        std::size_t start = at.first - back;
        std::size_t n = rules.Cues("source").MatchAt(v.tokens, start);
        if (n && start + n + 2 >= at.first) at.source = true;
        n = rules.Cues("recipient").MatchAt(v.tokens, start);
        if (n && start + n + 2 >= at.first) at.recipient = true;
        n = rules.Cues("affiliation").MatchAt(v.tokens, start);
        if (n && start + n + 2 >= at.first) at.affiliate_object = true;
      }
      for (std::size_t back = 1; back <= 2 && back <= at.first; ++back)
        if (rules.Cues("hedge_mention").MatchAt(v.tokens, at.first - back) == 1) at.hedged = true;
      std::size_t after = at.last;
      if (after < v.tokens.size() && rules.Cues("affiliation_suffix").MatchAt(v.tokens, after))
        at.affiliate_object = true;
    }
    views.push_back(std::move(v));
  }
  return views;
}

}  // namespace nexus
