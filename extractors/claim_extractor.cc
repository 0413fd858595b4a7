#include "extractors/claim_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <span>
#include <string>
#include <string_view>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"
#include "extractors/mention_extractor.h"

namespace nexus {
namespace {

using T = EntityType;

// The claims one sentence makes with the help of the one before it: each
// entity of type `type` among mentions [from, to), once, is the subject
// (`mention_is_subject`) or the object, and `other`, named in the sentence
// before, the other end.
void ClaimEach(const std::vector<Mention>& all, std::size_t from, std::size_t to, T type, const char* relation,
               const std::string& other, bool mention_is_subject, std::size_t p, std::size_t s, bool hedged,
               const char* rule, std::vector<Claim>* out) {
  std::set<std::string_view> done;
  for (std::size_t j = from; j < to; ++j) {
    const Mention& m = all[j];
    if (m.type != type || m.rule == "opposed" || !done.insert(m.entity).second) continue;
    Claim claim;
    claim.relation = relation;
    claim.subject = mention_is_subject ? m.entity : other;
    claim.object = mention_is_subject ? other : m.entity;
    claim.paragraph = p;
    claim.sentence = s;
    claim.hedged = hedged;
    claim.rule = rule;
    (mention_is_subject ? claim.subject_begin : claim.object_begin) = m.begin;
    (mention_is_subject ? claim.subject_end : claim.object_end) = m.end;
    out->push_back(claim);
  }
}

// "The delegation ...", "The visiting delegation ...", "The joint CTED
// delegation ...": "delegation" within the first four words after "The".
bool OpensWithDelegation(const Tokens& t) {
  if (t.size() < 3 || t[0].norm != "the") return false;
  for (std::size_t i = 1; i < t.size() && i <= 4; ++i)
    if (t[i].norm == "delegation") return true;
  return false;
}

// Whether a paragraph tells of a visit or a mission ("conducted a follow-up
// assessment visit to X", "visited X", "a mission to X") up to its sentence
// `last`.
bool TellsOfVisit(const Paragraph& paragraph, std::size_t last) {
  for (std::size_t s = 0; s <= last && s < paragraph.sentences.size(); ++s)
    for (const Token& w : paragraph.sentences[s].tokens)
      if (w.norm == "visit" || w.norm == "visits" || w.norm == "visited" || w.norm == "mission" ||
          w.norm == "travelled" || w.norm == "traveled")
        return true;
  return false;
}

// Whether one of `words` follows the UN body `unit` within three words (the
// sentence's cue matches given): the body is its subject ("The Panel found",
// "MONUSCO verified").
bool WordAfter(const Tokens& t, const CueMatches& matches, const Mention& unit, const CueSet& words) {
  std::size_t after = 0;
  while (after < t.size() && t[after].begin < unit.end) ++after;
  for (std::size_t i = after; i < t.size() && i <= after + 3; ++i)
    if (words.MatchAt(matches, i) > 0) return true;
  return false;
}

}  // namespace

ClaimExtractor::ClaimExtractor(const Rules& rules)
    : rules_(rules), cues_(rules), pair_baseline_([] {
        const char* mode = std::getenv("NEXUS_LINK_BASELINE");
        return mode && std::string_view(mode) == "pairs";
      }()),
      rules_only_([] {
        const char* mode = std::getenv("NEXUS_LINK_BASELINE");
        return mode && std::string_view(mode) == "rules";
      }()) {}

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

void ClaimExtractor::LinkSentence(const SentenceView& v, const std::vector<std::string>& heading, bool footnote,
                                  std::vector<Claim>* out) const {
  LinkContext context(v, cues_);
  context.footnote = footnote;
  // The heading's crime counts when it is the only one, or the sentence names none.
  if (heading.size() == 1 || context.crimes.empty()) context.implicit = heading;
  for (const MentionAt* c : context.crimes)
    std::erase(context.implicit, c->mention->entity);
  if (pair_baseline_) {
    LinkEveryPair(context, out);
    return;
  }
  const std::size_t first = out->size();
  for (const LinkRule& rule : LinkRules()) rule.link(context, out);
  if (!rules_only_) LinkLonePairs(context, first, out);
  KeepRespectivePairs(context, first, out);
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
    if (!v.denied)
      LinkSentence(v, heading, doc.paragraphs[v.paragraph].kind == BlockKind::kFootnote, &findings->claims);
  });
  LinkParents(*findings, &findings->claims);
  if (!pair_baseline_) {
    LinkScenes(doc, *findings, &findings->claims);
    LinkListItems(doc, *findings, &findings->claims);
    LinkReportedNext(doc, *findings, &findings->claims);
    LinkPlaceBefore(doc, *findings, &findings->claims);
  }
}

void ClaimExtractor::LinkScenes(const Document& doc, const Findings& findings,
                                std::vector<Claim>* out) const {
  // The mentions of each sentence, in order (the findings are sorted).
  std::size_t k = 0;
  const auto& all = findings.mentions;
  std::vector<const Mention*> scene;  // the places that open the sentence before
  std::vector<const Mention*> here;   // the mentions of this sentence
  std::size_t scene_p = static_cast<std::size_t>(-1), scene_s = 0;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const Sentence& sentence = doc.paragraphs[p].sentences[s];
      here.clear();
      while (k < all.size() && std::tie(all[k].paragraph, all[k].sentence) < std::tie(p, s)) ++k;
      for (std::size_t j = k; j < all.size() && all[j].paragraph == p && all[j].sentence == s; ++j)
        here.push_back(&all[j]);
      // "In Algeria, the security situation remained stable. AQIM ...": a
      // sentence that names groups and no place continues the scene of the
      // one before, when that one opened with "In <places>,".
      if (scene_p == p && scene_s + 1 == s && !scene.empty()) {
        bool place = false;
        for (const Mention* m : here) place = place || m->type == T::kRegion;
        if (!place)
          for (const Mention* g : here) {
            if (g->type != T::kGroup) continue;
            for (const Mention* r : scene) {
              Claim c;
              c.relation = "operates_in";
              c.subject = g->entity;
              c.object = r->entity;
              c.paragraph = p;
              c.sentence = s;
              c.rule = "group-region.scene";
              c.subject_begin = g->begin;
              c.subject_end = g->end;
              out->push_back(c);
            }
          }
      }
      scene.clear();
      scene_p = p;
      scene_s = s;
      const std::size_t comma = OpeningScene(sentence, [&](std::size_t b, std::size_t e) {
        for (const Mention* m : here)
          if (m->type == T::kRegion && m->begin <= b && e <= m->end) return true;
        return false;
      });
      if (comma == std::string::npos) continue;
      for (const Mention* m : here)
        if (m->type == T::kRegion && m->end <= comma) scene.push_back(m);
      // A scene of places only: the sentence must not name groups itself
      // (it links them itself).
      for (const Mention* m : here)
        if (m->type == T::kGroup) scene.clear();
    }
  }
}

void ClaimExtractor::LinkListItems(const Document& doc, const Findings& findings,
                                   std::vector<Claim>* out) const {
  const auto& all = findings.mentions;  // in (paragraph, sentence, begin) order
  auto mentions_of = [&](std::size_t p, std::size_t s) {
    auto lo = std::lower_bound(all.begin(), all.end(), std::make_pair(p, s), [](const Mention& m, auto ps) {
      return std::tie(m.paragraph, m.sentence) < std::tie(ps.first, ps.second);
    });
    auto hi = lo;
    while (hi != all.end() && hi->paragraph == p && hi->sentence == s) ++hi;
    return std::span<const Mention>(lo, hi);
  };
  const Sentence* intro = nullptr;
  std::vector<std::string> crimes;  // the intro's, when it speaks of their routes
  bool hedged = false;
  CueMatches matches;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Sentence* now = doc.ListIntro(p);
    if (!now) continue;
    if (now != intro) {  // the first item of a list: read its intro once
      intro = now;
      crimes.clear();
      rules_.MatchCues(now->tokens, &matches);
      const std::size_t n = now->tokens.size();
      if (cues_.crime_region.AnyIn(matches, 0, n) && !cues_.denial.AnyIn(matches, 0, n)) {
        hedged = cues_.hedge.AnyIn(matches, 0, n);
        // The intro is the last sentence of the paragraph before the list.
        std::size_t q = p;
        while (doc.paragraphs[q].kind == BlockKind::kListItem) --q;
        for (const Mention& m : mentions_of(q, doc.paragraphs[q].sentences.size() - 1))
          if (m.type == T::kCrime && std::find(crimes.begin(), crimes.end(), m.entity) == crimes.end())
            crimes.push_back(m.entity);
      }
    }
    if (crimes.empty()) continue;
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const auto here = mentions_of(p, s);
      auto crime = [](const Mention& m) { return m.type == T::kCrime; };
      if (std::any_of(here.begin(), here.end(), crime)) continue;
      for (const Mention& r : here) {
        if (r.type != T::kRegion) continue;
        for (const std::string& crime : crimes) {
          Claim c;
          c.relation = "occurs_in";
          c.subject = crime;
          c.object = r.entity;
          c.paragraph = p;
          c.sentence = s;
          c.hedged = hedged;
          c.rule = "crime-region.list";
          c.object_begin = r.begin;
          c.object_end = r.end;
          out->push_back(c);
        }
      }
    }
  }
}

void ClaimExtractor::LinkRecordedIn(const Document& doc, const std::vector<Mention>& all, const Mention& unit,
                                    std::size_t from, std::size_t to, std::vector<Claim>* out) const {
  CueMatches matches;
  // "were verified in": the places listed right after "in".
  const Sentence& next = doc.paragraphs[all[from].paragraph].sentences[all[from].sentence];
  const Tokens& t = next.tokens;
  rules_.MatchCues(t, &matches);
  if (cues_.denial.AnyIn(matches, 0, t.size())) return;
  // "Six visits were undertaken, to A and B": a passive visit, the places
  // listed right after "to" or "in"; the length of its verb at i (0: none).
  const auto visit_at = [&](std::size_t i) -> std::size_t {
    const std::string_view w = t[i].norm;
    const std::size_t n = w == "carried" && i + 1 < t.size() && t[i + 1].norm == "out" ? 2
                          : (w == "undertaken" || w == "conducted" || w == "made" || w == "paid") ? 1
                                                                                                   : 0;
    for (std::size_t k = i - 1; n > 0 && k-- > 0 && i - k <= 5;)
      if (t[k].norm == "visits" || t[k].norm == "missions") return n;
    return 0;
  };
  for (std::size_t i = 1; i + 2 < t.size(); ++i) {
    if (t[i - 1].norm != "was" && t[i - 1].norm != "were") continue;
    std::size_t after = i + 1;  // the word after the verb
    if (const std::size_t n = visit_at(i); n > 0 && i + n + 1 < t.size() &&
                                           (t[i + n].norm == "to" || t[i + n].norm == "in"))
      after = i + n;
    else if (!cues_.recorded.MatchAt(matches, i) || t[i + 1].norm != "in")
      continue;
    std::size_t at = t[after].end;  // the list goes on from here
    std::size_t first = to, last = to;  // the places of the list: all[first, last)
    for (std::size_t j = from; j < to; ++j) {
      const Mention& m = all[j];
      if (m.end <= at) continue;
      // Only list words between: ",", "and", "the", a bracketed count "(350)".
      if (!ListGlue(next.text, at, m.begin) || m.type != T::kRegion) break;
      if (first == to) first = j;
      last = j + 1;
      at = m.end;
    }
    if (first < last)
      ClaimEach(all, first, last, T::kRegion, "active_in", unit.entity, false, all[first].paragraph,
                all[first].sentence, false, "un-region.recorded", out);
    return;
  }
}

void ClaimExtractor::LinkReportedNext(const Document& doc, const Findings& findings,
                                      std::vector<Claim>* out) const {
  const auto& all = findings.mentions;  // in (paragraph, sentence, begin) order
  CueMatches matches;
  std::size_t k = 0;
  while (k < all.size()) {
    // The mentions of one sentence: [k, end).
    std::size_t end = k;
    while (end < all.size() && all[end].paragraph == all[k].paragraph && all[end].sentence == all[k].sentence) ++end;
    const std::size_t p = all[k].paragraph, s = all[k].sentence;
    const Mention* unit = nullptr;
    bool one = true;
    for (std::size_t j = k; j < end; ++j)
      if (all[j].type == T::kUnEntity) {
        if (unit && unit->entity != all[j].entity) one = false;
        if (!unit) unit = &all[j];
      }
    // The next sentence's mentions, when they follow right after in the paragraph.
    std::size_t next_end = end;
    while (next_end < all.size() && all[next_end].paragraph == p && all[next_end].sentence == s + 1) ++next_end;
    const bool next_has_unit = std::any_of(all.begin() + end, all.begin() + next_end,
                                           [](const Mention& m) { return m.type == T::kUnEntity; });
    const bool next_has_crime = std::any_of(all.begin() + end, all.begin() + next_end,
                                            [](const Mention& m) { return m.type == T::kCrime; });
    // "MONUSCO verified 472 grave violations ... Grave violations were
    // verified in North Kivu (350), Ituri (84) and South Kivu (38)": the
    // places that a passive word of record of the next sentence governs
    // are where the body that recorded them in this one works.
    if (!unit || next_end == end || next_has_unit) {
      k = end;
      continue;
    }
    const Tokens& here = doc.paragraphs[p].sentences[s].tokens;
    rules_.MatchCues(here, &matches);
    if (!one) {
      // "On behalf of the Committee, its Executive Directorate continued to
      // conduct visits": of several bodies, the one a word of record follows.
      const Mention* recorder = nullptr;
      bool single = true;
      for (std::size_t j = k; j < end; ++j)
        if (all[j].type == T::kUnEntity && WordAfter(here, matches, all[j], cues_.recorded)) {
          if (recorder && recorder->entity != all[j].entity) single = false;
          recorder = &all[j];
        }
      if (recorder && single) LinkRecordedIn(doc, all, *recorder, end, next_end, out);
      k = end;
      continue;
    }
    const bool records = WordAfter(here, matches, *unit, cues_.recorded);
    // The body is the subject of a word of reporting: "The Panel found",
    // "the Monitoring Team has not received information".
    const bool reports = next_has_crime && WordAfter(here, matches, *unit, cues_.reporting);
    if (records) LinkRecordedIn(doc, all, *unit, end, next_end, out);
    if (reports) {
      const Sentence& next = doc.paragraphs[p].sentences[s + 1];
      rules_.MatchCues(next.tokens, &matches);
      const std::size_t n = next.tokens.size();
      if (!cues_.denial.AnyIn(matches, 0, n)) {
        ClaimEach(all, end, next_end, T::kCrime, "counters", unit->entity, false, p, s + 1,
                  cues_.hedge.AnyIn(matches, 0, n), "un-crime.previous", out);
      }
    }
    k = end;
  }
}

void ClaimExtractor::LinkPlaceBefore(const Document& doc, const Findings& findings,
                                     std::vector<Claim>* out) const {
  const auto& all = findings.mentions;  // in (paragraph, sentence, begin) order
  CueMatches matches;
  std::size_t before = 0, k = 0;  // the sentence before starts at `before`, this one at k
  while (k < all.size()) {
    std::size_t end = k;
    while (end < all.size() && all[end].paragraph == all[k].paragraph && all[end].sentence == all[k].sentence) ++end;
    const std::size_t p = all[k].paragraph, s = all[k].sentence;
    const bool adjacent = before < k && all[before].paragraph == p && all[before].sentence + 1 == s;
    // The delegation's sentence may open the paragraph after the visit's.
    const bool across = before < k && s == 0 && p > 0 && all[before].paragraph + 1 == p &&
                        all[before].sentence + 1 == doc.paragraphs[p - 1].sentences.size();
    // The one place of the sentence before, not counting those of the
    // dateline that opens it; nullptr when it names none or several.
    const std::string* place = nullptr;
    const std::size_t before_paragraph = adjacent ? p : p - 1;  // when adjacent or across
    if (adjacent || across) {
      const Sentence& prev = doc.paragraphs[before_paragraph].sentences[all[before].sentence];
      std::size_t dateline = 0;
      if (const std::size_t e = link_rules::DatelineEnd(prev); e > 0) dateline = prev.tokens[e].begin;
      bool one = true;
      for (std::size_t j = before; j < k; ++j)
        if (all[j].type == T::kRegion && all[j].begin >= dateline) {
          if (place && *place != all[j].entity) one = false;
          place = &all[j].entity;
        }
      if (!one) place = nullptr;
    }
    const bool here_place = std::any_of(all.begin() + k, all.begin() + end,
                                        [](const Mention& m) { return m.type == T::kRegion; });
    const bool here_crime = std::any_of(all.begin() + k, all.begin() + end,
                                        [](const Mention& m) { return m.type == T::kCrime; });
    if (adjacent && place && !here_place && here_crime && doc.paragraphs[p].kind != BlockKind::kFootnote) {
      const Tokens& t = doc.paragraphs[p].sentences[s].tokens;
      rules_.MatchCues(t, &matches);
      if (!cues_.denial.AnyIn(matches, 0, t.size())) {
        ClaimEach(all, k, end, T::kCrime, "occurs_in", *place, true, p, s, cues_.hedge.AnyIn(matches, 0, t.size()),
                  "crime-region.previous", out);
      }
    }
    // "... conducted a visit to the United Republic of Tanzania. The visiting
    // delegation consisted of experts from UNOCT, UNODC and UNDP": the UN
    // bodies of a sentence that opens with "The (...) delegation" work in the
    // one place of the sentence before, when its paragraph tells of a visit
    // or a mission.
    if (place && doc.paragraphs[p].kind != BlockKind::kFootnote &&
        OpensWithDelegation(doc.paragraphs[p].sentences[s].tokens) &&
        TellsOfVisit(doc.paragraphs[before_paragraph], all[before].sentence)) {
      const Tokens& t = doc.paragraphs[p].sentences[s].tokens;
      rules_.MatchCues(t, &matches);
      if (!cues_.denial.AnyIn(matches, 0, t.size()))
        ClaimEach(all, k, end, T::kUnEntity, "active_in", *place, true, p, s,
                  cues_.hedge.AnyIn(matches, 0, t.size()), "un-region.delegation", out);
    }
    before = k;
    k = end;
  }
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
    c.relation = "part_of";
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
