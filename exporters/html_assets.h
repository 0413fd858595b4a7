// The HTML explorer's assets, embedded in the binary at build time by
// scripts/embed_html.cmake: the page template, style and script under
// exporters/html/, and the graph library from node_modules (pinned by
// package-lock.json).
#ifndef NEXUS_EXPORTERS_HTML_ASSETS_H_
#define NEXUS_EXPORTERS_HTML_ASSETS_H_

#include <string_view>

namespace nexus {

struct HtmlAsset {
  std::string_view name;    // file name: "template.html", "cytoscape.min.js"
  std::string_view data;    // the file's bytes
  std::string_view sha256;  // of `data`, 64 lower-case hex digits
};

// The asset with that file name, or nullptr.
const HtmlAsset* FindHtmlAsset(std::string_view name);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_HTML_ASSETS_H_
