// operates_in (group -> region): a place that a locative cue governs near the
// group, or one the group holds ("under the control of"), in its clause; not
// the places a group only receives from, nor a place in brackets right after
// another name.
#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// Words that may stand between a group and a place it acts in ("In
// Afghanistan, the Taliban ..."), and between a group and a place it holds
// without a preposition ("Mosul ... under the control of ISIL").
constexpr std::size_t kGroupReach = 25;
constexpr std::size_t kHeldReach = 20;

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  std::vector<bool> held_cue = ClausesWith(x.cues.group_region, v);
  for (const MentionAt* g : x.groups) {
    if (g->affiliate_object) continue;
    const bool held = InClause(held_cue, g->clause);
    const bool recipient = Recipient(x.cues, v, g);
    for (const MentionAt* r : x.regions) {
      // A place in brackets right after another name is that name's.
      const BracketName owner = BracketOwner(v, r);
      if (owner.named && (!owner.mention || owner.mention->mention->entity != g->mention->entity))
        continue;
      if (r->clause == g->clause && Distance(g, r) <= kGroupReach &&
          !(recipient && r->first > g->first) && !EarlierListItem(v, r, g) &&
          !EarlierListItem(v, g, r) && (r->locative || (held && Distance(g, r) <= kHeldReach)))
        out->push_back(MakeClaim("operates_in", v, g, r, "", "group-region"));
    }
  }
}

}  // namespace

LinkRule OperatesInRule() { return {"operates_in", {"group-region", "group_recipient"}, Link}; }

}  // namespace nexus
