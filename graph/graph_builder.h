// GraphBuilder: the only code that changes a KnowledgeGraph. It adds one
// document's findings: every entity the document names becomes a node (merged
// by id), every claim one piece of evidence on its edge.
#ifndef NEXUS_GRAPH_GRAPH_BUILDER_H_
#define NEXUS_GRAPH_GRAPH_BUILDER_H_

#include <functional>
#include <string>

#include "graph/document.h"
#include "graph/findings.h"
#include "graph/knowledge_graph.h"

namespace nexus {

// Gives the entity behind an id (from the rules), or nullptr.
using EntityLookup = std::function<const Entity*(const std::string& id)>;

class GraphBuilder {
 public:
  GraphBuilder(KnowledgeGraph* graph, EntityLookup lookup)
      : graph_(graph), lookup_(std::move(lookup)) {}

  // Adds the document's entities and claims. A claim whose ends are
  // unknown, the same, or not of its relation's types is left out.
  void Add(const Document& doc, const Findings& findings);

 private:
  KnowledgeGraph* graph_;
  EntityLookup lookup_;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_GRAPH_BUILDER_H_
