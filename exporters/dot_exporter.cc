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
  const char* Name() const override { return "dot"; }
  const char* FileExtension() const override { return "dot"; }
  const char* Description() const override {
    return "Graphviz DOT, nodes coloured by type, with a legend";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    try {
      AgraphPtr g;
      Status status = BuildDotGraph(graph, &g);
      if (!status.ok()) return Status::Error("dot: " + status.message());
      status = WriteDot(g.get(), out);
      if (!status.ok()) return Status::Error("dot: " + status.message());
      if (!out) return Status::Error("dot: write failed");
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::Error(std::string("dot: ") + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeDotExporter() { return std::make_unique<DotExporter>(); }

}  // namespace nexus
