// The naive baseline: every pair of mentions of one clause whose types a
// relation joins (not a link rule of the table; see ClaimExtractor).
#include "extractors/link_rules/link_rule.h"

namespace nexus {

void LinkEveryPair(const LinkContext& x, std::vector<Claim>* out) {
  auto all = [&](const std::vector<const MentionAt*>& as, const std::vector<const MentionAt*>& bs,
                 const char* relation) {
    for (const MentionAt* a : as)
      for (const MentionAt* b : bs) {
        if (a->mention->entity == b->mention->entity || a->clause != b->clause) continue;
        Claim c;
        c.relation = relation;
        c.subject = a->mention->entity;
        c.object = b->mention->entity;
        c.paragraph = x.v.paragraph;
        c.sentence = x.v.sentence;
        c.hedged = x.v.hedged;
        c.rule = "pair";
        c.subject_begin = a->mention->begin;
        c.subject_end = a->mention->end;
        c.object_begin = b->mention->begin;
        c.object_end = b->mention->end;
        out->push_back(c);
      }
  };
  all(x.groups, x.crimes, "profits_from");
  all(x.groups, x.regions, "operates_in");
  all(x.crimes, x.regions, "occurs_in");
  all(x.units, x.crimes, "counters");
  all(x.units, x.regions, "active_in");
}

}  // namespace nexus
