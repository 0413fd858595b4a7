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

// The relation name for a link from `from` to `to`, and its kind
// ("group-crime", ...). Links are directed in the order of GUIDELINES.md:
// group->crime, group->region, crime->region, un_entity->crime,
// un_entity->region, group->group, region->region (part_of).
// Returns false when the two types form no link kind.
bool LinkKind(EntityType from, EntityType to, std::string* kind,
              std::string* relation);

}  // namespace nexus

#endif  // NEXUS_GRAPH_ENTITY_H_
