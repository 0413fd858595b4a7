// QuantityExtractor: the amounts sentences state, so that evidence can say
// how much: money ("$35 million", "between $35 million and $45 million",
// "$96,000-$123,000 per day"), shares ("14 per cent"), years ("in 2013") and
// periods ("a 12-month period").
#ifndef NEXUS_EXTRACTORS_QUANTITY_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_QUANTITY_EXTRACTOR_H_

#include <string_view>
#include <vector>

#include "extractors/extractor.h"

namespace nexus {

class QuantityExtractor : public Extractor {
 public:
  explicit QuantityExtractor(const Rules&) {}
  void Extract(const Document& doc, Findings* findings) const override;
};

// The quantities of one cleaned sentence (paragraph and sentence left 0).
std::vector<Quantity> FindQuantities(std::string_view text);

// Whether a folded word measures goods: "kg", "tons", "rounds", "boxes"
// ("9 kg of marijuana", "1.5 tons of cocaine").
bool IsMeasureWord(std::string_view w);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_QUANTITY_EXTRACTOR_H_
