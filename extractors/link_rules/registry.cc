// The table of link rules, in the order they run. Adding one: its file in
// this folder and one line below.
#include <algorithm>

#include "extractors/link_rules/link_rule.h"

namespace nexus {

const std::vector<LinkRule>& LinkRules() {
  static const std::vector<LinkRule> table = {
      ProfitsFromRule(),  // group -> crime
      OperatesInRule(),   // group -> region
      AffiliatedWithRule(),  // group -> group
      OccursInRule(),     // crime -> region
      CountersRule(),     // un_entity -> crime
      ActiveInRule(),     // un_entity -> region
  };
  return table;
}

std::vector<std::string> LinkCueNames() {
  std::vector<std::string> names(LinkCues::kViewCues.begin(), LinkCues::kViewCues.end());
  for (const LinkRule& rule : LinkRules())
    for (const char* name : rule.cues) names.emplace_back(name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace nexus
