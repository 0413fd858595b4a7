// profits_from (group -> crime): a trigger word of the clause ("revenue",
// "involved in", "taxing", ...) joins a group and the crimes near it; the
// heading's crime stands in when the sentence names none; a group's own
// financing or taxation named right after it is its crime.
#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// "disrupting Al-Shabaab's finances, implementing the charcoal ban and
// preventing piracy": a group that another's action is aimed at (the
// object of "disrupting", "countering", "combating", ... right before it)
// does not take the crimes the rest of the clause names; only its own, named
// right after it.
bool Countered(const SentenceView& v, const MentionAt* g) {
  std::size_t k = g->first;
  if (k > 0 && v.tokens()[k - 1].norm == "the") --k;
  if (k == 0) return false;
  const std::string_view w = v.tokens()[k - 1].norm;
  for (std::string_view stem : {"disrupt", "counter", "combat", "tackl", "dismantl", "degrad", "curb", "weaken",
                                "undermin", "defeat", "fight"})
    if (w.starts_with(stem)) return true;
  return w == "against";
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  std::vector<bool> trigger = ClausesWith(x.cues.group_crime, v);
  for (const MentionAt* g : x.groups) {
    if (g->affiliate_object || !InClause(trigger, g->clause) || Countered(v, g)) continue;
    for (const MentionAt* c : x.crimes)
      if (c->clause == g->clause && Distance(g, c) <= 40 && !EarlierListItem(v, g, c) &&
          !EarlierListItem(v, c, g))
        out->push_back(MakeClaim("profits_from", v, g, c, "", "group-crime"));
    for (const std::string& c : x.implicit)
      out->push_back(MakeClaim("profits_from", v, g, nullptr, c, "group-crime.heading"));
  }
  // "ISIL's oil smuggling", "Boko Haram kidnapping": a crime named right
  // after a group's name or its possessive is the group's; so is the
  // financing or taxation the mention extractor found right after a group
  // ("Al-Shabaab financing", "its operations and finances": rule
  // group_finances), at most two words after it.
  const std::string& text = v.text->text;
  for (const MentionAt* c : x.crimes) {
    const bool owned = c->mention->rule == "group_finances";
    for (const MentionAt* g : x.groups) {
      const bool right_after = g->last == c->first && text[c->mention->begin - 1] == ' ' &&
                               (c->mention->begin == g->mention->end + 1 || PossessiveAt(text, g->mention->end));
      if (right_after || (owned && g->last < c->first && g->last + 2 >= c->first)) {
        out->push_back(MakeClaim("profits_from", v, g, c, "", "group-crime"));
        break;
      }
    }
  }
}

}  // namespace

LinkRule ProfitsFromRule() { return {"profits_from", {"group-crime"}, Link}; }

}  // namespace nexus
