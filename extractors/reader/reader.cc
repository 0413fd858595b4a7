// Reader: lines -> blocks -> sections, paragraphs, table rows and sentences.
// See lines.cc (what a line is), markup.cc (cleaning),
// sections.cc (heading tree), table.cc (annex tables) and
// sentence_splitter.cc.
#include "extractors/reader/reader.h"

#include <cctype>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <limits>
#include <utility>

#include "extractors/reader/markup.h"
#include "extractors/reader/metadata.h"
#include "extractors/reader/sentence_splitter.h"
#include "extractors/reader/lines.h"
#include "extractors/reader/sections.h"
#include "extractors/reader/table.h"
#include "extractors/reader/tokenizer.h"

namespace nexus {
namespace {

using reader_internal::Line;
using reader_internal::LineKind;

int ToNumber(const std::string& digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

// Labels of numbered paragraphs and of their lettered and roman sub-items.
class Labels {
 public:
  int number() const { return number_; }
  std::string Numbered(const std::string& marker) {
    number_ = ToNumber(marker);
    number_text_ = marker;
    letter_.clear();
    roman_.clear();
    return marker;
  }
  std::string Item(const std::string& m) {
    std::string letter = letter_.empty() ? "" : "(" + letter_ + ")";
    if (m[0] >= '0' && m[0] <= '9') {
      return number_text_ + letter + (roman_.empty() ? "" : "(" + roman_ + ")") + "(" + m + ")";
    }
    if (IsRomanItem(m)) {
      roman_ = m;
      return number_text_ + letter + "(" + m + ")";
    }
    letter_ = m;
    roman_.clear();
    return number_text_ + "(" + m + ")";
  }

 private:
  // "(iv)" is roman, but "(i)" after "(h)" and "(v)" after "(u)" are letters.
  bool IsRomanItem(const std::string& m) const {
    for (char c : m) {
      char l = static_cast<char>(c | 0x20);
      if (l != 'i' && l != 'v' && l != 'x') return false;
    }
    if (reader_internal::RomanValue(m) == 0) return false;
    return !(m.size() == 1 && letter_.size() == 1 && m[0] == letter_[0] + 1);
  }

  int number_ = 0;
  std::string number_text_;
  std::string letter_;
  std::string roman_;
};

// Whether the text has at least `n` words; stops counting there.
bool HasWords(const std::string& text, std::size_t n) {
  std::size_t words = 1;
  for (std::size_t at = text.find(' '); at != std::string::npos && words < n;
       at = text.find(' ', at + 1)) {
    ++words;
  }
  return words >= n;
}

class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document* doc)
      : doc_(doc), lines_(reader_internal::ClassifyLines(doc->raw)) {}

  void Run() {
    for (std::size_t i = 0; i < lines_.size();) {
      const Line& l = lines_[i];
      if (l.kind == LineKind::kHeading) {
        Heading(l);
      } else if (l.kind == LineKind::kTableRow) {
        table_.AddRow(l, sections_.current(), sections_.InAnnex(*doc_), doc_);
        open_ = -1;
      } else if (l.kind != LineKind::kBlank && l.kind != LineKind::kRule) {
        std::size_t j = BlockEnd(i);
        TextBlock(i, j);
        i = j;
        continue;
      }
      ++i;
    }
    Finish();
  }

 private:
  // A block runs over following text lines, and over "2014. ..." lines that
  // are not the next paragraph number. In unnumbered text (front matter), a
  // Markdown line break ends it too.
  std::size_t BlockEnd(std::size_t i) const {
    const Line& first = lines_[i];
    int expected = (first.kind == LineKind::kNumbered ? ToNumber(first.marker) : labels_.number()) + 1;
    std::size_t j = i + 1;
    while (j < lines_.size() && !(first.kind == LineKind::kText && lines_[j - 1].hard_break) &&
           (lines_[j].kind == LineKind::kText ||
            (lines_[j].kind == LineKind::kNumbered && ToNumber(lines_[j].marker) != expected))) {
      ++j;
    }
    return j;
  }

  bool IsItalicLine(const Line& l) const {
    return reader_internal::IsEmphasisLine(doc_->raw, l.text, l.end) &&
           doc_->raw[l.text + 1] != doc_->raw[l.text];
  }

  void Heading(const Line& l) {
    table_.Interrupt();
    open_ = -1;
    MappedText title = reader_internal::CleanRange(doc_->raw, l.text, l.end);
    sections_.Add(doc_, title.text, l.level, Span{FirstByte(l), l.end}, IsItalicLine(l));
  }

  std::size_t FirstByte(const Line& l) const {
    std::size_t b = l.begin;
    while (b < l.end && (doc_->raw[b] == ' ' || doc_->raw[b] == '\t' || doc_->raw[b] == '\f')) ++b;
    return b;
  }

  void TextBlock(std::size_t i, std::size_t j) {
    const Line& l = lines_[i];
    table_.Interrupt();
    if (l.kind == LineKind::kText && j == i + 1 &&
        reader_internal::IsEmphasisLine(doc_->raw, l.text, l.end)) {
      open_ = -1;
      MappedText title = reader_internal::CleanRange(doc_->raw, l.text, l.end);
      sections_.Add(doc_, title.text, 0, Span{FirstByte(l), l.end}, true);
      return;
    }
    bool stray_number = l.kind == LineKind::kNumbered && ToNumber(l.marker) != labels_.number() + 1;
    if (open_ >= 0 && (l.kind == LineKind::kText || stray_number) && Continues(FirstByte(l))) {
      Join(FirstByte(l), lines_[j - 1].end);
      return;
    }
    switch (l.kind) {
      case LineKind::kNumbered:
        Add(BlockKind::kParagraph, labels_.Numbered(l.marker), i, j);
        break;
      case LineKind::kListItem:
        Add(BlockKind::kListItem, labels_.Item(l.marker), i, j);
        break;
      case LineKind::kBullet:
        Add(BlockKind::kListItem, "", i, j);
        break;
      case LineKind::kFootnote:
        Add(BlockKind::kFootnote, "fn " + l.marker, i, j);
        break;
      default:
        Add(BlockKind::kParagraph, "", i, j);
    }
  }

  void Add(BlockKind kind, std::string label, std::size_t i, std::size_t j) {
    MappedText text = reader_internal::CleanRange(doc_->raw, lines_[i].text, lines_[j - 1].end);
    if (text.text.empty()) return;
    Paragraph p;
    p.kind = kind;
    p.label = std::move(label);
    p.section = sections_.current();
    p.span = Span{FirstByte(lines_[i]), lines_[j - 1].end};
    std::size_t index = doc_->paragraphs.size();
    if (kind != BlockKind::kFootnote) {
      // A paragraph cut by a page break continues in the next text block,
      // even past footnotes and rules.
      bool long_enough = !p.label.empty() || kind == BlockKind::kListItem || HasWords(text.text, 8);
      bool cut = long_enough && !reader_internal::EndsSentence(text.text);
      open_ = cut ? static_cast<int>(index) : -1;
    }
    doc_->paragraphs.push_back(std::move(p));
    texts_.resize(index + 1);
    texts_[index] = std::move(text);
  }

  // Whether a block starting at raw offset `begin` continues the open
  // paragraph: it starts in lower case, or the open text stops on a word that
  // cannot end a sentence ("and", "the", a comma), or the open paragraph is
  // numbered. An unnumbered line without a full stop followed by a capital
  // (a press-release headline) stands alone.
  bool Continues(std::size_t begin) const {
    const std::string& raw = doc_->raw;
    std::size_t b = begin;
    while (b < raw.size() && (raw[b] == '*' || raw[b] == '_' || raw[b] == '<' || raw[b] == '"')) {
      if (raw[b] == '<') b = std::min(raw.find('>', b), raw.size() - 1);
      ++b;
    }
    if (b < raw.size() && std::islower(static_cast<unsigned char>(raw[b]))) return true;
    const Paragraph& p = doc_->paragraphs[static_cast<std::size_t>(open_)];
    if (!p.label.empty() || p.kind == BlockKind::kListItem) return true;
    const std::string& text = texts_[static_cast<std::size_t>(open_)].text;
    if (!text.empty() && (text.back() == ',' || text.back() == '-')) return true;
    std::size_t space = text.find_last_of(' ');
    std::string last = text.substr(space == std::string::npos ? 0 : space + 1);
    for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char* const kOpenWords[] = {"and", "or", "of", "the", "a", "an", "to", "in", "for",
                                             "by", "with", "on", "at", "from", "that", "which",
                                             "its", "their", "as", "than", "between", "into"};
    for (const char* w : kOpenWords)
      if (last == w) return true;
    return false;
  }

  void Join(std::size_t begin, std::size_t end) {
    MappedText more = reader_internal::CleanRange(doc_->raw, begin, end);
    if (more.text.empty()) return;
    MappedText& text = texts_[static_cast<std::size_t>(open_)];
    reader_internal::AppendMapped(more, &text);
    Paragraph& p = doc_->paragraphs[static_cast<std::size_t>(open_)];
    p.span.end = std::max(p.span.end, end);
    if (reader_internal::EndsSentence(text.text)) open_ = -1;
  }

  void AddSentences(const MappedText& text, int cell, Paragraph* p) {
    reader_internal::SplitSentences(text.text, &ranges_);
    p->sentences.reserve(p->sentences.size() + ranges_.size());
    for (const auto& [b, e] : ranges_) {
      Sentence& s = p->sentences.emplace_back();
      static_cast<MappedText&>(s) = reader_internal::SliceMapped(text, b, e);
      s.span = s.RawSpan(0, s.text.size());
      s.cell = cell;
      Tokenize(s.text, &s.tokens);
    }
  }

  void Finish() {
    texts_.resize(doc_->paragraphs.size());
    for (std::size_t k = 0; k < doc_->paragraphs.size(); ++k) {
      Paragraph& p = doc_->paragraphs[k];
      if (p.kind != BlockKind::kTableRow) {
        AddSentences(texts_[k], -1, &p);
        continue;
      }
      for (std::size_t c = 0; c < p.cells.size(); ++c) {
        if (reader_internal::IsSkippedColumn(p.cells[c].column, c)) continue;
        AddSentences(p.cells[c], static_cast<int>(c), &p);
      }
    }
  }

  Document* doc_;
  std::vector<Line> lines_;
  reader_internal::SectionTree sections_;
  reader_internal::TableReader table_;
  Labels labels_;
  std::vector<MappedText> texts_;  // cleaned text of each paragraph (none for table rows)
  std::vector<std::pair<std::size_t, std::size_t>> ranges_;  // sentences of one text
  int open_ = -1;                  // a paragraph cut by a page break, or -1
};

}  // namespace

Status ParseDocument(std::string name, std::string raw, Document* doc) {
  *doc = Document();
  doc->name = std::move(name);
  doc->raw = std::move(raw);
  if (doc->raw.size() >= std::numeric_limits<std::uint32_t>::max()) {
    return Status::Error(doc->name + ":1:1: document over 4 GiB");
  }
  std::size_t nul = doc->raw.find('\0');
  if (nul != std::string::npos) {
    int line = 0;
    int column = 0;
    doc->LineColumn(nul, &line, &column);
    return Status::Error(doc->name + ":" + std::to_string(line) + ":" + std::to_string(column) +
                         ": binary data (NUL byte)");
  }
  try {
    DocumentBuilder(doc).Run();
    ReadMetadata(doc);
  } catch (const std::exception& e) {
    return Status::Error(doc->name + ": " + e.what());
  }
  return Status::Ok();
}

}  // namespace nexus
