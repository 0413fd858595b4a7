// occurs_in (crime -> region): a place belongs to the nearest crime of its
// clause and the crimes listed with it, and to those of a ", where" clause
// that describes it; not a venue or a beneficiary, not a
// crime that is only a topic, has a place of its own or is another item of
// a list. The heading's crime stands in when the sentence names none.
#include <algorithm>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"
#include "extractors/quantity_extractor.h"

namespace nexus {
namespace {

using namespace link_rules;

// Only list separators (",", "and", "or", "as well as") between two mentions,
// and the quantity or a qualifier of the next item ("a shotgun and 9 kg of
// marijuana", "and related money-laundering"); or
// the means of the first ("raising money by extortion").
bool Listed(const SentenceView& v, const MentionAt* a, const MentionAt* b) {
  if (a->first > b->first) std::swap(a, b);
  for (std::size_t i = a->last; i < b->first; ++i) {
    std::string_view w = v.tokens()[i].norm;
    if (w == "and" || w == "or" || w == "as" || w == "well") continue;
    // The means of the crime before: "to raise money by extorting traders".
    if ((w == "by" || w == "through") && i == a->last && i + 1 == b->first) continue;
    const bool number = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    // ... or a word that only qualifies the next item ("cyberscams and
    // related underground banking").
    bool quantity = number || w == "of" || w == "a" || w == "an" || w == "related" || w == "associated" ||
                    w == "other" || w == "illicit" || w == "illegal" || IsMeasureWord(w);
    if (!quantity || i == a->last) return false;  // a list word first: "and 9 kg of"
  }
  const std::string& text = v.text->text;
  for (std::size_t k = v.tokens()[a->last - 1].end; k < v.tokens()[b->first].begin; ++k)
    if (text[k] == ';' || text[k] == '(' || text[k] == ')') return false;
  return true;
}

// The mention of `among` nearest to `to` in its clause, and every mention
// listed together with it.
std::vector<const MentionAt*> NearestList(const SentenceView& v,
                                          const std::vector<const MentionAt*>& among,
                                          const MentionAt* to, bool expand = true) {
  const MentionAt* best = nullptr;
  for (const MentionAt* m : among)
    if (m->clause == to->clause && (!best || Distance(m, to) < Distance(best, to))) best = m;
  std::vector<const MentionAt*> out;
  if (!best) return out;
  if (!expand) return {best};
  std::vector<const MentionAt*> sorted;
  for (const MentionAt* m : among)
    if (m->clause == to->clause) sorted.push_back(m);
  std::sort(sorted.begin(), sorted.end(),
            [](const MentionAt* a, const MentionAt* b) { return a->first < b->first; });
  auto at = std::find(sorted.begin(), sorted.end(), best) - sorted.begin();
  std::size_t lo = at, hi = at;
  while (lo > 0 && Listed(v, sorted[lo - 1], sorted[lo])) --lo;
  while (hi + 1 < sorted.size() && Listed(v, sorted[hi], sorted[hi + 1])) ++hi;
  for (std::size_t i = lo; i <= hi; ++i) out.push_back(sorted[i]);
  return out;
}

// The crimes a place belongs to: the nearest crime of its clause and the
// crimes listed with it, leaving out the crimes that only follow the place
// as the next items of a list. A place inside a list of crimes ("extortion,
// trafficking of antiquities from Iraq and kidnapping") belongs to the item it
// follows, not to the whole list.
std::vector<const MentionAt*> CrimesOfPlace(const SentenceView& v,
                                            const std::vector<const MentionAt*>& crimes,
                                            const MentionAt* place) {
  std::vector<const MentionAt*> candidates;
  bool inside = false;
  for (const MentionAt* c : crimes) {
    if (c->clause != place->clause) continue;
    if (Siblings(v, place, c)) inside = true;
    else candidates.push_back(c);
  }
  return NearestList(v, candidates, place, !inside);
}

// Whether only list words and places stand in tokens [begin, end): "the
// Middle East, North Africa and the Sahel", "the Bari region of Puntland".
bool OnlyPlaceWords(const LinkCues& cues, const SentenceView& v, std::size_t begin, std::size_t end) {
  const CueSet& skip = cues.locative_skip;
  for (std::size_t i = begin; i < end;) {
    bool stepped = false;
    for (const MentionAt& m : v.mentions)
      if (m.first == i && m.mention->type == T::kRegion && m.last > i) {
        i = m.last;
        stepped = true;
        break;
      }
    if (stepped) continue;
    if (v.tokens()[i].norm == "in") {
      ++i;
      continue;
    }
    // A bracketed aside after a place: "Iran (115 tons) and Central Asia".
    const std::size_t aside = AsideEnd(v, i);
    if (aside > i) {
      i = aside;
      continue;
    }
    std::size_t len = skip.MatchAt(v.cues, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

// Whether places a and b (a before b) are items of one list.
bool SamePlaceList(const LinkCues& cues, const SentenceView& v, const MentionAt* a,
                   const MentionAt* b) {
  return OnlyPlaceWords(cues, v, a->last, b->first);
}

// "the illegal charcoal trade in Somalia, and ... in the Yemen conflict": a
// crime that has a place of its own before `place`, not listed with it and
// parted from it by a comma, is not at `place` too; except on a route ("from
// West Africa to Europe", "..., or through Central Asia to markets in X")
// and where `place` is singled out of the earlier one ("across Southeast
// Asia ..., particularly in the Mekong region").
bool PlaceOfItsOwn(const LinkCues& cues, const SentenceView& v,
                   const std::vector<const MentionAt*>& regions, const MentionAt* crime,
                   const MentionAt* place) {
  if (crime->first > place->first) return false;
  // A leg of a route: "to X", or "to markets (destinations, ports...) in X",
  // "to various destinations in X".
  std::size_t head = PlaceHead(v, place, &cues.locative_skip);
  if (head > 0 && cues.route_end.MatchAt(v.cues, head - 1) == 1) return false;
  if (head > 2 && cues.route_end.MatchAt(v.cues, head - 3) == 1 &&
      cues.crime_region.MatchAt(v.cues, head - 2) == 1)
    return false;
  // "on to various destinations in X": one describing word more.
  if (head > 3 && cues.route_end.MatchAt(v.cues, head - 4) == 1 &&
      cues.locative_skip.MatchAt(v.cues, head - 3) == 1 && cues.crime_region.MatchAt(v.cues, head - 2) == 1)
    return false;
  // "particularly in", "including": where the narrowing word before the
  // place (and the places listed with it) starts; 0 when none.
  std::size_t narrowed = 0;
  // ("including across the Mediterranean", "notably through Libya": any
  // preposition of place after the narrowing word.)
  auto place_preposition = [](std::string_view w) {
    return w == "in" || w == "across" || w == "through" || w == "via" || w == "into" || w == "within" ||
           w == "along" || w == "to";
  };
  for (std::size_t len = 1; len <= 2; ++len)
    if (head > len && place_preposition(v.tokens()[head - 1].norm) &&
        cues.narrowing.MatchAt(v.cues, head - 1 - len) == len)
      narrowed = head - 1 - len;
  // The walk to the head passes the narrowing words: ", including Ethiopia".
  if (!narrowed && head > 0 && cues.narrowing.MatchAt(v.cues, head)) narrowed = head;
  // The places a dash lists after "its bordering States" are those States.
  if (ListOfPlacesNamed(cues, v, PlaceHead(v, place, nullptr))) return false;
  // It singles `place` out of a place before it, unless another phrase it
  // could narrow comes between ("in West Africa, including links to
  // terrorism, particularly in the Sahel").
  auto narrows = [&](const MentionAt* other) {
    if (!narrowed) return false;
    for (std::size_t i = other->last; i < narrowed; ++i)
      if (cues.narrowing.MatchAt(v.cues, i)) return false;
    return true;
  };
  // The comma must part the earlier place from the list `place` is an item
  // of, not from the list's first item ("across the region with Lagos,
  // Accra and Cotonou airports").
  const MentionAt* list_first = place;
  for (bool stepped = true; stepped;) {
    stepped = false;
    for (const MentionAt* r : regions)
      if (r->last <= list_first->first && r->first >= crime->last && SamePlaceList(cues, v, r, list_first)) {
        list_first = r;
        stepped = true;
      }
  }
  for (const MentionAt* other : regions)
    if (other != place && other->first >= crime->last && other->last <= list_first->first &&
        other->locative && !SamePlaceList(cues, v, other, place) && !narrows(other) &&
        v.text->text.find(',', v.tokens()[other->last - 1].end) < v.tokens()[list_first->first].begin)
      return true;
  return false;
}

// Whether people follow the place, past the other places listed with it
// ("Eritrean, Ethiopian and Somali nationals"): it names their nationality.
bool PeopleOf(const LinkCues& cues, const SentenceView& v, const std::vector<const MentionAt*>& regions,
              const MentionAt* place) {
  std::size_t i = place->last;
  for (bool stepped = true; stepped;) {
    stepped = false;
    if (i < v.tokens().size() && (v.tokens()[i].norm == "and" || v.tokens()[i].norm == "or")) {
      ++i;
      stepped = true;
    }
    for (const MentionAt* r : regions)
      if (r->first == i && r->last > i) {
        i = r->last;
        stepped = true;
      }
  }
  return i < v.tokens().size() && cues.people_of.MatchAt(v.cues, i) > 0;
}

// "... a hub in Jikharrah, Wahat district, where they had been held for
// ransom": the token after the "where" that a comma opens right after the
// place (past the places and place words listed with it); 0 when none.
std::size_t WhereClause(const LinkCues& cues, const SentenceView& v, const MentionAt* place) {
  const Tokens& t = v.tokens();
  for (std::size_t k = place->last; k < t.size(); ++k)
    if (t[k].norm == "where")
      return t[k].begin >= 2 && v.text->text[t[k].begin - 2] == ',' && OnlyPlaceWords(cues, v, place->last, k)
                 ? k + 1
                 : 0;
  return 0;
}

// "transporting looted Libyan firearms", "Afghan opiates": a place right
// before the goods a word of trade names (one space between) is where they
// come from.
const MentionAt* GoodsOfPlace(const SentenceView& v, const std::vector<const MentionAt*>& crimes,
                              const MentionAt* place) {
  for (const MentionAt* c : crimes)
    if (c->first == place->last && c->mention->rule == std::string_view("commodity") &&
        v.tokens()[c->first].begin == v.tokens()[place->last - 1].end + 1)
      return c;
  return nullptr;
}

// "the illegal exploitation of the natural resources of the Democratic
// Republic of the Congo": a place that "of" joins to the crime's name right
// before it is where the crime is.
const MentionAt* CrimeOfPlace(const SentenceView& v, const std::vector<const MentionAt*>& crimes,
                              const MentionAt* r) {
  std::size_t k = r->first;
  if (k >= 1 && v.tokens()[k - 1].norm == "the") --k;
  if (k < 2 || v.tokens()[k - 1].norm != "of") return nullptr;
  for (const MentionAt* c : crimes)
    if (c->last == k - 1) return c;
  return nullptr;
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  const SentenceView& v = x.v;
  const bool crime_place = x.cues.crime_region.AnyIn(v.cues, 0, v.tokens().size());
  for (const MentionAt* r : x.regions) {
    if (const MentionAt* goods = GoodsOfPlace(v, x.crimes, r)) {
      out->push_back(MakeClaim("occurs_in", v, goods, r, "", "crime-region"));
      if (!r->locative) continue;
    }
    if (const MentionAt* c = CrimeOfPlace(v, x.crimes, r); c && !r->locative && !CrimeAsTopic(x.cues, v, c)) {
      out->push_back(MakeClaim("occurs_in", v, c, r, "", "crime-region"));
      continue;
    }
    if (!r->locative && !crime_place) continue;
    if (NotCrimePlace(x.cues, v, r)) continue;
    // "Eritrean and Somali nationals": the people's nationality, no place.
    if (!r->locative && PeopleOf(x.cues, v, x.regions, r)) continue;
    const std::vector<const MentionAt*> nearest = CrimesOfPlace(v, x.crimes, r);
    for (const MentionAt* c : nearest)
      if (!CrimeAsTopic(x.cues, v, c) && !PlaceOfItsOwn(x.cues, v, x.regions, c, r) &&
          !EarlierListItem(v, r, c) && !VictimsFrom(x.cues, v, c, r))
        out->push_back(MakeClaim("occurs_in", v, c, r, "", "crime-region"));
    // The crimes of the "where" clause that describes the place.
    if (const std::size_t where = r->locative ? WhereClause(x.cues, v, r) : 0)
      for (const MentionAt* c : x.crimes)
        if (c->first >= where && c->clause == r->clause && !CrimeAsTopic(x.cues, v, c) &&
            std::find(nearest.begin(), nearest.end(), c) == nearest.end())
          out->push_back(MakeClaim("occurs_in", v, c, r, "", "crime-region"));
    // Not for "the region": the heading's topic is where the sentence names it.
    if (r->mention->rule == std::string_view("anaphora")) continue;
    for (const std::string& c : x.implicit) {
      Claim claim = MakeClaim("occurs_in", v, r, nullptr, "", "crime-region.heading");
      claim.subject = c;
      claim.object = r->mention->entity;
      claim.subject_begin = claim.subject_end = 0;
      claim.object_begin = r->mention->begin;
      claim.object_end = r->mention->end;
      out->push_back(claim);
    }
  }
}

}  // namespace

LinkRule OccursInRule() {
  return {"occurs_in",
          {"crime-region", "not_crime_place", "crime_place_for", "crime_topic", "route_end", "narrowing",
           "locative_skip", "people_of"},
          Link};
}

}  // namespace nexus
