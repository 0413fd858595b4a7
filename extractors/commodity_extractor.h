// CommodityExtractor: a crime named by what it trades. A commodity word of a
// crime (rules: "commodities", e.g. "heroin" for drug trafficking) near a
// word of trade or movement (cue set "trade_activity": "smuggling",
// "seizures", "shipped", "routes") in the same clause is a mention of that
// crime: "smuggling weapons, drugs and fuel" names arms trafficking, drug
// trafficking and oil smuggling; "heroin seizures" names drug trafficking.
// A commodity alone ("advances in weapons and technology") names nothing,
// nor does one inside a name already found, nor one in a sentence that names
// no group, place or UN entity it could be linked to.
#ifndef NEXUS_EXTRACTORS_COMMODITY_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_COMMODITY_EXTRACTOR_H_

#include <cstddef>

#include "extractors/extractor.h"
#include "extractors/rules/rules.h"

namespace nexus {

class CommodityExtractor : public Extractor {
 public:
  // Words at most this far from a word of trade (tokens between their starts).
  static constexpr std::size_t kReach = 8;
  // At most this many words between goods listed together ("a shotgun and
  // 9 kg of marijuana"), the second traded when the first is.
  static constexpr std::size_t kListReach = 6;

  explicit CommodityExtractor(const Rules& rules);
  void Extract(const Document& doc, Findings* findings) const override;

 private:
  const Rules& rules_;
  // The words of trade (row 0) and each crime's commodities (row k + 1 for
  // rules_.commodities()[k]) in an index of their own: a sentence costs a
  // walk of this small trie, not of every cue set of the rules.
  CueIndex index_;
  bool empty_ = true;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_COMMODITY_EXTRACTOR_H_
