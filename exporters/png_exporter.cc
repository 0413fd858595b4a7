// PNG exporter: the drawing of render.h as a PNG image (cairo, 96 dpi).
#include "exporters/exporter.h"
#include "exporters/render.h"

namespace nexus {
namespace {

class PngExporter : public Exporter {
 public:
  const char* Name() const override { return "png"; }
  const char* FileExtension() const override { return "png"; }
  const char* Description() const override {
    return "PNG image of the drawing (libgvc, cairo; --layout), with a legend";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    return Write(graph, ExportOptions(), out);
  }
  Status Write(const KnowledgeGraph& graph, const ExportOptions& options,
               std::ostream& out) const override {
    std::string data;
    Status status = RenderDrawing(graph, options, "png", "png:cairo", &data);
    return status.ok() ? WriteBytes(data, "png", out) : status;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakePngExporter() { return std::make_unique<PngExporter>(); }

}  // namespace nexus
