#include "extractors/sentence_view.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "extractors/mention_extractor.h"

namespace nexus {

std::vector<const MentionAt*> SentenceView::OfType(EntityType type) const {
  std::vector<const MentionAt*> out;
  for (const MentionAt& m : mentions)
    if (m.mention->type == type) out.push_back(&m);
  return out;
}

int SentenceView::ClauseOf(std::size_t token) const {
  return token < clauses.size() ? clauses[token] : 0;
}

LinkCues::LinkCues(const Rules& r)
    : rules(r),
      hedge(r.Cues("hedge")),
      denial(r.Cues("denial")),
      locative(r.Cues("locative")),
      locative_skip(r.Cues("locative_skip")),
      region_title(r.Cues("region_title")),
      source(r.Cues("source")),
      source_suffix(r.Cues("source_suffix")),
      recipient(r.Cues("recipient")),
      affiliation(r.Cues("affiliation")),
      affiliation_suffix(r.Cues("affiliation_suffix")),
      part_suffix(r.Cues("part_suffix")),
      hedge_mention(r.Cues("hedge_mention")),
      hearsay_source(r.Cues("hearsay_source")),
      clause_opener(r.Cues("clause_opener")),
      not_crime_place(r.Cues("not_crime_place")),
      venue(r.Cues("venue")),
      venue_suffix(r.Cues("venue_suffix")),
      crime_place_for(r.Cues("crime_place_for")),
      crime_topic(r.Cues("crime_topic")),
      un_nested(r.Cues("un_nested")),
      un_possessor(r.Cues("un_possessor")),
      reporting(r.Cues("reporting")),
      route_end(r.Cues("route_end")),
      narrowing(r.Cues("narrowing")),
      group_recipient(r.Cues("group_recipient")),
      people_of(r.Cues("people_of")),
      affiliation_compound(r.Cues("affiliation_compound")),
      affiliation_between(r.Cues("affiliation_between")),
      affiliation_reciprocal(r.Cues("affiliation_reciprocal")),
      affiliation_supply(r.Cues("affiliation_supply")),
      affiliation_supplied(r.Cues("affiliation_supplied")),
      affiliation_given_by(r.Cues("affiliation_given_by")),
      recorded(r.Cues("recorded")),
      group_crime(r.Cues("group-crime")),
      group_region(r.Cues("group-region")),
      un_activity(r.Cues("un-activity")),
      crime_region(r.Cues("crime-region")) {
  for (const auto& [unit, folded] : r.FoldedLabels(EntityType::kUnEntity)) {
    std::vector<std::string> places = MandatePlaces(r, unit->label);
    // A committee named after its country elsewhere ("Somalia Sanctions
    // Committee"), when its label names a group instead ("... concerning
    // Al-Shabaab").
    if (places.empty())
      for (const std::string& alias : unit->aliases)
        if (alias.ends_with(" Sanctions Committee")) {
          places = MandatePlaces(r, "Committee for " + alias.substr(0, alias.size() - 20));
          if (!places.empty()) break;
        }
    if (!places.empty()) mandates.emplace(unit->id, std::move(places));
  }
}

std::vector<std::string> MandatePlaces(const Rules& rules, std::string_view label) {
  std::size_t at = std::string_view::npos, after = 0;
  for (std::string_view word : {" in ", " on ", " for ", " concerning "}) {
    const std::size_t k = label.rfind(word);
    if (k != std::string_view::npos && (at == std::string_view::npos || k > at)) at = k, after = k + word.size();
  }
  if (at == std::string_view::npos) return {};
  // The three words before the keyword and what follows: no group's name
  // may hold the keyword.
  std::size_t from = at;
  for (int words = 0; from > 0 && words < 3; --from)
    if (label[from - 1] == ' ') ++words;
  const std::string_view around = label.substr(from);
  for (const Mention& m : MatchText(rules, around))
    if (m.type == EntityType::kGroup && from + m.begin <= at && from + m.end > at) return {};
  const std::string_view tail = label.substr(after);
  std::vector<std::string> places;
  std::string rest;
  std::size_t last = 0;
  for (const Mention& m : MatchText(rules, tail)) {
    if (m.type != EntityType::kRegion || m.begin < last) return {};
    rest.append(tail.substr(last, m.begin - last));
    last = m.end;
    places.push_back(m.entity);
  }
  rest.append(tail.substr(last));
  // Only "the", "and" and commas besides the places.
  std::size_t k = 0;
  while (k < rest.size()) {
    if (rest[k] == ' ' || rest[k] == ',') {
      ++k;
      continue;
    }
    const std::size_t end = std::min(rest.find_first_of(" ,", k), rest.size());
    const std::string_view word(rest.data() + k, end - k);
    if (word != "the" && word != "and") return {};
    k = end;
  }
  std::sort(places.begin(), places.end());
  places.erase(std::unique(places.begin(), places.end()), places.end());
  return places;
}

namespace {

bool EndsTitle(const LinkCues& cues, const SentenceView& v, std::size_t i) {
  for (std::size_t len = 1; len <= 8 && len <= i; ++len)
    if (cues.region_title.MatchAt(v.cues, i - len) == len) return true;
  return false;
}

// Whether a dash or a colon stands right before token i, after a plural
// word for places that a locative cue at most twelve words before governs.
constexpr std::size_t kPlacesNamedReach = 12;

}  // namespace

bool ListOfPlacesNamed(const LinkCues& cues, const SentenceView& v, std::size_t i) {
  if (i < 2) return false;
  const Tokens& t = v.tokens();
  const std::string_view gap(v.text->text.data() + t[i - 1].end, t[i].begin - t[i - 1].end);
  const bool dash = gap.find(':') != std::string_view::npos || gap.find("\u2013") != std::string_view::npos ||
                    gap.find("\u2014") != std::string_view::npos || gap.find(" - ") != std::string_view::npos;
  const std::string_view w = t[i - 1].norm;
  if (!dash || !(w == "states" || w == "countries" || w == "neighbours" || w == "neighbors" || w == "provinces" ||
                 w == "regions" || w == "territories" || w == "cities" || w == "towns"))
    return false;
  for (std::size_t k = i - 1; k-- > 0 && i - 1 - k <= kPlacesNamedReach;)
    for (std::size_t len = 1; len <= 3 && k + len <= i - 1; ++len)
      if (cues.locative.MatchAt(v.cues, k) == len) return true;
  return false;
}

namespace {

bool IsSeizureVerb(std::string_view w) {
  return w == "seized" || w == "intercepted" || w == "confiscated" || w == "impounded" || w == "offloaded" ||
         w == "recovered";
}

// "seized by Omani authorities", "Kenyan police intercepted ...": a place
// that names the State whose agency (authorities, police, customs, navy,
// coast guard) seizes the goods is where they were seized, and a seizure
// tells of trafficking through it.
bool SeizedThere(const SentenceView& v, const MentionAt& m) {
  const Tokens& t = v.tokens();
  std::size_t k = m.last;
  if (k < t.size() && (t[k].norm == "coast" || t[k].norm == "customs" || t[k].norm == "border") &&
      k + 1 < t.size() && (t[k + 1].norm == "guard" || t[k + 1].norm == "guards" || t[k + 1].norm == "authorities" ||
                           t[k + 1].norm == "police" || t[k + 1].norm == "officials" || t[k + 1].norm == "officers"))
    k += 2;
  else if (k < t.size() && (t[k].norm == "authorities" || t[k].norm == "police" || t[k].norm == "customs" ||
                            t[k].norm == "navy" || t[k].norm == "officials"))
    ++k;
  else
    return false;
  // "... by (the) <agency>".
  std::size_t b = m.first;
  if (b >= 1 && t[b - 1].norm == "the") --b;
  if (b >= 2 && t[b - 1].norm == "by" && IsSeizureVerb(t[b - 2].norm)) return true;
  // "<agency> (have|had) seized ...".
  if (k < t.size() && (t[k].norm == "have" || t[k].norm == "had" || t[k].norm == "also")) ++k;
  return k < t.size() && IsSeizureVerb(t[k].norm);
}

bool Locative(const LinkCues& cues, const SentenceView& v, const MentionAt& m) {
  // A destination in a compound: "Haiti-bound firearms".
  if (m.last < v.tokens().size()) {
    const Token& next = v.tokens()[m.last];
    if (next.norm == "bound" && next.begin > 0 && v.text->text[next.begin - 1] == '-') return true;
  }
  if (SeizedThere(v, m)) return true;
  std::size_t i = m.first;
  int steps = 0;
  while (i > 0 && steps < 12) {
    ++steps;
    // A cue ending right before position i? Not when it ends a title: the
    // "Special Representative for Central Africa" is a person, not a place.
    for (std::size_t len = 1; len <= 3 && len <= i; ++len)
      if (cues.locative.MatchAt(v.cues, i - len) == len) return !EndsTitle(cues, v, i);
    // Step over skippable words, other regions of a list, and commas.
    bool stepped = false;
    for (const MentionAt& other : v.mentions) {
      if (other.last == i && other.mention->type == EntityType::kRegion) {
        i = other.first;
        stepped = true;
        break;
      }
    }
    if (stepped) continue;
    // ... and a group that holds the place: "from Al-Shabaab-controlled Kismayo".
    if (i >= 2) {
      const Token& held = v.tokens()[i - 1];
      const bool participle = held.norm == "controlled" || held.norm == "held" || held.norm == "occupied" ||
                              held.norm == "dominated" || held.norm == "run";
      if (participle && held.begin > 0 && v.text->text[held.begin - 1] == '-')
        for (const MentionAt& other : v.mentions)
          if (other.last == i - 1 && other.mention->type == EntityType::kGroup) {
            i = other.first;
            stepped = true;
            break;
          }
    }
    if (stepped) continue;
    for (std::size_t len = 4; len >= 1 && !stepped; --len)
      if (len <= i && cues.locative_skip.MatchAt(v.cues, i - len) == len) {
        i -= len;
        stepped = true;
      }
    // ... and a bracketed aside after an earlier item of the list: "via
    // Pakistan (160 tons) and Iran".
    if (!stepped) {
      const std::size_t open = AsideStart(v, i);
      stepped = open < i;
      i = open;
    }
    // ... and a dash or a colon after a plural word for places, when a
    // locative cue governs that word ("from all of its bordering Member
    // States – Ethiopia, Somalia and Uganda").
    if (!stepped) return ListOfPlacesNamed(cues, v, i);
  }
  return false;
}

// The token range of `m`: the token holding its first byte, and one past the
// token holding its last. Tokens are ordered and disjoint, so each is found
// by a binary search on the tokens' ends.
void TokenRange(const Tokens& tokens, const Mention& m, MentionAt* at) {
  auto first = std::upper_bound(tokens.begin(), tokens.end(), m.begin,
                                [](std::size_t pos, const Token& t) { return pos < t.end; });
  if (first != tokens.end() && first->begin <= m.begin) at->first = first - tokens.begin();
  auto last = std::lower_bound(tokens.begin(), tokens.end(), m.end,
                               [](const Token& t, std::size_t pos) { return t.end < pos; });
  if (last != tokens.end() && last->begin < m.end) at->last = last - tokens.begin() + 1;
  if (at->last <= at->first) at->last = at->first + 1;
}

}  // namespace

std::size_t AsideStart(const SentenceView& v, std::size_t i) {
  if (i == 0) return i;
  const std::string& text = v.text->text;
  std::size_t k = v.tokens()[i - 1].end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size() || text[k] != ')') return i;
  for (std::size_t j = i; j-- > 0 && i - j <= 6;) {
    for (const MentionAt& m : v.mentions)
      if (m.first <= j && j < m.last) return i;  // a name in it: no aside
    const std::size_t b = v.tokens()[j].begin;
    if (b > 0 && text[b - 1] == '(') return j;
  }
  return i;
}

std::size_t AsideEnd(const SentenceView& v, std::size_t i) {
  const std::string& text = v.text->text;
  const Tokens& t = v.tokens();
  if (i >= t.size() || t[i].begin == 0 || text[t[i].begin - 1] != '(') return i;
  for (std::size_t j = i; j < t.size() && j - i < 6; ++j) {
    for (const MentionAt& m : v.mentions)
      if (m.first <= j && j < m.last) return i;  // a name in it: no aside
    std::size_t k = t[j].end;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && text[k] == ')') return j + 1;
  }
  return i;
}

bool ListGlue(const std::string& text, std::size_t b, std::size_t e) {
  int depth = 0, glue = 0;
  std::string_view word;
  // "linked to A (QDe.4), Aiman al-Zawahiri (QDi.6), and B": a person the
  // sanctions list names, with the reference of a listed individual, is an
  // item of the list too; what stands between its comma and its bracket is
  // skipped.
  std::size_t skip_to = b;
  // From k, right after a comma: past the bracket of an individual before the next comma.
  auto item_before = [&](std::size_t k) {
    const std::size_t open = text.find('(', k), comma = text.find(',', k);
    if (open >= e || comma < open || SanctionsReferenceAt(std::string_view(text).substr(0, e), open + 1) != 'i')
      return k;
    const std::size_t close = text.find(')', open);
    return close < e ? close + 1 : k;
  };
  // "and the leadership of B": the leaders or members of a group are the group.
  int of_group = 0;
  auto end_word = [&] {
    if (word.empty()) return true;
    auto is = [&](std::string_view x) {
      return word.size() == x.size() &&
             std::equal(word.begin(), word.end(), x.begin(),
                        [](char a, char c) { return std::tolower(static_cast<unsigned char>(a)) == c; });
    };
    bool ok = is("and") || is("or") || is("as") || is("well");
    if (!ok && (is("the") || is("leadership") || is("leaders") || is("members") || is("of")) && of_group < 3) {
      ++of_group;
      ok = true;
      --glue;
    }
    ++glue;
    word = {};
    return ok;
  };
  for (std::size_t k = b; k < e; ++k) {
    if (k < skip_to) continue;
    const char c = text[k];
    if (c == ',' && depth == 0) skip_to = item_before(k + 1);
    // Quotation marks around a name ("the “5 Segond” and “400 Mawozo” gangs").
    if (c == '"' || (c == '\xE2' && k + 2 < e && text[k + 1] == '\x80' &&
                     (text[k + 2] == '\x9C' || text[k + 2] == '\x9D'))) {
      if (!end_word()) return false;
      if (c != '"') k += 2;
      continue;
    }
    if (c == '(') ++depth;
    else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
    if (depth > 0 || c == '(' || c == ')' || c == ',' || c == ' ') {
      if (!end_word()) return false;
    } else {
      word = word.empty() ? std::string_view(text.data() + k, 1) : std::string_view(word.data(), word.size() + 1);
    }
  }
  return depth == 0 && end_word() && glue <= 3;
}

// "Traders who use the roads of the Sahel have reported that ...",
// "Witnesses said that ...": a sentence that opens with what people who
// are no authority report (a source of cue set hearsay_source, then a word
// of saying within twelve words) states no fact of its own.
constexpr std::size_t kHearsayReach = 12;

// "..., said Jane Doe, Executive Director of UNODC", "“...”, the Chair of
// the Committee told the Council.": a UN body that a speaker named after what
// she said speaks for is the source of the statement before, like
// "according to". Either the verb of speech follows a comma or a closing
// quotation mark and stands at most ten words before the body, or the
// speaker's words open after such a mark at most six words before the body
// and end the sentence at most four words after the verb.
// The verbs of a speaker's words: narrower than cue set "reporting" (a body
// "found" or "estimated" after a comma is no speaker).
static bool SpeakerVerb(std::string_view w) {
  static const std::set<std::string_view> kVerbs = {"said",      "told",     "stated",     "added",
                                                    "noted",     "stressed", "warned",     "explained",
                                                    "emphasized", "remarked", "cautioned", "underlined"};
  return kVerbs.count(w) > 0;
}

static bool SpeakerAfterStatement(const SentenceView& v, const MentionAt& at) {
  const auto& t = v.tokens();
  const std::string& text = v.text->text;
  auto after_mark = [&](std::size_t k) {  // a comma or a closing quotation mark right before token k
    std::size_t gap = t[k].begin;
    while (gap > 0 && text[gap - 1] == ' ') --gap;
    if (gap == 0) return false;
    const bool quote = gap >= 3 && text.compare(gap - 3, 3, "\xE2\x80\x9D") == 0;  // ”
    return text[gap - 1] == ',' || text[gap - 1] == '"' || quote;
  };
  for (std::size_t back = 1; back <= 10 && back <= at.first; ++back) {
    const std::size_t k = at.first - back;
    if (SpeakerVerb(t[k].norm)) return after_mark(k);
  }
  for (std::size_t k = at.last; k < t.size() && k < at.last + 3; ++k) {
    if (!SpeakerVerb(t[k].norm)) continue;
    if (t.size() - k > 5) return false;
    for (std::size_t b = at.first; b + 6 >= at.first && b > 0; --b)
      if (after_mark(b)) return true;
    return false;
  }
  return false;
}

// ", while smuggling oil", ", while also ...": "while" before a participle
// (or "also") goes on with the clause's own subject, and opens no clause.
static bool WhileDoing(const Tokens& t, std::size_t i) {
  if (t[i].norm != "while" && t[i].norm != "whereas") return false;
  if (i + 1 >= t.size()) return true;
  const std::string_view next = t[i + 1].norm;
  return next == "also" || next == "still" || (next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0);
}

static bool Hearsay(const LinkCues& cues, const SentenceView& v) {
  const Tokens& t = v.tokens();
  std::size_t k = 0;
  while (k < t.size() && k < 2 && (t[k].norm == "the" || t[k].norm == "some" || t[k].norm == "several" ||
                                   t[k].norm == "local" || t[k].norm == "many"))
    ++k;
  const std::size_t n = k < t.size() ? cues.hearsay_source.MatchAt(v.cues, k) : 0;
  if (!n) return false;
  for (std::size_t i = k + n; i < t.size() && i <= k + n + kHearsayReach; ++i) {
    const std::string_view w = t[i].norm;
    if (w == "reported" || w == "report" || w == "said" || w == "say" || w == "told" || w == "claimed" ||
        w == "claim" || w == "alleged" || w == "stated" || w == "recounted" || w == "described")
      return true;
  }
  return false;
}

// "Al-Qaida's Sahel branch", "ISIL's regional affiliates" (a suffix at most
// two words after the possessive), "Boko Haram and its splinter faction":
// a part of the group `at` names, which is affiliated with it.
static bool OwnPart(const LinkCues& cues, const SentenceView& v, const MentionAt& at) {
  const Tokens& t = v.tokens();
  std::size_t k = at.last;
  if (PossessiveAt(v.text->text, at.mention->end)) {
    if (k < t.size() && t[k].norm == "s") ++k;
  } else if (k + 1 < t.size() && (t[k].norm == "and" || v.text->text[at.mention->end] == ',') &&
             (t[k + (t[k].norm == "and")].norm == "its")) {
    k += t[k].norm == "and" ? 2 : 1;
  } else {
    return false;
  }
  for (std::size_t i = k; i < t.size() && i <= k + 2; ++i)
    if (cues.affiliation_suffix.MatchAt(v.cues, i) || cues.part_suffix.MatchAt(v.cues, i)) return true;
  return false;
}

// "operating under the Wazalendo/VDP label", "under the JNIM banner": the
// group whose label others use is affiliated with them. Between the name and
// the head, only the group's other name after a slash or in brackets
// ("Wazalendo/Volontaires pour la défense de la patrie (VDP) label"), at
// most ten words, with no comma nor "and" in it.
static bool UnderLabel(const SentenceView& v, const MentionAt& at) {
  const Tokens& t = v.tokens();
  const std::string& text = v.text->text;
  if (at.first < 2 || t[at.first - 2].norm != "under" || t[at.first - 1].norm != "the") return false;
  auto head = [&](std::size_t k) {
    return t[k].norm == "label" || t[k].norm == "banner" || t[k].norm == "umbrella" || t[k].norm == "flag";
  };
  std::size_t k = at.last;
  if (k >= t.size()) return false;
  if (head(k)) return true;
  const char after = text[at.mention->end];
  if (after != '/' && text.compare(at.mention->end, 2, " (") != 0) return false;
  for (; k < t.size() && k < at.last + 10; ++k) {
    if (t[k].norm == "and" || t[k].norm == "or" ||
        text.find_first_of(",;.", t[k - 1].end) < t[k].begin)
      return false;
    if (head(k)) return true;
  }
  return false;
}

// A group an affiliation cue governs from further away: past words that
// only describe it ("support to the sanctioned armed group ADF"), or as an
// example of the groups the cue governs ("harboured other terrorist groups
// composed of fighters, such as ETIM"). No other group
// stands between the cue and the name.
static bool AffiliationBefore(const LinkCues& cues, const SentenceView& v, MentionAt& at) {
  const Tokens& t = v.tokens();
  auto describes = [&](std::size_t k) {
    static const std::set<std::string, std::less<>> kWords = {
        "the", "a", "an", "other", "sanctioned", "armed", "terrorist", "group", "groups", "organization",
        "organizations", "listed", "designated", "local", "regional", "its", "their", "militant",
        "extremist", "affiliated", "foreign", "allied", "several", "various", "some"};
    return kWords.count(t[k].norm) > 0;
  };
  auto group_in = [&](std::size_t a, std::size_t b) {
    for (const MentionAt& m : v.mentions)
      if (m.mention->type == EntityType::kGroup && m.first >= a && m.first < b) return true;
    return false;
  };
  // Past describing words.
  std::size_t k = at.first;
  while (k > 0 && at.first - k < 6 && describes(k - 1)) --k;
  if (k < at.first)
    for (std::size_t back = 1; back <= 4 && back <= k; ++back) {
      const std::size_t n = cues.affiliation.MatchAt(v.cues, k - back);
      if (n && k - back + n == k) return true;
    }
  // As an example: "such as" (or "such terrorist groups as"), "including" or
  // "namely" right before the name (or its "the"), an affiliation cue at most
  // 16 words before that.
  // Or in brackets after the words for groups the cue governs:
  // "cooperation with regional terrorist organizations of non-Afghan origin
  // (TTP, ...)".
  std::size_t e = at.first;
  bool bracket = false;
  if (e >= 3 && t[e - 1].norm == "the") --e;  // "such as the Islamic Movement of ..."
  // "including the military arms of X": the wing stands for its group.
  if (e >= 4 && t[e - 1].norm == "of" && (t[e - 2].norm == "arm" || t[e - 2].norm == "arms" ||
                                          t[e - 2].norm == "wing" || t[e - 2].norm == "wings") &&
      (t[e - 3].norm == "military" || t[e - 3].norm == "armed")) {
    e -= 3;
    if (e >= 3 && t[e - 1].norm == "the") --e;
  }
  std::size_t such = e;  // "such terrorist organizations as": "such", describing words, "as"
  if (e >= 3 && t[e - 1].norm == "as") {
    such = e - 1;
    while (such > 0 && e - 1 - such < 4 && t[such - 1].norm != "such" && describes(such - 1)) --such;
    such = such > 0 && t[such - 1].norm == "such" ? such - 1 : e;
  }
  if (e >= 2 && t[e - 2].norm == "such" && t[e - 1].norm == "as") {
    e -= 2;
  } else if (such < e) {
    e = such;
  } else if (e >= 1 && (t[e - 1].norm == "including" || t[e - 1].norm == "namely")) {
    e -= 1;
  } else if (e == at.first && e >= 2 && at.mention->begin >= 2 && v.text->text[at.mention->begin - 1] == '(' &&
             v.text->text[at.mention->begin - 2] == ' ') {
    bracket = true;
  } else {
    return false;
  }
  auto group_word = [&](std::size_t a, std::size_t b) {
    for (std::size_t w = a; w < b; ++w)
      for (std::string_view x : {"groups", "organizations", "organisations", "entities", "movements", "factions"})
        if (t[w].norm == x) return true;
    return false;
  };
  // A group may stand between when it only names whose affiliates the
  // examples are: "connections with other Al-Qaida affiliates such as
  // Al-Shabaab" (Al-Shabaab is one of those the connections are with, and
  // an affiliate of Al-Qaida).
  auto owner_of_examples = [&](std::size_t a) -> const MentionAt* {
    for (const MentionAt& m : v.mentions)
      if (m.mention->type == EntityType::kGroup && m.first >= a && m.first < e) {
        const std::size_t n = m.last < t.size() ? cues.affiliation_suffix.MatchAt(v.cues, m.last) : 0;
        return n > 0 && m.last + n == e ? &m : nullptr;
      }
    return nullptr;
  };
  for (std::size_t start = e > 16 ? e - 16 : 0; start < e; ++start) {
    const std::size_t n = cues.affiliation.MatchAt(v.cues, start);
    if (n == 0 || start + n > e) continue;
    const MentionAt* owner = bracket || !group_in(start + n, e) ? nullptr : owner_of_examples(start + n);
    if ((!group_in(start + n, e) || owner) && v.ClauseOf(start) == at.clause &&
        (!bracket || group_word(start + n, e))) {
      at.described_first = start + n;
      at.described_last = e;
      if (owner) at.member_of = owner->mention;
      return true;
    }
  }
  return false;
}

// Where the name stands that a group's acronym in brackets follows, when the
// rules do not know that name ("Khatiba al-Tawhid wal-Jihad (KTJ, QDe.168)"):
// the start of the capitalised words (and particles) right before the
// bracket. Else where the mention starts.
static std::size_t NameBeforeAcronym(const SentenceView& v, const MentionAt& at) {
  const std::string& text = v.text->text;
  const std::size_t begin = at.mention->begin;
  if (begin < 2 || text[begin - 1] != '(' || text[begin - 2] != ' ' || at.first == 0) return begin;
  const Tokens& t = v.tokens();
  std::size_t k = at.first;  // tokens before the bracket: k - 1, k - 2, ...
  std::size_t start = begin;
  int capitals = 0;
  while (k > 0) {
    const Token& w = t[k - 1];
    bool particle = false;
    for (std::string_view x : {"al", "el", "ul", "wal", "wa", "fi", "bin", "ibn", "de", "la"}) particle = particle || w.norm == x;
    if (!w.capitalized && !particle && !w.hyphen_before) break;
    capitals += w.capitalized;
    start = w.begin;
    --k;
  }
  return capitals > 0 ? start : begin;
}

// See the header.
const MentionAt* CompoundDescribed(const LinkCues& cues, const SentenceView& v, const MentionAt& h) {
  constexpr std::size_t kReach = 3;
  const Tokens& t = v.tokens();
  const std::size_t k = h.last;
  if (h.mention->type != EntityType::kGroup || k >= t.size() || t[k].begin != h.mention->end + 1 ||
      v.text->text[h.mention->end] != '-' || !cues.affiliation_compound.MatchAt(v.cues, k))
    return nullptr;
  for (const MentionAt& g : v.mentions) {
    if (g.mention->type != EntityType::kGroup || g.first <= k || g.mention->entity == h.mention->entity) continue;
    const std::size_t f = g.first;
    const bool named = f >= 2 && f <= k + kReach + 2 &&
                       ((t[f - 2].norm == "known" && t[f - 1].norm == "as") || t[f - 1].norm == "called");
    if (f <= k + kReach || named) return &g;
  }
  return nullptr;
}

// Coordination: the groups listed right after an affiliation's object share
// it ("cooperation with TTP, the IMU and Jamaat Ansarullah").
void ShareAffiliation(SentenceView* v) {
  std::vector<MentionAt*> groups;
  for (MentionAt& m : v->mentions)
    if (m.mention->type == EntityType::kGroup) groups.push_back(&m);
  std::sort(groups.begin(), groups.end(), [](const MentionAt* a, const MentionAt* b) { return a->first < b->first; });
  const std::string& text = v->text->text;
  // A name inside the brackets right after the one before ("the Islamic
  // Movement of Uzbekistan (IMU, QDe.010), Jamaat Ansarullah") is an aside:
  // the list goes on past the brackets; so past "ETIM/TIP". (Whether the bracket shares the
  // name's part is settled above: "merged with X (X), which ...".)
  auto aside = [&](const MentionAt* prev, const MentionAt* next) {
    // "ETIM/TIP": one group's two names.
    if (prev->mention->entity == next->mention->entity && next->mention->begin == prev->mention->end + 1 &&
        text[prev->mention->end] == '/')
      return true;
    std::size_t k = prev->mention->end;
    while (k < next->mention->begin && text[k] == ' ') ++k;
    return k < next->mention->begin && text[k] == '(' &&
           text.find(')', k) >= next->mention->begin;
  };
  for (std::size_t k = 1, before = 0; k < groups.size(); ++k) {
    MentionAt* prev = groups[before];
    MentionAt* next = groups[k];
    if (aside(prev, next)) continue;
    const std::size_t asides = before + 1;  // groups[asides, k): prev's asides
    before = k;
    if (!prev->affiliate_object || next->affiliate_object || next->clause != prev->clause) continue;
    // After a name in brackets, the list goes on past them: "(KTJ, QDe.168) and".
    std::size_t from = prev->mention->end;
    const std::size_t open = text.rfind('(', prev->mention->begin);
    if (open != std::string::npos && text.find(')', open) >= prev->mention->end) {
      const std::size_t close = text.find(')', prev->mention->end);
      if (close < next->mention->begin) from = close + 1;
    }
    // "ETIM/TIP and", "Harakat ul-Mujahidin/ HUM (QDe.008),": the other
    // name after the slash belongs to the item.
    if (from < next->mention->begin && text[from] == '/') {
      ++from;
      while (from < next->mention->begin && text[from] == ' ') ++from;
      while (from < next->mention->begin && text[from] != ' ' && text[from] != ',') ++from;
    }
    if (ListGlue(text, from, NameBeforeAcronym(*v, *next))) {
      next->affiliate_object = true;
      if (!next->member_of) next->member_of = prev->member_of;
      next->list_first = prev->list_first;
      next->described_first = prev->described_first;
      next->described_last = prev->described_last;
      // The list went on past prev's brackets: what they name is an item too.
      for (std::size_t a = asides; a < k; ++a) {
        groups[a]->affiliate_object = true;
        groups[a]->list_first = prev->list_first;
      }
    }
  }
  // And the brackets of a list's later item ("and Khatiba Imam al-Bukhari (KIB)").
  for (std::size_t k = 1, before = 0; k < groups.size(); ++k) {
    const MentionAt* item = groups[before];
    if (!aside(item, groups[k])) {
      before = k;
    } else if (item->affiliate_object && item->list_first < item->first &&
               groups[k]->mention->entity == item->mention->entity) {
      groups[k]->affiliate_object = true;
      groups[k]->list_first = item->list_first;
    }
  }
}

// "some Viv Ansanm gangs (Grand Ravine, 5 Segond and Ti Bwa)", "ISIL
// (ISIL-K and ISIL-Somalia)": groups listed in brackets right after a
// group's name (and a plural word for groups) are its members. Not the
// group's own other names ("ISIL (Da'esh)").
void MembersInBrackets(SentenceView* v) {
  const std::string& text = v->text->text;
  for (std::size_t a = 0; a < v->mentions.size(); ++a) {
    const MentionAt& owner = v->mentions[a];
    if (owner.mention->type != EntityType::kGroup) continue;
    std::size_t k = owner.mention->end;
    const std::size_t word = k + 1;  // "gangs", "groups", "factions" may follow the name
    for (std::string_view w : {"gangs (", "groups (", "factions (", "militias ("})
      if (word < text.size() && text.compare(word, w.size(), w) == 0) k = word + w.size() - 2;
    if (k >= text.size() || text.compare(k, 2, " (") != 0) continue;
    const std::size_t close = text.find(')', k);
    if (close == std::string::npos) continue;
    std::vector<MentionAt*> members;
    bool only_names = true;
    for (std::size_t b = a + 1; b < v->mentions.size() && v->mentions[b].mention->begin < close; ++b) {
      MentionAt& m = v->mentions[b];
      // A place's name may name a gang ("La Saline"): a name, no member.
      if (m.mention->type != EntityType::kGroup && m.mention->type != EntityType::kRegion) {
        only_names = false;
        break;
      }
      if (m.mention->type == EntityType::kGroup && m.mention->entity != owner.mention->entity) members.push_back(&m);
    }
    // Between the names, only list glue and other names (capitalised words,
    // numbers): "(Grand Ravine, La Saline, Delmas 6 and Krache Dife)".
    for (const Token& w : v->tokens()) {
      if (w.begin <= k + 1 || w.end > close || !only_names) continue;
      bool named = false;
      for (const MentionAt& m : v->mentions) named = named || (m.mention->begin <= w.begin && w.end <= m.mention->end);
      const bool name_word = w.capitalized || std::isdigit(static_cast<unsigned char>(text[w.begin])) ||
                             w.norm == "and" || w.norm == "or" || w.norm == "de" || w.norm == "la";
      if (!named && !name_word) only_names = false;
    }
    if (!only_names || members.size() < 2) continue;
    for (MentionAt* m : members) m->member_of = owner.mention;
  }
}

void ForEachView(const Document& doc, const Findings& findings, const LinkCues& cues,
                 const ViewFilter& wanted, const std::function<void(const SentenceView&)>& use) {
  // The mentions by sentence, each sentence's in the order of the findings.
  std::vector<const Mention*> mentions;
  mentions.reserve(findings.mentions.size());
  for (const Mention& m : findings.mentions) mentions.push_back(&m);
  auto before = [](const Mention* a, const Mention* b) {
    return a->paragraph != b->paragraph ? a->paragraph < b->paragraph : a->sentence < b->sentence;
  };
  if (!std::is_sorted(mentions.begin(), mentions.end(), before))
    std::stable_sort(mentions.begin(), mentions.end(), before);
  SentenceView v;
  for (std::size_t run = 0, end = 0; run < mentions.size(); run = end) {
    for (end = run + 1; end < mentions.size() && !before(mentions[run], mentions[end]); ++end) {
    }
    if (wanted && !wanted(mentions[run]->paragraph,
                          std::span<const Mention* const>(mentions.data() + run, end - run)))
      continue;
    v.paragraph = mentions[run]->paragraph;
    v.sentence = mentions[run]->sentence;
    v.text = &doc.paragraphs[v.paragraph].sentences[v.sentence];
    cues.rules.MatchCues(v.tokens(), &v.cues);
    // A token's clause: the number of ';' before it, and of the clause
    // openers after a comma (", reaffirming its concern at ...").
    int clause = 0;
    const std::string& text = v.text->text;
    std::size_t semicolon = text.find(';');
    v.clauses.clear();
    v.clauses.reserve(v.tokens().size());
    const bool openers = cues.clause_opener.AnyIn(v.cues, 0, v.tokens().size());
    for (std::size_t i = 0; i < v.tokens().size(); ++i) {
      const Token& t = v.tokens()[i];
      for (; semicolon < t.begin; semicolon = text.find(';', semicolon + 1)) ++clause;
      if (openers && i > 0 && cues.clause_opener.MatchAt(v.cues, i) && !WhileDoing(v.tokens(), i)) {
        // Right after a comma, or after ", and".
        std::size_t gap = v.tokens()[i - 1].end;
        if (v.tokens()[i - 1].norm == "and" && i > 1) gap = v.tokens()[i - 2].end;
        if (text.find(',', gap) < t.begin) ++clause;
      } else if (i > 1 && v.tokens()[i - 1].norm == "and" && SpeakerVerb(t.norm)) {
        // "... pointed to X and said in Somalia, Y ...": what a speaker goes
        // on to say is a clause of its own, comma or not.
        ++clause;
      }
      v.clauses.push_back(clause);
    }
    v.colon_clause = -1;
    const std::size_t colon = text.find(": ");
    if (colon != std::string::npos && text.find(';', colon) != std::string::npos)
      for (std::size_t i = 0; i < v.tokens().size(); ++i)
        if (v.tokens()[i].begin > colon) {
          if (i > 0) {
            v.colon_items = i;
            v.colon_clause = v.clauses[i - 1];
          }
          break;
        }
    v.hedged = cues.hedge.AnyIn(v.cues, 0, v.tokens().size()) || Hearsay(cues, v);
    v.denied = cues.denial.AnyIn(v.cues, 0, v.tokens().size());
    v.mentions.clear();
    v.mentions.reserve(end - run);
    for (std::size_t k = run; k < end; ++k) {
      // A group named only as what a compound opposes ("anti-FDLR
      // operations") takes part in no link.
      if (mentions[k]->rule == "opposed") continue;
      MentionAt at;
      at.mention = mentions[k];
      TokenRange(v.tokens(), *at.mention, &at);
      at.list_first = at.first;
      at.clause = v.ClauseOf(at.first);
      v.mentions.push_back(at);
    }
    for (MentionAt& at : v.mentions) {
      // A claimed event stands for its places ("responsibility for the attack").
      if (at.mention->type == EntityType::kRegion)
        at.locative = at.mention->rule == "anaphora.event" || Locative(cues, v, at);
      // The speaker of a briefing ("She pointed out that ...") is the
      // source of what she says, like "according to".
      if (at.mention->rule == "pronoun.speaker") at.source = true;
      // A cue ending within three words before the mention ("according to the").
      for (std::size_t back = 1; back <= 5 && back <= at.first; ++back) {
        std::size_t start = at.first - back;
        std::size_t n = cues.source.MatchAt(v.cues, start);
        if (n && start + n + 2 >= at.first) at.source = true;
        n = cues.recipient.MatchAt(v.cues, start);
        if (n && start + n + 2 >= at.first) at.recipient = true;
        n = cues.affiliation.MatchAt(v.cues, start);
        if (n && start + n + 2 >= at.first) at.affiliate_object = true;
      }
      if (at.mention->type == EntityType::kGroup && !at.affiliate_object)
        at.affiliate_object = AffiliationBefore(cues, v, at);
      const bool governed = at.affiliate_object;  // by a cue before it
      for (std::size_t back = 1; back <= 2 && back <= at.first; ++back)
        if (cues.hedge_mention.MatchAt(v.cues, at.first - back) == 1) at.hedged = true;
      std::size_t after = at.last;
      if (after < v.tokens().size() && cues.affiliation_suffix.MatchAt(v.cues, after))
        at.affiliate_object = true;
      if (at.mention->type == EntityType::kGroup) at.affiliate_object |= OwnPart(cues, v, at) || UnderLabel(v, at);
      // The first half of a compound ("the Al-Qaida-affiliated JNIM"): the
      // group only describes another.
      if (at.mention->type == EntityType::kGroup && CompoundDescribed(cues, v, at)) at.affiliate_object = true;
      // Not the part an affiliation cue governs: "ETIM was part of the HTS
      // coalition that ..., and stationed its members in Damascus".
      if (after < v.tokens().size() && cues.part_suffix.MatchAt(v.cues, after)) {
        at.affiliate_object = true;
        at.named_part = !governed;
      }
      // "the UNODC report", "UNODC's survey": the body's publication is the
      // source of what the sentence says.
      if (at.mention->type == EntityType::kUnEntity && after < v.tokens().size() &&
          cues.source_suffix.MatchAt(v.cues, after))
        at.source = true;
      if (at.mention->type == EntityType::kUnEntity && SpeakerAfterStatement(v, at)) at.source = true;
    }
    // "the United Nations Office on Drugs and Crime (UNODC) report": the
    // acronym in brackets right after a name is a source or a recipient when
    // the name is, and the name when the acronym is (a suffix follows the
    // brackets: "ISIL (Da'esh) affiliates" too). An affiliation cue before the
    // name is the bracket's ("which forms part of X (X), operates in ..."),
    // unless a relative clause follows it: "merged with X (X), which was
    // accepted as an affiliate of Y" makes the bracket the subject of what
    // follows.
    for (std::size_t k = 1; k < v.mentions.size(); ++k) {
      MentionAt& a = v.mentions[k - 1];
      MentionAt& b = v.mentions[k];
      if (a.mention->entity != b.mention->entity) continue;
      std::size_t e = a.mention->end, q = b.mention->begin;
      while (e < q && text[e] == ' ') ++e;
      if (e + 1 != q || text[e] != '(') continue;
      const bool source = a.source || b.source, recipient = a.recipient || b.recipient;
      a.source = b.source = source;
      a.recipient = b.recipient = recipient;
      // "ISIL (Da'esh) affiliates": the suffix after the brackets is the name's too.
      a.affiliate_object = a.affiliate_object || b.affiliate_object;
      if (a.affiliate_object && !b.affiliate_object) {
        std::size_t after = text.find(')', b.mention->end);
        after = after == std::string::npos ? text.size() : after + 1;
        if (text.compare(after, 7, ", which") != 0 && text.compare(after, 5, ", who") != 0)
          b.affiliate_object = true;
      }
    }
    ShareAffiliation(&v);
    MembersInBrackets(&v);
    use(v);
  }
}

}  // namespace nexus
