// The table of link rules, in the order they run. Adding one: its file in
// this folder and one line below.
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

}  // namespace nexus
