// The table of extractors, in the order they run. Adding an extractor: one
// file defining a class with a constructor taking `const Rules&`, and one
// line below.
#include "extractors/claim_extractor.h"
#include "extractors/discovery_extractor.h"
#include "extractors/extractor.h"
#include "extractors/mention_extractor.h"
#include "extractors/quantity_extractor.h"
#include "extractors/table_extractor.h"

namespace nexus {

std::vector<std::unique_ptr<Extractor>> MakeExtractors(const Rules& rules) {
  std::vector<std::unique_ptr<Extractor>> v;
  v.push_back(std::make_unique<MentionExtractor>(rules));  // mentions first
  v.push_back(std::make_unique<DiscoveryExtractor>(rules));
  v.push_back(std::make_unique<ClaimExtractor>(rules));
  v.push_back(std::make_unique<TableExtractor>(rules));
  v.push_back(std::make_unique<QuantityExtractor>(rules));
  return v;
}

}  // namespace nexus
