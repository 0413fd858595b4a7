// Document: one input text, split into sections, paragraphs and sentences,
// with every piece mapped back to byte offsets of the original file.
#ifndef NEXUS_GRAPH_DOCUMENT_H_
#define NEXUS_GRAPH_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "graph/span.h"
#include "graph/token.h"

namespace nexus {

// A stretch of cleaned text whose bytes come from consecutive raw bytes:
// text[at + k] is raw byte `raw + k`, up to where the next run starts.
struct TextRun {
  std::uint32_t at = 0;   // index into the cleaned text
  std::uint32_t raw = 0;  // offset in Document::raw of text[at]
};

// The runs of a text, in order: a small vector that holds one run without
// allocating, as nearly every sentence and table cell is a single run.
class TextRuns {
 public:
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  const TextRun* begin() const { return size_ <= 1 ? &one_ : many_.data(); }
  const TextRun* end() const { return begin() + size_; }
  const TextRun& operator[](std::size_t i) const { return begin()[i]; }
  const TextRun& back() const { return begin()[size_ - 1]; }

  void push_back(TextRun r) {
    if (size_ == 0) {
      one_ = r;
    } else {
      if (size_ == 1) {
        many_.reserve(8);
        many_.assign(1, one_);
      }
      many_.push_back(r);
    }
    ++size_;
  }
  void clear() {
    many_.clear();
    size_ = 0;
  }

 private:
  TextRun one_;                 // the run when there is one
  std::vector<TextRun> many_;   // all of them when there are more
  std::uint32_t size_ = 0;
};

// Text after cleaning (markup stripped, page breaks joined, white space
// folded to single spaces), with the original offset of every byte.
struct MappedText {
  using Run = TextRun;

  std::string text;
  // Where text's bytes come from. Cleaning breaks a run only where it drops
  // or folds bytes, so a text has a few runs rather than an offset per byte.
  // Strictly increasing in `at`, the first at 0. The last run also gives
  // the end: Offset(text.size()) is one past the last byte. Empty text has
  // one run, saying where it stands; a default MappedText has none.
  TextRuns runs;

  // The offset in Document::raw of text[i], or for i == text.size() the end.
  // Requires non-empty runs and i <= text.size().
  std::uint32_t Offset(std::size_t i) const;

  // The raw span of text[b, e). Requires b <= e <= text.size().
  Span RawSpan(std::size_t b, std::size_t e) const;
};

struct Sentence : MappedText {
  Span span;        // raw span of the whole sentence
  int cell = -1;    // for table rows: the column it came from, else -1
  // Its words, made once by the reader (extractors/reader/tokenizer.h: Tokenize) for
  // every extractor to read.
  Tokens tokens;
};

struct Section {
  std::string title;   // cleaned heading text, numbering kept ("6. Kidnapping for ransom")
  int level = 1;       // 1 for "#", 2 for "##", ...
  int parent = -1;     // index of the enclosing section, -1 at top level
  Span span;           // raw span of the heading line
};

enum class BlockKind { kParagraph, kListItem, kFootnote, kTableRow };

struct Cell : MappedText {
  std::string column;  // header text of the column, cleaned
  Span span;
};

struct Paragraph {
  BlockKind kind = BlockKind::kParagraph;
  // How a reader cites it: "26", "90(d)", "fn 3", "annex 12", or "" when the
  // document does not number it.
  std::string label;
  int section = -1;    // index into Document::sections of the heading in force
  Span span;           // raw span from the first to the last byte of it
  std::vector<Sentence> sentences;
  std::vector<Cell> cells;  // table rows only: one per column
};

struct Document {
  std::string name;   // the path as given, or "-" for standard input
  std::string raw;    // the bytes as read
  std::string sha256;  // of the file's bytes, hex, or "" (not read from a file)
  // What its head says of it (extractors/reader/metadata.h), or "".
  std::string symbol;  // UN document symbol: "S/2015/366"
  std::string date;    // ISO 8601: "2015-05-21"
  std::string title;
  std::vector<Section> sections;
  std::vector<Paragraph> paragraphs;
  // For a document made from a PDF: where each page starts in `raw` (page k,
  // 1-based, is [pages[k-1], pages[k])); empty otherwise.
  std::vector<std::uint32_t> pages;

  // The page of a raw offset, 1-based, or 0 when the document has no pages.
  int PageOf(std::size_t offset) const;

  // 1-based line and column (in bytes) of a raw offset, for messages.
  void LineColumn(std::size_t offset, int* line, int* column) const;

  // For a list item, the sentence that introduces its list with a colon
  // ("... the following routes:"): the last sentence of the paragraph right
  // before the list, when it ends with ':'. Null for anything else.
  const Sentence* ListIntro(std::size_t paragraph) const;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_DOCUMENT_H_
