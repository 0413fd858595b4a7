// active_in (un_entity -> region): a UN body that acts (an activity cue in
// the sentence) and the places a locative cue governs within the scope of
// its words; not the places of a statement it only reports or is the source
// of, nor those another actor stands before.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// "The Office and its centres in Africa support ... the 1540 Committee": a
// UN body named after the place, when another stands before it, is not the
// one acting there.
bool AfterAnotherActor(const std::vector<const MentionAt*>& units, const MentionAt* u,
                       const MentionAt* place) {
  if (u->first < place->first) return false;
  for (const MentionAt* other : units)
    if (other->last <= place->first && other->mention->entity != u->mention->entity &&
        !other->source && !other->recipient)
      return true;
  return false;
}

// "730,653 refugees from the Syrian Arab Republic were registered with
// UNHCR in Lebanon", "practitioners in Iraq working with children returned
// from the Syrian Arab Republic": where the people a body serves come from
// (refugees, migrants, returnees, those returned at most six words before
// "from") is not where it works; nor where its peacekeepers come from
// (ServesFrom).
bool OriginOfPeople(const LinkContext& x, const MentionAt* r) {
  return PeopleFrom(x.cues, x.v, r,
                    {"refugees", "asylum", "seekers", "migrants", "returnees", "displaced", "returned", "repatriated",
                     "fled", "fleeing"},
                    6) ||
         ServesFrom(x.cues, x.v, r);
}

// "supported the risk assessment with the Democratic Republic of the Congo
// and Somalia", "continued to assist Kenya and Somalia": the places a body
// works with, or that a verb of help or a visit takes as its object (with
// the places listed with them), or that its work is focused on, are where
// it works.
bool Served(const SentenceView& v, const MentionAt* r) {
  std::size_t head = PlaceHead(v, r);
  // "along with the Centre and the Government of Colombia": past its
  // Government, and the UN bodies listed before it.
  const Tokens& t = v.tokens();
  if (head >= 2 && t[head - 1].norm == "of" &&
      (t[head - 2].norm == "government" || t[head - 2].norm == "authorities")) {
    head -= 2;
    if (head > 0 && t[head - 1].norm == "the") --head;
  }
  if (head > 0 && t[head - 1].norm == "and") --head;
  for (bool stepped = true; stepped && head > 0;) {
    stepped = false;
    for (const MentionAt& m : v.mentions)
      if (m.last == head && m.mention->type == EntityType::kUnEntity && m.first < head) {
        head = m.first;
        if (head > 0 && t[head - 1].norm == "the") --head;
        stepped = true;
        break;
      }
  }
  if (head == 0) return false;
  static const std::unordered_set<std::string_view> kServe = {
      "with", "assist", "assists", "assisted", "assisting", "support", "supports", "supported", "supporting",
      "help", "helps", "helped", "helping", "visit", "visits", "visited", "visiting"};
  // "a briefing focused on West Africa", "a meeting devoted to Libya": the
  // place a body's work is about.
  if (head >= 2) {
    const std::string_view prep = t[head - 1].norm, verb = t[head - 2].norm;
    if ((prep == "on" && (verb == "focused" || verb == "focusing" || verb == "focuses" || verb == "centred" ||
                          verb == "centered")) ||
        (prep == "to" && (verb == "dedicated" || verb == "devoted")))
      return true;
  }
  if (!kServe.count(v.tokens()[head - 1].norm)) return false;
  // Not a border with the places, nor others acting along with them or
  // talks held with them.
  static const std::unordered_set<std::string_view> kNotWith = {
      "border", "borders", "frontier", "frontiers", "boundary", "boundaries", "along", "together", "held",
      "shared", "share", "shares", "cooperating", "cooperate", "cooperates", "cooperation"};
  return v.tokens()[head - 1].norm != "with" || head < 2 || !kNotWith.count(v.tokens()[head - 2].norm);
}

// "The Panel of Experts on Yemen considers that, after two years of conflict
// in Yemen, ...": a UN body works for the places it is named for
// (LinkCues::mandates), wherever the sentence names them, unless it is only
// the source of what is said. Those places, or nullptr.
const std::vector<std::string>* Mandate(const LinkContext& x, const MentionAt* u) {
  if (u->source || x.footnote) return nullptr;
  const auto it = x.cues.mandates.find(u->mention->entity);
  return it == x.cues.mandates.end() ? nullptr : &it->second;
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  const bool activity = x.cues.un_activity.AnyIn(v.cues, 0, v.tokens().size());
  for (std::size_t k = 0; k < x.units.size(); ++k) {
    const MentionAt* u = x.units[k];
    const std::size_t scope = x.unit_scopes[k];
    const std::size_t reported = ReportedFrom(x.cues, v, u);
    const std::vector<std::string>* mandate = Mandate(x, u);
    for (const MentionAt* r : x.regions) {
      // The source of a statement is not where it happens.
      if (!u->source && activity && !u->recipient && r->clause == u->clause && (r->locative || Served(v, r)) &&
          !Between(x.groups, u, r) &&
          !AfterAnotherActor(x.units, u, r) && !OriginOfPeople(x, r) && (r->first < u->first || r->first < scope) &&
          (r->first < u->first || r->first < reported))
        out->push_back(MakeClaim("active_in", v, u, r, "", "un-region"));
      else if (mandate && std::binary_search(mandate->begin(), mandate->end(), r->mention->entity))
        out->push_back(MakeClaim("active_in", v, u, r, "", "un-region.mandate"));
    }
  }
}

}  // namespace

LinkRule ActiveInRule() {
  // "recorded" is read by the claim extractor's rule across two sentences
  // (un-region.recorded), which makes this relation's claims.
  return {"active_in", {"un-activity", "un_nested", "un_possessor", "reporting", "locative_skip", "recorded"}, Link};
}

}  // namespace nexus
