// SVG exporter: the graph of dot_graph.h laid out by graphviz's "dot" engine
// and rendered by libgvc. The plugins come from graphviz's configuration
// (on Debian /usr/lib/<arch>/graphviz/config6a, made by `dot -c`).
#include <graphviz/gvc.h>

#include <exception>

#include "exporters/dot_graph.h"
#include "exporters/exporter.h"

namespace nexus {
namespace {

struct ContextCloser {
  void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;

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

// Lays `g` out and renders it as SVG into *svg.
Status Render(GVC_t* gvc, Agraph_t* g, std::string* svg) {
  GraphvizMessages messages;
  if (gvLayout(gvc, g, "dot") != 0)
    return Status::Error("svg: graphviz has no usable \"dot\" layout plugin" + Detail(messages) +
                         "; is graphviz installed and its plugin configuration made (dot -c)?");
  LayoutGuard layout(gvc, g);
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g, "svg", &data, &length) != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    return Status::Error("svg: graphviz has no usable \"svg\" renderer" + Detail(messages));
  }
  svg->assign(data, length);
  gvFreeRenderData(data);
  return Status::Ok();
}

class SvgExporter : public Exporter {
 public:
  const char* Name() const override { return "svg"; }
  const char* FileExtension() const override { return "svg"; }
  const char* Description() const override {
    return "SVG drawing laid out by graphviz dot, with tooltips";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    try {
      // The context first: gvContext() changes cgraph's global defaults.
      ContextPtr gvc(gvContext());
      if (!gvc) return Status::Error("svg: cannot create a graphviz context");
      AgraphPtr g;
      Status status = BuildDotGraph(graph, &g);
      if (!status.ok()) return Status::Error("svg: " + status.message());
      std::string svg;
      status = Render(gvc.get(), g.get(), &svg);
      if (!status.ok()) return status;
      out.write(svg.data(), static_cast<std::streamsize>(svg.size()));
      if (!out) return Status::Error("svg: write failed");
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::Error(std::string("svg: ") + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeSvgExporter() { return std::make_unique<SvgExporter>(); }

}  // namespace nexus
