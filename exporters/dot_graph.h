// The graphviz (libcgraph) graph of a KnowledgeGraph, shared by the DOT, SVG,
// PNG and PDF exporters: nodes styled by type, edges coloured by relation,
// and a legend.
#ifndef NEXUS_EXPORTERS_DOT_GRAPH_H_
#define NEXUS_EXPORTERS_DOT_GRAPH_H_

#include <graphviz/cgraph.h>

#include <memory>
#include <ostream>
#include <string>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

struct AgraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphCloser>;

// How the graph is meant to be used.
class GraphMetrics;

struct DotStyle {
  // false: the DOT file, whose labels are the entities' labels exactly and
  // whose every edge is labelled with its relation.
  // true: a drawing (SVG, PNG, PDF): long node labels are wrapped, and edge
  // labels are left out when there are more than kMaxLabelledEdges edges
  // (the edge colour, explained in the legend, still gives the relation).
  bool drawing = false;
  // Graphviz engine the drawing is laid out with (dot, neato, sfdp, circo,
  // fdp); selects spacing and overlap attributes. Unused for the DOT file.
  std::string layout = "dot";
  // Activities as small nodes (points) joined by dotted lines to their
  // actor, crime and places (--activities nodes).
  bool activities = false;
  // --metrics: each node carries its betweenness, pagerank, core and
  // cluster, and is drawn as large as its betweenness (its label fixed in
  // size); nullptr: nodes sized by their label.
  const GraphMetrics* metrics = nullptr;
};

inline constexpr int kMaxLabelledEdges = 60;

// Builds the cgraph graph "nexus": one node per entity, named by DotId(id),
// in Entities() order; one edge per link in Links() order, coloured by
// relation, dashed when hedged, wider with more evidence; the legend is the
// graph's label (an HTML-like table), so that every layout engine places it.
// Every label and tooltip goes through DotEscape. All attributes are
// declared with explicit defaults, so the output does not depend on what
// other graphviz code (gvContext) did to the global defaults before.
// On success *out owns the graph; on failure it is left empty.
Status BuildDotGraph(const KnowledgeGraph& graph, const DotStyle& style, AgraphPtr* out);
inline Status BuildDotGraph(const KnowledgeGraph& graph, AgraphPtr* out) {
  return BuildDotGraph(graph, DotStyle(), out);
}

// `text` broken into lines of about `width` characters at spaces ("\n"
// between lines); a word longer than `width` stays whole.
std::string WrapLabel(const std::string& text, std::size_t width);

// The graph written as DOT by agwrite, to `out` as it is written.
Status WriteDot(Agraph_t* g, std::ostream& out);

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
