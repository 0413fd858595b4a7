// operates_in (group -> region): a place that a locative cue governs near the
// group, or one the group holds ("under the control of"), in its clause; not
// the places a group only receives from, nor a place in brackets right after
// another name, nor the places of another group that draws on it ("from X"),
// nor where a person is arrested or held (HeldThere).
#include <algorithm>
#include <cctype>
#include <string_view>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// Words that may stand between a group and a place it acts in ("In
// Afghanistan, the Taliban ..."), and between a group and a place it holds
// without a preposition ("Mosul ... under the control of ISIL").
constexpr std::size_t kGroupReach = 25;
// A group that is the only one acting in its sentence (the others stand
// aside: the objects of an affiliation) reaches further to the places after
// it: "ETIM ... was part of the HTS coalition that overthrew the previous
// government of the Syrian Arab Republic in December 2024, and subsequently
// stationed its members mainly in Damascus".
constexpr std::size_t kLoneReach = 35;
constexpr std::size_t kHeldReach = 20;
constexpr std::size_t kChainReach = 15;

// "Laurent Nkunda was arrested by Rwandan authorities in Rwanda", "the
// continued detention of its leader, Mahamat Al-Khatim, in Chad": a place
// where a person is arrested or held is the person's, not the group's. Not
// where a group's members are ("ISIL-K operatives were arrested in Türkiye":
// a word for members before the place or right before the word of arrest).
bool HeldThere(const LinkContext& x, const MentionAt* r) {
  const Tokens& t = x.v.tokens();
  const std::size_t head = PlaceHead(x.v, r, &x.cues.locative_skip);
  if (head < 2 || (t[head - 1].norm != "in" && t[head - 1].norm != "at")) return false;
  auto members = [&](std::string_view w) {
    return w == "members" || w == "fighters" || w == "militants" || w == "operatives" || w == "elements" ||
           w == "combatants" || w == "cells" || w == "cell" || w == "affiliates" || w == "supporters";
  };
  for (std::size_t k = head - 1; k-- > 0 && head - 1 - k <= 10;) {
    const std::string_view w = t[k].norm;
    if (members(w)) return false;
    if (w == "arrested" || w == "detained" || w == "detention" || w == "imprisoned" || w == "jailed" ||
        w == "custody") {
      for (std::size_t b = k; b-- > 0 && k - b <= 4;)
        if (members(t[b].norm)) return false;
      // Unless a group of the sentence made the arrest: "RSF arbitrarily
      // arrested a community leader, who remained detained in Kutum".
      for (const MentionAt* g : x.groups)
        for (std::size_t a = g->last; a < t.size() && a <= g->last + 1; ++a)
          if (t[a].norm == "arrested" || t[a].norm == "detained" || t[a].norm == "abducted") return false;
      return true;
    }
  }
  return false;
}

// The known places of the list ("A, B and C") that ends at byte `end`.
void PlaceListBefore(const LinkContext& x, std::size_t end, std::vector<const MentionAt*>* places) {
  const std::string& text = x.v.text->text;
  for (auto it = x.regions.rbegin(); it != x.regions.rend(); ++it) {
    const MentionAt* r = *it;
    if (r->mention->end > end) continue;
    std::string glue;
    for (std::size_t i = r->mention->end; i < end; ++i)
      if (text[i] != ',' && text[i] != ' ') glue += text[i];
    if (!glue.empty() && glue != "and" && glue != "or") break;
    places->push_back(r);
    end = r->mention->begin;
    while (end > 0 && text[end - 1] == ' ') --end;
  }
}

// "bases in A, B and C (X and Y gangs), as well as in D (Z gangs)": the
// groups listed in brackets right after a list of places are at those
// places, and at no other. Whether `g` is so placed (after a capitalised
// word: a place, known or not), and the known places of that list.
bool PlacesBeforeBracket(const LinkContext& x, const MentionAt* g, std::vector<const MentionAt*>* places) {
  const std::string& text = x.v.text->text;
  const std::size_t open = text.rfind('(', g->mention->begin);
  if (open == std::string::npos || open == 0 || text.find(')', open) < g->mention->begin) return false;
  // Only groups and list glue in the bracket (a plural word for groups may
  // end it: "(X and Y gangs)").
  const std::size_t close = text.find(')', open);
  std::size_t at = open + 1;
  for (const MentionAt& m : x.v.mentions) {
    if (m.mention->begin < at || m.mention->begin >= close) continue;
    if (m.mention->type != T::kGroup) return false;
    std::string glue;
    for (std::size_t i = at; i < m.mention->begin; ++i)
      if (text[i] != ',' && text[i] != ' ') glue += text[i];
    if (!glue.empty() && glue != "and" && glue != "or") return false;
    at = m.mention->end;
  }
  std::string rest(text, at, close - at);
  std::erase(rest, ' ');
  if (!rest.empty() && rest != "gangs" && rest != "groups" && rest != "militias" && rest != "factions") return false;
  // A capitalised word before the bracket that no group's name ends.
  std::size_t end = open;
  while (end > 0 && text[end - 1] == ' ') --end;
  const Tokens& t = x.v.tokens();
  std::size_t k = 0;
  while (k < t.size() && t[k].end < end) ++k;
  if (k >= t.size() || t[k].end != end || !(t[k].capitalized || (k > 0 && t[k - 1].capitalized))) return false;
  for (const MentionAt* other : x.groups)
    if (other->mention->end == end) return false;
  PlaceListBefore(x, end, places);
  return true;
}

// "in Basrah and Baghdad, as well as in Ninawa, Kirkuk and Diyala,
// governorates that are among the most affected by Da'esh": a group named in
// a description of the places listed right before it (a comma, then a plural
// word for places) is at those places, and at no other: not those before the
// list's "as well as". The known places of that list.
bool PlacesBeforeDescription(const LinkContext& x, const MentionAt* g, std::vector<const MentionAt*>* places) {
  static constexpr std::string_view kWords[] = {"governorates", "provinces", "districts", "areas", "regions",
                                                "localities", "departments", "territories", "states",
                                                "countries", "towns", "cities", "villages", "communes"};
  const MentionAt* last = nullptr;  // the last place before g
  for (const MentionAt* r : x.regions)
    if (r->last <= g->first) last = r;
  if (!last || last->clause != g->clause || g->first - last->last > 14) return false;
  const std::string& text = x.v.text->text;
  std::size_t at = last->mention->end;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || text[at] != ',') return false;
  // "... Diyala, governorates that": the word for places, or one adjective and it.
  const Tokens& t = x.v.tokens();
  std::size_t w = last->last;
  while (w < g->first && t[w].begin <= at) ++w;
  const auto place_word = [&](std::size_t i) {
    return i < g->first && std::find(std::begin(kWords), std::end(kWords), t[i].norm) != std::end(kWords);
  };
  if (!place_word(w) && !(w < g->first && !t[w].capitalized && place_word(w + 1))) return false;
  PlaceListBefore(x, last->mention->end, places);
  return true;
}

// "TTP established training centres in Kunar ..., recruiting from the
// Afghan Taliban": a group that "from" governs, after another group of its
// clause, is where the first draws on, not an actor at its places; but not
// a threat or an attack from it.
bool DrawnFrom(const LinkContext& x, const MentionAt* g) {
  const Tokens& t = x.v.tokens();
  std::size_t k = g->first;
  if (k > 0 && t[k - 1].norm == "the") --k;
  if (k == 0 || t[k - 1].norm != "from") return false;
  // Not what comes from it: "the threat from ISIL-K in Afghanistan".
  if (k >= 2)
    for (std::string_view w : {"threat", "threats", "danger", "attack", "attacks", "pressure", "violence", "risk",
                               "risks", "resistance", "fire"})
      if (t[k - 2].norm == w) return false;
  for (const MentionAt* other : x.groups)
    if (other->clause == g->clause && other->last <= g->first && other->mention->entity != g->mention->entity)
      return true;
  return false;
}

// "ISIL operations against SDF continued, many targeting fuel trucks in Dayr
// al-Zawr", "... to engage M23, a surge in ADF attacks in Beni": a group
// that a word of fighting governs, with another group of its clause that
// none does, is the target, not an actor at the clause's places.
bool Targeted(const Tokens& t, const MentionAt* g) {
  std::size_t k = g->first;
  if (k > 0 && t[k - 1].norm == "the") --k;
  return k > 0 && (t[k - 1].norm == "against" || t[k - 1].norm == "engage" || t[k - 1].norm == "fight" ||
                   t[k - 1].norm == "fighting" || t[k - 1].norm == "combat" || t[k - 1].norm == "confront");
}

bool TargetOfAnother(const LinkContext& x, const MentionAt* g) {
  const Tokens& t = x.v.tokens();
  if (!Targeted(t, g)) return false;
  for (const MentionAt* other : x.groups)
    if (other->clause == g->clause && other->mention->entity != g->mention->entity && !Targeted(t, other))
      return true;
  return false;
}

// Whether a compound's second half, one of `words`, follows the mention
// that ends at byte `at` ("Al-Shabaab-controlled", "Yemen-based").
bool CompoundAfter(const std::string& text, std::size_t at, std::initializer_list<std::string_view> words) {
  if (at >= text.size() || text[at] != '-') return false;
  for (std::string_view w : words)
    if (text.compare(at + 1, w.size(), w) == 0 &&
        (at + 1 + w.size() == text.size() || !std::isalpha(static_cast<unsigned char>(text[at + 1 + w.size()]))))
      return true;
  return false;
}

// "the Yemen-based Al-Qaida in the Arabian Peninsula": the group a place's
// "-based" compound describes (the first group at most two words after
// it), or nullptr. The place is that group's, no other's.
const MentionAt* BasedGroup(const LinkContext& x, const MentionAt* r) {
  if (!CompoundAfter(x.v.text->text, r->mention->end, {"based"})) return nullptr;
  const MentionAt* best = nullptr;
  for (const MentionAt* g : x.groups)
    if (g->first >= r->last && g->first <= r->last + 3 && (!best || g->first < best->first)) best = g;
  return best;
}

// "weapons from Yemen to Al-Shabaab-controlled areas in Somalia": a group
// named only as the first half of a compound adjective ("-controlled",
// "-held", "-occupied") holds the place that compound describes (the first
// place after it, a few words on), and is at no other place of the clause.
constexpr std::size_t kCompoundReach = 4;

bool HoldingCompound(const LinkContext& x, const MentionAt* g) {
  return CompoundAfter(x.v.text->text, g->mention->end, {"controlled", "held", "occupied", "dominated", "run"});
}

// "ISIL's operations in West Africa, ..., she reported that JNIM ...": a
// place before `g`, parted from it by a comma, that another group nearer to
// it governs from before it, with no comma between them, is that group's.
bool EarlierGroupsPlace(const LinkContext& x, const MentionAt* g, const MentionAt* r) {
  if (r->first >= g->first) return false;
  const std::string_view text = x.v.text->text;
  auto comma = [&](std::size_t from, std::size_t to) {
    return from < to && text.substr(from, to - from).find(',') != std::string_view::npos;
  };
  if (!comma(r->mention->end, g->mention->begin)) return false;
  for (const MentionAt* h : x.groups)
    if (h->mention->entity != g->mention->entity && h->last <= r->first && h->clause == r->clause &&
        !comma(h->mention->end, r->mention->begin) && Distance(h, r) < Distance(g, r))
      return true;
  return false;
}

// "Haitian gangs, such as the “5 Segond” and “400 Mawozo” groups", "Somali
// armed groups including Al-Shabaab": the groups given as examples of the
// groups of a place (the place's name or adjective right before the word for
// groups) are at that place. The examples start at most three words after
// "such as", "including", "like" or "notably" and go on as a list.
void ExamplesOfPlace(const LinkContext& x, std::vector<Claim>* out) {
  const Tokens& t = x.v.tokens();
  auto is = [&](std::size_t k, std::initializer_list<std::string_view> words) {
    if (k >= t.size()) return false;
    for (std::string_view w : words)
      if (t[k].norm == w) return true;
    return false;
  };
  for (const MentionAt* r : x.regions) {
    std::size_t k = r->last;
    while (is(k, {"armed", "criminal", "terrorist", "local", "rebel", "extremist", "militant"})) ++k;
    if (!is(k, {"gangs", "groups", "militias", "movements", "factions", "organizations", "networks"})) continue;
    ++k;
    if (is(k, {"such"}) && is(k + 1, {"as"})) k += 2;
    else if (is(k, {"including", "like", "notably", "namely"})) ++k;
    else continue;
    const MentionAt* last = nullptr;
    for (const MentionAt* g : x.groups) {  // in the order of the text
      if (g->first < k) continue;
      if (last ? !ListGlue(x.v.text->text, last->mention->end, g->mention->begin) : g->first > k + 3) break;
      out->push_back(MakeClaim("operates_in", x.v, g, r, "", "group-region"));
      last = g;
    }
  }
}

// "... forced to work; in West Africa by Boko Haram, in North Africa by
// AQIM": where at least two places are each followed by "by" and the groups
// listed there, each such place is those groups' and theirs only. The place
// paired with `g` (nullptr when none), and whether the sentence pairs so.
struct ByPairs {
  std::vector<std::pair<const MentionAt*, const MentionAt*>> pairs;  // place, group
  const MentionAt* PlaceOf(const MentionAt* g) const {
    for (const auto& [r, h] : pairs)
      if (h == g) return r;
    return nullptr;
  }
  bool Paired(const MentionAt* r) const {
    for (const auto& [place, h] : pairs)
      if (place == r) return true;
    return false;
  }
};

ByPairs PlacesByGroups(const LinkContext& x) {
  ByPairs out;
  const Tokens& t = x.v.tokens();
  std::size_t places = 0;
  for (const MentionAt* r : x.regions) {
    if (r->last >= t.size() || t[r->last].norm != "by") continue;
    const MentionAt* last = nullptr;
    for (const MentionAt* g : x.groups) {  // in the order of the text
      if (g->first <= r->last) continue;
      if (last ? !ListGlue(x.v.text->text, last->mention->end, g->mention->begin) : g->first != r->last + 1) break;
      out.pairs.emplace_back(r, g);
      last = g;
    }
    if (last) ++places;
  }
  if (places < 2) out.pairs.clear();
  return out;
}

// Whether clause `clause` names a place that is not of the opening scene.
bool OwnPlace(const std::vector<const MentionAt*>& places, const std::vector<bool>& scenes, int clause) {
  for (std::size_t i = 0; i < places.size(); ++i)
    if (!scenes[i] && places[i]->clause == clause) return true;
  return false;
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  ExamplesOfPlace(x, out);
  const ByPairs by = PlacesByGroups(x);
  std::vector<bool> held_cue = ClausesWith(x.cues.group_region, v);
  // The places of the sentence that are no venue of talks, the group each
  // one's "-based" compound describes, and whether it sets the scene,
  // worked out once.
  std::vector<const MentionAt*> places, based;
  // "In Nigeria, there are reports of ... abduction of women by Boko
  // Haram": the places of an opening "In <places>," set the scene for the
  // whole sentence, past the reach and the clause.
  const std::size_t scene_end = OpeningScene(*v.text, [&](std::size_t b, std::size_t e) {
    for (const MentionAt* r : x.regions)
      if (r->mention->begin <= b && e <= r->mention->end) return true;
    return false;
  });
  std::vector<bool> scenes;
  for (const MentionAt* r : x.regions)
    // "the Chadian authorities' inaction in response to RSF attacks": a place
    // that stands for its State is no place where a group is (its army or
    // police may be where the group fights them).
    if (!Venue(x.cues, v, r) && !ServesFrom(x.cues, v, r) && !StateWordAfter(v, r) && !HeldThere(x, r)) {
      places.push_back(r);
      based.push_back(BasedGroup(x, r));
      scenes.push_back(scene_end != std::string::npos && r->mention->end <= scene_end);
    }
  // The groups that act in the sentence (that do not stand aside), by entity.
  std::vector<std::string_view> acting;
  for (const MentionAt* g : x.groups)
    if (!StandsAside(v, x.groups, g) &&
        std::find(acting.begin(), acting.end(), g->mention->entity) == acting.end())
      acting.push_back(g->mention->entity);
  for (const MentionAt* g : x.groups) {
    if (StandsAside(v, x.groups, g)) {
      // Except at the places of the description it is an example of.
      for (const MentionAt* r : x.regions)
        if (r->locative && g->described_first <= r->first && r->last <= g->described_last)
          out->push_back(MakeClaim("operates_in", v, g, r, "", "group-region"));
      continue;
    }
    std::vector<const MentionAt*> bracketed;
    if (PlacesBeforeBracket(x, g, &bracketed) || PlacesBeforeDescription(x, g, &bracketed)) {
      for (const MentionAt* r : bracketed)
        out->push_back(MakeClaim("operates_in", v, g, r, "", "group-region"));
      continue;
    }
    if (DrawnFrom(x, g) || TargetOfAnother(x, g)) continue;
    if (HoldingCompound(x, g)) {
      for (const MentionAt* r : x.regions)
        if (r->first > g->last) {  // the first place after it, if near
          if (r->clause == g->clause && Distance(g, r) <= kCompoundReach && !Between(x.groups, g, r))
            out->push_back(MakeClaim("operates_in", v, g, r, "", "group-region"));
          break;
        }
      continue;
    }
    const bool lone = acting.size() == 1;  // g is the one (it does not stand aside)
    const bool held = InClause(held_cue, g->clause);
    const bool recipient = Recipient(x.cues, v, g);
    const MentionAt* chained = nullptr;  // the last place after g it was linked to
    const MentionAt* paired = by.PlaceOf(g);
    for (std::size_t i = 0; i < places.size(); ++i) {
      const MentionAt* r = places[i];
      if (based[i] && based[i]->mention->entity != g->mention->entity) continue;
      if (paired ? r != paired : by.Paired(places[i])) continue;
      // A place in brackets right after another name is that name's; after
      // a place, it is the larger place that one lies in ("in Kenscoff (West
      // Department)"), where the group is too.
      const BracketName owner = BracketOwner(v, r);
      if (owner.named && (!owner.mention || (owner.mention->mention->entity != g->mention->entity &&
                                             owner.mention->mention->type != T::kRegion)))
        continue;
      // Past the reach, a place near the last one linked after the group,
      // with no other group between: the places of a list of its acts
      // ("attacks near A on 13 July and the attack in B on 9 November").
      // The opening scene does not reach a clause that names a place of its
      // own ("In Nigeria, ... and said in Somalia, Al-Shabaab ...").
      const bool scene = scenes[i] && (r->clause == g->clause || !OwnPlace(places, scenes, g->clause));
      const bool near = Distance(g, r) <= (lone && r->first > g->last ? kLoneReach : kGroupReach) || scene ||
                        (chained && r->first >= chained->last && Distance(chained, r) <= kChainReach &&
                         !Between(x.groups, g, r));
      // An item of the list a colon after the group opens is in its clause.
      const bool item = v.colon_clause == g->clause && g->first < v.colon_items && r->first >= v.colon_items;
      // "no link between ISIL and the ADF, but the latter remained active in
      // Beni": a reference to another group between them takes the place.
      bool referred = false;
      for (const MentionAt* m : x.groups)
        referred = referred || (m->mention->rule == "pronoun" && m->mention->entity != g->mention->entity &&
                                g->last <= m->first && m->last <= r->first);
      if (referred) continue;
      if ((r->clause == g->clause || scene || item) && near &&
          !(recipient && r->first > g->first) && !EarlierListItem(v, r, g) &&
          !EarlierListItem(v, g, r) && !EarlierGroupsPlace(x, g, r) &&
          (r->locative || (held && Distance(g, r) <= kHeldReach))) {
        out->push_back(MakeClaim("operates_in", v, g, r, "", "group-region"));
        if (r->first > g->last) chained = r;
      }
    }
  }
}

}  // namespace

LinkRule OperatesInRule() {
  return {"operates_in", {"group-region", "group_recipient", "venue", "venue_suffix", "locative_skip"}, Link};
}

}  // namespace nexus
