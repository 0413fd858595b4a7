// PDF exporter: the drawing of render.h as a one-page PDF (cairo), text kept
// as text; its creation date fixed so that the bytes are deterministic.
#include "exporters/exporter.h"
#include "exporters/render.h"

namespace nexus {
namespace {

class PdfExporter : public Exporter {
 public:
  const char* Name() const override { return "pdf"; }
  const char* FileExtension() const override { return "pdf"; }
  const char* Description() const override {
    return "PDF of the drawing (libgvc, cairo; --layout), with a legend";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    return Write(graph, ExportOptions(), out);
  }
  Status Write(const KnowledgeGraph& graph, const ExportOptions& options,
               std::ostream& out) const override {
    std::string data;
    Status status = RenderDrawing(graph, options, "pdf", "pdf:cairo", &data);
    return status.ok() ? WriteBytes(data, "pdf", out) : status;
  }
};

}  // namespace

std::unique_ptr<Exporter> MakePdfExporter() { return std::make_unique<PdfExporter>(); }

}  // namespace nexus
