// Internal pieces of the reader (extractors/reader*.cc), shared between its
// files and its tests. Not a public API: use extractors/reader.h.
#ifndef NEXUS_EXTRACTORS_READER_INTERNAL_H_
#define NEXUS_EXTRACTORS_READER_INTERNAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/document.h"

namespace nexus::reader_internal {

// ---- Inline markup (reader_markup.cc) ----

// Cleans raw[begin, end): strips HTML tags, footnote markers (<sup>3</sup>),
// Markdown emphasis, links and backslash escapes, decodes entities and folds
// white space runs to one space (none at either end). Every byte of the
// result maps to the raw byte it came from, in strictly increasing order;
// the end maps one past the last byte (or to `begin` when empty).
MappedText CleanRange(std::string_view raw, std::size_t begin, std::size_t end);

// Appends `tail` to `head` with one space between (mapped to the raw byte
// after head's last byte). The result ends where `tail` does.
void AppendMapped(const MappedText& tail, MappedText* head);

// text[b, e) of `m` as a MappedText of its own, with the same offsets.
MappedText SliceMapped(const MappedText& m, std::size_t b, std::size_t e);

// True when the text ends a sentence: . ? ! : ; or an ellipsis, possibly
// followed by closing quotes or brackets.
bool EndsSentence(std::string_view text);

// ---- Sentences (sentence_splitter.cc) ----

// SplitSentences into *out (cleared first), so that one buffer serves a
// whole document.
void SplitSentences(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>* out);

// ---- Lines (reader_lines.cc) ----

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

// ---- Sections (reader_sections.cc) ----

// Places headings in a tree from their numbering ("II." > "B." > "6."),
// falling back on the number of '#' for unnumbered ones.
class SectionTree {
 public:
  // Adds a heading to doc->sections and returns its index. `minor` is an
  // emphasized line standing alone: a sub-section of the current one.
  int Add(Document* doc, std::string title, int level, Span span, bool minor);
  int current() const { return current_; }
  // True when the current section is (inside) an annex or appendix.
  bool InAnnex(const Document& doc) const;

 private:
  struct Entry {
    int index = -1;
    int rank = -1;  // numbering rank, -1 when unnumbered
    int level = 0;
    bool minor = false;
    unsigned child_ranks = 0;  // bit r: has a child of rank r
  };
  int Rank(std::string_view title);
  void PopFor(int rank, int level, bool minor);

  std::vector<Entry> stack_;
  char last_letter_ = 0;
  int current_ = -1;
};

// ---- Tables (reader_table.cc) ----

// Turns table lines into kTableRow paragraphs: remembers the header, skips
// its repetitions after page breaks and appends continuation rows (leading
// cells empty) to the row they continue.
class TableReader {
 public:
  void AddRow(const Line& line, int section, bool in_annex, Document* doc);
  // A block other than a table row came between: the next row may start
  // a new table.
  void Interrupt() { active_ = false; }

 private:
  bool IsHeaderRepeat(const std::vector<MappedText>& cells) const;
  void Continue(const std::vector<MappedText>& cells, std::size_t line_end, Document* doc);

  std::vector<std::string> header_;
  std::vector<RawRange> ranges_;    // the current row's cells, raw
  std::vector<MappedText> cells_;   // and cleaned
  bool active_ = false;
  int last_row_ = -1;
};

// True for columns whose text is not prose (numbers, status).
bool IsSkippedColumn(const std::string& column, std::size_t index);

}  // namespace nexus::reader_internal

#endif  // NEXUS_EXTRACTORS_READER_INTERNAL_H_
