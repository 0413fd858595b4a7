// Relations: the kinds of link the graph holds, each with the types of its
// two ends. A claim names its relation; the graph builder checks its ends.
#ifndef NEXUS_GRAPH_RELATION_H_
#define NEXUS_GRAPH_RELATION_H_

#include <string_view>
#include <vector>

#include "graph/entity.h"

namespace nexus {

struct Relation {
  const char* name;  // "profits_from": the edge's relation in every format
  EntityType from, to;
  const char* kind;  // "group-crime": the types of its ends, in GUIDELINES.md's order
  const char* description;
};

// Every relation, in the order of GUIDELINES.md (see graph/relation.cc).
// Adding a relation: one row there, one link rule (extractors/link_rules/).
const std::vector<Relation>& Relations();
// The relation of that name, or nullptr.
const Relation* FindRelation(std::string_view name);

}  // namespace nexus

#endif  // NEXUS_GRAPH_RELATION_H_
