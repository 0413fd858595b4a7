// KnowledgeGraph: entities as nodes, links as edges, every edge carrying the
// sentences that support it. Only GraphBuilder changes it.
#ifndef NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
#define NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "graph/entity.h"
#include "graph/findings.h"
#include "graph/span.h"

namespace nexus {

// One sentence that supports a link.
struct Evidence {
  std::string document;    // Document::name
  std::string paragraph;   // Paragraph::label ("26", "annex 12"), may be ""
  std::size_t paragraph_index = 0;
  std::size_t sentence = 0;  // index of the sentence within its paragraph
  Span span;               // raw byte span of the sentence
  std::string text;        // the cleaned sentence
  bool hedged = false;
  std::string rule;
  // Byte ranges in `text` of the two mentions the link joins, for display.
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  // Amounts the sentence states (paragraph/sentence fields unused here).
  std::vector<Quantity> quantities;
};

struct Link {
  std::string source;      // entity id
  std::string target;      // entity id
  std::string relation;    // "profits_from", ...
  std::string kind;        // "group-crime", ...
  // Distinct supporting sentences, sorted by (document, span).
  std::vector<Evidence> evidence;

  int weight() const { return static_cast<int>(evidence.size()); }
  // A link is hedged when every sentence that supports it is hedged.
  bool hedged() const;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  // Adds the entity, or merges it into the node with the same id: aliases are
  // united, an empty label or parent is filled in. Returns false (and changes
  // nothing) when the id exists with another type.
  bool AddEntity(const Entity& entity);

  // Adds one piece of evidence to the edge (source, target, relation),
  // creating the edge if needed. Both ends must have been added. A second
  // piece from the same sentence of the same document is ignored.
  // Returns false when an end is missing.
  bool AddEvidence(const std::string& source, const std::string& target,
                   const std::string& relation, const std::string& kind,
                   Evidence evidence);

  void AddDocument(const std::string& name);

  // Read access, always in a deterministic order.
  std::vector<const Entity*> Entities() const;  // sorted by id
  std::vector<const Link*> Links() const;       // sorted by (source, target, relation)
  const Entity* FindEntity(const std::string& id) const;
  const std::vector<std::string>& documents() const { return documents_; }
  std::size_t entity_count() const;
  std::size_t link_count() const;
  // Number of links that touch the entity.
  std::size_t Degree(const std::string& id) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> documents_;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
