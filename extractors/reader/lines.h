// Lines of raw text classified (heading, table row, footnote, numbered paragraph, ...).
// Part of the reader (extractors/reader/), shared between its files and its
// tests. Not a public API: use extractors/reader/reader.h.
#ifndef NEXUS_EXTRACTORS_READER_LINES_H_
#define NEXUS_EXTRACTORS_READER_LINES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nexus::reader_internal {

enum class LineKind {
  kBlank,
  kRule,       // ---, ***, ___, or a pipe-table separator
  kHeading,    // # .. ######
  kTableRow,   // two tabs or more, or a |pipe| row
  kFootnote,   // <sup>3</sup> text, or [^3]: text
  kNumbered,   // 26. text
  kListItem,   // (a) text, (iv) text
  kBullet,     // - text, * text, • text
  kText,
};

struct Line {
  LineKind kind = LineKind::kText;
  std::size_t begin = 0;  // first byte of the line
  std::size_t end = 0;    // end of the line, trailing white space trimmed
  std::size_t text = 0;   // where the content starts, after any marker
  int level = 0;          // heading level
  bool pipe = false;      // table rows: | separated rather than tab separated
  bool hard_break = false;  // ends with two spaces: a Markdown line break
  std::string marker;     // "26", "a", "iv", "3"
};

std::vector<Line> ClassifyLines(std::string_view raw);

// True when raw[begin, end) is entirely *emphasized* or **bold** (one span,
// short): a minor heading when it stands alone.
bool IsEmphasisLine(std::string_view raw, std::size_t begin, std::size_t end);

// Raw ranges of the cells of a table row.
struct RawRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};
// Into *out, cleared first.
void SplitCells(std::string_view raw, const Line& line, std::vector<RawRange>* out);

// Value of a Roman numeral (upper or lower case), 0 when `s` is not one.
int RomanValue(std::string_view s);

}  // namespace nexus::reader_internal

#endif  // NEXUS_EXTRACTORS_READER_LINES_H_
