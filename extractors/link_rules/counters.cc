// counters (un_entity -> crime): a UN body that acts (an activity cue in the
// sentence) or is the source of a statement, and the crimes within the
// scope of its words; the heading's crime when the sentence names none.
#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  const bool activity = x.cues.un_activity.AnyIn(v.cues, 0, v.tokens().size());
  for (std::size_t k = 0; k < x.units.size(); ++k) {
    const MentionAt* u = x.units[k];
    if ((!u->source && !activity) || u->recipient) continue;
    const std::size_t scope = x.unit_scopes[k];
    for (const MentionAt* c : x.crimes)
      if ((c->first < u->first && c->clause == u->clause) || (c->first > u->first && c->first < scope))
        out->push_back(MakeClaim("counters", v, u, c, "", "un-crime"));
    if (x.crimes.empty())
      for (const std::string& c : x.implicit)
        out->push_back(MakeClaim("counters", v, u, nullptr, c, "un-crime.heading"));
  }
}

}  // namespace

LinkRule CountersRule() { return {"counters", {"un-activity", "un_nested", "un_possessor"}, Link}; }

}  // namespace nexus
