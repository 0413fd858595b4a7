// The table of exporters. Adding a format: one file defining
// `std::unique_ptr<Exporter> Make<Name>Exporter()`, and one line below.
#include "exporters/exporter.h"

#define NEXUS_EXPORTERS(X) \
  X(Json)                  \
  X(GraphMl)               \
  X(Dot)                   \
  X(Svg)                   \
  X(Png)                   \
  X(Pdf)                   \
  X(Gexf)                  \
  X(Neo4jNodes)            \
  X(Neo4jRelationships)    \
  X(Cypher)                \
  X(Turtle)                \
  X(NTriples)              \
  X(Cytoscape)             \
  X(NodeLink)              \
  X(Html)

namespace nexus {

#define NEXUS_DECLARE(name) std::unique_ptr<Exporter> Make##name##Exporter();
NEXUS_EXPORTERS(NEXUS_DECLARE)
#undef NEXUS_DECLARE

const std::vector<std::unique_ptr<Exporter>>& Exporters() {
  static const auto* table = [] {
    auto* v = new std::vector<std::unique_ptr<Exporter>>();
#define NEXUS_ADD(name) v->push_back(Make##name##Exporter());
    NEXUS_EXPORTERS(NEXUS_ADD)
#undef NEXUS_ADD
    return v;
  }();
  return *table;
}

const Exporter* FindExporter(std::string_view name) {
  for (const auto& e : Exporters())
    if (name == e->Name()) return e.get();
  return nullptr;
}

}  // namespace nexus
