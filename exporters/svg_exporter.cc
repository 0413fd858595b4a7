// SVG exporter: the drawing of render.h, with tooltips (an entity's id and
// aliases, an edge's relation and first sentence).
#include "exporters/exporter.h"
#include "exporters/render.h"

namespace nexus {
namespace {

class SvgExporter : public Exporter {
 public:
  const char* Name() const override { return "svg"; }
  const char* FileExtension() const override { return "svg"; }
  const char* Description() const override {
    return "SVG drawing (libgvc; --layout), with a legend and tooltips";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    return Write(graph, ExportOptions(), out);
  }
  Status Write(const KnowledgeGraph& graph, const ExportOptions& options,
               std::ostream& out) const override {
    std::string svg;
    Status status = RenderDrawing(graph, options, "svg", "svg", &svg);
    return status.ok() ? WriteBytes(svg, "svg", out) : status;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeSvgExporter() { return std::make_unique<SvgExporter>(); }

}  // namespace nexus
