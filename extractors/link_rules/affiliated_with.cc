// affiliated_with (group -> group): a group and the one an affiliation phrase
// governs ("associated with X", "the X affiliate"), in one clause, within 25
// words of it or of the start of its list; a group
// listed in brackets after another ("the X gangs (A, B and C)") and it; the
// group a compound describes and the group before it ("the Al-Qaida-linked X");
// two groups a hyphen or a slash joins ("the Houthi-Saleh alliance").
#include <algorithm>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// How far a group is from an object, or from the start of the list the
// object ends ("harboured A (A, QDe.1), B (B, QDe.2) and C": C as near as A).
std::size_t ListDistance(const MentionAt* g, const MentionAt* object) {
  const std::size_t d = Distance(g, object);
  if (object->list_first >= object->first || g->last > object->list_first) return d;
  return std::min(d, object->list_first - g->last);
}

// "the Al-Qaida-affiliated JNIM": the group a compound's second half
// follows, and the group it describes, which is affiliated with it.
void CompoundAffiliates(const LinkContext& x, std::vector<Claim>* out) {
  for (const MentionAt* h : x.groups)
    if (const MentionAt* g = CompoundDescribed(x.cues, x.v, *h))
      out->push_back(MakeClaim("affiliated_with", x.v, g, h, "", "group-group"));
}

// "ties between A and B", "the merger of A and B" (a bond named within
// three words before them), "A and B cooperated" (right after them): the
// two groups of the pair; each two of a longer list the bond names.
constexpr std::size_t kBondReach = 3;

void Bonds(const LinkContext& x, std::vector<Claim>* out) {
  const std::vector<const MentionAt*>& g = x.groups;
  for (std::size_t k = 0; k + 1 < g.size(); ++k) {
    const MentionAt* a = g[k];
    const MentionAt* b = g[k + 1];
    if (a->mention->entity == b->mention->entity || a->clause != b->clause || !ListGlue(x.v.text->text, a->mention->end, b->mention->begin)) continue;
    bool bond = false;
    for (std::size_t s = a->first >= kBondReach + 2 ? a->first - kBondReach - 2 : 0; s < a->first && !bond; ++s) {
      const std::size_t n = x.cues.affiliation_between.MatchAt(x.v.cues, s);
      bond = n && s + n <= a->first && s + n + kBondReach >= a->first;
    }
    const bool before = bond;
    bond = bond || (b->last < x.v.tokens().size() && x.cues.affiliation_reciprocal.MatchAt(x.v.cues, b->last));
    if (bond) out->push_back(MakeClaim("affiliated_with", x.v, a, b, "", "group-group"));
    // "collaboration between TTP, the Afghan Taliban and AQIS": a bond named
    // before a longer list joins each two of its groups.
    if (!before) continue;
    std::size_t end = k + 1;  // the list is g[k .. end]
    while (end + 1 < g.size() && g[end + 1]->clause == a->clause &&
           ListGlue(x.v.text->text, g[end]->mention->end, g[end + 1]->mention->begin))
      ++end;
    for (std::size_t i = k; i + 2 <= end; ++i)
      for (std::size_t j = i + 2; j <= end; ++j)
        if (g[i]->mention->entity != g[j]->mention->entity)
          out->push_back(MakeClaim("affiliated_with", x.v, g[i], g[j], "", "group-group"));
  }
}

bool OneOfWords(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// "the Houthi-Saleh alliance", "M23-AFC proxies", "AFC/M23", "(M23)-Alliance
// Fleuve Congo": two groups joined by a hyphen or a slash alone (past the
// bracket that closes an acronym) name one alliance. Not a rivalry named
// so: "ISGS-JNIM clashes".
void Joined(const LinkContext& x, std::vector<Claim>* out) {
  const std::string& text = x.v.text->text;
  const Tokens& t = x.v.tokens();
  for (std::size_t k = 0; k + 1 < x.groups.size(); ++k) {
    const MentionAt* a = x.groups[k];
    const MentionAt* b = x.groups[k + 1];
    if (a->mention->entity == b->mention->entity || b->mention->begin <= a->mention->end) continue;
    std::string_view between(text.data() + a->mention->end, b->mention->begin - a->mention->end);
    if (!between.empty() && between.front() == ')') between.remove_prefix(1);
    if (between != "-" && between != "/") continue;
    if (b->last < t.size() &&
        OneOfWords(t[b->last].norm, {"clashes", "fighting", "fights", "rivalry", "rivalries", "conflict", "conflicts",
                                     "hostilities", "war", "battles", "confrontation", "confrontations", "tensions",
                                     "dispute", "disputes", "violence", "infighting", "feud"}))
      continue;
    out->push_back(MakeClaim("affiliated_with", x.v, a, b, "", "group-group"));
  }
}

// "A provided B with training" (the verb at most two words before B, "with"
// right after it, what is given within six words after "with"; A the
// nearest group before the verb in its clause, within 25 words); "support
// by A to B" (A right after the phrase, then "to" or "for" and at most
// four describing words before B).
constexpr std::size_t kSuppliedReach = 6;
constexpr std::size_t kGiverReach = 25;
constexpr std::size_t kDescribingReach = 4;  // "to the sanctioned armed group B"

void Supplies(const LinkContext& x, std::vector<Claim>* out) {
  const Tokens& t = x.v.tokens();
  const std::vector<const MentionAt*>& g = x.groups;
  for (std::size_t k = 0; k < g.size(); ++k) {
    const MentionAt* b = g[k];
    // "provided B with ..."
    if (b->last < t.size() && t[b->last].norm == "with") {
      bool given = false;
      for (std::size_t s = b->last + 1; s < t.size() && s <= b->last + kSuppliedReach && !given; ++s)
        given = x.cues.affiliation_supplied.MatchAt(x.v.cues, s) > 0;
      std::size_t verb = b->first;
      for (std::size_t back = 1; back <= 3 && back <= b->first && verb == b->first; ++back)
        if (const std::size_t n = x.cues.affiliation_supply.MatchAt(x.v.cues, b->first - back);
            n && b->first - back + n + 2 >= b->first)
          verb = b->first - back;
      if (given && verb < b->first)
        for (std::size_t j = k; j-- > 0;) {
          const MentionAt* a = g[j];
          if (a->last > verb || a->clause != b->clause || verb - a->last > kGiverReach) break;
          if (a->mention->entity != b->mention->entity) {
            out->push_back(MakeClaim("affiliated_with", x.v, b, a, "", "group-group"));
            break;
          }
        }
    }
    // "support by A to B"
    std::size_t next = k + 1;  // past A's other names ("ISIL (Da'esh)")
    while (next < g.size() && g[next]->mention->entity == b->mention->entity) ++next;
    if (next < g.size() && b->first >= 2) {
      const MentionAt* to = g[next];
      bool cue = false;
      for (std::size_t back = 2; back <= 4 && back <= b->first && !cue; ++back) {
        const std::size_t n = x.cues.affiliation_given_by.MatchAt(x.v.cues, b->first - back);
        cue = n && b->first - back + n == b->first;
      }
      if (!cue || to->clause != b->clause) continue;
      // Past A's bracket ("ISIL (Da'esh) to ...").
      const std::string& text = x.v.text->text;
      std::size_t p = b->last;
      if (p < t.size() && text.find('(', b->mention->end) < t[p].begin)
        while (p < t.size() && text.find(')', t[p - 1].end) >= t[p].begin) ++p;
      if (p >= to->first || (t[p].norm != "to" && t[p].norm != "for") || to->first > p + 1 + kDescribingReach)
        continue;
      bool describing = true;
      for (std::size_t w = p + 1; w < to->first && describing; ++w)
        describing = OneOfWords(t[w].norm, {"the", "its", "their", "sanctioned", "listed", "designated", "armed",
                                            "terrorist", "rebel", "militant", "extremist", "allied", "group",
                                            "movement", "organization"});
      if (!describing) continue;
      out->push_back(MakeClaim("affiliated_with", x.v, to, b, "", "group-group"));
    }
  }
}

// "the HTS-led offensive", "ISIL-held areas": the group names what an event
// or a territory is, and is not the one who acts in the clause.
bool EventModifier(const SentenceView& v, const MentionAt* g) {
  const Tokens& t = v.tokens();
  const std::size_t k = g->last;
  if (k >= t.size() || t[k].begin != g->mention->end + 1 || v.text->text[g->mention->end] != '-') return false;
  return OneOfWords(t[k].norm, {"led", "held", "controlled", "run", "dominated", "occupied", "claimed"});
}

// "JNIM (QDe.159), an Al-Qaida affiliate, ...": an object in an apposition
// right after a group (and its brackets) says what that group is; no other
// group of the sentence is its affiliate. The group, or null.
const MentionAt* AppositionOwner(const LinkContext& x, const MentionAt* object) {
  const Tokens& t = x.v.tokens();
  const std::string& text = x.v.text->text;
  const std::size_t k = object->list_first;
  if (k == 0 || k > object->first || !OneOfWords(t[k - 1].norm, {"a", "an", "the"})) return nullptr;
  std::size_t e = t[k - 1].begin;
  if (e < 2 || text.compare(e - 2, 2, ", ") != 0) return nullptr;
  e -= 2;
  if (e == 0) return nullptr;
  if (text[e - 1] == ')') {  // past the group's brackets
    const std::size_t open = text.rfind('(', e - 1);
    if (open == std::string::npos || open < 1 || text[open - 1] != ' ') return nullptr;
    e = open - 1;
  }
  for (const MentionAt* h : x.groups)
    if (h->mention->end == e && h != object && h->clause == object->clause) return h;
  return nullptr;
}

// "fighting between M23 and FARDC together with the Wazalendo coalition":
// groups on the two sides of the "and" of a fight's "between" are enemies,
// whatever else the clause says of one side.
bool OpposedInFight(const SentenceView& v, const MentionAt* a, const MentionAt* b) {
  if (a->first > b->first) std::swap(a, b);
  const Tokens& t = v.tokens();
  std::size_t between = t.size();
  for (std::size_t k = a->first; k-- > 0;)
    if (t[k].norm == "between") {
      between = k;
      break;
    }
  if (between == t.size() || a->first > between + 3) return false;
  bool fight = false;
  for (std::size_t k = between; k-- > 0 && between - k <= 3;)
    fight = fight || t[k].norm == "fighting" || t[k].norm == "clashes" || t[k].norm == "attacks" ||
            t[k].norm == "hostilities" || t[k].norm == "confrontations" || t[k].norm == "war" ||
            t[k].norm == "conflict" || t[k].norm == "tensions" || t[k].norm == "battles";
  if (!fight) return false;
  for (std::size_t k = a->last; k < b->first; ++k)
    if (t[k].norm == "and") return true;
  return false;
}

// "linked to ISIL and the Al-Qaida affiliate Hurras al-Din (HAD)": the
// group a suffix phrase right before a group (or before the name its
// bracket follows) names, Al-Qaida, or null; the group described is that
// one's affiliate, not one of the objects before it.
const MentionAt* SuffixOwner(const LinkContext& x, const MentionAt* g) {
  const std::string& text = x.v.text->text;
  for (const MentionAt* h : x.groups) {
    if (h->last > g->first || h == g) continue;
    const std::size_t n = x.cues.affiliation_suffix.MatchAt(x.v.cues, h->last);
    if (n && h->last + n == g->first) return h;
    // g in brackets right after h (only spaces between), a name of the same group.
    if (h->mention->entity != g->mention->entity || g->mention->begin < 1 || text[g->mention->begin - 1] != '(' ||
        h->mention->end > g->mention->begin - 1)
      continue;
    std::size_t k = h->mention->end;
    while (k < g->mention->begin - 1 && text[k] == ' ') ++k;
    if (k == g->mention->begin - 1) return SuffixOwner(x, h);
  }
  return nullptr;
}

void Link(const LinkContext& x, std::vector<Claim>* out) {
  CompoundAffiliates(x, out);
  Bonds(x, out);
  Joined(x, out);
  Supplies(x, out);
  // The members listed in brackets after their group (SentenceView).
  for (const MentionAt* g : x.groups)
    if (g->member_of)
      for (const MentionAt* owner : x.groups)
        if (owner->mention == g->member_of) {
          out->push_back(MakeClaim("affiliated_with", x.v, g, owner, "", "group-group"));
          break;
        }
  // Of the groups before an object, the nearest (and those listed with it)
  // is the one the affiliation is said of: "As ISIL-K expanded, the Taliban
  // mobilized groups such as IMU" is the Taliban's.
  auto subject_of = [&](const MentionAt* g, const MentionAt* object) {
    if (const MentionAt* owner = AppositionOwner(x, object)) return g == owner;
    if (g->first > object->first) return true;
    const MentionAt* nearest = nullptr;
    for (const MentionAt* h : x.groups)
      if (!h->affiliate_object && !EventModifier(x.v, h) && h->clause == object->clause &&
          h->first < object->list_first && (!nearest || h->first > nearest->first))
        nearest = h;
    if (!nearest || nearest == g) return true;
    // g listed with the nearest one: "A and B pledged allegiance to C".
    for (const MentionAt* h = nearest; h;) {
      const MentionAt* prev = nullptr;
      for (const MentionAt* k : x.groups)
        if (k->last <= h->first && (!prev || k->first > prev->first)) prev = k;
      if (!prev) return false;
      // "Al-Qaida in the Indian Subcontinent (AQIS, not listed)": one item.
      const bool aside = prev->mention->entity == h->mention->entity;
      if (!aside && !ListGlue(x.v.text->text, prev->mention->end, h->mention->begin)) return false;
      if (prev == g) return true;
      h = prev;
    }
    return false;
  };
  for (const MentionAt* g : x.groups) {
    if (g->affiliate_object || EventModifier(x.v, g)) continue;
    const MentionAt* described_by = SuffixOwner(x, g);
    for (const MentionAt* other : x.groups)
      // Not an earlier item of the object's own list, an article opening the
      // object's phrase: "attributed to SPLA-IO and the NAS splinter groups"
      // (but "ISIL, ANF and Al-Qaida affiliates" may say ANF is one of them,
      // and "ISWAP, the ISIL affiliate" is an apposition); nor one before
      // the suffix phrase that describes the group.
      if (other != g && other->affiliate_object && other->clause == g->clause &&
          !(described_by && other->first < described_by->first) &&
          !(g->last <= other->first && other->first > 0 && x.v.tokens()[other->first - 1].norm == "the" &&
            ListGlue(x.v.text->text, g->mention->end, other->mention->begin) && AppositionOwner(x, other) != g) &&
          other->mention->entity != g->mention->entity && ListDistance(g, other) <= 25 && subject_of(g, other) &&
          !OpposedInFight(x.v, g, other))
        out->push_back(MakeClaim("affiliated_with", x.v, g, other, "", "group-group"));
  }
}

}  // namespace

// The affiliation phrases are read by the sentence view (MentionAt::affiliate_object).
LinkRule AffiliatedWithRule() {
  return {"affiliated_with",
          {"affiliation_compound", "affiliation_between", "affiliation_reciprocal", "affiliation_supply",
           "affiliation_supplied", "affiliation_given_by"},
          Link};
}

}  // namespace nexus
