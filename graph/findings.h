// Findings: what extractors report about one document. Extractors only ever
// add to a Findings; GraphBuilder turns them into nodes and edges.
#ifndef NEXUS_GRAPH_FINDINGS_H_
#define NEXUS_GRAPH_FINDINGS_H_

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "graph/entity.h"
#include "graph/span.h"

namespace nexus {

// One place where the text names an entity.
struct Mention {
  std::string entity;      // canonical id
  EntityType type = EntityType::kGroup;
  std::size_t paragraph = 0;  // index into Document::paragraphs
  std::size_t sentence = 0;   // index into Paragraph::sentences
  std::size_t begin = 0;      // byte range in the sentence's cleaned text
  std::size_t end = 0;
  Span span;                  // the same range in the raw document
  std::string surface;        // the cleaned text as it stands
  std::string rule;           // which rule found it ("gazetteer", "acronym", ...)
};

// A statement that links two entities, supported by one sentence.
struct Claim {
  std::string relation;    // a Relation's name (graph/relation.h): "profits_from", ...
  std::string subject;     // entity id, the link's source
  std::string object;      // entity id, the link's target
  std::size_t paragraph = 0;
  std::size_t sentence = 0;
  bool hedged = false;
  std::string rule;        // which rule made it
  // Where the two ends stand in the sentence's cleaned text; begin == end
  // when an end is not in the sentence (a crime supplied by a heading).
  std::size_t subject_begin = 0, subject_end = 0;
  std::size_t object_begin = 0, object_end = 0;
};

// "ISIL - oil smuggling - Iraq, Syrian Arab Republic": one sentence's claims
// joined into one fact with three ends. An actor (a group, or a UN entity)
// and its crime, by the claim of `relation` (profits_from, counters), and
// the places the same sentence gives them, each with the rule of the claim
// that placed it.
struct ActivityClaim {
  std::string relation;   // "profits_from" or "counters": the actor -> crime claim's
  std::string actor;      // entity id
  std::string crime;      // entity id
  std::size_t paragraph = 0;
  std::size_t sentence = 0;
  bool hedged = false;    // the actor -> crime claim's
  std::vector<std::pair<std::string, std::string>> places;  // (region id, rule), sorted, one each
};

// An amount a sentence states: money, a share, a year or a period.
struct Quantity {
  std::size_t paragraph = 0;
  std::size_t sentence = 0;
  std::string kind;        // "money", "percent", "year", "period"
  std::string text;        // as written: "$35 million", "14 per cent", "2013"
  double value = 0;        // US dollars, per cent, the year, or months
  double high = 0;         // upper end of a range ("between $35 million and $45 million"), else = value
  std::string per;         // "day", "month", "year" for rates, else ""
  std::size_t begin = 0;   // byte range in the sentence's cleaned text
  std::size_t end = 0;
};

struct Findings {
  // Entities this document defines or extends: acronyms defined in the text
  // (as aliases), entities discovered by rules. Merged by id into the graph.
  std::vector<Entity> entities;
  std::vector<Mention> mentions;
  std::vector<Claim> claims;
  std::vector<ActivityClaim> activities;
  std::vector<Quantity> quantities;
};

// Mentions are kept in (paragraph, sentence, begin) order. Adds `added` to
// *all (in that order already) so that it stays so, as a stable sort of the
// two one after the other would leave it, in one pass rather than a sort.
inline void AddMentionsInOrder(std::vector<Mention>* all, std::vector<Mention> added) {
  auto before = [](const Mention& a, const Mention& b) {
    return a.paragraph != b.paragraph ? a.paragraph < b.paragraph
           : a.sentence != b.sentence ? a.sentence < b.sentence
                                      : a.begin < b.begin;
  };
  if (added.empty()) return;
  if (!std::is_sorted(all->begin(), all->end(), before)) std::stable_sort(all->begin(), all->end(), before);
  if (!std::is_sorted(added.begin(), added.end(), before)) std::stable_sort(added.begin(), added.end(), before);
  std::vector<Mention> merged;
  merged.reserve(all->size() + added.size());
  std::merge(std::make_move_iterator(all->begin()), std::make_move_iterator(all->end()),
             std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()),
             std::back_inserter(merged), before);
  *all = std::move(merged);
}

}  // namespace nexus

#endif  // NEXUS_GRAPH_FINDINGS_H_
