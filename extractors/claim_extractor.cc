#include "extractors/claim_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <set>

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

// "... in the Gulf of Guinea, the illegal wildlife trade": a place followed by
// a crime that is only the next item of a list is not where that crime is.
bool Siblings(const SentenceView& v, const MentionAt* place, const MentionAt* crime) {
  if (place->first > crime->first) return false;
  const std::string& text = v.text->text;
  std::size_t b = v.tokens[place->last - 1].end, e = v.tokens[crime->first].begin;
  if (text.find(',', b) >= e && text.find(';', b) >= e) return false;
  for (std::size_t i = place->last; i < crime->first; ++i) {
    const std::string& w = v.tokens[i].norm;
    if (w != "the" && w != "a" && w != "an" && w != "and" && w != "or" && w != "illegal" &&
        w != "illicit")
      return false;
  }
  return true;
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
    const std::string& w = v.tokens[i].norm;
    if (w != "and" && w != "or" && w != "as" && w != "well") return false;
  }
  const std::string& text = v.text->text;
  for (std::size_t k = v.tokens[a->last - 1].end; k < v.tokens[b->first].begin; ++k)
    if (text[k] == ';' || text[k] == '(' || text[k] == ')') return false;
  return true;
}

// The mention of `among` nearest to `to` in its clause, and every mention
// listed together with it.
std::vector<const MentionAt*> NearestList(const SentenceView& v,
                                          const std::vector<const MentionAt*>& among,
                                          const MentionAt* to) {
  const MentionAt* best = nullptr;
  for (const MentionAt* m : among)
    if (m->clause == to->clause && (!best || Distance(m, to) < Distance(best, to))) best = m;
  std::vector<const MentionAt*> out;
  if (!best) return out;
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
  auto clauses_with = [&](const char* cue) {
    std::vector<bool> has(v.clauses.empty() ? 1 : v.clauses.back() + 1, false);
    const CueSet& cues = rules_.Cues(cue);
    for (std::size_t i = 0; i < v.tokens.size(); ++i)
      if (!has[v.clauses[i]] && cues.MatchAt(v.cues, i)) has[v.clauses[i]] = true;
    return has;
  };
  const std::vector<bool> crime_cue = clauses_with("group-crime");
  const std::vector<bool> place_cue = clauses_with("group-region");
  auto trigger_in_clause = [&](const char* cue, int clause) {
    const std::vector<bool>& has = std::string_view(cue) == "group-crime" ? crime_cue : place_cue;
    return clause < static_cast<int>(has.size()) && has[clause];
  };
  bool un_activity = rules_.Cues("un-activity").AnyIn(v.cues, 0, v.tokens.size());
  bool crime_place = rules_.Cues("crime-region").AnyIn(v.cues, 0, v.tokens.size());
  for (const MentionAt* g : groups) {
    if (g->affiliate_object) continue;
    bool trig = trigger_in_clause("group-crime", g->clause);
    for (const MentionAt* c : crimes)
      if (c->clause == g->clause && Distance(g, c) <= 40 && trig)
        out->push_back(MakeClaim(v, g, c, "", "group-crime"));
    for (const std::string& c : implicit)
      if (trig) out->push_back(MakeClaim(v, g, nullptr, c, "group-crime.heading"));
    bool held = trigger_in_clause("group-region", g->clause);
    for (const MentionAt* r : regions)
      if (r->clause == g->clause && Distance(g, r) <= kGroupReach &&
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
    // to every crime the clause names.
    for (const MentionAt* c : NearestList(v, crimes, r))
      if (!Siblings(v, r, c))
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
    for (const MentionAt* c : crimes) out->push_back(MakeClaim(v, u, c, "", "un-crime"));
    if (crimes.empty())
      for (const std::string& c : implicit) out->push_back(MakeClaim(v, u, nullptr, c, "un-crime.heading"));
    if (u->source) continue;  // the source of a statement is not where it happens
    for (const MentionAt* r : regions)
      if (r->locative && !Between(groups, u, r) && !AfterAnotherActor(units, u, r))
        out->push_back(MakeClaim(v, u, r, "", "un-region"));
  }
}

void ClaimExtractor::Extract(const Document& doc, Findings* findings) const {
  std::vector<SentenceView> views = MakeViews(doc, *findings, rules_);
  std::size_t last_para = static_cast<std::size_t>(-1);
  std::vector<std::string> heading;
  // HeadingCrimes depends only on the paragraph's section: once per section.
  int section_of_crimes = -2;
  std::vector<std::string> section_crimes;
  for (const SentenceView& v : views) {
    if (v.paragraph != last_para) {
      last_para = v.paragraph;
      const Paragraph& p = doc.paragraphs[v.paragraph];
      heading.clear();
      if (p.kind == BlockKind::kParagraph || p.kind == BlockKind::kListItem) {
        if (p.section != section_of_crimes) {
          section_of_crimes = p.section;
          section_crimes = HeadingCrimes(doc, v.paragraph);
        }
        heading = section_crimes;
      }
    }
    if (v.denied) continue;
    LinkSentence(v, heading, &findings->claims);
  }
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
