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

// "ISIL's oil smuggling", "Boko Haram kidnapping": the group a crime is
// named right after (its name or its possessive), whose crime it is; so is
// the financing or taxation the mention extractor found right after a group
// ("Al-Shabaab financing", "its operations and finances": rule
// group_finances), at most two words after it. nullptr when none.
const MentionAt* Owner(const LinkContext& x, const MentionAt* c) {
  const std::string& text = x.v.text->text;
  const bool owned = c->mention->rule == "group_finances";
  for (const MentionAt* g : x.groups) {
    const bool right_after = g->last == c->first && text[c->mention->begin - 1] == ' ' &&
                             (c->mention->begin == g->mention->end + 1 || PossessiveAt(text, g->mention->end));
    if (right_after || (owned && g->last < c->first && g->last + 2 >= c->first)) return g;
  }
  return nullptr;
}

// Whether a crime whose owner (Owner) is `owner` is another group's own
// than g's, named in a noun phrase after it ("The HTS takeover ... posed
// problems for ISIL financing", "ISIL's oil smuggling"), not as what a
// subject does ("ISIL and ANF smuggle oil", "They extort").
bool OwnedByAnother(const LinkContext& x, const MentionAt* owner, const MentionAt* g) {
  if (!owner || owner->mention->entity == g->mention->entity) return false;
  for (const MentionAt* h : x.groups)
    if (h != owner && h->first == owner->first) return false;  // one reference to several groups
  if (PossessiveAt(x.v.text->text, owner->mention->end)) return true;
  if (owner->first == 0) return false;
  const std::string_view w = x.v.tokens()[owner->first - 1].norm;
  for (std::string_view p : {"for", "of", "the", "on", "to", "against", "in", "with", "from", "into", "by"})
    if (w == p) return true;
  return false;
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  std::vector<bool> trigger = ClausesWith(x.cues.group_crime, v);
  // Each crime's owner, found once (by crime, as x.crimes).
  std::vector<const MentionAt*> owners;
  for (const MentionAt* c : x.crimes) owners.push_back(Owner(x, c));
  for (const MentionAt* g : x.groups) {
    if (g->affiliate_object || !InClause(trigger, g->clause) || Countered(v, g)) continue;
    for (std::size_t k = 0; k < x.crimes.size(); ++k) {
      const MentionAt* c = x.crimes[k];
      if (OwnedByAnother(x, owners[k], g)) continue;
      if (c->clause == g->clause && Distance(g, c) <= 40 && !EarlierListItem(v, g, c) &&
          !EarlierListItem(v, c, g))
        out->push_back(MakeClaim("profits_from", v, g, c, "", "group-crime"));
    }
    for (const std::string& c : x.implicit)
      out->push_back(MakeClaim("profits_from", v, g, nullptr, c, "group-crime.heading"));
  }
  for (std::size_t k = 0; k < x.crimes.size(); ++k)
    if (owners[k]) out->push_back(MakeClaim("profits_from", v, owners[k], x.crimes[k], "", "group-crime"));
}

}  // namespace

LinkRule ProfitsFromRule() { return {"profits_from", {"group-crime"}, Link}; }

}  // namespace nexus
