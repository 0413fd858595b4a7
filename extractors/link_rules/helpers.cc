#include "extractors/link_rules/helpers.h"

#include "extractors/link_rules/link_rule.h"

#include <algorithm>

namespace nexus::link_rules {

Claim MakeClaim(const char* relation, const SentenceView& v, const MentionAt* a,
                const MentionAt* b, const std::string& b_id, const char* rule) {
  Claim c;
  c.relation = relation;
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
                      const CueSet* skip) {
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
      } else if (const std::size_t open = AsideStart(v, i); open < i) {
        i = open;
        stepped = true;
      }
      for (std::size_t len = 4; skip && !stepped && len >= 1; --len)
        if (len <= i && skip->MatchAt(v.cues, i - len) == len) {
          i -= len;
          stepped = true;
        }
    }
    if (!stepped) return i;
  }
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
  auto comma_before = [&](std::size_t i) {  // between words i - 1 and i
    const std::size_t from = v.tokens()[i - 1].end;
    return std::string_view(text).substr(from, v.tokens()[i].begin - from).find(',') != std::string_view::npos;
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
    if (v.tokens()[i].norm == "the" && comma_before(i) && !name_at(i + 1)) ++items;
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

BracketName BracketOwner(const SentenceView& v, const MentionAt* m) {
  const std::string& text = v.text->text;
  // The opening bracket that holds m.
  int depth = 0;
  std::size_t open = std::string::npos;
  for (std::size_t k = m->mention->begin; k > 0; --k) {
    const char c = text[k - 1];
    if (c == ')') ++depth;
    else if (c == '(' && depth-- == 0) {
      open = k - 1;
      break;
    }
  }
  if (open == std::string::npos) return {};
  // Back past spaces and the brackets that stand between it and the name.
  std::size_t end = open, aside = std::string::npos;  // the first bracket passed
  for (;;) {
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == 0 || text[end - 1] != ')') break;
    int d = 0;
    std::size_t k = end;
    for (; k > 0; --k) {
      if (text[k - 1] == ')') ++d;
      else if (text[k - 1] == '(' && --d == 0) break;
    }
    if (k == 0) return {};
    end = k - 1;
    aside = end;
  }
  for (const MentionAt& other : v.mentions)
    if (other.mention->end == end) return {true, &other};
  // "Khatiba Imam al-Bukhari (KIB) (from ...)": the name known by its acronym.
  if (aside != std::string::npos)
    for (const MentionAt& other : v.mentions)
      if (other.mention->begin > aside && other.mention->begin <= aside + 2) return {true, &other};
  // A name no mention holds: a capitalised word right before.
  for (const Token& t : v.tokens())
    if (t.end == end) return {t.capitalized, nullptr};
  return {};
}

std::vector<bool> ClausesWith(const CueSet& cues, const SentenceView& v) {
  std::vector<bool> has(v.clauses.empty() ? 1 : v.clauses.back() + 1, false);
  for (std::size_t i = 0; i < v.tokens().size(); ++i)
    if (!has[v.clauses[i]] && cues.MatchAt(v.cues, i)) has[v.clauses[i]] = true;
  return has;
}

// A place that is no place of a crime: the venue of a meeting ("agreed at a
// meeting held in Bangui") or the beneficiary of an effort ("a strategy ...
// for Central Africa"), but not a destination ("cocaine destined for Europe").
// See the header.
bool StateWordAfter(const SentenceView& v, const MentionAt* place) {
  const Tokens& t = v.tokens();
  if (place->last >= t.size()) return false;
  const std::string_view n = t[place->last].norm;
  return n == "authorities" || n == "government" || n == "officials";
}

bool NotCrimePlace(const LinkCues& cues, const SentenceView& v, const MentionAt* place) {
  std::size_t head = PlaceHead(v, place, &cues.locative_skip);
  return CueEndsAt(cues.not_crime_place, v, head) && !CueEndsAt(cues.crime_place_for, v, head);
}

// See the header.
bool PeopleFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* r,
                std::initializer_list<std::string_view> people, std::size_t reach) {
  const Tokens& t = v.tokens();
  // Before the whole list: "from A and B".
  const std::size_t head = PlaceHead(v, r, &cues.locative_skip);
  if (head < 2 || t[head - 1].norm != "from") return false;
  for (std::size_t k = head - 1; k-- > 0 && head - 1 - k <= reach;)
    if (std::find(people.begin(), people.end(), t[k].norm) != people.end()) return true;
  return false;
}

// Where the people a kidnapping takes come from (see the header).
bool VictimsFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* crime, const MentionAt* r) {
  const std::string& id = crime->mention->entity;
  if (id != "crime:kidnapping_for_ransom" && id != "crime:extortion") return false;
  return PeopleFrom(cues, v, r,
                    {"missionaries", "nationals", "citizens", "workers", "tourists", "journalists", "hostages",
                     "engineers", "students", "pilgrims", "traders", "businessmen", "travellers", "people", "men",
                     "women", "children"},
                    3);
}

// See the header.
bool ServesFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* r) {
  return PeopleFrom(cues, v, r,
                    {"peacekeeper", "peacekeepers", "soldier", "soldiers", "troops", "contingent", "contingents",
                     "national", "nationals", "citizen", "citizens"},
                    3);
}

// The venue of talks between parties, no place where a party is: "peace
// talks initiatives in Qatar and Washington, D.C.", "as agreed under the
// Luanda process".
bool Venue(const LinkCues& cues, const SentenceView& v, const MentionAt* place) {
  if (CueEndsAt(cues.venue, v, PlaceHead(v, place, &cues.locative_skip))) return true;
  // The suffix after the last of a list of places: "the Luanda and Nairobi
  // processes".
  const Tokens& t = v.tokens();
  for (const MentionAt* p = place; p;) {
    if (p->last < t.size() && cues.venue_suffix.MatchAt(v.cues, p->last) > 0) return true;
    std::size_t next = p->last;
    if (next < t.size() && (t[next].norm == "and" || t[next].norm == "or")) ++next;
    const MentionAt* after = nullptr;
    if (next > p->last)
      for (const MentionAt& m : v.mentions)
        if (m.first == next && m.mention->type == EntityType::kRegion) after = &m;
    p = after;
  }
  return false;
}

// A crime that is the topic of an activity ("mock trials on the financing of
// terrorism", "a strategy on counter-terrorism and arms control"): the places
// of the sentence are where the activity is, not where the crime is.
bool CrimeAsTopic(const LinkCues& cues, const SentenceView& v, const MentionAt* crime) {
  // Up to three words between ("training on the financing of"), or up to
  // eight lower-case words in one phrase ("a workshop on preventing and
  // denying the benefits of kidnapping for ransom").
  const Tokens& t = v.tokens();
  for (std::size_t back = 0; back <= 8 && back <= crime->first; ++back) {
    const std::size_t at = crime->first - back;
    if (back > 3 && (t[at].capitalized || v.text->text.find(',', t[at].end) < t[crime->first].begin)) break;
    if (CueEndsAt(cues.crime_topic, v, at)) return true;
  }
  return false;
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
    // "has previously reported on cases ... in X": what follows is the topic.
    if (i + len < n && v.tokens()[i + len].norm == "on") return i + len;
    for (std::size_t j = i + len; j < n && j <= i + len + 15; ++j)
      if (v.tokens()[j].norm == "that") return j + 1;
    return n;
  }
  return n;
}

// A group that only receives ("cargoes destined for Al-Shabaab", "paying dues
// to AQIM"): the places named after it are where the goods and payers go,
// not where the group is.
bool Recipient(const LinkCues& cues, const SentenceView& v, const MentionAt* g) {
  for (std::size_t back = 1; back <= 4 && back <= g->first; ++back)
    if (cues.group_recipient.MatchAt(v.cues, g->first - back) == back) return true;
  return false;
}

// "... in the Gulf of Guinea, the illegal wildlife trade", "... from Iraq and
// the Syrian Arab Republic and kidnapping": a place followed by a crime that
// is only the next item of a list is not where that crime is. The words
// between are list glue (a comma or a conjunction, articles) and the other
// places of the place's own list.
bool Siblings(const SentenceView& v, const MentionAt* place, const MentionAt* crime) {
  if (place->first > crime->first) return false;
  // "In Thailand, heroin seizures rose": a place opening the sentence sets
  // the scene for what follows; it is no item of a list.
  if (place->locative && PlaceHead(v, place) <= 1) return false;
  // "operates near Aleppo, extorting traders": a participle with its object
  // after the comma tells what the actor does there; no list goes on.
  const Tokens& t = v.tokens();
  const std::string_view verb = t[crime->first].norm;
  if (verb.size() > 5 && verb.ends_with("ing") && crime->first + 1 < t.size()) {
    const std::string_view next = t[crime->first + 1].norm;
    if (next != "of" && next != "for" && next != "and" && next != "or" && next != "in" &&
        t[crime->first + 1].begin == t[crime->first].end + 1)
      return false;
  }
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

bool StandsAside(const SentenceView& v, const std::vector<const MentionAt*>& groups, const MentionAt* g) {
  // A part named after its group acts: "local White Army factions in Jonglei".
  if (!g->affiliate_object || g->named_part) return false;
  const Tokens& t = v.tokens();
  // Only a part of the group ("the X faction of", "a cell of") lets it act.
  std::size_t k = g->first;
  if (k > 0 && t[k - 1].norm == "the") --k;
  const bool part = k >= 2 && t[k - 1].norm == "of" &&
                    (t[k - 2].norm == "faction" || t[k - 2].norm == "factions" || t[k - 2].norm == "branch" ||
                     t[k - 2].norm == "wing" || t[k - 2].norm == "cell" || t[k - 2].norm == "cells" ||
                     t[k - 2].norm == "unit" || t[k - 2].norm == "units");
  if (!part) return true;
  for (const MentionAt* other : groups)
    if (other != g && other->clause == g->clause && !other->affiliate_object &&
        other->mention->entity != g->mention->entity)
      return true;
  return false;
}

namespace {

bool IsMonth(std::string_view w) {
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"})
    if (w == m) return true;
  return false;
}

}  // namespace

// Where the dateline that opens the sentence ends ("Suva (Fiji), 12
// November 2024 - ...", "TOKYO, 20 May -", "VIENNA, 3 March (UN Information
// Service) --"): the first token after its dash,
// or 0 when there is none. Its places are where the text was written.
std::size_t DatelineEnd(const Sentence& sentence) {
  const Tokens& t = sentence.tokens;
  if (t.size() < 5 || !t[0].capitalized) return 0;
  for (std::size_t i = 1; i < t.size() && i < 12; ++i) {
    if (!IsMonth(t[i].norm)) continue;
    // A day before or after the month, a year perhaps, then a dash.
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + 2 && !t[k].norm.empty() && t[k].norm[0] >= '0' && t[k].norm[0] <= '9') ++k;
    if (k >= t.size()) return 0;
    const std::string& text = sentence.text;
    // The agency that sends it in brackets: "VIENNA, 3 March (UN Information Service) --".
    std::size_t from = t[k - 1].end;
    if (text.compare(from, 2, " (") == 0) {
      const std::size_t close = text.find(')', from);
      if (close == std::string::npos || close > from + 60) return 0;
      while (k < t.size() && t[k].begin < close) ++k;
      if (k >= t.size()) return 0;
      from = close + 1;
    }
    const std::string_view gap(text.data() + from, t[k].begin - from);
    if (gap == " - " || gap == " \xE2\x80\x93 " || gap == " \xE2\x80\x94 " || gap == " -- ") {
      // Only the place, its bracket and a comma before the date.
      const std::size_t comma = text.rfind(',', t[i].begin);
      if (comma == std::string::npos || comma < t[0].end) return 0;
      return k;
    }
    return 0;
  }
  return 0;
}

}  // namespace nexus::link_rules

namespace nexus {

namespace {

bool IsSpeaker(std::string_view w) {
  for (std::string_view x : {"delegate", "delegates", "representative", "representatives", "ambassador", "delegation",
                             "speaker", "envoy"})
    if (w == x) return true;
  return false;
}

// A place that only says whose speaker speaks: "The United Kingdom's
// delegate said ...", "the representative of France", "Ghana's
// representative", "the Minister for Foreign Affairs of Israel".
bool SpeakersPlace(const SentenceView& v, const MentionAt* r) {
  const Tokens& t = v.tokens();
  const std::string& text = v.text->text;
  const std::size_t end = t[r->last - 1].end;
  const std::string_view surface = r->mention->surface;
  const bool possessive = PossessiveAt(text, end) || (surface.size() > 2 && PossessiveAt(surface, surface.size() - 2)) ||
                          (surface.size() > 4 && PossessiveAt(surface, surface.size() - 4));
  if (possessive && r->last < t.size()) {
    std::size_t k = r->last;
    if (k < t.size() && t[k].norm == "s" && t[k].begin <= end + 3) ++k;  // the "s" of the possessive
    if (k < t.size() && (IsSpeaker(t[k].norm) || (k + 1 < t.size() && IsSpeaker(t[k + 1].norm) &&
                                                  (t[k].norm == "permanent" || t[k].norm == "special"))))
      return true;
  }
  // "the representative of France", one speaker only: "representatives of
  // Mali" a UN body works with are the place's own.
  std::size_t k = r->first;
  if (k > 0 && t[k - 1].norm == "the") --k;
  if (k < 2 || t[k - 1].norm != "of") return false;
  if (t[k - 2].norm == "representative" || t[k - 2].norm == "delegate" || t[k - 2].norm == "ambassador")
    return true;
  // "the Minister for Foreign Affairs of Israel", "the Prime Minister of X":
  // a minister's title, its portfolio words between.
  for (std::size_t b = k - 2, n = 0; n < 4; --b, ++n) {
    const std::string_view w = t[b].norm;
    if (w == "minister") return true;
    if (w != "for" && w != "of" && w != "foreign" && w != "affairs" && w != "defence" && w != "defense" &&
        w != "interior" && w != "the")
      return false;
    if (b == 0) break;
  }
  return false;
}

// The places a link may join: not those of a dateline, nor a speaker's.
std::vector<const MentionAt*> PlacesToLink(const SentenceView& v, std::vector<const MentionAt*> regions) {
  if (regions.empty()) return regions;
  const std::size_t end = link_rules::DatelineEnd(*v.text);
  regions.erase(std::remove_if(regions.begin(), regions.end(),
                               [&](const MentionAt* r) { return r->last <= end || SpeakersPlace(v, r); }),
                regions.end());
  return regions;
}

}  // namespace

LinkContext::LinkContext(const SentenceView& view, const LinkCues& link_cues)
    : v(view),
      cues(link_cues),
      groups(view.OfType(EntityType::kGroup)),
      crimes(view.OfType(EntityType::kCrime)),
      regions(PlacesToLink(view, view.OfType(EntityType::kRegion))),
      units(view.OfType(EntityType::kUnEntity)) {
  // Only for the units the UN rules read: actors (an activity cue in the
  // sentence) and sources, never recipients.
  const bool activity = !units.empty() && cues.un_activity.AnyIn(v.cues, 0, v.tokens().size());
  unit_scopes.reserve(units.size());
  for (const MentionAt* u : units)
    unit_scopes.push_back((u->source || activity) && !u->recipient
                              ? link_rules::ActorScope(cues, v, units, u)
                              : 0);
}

}  // namespace nexus
