#include "graph/relation.h"

namespace nexus {

const std::vector<Relation>& Relations() {
  using T = EntityType;
  static const std::vector<Relation> table = {
      {"profits_from", T::kGroup, T::kCrime, "group-crime",
       "the group engages in, profits from, taxes or protects the crime"},
      {"operates_in", T::kGroup, T::kRegion, "group-region",
       "the group operates in, controls or draws resources from the region"},
      {"occurs_in", T::kCrime, T::kRegion, "crime-region",
       "the crime takes place in or passes through the region"},
      {"counters", T::kUnEntity, T::kCrime, "un_entity-crime",
       "the UN entity works against the crime or reports on it"},
      {"active_in", T::kUnEntity, T::kRegion, "un_entity-region",
       "the UN entity works in or for the region"},
      {"affiliated_with", T::kGroup, T::kGroup, "group-group",
       "one group is an affiliate, ally, splinter or partner of the other"},
      {"part_of", T::kRegion, T::kRegion, "region-region",
       "a subdivision or city is part of the region (both named by the document)"},
  };
  return table;
}

const Relation* FindRelation(std::string_view name) {
  for (const Relation& r : Relations())
    if (name == r.name) return &r;
  return nullptr;
}

}  // namespace nexus
