// The graphviz (libcgraph) graph of a KnowledgeGraph, shared by the DOT and
// SVG exporters: nodes styled by type, edges labelled by relation, and a
// legend cluster.
#ifndef NEXUS_EXPORTERS_DOT_GRAPH_H_
#define NEXUS_EXPORTERS_DOT_GRAPH_H_

#include <graphviz/cgraph.h>

#include <memory>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// Builds the cgraph graph "nexus": one node per entity, named by DotId(id),
// in Entities() order; one edge per link in Links() order; a subgraph
// "cluster_legend" holding one node "legend:<type>" per entity type. Every
// label and tooltip goes through DotEscape. All attributes are declared
// with explicit defaults, so the output does not depend on what other
// graphviz code (gvContext) did to the global defaults before.
// On success *out owns the graph; on failure it is left empty.
Status BuildDotGraph(const KnowledgeGraph& graph, AgraphPtr* out);

// Appends the graph written as DOT by agwrite to *out.
Status WriteDotText(Agraph_t* g, std::string* out);

// While alive, graphviz messages (errors and warnings, normally printed on
// standard error) are collected instead; message() returns them. Not
// thread safe: graphviz keeps its error handler in a global.
class GraphvizMessages {
 public:
  GraphvizMessages();
  ~GraphvizMessages();
  GraphvizMessages(const GraphvizMessages&) = delete;
  GraphvizMessages& operator=(const GraphvizMessages&) = delete;

  // The collected text, white space trimmed; "" when graphviz said nothing.
  std::string message() const;

 private:
  std::string text_;
  std::string* previous_sink_;
  agusererrf previous_;
};

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_DOT_GRAPH_H_
