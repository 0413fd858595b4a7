// Files embedded in the binary at build time: the default rules (rules/*.json)
// and the iso-codes country and subdivision lists.
#ifndef NEXUS_EXTRACTORS_RULES_EMBEDDED_H_
#define NEXUS_EXTRACTORS_RULES_EMBEDDED_H_

#include <string_view>
#include <vector>

namespace nexus {

struct EmbeddedFile {
  std::string_view name;  // "rules/groups.json", "iso-codes/iso_3166-1.json"
  std::string_view data;
};

const std::vector<EmbeddedFile>& EmbeddedFiles();

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_EMBEDDED_H_
