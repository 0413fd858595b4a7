#include "extractors/discovery_extractor.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extractors/mention_extractor.h"
#include "extractors/reader/acronym.h"
#include "extractors/reader/tokenizer.h"
#include "extractors/rules/string_hash.h"

namespace nexus {
namespace {

// Lower-case words that may stand inside a name ("Movement for Unity and
// Jihad in West Africa", "Jama'at Nusrat al-Islam wal-Muslimin").
bool IsConnector(std::string_view w) {
  // Letters compared one by one: this runs for most words of every sentence.
  auto is = [&](const char (&x)[3]) { return w[0] == x[0] && w[1] == x[1]; };
  auto is3 = [&](const char (&x)[4]) { return w[0] == x[0] && w[1] == x[1] && w[2] == x[2]; };
  switch (w.size()) {
    case 1: return w[0] == 'e';
    case 2:
      return is("of") || is("in") || is("on") || is("al") || is("el") || is("ul") || is("wa") || is("ud") ||
             is("to") || is("de");
    case 3: return is3("for") || is3("the") || is3("and") || is3("wal") || is3("bin");
    default: return false;
  }
}

// Whether the sentence speaks of armed groups ("terrorist", "militia"...):
// only then does "the X Front" name one.
bool GroupContext(const Tokens& t) {
  static const std::unordered_set<std::string_view> kGroupWords = {
      "terrorist", "terrorists", "armed", "militant", "militants", "insurgent", "insurgents",
      "extremist", "jihadist", "rebel", "rebels", "militia", "militias", "faction", "factions", "affiliate",
      "gang", "gangs", "splinter", "fighters", "combatants"};
  for (const Token& x : t)
    if (x.norm.size() >= 4 && x.norm.size() <= 10 && kGroupWords.count(x.norm)) return true;
  return false;
}

// The lower-case words that say what the capitalised words before them name:
// a group ("the Krache Dife gang") or a place ("Wahat district", "the Bakool
// region", "Centre Department"), singular or plural. Looked at for every word
// after a capitalised one, so one switch on the first letter.
enum class HeadKind { kNone, kGroup, kPlace, kSmallPlace };
HeadKind HeadOf(std::string_view w) {
  if (w.size() < 4 || w.size() > 14) return HeadKind::kNone;
  auto any = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view x : words)
      if (w == x) return true;
    return false;
  };
  switch (w[0]) {
    case 'g':
      if (w == "gang" || w == "gangs") return HeadKind::kGroup;
      return any({"governorate", "governorates"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'c':
      if (w == "coalition") return HeadKind::kGroup;
      return any({"county", "counties", "commune", "communes"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'm':
      if (w == "militia" || w == "militias") return HeadKind::kGroup;
      if (any({"mountains", "mountain"})) return HeadKind::kSmallPlace;
      return any({"municipality", "municipalities"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'h': return w == "hills" ? HeadKind::kSmallPlace : HeadKind::kNone;
    case 'f': return w == "forest" ? HeadKind::kSmallPlace : HeadKind::kNone;
    case 'p': return any({"province", "provinces", "prefecture", "prefectures"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'd': return any({"district", "districts", "department", "departments"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'r': return any({"region", "regions"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'w': return any({"wilaya", "wilayas", "woreda", "woredas"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'e': return any({"emirate", "emirates"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'o': return any({"oblast", "oblasts"}) ? HeadKind::kPlace : HeadKind::kNone;
    case 'a': return any({"area", "areas"}) ? HeadKind::kSmallPlace : HeadKind::kNone;
    case 't':
      if (w == "territory" || w == "territories") return HeadKind::kPlace;  // DR Congo's "territoires"
      return any({"town", "towns"}) ? HeadKind::kSmallPlace : HeadKind::kNone;
    case 'v': return any({"village", "villages", "valley"}) ? HeadKind::kSmallPlace : HeadKind::kNone;
    case 'n':
      return any({"neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods"}) ? HeadKind::kSmallPlace
                                                                                       : HeadKind::kNone;
    case 'l': return any({"locality", "localities"}) ? HeadKind::kSmallPlace : HeadKind::kNone;
    default: return HeadKind::kNone;
  }
}

// A head that makes a place's name out of the capitalised words before it,
// capitalised itself ("Sar-e Pul Province") or not.
bool IsPlaceHead(std::string_view w) { return HeadOf(w) == HeadKind::kPlace; }

// A word of position that names no place alone: "Upper" of "Upper and
// Lower Juba", "the West" of "the West and Artibonite departments".
bool IsPositionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"north",   "south",   "east",     "west",     "central",
                                                "upper",   "lower",   "middle",   "northern", "southern",
                                                "eastern", "western", "greater",  "inner",    "outer"};
  for (std::string_view x : kWords)
    if (w == x) return true;
  return false;
}

struct Candidate {
  std::size_t first = 0, last = 0;  // token range
  EntityType type = EntityType::kGroup;
  const char* rule = "";
};

// The words are string views made at compile time: a length and a first
// letter compare turn most away (this runs for every word of every sentence).
[[gnu::always_inline]] inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w.size() == x.size() && !w.empty() && w[0] == x[0] && w == x) return true;
  return false;
}

// A word that opens a sentence capitalised but starts no name: "In Kelmora
// and Vintaro Prefectures".
bool FunctionWord(std::string_view w) {
  return OneOf(w, {"the", "in", "on", "at", "from", "to", "of", "and", "by", "for", "with", "near",
                   "across", "into", "within", "a", "an", "both", "between", "since", "during"});
}


// Whether the text between two words is a dash, spaced or not, that joins
// the places of a route: "Kufra-Mellit", "Kufra – El Malha".
bool IsDashGap(std::string_view gap) {
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  return gap == "-" || gap == "\xE2\x80\x93" || gap == "\xE2\x80\x94";
}

// Months and days: "In March, Mali ..." names no place.
bool IsCalendarWord(std::string_view w) {
  return OneOf(w, {"january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december", "monday", "tuesday",
                   "wednesday", "thursday", "friday", "saturday", "sunday"});
}

// A rank or an office before a person's name ("Brigadier General ...",
// "Minister ...").
bool IsRankWord(std::string_view w) {
  return OneOf(w, {"brigadier", "general", "colonel", "lieutenant", "major", "captain", "commander", "sergeant",
                   "chief", "officer", "deputy", "minister", "head", "director", "member", "soldier"});
}

// A title before a person's name: a rank or an office, or "President",
// "Sheikh", "Mr" ...
bool IsPersonTitle(std::string_view w) {
  return IsRankWord(w) ||
         OneOf(w, {"president", "mr", "mrs", "ms", "dr", "sheikh", "emir", "imam", "bishop", "sultan"});
}

// Words of institutions, offices and documents, which no place's name holds
// ("the Government", "Member States", "the Report").
bool IsInstitutionWord(std::string_view w) {
  return OneOf(w, {"government", "governments", "federal", "member", "states", "report", "reports",
                   "resolution", "council", "ministry", "authorities", "forces", "police", "army",
                   "committee", "office", "nations", "security", "court", "agency", "secretariat",
                   "mission", "president", "minister", "parliament", "assembly", "tensions", "operation",
                   "operations", "authority", "commission", "organization", "organisation",
                   "institute", "union", "fund", "programme", "directorate", "coordination"});
}

// A State's forces named after it: a known place right before (one space)
// capitalised words, at least two and a possessive allowed among them, that
// end in a word of armed or police forces ("South Sudan" + "People's Defence
// Forces", "Rwanda" + "Defence Force", "Haiti" + "National Police"). Returns
// where the place begins and where the name ends, or {0, 0} when that is not
// so.
template <typename KnownIt>
std::pair<std::size_t, std::size_t> NationalForce(const Tokens& t, std::string_view text, std::size_t first,
                                                  KnownIt known_begin, KnownIt known_end) {
  if (first == 0 || t[first - 1].end + 1 != t[first].begin) return {0, 0};
  std::size_t last = first + 1;
  auto joined = [&](std::size_t k) {
    std::string_view gap = text.substr(t[k - 1].end, t[k].begin - t[k - 1].end);
    return gap == " " || gap == "'s " || gap == "\xE2\x80\x99s ";
  };
  while (last < t.size() && last - first < 5 && t[last].capitalized && joined(last)) ++last;
  if (last - first < 2) return {0, 0};
  if (!OneOf(t[last - 1].norm, {"forces", "force", "police", "army", "guard", "gendarmerie", "service"}))
    return {0, 0};
  // The longest of the names that end there ("the Niger" and "Niger").
  std::size_t from = t[first].begin;
  for (auto it = known_begin; it != known_end; ++it)
    if ((*it)->type == EntityType::kRegion && (*it)->end == t[first - 1].end) from = std::min(from, (*it)->begin);
  if (from == t[first].begin) return {0, 0};
  return {from, t[last - 1].end};
}

// A mention of `entity` at bytes [begin, end) of sentence s of paragraph p.
Mention Found(const Sentence& sentence, std::size_t p, std::size_t s, std::size_t begin, std::size_t end,
              EntityType type, std::string entity, const char* rule) {
  Mention m;
  m.paragraph = p;
  m.sentence = s;
  m.begin = begin;
  m.end = end;
  m.span = sentence.RawSpan(begin, end);
  m.surface = sentence.text.substr(begin, end - begin);
  m.type = type;
  m.entity = std::move(entity);
  m.rule = rule;
  return m;
}

// Classifies a run of capitalised words; false when it is no entity name.
// `group_context` tells whether the sentence speaks of armed groups (see
// GroupContext); it is asked only when the run could be a group's name.
template <typename GroupContextFn>
bool Classify(const Tokens& t, std::size_t first, std::size_t last,
              GroupContextFn group_context, Candidate* c) {
  const std::size_t n = last - first;
  auto w = [&](std::size_t k) { return t[first + k].norm; };
  // Words of documents and events, not of bodies: looked up for every word
  // of every run, so hashed.
  static const std::unordered_set<std::string_view> kNotBodies = {
      "convention", "strategy", "protocol", "charter", "declaration", "resolution", "plan",
      "report", "manual", "initiative", "conference", "summit", "day", "treaty", "agreement",
      "process", "law", "act", "code", "guidelines", "standards"};
  for (std::size_t k = 0; k < n; ++k)
    if (kNotBodies.count(w(k))) return false;
  c->first = first;
  c->last = last;
  bool un = n >= 3 && w(0) == "united" && w(1) == "nations";
  bool office_of_un = n >= 5 && w(0) == "office" && w(1) == "of" && w(2) == "the" &&
                      w(3) == "united" && w(4) == "nations";
  // "the Office of the Special Coordinator for Development in the Sahel",
  // "the Office of the Special Envoy of the Secretary-General for Yemen".
  if (n >= 6 && w(0) == "office" && w(1) == "of" && w(2) == "the" && w(3) == "special" &&
      OneOf(w(4), {"envoy", "coordinator", "representative", "adviser", "advisor"}) &&
      OneOf(w(5), {"for", "on", "of"})) {
    c->type = EntityType::kUnEntity;
    c->rule = "discovery.office_of_the_special";
    return true;
  }
  static const std::initializer_list<std::string_view> kUnHeads = {
      "office", "mission", "centre", "center", "institute", "programme", "fund", "commission",
      "committee", "department", "force", "team", "group", "panel", "unit", "division", "service",
      "agency", "organization", "operation", "entity", "administration", "authority", "university"};
  if (un || office_of_un) {
    for (std::size_t i = 2; i < n; ++i)
      if (OneOf(w(i), kUnHeads)) {
        c->type = EntityType::kUnEntity;
        c->rule = un ? "discovery.united_nations_body" : "discovery.office_of_the_united_nations";
        return true;
      }
    return false;
  }
  if (OneOf(w(0), {"harakat", "jamaat", "jamaa", "jamaah", "jamat", "ansar", "katibat", "katiba", "tehrik", "tehreek",
                   "lashkar", "jaish", "jaysh", "jeish", "hizb", "jabhat", "jund", "kataib", "tahrir", "hayat",
                   "hayaat", "liwa", "saraya", "tanzim", "majlis", "firqat"}) &&
      n >= 2) {
    c->type = EntityType::kGroup;
    c->rule = "discovery.arabic_name";
    return true;
  }
  // "Sar-e Pul Province", "Ouham-Pendé Prefecture", "Cal Miskaat Mountains":
  // a place by its head.
  auto all_capitalised = [&] {
    for (std::size_t k = first; k < last; ++k)
      if (!t[k].capitalized) return false;
    return true;
  };
  const bool landform =
      OneOf(w(n - 1), {"mountains", "mountain", "hills", "valley", "forest", "river", "plateau", "desert", "oasis"});
  // Not a body's department ("the Central Monitoring Department").
  auto office_word = [&] {
    for (std::size_t k = 0; k + 1 < n; ++k)
      if (IsInstitutionWord(w(k)) ||
          OneOf(w(k), {"monitoring", "intelligence", "investigation", "investigations", "affairs", "justice",
                       "finance", "planning", "research", "customs", "immigration", "revenue", "management"}))
        return true;
    return false;
  };
  // "the Greater Pibor Administrative Area", "the Ruweng Administrative Area".
  const bool administrative_area = n >= 3 && w(n - 1) == "area" && w(n - 2) == "administrative";
  if (n >= 2 && n <= 4 && ((IsPlaceHead(w(n - 1)) && w(n - 1).back() != 's') || landform || administrative_area) &&
      all_capitalised() &&
      !OneOf(w(0), {"united", "national", "federal"}) && !office_word()) {
    c->type = EntityType::kRegion;
    c->rule = "discovery.place_name";
    return true;
  }
  static const std::initializer_list<std::string_view> kGroupHeads = {"front", "movement", "brigade",
                                                                 "brigades", "battalion", "army"};
  bool head = OneOf(w(n - 1), kGroupHeads) ||
              (n >= 3 && OneOf(w(0), {"movement", "front"}) && w(1) == "for");
  // Not a rank or a title in a force ("now a Brigadier General in the Syrian Army").
  if (IsRankWord(w(0))) return false;
  if (head && n >= 2 && group_context()) {
    for (std::size_t k = 0; k < n; ++k)
      if (OneOf(w(k), {"nations", "working", "task", "council", "committee", "experts", "contact",
                       "friends", "monitoring", "national", "government", "armed forces", "union"}))
        return false;
    c->type = EntityType::kGroup;
    c->rule = "discovery.group_name";
    return true;
  }
  return false;
}

// "Name (ACR)": the acronym right after position `end`, or "". Also the
// Monitoring Team's "(ACR, not listed)" and "(ACR, QDe.169, alias ...)".
std::string AcronymAt(const std::string& text, std::size_t end) {
  std::size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return "";
  std::size_t close = text.find(')', i);
  if (close == std::string::npos) return "";
  if (const std::size_t comma = text.find(", ", i);
      comma < close && (text.compare(comma + 2, 10, "not listed") == 0 || SanctionsReferenceAt(text, comma + 2)))
    close = comma;
  if (close - i > 12 || close - i < 3) return "";
  std::string inner = text.substr(i + 1, close - i - 1);
  for (char ch : inner)
    if (!std::isupper(static_cast<unsigned char>(ch)) && ch != '-') return "";
  return inner;
}

// Tokens that may be a later use of an acronym: all capitals, as long as
// one (two to eleven characters), with where to look for what is taken.
struct CapsWords {
  std::size_t p = 0, s = 0;
  std::size_t known_begin = 0, known_end = 0;  // range of the sentence's known mentions
  std::size_t found_begin = 0, found_end = 0;  // range of its discovered names
  std::size_t words_begin = 0, words_end = 0;  // range in the (begin, end) list of words
};

}  // namespace

namespace {

// One document's discovery, in named passes: the known mentions indexed by
// sentence; each sentence's runs of capitalised words classified as names;
// later uses of the acronyms those names define; then the findings
// rewritten (mentions inside a discovered name dropped, the new ones added).
class DocumentDiscovery {
 public:
  DocumentDiscovery(const Rules& rules, const Document& doc, Findings* findings)
      : rules_(rules), doc_(doc), findings_(findings) {
    // The mentions found so far, by sentence, so that no loop below scans
    // the whole document.
    known_.reserve(findings->mentions.size());
    for (const Mention& m : findings->mentions) known_.push_back(&m);
    std::stable_sort(known_.begin(), known_.end(), [](const Mention* a, const Mention* b) {
      return std::tie(a->paragraph, a->sentence) < std::tie(b->paragraph, b->sentence);
    });
  }

  void Run() {
    for (std::size_t p = 0; p < doc_.paragraphs.size(); ++p)
      for (std::size_t s = 0; s < doc_.paragraphs[p].sentences.size(); ++s) NamesIn(p, s);
    PeoplesNames();
    AcronymUses();
    NameUses();
    Commit();
    ReferencesToDiscovered();
    ReferencesToPlaces();
  }

 private:
  void NamesIn(std::size_t p, std::size_t s) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    // Whether the sentence speaks of armed groups: worked out once, when first asked.
    int speaks_of_groups = -1;
    auto group_context = [&] {
      // "... the Majeed Brigade (MB, not listed) carried out ...": the
      // Monitoring Team marks the groups (and people) no sanctions list names.
      if (speaks_of_groups < 0)
        speaks_of_groups = GroupContext(t) || sentence.text.find("not listed)") != std::string::npos ? 1 : 0;
      return speaks_of_groups == 1;
    };
    auto before = [&](const Mention* m) {
      return std::tie(m->paragraph, m->sentence) < std::tie(p, s);
    };
    while (next_known_ < known_.size() && before(known_[next_known_])) ++next_known_;
    const std::size_t known_begin = next_known_;
    while (next_known_ < known_.size() && known_[next_known_]->paragraph == p &&
           known_[next_known_]->sentence == s)
      ++next_known_;
    const auto here_begin = known_.begin() + known_begin, here_end = known_.begin() + next_known_;
    auto free = [&](std::size_t i) {
      for (auto m = here_begin; m != here_end; ++m)
        if (t[i].begin < (*m)->end && (*m)->begin < t[i].end) return false;
      return true;
    };
    // A place or crime inside a longer unknown name is part of that name.
    auto inner = [&](std::size_t i) {
      for (auto it = here_begin; it != here_end; ++it) {
        const Mention* m = *it;
        if (t[i].begin < m->end && m->begin < t[i].end)
          return m->type == EntityType::kRegion || m->type == EntityType::kCrime;
      }
      return true;
    };
    const std::size_t found_begin = mentions_.size(), words_begin = caps_words_.size();
    std::size_t i = 0;
    while (i < t.size()) {
      if (t[i].all_caps && t[i].end - t[i].begin <= 11) caps_words_.push_back({t[i].begin, t[i].end});
      // A name starts after "The", "In", "From" opening a sentence.
      if (!t[i].capitalized || !free(i) || FunctionWord(t[i].norm)) {
        ++i;
        continue;
      }
      // "Remnants of the Zorvan Brigade", "Members of ...": a plural word of
      // English that opens the sentence before "of" is no name's first word.
      if (i == 0 && t.size() > 2 && t[1].norm == "of" && t[0].norm.size() > 3 && t[0].norm.back() == 's' &&
          rules_.HasEnglish() && rules_.IsEnglishWord(t[0].norm)) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      auto joined = [&](std::size_t k) {  // only a space or a hyphen before word k
        for (std::size_t b = t[k - 1].end; b < t[k].begin; ++b)
          if (sentence.text[b] != ' ' && sentence.text[b] != '-') return false;
        return true;
      };
      // Connectors go into a name when a capitalised word follows them, at
      // most two in a row ("Movement for the Liberation of ...").
      auto connects = [&](std::size_t k) {
        if (!IsConnector(t[k].norm)) return false;
        // Not "and" after the head of a force's or a group's name: "the
        // Defence Forces and the White Army" are two.
        if (t[k].norm == "and" && k > 0 &&
            OneOf(t[k - 1].norm, {"forces", "force", "army", "front", "movement", "brigade", "battalion", "police",
                                  "militia", "group", "apparatus"}))
          return false;
        // Not "in" before a known province or state, or before names and
        // the word for a district: "Katiba Zorvan in Kunar Province" and
        // "Jama'ah Zorvan in Alayh district" are a group and where it is.
        auto province = [](std::string_view w) { return IsPlaceHead(w) || w == "state"; };
        if (t[k].norm == "in" && k + 1 < t.size()) {
          for (auto m = here_begin; m != here_end; ++m)
            if ((*m)->begin == t[k + 1].begin && (*m)->type == EntityType::kRegion) {
              std::size_t last = k + 1;
              while (last + 1 < t.size() && t[last + 1].end <= (*m)->end) ++last;
              if (province(t[last].norm)) return false;
            }
          std::size_t after = k + 1;
          while (after < t.size() && after <= k + 3 && t[after].capitalized) ++after;
          if (after > k + 1 && after < t.size() && !t[after].capitalized && province(t[after].norm)) return false;
        }
        if (k + 1 < t.size() && t[k + 1].capitalized) return true;
        return k + 2 < t.size() && IsConnector(t[k + 1].norm) && t[k + 2].capitalized;
      };
      while (j < t.size() && joined(j) && (free(j) || inner(j)) && (t[j].capitalized || connects(j))) {
        if (t[j].all_caps && t[j].end - t[j].begin <= 11) caps_words_.push_back({t[j].begin, t[j].end});
        ++j;
      }
      Candidate c;
      if (const std::size_t b = j - i >= 2 ? OfficeOfKnownBody(t, i, j, here_begin, here_end) : i; b < i) {
        AddName(p, s, {b, j, EntityType::kUnEntity, "discovery.office_of_a_body"});
      } else if (j - i >= 2 && Classify(t, i, j, group_context, &c)) {
        AddName(p, s, c);
      } else if (!SwallowNationalForces(p, s, i, j, free, here_begin, here_end)) {
        // "the Centre Department of Haiti", "the Cal Miskaat Mountains in
        // Bari": a place by its head, then "of" or "in" and the place it
        // lies in.
        for (std::size_t k = i + 2; k < j; ++k)
          if (t[k].norm == "of" || t[k].norm == "in") {
            if ((IsPlaceHead(t[k - 1].norm) || HeadOf(t[k - 1].norm) == HeadKind::kSmallPlace) &&
                Classify(t, i, k, group_context, &c) &&
                c.type == EntityType::kRegion)
              AddName(p, s, c);
            break;
          }
      }
      i = j;
    }
    SubdivisionsBeforePluralType(p, s, free);
    NamesBeforeHead(p, s, free, group_context);
    RoutePlacesListed(p, s, free);
    PlacesBeforePlace(p, s, free, here_begin, here_end, found_begin);
    NamesListedAfter(p, s, free);
    NamesKnownAs(p, s, free);
    PartsOfGroups(p, s, free, here_begin, here_end);
    GroupsInBrackets(p, s, free, here_begin, here_end);
    PlacesCoordinated(p, s, free, here_begin, here_end, found_begin);
    UnknownPlacesGoverned(p, s, free, here_begin, here_end);
    PlacesInBracketsAfterPlace(p, s, free, here_begin, here_end, found_begin);
    PlacesBeforeFacility(p, s, free);
    PlacesAfterPluralType(p, s, free);
    BranchesNamed(p, s, here_begin, here_end);
    if (caps_words_.size() > words_begin)
      caps_.push_back({p, s, known_begin, next_known_, found_begin, mentions_.size(), words_begin,
                       caps_words_.size()});
  }

  // "the UNODC Regional Office for Southeast Asia and the Pacific", "the
  // UNODC Office for West and Central Africa", "the
  // United Nations Office of Counter-Terrorism Programme Office in Nairobi":
  // the regional (country, liaison, field, programme ...) office that a
  // known UN body's name right before names is a UN body of its own, that
  // name inside it. Returns the first token of the whole name, or i when
  // there is none.
  template <typename KnownIt>
  static std::size_t OfficeOfKnownBody(const Tokens& t, std::size_t i, std::size_t j, KnownIt here_begin,
                                       KnownIt here_end) {
    if (i == 0 || t[i].begin != t[i - 1].end + 1) return i;
    // "the UNODC Office for West and Central Africa": the office itself, for a region.
    const bool office_for = t[i].norm == "office" && i + 1 < j && t[i + 1].norm == "for";
    if (!office_for &&
        !OneOf(t[i].norm, {"regional", "subregional", "country", "liaison", "field", "programme", "project"}))
      return i;
    bool office = office_for;
    for (std::size_t k = i + 1; k < j && !office; ++k)
      office = OneOf(t[k].norm, {"office", "centre", "center", "hub", "section", "branch", "bureau"});
    // Not a person's title: "the UNODC Regional Office for X Chief".
    if (!office || OneOf(t[j - 1].norm, {"chief", "head", "director", "representative", "coordinator", "officer",
                                          "spokesperson", "adviser", "advisor", "manager", "expert"}))
      return i;
    for (auto it = here_begin; it != here_end; ++it)
      if ((*it)->type == EntityType::kUnEntity && (*it)->end == t[i - 1].end) {
        std::size_t b = i - 1;
        while (b > 0 && t[b].begin > (*it)->begin) --b;
        return t[b].begin == (*it)->begin ? b : i;
      }
    return i;
  }

  // "the South Sudan People's Defence Forces", "the Rwanda Defence Force":
  // a State's forces, no entity; the place in their name is no mention (a
  // name inside a name). Looked for at the start of the run [i, j) and
  // after each known name inside it ("the Chad Army and the Niger National
  // Police").
  template <typename FreeFn, typename KnownIt>
  bool SwallowNationalForces(std::size_t p, std::size_t s, std::size_t i, std::size_t j, FreeFn free,
                             KnownIt here_begin, KnownIt here_end) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    bool any = false;
    for (std::size_t k = i; k < j; ++k) {
      if (k > i && (free(k - 1) || !free(k))) continue;
      if (auto [from, to] = NationalForce(sentence.tokens, sentence.text, k, here_begin, here_end); to > from) {
        swallowed_.push_back({p, s, from, to});
        any = true;
      }
    }
    return any;
  }

  // "the Krache Dife gang", "the Viv Ansanm coalition", "the 400 Mawozo
  // gang": capitalised words (a number may open them) right before a
  // lower-case head that says what they name. Not a lone capitalised word
  // opening the sentence ("Growing gang violence"), not a name found already.
  template <typename FreeFn, typename GroupContextFn>
  void NamesBeforeHead(std::size_t p, std::size_t s, FreeFn free, GroupContextFn group_context) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    // The first word of the sentence, past an enumerator ("B. Indiscriminate
    // gang attacks", "3. ...", "(a) ...").
    std::size_t opening = 0;
    if (t.size() > 1 && t[0].end < sentence.text.size() &&
        (sentence.text[t[0].end] == '.' || sentence.text[t[0].end] == ')')) {
      const std::string_view w(sentence.text.data() + t[0].begin, t[0].end - t[0].begin);
      const bool letter = w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]));
      const bool number = w.size() <= 4 && std::all_of(w.begin(), w.end(), [](char c) {
                            return (c >= '0' && c <= '9') || c == 'I' || c == 'V' || c == 'X';
                          });
      if (letter || number) opening = 1;
    }
    auto digits = [&](std::size_t k) {
      return !t[k].norm.empty() && std::all_of(t[k].norm.begin(), t[k].norm.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
    };
    for (std::size_t k = 1; k < t.size(); ++k) {
      // Most words follow no capitalised word: they are turned away first.
      if (!t[k - 1].capitalized) continue;
      HeadKind head = HeadOf(t[k].norm);
      // The word that says singular or plural: the head, or the last of a
      // head of three words ("the Gudu and Binji local government areas").
      std::size_t number_at = k;
      if (head == HeadKind::kNone && k + 2 < t.size() && t[k].norm == "local" && t[k + 1].norm == "government" &&
          (t[k + 2].norm == "area" || t[k + 2].norm == "areas")) {
        head = HeadKind::kPlace;
        number_at = k + 2;
      }
      // "the Zorvan armed group", "the Kelbo rebel movement": two words.
      std::size_t head_words = 1;
      if (head == HeadKind::kNone && k + 1 < t.size() &&
          OneOf(t[k].norm, {"armed", "rebel", "terrorist", "criminal", "militia", "jihadist"}) &&
          OneOf(t[k + 1].norm, {"group", "groups", "movement", "faction", "network"})) {
        head = HeadKind::kGroup;
        head_words = 2;
      }
      // "the Aliyu Ngulde group", "the Bakura Modou faction": a faction
      // named after its leader, after "the", where the sentence speaks of
      // armed groups.
      bool after_the = false;
      // Not "the Adamu faction of Boko Haram": that group's part.
      if (head == HeadKind::kNone && (t[k].norm == "group" || t[k].norm == "faction") &&
          (k + 1 == t.size() || t[k + 1].norm != "of") && group_context()) {
        head = HeadKind::kGroup;
        after_the = true;
      }
      if (head == HeadKind::kNone) continue;
      // A capitalised head is part of the name ("Sar-e Pul Province", found
      // above), except a plural one shared by a list ("In A and B Provinces").
      if (t[k].capitalized && (head != HeadKind::kPlace || t[k].norm.back() != 's')) continue;
      const bool group = head == HeadKind::kGroup;
      if (!free(k) || t[k].begin != t[k - 1].end + 1 || sentence.text[t[k - 1].end] != ' ') continue;
      // A plural head is shared by the names listed before it ("the
      // Tuurmasaale and Toga Jeceeleed areas", "the A, B and C districts"):
      // those before the name that starts at token i.
      const bool plural = !t[number_at].norm.empty() && t[number_at].norm.back() == 's';
      auto share_head = [&](std::size_t i, const Candidate& c) {
        while (plural && i >= 2 && (t[i - 1].norm == "and" || sentence.text[t[i - 1].end] == ',')) {
          std::size_t end = t[i - 1].norm == "and" ? i - 1 : i;
          if (end == i && t[i - 1].norm == "and") break;
          // An item is all unknown words, or a name some rule knows already
          // ("Masisi"): listed, not found again.
          const bool known = !free(end - 1);
          std::size_t b = end;
          while (b > 0 && t[b - 1].capitalized && !FunctionWord(t[b - 1].norm) &&
                 (b == end || t[b].begin <= t[b - 1].end + 1) && free(b - 1) != known)
            --b;
          if (b == end) break;
          // Not the end of a hyphenated name ("South-West"), nor a compass
          // point alone ("the West and Artibonite departments").
          if (!known && t[b].begin > 0 && sentence.text[t[b].begin - 1] == '-') break;
          const bool compass = end == b + 1 && IsPositionWord(t[b].norm);
          if (!known && !compass) {
            if (already_.count({p, s, t[b].begin})) break;
            Candidate more = c;
            more.first = b;
            more.last = end;
            AddName(p, s, more);
          }
          i = b;
        }
      };
      std::size_t i = k;
      // Capitalised words, and lower-case particles inside a hyphenated name
      // ("Croix-des-Bouquets").
      auto hyphenated = [&](std::size_t a) {
        return a > 0 && a + 1 < t.size() && sentence.text[t[a].begin - 1] == '-' &&
               sentence.text[t[a].end] == '-' && t[a - 1].capitalized;
      };
      while (i > 0 && (t[i - 1].capitalized || hyphenated(i - 1)) && free(i - 1) &&
             !FunctionWord(t[i - 1].norm) && (i == k || t[i].begin <= t[i - 1].end + 1))
        --i;
      // "in Lubero, Masisi, Nyiragongo and Walikale territories": the name
      // before a plural place head is known; the unknown ones listed with it
      // share the head.
      if (i == k && head == HeadKind::kPlace && plural && k >= 2 && t[k - 1].capitalized) {
        std::size_t j = k - 1;
        while (j > 0 && !free(j - 1) && t[j - 1].capitalized && t[j].begin <= t[j - 1].end + 1) --j;
        share_head(j, Candidate{j, k, EntityType::kRegion, "discovery.place_name"});
        continue;
      }
      if (i > 0 && i < k && digits(i - 1) && t[i].begin == t[i - 1].end + 1) --i;
      if (i == k || (i == opening && k == opening + 1)) continue;
      if (after_the && (i == 0 || t[i - 1].norm != "the" || t[i].all_caps)) continue;
      // "two Darfurian rebel groups", "the Congolese Provinces of North and
      // South Kivu": numbers and a people's adjective before a plural head
      // say which groups or places, and name none.
      if ((group && (t[k].norm.back() == 's' || (k + 1 < t.size() && t[k + 1].norm.back() == 's'))) ||
          (!group && plural)) {
        bool says_which = true;
        for (std::size_t w = i; w < k && says_which; ++w) {
          const std::string_view n = t[w].norm;
          says_which = OneOf(n, {"two", "three", "four", "five", "several", "many", "some", "other", "various"}) ||
                       (n.size() > 4 && (n.ends_with("ian") || n.ends_with("ean") || n.ends_with("ese")));
        }
        if (says_which) continue;
      }
      // Not the end of a hyphenated word: "non-State armed groups".
      if (t[i].begin > 0 && sentence.text[t[i].begin - 1] == '-') continue;
      // The name goes on into one found already ("Shabelle Hoose region"
      // with "Shabelle" known): not a name of its own.
      if (i > 0 && !free(i - 1) && t[i].begin == t[i - 1].end + 1) continue;
      if (already_.count({p, s, t[i].begin})) continue;
      // A leader's name with its head: the group, not the man.
      const Candidate c{i, after_the ? k + 1 : k, group ? EntityType::kGroup : EntityType::kRegion,
                        group ? "discovery.named_before_head" : "discovery.place_name"};
      AddName(p, s, c);
      // "Basah militias", "the Zorvan armed group": the name as written with
      // its head is one more name of the group.
      if (group && !after_the)
        if (auto it = discovered_.find(std::string(TypeName(EntityType::kGroup)) + ":" +
                                       Slug(sentence.text.substr(t[i].begin, t[k - 1].end - t[i].begin)));
            it != discovered_.end()) {
          const std::size_t head_end = head_words == 2 ? k + 1 : k;
          std::string with_head = sentence.text.substr(t[i].begin, t[head_end].end - t[i].begin);
          auto& aliases = it->second.aliases;
          if (std::find(aliases.begin(), aliases.end(), with_head) == aliases.end())
            aliases.push_back(std::move(with_head));
        }
      share_head(i, c);
    }
    // "the Nzoro–Bocaranga–Bohong axis", "the Zorba-Kelbo road": the places
    // a route joins, two at least, each of one to three capitalised words,
    // joined by dashes (a hyphen, an en or an em dash) right before a word for a
    // route. The ones no rule knows are places.
    for (std::size_t k = 2; k < t.size(); ++k) {
      if (!t[k - 1].capitalized || !OneOf(t[k].norm, {"axis", "corridor", "road", "route", "highway"})) continue;
      auto dash_before = [&](std::size_t a) {  // only a dash between words a - 1 and a
        return IsDashGap(std::string_view(sentence.text.data() + t[a - 1].end, t[a].begin - t[a - 1].end));
      };
      std::vector<std::pair<std::size_t, std::size_t>> parts;  // token ranges, the last part first
      for (std::size_t last = k;;) {
        std::size_t first = last;
        while (first > 0 && last - first < 3 && t[first - 1].capitalized && !FunctionWord(t[first - 1].norm) &&
               (first == last ||
                (t[first].begin == t[first - 1].end + 1 && sentence.text[t[first - 1].end] == ' ')))
          --first;
        if (first == last) break;
        parts.push_back({first, last});
        if (first == 0 || !dash_before(first)) break;
        last = first;
      }
      // Not a prefix or a compass point: "the Trans-Sahara highway", "the North-South corridor".
      bool prefix = false;
      for (const auto& [first, last] : parts)
        prefix = prefix || (last - first == 1 && OneOf(t[first].norm, {"trans", "pan", "sub", "inter", "intra", "anti",
                                                                        "cross", "north", "south", "east", "west"}));
      if (parts.size() < 2 || prefix) continue;
      for (const auto& [first, last] : parts) {
        bool unknown = !already_.count({p, s, t[first].begin});
        for (std::size_t w = first; w < last; ++w) unknown = unknown && free(w);
        if (unknown) AddName(p, s, {first, last, EntityType::kRegion, "discovery.route_place"});
      }
    }
    // "the Delmas 30 district", "the Sector 4 area": capitalised words and a
    // number before a lower-case place head name a place, even where the
    // words alone name another ("Delmas" the commune).
    for (std::size_t k = 2; k < t.size(); ++k) {
      if (!t[k - 2].capitalized || t[k].capitalized || t[k - 1].norm.empty() ||
          t[k - 1].norm[0] < '0' || t[k - 1].norm[0] > '9' || !digits(k - 1))
        continue;
      const HeadKind head = HeadOf(t[k].norm);
      if (head != HeadKind::kPlace && head != HeadKind::kSmallPlace) continue;
      auto spaced = [&](std::size_t a) {  // one space between words a - 1 and a
        return t[a].begin == t[a - 1].end + 1 && sentence.text[t[a - 1].end] == ' ';
      };
      if (!spaced(k) || !spaced(k - 1) || !free(k - 1)) continue;
      std::size_t i = k - 2;
      while (i > 0 && k - 1 - i < 3 && t[i - 1].capitalized && !FunctionWord(t[i - 1].norm) && spaced(i)) --i;
      if (FunctionWord(t[i].norm) || (i > 0 && t[i - 1].capitalized && !FunctionWord(t[i - 1].norm)) ||
          already_.count({p, s, t[i].begin}))
        continue;
      AddName(p, s, {i, k, EntityType::kRegion, "discovery.place_name"});
    }
    // "the town of Bozoum", "the port of Kismayo": the place after "of";
    // "the towns of Salkam and Tibiri": the places listed after it.
    for (std::size_t k = 2; k + 1 < t.size(); ++k) {
      if (!t[k + 1].capitalized || t[k].norm != "of" || t[k - 2].norm != "the" || t[k - 1].capitalized)
        continue;
      if (OneOf(t[k - 1].norm, {"towns", "cities", "villages", "ports", "districts", "localities", "communes"})) {
        for (const ListItem& item : ReadList(t, sentence.text, k + 1, free)) {
          if (item.known || item.last - item.first > 3 || already_.count({p, s, t[item.first].begin}) ||
              IsCalendarWord(t[item.first].norm) || t[item.first].all_caps)
            continue;
          AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.place_name"});
        }
        continue;
      }
      if (!OneOf(t[k - 1].norm, {"town", "city", "village", "port", "district", "province", "region", "locality"}))
        continue;
      std::size_t j = k + 1;
      while (j < t.size() && t[j].capitalized && free(j) && (j == k + 1 || t[j].begin <= t[j - 1].end + 1)) ++j;
      if (j == k + 1 || already_.count({p, s, t[k + 1].begin})) continue;
      AddName(p, s, {k + 1, j, EntityType::kRegion, "discovery.place_name"});
    }
    // "took control of Katogota on 5 May", "control over Um Kaddadah": one to
    // three capitalised words after "control of" or "control over" that no
    // rule knows are a place (not words of capitals only: "control of RSF"),
    // and so is a second such name after "and".
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
      if (t[k - 1].norm != "control" || t[k - 1].capitalized || !OneOf(t[k].norm, {"of", "over"}) ||
          !t[k + 1].capitalized)
        continue;
      std::size_t j = k + 1;
      auto spaced = [&](std::size_t a) {  // one space between words a - 1 and a
        return t[a].begin == t[a - 1].end + 1 && sentence.text[t[a - 1].end] == ' ';
      };
      while (j < t.size() && j < k + 4 && t[j].capitalized && free(j) && !t[j].all_caps &&
             !FunctionWord(t[j].norm) && (j == k + 1 || spaced(j)))
        ++j;
      // The whole run, and nothing capitalised right after it.
      if (j == k + 1 || (j < t.size() && t[j].capitalized && t[j].begin == t[j - 1].end + 1)) continue;
      if (IsCalendarWord(t[k + 1].norm) || already_.count({p, s, t[k + 1].begin})) continue;
      AddName(p, s, {k + 1, j, EntityType::kRegion, "discovery.place_name"});
      // "control of Tali and Tindalo": the next item of its list, the same way.
      if (j + 1 < t.size() && t[j].norm == "and" && t[j + 1].capitalized && free(j + 1) && !t[j + 1].all_caps &&
          !FunctionWord(t[j + 1].norm)) {
        std::size_t e = j + 1;
        while (e < t.size() && e < j + 4 && t[e].capitalized && free(e) && !t[e].all_caps &&
               !FunctionWord(t[e].norm) && (e == j + 1 || spaced(e)))
          ++e;
        if ((e == t.size() || !t[e].capitalized || t[e].begin != t[e - 1].end + 1) &&
            !IsCalendarWord(t[j + 1].norm) && !already_.count({p, s, t[j + 1].begin}))
          AddName(p, s, {j + 1, e, EntityType::kRegion, "discovery.place_name"});
      }
    }
    // "Twangiza, a gold mining site, on 6 May", "Bandinò, a locality in the
    // commune of Cap-Haïtien": one to three capitalised words that a comma
    // and "a" or "an" describe as a kind of place, within four words, the
    // place word ending the description (not "a town official").
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      if (!OneOf(t[k + 1].norm, {"a", "an"}) || sentence.text[t[k].end] != ',' || !t[k].capitalized ||
          t[k].all_caps || !free(k))
        continue;
      std::size_t head = 0;
      // A known name may say whose place it is: "Kedibo, an SPLM/A-IO stronghold".
      for (std::size_t j = k + 2; j < t.size() && j < k + 6 && (!t[j].capitalized || !free(j)); ++j)
        if (OneOf(t[j].norm, {"town", "village", "locality", "city", "site", "camp", "port", "settlement", "commune",
                              "neighbourhood", "neighborhood", "stronghold", "base", "island", "hub"})) {
          head = j;
          break;
        }
      if (!head) continue;
      const bool ends = head + 1 == t.size() || sentence.text[t[head].end] == ',' ||
                        sentence.text[t[head].end] == '.' || sentence.text[t[head].end] == ';' ||
                        OneOf(t[head + 1].norm, {"in", "of", "near", "on", "located", "where", "that", "which",
                                                 "close", "north", "south", "east", "west", "secured", "along"});
      if (!ends) continue;
      std::size_t i = k;
      while (i > 0 && k - i < 2 && t[i - 1].capitalized && free(i - 1) && !FunctionWord(t[i - 1].norm) &&
             t[i].begin == t[i - 1].end + 1 && sentence.text[t[i - 1].end] == ' ')
        --i;
      if (FunctionWord(t[i].norm) || IsCalendarWord(t[i].norm) || already_.count({p, s, t[i].begin})) continue;
      // A lone word opening the sentence may be a word of discourse
      // ("However, a town ...", "Recently, a village ..."); a name it is not.
      if (i == 0 && i == k &&
          (t[0].norm.size() < 4 || t[0].norm.substr(t[0].norm.size() - 2) == "ly" ||
           OneOf(t[0].norm, {"however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
                             "instead", "today", "yesterday", "thus", "therefore", "hence", "overall", "still",
                             "first", "second", "third", "again", "indeed", "besides", "otherwise", "then", "here",
                             "there", "later", "earlier", "since", "once", "meantime", "likewise", "elsewhere"})))
        continue;
      AddName(p, s, {i, k + 1, EntityType::kRegion, "discovery.place_name"});
    }
  }

  // "... several key smuggling routes, including the following:" and then
  // items such as "• Kufra – El Malha – (North Darfur)": in an item of a
  // list whose colon follows a word for routes, the runs of one to three
  // capitalised words that dashes join are places.
  template <typename FreeFn>
  void RoutePlacesListed(std::size_t p, std::size_t s, FreeFn free) {
    const Sentence* intro = doc_.ListIntro(p);
    if (!intro) return;
    bool routes = false;
    for (const Token& w : intro->tokens)
      routes = routes || OneOf(w.norm, {"route", "routes", "corridor", "corridors", "axis", "axes", "roads"});
    if (!routes) return;
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    // The runs, each [first, last).
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t i = 0; i < t.size();) {
      if (!t[i].capitalized || FunctionWord(t[i].norm) || t[i].all_caps) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < t.size() && j - i < 3 && t[j].capitalized && !t[j].all_caps &&
             t[j].begin == t[j - 1].end + 1 && sentence.text[t[j - 1].end] == ' ')
        ++j;
      runs.push_back({i, j});
      i = j;
    }
    // A dash, with spaces or not, and nothing else but a lower-case head
    // word ("Owainat mountains – ...") between a run and the next.
    auto dashed = [&](std::size_t a_last, std::size_t b_first) {
      std::size_t from = t[a_last - 1].end;
      if (b_first > a_last + 1) return false;
      if (b_first == a_last + 1) {
        if (t[a_last].capitalized || HeadOf(t[a_last].norm) == HeadKind::kNone) return false;
        from = t[a_last].end;
      }
      std::string_view gap(sentence.text.data() + from, t[b_first].begin - from);
      if (!gap.empty() && gap.back() == '(') gap.remove_suffix(1);  // "– (North Darfur)"
      return IsDashGap(gap);
    };
    for (std::size_t r = 0; r < runs.size(); ++r) {
      const bool joined = (r > 0 && dashed(runs[r - 1].second, runs[r].first)) ||
                          (r + 1 < runs.size() && dashed(runs[r].second, runs[r + 1].first));
      if (!joined) continue;
      const auto [first, last] = runs[r];
      bool unknown = !already_.count({p, s, t[first].begin});
      for (std::size_t w = first; w < last; ++w) unknown = unknown && free(w) && !IsCalendarWord(t[w].norm);
      if (unknown) AddName(p, s, {first, last, EntityType::kRegion, "discovery.route_place"});
    }
  }

  // One item of a list of names, from word q: a run of capitalised words (a
  // number may open it, "de" or "al" may join it, a hyphen joins any word),
  // after an optional "the". `known` says whether a name found already is in
  // it. Returns the end of the run, or q when there is no item there.
  struct ListItem {
    std::size_t first = 0, last = 0;
    bool known = false;
  };
  template <typename FreeFn>
  static ListItem ReadItem(const Tokens& t, const std::string& text, std::size_t q, FreeFn free) {
    if (q + 1 < t.size() && t[q].norm == "the") ++q;
    ListItem item;
    item.first = item.last = q;
    auto joined = [&](std::size_t j) {
      return t[j].begin == t[j - 1].end + 1 && (text[t[j - 1].end] == ' ' || text[t[j - 1].end] == '-');
    };
    auto item_word = [&](std::size_t j) {
      if (t[j].capitalized) return true;
      // "d’Avril", "l'Artibonite": an elided article before a capital.
      if (j > item.first && (text[t[j].begin] == 'd' || text[t[j].begin] == 'l')) {
        const std::size_t c = t[j].begin + 1;
        const std::size_t after = text.compare(c, 3, "’") == 0 ? c + 3 : (text[c] == '\'' ? c + 1 : 0);
        if (after && after < t[j].end && std::isupper(static_cast<unsigned char>(text[after]))) return true;
      }
      if (j > item.first && text[t[j - 1].end] == '-') return true;  // "Anti-balaka"
      if (j == item.first)
        return !t[j].norm.empty() && std::isdigit(static_cast<unsigned char>(t[j].norm[0])) && j + 1 < t.size() &&
               t[j + 1].capitalized;
      // A connector joins when a capitalised word follows it, at most two
      // in a row ("Volunteers for the Defence of the Homeland").
      if (!IsConnector(t[j].norm) || j + 1 >= t.size()) return false;
      return t[j + 1].capitalized || (IsConnector(t[j + 1].norm) && j + 2 < t.size() && t[j + 2].capitalized);
    };
    std::size_t j = q;
    // Past the first word, "for", "of" and "the" may join ("Volunteers for
    // the Defence of the Homeland"), but not "and", which parts the items, nor
    // "in", "on", "to", which place them ("Gwagwada in Kaduna State").
    while (j < t.size() && (j == q || joined(j)) && item_word(j) &&
           (j > q ? !OneOf(t[j].norm, {"and", "in", "on", "to"}) : !FunctionWord(t[j].norm))) {
      item.known = item.known || !free(j);
      ++j;
    }
    // A number after capitalised words ends the name: "Delmas 6" is
    // another name than the place Delmas in it.
    if (j > q && j < t.size() && joined(j) && text[t[j - 1].end] == ' ' && t[j - 1].capitalized &&
        !t[j].norm.empty() && std::all_of(t[j].norm.begin(), t[j].norm.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        (j + 1 >= t.size() || !t[j + 1].capitalized)) {
      ++j;
      item.known = !free(j - 1);
    }
    item.last = j;
    return item;
  }

  // The items of a list from word q: items parted by ",", "and", ", and" or
  // "or", up to the first word that is none of these.
  template <typename FreeFn>
  static std::vector<ListItem> ReadList(const Tokens& t, const std::string& text, std::size_t q, FreeFn free) {
    std::vector<ListItem> items;
    while (q < t.size()) {
      ListItem item = ReadItem(t, text, q, free);
      if (item.last == item.first) break;
      items.push_back(item);
      q = item.last;
      // An aside in brackets after the item: "Delmas 6 (led by X, alias
      // Y), Les Argentins (led by ...) and ...".
      if (q < t.size() && text.compare(t[q - 1].end, 2, " (") == 0) {
        const std::size_t close = text.find(')', t[q - 1].end);
        if (close == std::string::npos) break;
        while (q < t.size() && t[q].begin < close) ++q;
        if (q >= t.size()) break;
        if (text.compare(close, 2, "),") == 0 && !OneOf(t[q].norm, {"and", "or"})) continue;
        if (OneOf(t[q].norm, {"and", "or"})) {
          ++q;
          continue;
        }
        break;
      }
      if (q < t.size() && text.compare(t[q - 1].end, 1, ",") == 0 && !OneOf(t[q].norm, {"and", "or"})) continue;
      if (q < t.size() && OneOf(t[q].norm, {"and", "or"})) {
        ++q;
        continue;
      }
      break;
    }
    return items;
  }

  // The word after "such as", "including" or "like" at q, or 0.
  static std::size_t AfterSuchAs(const Tokens& t, std::size_t q) {
    if (q + 2 < t.size() && t[q].norm == "such" && t[q + 1].norm == "as") return q + 2;
    if (q + 1 < t.size() && OneOf(t[q].norm, {"including", "like"})) return q + 1;
    return 0;
  }

  // "gangs such as 400 Mawozo, Brooklyn and Village de Dieu", "armed groups
  // including the Zorvan Front": the names a list of groups gives as
  // examples. The list needs a word for groups of their kind right before
  // "such as", "including" or "like" ("groups" only after "armed",
  // "terrorist" and the like; "others" only after such a word earlier in
  // the sentence). An item with a known name in it is left to the gazetteer.
  //
  // "cities like Bogotá and Medellín", "ports such as Kismayo": the same for
  // places, after a word for places.
  template <typename FreeFn>
  void NamesListedAfter(std::size_t p, std::size_t s, FreeFn free) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    bool seen_kind = false;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      const std::string_view w = t[k].norm;
      // Most words are followed by none of "such as", "including", "like".
      const std::string_view next = t[k + 1].norm;
      if (next != "such" && next != "including" && next != "like") {
        if (!seen_kind && (w == "gangs" || w == "militias" || w == "groups" || w == "organizations"))
          seen_kind = OneOf(w, {"gangs", "militias"}) ||
                      (k > 0 && OneOf(t[k - 1].norm, {"armed", "terrorist", "criminal", "extremist", "militant",
                                                       "rebel", "jihadist", "insurgent"}));
        continue;
      }
      bool groups = OneOf(w, {"gangs", "militias"});
      if (!groups && k > 0 && OneOf(w, {"groups", "organizations", "organisations", "movements", "factions"}))
        groups = OneOf(t[k - 1].norm, {"armed", "terrorist", "criminal", "extremist", "militant", "rebel",
                                       "jihadist", "insurgent"});
      // "leaders of criminal groups, such as Jimmy Cherizier": the examples
      // are the people the phrase opens with, not groups.
      if (groups) {
        std::size_t of = k;
        while (of > 0 && k - of < 3 && t[of].norm != "of") --of;
        if (of > 0 && t[of].norm == "of" &&
            OneOf(t[of - 1].norm, {"leaders", "leader", "members", "commanders", "heads", "chiefs", "founders",
                                   "bosses", "financiers", "figures"}))
          continue;
      }
      seen_kind = seen_kind || groups;
      groups = groups || (w == "others" && seen_kind);
      auto place_word = [&](std::string_view x) {
        return OneOf(x, {"cities", "towns", "ports", "places", "villages", "localities", "islands", "capitals", "hubs",
                         "areas", "neighbourhoods", "neighborhoods", "communes", "districts", "territories",
                         "settlements", "locations", "region", "regions", "province", "provinces", "countries",
                         "states", "governorates", "departments", "prefectures", "counties"});
      };
      bool places = !groups && place_word(w);
      // "several locations in the metropolitan area of Port-au-Prince, such
      // as A, B and C": a word for places a few words before the known
      // place that ends right before the list.
      for (std::size_t b = k; !groups && !places && !free(k) && b-- > 0 && k - b <= 8;)
        places = place_word(t[b].norm);
      if (!groups && !places) continue;
      const std::size_t q = AfterSuchAs(t, k + 1);
      if (!q) continue;
      for (const ListItem& item : ReadList(t, sentence.text, q, free)) {
        if (item.known || already_.count({p, s, t[item.first].begin}) || IsCalendarWord(t[item.first].norm))
          continue;
        // A place no word of English spells ("areas such as Education" are none).
        if (places && rules_.HasEnglish() && !NoWordOfEnglish(t, sentence.text, item)) continue;
        AddName(p, s, {item.first, item.last, groups ? EntityType::kGroup : EntityType::kRegion,
                       groups ? "discovery.listed_group" : "discovery.listed_place"});
      }
    }
  }

  // "a group suspected to be affiliated with ISGS, locally known as the
  // Lukarawa", "an early criminal group, known colloquially as “La
  // Familia”": the name a group word gives a group of, at most eight words
  // before "known as" (or "called", "dubbed", "calling itself") in the same
  // stretch of the sentence (no ";" nor "." between). The name is one to
  // five capitalised words, maybe after "the" or an opening quote.
  template <typename FreeFn>
  void NamesKnownAs(std::size_t p, std::size_t s, FreeFn free) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
      // Most words have neither length: one compare turns them away.
      if (t[k].norm.size() != 2 && t[k].norm.size() != 6) continue;
      std::size_t q = 0;
      if (t[k].norm == "as" && OneOf(t[k - 1].norm, {"known", "colloquially", "locally", "commonly"})) {
        std::size_t b = k - 1;
        while (b > 0 && t[b].norm != "known") --b;
        if (t[b].norm != "known" || k - b > 2) continue;
        q = k + 1;
      } else if (OneOf(t[k].norm, {"called", "dubbed"}) || (t[k].norm == "itself" && t[k - 1].norm == "calling")) {
        q = k + 1;
      } else {
        continue;
      }
      // A word for a group shortly before.
      bool group_word = false;
      for (std::size_t b = k; b > 0 && k - b < 9 && !group_word; --b) {
        const std::size_t w = b - 1;
        if (text.find_first_of(";.", t[w].end) < t[k].begin) break;
        group_word = OneOf(t[w].norm, {"group", "gang", "militia", "faction", "movement", "network", "cell",
                                        "organization", "organisation", "coalition", "alliance", "brigade"});
      }
      if (!group_word || q >= t.size()) continue;
      if (t[q].norm == "the" && q + 1 < t.size()) ++q;
      if (!t[q].capitalized || !free(q) || FunctionWord(t[q].norm) || IsCalendarWord(t[q].norm)) continue;
      const ListItem item = ReadItem(t, text, q, free);
      if (item.known || item.last == item.first || item.last - item.first > 5 ||
          already_.count({p, s, t[item.first].begin}))
        continue;
      AddName(p, s, {item.first, item.last, EntityType::kGroup, "discovery.known_as"});
    }
  }

  // "the Amniyat, the wing of al-Shabaab responsible for ...", "The Amniyat
  // is al-Shabaab's intelligence wing": a name that is said to be a part of a
  // known group (its wing, arm, branch, faction, cell or unit, with at most
  // three words before that word) is a group's. The name is one to five
  // capitalised words right before the comma or "is", maybe after "the".
  template <typename FreeFn, typename KnownIt>
  void PartsOfGroups(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin, KnownIt known_end) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    auto part_word = [](std::string_view w) {
      return OneOf(w, {"wing", "arm", "branch", "faction", "cell", "unit"});
    };
    // Whether a known group's name starts at token k.
    auto group_at = [&](std::size_t k) {
      for (auto it = known_begin; it != known_end; ++it)
        if ((*it)->type == EntityType::kGroup && (*it)->begin == t[k].begin) return true;
      return false;
    };
    // Most sentences name no group: nothing to look for.
    if (std::none_of(known_begin, known_end, [](const auto* m) { return m->type == EntityType::kGroup; })) return;
    for (std::size_t k = 1; k + 2 < t.size(); ++k) {
      // "NAME, the ... wing of GROUP" or "NAME is GROUP's ... wing".
      std::size_t name_end = 0;
      if (part_word(t[k].norm) && k + 2 < t.size() && t[k + 1].norm == "of" && group_at(k + 2)) {
        std::size_t b = k;
        while (b > 0 && k - b < 4 && !t[b - 1].capitalized && !OneOf(t[b - 1].norm, {"the", "a", "an"}) &&
               text[t[b - 1].end] == ' ')
          --b;
        if (b == 0 || !OneOf(t[b - 1].norm, {"the", "a", "an"}) || b < 2) continue;
        const std::size_t comma = t[b - 2].end;  // the name ends right before ", the"
        if (text.compare(comma, 2, ", ") != 0) continue;
        name_end = b - 1;
      } else if (t[k].norm == "is" && group_at(k + 1)) {
        std::size_t j = k + 1;
        while (j < t.size() && j - k <= 6 && !PossessiveAt(text, t[j].end)) ++j;
        if (j >= t.size() || j - k > 6) continue;
        std::size_t w = j + 1;
        while (w < t.size() && w - j <= 3 && !part_word(t[w].norm) && !t[w].capitalized) ++w;
        if (w >= t.size() || !part_word(t[w].norm)) continue;
        name_end = k;
      } else {
        continue;
      }
      // The name: capitalised words ending right before name_end.
      std::size_t first = name_end;
      while (first > 0 && name_end - first < 5 && t[first - 1].capitalized && free(first - 1) &&
             !FunctionWord(t[first - 1].norm) && (first == name_end || text[t[first - 1].end] == ' '))
        --first;
      if (first == name_end || IsCalendarWord(t[first].norm) || already_.count({p, s, t[first].begin})) continue;
      // Not a sentence's first word alone: its capital says nothing.
      if (first == 0 && name_end - first == 1) continue;
      AddName(p, s, {first, name_end, EntityType::kGroup, "discovery.part_of_group"});
    }
  }

  // Groups named in brackets: the members listed after a plural word for
  // groups or a group's name ("some Viv Ansanm gangs (Grand Ravine, 5
  // Segond and Krache Dife)", "gangs from Viv Ansanm (Grand Ravine and Ti
  // Bwa)"), two names at least, not acronyms or list numbers ("(IMU,
  // QDe.010)"); and a name whose leader the brackets give ("Chyen Mechan
  // (led by Claudy Celestin)") in a sentence that speaks of gangs or armed
  // groups.
  template <typename FreeFn, typename KnownIt>
  void GroupsInBrackets(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin, KnownIt known_end) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    auto group_ends_at = [&](std::size_t k) {  // a known group's name ends with token k
      for (auto it = known_begin; it != known_end; ++it)
        if ((*it)->type == EntityType::kGroup && (*it)->end == t[k].end) return true;
      return false;
    };
    int gangs = -1;  // whether the sentence speaks of gangs or militias, once asked
    auto speaks_of_gangs = [&] {
      if (gangs < 0) {
        gangs = 0;
        for (const Token& x : t) gangs = gangs || OneOf(x.norm, {"gang", "gangs", "militia", "militias"});
      }
      return gangs == 1;
    };
    std::size_t k = 0;
    for (std::size_t at = text.find(" ("); at != std::string::npos; at = text.find(" (", at + 2)) {
      // The word that ends right before the bracket.
      while (k < t.size() && t[k].end < at) ++k;
      if (k + 1 >= t.size() || t[k].end != at || t[k + 1].begin != at + 2) continue;
      const std::size_t close = text.find(')', t[k].end);
      if (close == std::string::npos) continue;
      // "X (led by ...": X is a group.
      if (k + 2 < t.size() && t[k + 1].norm == "led" && t[k + 2].norm == "by" && t[k].capitalized && free(k) &&
          speaks_of_gangs()) {
        std::size_t b = k;
        while (b > 0 && (t[b - 1].capitalized || (b >= 1 && std::isdigit(static_cast<unsigned char>(text[t[b - 1].begin])))) &&
               free(b - 1) && !FunctionWord(t[b - 1].norm) && t[b].begin == t[b - 1].end + 1 && k - b < 4)
          --b;
        if (!already_.count({p, s, t[b].begin}) && !IsCalendarWord(t[b].norm) && !t[b].all_caps) {
          AddName(p, s, {b, k + 1, EntityType::kGroup, "discovery.led_by"});
        }
        continue;
      }
      const bool plural_head = OneOf(t[k].norm, {"gangs", "militias", "factions"}) ||
                               (t[k].norm == "groups" && k > 0 &&
                                OneOf(t[k - 1].norm, {"armed", "terrorist", "criminal", "militant", "rebel"}));
      if (!plural_head && !(group_ends_at(k) && speaks_of_gangs())) continue;
      std::vector<ListItem> items = ReadList(t, text, k + 1, free);
      if (items.size() < 2 || t[items.back().last - 1].end != close) continue;
      for (const ListItem& item : items) {
        if (item.known || item.last - item.first > 4 || t[item.first].all_caps ||
            already_.count({p, s, t[item.first].begin}) || IsCalendarWord(t[item.first].norm))
          continue;
        AddName(p, s, {item.first, item.last, EntityType::kGroup, "discovery.listed_group"});
      }
    }
  }

  // "to La Guajira and Cartagena", "in Miami and New York": a list that a
  // place preposition (or a verb of taking ground) governs and in which one
  // item is a place known or found in the sentence lists places only; the
  // other items of one to three words are places too. Not a list of words
  // of capitals only, a month or a day, nor one with a name of another type
  // in it.
  template <typename FreeFn, typename KnownIt>
  void PlacesCoordinated(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin, KnownIt known_end,
                         std::size_t found_begin) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    // The type of the name spanning exactly [a, b), or -1.
    auto type_of = [&](std::size_t a, std::size_t b) {
      for (auto it = known_begin; it != known_end; ++it)
        if ((*it)->begin == t[a].begin && (*it)->end == t[b - 1].end) return static_cast<int>((*it)->type);
      for (std::size_t m = found_begin; m < mentions_.size(); ++m)
        if (mentions_[m].begin == t[a].begin && mentions_[m].end == t[b - 1].end)
          return static_cast<int>(mentions_[m].type);
      return -1;
    };
    std::size_t capitals = 0;
    for (const Token& x : t) capitals += x.capitalized ? 1 : 0;
    const bool full_stop = !sentence.text.empty() && sentence.text.back() == '.';
    for (std::size_t k = 0; k + 1 < t.size(); ++k) {
      // A list of names starts with a capital, maybe after "the".
      if (!t[k + 1].capitalized && !(k + 2 < t.size() && t[k + 1].norm == "the" && t[k + 2].capitalized)) continue;
      // After a preposition of place, or after a known place and a colon
      // ("Operations in Afghanistan: Herat, Kabul, Zorvanabad").
      // Or after a verb of taking ground, or "control of" ("seizing control
      // of Kafia Kinji, Sungu and Hofra").
      const bool preposition =
          OneOf(t[k].norm, {"in", "to", "from", "through", "across", "via", "towards", "toward", "near", "between",
                            "captured", "seized", "occupied", "overran", "entered", "raided"}) ||
          (t[k].norm == "of" && k > 0 && OneOf(t[k - 1].norm, {"control", "capture", "seizure", "outskirts"}));
      const bool colon = !preposition && sentence.text.compare(t[k].end, 1, ":") == 0 &&
                         PlaceEndsAt(t, k, known_begin, known_end);
      if (!preposition && !colon) continue;
      const std::vector<ListItem> items = ReadList(t, sentence.text, k + 1, free);
      if (items.empty()) continue;
      // A title ("Council Considers Charcoal Trade in Somalia, Tensions over
      // ...") capitalises its words and ends with no full stop: no list
      // there is read as places. The list's own names do not count, nor
      // does a sentence with a full stop (a sanctions entry's name in
      // capitals runs into its first sentence).
      std::size_t inside = 0, inside_capitals = 0;
      for (const ListItem& item : items)
        for (std::size_t j = item.first; j < item.last; ++j) {
          ++inside;
          inside_capitals += t[j].capitalized ? 1 : 0;
        }
      const std::size_t outside = t.size() - inside;
      const bool heading = outside >= 4 && (capitals - inside_capitals) * 2 > outside && !full_stop;
      // "patrols from Juba to Wonduruba and Lobonok", "from Wau to Tonj":
      // where a route from a known place goes is a place, one item or more.
      const bool route = t[k].norm == "to" && RouteFromPlace(t, k, known_begin, known_end, found_begin);
      if (items.size() < 2 && !(route && items.size() == 1)) continue;
      // Two names a comma alone joins after a preposition are a place and
      // what is said of it ("in Gaza, Mohammed Sinwar"), no list.
      if (items.size() == 2 && !colon) {
        bool joined = false;
        for (std::size_t j = items[0].last; j < items[1].first; ++j)
          joined = joined || OneOf(t[j].norm, {"and", "or"});
        if (!joined) continue;
      }
      bool place = route, other = false;
      for (const ListItem& item : items) {
        if (!item.known) continue;
        const int type = type_of(item.first, item.last);
        (type == static_cast<int>(EntityType::kRegion) ? place : other) = true;
      }
      // Or a word for where a group stays right before the preposition:
      // "temporary bases in Clemenceau, Carrefour Bete and Bois d'Avril".
      const bool stays = k > 0 && t[k].norm == "in" &&
                         OneOf(t[k - 1].norm, {"bases", "base", "strongholds", "stronghold", "hideouts",
                                               "camps", "positions", "checkpoints", "hotspots"});
      if ((!place && !stays) || other || heading) continue;
      // "in Somalia and the Al-Karrar office": a lower-case noun after the
      // list makes its last item a modifier, the list no list of places.
      const std::size_t after = items.back().last;
      if (after < t.size() && !t[after].capitalized && t[after].begin == t[after - 1].end + 1 &&
          !FunctionWord(t[after].norm) && !OneOf(t[after].norm, {"or", "as", "where", "which", "while", "were", "was", "are", "is", "through", "via", "towards"}))
        continue;
      for (const ListItem& item : items) {
        if (item.known || item.last - item.first > 3 || already_.count({p, s, t[item.first].begin}) ||
            IsCalendarWord(t[item.first].norm))
          continue;
        bool caps_only = true, common = false;
        for (std::size_t j = item.first; j < item.last; ++j) {
          caps_only = caps_only && t[j].all_caps;
          common = common || IsInstitutionWord(t[j].norm);
        }
        // Not a word of position alone: "Upper" of "in Upper and Lower
        // Juba" is a member of an elliptical list, no place of its own.
        if (item.last == item.first + 1 && IsPositionWord(t[item.first].norm)) continue;
        // Not the first word of a quoted title after the list ("... in
        // Africa" and "Strengthening the capacity of ...").
        const std::size_t at = t[item.first].begin;
        const bool quoted = (at >= 3 && sentence.text.compare(at - 3, 3, "\xE2\x80\x9C") == 0) ||
                            (at >= 1 && sentence.text[at - 1] == '"');
        if (caps_only || common || quoted) continue;
        AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.coordinated_place"});
      }
      k = items.back().last - 1;
    }
  }

  // Whether a known place ends with token k ("Afghanistan", "the Syrian
  // Arab Republic").
  template <typename KnownIt>
  static bool PlaceEndsAt(const Tokens& t, std::size_t k, KnownIt known_begin, KnownIt known_end) {
    for (auto it = known_begin; it != known_end; ++it)
      if ((*it)->end == t[k].end && (*it)->type == EntityType::kRegion) return true;
    return false;
  }

  // Whether "from" and a place known or found in the sentence stand right
  // before token k ("from Juba to ...", "from the Sudan to ...").
  template <typename KnownIt>
  bool RouteFromPlace(const Tokens& t, std::size_t k, KnownIt known_begin, KnownIt known_end,
                      std::size_t found_begin) const {
    if (k < 2) return false;
    for (std::size_t b = k - 1; b > 0 && k - b <= 4; --b) {
      if (t[b - 1].norm == "from" || (t[b - 1].norm == "the" && b >= 2 && t[b - 2].norm == "from"))
        return PlaceAt(known_begin, known_end, found_begin, &Mention::begin, t[b].begin) &&
               PlaceAt(known_begin, known_end, found_begin, &Mention::end, t[k - 1].end);
    }
    return false;
  }

  // Whether a place known in the sentence ([known_begin, known_end)) or
  // found in it (from found_begin) begins or ends (`edge`) at `offset`.
  template <typename KnownIt>
  bool PlaceAt(KnownIt known_begin, KnownIt known_end, std::size_t found_begin, std::size_t Mention::*edge,
               std::size_t offset) const {
    for (auto it = known_begin; it != known_end; ++it)
      if ((*it)->type == EntityType::kRegion && (*it)->*edge == offset) return true;
    for (std::size_t m = found_begin; m < mentions_.size(); ++m)
      if (mentions_[m].type == EntityType::kRegion && mentions_[m].*edge == offset) return true;
    return false;
  }

  // "near Bozoum, Ouham-Pendé Prefecture", "in Mirebalais, in the Centre
  // Department", "in Kerman, Islamic Republic of Iran": one to three
  // capitalised words that a place preposition governs and that a comma
  // parts from a place known or found in the sentence name a place within
  // it. Not a month or a day ("In March, Mali ..."), nor words of capitals,
  // nor a venue ("at United Nations Headquarters, New York").
  template <typename FreeFn, typename KnownIt>
  void PlacesBeforePlace(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin,
                         KnownIt known_end, std::size_t found_begin) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    auto place_at = [&](std::size_t k) {
      return PlaceAt(known_begin, known_end, found_begin, &Mention::begin, t[k].begin);
    };
    for (std::size_t k = 0; k + 3 < t.size(); ++k) {
      if (!t[k + 1].capitalized) continue;  // most words: turned away first
      // A place preposition, or a verb of attack or capture that takes a
      // place ("SPLM/A-IO attacked Nasir, Upper Nile State").
      // ... or "on" after a word of attack ("launched assaults on Pont-Sondé in Saint Marc").
      const bool attack_on = t[k].norm == "on" && k > 0 &&
                             OneOf(t[k - 1].norm, {"attack", "attacks", "assault", "assaults", "raid", "raids",
                                                   "offensive", "strike", "strikes", "incursion", "incursions"});
      if (!attack_on &&
          !OneOf(t[k].norm, {"in", "near", "at", "from", "outside", "around", "towards", "toward", "into", "attacked",
                             "seized", "captured", "overran", "besieged", "entered", "raided", "shelled", "occupied",
                             "retook", "recaptured"}))
        continue;
      const std::size_t i = k + 1;
      if (!t[i].capitalized || t[i].all_caps || !free(i) || FunctionWord(t[i].norm) ||
          IsCalendarWord(t[i].norm))
        continue;
      std::size_t j = i + 1;
      while (j < t.size() && j - i < 3 && t[j].capitalized && free(j) && t[j].begin <= t[j - 1].end + 1) ++j;
      // ", " then the place, maybe after "in" or "in the"; or "in" (and
      // "the") then the place: "an operational base in Serma in the Tahoua
      // Region", "near Gwagwada in Kaduna State".
      if (j >= t.size()) continue;
      const bool comma = text.compare(t[j - 1].end, 2, ", ") == 0 && t[j].begin == t[j - 1].end + 2;
      if (!comma && t[j].norm != "in") continue;
      std::size_t q = j;
      if (q + 1 < t.size() && t[q].norm == "in") ++q;
      if (q + 1 < t.size() && t[q].norm == "the") ++q;
      if (!place_at(q) || already_.count({p, s, t[i].begin})) continue;
      // Not a person of that place: "attacked Kiir, South Sudan's president".
      std::size_t last = q;
      while (last + 1 < t.size() && t[last + 1].capitalized && t[last + 1].begin == t[last].end + 1) ++last;
      if (PossessiveAt(text, t[last].end)) continue;
      // A venue, not a place: "at United Nations Headquarters, New York";
      // without a comma, no institution either ("in Operation X in Mali").
      bool venue = false, common = false;
      for (std::size_t k2 = i; k2 < j; ++k2) {
        venue = venue || OneOf(t[k2].norm, {"nations", "headquarters", "hall", "hotel", "palace",
                                            "building", "centre", "center", "university", "house"});
        common = common || (!comma && IsInstitutionWord(t[k2].norm));
      }
      if (venue || common) continue;
      AddName(p, s, {i, j, EntityType::kRegion, "discovery.place_in_place"});
    }
  }

  // Whether a list item is one to three capitalised words (spaced, not of
  // capitals only, no month, no word of institutions) whose last no word of
  // English spells, and each word before it neither or a word that opens
  // places' names ("Old", "New", "Upper", "North"); see UnknownPlacesGoverned.
  bool NoWordOfEnglish(const Tokens& t, const std::string& text, const ListItem& item) const {
    if (item.last - item.first > 3 || item.last == item.first) return false;
    // A word written with a letter English does not use ("Sondé") is none
    // of its words, whatever its folded form spells.
    auto accented = [&](const Token& w) {
      for (std::size_t b = w.begin; b < w.end; ++b)
        if (static_cast<unsigned char>(text[b]) >= 0xC3 && static_cast<unsigned char>(text[b]) <= 0xC5) return true;
      return false;
    };
    if (rules_.IsEnglishWord(t[item.last - 1].norm) && !accented(t[item.last - 1])) return false;
    // The name of an institution: "the Al-Karrar office".
    if (item.last < t.size() && IsInstitutionWord(t[item.last].norm)) return false;
    for (std::size_t j = item.first; j < item.last; ++j) {
      // A capital after the first makes an acronym of the word ("MoECC", "ISIL").
      // Words part by a space, or by a hyphen before a capital ("Pont-Sondé").
      const bool parted =
          j + 1 >= item.last || text[t[j].end] == ' ' || (text[t[j].end] == '-' && t[j + 1].capitalized);
      if (!t[j].capitalized || t[j].inner_caps || FunctionWord(t[j].norm) || IsCalendarWord(t[j].norm) ||
          IsInstitutionWord(t[j].norm) || !parted)
        return false;
      if (j + 1 < item.last && rules_.IsEnglishWord(t[j].norm) &&
          !OneOf(t[j].norm, {"old", "new", "upper", "lower", "north", "south", "east", "west", "central", "greater",
                             "little", "al", "el", "am", "um", "umm", "bir", "ain", "ras", "wadi", "jebel", "jabal",
                             "port", "mount", "lake", "san", "santa", "saint"}))
        return false;
    }
    return true;
  }

  // "Haut-Mbomou (Bambouti, Mboki, Zemio)", "Vakaga (Am Dafok)": the places
  // listed in brackets right after a place known or found in the sentence
  // lie within it; those that no rule knows and no word of English spells
  // (NoWordOfEnglish) are places. The whole bracket is the list: an aside
  // with other words in it names none ("Kenscoff (see annex 3)").
  template <typename FreeFn, typename KnownIt>
  void PlacesInBracketsAfterPlace(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin, KnownIt known_end,
                                  std::size_t found_begin) {
    if (!rules_.HasEnglish()) return;
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    std::size_t k = 0;
    for (std::size_t at = text.find(" ("); at != std::string::npos; at = text.find(" (", at + 2)) {
      while (k < t.size() && t[k].end < at) ++k;  // the word that ends right before the bracket
      if (k + 1 >= t.size() || t[k].end != at || t[k + 1].begin != at + 2 ||
          !PlaceAt(known_begin, known_end, found_begin, &Mention::end, t[k].end))
        continue;
      const std::size_t close = text.find(')', at);
      if (close == std::string::npos) continue;
      std::vector<ListItem> items = ReadList(t, text, k + 1, free);
      while (!items.empty() && t[items.back().first].begin > close) items.pop_back();  // the list goes on after
      if (items.empty() || t[items.back().last - 1].end != close) continue;
      bool other = false;
      for (const ListItem& item : items)
        other = other || (!item.known && !NoWordOfEnglish(t, text, item));
      if (other) continue;
      for (const ListItem& item : items)
        if (!item.known && !already_.count({p, s, t[item.first].begin}))
          AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.place_in_brackets"});
    }
  }

  // A verb whose object is a place taken or struck: "captured Kedibo",
  // "attacked Yaribe", "seized Sake and Goma".
  static bool CaptureVerb(std::string_view w) {
    return OneOf(w, {"capture", "captured", "captures", "capturing", "seized", "seize", "seizing", "attacked",
                     "overran", "overrun", "recaptured", "retook", "retaken", "stormed", "besieged", "occupied",
                     "occupy", "occupying", "raided", "shelled"});
  }

  // "fighters in Diffra", "deployments in Mukoko and Mbau", "dislodged the
  // group from Diel and Atar", "an air strike in Old Fangak": a name of one
  // to three capitalised words that a place preposition governs (in, near,
  // around, outside, towards, through, via; "from" after a word of leaving;
  // the object of a verb of capture or attack, see CaptureVerb, of a visit,
  // or of a noun of capture: "the fall of Goma"), that no rule
  // knows and that no word of English spells, is a place; so are the other
  // such names listed with it. "No word of English" is what keeps out
  // "in Annex", "in Arabic", "in Operation Shujaa": its last word is none
  // of Debian's word list, in any case, and a word before it is none either
  // or a word that opens places' names ("Old", "New", "Upper", "North").
  // Not in a title, not a name glued to another capitalised word or
  // followed by a possessive, and not a list with a name of another type.
  // Without the word list (rules built without the defaults) nothing is.
  template <typename FreeFn, typename KnownIt>
  void UnknownPlacesGoverned(std::size_t p, std::size_t s, FreeFn free, KnownIt known_begin, KnownIt known_end) {
    if (!rules_.HasEnglish()) return;
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    // A title capitalises its words: at most one lower-case word of four
    // letters or more ("Fighting in Kelbo Escalates over Fuel").
    std::size_t lower = 0;
    for (const Token& x : t) lower += !x.capitalized && x.norm.size() >= 4 ? 1 : 0;
    if (lower < 2) return;
    auto other_type = [&](const ListItem& item) {
      for (auto it = known_begin; it != known_end; ++it)
        if ((*it)->begin < t[item.last - 1].end && t[item.first].begin < (*it)->end)
          return (*it)->type != EntityType::kRegion;
      return false;
    };
    for (std::size_t k = 1; k + 1 < t.size(); ++k) {
      if (!t[k + 1].capitalized || t[k].capitalized) continue;
      // "visited Yongoro-Mbolaye": the place a visit goes to.
      const bool visit = OneOf(t[k].norm, {"visited", "toured"});
      bool governs = OneOf(t[k].norm, {"in", "near", "around", "outside", "towards", "toward", "through", "via"}) ||
                     CaptureVerb(t[k].norm) || visit;
      if (!governs && t[k].norm == "from")
        for (std::size_t b = k; b > 0 && k - b < 10 && !governs; --b)
          governs = OneOf(t[b - 1].norm, {"dislodged", "expelled", "withdrew", "withdrawn", "retreated", "fled",
                                          "ousted", "driven", "pushed", "evacuated", "relocated", "displaced",
                                          "withdrawal", "retreat", "fleeing"});
      // "the capture of Minova", "the fall of Goma": the place a noun of
      // capture governs; one word only after "capture", which also takes
      // people ("the capture of Hassan Zadma"). Not "seizure", of goods.
      const bool taken = !governs && t[k].norm == "of" && k >= 2 && OneOf(t[k - 2].norm, {"the", "its", "their"}) &&
                         OneOf(t[k - 1].norm, {"capture", "recapture", "takeover", "fall", "siege",
                                               "occupation"});
      if (taken) {
        const bool one_word = OneOf(t[k - 1].norm, {"capture", "recapture"});
        if (one_word && k + 2 < t.size() && t[k + 2].capitalized) continue;
        governs = true;
      }
      // Not a preposition inside an unknown name or a title ("Financial
      // Crime in Cryptoassets"), except after a word that ends the name of
      // a force ("attacked the Defence Forces in Maiwut").
      // A comma before the preposition ends any name ("towards Luhwinja,
      // through Kaziba").
      const bool glued = t[k].begin == t[k - 1].end + 1 && text[t[k - 1].end] == ' ';
      if (!governs || (glued && t[k - 1].capitalized && free(k - 1) &&
                       !OneOf(t[k - 1].norm, {"forces", "force", "army", "police", "troops", "militia"})))
        continue;
      const std::vector<ListItem> items = ReadList(t, text, k + 1, free);
      if (items.empty()) continue;
      // The object of a verb ends there: "captured Yazidi and Turkmen girls"
      // names people, not places.
      if (CaptureVerb(t[k].norm) || taken || visit) {
        const std::size_t after = items.back().last;
        if (after < t.size() && !t[after].capitalized && t[after].begin == t[after - 1].end + 1 &&
            !OneOf(t[after].norm, {"on", "in", "at", "from", "after", "before", "with", "and", "near", "during",
                                   "since", "by", "while", "following", "killing", "where", "which", "under", "to",
                                   "as", "for", "but", "between"}))
          continue;
      }
      // Nor a list with another type's name or an acronym ("through OPM,
      // MoECC and the ministries").
      bool other = false;
      for (const ListItem& item : items)
        other = other || (item.known && other_type(item)) || (!item.known && t[item.first].all_caps);
      // Nor a list of people: "through Juma Haggar and General Mohamed
      // Alzafir", an item opens with a person's title.
      for (const ListItem& item : items)
        other = other || IsPersonTitle(t[item.first].norm);
      if (other) continue;
      for (const ListItem& item : items) {
        if (item.known || already_.count({p, s, t[item.first].begin}) || !NoWordOfEnglish(t, text, item)) continue;
        // Glued to more words of a name, or a person's ("in Mbeki's time").
        const std::size_t end = t[item.last - 1].end;
        if (item.last < t.size() && t[item.last].capitalized && t[item.last].begin <= end + 1) continue;
        if (PossessiveAt(text, end)) continue;
        const std::size_t at = t[item.first].begin;
        if ((at >= 3 && text.compare(at - 3, 3, "\xE2\x80\x9C") == 0) || (at >= 1 && text[at - 1] == '"')) continue;
        AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.unknown_place"});
      }
      k = items.back().last - 1;
    }
  }

  // "Kavumu airport", "the Amiet market", "the Masnaa international border
  // crossing": one to three capitalised words right before a word for a
  // place where people pass or trade (airport, airstrip, market, crossing,
  // checkpoint, camp, border post), with at most four lower-case words of
  // its kind or of a compound ("multi-service") between, that no rule knows
  // and no word of English spells
  // (NoWordOfEnglish), are a place: "the Central market", "the Border
  // Police camp" are none.
  template <typename FreeFn>
  void PlacesBeforeFacility(std::size_t p, std::size_t s, FreeFn free) {
    if (!rules_.HasEnglish()) return;
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    for (std::size_t k = 1; k < t.size(); ++k) {
      if (t[k].capitalized ||
          !OneOf(t[k].norm, {"airport", "airstrip", "market", "crossing", "checkpoint", "camp", "post"}))
        continue;
      // A post is a place only at a border: "the Bembéré (multi-service) border post".
      if (t[k].norm == "post" && !(t[k - 1].norm == "border"))
        continue;
      std::size_t j = k;  // the name ends before word j
      // Past the words of its kind, and one compound of them ("multi-service").
      auto hyphened = [&](std::size_t a) {
        return text[t[a].end] == '-' || (t[a].begin > 0 && text[t[a].begin - 1] == '-');
      };
      while (j > 1 && k - j < 4 && !t[j - 1].capitalized &&
             (OneOf(t[j - 1].norm, {"international", "border", "main", "cattle", "livestock", "weekly", "military",
                                    "refugee", "displacement", "river", "gold", "mining"}) ||
              hyphened(j - 1)))
        --j;
      if (!t[j - 1].capitalized || !free(j - 1) || text[t[j - 1].end] != ' ' || t[j].begin != t[j - 1].end + 1)
        continue;
      ListItem item{j, j, false};
      while (item.first > 0 && j - item.first < 3 && t[item.first - 1].capitalized && free(item.first - 1) &&
             !FunctionWord(t[item.first - 1].norm) &&
             (item.first == j || t[item.first].begin == t[item.first - 1].end + 1))
        --item.first;
      // The whole run of capitals, not the end of a longer name.
      if (item.first > 0 && t[item.first - 1].capitalized && !FunctionWord(t[item.first - 1].norm)) continue;
      if (already_.count({p, s, t[item.first].begin}) || !NoWordOfEnglish(t, text, item)) continue;
      AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.place_before_facility"});
    }
  }

  // "ISIL South-East Asia (ISIL-SEA, QDe.169)", "Al-Qaida in Zorvania
  // (AQ-Z)": a known group's name, then a known place's (after "in" or "in
  // the"), then in brackets an acronym that starts with the group's own
  // name or acronym and a hyphen, is a branch of that group named so: a
  // group of its own, the names inside it no mentions.
  template <typename KnownIt>
  void BranchesNamed(std::size_t p, std::size_t s, KnownIt known_begin, KnownIt known_end) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const std::string& text = sentence.text;
    if (text.find('(') == std::string::npos) return;
    const Tokens& t = sentence.tokens;
    auto token_at = [&](std::size_t byte) {
      std::size_t k = 0;
      while (k < t.size() && t[k].begin < byte) ++k;
      return k;
    };
    for (auto g = known_begin; g != known_end; ++g) {
      if ((*g)->type != EntityType::kGroup || (*g)->end + 1 >= text.size() || text[(*g)->end] != ' ') continue;
      std::size_t at = (*g)->end + 1;
      for (std::string_view joint : {"in the ", "in "})
        if (text.compare(at, joint.size(), joint) == 0) {
          at += joint.size();
          break;
        }
      const Mention* place = nullptr;
      for (auto r = known_begin; r != known_end; ++r)
        if ((*r)->type == EntityType::kRegion && (*r)->begin == at) place = *r;
      if (!place) continue;
      const std::string acronym = AcronymAt(text, place->end);
      if (acronym.empty()) continue;
      // The acronym starts with the group's name as written, or one of its
      // acronyms, and a hyphen.
      std::vector<std::string> heads = {(*g)->surface};
      if (const Entity* e = rules_.FindEntity((*g)->entity))
        for (const std::string& a : e->aliases)
          if (a.size() <= 6 && std::all_of(a.begin(), a.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
            heads.push_back(a);
      const bool branch = std::any_of(heads.begin(), heads.end(), [&](const std::string& h) {
        return acronym.size() > h.size() + 1 && acronym.compare(0, h.size(), h) == 0 && acronym[h.size()] == '-';
      });
      if (!branch) continue;
      const std::size_t first = token_at((*g)->begin), last = token_at(place->end);
      if (first >= last || already_.count({p, s, t[first].begin})) continue;
      AddName(p, s, {first, last, EntityType::kGroup, "discovery.branch_name"});
      // "(ISIL-SEA, QDe.169, alias Islamic State East Asia Division)": the
      // bracket holds the branch's names, which name nothing inside them;
      // its other name is the branch's too.
      const std::size_t open = text.find('(', place->end), close = text.find(')', place->end);
      if (close == std::string::npos) continue;
      swallowed_.push_back({p, s, open + 1, close});
      if (const std::size_t alias = text.find(", alias ", place->end); alias < close) {
        const std::size_t from = alias + 8;
        const std::string id = "group:" + Slug(text.substr((*g)->begin, place->end - (*g)->begin));
        if (auto it = discovered_.find(id); it != discovered_.end())
          it->second.aliases.push_back(text.substr(from, close - from));
      }
    }
  }

  // "the provinces of Hama, Idlib and Ladhiqiyah", "the districts of Kelmora
  // and Vintaro": the items of a list right after a plural word for
  // subdivisions and "of" are places, those no rule knows too, when no word
  // of English spells them (NoWordOfEnglish). The list is names only:
  // capitalised words (hyphens and particles inside), commas and "and".
  template <typename FreeFn>
  void PlacesAfterPluralType(std::size_t p, std::size_t s, FreeFn free) {
    if (!rules_.HasEnglish()) return;
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    const std::string& text = sentence.text;
    for (std::size_t k = 0; k + 2 < t.size(); ++k) {
      const std::string_view n = t[k].norm;
      if (n.size() < 6 || n.back() != 's' || t[k].capitalized || t[k + 1].norm != "of" ||
          !OneOf(n, {"provinces", "regions", "districts", "prefectures", "governorates", "departments", "counties",
                     "municipalities", "states", "towns", "villages", "cities", "localities"}))
        continue;
      for (const ListItem& item : ReadList(t, text, k + 2, free)) {
        if (item.known || already_.count({p, s, t[item.first].begin}) || !NoWordOfEnglish(t, text, item)) continue;
        AddName(p, s, {item.first, item.last, EntityType::kRegion, "discovery.place_name"});
      }
    }
  }

  // A name the rules classified: a mention, and a new entity unless the
  // rules know it (with the acronym defined right after it).
  void AddName(std::size_t p, std::size_t s, const Candidate& c) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    // A place of one or two letters is a piece of a name the tokeniser cut
    // ("Ra" of "Ra’s Isa"), an initial or an abbreviation, not a place.
    if (c.type == EntityType::kRegion && t[c.last - 1].end - t[c.first].begin <= 2) return;
    swallowed_.push_back({p, s, t[c.first].begin, t[c.last - 1].end});
    already_.insert({p, s, t[c.first].begin});
    Mention m = Found(sentence, p, s, t[c.first].begin, t[c.last - 1].end, c.type, "", c.rule);
    m.entity = std::string(TypeName(c.type)) + ":" + Slug(m.surface);
    // "Khatiba Imam al-Bukhari (KIB, QDe.158)": a spelling the rules lack of
    // the known group whose acronym follows in brackets.
    if (c.type == EntityType::kGroup && !rules_.FindEntity(m.entity))
      if (const Mention* known = KnownAcronymAfter(p, s, m.end);
          known && CouldStandFor(known->surface, m.surface)) {
        m.entity = known->entity;
        mentions_.push_back(std::move(m));
        return;
      }
    if (const Entity* known = rules_.FindEntity(m.entity)) {
      // "the Red Tabara armed group": a spelling of a known group's name
      // that the gazetteer missed (another case, a space for a hyphen).
      if (c.type == EntityType::kGroup && known->type == EntityType::kGroup) mentions_.push_back(std::move(m));
      return;
    }
    // "Mbomou, Ouaka and Vakaga Prefectures" in a paragraph that does not
    // name the country: the head confirms the one subdivision of that name
    // of a country the document names, which the gazetteer left unresolved.
    if (c.type == EntityType::kRegion) {
      const HeadKind head = HeadOf(t[c.last - 1].norm);
      const std::size_t bare_last = c.last - (c.last - c.first >= 2 && head == HeadKind::kPlace ? 1 : 0);
      if (std::string sub = SubdivisionOfNamedCountry(t, c.first, bare_last); !sub.empty()) {
        m.entity = std::move(sub);
        m.rule = "discovery.subdivision";
        mentions_.push_back(std::move(m));
        return;
      }
    }
    Entity& e = discovered_[m.entity];
    if (e.id.empty()) e = Entity{m.entity, c.type, m.surface, {}, "", c.rule};
    // "Zorba Province" also goes by "Zorba".
    const HeadKind head = HeadOf(t[c.last - 1].norm);
    if (c.type == EntityType::kRegion && c.last - c.first >= 2 &&
        (head == HeadKind::kPlace || head == HeadKind::kSmallPlace)) {
      const std::string bare = sentence.text.substr(t[c.first].begin, t[c.last - 2].end - t[c.first].begin);
      if (std::find(e.aliases.begin(), e.aliases.end(), bare) == e.aliases.end()) e.aliases.push_back(bare);
    }
    std::string acr = AcronymAt(sentence.text, m.end);
    if (!acr.empty() && std::find(e.aliases.begin(), e.aliases.end(), acr) == e.aliases.end()) {
      e.aliases.push_back(acr);
      acronyms_[acr] = m.entity;
    }
    mentions_.push_back(std::move(m));
  }

  // "Warrap, Lakes and Unity States", "the Ouaka and Vakaga Prefectures": a
  // plural subdivision type after a list of names is the type word of each
  // ("Lakes State"), even of a name too common to count alone ("Lakes",
  // "Unity"). An item becomes that subdivision when its name with the type
  // word names exactly one (of a country the document names, when several
  // countries have one so called).
  template <typename FreeFn>
  void SubdivisionsBeforePluralType(std::size_t p, std::size_t s, FreeFn free) {
    const Sentence& sentence = doc_.paragraphs[p].sentences[s];
    const Tokens& t = sentence.tokens;
    for (std::size_t k = 1; k < t.size(); ++k) {
      const std::string_view n = t[k].norm;
      if (!t[k - 1].capitalized || n.size() < 6 || n.back() != 's' ||
          !OneOf(n, {"states", "provinces", "regions", "counties", "districts", "prefectures", "governorates",
                     "departments", "territories", "municipalities"}))
        continue;
      const std::string type =
          n.ends_with("ies") ? std::string(n.substr(0, n.size() - 3)) + "y" : std::string(n.substr(0, n.size() - 1));
      std::size_t end = k;  // the item ends before token `end`
      while (end > 0 && t[end - 1].capitalized) {
        // Capitalised words, and a particle hyphenated to the next one
        // ("Western Bahr el-Ghazal").
        std::size_t b = end;
        while (b > 0 && (b == end || t[b].begin <= t[b - 1].end + 1) &&
               ((t[b - 1].capitalized && !FunctionWord(t[b - 1].norm)) ||
                (b < end && t[b].hyphen_before && b >= 2 && t[b - 2].capitalized)))
          --b;
        if (b == end) break;
        bool all_free = true;
        for (std::size_t w = b; w < end; ++w) all_free = all_free && free(w);
        if (all_free && !already_.count({p, s, t[b].begin})) {
          std::vector<std::string> words;
          for (std::size_t w = b; w < end; ++w) words.emplace_back(t[w].norm);
          words.push_back(type);
          if (std::string id = OneSubdivision(rules_.gazetteer().Lookup(words)); !id.empty()) {
            swallowed_.push_back({p, s, t[b].begin, t[end - 1].end});
            already_.insert({p, s, t[b].begin});
            mentions_.push_back(Found(sentence, p, s, t[b].begin, t[end - 1].end, EntityType::kRegion, std::move(id),
                                      "discovery.subdivision"));
          }
        }
        // The item before ends at a comma or at "and" (", and").
        if (b == 0) break;
        const bool comma = sentence.text.find(',', t[b - 1].end) < t[b].begin;
        if (t[b - 1].norm == "and") end = b - 1;
        else if (comma) end = b;
        else break;
      }
    }
  }

  // The one subdivision the aliases name, narrowed to those of a country
  // the document names when they name several; "" when none or not one.
  std::string OneSubdivision(const std::vector<const Alias*>& aliases) {
    std::vector<std::string> all, of_named;
    for (const Alias* a : aliases) {
      if (a->entity.empty() || !a->target || a->target->type != EntityType::kRegion || a->target->parent.empty())
        continue;
      if (std::find(all.begin(), all.end(), a->entity) != all.end()) continue;
      all.push_back(a->entity);
      if (CountryNamed(a->target->parent)) of_named.push_back(a->entity);
    }
    if (all.size() == 1) return all.front();
    return of_named.size() == 1 ? of_named.front() : "";
  }

  bool CountryNamed(const std::string& id) {
    if (named_.empty()) {
      named_.insert("");  // worked out once
      for (const Mention* m : known_) named_.insert(m->entity);
    }
    return named_.count(id) > 0;
  }

  // The one subdivision (a weak name) that tokens [first, last) spell, of a
  // country the document names, or "".
  std::string SubdivisionOfNamedCountry(const Tokens& t, std::size_t first, std::size_t last) {
    std::string found;
    for (const Alias* a : rules_.gazetteer().Lookup(t, first, last)) {
      if (!a->weak || a->entity.empty() || !a->target || a->target->parent.empty()) return "";
      if (!found.empty() && found != a->entity) return "";
      found = a->entity;
    }
    if (found.empty()) return "";
    return CountryNamed(rules_.FindEntity(found)->parent) ? found : "";
  }

  // The known group named by capitals in the brackets right after `end`:
  // "(KIB)", "(KIB, QDe.158)".
  const Mention* KnownAcronymAfter(std::size_t p, std::size_t s, std::size_t end) const {
    const std::string& text = doc_.paragraphs[p].sentences[s].text;
    std::size_t i = end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || text[i] != '(') return nullptr;
    auto it = std::lower_bound(known_.begin(), known_.end(), std::tie(p, s), [](const Mention* m, const auto& at) {
      return std::tie(m->paragraph, m->sentence) < at;
    });
    for (; it != known_.end() && (*it)->paragraph == p && (*it)->sentence == s; ++it) {
      const Mention& m = **it;
      if (m.begin != i + 1 || m.type != EntityType::kGroup || m.end >= text.size()) continue;
      if (text[m.end] != ')' && text[m.end] != ',') continue;
      bool caps = m.surface.size() >= 2;
      for (char ch : m.surface) caps = caps && (std::isupper(static_cast<unsigned char>(ch)) || ch == '-');
      if (caps) return &m;
    }
    return nullptr;
  }

  // Later uses of a discovered name's acronym: words of capitals only, so
  // only the words of capitals are looked at.
  void AcronymUses() {
    for (const CapsWords& c : caps_) {
      if (acronyms_.empty()) break;
      const Sentence& sentence = doc_.paragraphs[c.p].sentences[c.s];
      for (std::size_t k = c.words_begin; k < c.words_end; ++k) {
        const auto [begin, end] = caps_words_[k];
        // "ISIL-SEA": two words of capitals a hyphen joins, whose first may
        // be a known name; the acronym takes the place of that name.
        if (k + 1 < c.words_end && caps_words_[k + 1].first == end + 1 && sentence.text[end] == '-') {
          const std::size_t end2 = caps_words_[k + 1].second;
          auto joined = acronyms_.find(std::string_view(sentence.text).substr(begin, end2 - begin));
          if (joined != acronyms_.end()) {
            swallowed_.push_back({c.p, c.s, begin, end2});
            mentions_.push_back(Found(sentence, c.p, c.s, begin, end2, discovered_[joined->second].type,
                                      joined->second, "discovery.acronym"));
            ++k;
            continue;
          }
        }
        std::string_view word = std::string_view(sentence.text).substr(begin, end - begin);
        auto it = acronyms_.find(word);
        if (it == acronyms_.end()) continue;
        bool busy = false;
        for (std::size_t x = c.known_begin; x < c.known_end; ++x)
          busy = busy || (begin < known_[x]->end && known_[x]->begin < end);
        for (std::size_t x = c.found_begin; x < c.found_end; ++x)
          busy = busy || (begin < mentions_[x].end && mentions_[x].begin < end);
        if (busy) continue;
        mentions_.push_back(
            Found(sentence, c.p, c.s, begin, end, discovered_[it->second].type, it->second, "discovery.acronym"));
      }
    }
  }

  // "Zaghawa districts" beside "the Zaghawa community" and "Zaghawa
  // individuals": a name found as a place that the document also puts right
  // before a word for a people's members names a people, not a place; it is
  // dropped, with all it was found as.
  void PeoplesNames() {
    static constexpr std::string_view kMembers[] = {
        "community", "communities", "individuals", "figure", "figures", "tribe", "tribes", "tribal", "clan",
        "clans", "elders", "youth", "youths", "herders", "militiamen", "ethnic", "diaspora"};
    // One pass over the words: a word for members, and the one to four
    // words right before it that spell a place found.
    std::unordered_map<std::string_view, const std::string*> places;  // label -> id
    for (const auto& [id, e] : discovered_)
      if (e.type == EntityType::kRegion) places.emplace(e.label, &id);
    std::set<std::string> peoples;
    if (places.empty()) return;
    for (const Paragraph& paragraph : doc_.paragraphs)
      for (const Sentence& sentence : paragraph.sentences) {
        const Tokens& t = sentence.tokens;
        for (std::size_t k = 1; k < t.size(); ++k) {
          if (std::find(std::begin(kMembers), std::end(kMembers), t[k].norm) == std::end(kMembers) ||
              t[k].begin != t[k - 1].end + 1)
            continue;
          for (std::size_t n = 1; n <= 4 && n <= k; ++n) {
            const std::string_view name(sentence.text.data() + t[k - n].begin, t[k - 1].end - t[k - n].begin);
            if (auto it = places.find(name); it != places.end()) peoples.insert(*it->second);
          }
        }
      }
    if (peoples.empty()) return;
    std::set<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> dropped;
    std::erase_if(mentions_, [&](const Mention& m) {
      if (!peoples.count(m.entity)) return false;
      dropped.insert({m.paragraph, m.sentence, m.begin, m.end});
      return true;
    });
    std::erase_if(swallowed_, [&](const auto& range) { return dropped.count(range) > 0; });
    std::erase_if(acronyms_, [&](const auto& entry) { return peoples.count(entry.second) > 0; });
    for (const std::string& id : peoples) discovered_.erase(id);
  }

  // The other uses of a discovered name in the document, written as it was
  // found ("... a group locally known as the Zukarawa, ... The Zukarawa
  // consist of over 200 fighters"): the same words with the same capitals,
  // as whole words, where no other name stands. A name of one word does
  // not count where it opens a sentence ("Volunteers ...").
  void NameUses() {
    if (discovered_.empty()) return;
    // The names by their first word, folded as the tokeniser folds it.
    std::unordered_map<std::string, std::vector<std::pair<std::string, const Entity*>>, StringHash,
                       std::equal_to<>>
        by_first;
    for (const auto& entry : discovered_) {
      const Entity* e = &entry.second;
      auto add = [&](const std::string& name) {
        const Tokens words = Tokenize(name);
        if (!words.empty()) by_first[std::string(words[0].norm)].push_back({name, e});
      };
      add(e->label);
      for (const std::string& a : e->aliases)
        if (!acronyms_.count(a)) add(a);
    }
    // A word's length and first letter turn most words away before a lookup.
    std::bitset<32 * 256> shapes;
    auto shape = [](std::string_view w) { return (w.size() & 31) * 256 + static_cast<unsigned char>(w[0]); };
    for (auto& [word, names] : by_first) {  // the longest name first
      std::stable_sort(names.begin(), names.end(),
                       [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
      if (!word.empty()) shapes.set(shape(word));
    }
    // What is taken in a sentence: its known mentions (known_ is in sentence
    // order), the names found in it, and the uses found so far.
    const std::size_t found_end = mentions_.size();
    auto clash = [&](std::size_t p, std::size_t s, std::size_t at, std::size_t end,
                     const std::vector<Mention>& uses) {
      auto before = [](const Mention* m, std::pair<std::size_t, std::size_t> ps) {
        return std::tie(m->paragraph, m->sentence) < std::tie(ps.first, ps.second);
      };
      for (auto it = std::lower_bound(known_.begin(), known_.end(), std::make_pair(p, s), before);
           it != known_.end() && (*it)->paragraph == p && (*it)->sentence == s; ++it)
        if (at < (*it)->end && (*it)->begin < end) return true;
      for (std::size_t k = 0; k < found_end; ++k) {
        const Mention& m = mentions_[k];
        if (m.paragraph == p && m.sentence == s && at < m.end && m.begin < end) return true;
      }
      for (const Mention& m : uses)
        if (m.paragraph == p && m.sentence == s && at < m.end && m.begin < end) return true;
      return false;
    };
    auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) || c == '-'; };
    std::vector<Mention> uses;
    for (std::size_t p = 0; p < doc_.paragraphs.size(); ++p)
      for (std::size_t s = 0; s < doc_.paragraphs[p].sentences.size(); ++s) {
        const Sentence& sentence = doc_.paragraphs[p].sentences[s];
        const std::string& text = sentence.text;
        const Tokens& t = sentence.tokens;
        for (std::size_t i = 0; i < t.size(); ++i) {
          const char c0 = text[t[i].begin];
          if (!(t[i].capitalized || std::isdigit(static_cast<unsigned char>(c0))) || t[i].norm.empty() ||
              !shapes.test(shape(t[i].norm)))
            continue;
          auto it = by_first.find(std::string_view(t[i].norm));
          if (it == by_first.end()) continue;
          const std::size_t at = t[i].begin;
          if (at > 0 && word_char(text[at - 1])) continue;
          for (const auto& [name, e] : it->second) {
            const std::size_t end = at + name.size();
            if (text.compare(at, name.size(), name) != 0 || (end < text.size() && word_char(text[end])))
              continue;
            // A name of one word opening a sentence may be a common word.
            if (at == 0 && name.find(' ') == std::string::npos) continue;
            if (clash(p, s, at, end, uses)) continue;
            uses.push_back(Found(sentence, p, s, at, end, e->type, e->id, "discovery.use"));
            break;
          }
        }
      }
    for (Mention& m : uses) mentions_.push_back(std::move(m));
  }

  // Mentions inside a discovered name are not mentions; the discovered
  // entities and mentions join the findings, in order.
  void Commit() {
    known_.clear();  // points into findings_->mentions, about to change
    auto& all = findings_->mentions;
    if (!swallowed_.empty()) {
      std::map<std::pair<std::size_t, std::size_t>, std::vector<std::pair<std::size_t, std::size_t>>> names;
      for (const auto& [p, s, b, e] : swallowed_) names[{p, s}].push_back({b, e});
      std::set<std::pair<std::size_t, std::string>> gone;  // (paragraph, entity) of a swallowed name
      all.erase(std::remove_if(all.begin(), all.end(), [&](const Mention& m) {
                  auto it = names.find({m.paragraph, m.sentence});
                  if (it == names.end()) return false;
                  for (const auto& [b, e] : it->second)
                    if (b <= m.begin && m.end <= e) {
                      gone.insert({m.paragraph, m.entity});
                      return true;
                    }
                  return false;
                }), all.end());
      // "the region" that stood for a place now known to be inside a name
      // ("... the South Sudan People's Defence Forces ... across the
      // region") stands for nothing, unless the paragraph names it anew.
      if (!gone.empty()) {
        std::set<std::pair<std::size_t, std::string>> named;
        for (const Mention& m : all)
          if (m.rule.rfind("anaphora", 0) != 0) named.insert({m.paragraph, m.entity});
        all.erase(std::remove_if(all.begin(), all.end(), [&](const Mention& m) {
                    std::pair<std::size_t, std::string> key{m.paragraph, m.entity};
                    return m.rule.rfind("anaphora", 0) == 0 && gone.count(key) && !named.count(key);
                  }), all.end());
      }
    }
    for (auto& [id, e] : discovered_) findings_->entities.push_back(e);
    AddMentionsInOrder(&all, std::move(mentions_));
  }

  // The mention extractor resolves "The group", "They" and "Its" before any
  // name is discovered. A sentence whose one group is a discovered one, or
  // that opens with a discovered group ("Khatiba al-Tawhid wal-Jihad is a
  // terrorist organization operating under the umbrella of Al-Nusrah
  // Front."), then a sentence of the same paragraph that names no group and
  // opens with "They" or "Its" or speaks of "the group": that group, also
  // where the mention extractor took the known group for it.
  void ReferencesToDiscovered() {
    if (discovered_.empty()) return;
    auto& all = findings_->mentions;
    using At = std::pair<std::size_t, std::size_t>;
    std::map<At, std::set<std::string>> groups;  // by sentence
    std::map<At, std::string> opener;           // the discovered group that opens a sentence
    std::set<std::pair<At, std::size_t>> resolved;  // sentence and begin of the references resolved before
    for (const Mention& m : all) {
      if (m.type != EntityType::kGroup) continue;
      const At at{m.paragraph, m.sentence};
      if (m.rule == "pronoun") {
        resolved.insert({at, m.begin});
        continue;
      }
      groups[at].insert(m.entity);
      if (discovered_.count(m.entity)) {
        const std::string& text = doc_.paragraphs[m.paragraph].sentences[m.sentence].text;
        // Not one of a list that opens it ("The Zorvan Front and ISIL ...").
        std::size_t k = m.end;
        while (k < text.size() && (text[k] == ' ' || text[k] == ',')) ++k;
        const bool listed = text.compare(k, 4, "and ") == 0 || text.compare(k, 3, "or ") == 0;
        if (!listed && m.begin == (text.compare(0, 4, "The ") == 0 ? 4u : 0u)) opener.emplace(at, m.entity);
      }
    }
    std::vector<Mention> added;
    std::set<std::pair<At, std::size_t>> replaced;
    // In order, so that a sentence resolved here carries the group on to the
    // next ("The Zukarawa consist of ... They are well-equipped ... They
    // were assessed to have conducted ...").
    for (auto it = groups.begin(); it != groups.end(); ++it) {
      const auto& [at, ids] = *it;
      std::string subject;
      if (ids.size() == 1 && discovered_.count(*ids.begin())) subject = *ids.begin();
      else if (auto o = opener.find(at); o != opener.end()) subject = o->second;
      if (subject.empty()) continue;
      const auto [p, s] = at;
      if (s + 1 >= doc_.paragraphs[p].sentences.size() || groups.count({p, s + 1})) continue;
      const Sentence& next = doc_.paragraphs[p].sentences[s + 1];
      const Tokens& t = next.tokens;
      std::size_t first = t.size(), last = 0;
      if (!t.empty() && t[0].begin == 0 && (t[0].norm == "they" || t[0].norm == "its")) {
        first = 0;
        last = 1;
      } else {
        for (std::size_t i = 0; i + 1 < t.size(); ++i)
          if (t[i].norm == "the" && t[i + 1].norm == "group" && !t[i + 1].capitalized &&
              !(i + 2 < t.size() && t[i + 2].norm == "of")) {
            first = i;
            last = i + 2;
            break;
          }
      }
      if (first >= last) continue;
      const At here{p, s + 1};
      // A group the mention extractor resolved elsewhere in the sentence
      // stays what it is.
      bool other = false;
      for (const auto& [where, begin] : resolved) other = other || (where == here && begin != t[first].begin);
      if (other) continue;
      if (resolved.count({here, t[first].begin})) replaced.insert({here, t[first].begin});
      groups[here].insert(subject);  // after `it`: visited next
      added.push_back(Found(next, p, s + 1, t[first].begin, t[last - 1].end, EntityType::kGroup, subject, "pronoun"));
    }
    if (!replaced.empty())
      all.erase(std::remove_if(all.begin(), all.end(), [&](const Mention& m) {
                  return m.type == EntityType::kGroup && m.rule == "pronoun" &&
                         replaced.count({{m.paragraph, m.sentence}, m.begin});
                }), all.end());
    if (!added.empty()) AddMentionsInOrder(&all, std::move(added));
  }

  // "... threats of attacks on sites in Drodro and Lodha, MONUSCO deployed
  // patrols to these areas": "these areas" (or "those localities", "these
  // countries" ...) after a place preposition stands for the places named
  // before it in the sentence, or, when it names none before it, for those
  // of the sentence right before in the paragraph; eight at most. "both
  // countries", "the two countries" (also after "of" and "between") stand
  // for exactly that many (countries only, for "countries"). Done once every
  // name is found, discovered ones too.
  void ReferencesToPlaces() {
    constexpr std::size_t kMaxPlaces = 8;
    auto& all = findings_->mentions;
    std::map<std::pair<std::size_t, std::size_t>, std::vector<const Mention*>> places;  // by sentence
    for (const Mention& m : all)
      if (m.type == EntityType::kRegion && m.rule != "anaphora") places[{m.paragraph, m.sentence}].push_back(&m);
    std::vector<Mention> added;
    for (std::size_t p = 0; p < doc_.paragraphs.size(); ++p)
      for (std::size_t s = 0; s < doc_.paragraphs[p].sentences.size(); ++s) {
        const Sentence& sentence = doc_.paragraphs[p].sentences[s];
        const Tokens& t = sentence.tokens;
        for (std::size_t i = 1; i + 1 < t.size(); ++i) {
          // The determiner: "these", "those", "both" (two places), or a
          // number after "the", "these", "those" or "all" ("the two
          // countries": that many).
          std::size_t n = i + 1, count = OneOf(t[i].norm, {"both"}) ? 2 : 0;
          const bool demonstrative = OneOf(t[i].norm, {"these", "those"});
          if (!count && !demonstrative && !OneOf(t[i].norm, {"the", "all"})) continue;
          if (n + 1 < t.size() && OneOf(t[n].norm, {"two", "three", "four"})) {
            count = t[n].norm == "two" ? 2 : t[n].norm == "three" ? 3 : 4;
            ++n;
          }
          if (count == 0 && !demonstrative) continue;
          if (t[n].capitalized ||
              !OneOf(t[n].norm, {"areas", "places", "localities", "locations", "sites", "villages", "towns",
                                 "cities", "countries", "districts", "provinces", "territories", "communities"}) ||
              !OneOf(t[i - 1].norm, {"in", "to", "into", "across", "throughout", "within", "near", "around",
                                     "towards", "from", "of", "between"}))
            continue;
          // "of" and "between" only before a count: "the border between the two countries".
          if (count == 0 && OneOf(t[i - 1].norm, {"of", "between"})) continue;
          const bool countries = t[n].norm == "countries";
          std::vector<std::string> ids;
          auto take = [&](std::size_t ps, std::size_t ss, std::size_t before) {
            auto it = places.find({ps, ss});
            if (it == places.end()) return;
            for (const Mention* m : it->second)
              if (m->end <= before && (!countries || count == 0 || rules_.IsCountry(m->entity)) &&
                  std::find(ids.begin(), ids.end(), m->entity) == ids.end())
                ids.push_back(m->entity);
          };
          take(p, s, t[i].begin);
          if ((ids.empty() || (count && ids.size() != count)) && s > 0) {
            ids.clear();
            take(p, s - 1, std::string::npos);
          }
          if (ids.empty() || ids.size() > kMaxPlaces || (count && ids.size() != count)) continue;
          for (const std::string& id : ids)
            added.push_back(Found(sentence, p, s, t[i].begin, t[n].end, EntityType::kRegion, id, "anaphora"));
        }
      }
    if (!added.empty()) AddMentionsInOrder(&all, std::move(added));
  }

  const Rules& rules_;
  const Document& doc_;
  Findings* findings_;
  std::vector<const Mention*> known_;  // the findings' mentions, by sentence
  std::unordered_set<std::string> named_;  // the entities known_ names, once asked
  std::size_t next_known_ = 0;
  std::map<std::string, Entity> discovered_;
  // Acronyms of discovered names.
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> acronyms_;
  std::vector<std::tuple<std::size_t, std::size_t, std::size_t, std::size_t>> swallowed_;
  std::vector<Mention> mentions_;
  std::set<std::tuple<std::size_t, std::size_t, std::size_t>> already_;  // names found, by start
  std::vector<CapsWords> caps_;
  std::vector<std::pair<std::size_t, std::size_t>> caps_words_;
};

}  // namespace

void DiscoveryExtractor::Extract(const Document& doc, Findings* findings) const {
  DocumentDiscovery(rules_, doc, findings).Run();
}

}  // namespace nexus
