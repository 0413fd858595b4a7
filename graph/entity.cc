#include "graph/entity.h"

namespace nexus {

const char* TypeName(EntityType type) {
  switch (type) {
    case EntityType::kGroup: return "group";
    case EntityType::kCrime: return "crime";
    case EntityType::kRegion: return "region";
    case EntityType::kUnEntity: return "un_entity";
  }
  return "group";
}

std::optional<EntityType> ParseType(std::string_view name) {
  if (name == "group") return EntityType::kGroup;
  if (name == "crime") return EntityType::kCrime;
  if (name == "region") return EntityType::kRegion;
  if (name == "un_entity") return EntityType::kUnEntity;
  return std::nullopt;
}

bool LinkKind(EntityType from, EntityType to, std::string* kind,
              std::string* relation) {
  using T = EntityType;
  struct Row { T from, to; const char* kind; const char* relation; };
  static const Row kRows[] = {
      {T::kGroup, T::kCrime, "group-crime", "profits_from"},
      {T::kGroup, T::kRegion, "group-region", "operates_in"},
      {T::kCrime, T::kRegion, "crime-region", "occurs_in"},
      {T::kUnEntity, T::kCrime, "un_entity-crime", "counters"},
      {T::kUnEntity, T::kRegion, "un_entity-region", "active_in"},
      {T::kGroup, T::kGroup, "group-group", "affiliated_with"},
      {T::kRegion, T::kRegion, "region-region", "part_of"},
  };
  for (const Row& r : kRows) {
    if (r.from == from && r.to == to) {
      *kind = r.kind;
      *relation = r.relation;
      return true;
    }
  }
  return false;
}

}  // namespace nexus
