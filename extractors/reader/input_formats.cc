#include <algorithm>
#include <cctype>

#include "extractors/reader/converted_text.h"

namespace nexus {

const std::vector<InputFormat>& InputFormats() {
  static const std::vector<InputFormat> kFormats = {
      {"text", {".txt", ".md"}, "plain text or Markdown, UTF-8 or UTF-16 with a byte order mark",
       nullptr},
      {"pdf", {".pdf"}, "PDF with a text layer (poppler): running heads, page numbers and "
                        "line-end hyphens removed, footnotes kept apart", PdfToText},
      {"html", {".html", ".htm"}, "HTML (gumbo, an HTML5 parser): the main text, headings and "
                                  "paragraphs; navigation, scripts and styles dropped", HtmlToText},
      {"docx", {".docx"}, "Word (libzip, libxml2): paragraphs, headings by style, footnotes, "
                          "tables", DocxToText},
      {"sanctions", {".xml"}, "the Security Council Consolidated Sanctions List (XML): one paragraph "
                              "a listed entity with its narrative; read only when named, not from folders",
       SanctionsListToText, false},
  };
  return kFormats;
}

const InputFormat* FormatOfPath(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  const std::size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return nullptr;
  std::string ext(path.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const InputFormat& f : InputFormats())
    if (std::find(f.extensions.begin(), f.extensions.end(), ext) != f.extensions.end()) return &f;
  return nullptr;
}

const InputFormat* FolderFormatOfPath(std::string_view path) {
  const InputFormat* f = FormatOfPath(path);
  return f && f->in_folders ? f : nullptr;
}

}  // namespace nexus
