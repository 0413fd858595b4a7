#include "extractors/claim_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <span>

#include "extractors/mention_extractor.h"

namespace nexus {
namespace {

using T = EntityType;

// Words that may stand between a group and a place it acts in ("In
// Afghanistan, the Taliban ..."), and between a group and a place it holds
// without a preposition ("Mosul ... under the control of ISIL").
constexpr std::size_t kGroupReach = 25;
constexpr std::size_t kHeldReach = 20;

Claim MakeClaim(const SentenceView& v, const MentionAt* a, const MentionAt* b,
                const std::string& b_id, const char* rule) {
  Claim c;
  c.subject = a->mention->entity;
  c.object = b ? b->mention->entity : b_id;
  c.paragraph = v.paragraph;
  c.sentence = v.sentence;
  c.hedged = v.hedged || a->hedged || (b && b->hedged);
  c.rule = rule;
  c.subject_begin = a->mention->begin;
  c.subject_end = a->mention->end;
  if (b) {
    c.object_begin = b->mention->begin;
    c.object_end = b->mention->end;
  }
  return c;
}

std::size_t Distance(const MentionAt* a, const MentionAt* b) {
  return a->first < b->first ? b->first - a->last : a->first - b->last;
}

// Whether one of `mentions` stands between a and b: "the Monitoring Team has
// no information that ISIL in Iraq ..." places ISIL, not the Team.
bool Between(const std::vector<const MentionAt*>& mentions, const MentionAt* a, const MentionAt* b) {
  std::size_t lo = std::min(a->last, b->last), hi = std::max(a->first, b->first);
  for (const MentionAt* m : mentions)
    if (m->first >= lo && m->last <= hi) return true;
  return false;
}

// "... in the Gulf of Guinea, the illegal wildlife trade", "... from Iraq and
// the Syrian Arab Republic and kidnapping": a place followed by a crime that
// is only the next item of a list is not where that crime is. The words
// between are list glue (a comma or a conjunction, articles) and the other
// places of the place's own list.
bool Siblings(const SentenceView& v, const MentionAt* place, const MentionAt* crime) {
  if (place->first > crime->first) return false;
  const std::string& text = v.text->text;
  std::size_t b = v.tokens()[place->last - 1].end, e = v.tokens()[crime->first].begin;
  bool joined = text.find(',', b) < e || text.find(';', b) < e;
  for (std::size_t i = place->last; i < crime->first; ++i) {
    const MentionAt* other = nullptr;
    for (const MentionAt& m : v.mentions)
      if (m.first == i && m.mention->type == T::kRegion) other = &m;
    if (other) {
      i = other->last - 1;
      continue;
    }
    std::string_view w = v.tokens()[i].norm;
    if (w == "and" || w == "or") joined = true;
    else if (w != "the" && w != "a" && w != "an" && w != "illegal" && w != "illicit")
      return false;
  }
  return joined;
}

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

// Only list separators (",", "and", "or", "as well as") between two mentions.
bool Listed(const SentenceView& v, const MentionAt* a, const MentionAt* b) {
  if (a->first > b->first) std::swap(a, b);
  for (std::size_t i = a->last; i < b->first; ++i) {
    std::string_view w = v.tokens()[i].norm;
    if (w != "and" && w != "or" && w != "as" && w != "well") return false;
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

// Whether a cue of `cues`, of up to four words, ends right before token i.
bool CueEndsAt(const CueSet& cues, const SentenceView& v, std::size_t i) {
  for (std::size_t len = 1; len <= 4 && len <= i; ++len)
    if (cues.MatchAt(v.cues, i - len) == len) return true;
  return false;
}

// The token where the phrase that governs a place begins: before the place,
// the other places listed with it, their articles and, given `skip`, the words
// that may stand between a locative cue and its place ("in Mali, the Niger and
// Chad" -> "in"; "for North Cameroon" -> "for").
std::size_t PlaceHead(const SentenceView& v, const MentionAt* place,
                      const CueSet* skip = nullptr) {
  std::size_t i = place->first;
  for (;;) {
    bool stepped = false;
    for (const MentionAt& m : v.mentions)
      if (m.last == i && m.mention->type == T::kRegion && m.first < i) {
        i = m.first;
        stepped = true;
      }
    if (!stepped && i > 0) {
      std::string_view w = v.tokens()[i - 1].norm;
      if (w == "the" || w == "and" || w == "or") {
        --i;
        stepped = true;
      } else if (skip && skip->MatchAt(v.cues, i - 1) == 1) {
        --i;
        stepped = true;
      }
    }
    if (!stepped) return i;
  }
}

// A place that is no place of a crime: the venue of a meeting ("agreed at a
// meeting held in Bangui") or the beneficiary of an effort ("a strategy ...
// for Central Africa"), but not a destination ("cocaine destined for Europe").
bool NotCrimePlace(const LinkCues& cues, const SentenceView& v, const MentionAt* place) {
  std::size_t head = PlaceHead(v, place, &cues.locative_skip);
  return CueEndsAt(cues.not_crime_place, v, head) && !CueEndsAt(cues.crime_place_for, v, head);
}

// A crime that is the topic of an activity ("mock trials on the financing of
// terrorism", "a strategy on counter-terrorism and arms control"): the places
// of the sentence are where the activity is, not where the crime is.
bool CrimeAsTopic(const LinkCues& cues, const SentenceView& v, const MentionAt* crime) {
  for (std::size_t back = 0; back <= 3 && back <= crime->first; ++back)
    if (CueEndsAt(cues.crime_topic, v, crime->first - back)) return true;
  return false;
}

// The UN bodies listed with `u` after it ("UNODC, the Office for Disarmament
// Affairs and the Centre"): the last token of that list.
std::size_t ListEnd(const SentenceView& v, const std::vector<const MentionAt*>& units,
                    const MentionAt* u) {
  std::size_t end = u->last;
  for (bool grew = true; grew;) {
    grew = false;
    for (const MentionAt* o : units) {
      if (o->first < end) continue;
      bool glue = true;
      for (std::size_t i = end; i < o->first && glue; ++i) {
        std::string_view w = v.tokens()[i].norm;
        glue = w == "and" || w == "or" || w == "the" || w == "its" || w == "as" || w == "well";
      }
      if (glue && o->clause == u->clause) {
        end = o->last;
        grew = true;
      }
    }
  }
  return end;
}

// Where the words that `u` is the actor of end. A UN body named inside a
// modifier ("assistance provided by X", "entities such as X", "the initiative
// of X") acts only within that phrase, which ends at the next ", and", ",
// as", ", while" or ", but": what the sentence goes on to say after it is not
// that body's. A body that is the subject of the sentence acts in all of it.
std::size_t ActorScope(const LinkCues& cues, const SentenceView& v,
                       const std::vector<const MentionAt*>& units, const MentionAt* u) {
  std::size_t n = v.tokens().size();
  // The first of the bodies listed together with u ("such as A, B and C").
  std::size_t start = u->first;
  for (bool grew = true; grew;) {
    grew = false;
    for (const MentionAt* o : units)
      if (o->first < start && ListEnd(v, units, o) > start) {
        start = o->first;
        grew = true;
      }
  }
  while (start > 0 && (v.tokens()[start - 1].norm == "the" || v.tokens()[start - 1].norm == "its" ||
                       v.tokens()[start - 1].norm == "their"))
    --start;
  if (!CueEndsAt(cues.un_nested, v, start)) return n;
  // "the initiative of X": the phrase X belongs to ends at the next comma
  // that does not continue a list of names.
  const bool possessor = CueEndsAt(cues.un_possessor, v, start);
  const std::string& text = v.text->text;
  for (std::size_t i = ListEnd(v, units, u); i < n; ++i) {
    if (i == 0) continue;
    std::size_t b = v.tokens()[i - 1].end, e = v.tokens()[i].begin;
    if (text.find(',', b) >= e) continue;
    std::string_view w = v.tokens()[i].norm;
    // ", and in the Niger" goes on with the list of places.
    bool more_places = false;
    for (const MentionAt& m : v.mentions)
      more_places = more_places || (m.mention->type == T::kRegion && m.first > i && m.first <= i + 3);
    if ((w == "and" || w == "as" || w == "while" || w == "whereas" || w == "but") && !more_places)
      return i;
    if (possessor && !more_places) {
      std::size_t j = (w == "the" && i + 1 < n) ? i + 1 : i;
      bool names = false;
      for (const MentionAt& m : v.mentions) names = names || m.first == j;
      if (!names) return i;
    }
  }
  return n;
}

// The first token of what `u` reports: "UNODC estimated in its 2013 report
// that ...", "The Group has received information that ...". A body that
// reports a statement is its source, not an actor in the places it is about.
std::size_t ReportedFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* u) {
  const CueSet& verbs = cues.reporting;
  std::size_t n = v.tokens().size();
  for (std::size_t i = u->last; i < n && i <= u->last + 3; ++i) {
    std::size_t len = verbs.MatchAt(v.cues, i);
    if (!len) continue;
    for (std::size_t j = i + len; j < n && j <= i + len + 15; ++j)
      if (v.tokens()[j].norm == "that") return j + 1;
    return n;
  }
  return n;
}

// Whether only list words and places stand between places a and b (a before
// b): "the Middle East, North Africa and the Sahel", "the Bari region of
// Puntland".
bool SamePlaceList(const LinkCues& cues, const SentenceView& v, const MentionAt* a,
                   const MentionAt* b) {
  const CueSet& skip = cues.locative_skip;
  for (std::size_t i = a->last; i < b->first;) {
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
    std::size_t len = skip.MatchAt(v.cues, i);
    if (!len) return false;
    i += len;
  }
  return true;
}

// "the illegal charcoal trade in Somalia, and ... in the Yemen conflict": a
// crime that has a place of its own before `place`, not listed with it and
// parted from it by a comma, is not at `place` too; except on a route ("from
// West Africa to Europe").
bool PlaceOfItsOwn(const LinkCues& cues, const SentenceView& v,
                   const std::vector<const MentionAt*>& regions, const MentionAt* crime,
                   const MentionAt* place) {
  if (crime->first > place->first) return false;
  std::size_t head = PlaceHead(v, place);
  if (head > 0 && cues.route_end.MatchAt(v.cues, head - 1) == 1) return false;
  for (const MentionAt* other : regions)
    if (other != place && other->first >= crime->last && other->last <= place->first &&
        other->locative && !SamePlaceList(cues, v, other, place) &&
        v.text->text.find(',', v.tokens()[other->last - 1].end) < v.tokens()[place->first].begin)
      return true;
  return false;
}

// A group that only receives ("cargoes destined for Al-Shabaab", "paying dues
// to AQIM"): the places named after it are where the goods and payers go,
// not where the group is.
bool Recipient(const LinkCues& cues, const SentenceView& v, const MentionAt* g) {
  for (std::size_t back = 1; back <= 4 && back <= g->first; ++back)
    if (cues.group_recipient.MatchAt(v.cues, g->first - back) == back) return true;
  return false;
}

// "... a mechanism in six States in the Sahel region, the ECOWAS plan to
// address drug trafficking": a mention that ends an item of a list of noun
// phrases (", the ...") is not linked to one named in a later item. An
// apposition is no new item: a name right after ", the" ("..., the Abu
// Sayyaf Group"), or a phrase that a comma closes before the sentence goes on
// ("ISIL, the largest group, controls ..."). A mention that opens the
// sentence ("In Afghanistan, the Taliban ...") sets the scene for all of it.
bool EarlierListItem(const SentenceView& v, const MentionAt* a, const MentionAt* b) {
  if (a->first > b->first) return false;
  if (PlaceHead(v, a) <= 1) return false;
  const std::string& text = v.text->text;
  auto comma_before = [&](std::size_t i) {
    return text.find(',', v.tokens()[i - 1].end) < v.tokens()[i].begin;
  };
  // The token after ", the" / ", and the" at i, or 0 when no new item starts at i.
  auto item_at = [&](std::size_t i) -> std::size_t {
    std::size_t j = i;
    if (v.tokens()[j].norm == "and") ++j;
    if (j >= b->first || v.tokens()[j].norm != "the") return 0;
    return j + 1;
  };
  auto name_at = [&](std::size_t i) {
    for (const MentionAt& m : v.mentions)
      if (m.first == i) return true;
    return false;
  };
  // A list: two items or more start with ", the" ("Afghanistan, the largest
  // producer of opium" is one apposition, not a list).
  int items = 0;
  for (std::size_t i = 1; i < v.tokens().size(); ++i)
    if (comma_before(i) && v.tokens()[i].norm == "the" && !name_at(i + 1)) ++items;
  if (items < 2) return false;
  bool items_to_b = true;  // every comma from here to b starts a new item
  for (std::size_t i = b->first; i >= a->last && i > 0; --i) {
    if (!comma_before(i)) continue;
    std::size_t after = item_at(i);
    if (!after) {
      items_to_b = false;
      continue;
    }
    if (!name_at(after) && items_to_b) return true;
  }
  return false;
}

}  // namespace

std::vector<std::string> ClaimExtractor::HeadingCrimes(const Document& doc, std::size_t p) const {
  for (int s = doc.paragraphs[p].section; s >= 0; s = doc.sections[s].parent) {
    std::vector<std::string> crimes;
    for (const Mention& m : MatchText(rules_, doc.sections[s].title))
      if (m.type == T::kCrime && std::find(crimes.begin(), crimes.end(), m.entity) == crimes.end())
        crimes.push_back(m.entity);
    if (!crimes.empty()) return crimes;
  }
  return {};
}

void ClaimExtractor::LinkSentence(const SentenceView& v, const std::vector<std::string>& heading,
                                  std::vector<Claim>* out) const {
  auto groups = v.OfType(T::kGroup), crimes = v.OfType(T::kCrime);
  auto regions = v.OfType(T::kRegion), units = v.OfType(T::kUnEntity);
  // The heading's crime counts when it is the only one, or the sentence names none.
  std::vector<std::string> implicit;
  if (heading.size() == 1 || crimes.empty()) implicit = heading;
  for (const MentionAt* c : crimes) implicit.erase(
      std::remove(implicit.begin(), implicit.end(), c->mention->entity), implicit.end());
  // Which clauses hold a cue of each kind, computed once per sentence.
  auto clauses_with = [&](const CueSet& cues) {
    std::vector<bool> has(v.clauses.empty() ? 1 : v.clauses.back() + 1, false);
    for (std::size_t i = 0; i < v.tokens().size(); ++i)
      if (!has[v.clauses[i]] && cues.MatchAt(v.cues, i)) has[v.clauses[i]] = true;
    return has;
  };
  const std::vector<bool> crime_cue = clauses_with(cues_.group_crime);
  const std::vector<bool> place_cue = clauses_with(cues_.group_region);
  auto trigger_in_clause = [&](const std::vector<bool>& has, int clause) {
    return clause < static_cast<int>(has.size()) && has[clause];
  };
  bool un_activity = cues_.un_activity.AnyIn(v.cues, 0, v.tokens().size());
  bool crime_place = cues_.crime_region.AnyIn(v.cues, 0, v.tokens().size());
  for (const MentionAt* g : groups) {
    if (g->affiliate_object) continue;
    bool trig = trigger_in_clause(crime_cue, g->clause);
    for (const MentionAt* c : crimes)
      if (c->clause == g->clause && Distance(g, c) <= 40 && trig && !EarlierListItem(v, g, c) &&
          !EarlierListItem(v, c, g))
        out->push_back(MakeClaim(v, g, c, "", "group-crime"));
    for (const std::string& c : implicit)
      if (trig) out->push_back(MakeClaim(v, g, nullptr, c, "group-crime.heading"));
    bool held = trigger_in_clause(place_cue, g->clause);
    const bool recipient = Recipient(cues_, v, g);
    for (const MentionAt* r : regions)
      if (r->clause == g->clause && Distance(g, r) <= kGroupReach &&
          !(recipient && r->first > g->first) &&
          !EarlierListItem(v, r, g) && !EarlierListItem(v, g, r) &&
          (r->locative || (held && Distance(g, r) <= kHeldReach)))
        out->push_back(MakeClaim(v, g, r, "", "group-region"));
    for (const MentionAt* other : groups)
      if (other != g && other->affiliate_object && other->clause == g->clause &&
          other->mention->entity != g->mention->entity && Distance(g, other) <= 25)
        out->push_back(MakeClaim(v, g, other, "", "group-group"));
  }
  for (const MentionAt* r : regions) {
    if (!r->locative && !crime_place) continue;
    // A place belongs to the nearest crime of its clause, with the crimes
    // listed together with it ("smuggling of oil, arms and drugs in X"), not
    // to every crime the clause names; not to a crime that is only the topic
    // of an activity, has a place of its own, or belongs to another item of a
    // list; and a venue or a beneficiary is no place of a crime.
    if (NotCrimePlace(cues_, v, r)) continue;
    for (const MentionAt* c : CrimesOfPlace(v, crimes, r))
      if (!CrimeAsTopic(cues_, v, c) && !PlaceOfItsOwn(cues_, v, regions, c, r) &&
          !EarlierListItem(v, r, c))
        out->push_back(MakeClaim(v, c, r, "", "crime-region"));
    for (const std::string& c : implicit) {
      Claim claim = MakeClaim(v, r, nullptr, "", "crime-region.heading");
      claim.subject = c;
      claim.object = r->mention->entity;
      claim.subject_begin = claim.subject_end = 0;
      claim.object_begin = r->mention->begin;
      claim.object_end = r->mention->end;
      out->push_back(claim);
    }
  }
  for (const MentionAt* u : units) {
    if ((!u->source && !un_activity) || u->recipient) continue;
    // Crimes and places after the end of u's phrase are not u's, nor the
    // places of a statement that u reports.
    const std::size_t scope = ActorScope(cues_, v, units, u);
    auto in_scope = [&](const MentionAt* m) { return m->first < u->first || m->first < scope; };
    for (const MentionAt* c : crimes)
      if (in_scope(c)) out->push_back(MakeClaim(v, u, c, "", "un-crime"));
    if (crimes.empty())
      for (const std::string& c : implicit) out->push_back(MakeClaim(v, u, nullptr, c, "un-crime.heading"));
    if (u->source) continue;  // the source of a statement is not where it happens
    const std::size_t reported = ReportedFrom(cues_, v, u);
    for (const MentionAt* r : regions)
      if (r->locative && !Between(groups, u, r) && !AfterAnotherActor(units, u, r) && in_scope(r) &&
          (r->first < u->first || r->first < reported))
        out->push_back(MakeClaim(v, u, r, "", "un-region"));
  }
}

void ClaimExtractor::Extract(const Document& doc, Findings* findings) const {
  // The crimes a paragraph's heading stands in for: those of its section's
  // nearest heading that names any (looked up once per section), for body
  // paragraphs only.
  int section_of_crimes = -2;
  std::vector<std::string> section_crimes;
  const std::vector<std::string> none;
  auto heading_of = [&](std::size_t para) -> const std::vector<std::string>& {
    const Paragraph& p = doc.paragraphs[para];
    if (p.kind != BlockKind::kParagraph && p.kind != BlockKind::kListItem) return none;
    if (p.section != section_of_crimes) {
      section_of_crimes = p.section;
      section_crimes = HeadingCrimes(doc, para);
    }
    return section_crimes;
  };
  // LinkSentence joins a group to a crime, a place or another group, a
  // crime to a place, and a UN entity to a crime or a place; a heading's
  // crime can be the crime of a group, a place or a UN entity. A sentence
  // with no such pair (one entity however often, places only, crimes only)
  // links nothing and gets no view.
  auto may_link = [&](std::size_t para, std::span<const Mention* const> mentions) {
    bool group = false, crime = false, region = false, un = false, two_groups = false;
    const std::string* first_group = nullptr;
    for (const Mention* m : mentions) {
      switch (m->type) {
        case T::kGroup:
          if (first_group && m->entity != *first_group) two_groups = true;
          if (!first_group) first_group = &m->entity;
          group = true;
          break;
        case T::kCrime: crime = true; break;
        case T::kRegion: region = true; break;
        case T::kUnEntity: un = true; break;
      }
    }
    if ((group && (crime || region || two_groups)) || (crime && region) || (un && (crime || region)))
      return true;
    return (group || region || un) && !heading_of(para).empty();
  };
  std::size_t last_para = static_cast<std::size_t>(-1);
  std::vector<std::string> heading;
  ForEachView(doc, *findings, cues_, may_link, [&](const SentenceView& v) {
    if (v.paragraph != last_para) {
      last_para = v.paragraph;
      heading = heading_of(v.paragraph);
    }
    if (!v.denied) LinkSentence(v, heading, &findings->claims);
  });
  LinkParents(*findings, &findings->claims);
}

void ClaimExtractor::LinkParents(const Findings& findings, std::vector<Claim>* out) const {
  std::set<std::string> named, done;
  for (const Mention& m : findings.mentions)
    if (m.type == T::kRegion) named.insert(m.entity);
  for (const Mention& m : findings.mentions) {
    if (m.type != T::kRegion || done.count(m.entity)) continue;
    const Entity* e = rules_.FindEntity(m.entity);
    if (!e || e->parent.empty() || e->parent == e->id || !named.count(e->parent)) continue;
    done.insert(m.entity);
    Claim c;
    c.subject = m.entity;
    c.object = e->parent;
    c.paragraph = m.paragraph;
    c.sentence = m.sentence;
    c.rule = "part_of";
    c.subject_begin = m.begin;
    c.subject_end = m.end;
    out->push_back(c);
  }
}

}  // namespace nexus
