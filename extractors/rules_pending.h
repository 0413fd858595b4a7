// Rules::Pending: rules files as loaded, before Rules::Finish builds them.
// Private to rules.cc and rules_build.cc.
#ifndef NEXUS_EXTRACTORS_RULES_PENDING_H_
#define NEXUS_EXTRACTORS_RULES_PENDING_H_

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extractors/rules.h"

namespace nexus {

struct Rules::Pending {
  struct Curated {
    Entity entity;
    std::string source;
  };
  std::vector<Curated> curated;
  std::vector<std::string> blockers;
  std::map<std::string, Entity> country_overrides;      // by alpha-2 code
  std::map<std::string, Entity> subdivision_overrides;  // by iso 3166-2 code
  std::set<std::string> subdivision_stopwords;          // folded names
  std::string iso_countries, iso_subdivisions;          // JSON texts
  // Folded name -> the entity that owns it (curated names and countries).
  std::map<std::string, std::string> owner;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_PENDING_H_
