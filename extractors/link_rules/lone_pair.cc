// Lone pairs: a clause that names exactly one entity of each of two types
// that a relation joins ("Police seized cocaine in Hinche", "ISWAP's
// operations were limited to Borno State") links them when no rule did; so
// does one whose places are all items of one list ("parades in Sana'a and
// Hodeidah"), each with the one entity of the other type.
// Measured against the rules alone and against every pair of a clause (see
// the README, "Trigger rules or every pair?"), it adds what the rules miss
// where the clause leaves no choice, and leaves alone the clauses that name
// several of a type, where the pairs go wrong.
//
// Not linked even then: what a rule's own limits keep apart (see Vetoed);
// a group named only as the one another is associated with;
// a clause that speaks of what could be;
// a UN body that is the source of what is said or receives a report; a footnote (a citation); a name inside quotation marks
// (a title); a place that is a venue or a beneficiary, that names talks
// ("the Luanda process"), or that stands for its people or government
// ("the Government of France", "Japan authorities", "a French national",
// "sanctioned by Canada", "Beijing Normal University", "Fiocchi (Italy)");
// where the people a kidnapping takes come from; a crime that is only the
// topic of an activity, except for the UN body that works on it.
#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// Whether the mention stands inside quotation marks that hold a title or a
// label ("the report “Haiti: arms flows”", a “caliphate”). Quoted speech
// is not that: its words close with their own comma or full stop inside the
// marks (“... in Mali,” he said) or run on into the next sentence.
bool Quoted(const SentenceView& v, const MentionAt* m) {
  const std::string& text = v.text->text;
  const std::size_t at = v.tokens()[m->first].begin;
  int curly = 0, straight = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '"') straight ^= 1;
    if (text[i] != '\xe2') continue;  // the first byte of both curly quotes
    if (text.compare(i, 3, "\u201c") == 0) ++curly;
    if (text.compare(i, 3, "\u201d") == 0 && curly > 0) --curly;
  }
  if (curly == 0 && !straight) return false;
  // The closing mark after the mention, and the byte before it.
  std::size_t close = std::string::npos;
  for (std::size_t i = at; i < text.size() && close == std::string::npos; ++i) {
    if (curly > 0 ? text.compare(i, 3, "\u201d") == 0 : text[i] == '"') close = i;
  }
  if (close == std::string::npos) return false;  // runs on: speech
  const char before = text[close - 1];
  return before != ',' && before != '.' && before != '!';
}

// A place that names its people or its government rather than a place.
bool ActorPlace(const SentenceView& v, const MentionAt* r) {
  const Tokens& t = v.tokens();
  if (r->last < t.size()) {
    const std::string_view n = t[r->last].norm;
    if (StateWordAfter(v, r) || n == "forces" || n == "police" || n == "nationals" || n == "national" ||
        n == "citizen" || n == "citizens" || n == "security" || n == "delegation" || n == "representative")
      return true;
    // A capitalised word after it that no mention holds: a longer name.
    bool named = false;
    for (const MentionAt& o : v.mentions) named = named || o.first == r->last;
    if (!named && t[r->last].capitalized) return true;
  }
  // "the Government of (the) X", "the authorities of X".
  std::size_t k = r->first;
  if (k >= 1 && t[k - 1].norm == "the") --k;
  if (k >= 2 && t[k - 1].norm == "of" &&
      (t[k - 2].norm == "government" || t[k - 2].norm == "authorities" || t[k - 2].norm == "people"))
    return true;
  // "Fiocchi Munizioni (Italy)": the country of a name the bracket follows.
  const std::string& text = v.text->text;
  const std::size_t b = t[r->first].begin, e = t[r->last - 1].end;
  if (b >= 2 && text[b - 1] == '(' && e < text.size() && text[e] == ')' && r->first >= 1 &&
      t[r->first - 1].capitalized) {
    bool named = false;
    for (const MentionAt& o : v.mentions) named = named || (o.first < r->first && r->first <= o.last);
    if (!named) return true;
  }
  // "sanctioned by Canada and the United States": the States that sanction
  // or designate someone act; the crime is not theirs.
  k = PlaceHead(v, r);
  if (k >= 2 && t[k - 1].norm == "by") {
    const std::string_view verb = t[k - 2].norm;
    return verb == "sanctioned" || verb == "designated" || verb == "indicted" || verb == "prosecuted" ||
           verb == "blacklisted";
  }
  return false;
}

// A clause that speaks of what could be ("any confrontation with X could
// destabilize Y", "X may expand into Y"): no guess there.
bool Hypothetical(const SentenceView& v, int clause) {
  const Tokens& t = v.tokens();
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (v.ClauseOf(i) != clause) continue;
    const std::string_view n = t[i].norm;
    if (n == "could" || n == "might" || n == "may" || n == "would" || n == "if" || n == "unless") return true;
  }
  return false;
}

// "a group associated with AQIM is active in the Sahel": a group an
// affiliation cue after a word for unnamed groups governs ("groups linked
// to", "elements affiliated with") only describes them; they are the actor,
// not the named one.
bool NamedThroughAnother(const LinkCues& cues, const SentenceView& v, const MentionAt* g) {
  for (std::size_t back = 1; back <= 3 && back <= g->first; ++back) {
    const std::size_t start = g->first - back;
    const std::size_t n = cues.affiliation.MatchAt(v.cues, start);
    if (!n || start + n + 1 < g->first || start == 0) continue;
    const std::string_view w = v.tokens()[start - 1].norm;
    for (std::string_view generic : {"group", "groups", "entities", "individuals", "elements", "cells", "networks",
                                     "militants", "factions", "fighters", "members"})
      if (w == generic) return true;
  }
  return false;
}

// What the rules would not let through either: a mention of a third type
// between the two (the nearer one claims them: "the Monitoring Team has no
// information that ISIL in Iraq ..."); two items of a list of noun phrases;
// a group that only receives, and the places after it; a UN body and what
// lies past the scope of its words or inside a statement it reports.
bool Vetoed(const LinkContext& x, const MentionAt* a, const MentionAt* b) {
  const SentenceView& v = x.v;
  const MentionAt* lo = a->first < b->first ? a : b;
  const MentionAt* hi = lo == a ? b : a;
  for (const MentionAt& m : v.mentions)
    if (m.first >= lo->last && m.last <= hi->first && m.mention->type != a->mention->type &&
        m.mention->type != b->mention->type)
      return true;
  if (EarlierListItem(v, a, b) || EarlierListItem(v, b, a)) return true;
  if (a->mention->type == EntityType::kCrime && b->mention->type == EntityType::kRegion &&
      (Siblings(v, b, a) || VictimsFrom(x.cues, v, a, b)))
    return true;
  for (const MentionAt* m : {a, b}) {
    const MentionAt* other = m == a ? b : a;
    if (m->mention->type == EntityType::kGroup && Recipient(x.cues, v, m) && other->first > m->first) return true;
    if (m->mention->type == EntityType::kUnEntity && other->first > m->first &&
        (other->first >= ActorScope(x.cues, v, x.units, m) || other->first >= ReportedFrom(x.cues, v, m)))
      return true;
  }
  return false;
}

}  // namespace

void LinkLonePairs(const LinkContext& x, std::size_t first_claim, std::vector<Claim>* out) {
  if (x.footnote) return;
  const SentenceView& v = x.v;
  // Whether the rules (or a lone pair before) linked a and b in this sentence.
  auto linked = [&](const std::string& a, const std::string& b) {
    for (std::size_t i = first_claim; i < out->size(); ++i) {
      const Claim& c = (*out)[i];
      if ((c.subject == a && c.object == b) || (c.subject == b && c.object == a)) return true;
    }
    return false;
  };
  auto lone = [&](const std::vector<const MentionAt*>& of, int clause) -> const MentionAt* {
    const MentionAt* one = nullptr;
    for (const MentionAt* m : of) {
      if (m->clause != clause) continue;
      if (one && one->mention->entity != m->mention->entity) return nullptr;
      if (!one) one = m;
    }
    return one;
  };
  auto usable = [&](const MentionAt* m) {
    if (m->source || m->recipient || Quoted(v, m)) return false;
    if (m->mention->type == EntityType::kGroup && NamedThroughAnother(x.cues, v, m)) return false;
    if (m->mention->type == EntityType::kRegion &&
        (NotCrimePlace(x.cues, v, m) || ActorPlace(v, m) || Venue(x.cues, v, m)))
      return false;
    return true;
  };
  // The places of a clause that are all items of one list ("in Sana'a and
  // Hodeidah", "Iraq, the Syrian Arab Republic and Türkiye"): the clause
  // leaves no choice between them either.
  auto one_list = [&](const std::vector<const MentionAt*>& of, int clause) {
    std::vector<const MentionAt*> items;
    for (const MentionAt* m : of)
      if (m->clause == clause) items.push_back(m);
    for (std::size_t i = 1; i < items.size(); ++i) {
      if (items[i]->first < items[i - 1]->last) return std::vector<const MentionAt*>{};
      for (std::size_t k = items[i - 1]->last; k < items[i]->first; ++k) {
        const std::string_view w = v.tokens()[k].norm;
        if (w != "and" && w != "or" && w != "the" && w != "as" && w != "well")
          return std::vector<const MentionAt*>{};
      }
      if (!ListGlue(v.text->text, v.tokens()[items[i - 1]->last - 1].end, v.tokens()[items[i]->first].begin))
        return std::vector<const MentionAt*>{};
    }
    return items;
  };
  auto pair = [&](const std::vector<const MentionAt*>& as, const std::vector<const MentionAt*>& bs,
                  const char* relation) {
    if (as.empty() || bs.empty()) return;
    int done = -1;  // the mentions come in order, so their clauses too
    for (const MentionAt* first : as) {
      const int clause = first->clause;
      if (clause == done) continue;
      done = clause;
      const MentionAt* a = lone(as, clause);
      std::vector<const MentionAt*> bl;
      if (const MentionAt* b = lone(bs, clause)) bl = {b};
      else if (!bs.empty() && bs.front()->mention->type == EntityType::kRegion) bl = one_list(bs, clause);
      for (const MentionAt* b : bl) {
        if (!a || !b || a->mention->entity == b->mention->entity) continue;
        if (linked(a->mention->entity, b->mention->entity) || !usable(a) || !usable(b)) continue;
        if (Vetoed(x, a, b) || Hypothetical(v, clause)) continue;
        if (std::string_view(relation) != "counters")
          if ((a->mention->type == EntityType::kCrime && CrimeAsTopic(x.cues, v, a)) ||
              (b->mention->type == EntityType::kCrime && CrimeAsTopic(x.cues, v, b)))
            continue;
        out->push_back(MakeClaim(relation, v, a, b, "", "lone-pair"));
      }
    }
  };
  pair(x.groups, x.crimes, "profits_from");
  pair(x.groups, x.regions, "operates_in");
  pair(x.crimes, x.regions, "occurs_in");
  pair(x.units, x.crimes, "counters");
  pair(x.units, x.regions, "active_in");
}

}  // namespace nexus
