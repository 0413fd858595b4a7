// Input: finds the documents behind the paths given on the command line and
// reads their bytes, decoding what can be decoded to UTF-8.
#ifndef NEXUS_APP_INPUT_H_
#define NEXUS_APP_INPUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/reader/converted_text.h"
#include "graph/status.h"

namespace nexus {

struct InputOptions {
  std::uint64_t max_bytes = 256ull << 20;  // larger documents are refused unread
  // Globs (fnmatch, '*' spanning '/') for the files a folder gives, matched
  // against the file's path below the folder and against its name: with
  // `include`, only files that match one are read; files that match one of
  // `exclude` are not. Files named on the command line are always read.
  std::vector<std::string> include, exclude;
};

// Expands paths: a file stays itself; a folder gives every document below
// it (*.txt, *.md, *.pdf, *.html, *.htm, *.docx: extractors/reader/converted_text.h) (recursively, sorted, symlink loops detected); "-" is standard
// input. Problems (missing path, unreadable folder, a FIFO or device named
// *.txt in a folder) are appended to `errors` as "path: message" and the
// rest is still returned.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths,
                                      std::vector<std::string>* errors);
// The same, the files of folders filtered by options.include and .exclude.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, const InputOptions& options,
                                      std::vector<std::string>* errors);

// Reads one document into UTF-8 text: blanks a UTF-8 BOM (three spaces),
// keeps CRLF and turns a lone CR into LF, so that byte offsets in the text
// are those of the file; decodes UTF-16 with a BOM (offsets are then those
// of the UTF-8 decoding). Refuses (with a message naming
// the file, and line:column where there is one) empty or blank input, binary
// data (NUL bytes), invalid UTF-8, and files over options.max_bytes.
// A PDF, HTML or DOCX file (by its extension) goes through its converter
// instead: `out` gets the text made of it and, for a PDF, where its pages
// start; the limit then applies to the file and to the text made of it.
Status ReadInput(const std::string& path, const InputOptions& options, ConvertedText* out);
// A file's name as the graph keeps it: the path as given when it is valid
// UTF-8; else each byte that is not part of valid UTF-8 written as "\xHH"
// (lower-case hex), so that the name is text and the same path always gives
// the same name (--update recognises it).
std::string DocumentName(const std::string& path);
// The SHA-256 of `bytes` in lower-case hex (OpenSSL's libcrypto).
std::string Sha256Hex(std::string_view bytes);
// The text only.
Status ReadInput(const std::string& path, const InputOptions& options, std::string* text);

}  // namespace nexus

#endif  // NEXUS_APP_INPUT_H_
