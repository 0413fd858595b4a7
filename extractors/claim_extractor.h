// ClaimExtractor: the link rules. Within one sentence, two mentions are
// linked only when the rules for their kind of link hold: a trigger word for
// groups and crimes, a locative cue for places, an activity or source role
// for UN entities, an affiliation phrase between groups. A crime named by
// the section heading stands in for sentences below it. Hedged sentences give
// hedged claims; denied ones give none.
#ifndef NEXUS_EXTRACTORS_CLAIM_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_CLAIM_EXTRACTOR_H_

#include "extractors/extractor.h"
#include "extractors/rules/rules.h"
#include "extractors/sentence_view.h"

namespace nexus {

class ClaimExtractor : public Extractor {
 public:
  explicit ClaimExtractor(const Rules& rules);
  void Extract(const Document& doc, Findings* findings) const override;

 private:
  // Crimes named by the nearest heading above paragraph `p` that names any.
  std::vector<std::string> HeadingCrimes(const Document& doc, std::size_t p) const;
  // The link rules, then the lone pairs (none in a footnote), on one sentence.
  void LinkSentence(const SentenceView& v, const std::vector<std::string>& heading, bool footnote,
                    std::vector<Claim>* out) const;
  // part_of: a region named in the document links to the region it is part
  // of, when the document names that one too ("Mosul, Iraq").
  void LinkParents(const Findings& findings, std::vector<Claim>* out) const;
  // A sentence opening with "In <places>," sets the scene for the next: the
  // groups it names, when it names no place, operate there.
  void LinkScenes(const Document& doc, const Findings& findings, std::vector<Claim>* out) const;
  // A list introduced by a colon after a crime's routes, markets or sources
  // ("... key smuggling routes, including the following:"): the places of
  // each item are that crime's, when the item names no crime itself.
  void LinkListItems(const Document& doc, const Findings& findings, std::vector<Claim>* out) const;
  // "The Panel found that eel fishing benefits gangs. ... they erect
  // checkpoints for extortion": the one UN body a sentence names as the
  // subject of a word of reporting reports on the crimes of the sentence
  // right after it, when that one names no UN body.
  void LinkReportedNext(const Document& doc, const Findings& findings, std::vector<Claim>* out) const;
  // "X verified ... . Cases were verified in A, B and C" (X the subject of a
  // word of record): X works in A, B and C.
  void LinkRecordedIn(const Document& doc, const std::vector<Mention>& all, const Mention& unit, std::size_t from,
                      std::size_t to, std::vector<Claim>* out) const;
  // "Gangs control the port of Saint-Marc. Arms trafficking and extortion
  // thrive there.": a sentence that names crimes and no place speaks of the
  // one place the sentence right before it names (same paragraph); the UN
  // bodies of "The delegation ..." work in the one place of the visit the
  // sentence before tells of.
  void LinkPlaceBefore(const Document& doc, const Findings& findings, std::vector<Claim>* out) const;
  const Rules& rules_;
  const LinkCues cues_;
  // NEXUS_LINK_BASELINE=pairs in the environment: link every typed pair of
  // a clause (LinkEveryPair) instead of running the link rules, the naive
  // design the rules are measured against (README, Quality);
  // NEXUS_LINK_BASELINE=rules: the link rules without the lone pairs. Never
  // on by default.
  const bool pair_baseline_;
  const bool rules_only_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_CLAIM_EXTRACTOR_H_
