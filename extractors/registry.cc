// The table of extractors, in the order they run. Adding an extractor: one
// file defining a class with a constructor taking `const Rules&`, and one
// row below.
#include <algorithm>

#include "extractors/activity_extractor.h"
#include "extractors/claim_extractor.h"
#include "extractors/commodity_extractor.h"
#include "extractors/discovery_extractor.h"
#include "extractors/extractor.h"
#include "extractors/link_rules/link_rule.h"
#include "extractors/mention_extractor.h"
#include "extractors/quantity_extractor.h"
#include "extractors/table_extractor.h"

namespace nexus {
namespace {

template <typename T>
std::unique_ptr<Extractor> Make(const Rules& rules) {
  return std::make_unique<T>(rules);
}

}  // namespace

const std::vector<ExtractorEntry>& ExtractorTable() {
  static const std::vector<ExtractorEntry> table = {
      // Mentions first: the others read them.
      {"mentions", "names from the gazetteers, acronyms defined in the text, short forms",
       Make<MentionExtractor>},
      {"discovery", "groups and UN bodies missing from the gazetteers, found by the shape of their names",
       Make<DiscoveryExtractor>},
      {"commodities", "crimes named by what they trade near a word of trade (\"heroin seizures\")",
       Make<CommodityExtractor>, {"trade_activity", "people_goods", "self_movement"}},
      {"claims", "links between mentions of one sentence, by trigger words and patterns",
       Make<ClaimExtractor>},
      {"table_rows", "UN entity of a table row -> crimes of the row and regions of its scope column",
       Make<TableExtractor>},
      {"activities", "a sentence's claims joined into actor - crime - places facts",
       Make<ActivityExtractor>},
      {"quantities", "money, shares, years and periods stated in each sentence",
       Make<QuantityExtractor>},
  };
  return table;
}

std::vector<std::string> CueNamesRead() {
  std::vector<std::string> names(LinkCues::kViewCues.begin(), LinkCues::kViewCues.end());
  for (const LinkRule& rule : LinkRules())
    for (const char* name : rule.cues) names.emplace_back(name);
  for (const ExtractorEntry& row : ExtractorTable())
    for (const char* name : row.cues) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::vector<std::string> CueNamesIndexedApart() {
  std::vector<std::string> names;
  for (const ExtractorEntry& row : ExtractorTable())
    for (const char* name : row.cues) names.emplace_back(name);
  return names;
}

std::vector<std::unique_ptr<Extractor>> MakeExtractors(const Rules& rules) {
  std::vector<std::unique_ptr<Extractor>> v;
  for (const ExtractorEntry& row : ExtractorTable()) {
    std::unique_ptr<Extractor> x = row.make(rules);
    x->name_ = row.name;
    x->description_ = row.description;
    v.push_back(std::move(x));
  }
  return v;
}

}  // namespace nexus
