// DOT exporter: the graph of dot_graph.h written by libcgraph's agwrite,
// which quotes ids and DOT keywords ("node", "graph", "strict", ...) and
// escapes double quotes; DotEscape has already doubled backslashes and
// turned newlines into "\n" (see text_util.h).
#include <exception>

#include "exporters/dot_graph.h"
#include "exporters/exporter.h"

namespace nexus {
namespace {

class DotExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    AgraphPtr g;
    DotStyle style;
    style.activities = options.activity_nodes;
    style.metrics = options.metrics;
    Status status = BuildDotGraph(graph, style, &g);
    if (!status.ok()) return status;
    status = WriteDot(g.get(), out);
    if (!status.ok()) return status;
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeDotExporter() { return std::make_unique<DotExporter>(); }

}  // namespace nexus
