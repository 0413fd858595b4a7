// Entities: what the graph's nodes stand for.
#ifndef NEXUS_GRAPH_ENTITY_H_
#define NEXUS_GRAPH_ENTITY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nexus {

enum class EntityType { kGroup, kCrime, kRegion, kUnEntity };

// "group", "crime", "region", "un_entity": the strings every output uses.
const char* TypeName(EntityType type);
// Parses one of the four strings above; nullopt for anything else.
std::optional<EntityType> ParseType(std::string_view name);

struct Entity {
  std::string id;       // canonical, "<type>:<slug>", e.g. "group:isil"
  EntityType type = EntityType::kGroup;
  std::string label;    // preferred name
  std::vector<std::string> aliases;  // other names, acronyms; no duplicates
  std::string parent;   // for regions: id of the region it is part of, or ""
  std::string discovered_by;  // "" for a rules-file entity, else the rule name
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_ENTITY_H_
