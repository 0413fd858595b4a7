// Input formats: the kinds of file a document may come in (plain text and
// Markdown, PDF, HTML, DOCX), each turned into the text the reader parses.
// Adding a format is one converter plus one row of InputFormats().
#ifndef NEXUS_EXTRACTORS_READER_CONVERTED_TEXT_H_
#define NEXUS_EXTRACTORS_READER_CONVERTED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace nexus {

// A document's text as the reader takes it (the Markdown-like text of
// extractors/reader/reader.h): for a PDF, HTML or DOCX file, what its
// converter made of it; evidence offsets are offsets into this text.
struct ConvertedText {
  std::string text;
  // Where each page starts in `text` (PDF only; empty otherwise): page k
  // (1-based) is [pages[k-1], pages[k]).
  std::vector<std::uint32_t> pages;
  // The SHA-256 of the file's bytes as read, in hex (the document's identity:
  // the same report under another path is the same document), or "".
  std::string sha256;
};

// A converter: the file's bytes into text. Errors start with `name`, then
// the page or line:column where there is one.
using ConvertFn = Status (*)(const std::string& name, std::string_view bytes, ConvertedText* out);

struct InputFormat {
  const char* name;                     // "pdf"
  std::vector<std::string> extensions;  // lower case, with the dot: ".pdf"
  const char* description;
  ConvertFn convert;                    // nullptr: text, decoded by the caller
  bool in_folders = true;               // read from a folder, or only when named
};

// Every format, text first.
const std::vector<InputFormat>& InputFormats();
// The format of a file by its extension (case folded), or nullptr.
const InputFormat* FormatOfPath(std::string_view path);
// The same for a file met in a folder: only formats read from folders.
const InputFormat* FolderFormatOfPath(std::string_view path);

// The converters (extractors/reader/*_text.cc).
Status PdfToText(const std::string& name, std::string_view bytes, ConvertedText* out);
Status HtmlToText(const std::string& name, std::string_view bytes, ConvertedText* out);
Status DocxToText(const std::string& name, std::string_view bytes, ConvertedText* out);
Status SanctionsListToText(const std::string& name, std::string_view bytes, ConvertedText* out);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_CONVERTED_TEXT_H_
