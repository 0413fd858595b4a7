#include "extractors/claim_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <span>
#include <string_view>

#include "extractors/link_rules/link_rule.h"
#include "extractors/mention_extractor.h"

namespace nexus {
namespace {

using T = EntityType;

}  // namespace

ClaimExtractor::ClaimExtractor(const Rules& rules)
    : rules_(rules), cues_(rules), pair_baseline_([] {
        const char* mode = std::getenv("NEXUS_LINK_BASELINE");
        return mode && std::string_view(mode) == "pairs";
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

void ClaimExtractor::LinkSentence(const SentenceView& v, const std::vector<std::string>& heading,
                                  std::vector<Claim>* out) const {
  LinkContext context{v, cues_, v.OfType(T::kGroup), v.OfType(T::kCrime), v.OfType(T::kRegion),
                      v.OfType(T::kUnEntity), {}};
  // The heading's crime counts when it is the only one, or the sentence names none.
  if (heading.size() == 1 || context.crimes.empty()) context.implicit = heading;
  for (const MentionAt* c : context.crimes)
    std::erase(context.implicit, c->mention->entity);
  if (pair_baseline_) {
    LinkEveryPair(context, out);
    return;
  }
  for (const LinkRule& rule : LinkRules()) rule.link(context, out);
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
