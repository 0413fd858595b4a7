// Link rules: one per relation, each a small function over one sentence. The
// claim extractor makes the sentence's context once and runs every rule of
// the table (registry.cc) on it.
//
// Adding a relation: a row in graph/relation.cc, one file here defining its
// rule, one line in registry.cc, its cue sets in rules/relations.json, and a
// test in tests/extractors/link_rules/.
#ifndef NEXUS_EXTRACTORS_LINK_RULES_LINK_RULE_H_
#define NEXUS_EXTRACTORS_LINK_RULES_LINK_RULE_H_

#include <string>
#include <vector>

#include "extractors/sentence_view.h"
#include "graph/findings.h"

namespace nexus {

// One sentence as the link rules see it: its view, its mentions by type, and
// the crimes its section's heading stands in for.
struct LinkContext {
  // The sentence's mentions by type and its units' scopes; `implicit` is
  // left for the caller to fill.
  LinkContext(const SentenceView& view, const LinkCues& link_cues);

  const SentenceView& v;
  const LinkCues& cues;
  std::vector<const MentionAt*> groups, crimes, regions, units;
  // The heading's crimes that count for this sentence: when the heading
  // names one, or the sentence names no crime; never one the sentence names.
  std::vector<std::string> implicit;
  // By unit (as `units`): where the words it is the actor of end
  // (link_rules::ActorScope), read by the rules of both UN relations; 0 for
  // a unit neither reads (no actor, no source, or a recipient).
  std::vector<std::size_t> unit_scopes;
  // The sentence is a footnote's (a citation, not a statement).
  bool footnote = false;
};

struct LinkRule {
  const char* relation;            // a Relation's name (graph/relation.h)
  std::vector<const char*> cues;   // the cue sets of the rules files it reads
  void (*link)(const LinkContext& context, std::vector<Claim>* out);
};

// Every link rule, in the order they run.
const std::vector<LinkRule>& LinkRules();

// The naive baseline the rules are measured against: every pair of
// mentions of one clause whose types a relation joins, rule "pair".
void LinkEveryPair(const LinkContext& context, std::vector<Claim>* out);

// After the rules: in each clause, the one entity of a type and the one of
// another that a relation joins, when no rule linked them (rule
// "lone-pair"); `first_claim` is where this sentence's claims start in `out`.
void LinkLonePairs(const LinkContext& context, std::size_t first_claim, std::vector<Claim>* out);

// Last: where the clause says "respectively", two lists of as many names
// pair item by item (rule "respectively" for a pair no rule linked).
void KeepRespectivePairs(const LinkContext& context, std::size_t first_claim, std::vector<Claim>* out);

// The claims the rules make.
LinkRule ProfitsFromRule();
LinkRule OperatesInRule();
LinkRule AffiliatedWithRule();
LinkRule OccursInRule();
LinkRule CountersRule();
LinkRule ActiveInRule();

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_LINK_RULES_LINK_RULE_H_
