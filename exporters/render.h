// Drawings of the graph (SVG, PNG, PDF): the graph of dot_graph.h laid out
// by a graphviz engine and rendered by libgvc. The plugins come from
// graphviz's configuration (on Debian /usr/lib/<arch>/graphviz/config6a,
// made by `dot -c`).
#ifndef NEXUS_EXPORTERS_RENDER_H_
#define NEXUS_EXPORTERS_RENDER_H_

#include <string>
#include <string_view>

#include "exporters/exporter.h"

namespace nexus {

// The layout engines --layout accepts: "dot, neato, sfdp, circo, fdp".
inline constexpr const char* kLayoutEngines[] = {"dot", "neato", "sfdp", "circo", "fdp"};
bool IsLayoutEngine(std::string_view name);

// Lays the graph out with options.layout and renders it with the libgvc
// output format `format` ("svg", "png:cairo", "pdf:cairo"); the bytes go to
// *out. The same graph and options give the same bytes: a PDF's creation
// date is fixed to 1970-01-01.
Status RenderDrawing(const KnowledgeGraph& graph, const ExportOptions& options, const char* format,
                     std::string* out);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_RENDER_H_
