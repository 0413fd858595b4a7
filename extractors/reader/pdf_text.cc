// PDF to text, through poppler's C++ API: the words of each page with their
// boxes and fonts, grouped into lines, then by general rules of page layout:
// - running heads and feet (the outermost lines in the top 9% or bottom 10%
//   of a page that recur on other pages once their digits are ignored, or
//   that hold only a document symbol, a job number, a page number "3/24",
//   "(E)", a date code or a bar code) are dropped, and so are contents lines
//   (a dot leader);
// - footnotes (the lines below a rule of underscores, or at the foot of the
//   page in a smaller font, each starting with its number) are written
//   apart, as "<sup>N</sup> text" blocks, which the reader keeps as
//   footnotes; footnote markers in the body (small raised digits) go;
// - a line in bold, short and not ending a sentence, is a heading ("## ");
// - lines are joined into paragraphs, which end at a vertical gap, before a
//   numbered paragraph ("12. ") or lettered item ("(b) "), or at a heading;
// - a word hyphenated at a line's end is joined ("fin-" "ancing" ->
//   "financing") unless the document writes that word with its hyphen
//   elsewhere ("cross-border") or the next part starts with a capital
//   ("Al-" "Qaida");
// - a table (a line of three cells or more, and the lines whose cells stay
//   within its columns) is written as tab-separated rows, the reader's
//   table rows.
// Where each page starts in the text is kept, for the evidence's page.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extractors/reader/converted_text.h"
#include "extractors/reader/converter_text.h"

namespace nexus {
namespace {

struct Box {
  std::string text;
  double x0 = 0, top = 0, x1 = 0, bottom = 0;
  double size = 0;
  bool bold = false;
  bool space_after = false;  // poppler's word break (kerned pieces of a word have it too)
};

struct Line {
  std::vector<Box> boxes;  // left to right
  double top = 0, bottom = 0, x0 = 0;
  double size = 0;         // the largest font size of its boxes
  bool bold = false;       // every box bold
  std::string text;
};

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool IsDigits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Lines of a page's boxes: sorted by their tops, a box joins the line being
// made when it overlaps the line's band vertically by half the height of
// the smaller (a raised footnote marker does; the line below a large
// heading does not); then each line is read left to right.
std::vector<Line> GroupLines(std::vector<Box> boxes) {
  std::stable_sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.top < b.top; });
  std::vector<Line> lines;
  double line_height = 0;  // the smallest box height in the line being made
  for (Box& b : boxes) {
    const double height = std::max(0.1, b.bottom - b.top);
    const bool joins = !lines.empty() &&
                       std::min(b.bottom, lines.back().bottom) - std::max(b.top, lines.back().top) >
                           0.5 * std::min(height, line_height);
    if (!joins) {
      lines.emplace_back();
      lines.back().top = b.top;
      lines.back().bottom = b.bottom;
      lines.back().bold = true;
      line_height = height;
    }
    Line& l = lines.back();
    l.top = std::min(l.top, b.top);
    l.bottom = std::max(l.bottom, b.bottom);
    l.size = std::max(l.size, b.size);
    line_height = std::min(line_height, height);
    l.boxes.push_back(std::move(b));
  }
  for (Line& l : lines) {
    std::stable_sort(l.boxes.begin(), l.boxes.end(), [](const Box& a, const Box& b) { return a.x0 < b.x0; });
    l.x0 = l.boxes.front().x0;
    // The line's bottom is that of its largest type (a raised marker's is higher).
    l.bottom = 0;
    for (const Box& b : l.boxes) {
      l.bold = l.bold && b.bold;
      if (b.size >= l.size) l.bottom = std::max(l.bottom, b.bottom);
    }
  }
  return lines;
}

// The text of a line: a space between boxes that stand apart by more than a
// tenth of the font size (poppler's own space flags also mark kerned pieces
// of one word). Small raised digits (footnote markers) are left out, except
// at the start when `keep_marker`.
std::string LineText(const Line& l, double body_size, bool keep_marker, std::string* marker) {
  std::string out;
  const Box* prev = nullptr;
  const double size = std::max(l.size, body_size);
  for (std::size_t i = 0; i < l.boxes.size(); ++i) {
    const Box& b = l.boxes[i];
    const bool small_digits = IsDigits(b.text) && b.size < 0.8 * size &&
                              (b.bottom < l.bottom - 0.1 * b.size || l.size < 0.8 * body_size);
    if (small_digits) {
      if (i == 0 && keep_marker && marker) *marker = b.text;
      continue;
    }
    const double gap = prev ? b.x0 - prev->x1 : 0;
    const double size = prev ? std::max(b.size, prev->size) : b.size;
    if (prev && ((prev->space_after && gap > 0.05 * size) || gap > 0.6 * size)) out += ' ';
    out += b.text;
    prev = &b;
  }
  return out;
}

// A token that page furniture is made of: a document symbol ("S/2025/71",
// "/Rev.1"), a job number ("25-02529"), a page number ("3/24"), "(E)", a
// date code ("180225"), a bar code ("*2502529*"), a plain number.
bool IsFurnitureToken(const std::string& t) {
  if (t.empty()) return true;
  if (IsDigits(t)) return true;
  if (t == "(E)" || t == "(F)" || t == "(S)") return true;
  if (t.size() > 2 && t.front() == '*' && t.back() == '*') return true;
  bool has_digit = false, has_slash = false, other = false;
  for (unsigned char c : t) {
    if (std::isdigit(c)) has_digit = true;
    else if (c == '/') has_slash = true;
    else if (!(std::isupper(c) || c == '-' || c == '.' || c == 'e' || c == 'v' || c == 'd' || c == 'o' ||
               c == 'r' || c == 'A' || c == 'R' || c == 'C')) other = true;
  }
  return has_digit && !other && (has_slash || t.find('-') != std::string::npos);
}

bool IsFurniture(const std::string& text) {
  std::size_t i = 0;
  bool any = false;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) {
      if (!IsFurnitureToken(text.substr(i, j - i))) return false;
      any = true;
    }
    i = j;
  }
  return any;
}

// The text with every digit as '#': how a running head is told on every page.
std::string Shape(const std::string& text) {
  std::string s = text;
  for (char& c : s)
    if (std::isdigit(static_cast<unsigned char>(c))) c = '#';
  return s;
}

bool EndsSentence(const std::string& s) {
  std::size_t e = s.find_last_not_of(" ");
  if (e == std::string::npos) return false;
  while (e > 0 && (s[e] == ')' || s[e] == '"' || s[e] == '\'' || s[e] == ']')) --e;
  return s[e] == '.' || s[e] == '?' || s[e] == '!' || s[e] == ':' || s[e] == ';';
}

// "12. ", "(b) ", "(iv) ": the start of a numbered paragraph or an item.
bool StartsNumbered(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i > 0 && i <= 3 && i + 1 < s.size() && s[i] == '.' && s[i + 1] == ' ') return true;
  if (s.size() > 3 && s[0] == '(') {
    std::size_t j = 1;
    while (j < s.size() && j <= 5 && std::islower(static_cast<unsigned char>(s[j]))) ++j;
    if (j > 1 && j + 1 < s.size() && s[j] == ')' && s[j + 1] == ' ') return true;
  }
  return false;
}

// A line of a table of contents: a leader of dots (". . . . ." or
// ".....", five dots or more; an ellipsis has three), before a page number
// or before the rest of its entry.
bool IsContentsLine(const std::string& s) {
  int dots = 0;
  for (char c : s) {
    if (c == '.') {
      if (++dots >= 5) return true;
    } else if (c != ' ') {
      dots = 0;
    }
  }
  return false;
}

// "IV. ", "B. ", "3. ": the numbering of a section heading.
bool StartsSectionNumber(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) ||
                          std::string_view("IVXL").find(s[i]) != std::string_view::npos))
    ++i;
  if (i == 0 && !s.empty() && std::isupper(static_cast<unsigned char>(s[0]))) i = 1;
  return i > 0 && i <= 5 && i + 1 < s.size() && s[i] == '.' && s[i + 1] == ' ';
}

int WordCount(const std::string& s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

struct Page {
  std::vector<Line> lines;
  double height = 0;
};

// Where a line's words stand apart by more than a font size: the starts
// and ends of its segments (cells, where the line is a table's).
std::vector<std::pair<double, double>> Segments(const Line& l) {
  std::vector<std::pair<double, double>> out;
  for (const Box& b : l.boxes) {
    if (out.empty() || b.x0 - out.back().second > 1.0 * b.size) out.emplace_back(b.x0, b.x1);
    else out.back().second = std::max(out.back().second, b.x1);
  }
  return out;
}

// A table found in a page's lines [first, last): its columns' left edges
// and, for each line, which cell each box goes in.
struct Table {
  std::size_t first = 0, last = 0;
  std::vector<double> columns;  // left edges, increasing
};

// The column a box starting at x goes in: the last whose edge is left of
// it (with a tolerance of half a font size).
std::size_t ColumnOf(const std::vector<double>& columns, double x, double size) {
  std::size_t c = 0;
  while (c + 1 < columns.size() && columns[c + 1] <= x + 0.5 * size) ++c;
  return c;
}

// True when every segment of the line stays within one column.
bool FitsColumns(const Line& l, const std::vector<double>& columns) {
  if (l.boxes.empty()) return false;
  if (l.boxes.front().x0 < columns.front() - 1.0 * l.size) return false;
  for (const auto& [x0, x1] : Segments(l)) {
    const std::size_t c = ColumnOf(columns, x0, l.size);
    if (c + 1 < columns.size() && x1 > columns[c + 1] + 0.5 * l.size) return false;
  }
  return true;
}

// The columns with the left edges of the line's segments added (an edge
// within half a font size of one there is the same).
std::vector<double> WithEdgesOf(std::vector<double> columns, const Line& l) {
  for (const auto& seg : Segments(l)) {
    bool known = false;
    for (double c : columns) known = known || std::fabs(c - seg.first) < 0.5 * l.size;
    if (!known) columns.push_back(seg.first);
  }
  std::sort(columns.begin(), columns.end());
  return columns;
}

// Tables: a line of three segments or more starts one (its segments give
// the columns); the lines after it whose segments each stay within a column
// belong to it. A line of three segments or more that does not fit adds its
// edges as columns when the table's lines so far still fit them (a header
// whose cells ran together).
std::vector<Table> FindTables(const std::vector<Line>& lines, std::size_t end) {
  std::vector<Table> tables;
  for (std::size_t i = 0; i < end; ++i) {
    if (Segments(lines[i]).size() < 3) continue;
    Table t;
    t.first = i;
    t.columns = WithEdgesOf({}, lines[i]);
    std::size_t j = i + 1;
    while (j < end) {
      if (FitsColumns(lines[j], t.columns)) {
        ++j;
        continue;
      }
      if (Segments(lines[j]).size() < 3) break;
      std::vector<double> wider = WithEdgesOf(t.columns, lines[j]);
      bool fit = FitsColumns(lines[j], wider);
      for (std::size_t k = i; fit && k < j; ++k) fit = FitsColumns(lines[k], wider);
      if (!fit) break;
      t.columns = std::move(wider);
      ++j;
    }
    if (j - i < 2) continue;  // a header alone is not a table
    t.last = j;
    tables.push_back(t);
    i = j - 1;
  }
  return tables;
}

class Converter {
 public:
  Converter(const std::string& name, ConvertedText* out) : name_(name), out_(out) {}

  Status Run(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
      return Status::Error(name_ + ": a PDF over 2 GiB, more than poppler reads");
    // Read in place: the bytes outlive the document.
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc) return Status::Error(name_ + ": not a readable PDF (damaged or cut short?)");
    if (doc->is_locked()) return Status::Error(name_ + ": the PDF is encrypted; Nexus cannot read it");
    const int count = doc->pages();
    if (count <= 0) return Status::Error(name_ + ": the PDF has no page");
    std::vector<Page> pages(static_cast<std::size_t>(count));
    std::size_t words = 0;
    for (int p = 0; p < count; ++p) {
      std::unique_ptr<poppler::page> page(doc->create_page(p));
      if (!page) return Status::Error(name_ + ": page " + std::to_string(p + 1) + ": cannot be read");
      pages[p].height = page->page_rect().height();
      std::vector<Box> boxes;
      for (const poppler::text_box& t : page->text_list(poppler::page::text_list_include_font)) {
        Box b;
        b.text = Utf8(t.text());
        for (char& c : b.text)
          if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
        if (b.text.find_first_not_of(' ') == std::string::npos) continue;
        const poppler::rectf r = t.bbox();
        b.x0 = r.x();
        b.top = r.y();
        b.x1 = r.x() + r.width();
        b.bottom = r.y() + r.height();
        b.size = t.get_font_size();
        b.space_after = t.has_space_after();
        const std::string font = t.get_font_name();
        b.bold = font.find("Bold") != std::string::npos || font.find("bold") != std::string::npos ||
                 font.find("Black") != std::string::npos;
        boxes.push_back(std::move(b));
      }
      words += boxes.size();
      pages[p].lines = GroupLines(std::move(boxes));
    }
    if (words == 0)
      return Status::Error(name_ + ": the PDF has no text layer (a scanned document?); "
                           "Nexus does not run OCR: convert it with an OCR tool first");
    BodySize(pages);
    DropFurniture(&pages);
    CollectHyphenated(pages);
    for (std::size_t p = 0; p < pages.size(); ++p) WritePage(pages[p]);
    Flush();
    // Where each page starts: at its mark (a page with no text starts where
    // the next text does).
    std::string text;
    text.reserve(out_->text.size());
    for (char c : out_->text) {
      if (c == kPageMark[0]) out_->pages.push_back(static_cast<std::uint32_t>(text.size()));
      else text += c;
    }
    out_->text = std::move(text);
    while (out_->pages.size() < pages.size()) out_->pages.push_back(static_cast<std::uint32_t>(out_->text.size()));
    if (out_->text.find_first_not_of(" \n") == std::string::npos)
      return Status::Error(name_ + ": no text in the PDF once its page furniture is removed");
    return Status::Ok();
  }

 private:
  // The font size most of the text is set in, and the usual step between
  // the bottoms of two lines of it.
  void BodySize(const std::vector<Page>& pages) {
    std::map<int, std::size_t> by_size;  // tenths of a point -> characters
    std::map<int, std::size_t> steps;    // tenths of a point -> times
    for (const Page& page : pages) {
      for (std::size_t i = 0; i < page.lines.size(); ++i) {
        for (const Box& b : page.lines[i].boxes) by_size[static_cast<int>(std::lround(b.size * 10))] += b.text.size();
      }
    }
    std::size_t best = 0;
    for (const auto& [size, n] : by_size)
      if (n > best) best = n, body_size_ = size / 10.0;
    for (const Page& page : pages)
      for (std::size_t i = 1; i < page.lines.size(); ++i) {
        const Line& a = page.lines[i - 1];
        const Line& b = page.lines[i];
        if (std::fabs(a.size - body_size_) < 0.3 && std::fabs(b.size - body_size_) < 0.3)
          ++steps[static_cast<int>(std::lround((b.bottom - a.bottom) * 10))];
      }
    best = 0;
    line_step_ = 1.2 * body_size_;
    for (const auto& [step, n] : steps)
      if (n > best && step > 0) best = n, line_step_ = step / 10.0;
  }

  // Running heads and feet, peeled from each end of the page: the outermost
  // line in the top 9% or the bottom 10% goes when it is made of furniture
  // tokens only or recurs (by shape) on a quarter of the pages or more (at
  // least two); the lines after it go while they are furniture only. (A
  // table's header repeated under the running head, or a footnote repeated
  // above the running foot, recurs too, but is never outermost.)
  void DropFurniture(std::vector<Page>* pages) {
    auto top_band = [](const Page& p, const Line& l) { return l.bottom < 0.09 * p.height; };
    auto foot_band = [](const Page& p, const Line& l) { return l.top > 0.90 * p.height; };
    std::map<std::string, std::size_t> shapes;
    for (Page& page : *pages) {
      for (Line& l : page.lines) l.text = LineText(l, body_size_, true, nullptr);
      std::set<std::string> seen;
      if (!page.lines.empty()) {
        if (top_band(page, page.lines.front())) seen.insert(Shape(page.lines.front().text));
        if (foot_band(page, page.lines.back())) seen.insert(Shape(page.lines.back().text));
      }
      for (const std::string& s : seen) ++shapes[s];
    }
    const std::size_t recur = std::max<std::size_t>(2, (pages->size() + 3) / 4);
    for (Page& page : *pages) {
      std::vector<Line>& lines = page.lines;
      std::size_t b = 0, e = lines.size();
      auto drop = [&](const Line& l, bool outermost) {
        return IsFurniture(l.text) || (outermost && pages->size() > 1 && shapes[Shape(l.text)] >= recur);
      };
      while (b < e && top_band(page, lines[b]) && drop(lines[b], b == 0)) ++b;
      while (e > b && foot_band(page, lines[e - 1]) && drop(lines[e - 1], e == lines.size())) --e;
      lines = std::vector<Line>(std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(b)),
                                std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(e)));
    }
  }

  // Words written with a hyphen inside a line: a line-end hyphen before
  // their second part is kept.
  void CollectHyphenated(const std::vector<Page>& pages) {
    for (const Page& page : pages)
      for (const Line& l : page.lines) {
        std::size_t i = 0;
        const std::string& t = l.text;
        while (i < t.size()) {
          std::size_t j = t.find(' ', i);
          if (j == std::string::npos) j = t.size();
          std::string w = Word(t.substr(i, j - i));
          const std::size_t h = w.find('-');
          if (h != std::string::npos && h > 0 && h + 1 < w.size()) hyphenated_.insert(Lower(w));
          i = j + 1;
        }
      }
  }

  static std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }
  // The word without the punctuation around it.
  static std::string Word(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && !std::isalnum(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && !std::isalnum(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
  }

  void WritePage(const Page& page) {
    ++marks_;  // the page starts where its first text goes
    // The footnote zone: below a rule of underscores, or the trailing lines
    // in a smaller font that start with a number.
    std::size_t notes = page.lines.size();
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
      const std::string& t = page.lines[i].text;
      if (t.size() >= 5 && t.find_first_not_of('_') == std::string::npos &&
          page.lines[i].top > 0.5 * page.height) {
        notes = i;
        break;
      }
    }
    // Tables first: a table set small at the foot of a page is no footnote.
    const std::vector<Table> all_tables = FindTables(page.lines, notes);
    const std::size_t after_tables = all_tables.empty() ? 0 : all_tables.back().last;
    if (notes == page.lines.size()) {
      std::size_t i = page.lines.size();
      while (i > after_tables && page.lines[i - 1].size < body_size_ - 0.8 &&
             page.lines[i - 1].top > 0.6 * page.height)
        --i;
      // Only when the first of them starts with a footnote number.
      if (i < page.lines.size()) {
        std::string marker;
        const std::string t = LineText(page.lines[i], body_size_, true, &marker);
        if (!marker.empty() || (!t.empty() && std::isdigit(static_cast<unsigned char>(t[0])))) notes = i;
      }
    }
    std::vector<Table> tables = all_tables;
    std::erase_if(tables, [&](const Table& t) { return t.last > notes; });
    std::size_t next_table = 0;
    const Line* prev = nullptr;
    for (std::size_t i = 0; i < notes; ++i) {
      if (next_table < tables.size() && tables[next_table].first == i) {
        const Table& t = tables[next_table++];
        Flush();
        WriteTable(page, t);
        i = t.last - 1;
        prev = nullptr;
        continue;
      }
      const Line& l = page.lines[i];
      const std::string text = LineText(l, body_size_, false, nullptr);
      if (text.empty() || IsContentsLine(text)) continue;
      const bool heading = l.bold && l.size >= body_size_ - 0.3 && WordCount(text) <= 24 &&
                           !EndsSentence(text);
      if (heading) {
        // Consecutive bold lines make one heading.
        if (in_heading_ && prev && l.top - prev->bottom < line_step_ && !StartsSectionNumber(text)) {
          AppendWrapped(&heading_, text);
        } else {
          Flush();
          in_heading_ = true;
          heading_ = Marked(text);
        }
        prev = &l;
        continue;
      }
      const bool gap = prev && l.bottom - prev->bottom > 1.45 * line_step_;
      if (in_heading_ || !prev || gap || StartsNumbered(text) ||
          (pending_.empty() ? false : EndsSentence(pending_) && l.x0 > prev->x0 + 0.8 * body_size_)) {
        if (!in_heading_ && prev == nullptr && !pending_.empty() && !EndsSentence(pending_) && !StartsNumbered(text)) {
          // The first line of a page continues the paragraph the last page cut.
          Join(text);
        } else {
          Flush();
          pending_ = Marked(text);
        }
      } else {
        Join(text);
      }
      prev = &l;
    }
    // Footnotes, each as a block of its own, after the page's text; a
    // paragraph the page cut goes on past them (the reader joins it).
    std::string note, number;
    auto end_note = [&]() {
      if (!note.empty()) notes_.push_back(Marked("<sup>" + (number.empty() ? "?" : number) + "</sup> " + note));
      note.clear();
      number.clear();
    };
    for (std::size_t i = notes; i < page.lines.size(); ++i) {
      const Line& l = page.lines[i];
      if (l.text.find_first_not_of('_') == std::string::npos) continue;
      std::string marker;
      std::string text = LineText(l, body_size_, true, &marker);
      if (text.empty() && !marker.empty()) {  // a marker on a line of its own
        end_note();
        number = marker;
        continue;
      }
      if (marker.empty() && note.empty() && number.empty()) {
        // "3 Text" in the same size: the number is the first word.
        const std::size_t sp = text.find(' ');
        if (sp != std::string::npos && IsDigits(text.substr(0, sp))) {
          marker = text.substr(0, sp);
          text = text.substr(sp + 1);
        }
      }
      if (!marker.empty()) {
        end_note();
        number = marker;
      }
      if (note.empty()) note = text;
      else AppendWrapped(&note, text);
    }
    end_note();
    if (!notes_.empty()) {
      // Written once the paragraph the page may have cut is complete:
      // after it when it ends here, else where it goes on.
      if (pending_.empty() || EndsSentence(pending_)) Flush();
      for (const std::string& n : notes_) Emit(n);
      notes_.clear();
    }
  }

  // A table as tab-separated lines, the first its header: a row starts at a
  // line further below the last than the table's usual step (rows are
  // padded or ruled apart), or at its first line; a cell's lines are joined
  // as a paragraph's.
  void WriteTable(const Page& page, const Table& t) {
    std::map<int, std::size_t> steps;
    for (std::size_t i = t.first + 1; i < t.last; ++i)
      ++steps[static_cast<int>(std::lround((page.lines[i].bottom - page.lines[i - 1].bottom) * 10))];
    double step = 0;
    std::size_t best = 0;
    for (const auto& [s, n] : steps)
      if (n > best && s > 0) best = n, step = s / 10.0;
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = t.first; i < t.last; ++i) {
      const Line& l = page.lines[i];
      if (i == t.first || l.bottom - page.lines[i - 1].bottom > 1.1 * step)
        rows.emplace_back(t.columns.size());
      std::vector<std::string>& row = rows.back();
      // The line's boxes, cell by cell.
      std::vector<Line> cells(t.columns.size());
      for (const Box& b : l.boxes) {
        Line& cell = cells[ColumnOf(t.columns, b.x0, l.size)];
        cell.boxes.push_back(b);
        cell.size = l.size;
        cell.bottom = l.bottom;
      }
      for (std::size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].boxes.empty()) continue;
        const std::string text = LineText(cells[c], body_size_, false, nullptr);
        if (text.empty()) continue;
        if (row[c].empty()) row[c] = text;
        else AppendWrapped(&row[c], text, false);
      }
    }
    std::string block;
    for (const std::vector<std::string>& row : rows) {
      std::string line;
      for (std::size_t c = 0; c < row.size(); ++c) {
        std::string cell = row[c];
        for (char& ch : cell)
          if (ch == '\t' || ch == '\n') ch = ' ';
        line += (c ? "\t" : "") + (cell.empty() ? std::string() : EscapeForReader(cell));
      }
      if (line.find_first_not_of('\t') == std::string::npos || IsContentsLine(line)) continue;
      if (!block.empty()) block += '\n';
      block += line;
    }
    if (block.empty()) return;
    if (!out_->text.empty()) out_->text += "\n\n";
    out_->text += Marked(block);
  }

  // The text with the page mark in front when it is the page's first.
  std::string Marked(const std::string& text) {
    std::string marked(marks_, kPageMark[0]);
    marks_ = 0;
    return marked + text;
  }

  // Appends a line to a paragraph: a hyphen at the end of the first joins
  // the word unless it is written with its hyphen elsewhere or the next
  // part starts with a capital.
  void AppendWrapped(std::string* para, const std::string& text, bool mark = true) {
    if (para->size() >= 2 && para->back() == '-' &&
        std::isalpha(static_cast<unsigned char>((*para)[para->size() - 2])) && !text.empty() &&
        std::islower(static_cast<unsigned char>(text[0]))) {
      const std::size_t start = para->find_last_of(' ') == std::string::npos ? 0 : para->find_last_of(' ') + 1;
      const std::string first = Word(para->substr(start));
      const std::string second = Word(text.substr(0, text.find(' ')));
      if (!hyphenated_.count(Lower(first + "-" + second))) para->pop_back();
      *para += mark ? Marked(text) : text;
      return;
    }
    *para += ' ';
    *para += mark ? Marked(text) : text;
  }

  void Join(const std::string& text) {
    if (in_heading_) {
      Flush();
      pending_ = Marked(text);
      return;
    }
    if (pending_.empty()) pending_ = Marked(text);
    else AppendWrapped(&pending_, text);
  }

  void Flush() {
    if (in_heading_) {
      // A page that starts with the heading starts before its "## ".
      const std::size_t marks = heading_.find_first_not_of(kPageMark[0]);
      Emit(heading_.substr(0, marks == std::string::npos ? heading_.size() : marks) + "## " +
           heading_.substr(marks == std::string::npos ? heading_.size() : marks));
      in_heading_ = false;
      heading_.clear();
    }
    if (!pending_.empty()) Emit(pending_);
    pending_.clear();
  }

  void Emit(std::string block) {
    if (!out_->text.empty()) out_->text += "\n\n";
    while (!block.empty() && block[0] == kPageMark[0]) {
      out_->text += kPageMark;
      block.erase(0, 1);
    }
    // A heading keeps its "## ", a footnote its "<sup>N</sup>"; the rest is escaped.
    if (block.rfind("## ", 0) == 0) out_->text += "## " + EscapeForReader(block.substr(3));
    else if (block.rfind("<sup>", 0) == 0) {
      const std::size_t close = block.find("</sup> ");
      out_->text += block.substr(0, close + 7) + EscapeForReader(block.substr(close + 7));
    } else {
      out_->text += EscapeForReader(block);
    }
  }

  static constexpr const char* kPageMark = "\x02";  // where a page starts, until Finish

  const std::string& name_;
  ConvertedText* out_;
  std::size_t marks_ = 0;  // pages whose start goes before the next text placed
  double body_size_ = 10;
  double line_step_ = 12;
  std::set<std::string> hyphenated_;
  std::string pending_;   // the paragraph being made
  bool in_heading_ = false;
  std::string heading_;
  std::vector<std::string> notes_;
};

}  // namespace

Status PdfToText(const std::string& name, std::string_view bytes, ConvertedText* out) {
  *out = ConvertedText();
  // poppler reports damage on stderr; the caller reports what matters.
  poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
  try {
    return Converter(name, out).Run(bytes);
  } catch (const std::exception& e) {
    return Status::Error(name + ": " + e.what());
  }
}

}  // namespace nexus
