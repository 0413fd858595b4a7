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

}  // namespace nexus
