#include "exporters/render.h"

#include <graphviz/gvc.h>

#include <exception>

#include "exporters/dot_graph.h"
#include "exporters/text_util.h"

namespace nexus {
namespace {

// Frees a layout made by gvLayout before the graph itself is closed.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* gvc, Agraph_t* g) : gvc_(gvc), g_(g) {}
  ~LayoutGuard() { gvFreeLayout(gvc_, g_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* g_;
};

std::string Detail(const GraphvizMessages& messages) {
  const std::string text = messages.message();
  return text.empty() ? "" : " (" + text + ")";
}

// cairo writes the time of the run as the PDF's /CreationDate
// (D:YYYYMMDDHHmmSS...): its 14 digits become 19700101000000, so that the
// bytes, and every offset in the cross-reference table, stay the same.
void FixPdfDate(std::string* pdf) {
  static const std::string kKey = "/CreationDate (D:";
  const std::size_t at = pdf->find(kKey);
  if (at == std::string::npos) return;
  static const char kEpoch[] = "19700101000000";
  std::size_t pos = at + kKey.size();
  for (int i = 0; i < 14 && pos < pdf->size() && (*pdf)[pos] >= '0' && (*pdf)[pos] <= '9';
       ++i, ++pos)
    (*pdf)[pos] = kEpoch[i];
}

Status Render(GVC_t* gvc, Agraph_t* g, const std::string& layout, const char* format,
              std::string* out) {
  GraphvizMessages messages;
  if (gvLayout(gvc, g, layout.c_str()) != 0)
    return Status::Error(std::string("graphviz has no usable \"") + layout +
                         "\" layout plugin" + Detail(messages) +
                         "; is graphviz installed and its plugin configuration made (dot -c)?");
  LayoutGuard guard(gvc, g);
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g, format, &data, &length) != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    return Status::Error(std::string("graphviz has no usable \"") + format +
                         "\" renderer" + Detail(messages));
  }
  out->assign(data, length);
  gvFreeRenderData(data);
  if (std::string_view(format).substr(0, 3) == "pdf") FixPdfDate(out);
  return Status::Ok();
}

}  // namespace

bool IsLayoutEngine(std::string_view name) {
  for (const char* engine : kLayoutEngines)
    if (name == engine) return true;
  return false;
}

Status RenderDrawing(const KnowledgeGraph& graph, const ExportOptions& options, const char* format,
                     std::string* out) {
  if (!IsLayoutEngine(options.layout))
    return Status::Error("unknown layout \"" + ValidUtf8(options.layout) +
                         "\"");
  try {
    // One context for the process, made first (gvContext() changes cgraph's
    // global defaults) and never freed: graphviz's pango plugin keeps a
    // pointer to the last font name it measured, a string the context owns,
    // and reads it at the next layout (a use after free once the context
    // that owned it is gone; seen by AddressSanitizer).
    static GVC_t* const context = gvContext();
    GVC_t* gvc = context;
    if (!gvc) return Status::Error("cannot create a graphviz context");
    DotStyle style;
    style.drawing = true;
    style.layout = options.layout;
    style.activities = options.activity_nodes;
    style.metrics = options.metrics;
    AgraphPtr g;
    Status status = BuildDotGraph(graph, style, &g);
    if (!status.ok()) return status;
    return Render(gvc, g.get(), options.layout, format, out);
  } catch (const std::exception& e) {
    return Status::Error(e.what());
  }
}

}  // namespace nexus
