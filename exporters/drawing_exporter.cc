// The drawings: the graph of dot_graph.h laid out and rendered by libgvc
// (render.h), one exporter per output: SVG with tooltips (an entity's id and
// aliases, an edge's relation and first sentence), PNG (cairo, 96 dpi) and a
// one-page PDF (cairo, text kept as text).
#include <cctype>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/render.h"

namespace nexus {
namespace {

bool XmlChar(unsigned long c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Graphviz writes "&...;" found in a text as it stands, taking it for a
// reference, and decodes such references in labels: a label or id holding
// "&#0;", "&#x1;" or "&nbsp;" would make the SVG ill-formed. A character
// reference XML cannot hold becomes U+FFFD, a named one other than XML's
// five is written as text, and a raw control character becomes a space.
std::string XmlSafe(const std::string& svg) {
  std::string out;
  out.reserve(svg.size());
  for (std::size_t i = 0; i < svg.size(); ++i) {
    auto byte = static_cast<unsigned char>(svg[i]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') {
      out += ' ';
      continue;
    }
    if (svg.compare(i, 2, "\xEF\xBF") == 0 && i + 2 < svg.size() &&
        (static_cast<unsigned char>(svg[i + 2]) & 0xFE) == 0xBE) {  // U+FFFE, U+FFFF
      out += "\xEF\xBF\xBD";
      i += 2;
      continue;
    }
    std::size_t end = svg[i] == '&' ? svg.find(';', i) : std::string::npos;
    if (end == std::string::npos || end - i > 32) {
      out += svg[i];
      continue;
    }
    std::string_view ref(svg.data() + i + 1, end - i - 1);
    bool ok = false;
    if (ref.size() > 1 && ref[0] == '#') {
      bool hex = ref[1] == 'x' || ref[1] == 'X';
      std::string_view digits = ref.substr(hex ? 2 : 1);
      unsigned long c = 0;
      ok = !digits.empty() && digits.size() <= 8;
      for (char d : digits) {
        ok = ok && (hex ? std::isxdigit(static_cast<unsigned char>(d)) : std::isdigit(static_cast<unsigned char>(d)));
        if (ok) c = c * (hex ? 16 : 10) + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(d)) ? d - '0' : (d | 0x20) - 'a' + 10);
      }
      if (ok && !XmlChar(c)) {
        out += "&#xFFFD;";
        i = end;
        continue;
      }
    } else {
      ok = ref == "amp" || ref == "lt" || ref == "gt" || ref == "quot" || ref == "apos";
    }
    out += ok ? "&" : "&amp;";
  }
  return out;
}

class DrawingExporter : public Exporter {
 public:
  // `device`: libgvc's output format; `xml`: the output is SVG, made safe.
  DrawingExporter(const char* device, bool xml) : device_(device), xml_(xml) {}

 protected:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    std::string data;
    if (Status s = RenderDrawing(graph, options, device_, &data); !s.ok()) return s;
    if (xml_) data = XmlSafe(data);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    return Status::Ok();
  }

 private:
  const char* device_;
  bool xml_;
};

}  // namespace

std::unique_ptr<Exporter> MakeSvgExporter() { return std::make_unique<DrawingExporter>("svg", true); }
std::unique_ptr<Exporter> MakePngExporter() { return std::make_unique<DrawingExporter>("png:cairo", false); }
std::unique_ptr<Exporter> MakePdfExporter() { return std::make_unique<DrawingExporter>("pdf:cairo", false); }

}  // namespace nexus
