// Subgraphs for readable drawings and focused exports: keep some entity
// types, drop weak links, keep the neighbourhood of one entity, leave some
// entities out.
#ifndef NEXUS_GRAPH_SUBGRAPH_H_
#define NEXUS_GRAPH_SUBGRAPH_H_

#include <string>
#include <vector>

#include "graph/entity.h"
#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

struct SubgraphFilter {
  // Entity types kept; empty keeps every type.
  std::vector<EntityType> types;
  // Links with fewer supporting sentences are dropped, and so are the
  // entities left with no link. 0 and 1 keep every link.
  int min_weight = 0;
  // An entity (id, label or alias); when set, only the entities at most
  // `depth` links away from it are kept, links followed in both directions.
  std::string focus;
  int depth = 1;
  // Entities (ids, labels or aliases) left out with their links.
  std::vector<std::string> exclude;

  bool empty() const {
    return types.empty() && min_weight <= 1 && focus.empty() && exclude.empty();
  }
};

// Writes into *out (an empty graph) the documents of `in`, the entities the
// filter keeps and the links between them with all their evidence. Steps, in
// order: exclude, types, min_weight, focus. Errors: an unknown --focus or
// --exclude entity (see graph/entity_resolver.h), a focus entity that another filter
// removed, a negative depth.
Status MakeSubgraph(const KnowledgeGraph& in, const SubgraphFilter& filter, KnowledgeGraph* out);

}  // namespace nexus

#endif  // NEXUS_GRAPH_SUBGRAPH_H_
