// Tables: rows of tab (or |pipe|) separated cells, such as the annexes of UN
// reports, where a page break repeats the header and splits a row in two.
#include <algorithm>
#include <string_view>
#include <utility>

#include "extractors/reader/markup.h"
#include "extractors/reader/lines.h"
#include "extractors/reader/table.h"

namespace nexus::reader_internal {
namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII case-insensitive equality, without copies (this runs on every cell).
bool EqualNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (LowerAscii(a[k]) != LowerAscii(b[k])) return false;
  }
  return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualNoCase(s.substr(0, prefix.size()), prefix);
}

bool StartsWithDigit(const std::string& s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

Span CellSpan(const MappedText& text, const RawRange& range) {
  if (text.text.empty()) return Span{range.begin, range.begin};
  return text.RawSpan(0, text.text.size());
}

}  // namespace

bool IsSkippedColumn(const std::string& column, std::size_t index) {
  if (column.empty()) return index == 0;
  return EqualNoCase(column, "number") || EqualNoCase(column, "no") ||
         EqualNoCase(column, "no.") || column == "#" || StartsWithNoCase(column, "status");
}

bool TableReader::IsHeaderRepeat(const std::vector<MappedText>& cells) const {
  if (header_.empty()) return false;
  std::size_t n = std::max(cells.size(), header_.size());
  for (std::size_t k = 0; k < n; ++k) {
    std::string_view a = k < cells.size() ? std::string_view(cells[k].text) : std::string_view();
    std::string_view b = k < header_.size() ? std::string_view(header_[k]) : std::string_view();
    if (!EqualNoCase(a, b)) return false;
  }
  return true;
}

void TableReader::Continue(const std::vector<MappedText>& cells, std::size_t line_end,
                           Document* doc) {
  Paragraph& row = doc->paragraphs[static_cast<std::size_t>(last_row_)];
  for (std::size_t k = 0; k < cells.size(); ++k) {
    if (cells[k].text.empty()) continue;
    while (row.cells.size() <= k) {
      Cell empty;
      empty.runs.push_back({0, static_cast<std::uint32_t>(row.span.end)});
      empty.span = Span{row.span.end, row.span.end};
      row.cells.push_back(std::move(empty));
    }
    Cell& cell = row.cells[k];
    bool was_empty = cell.text.empty();
    AppendMapped(cells[k], &cell);
    Span added = cells[k].RawSpan(0, cells[k].text.size());
    cell.span = was_empty ? added : Span{cell.span.begin, added.end};
  }
  row.span.end = std::max(row.span.end, line_end);
}

void TableReader::AddRow(const Line& line, int section, bool in_annex, Document* doc) {
  SplitCells(doc->raw, line, &ranges_);
  const std::vector<RawRange>& ranges = ranges_;
  std::vector<MappedText>& cells = cells_;
  cells.clear();
  bool any = false;
  for (const RawRange& r : ranges) {
    cells.push_back(CleanRange(doc->raw, r.begin, r.end));
    any = any || !cells.back().text.empty();
  }
  bool was_active = active_;
  active_ = true;
  if (!any || IsHeaderRepeat(cells)) return;
  const std::string& first = cells[0].text;
  if (first.empty() && last_row_ >= 0) {
    Continue(cells, line.end, doc);
    return;
  }
  if (!first.empty() && !StartsWithDigit(first) && (!was_active || header_.empty())) {
    header_.clear();
    for (const MappedText& c : cells) header_.push_back(c.text);
    last_row_ = -1;
    return;
  }
  Paragraph row;
  row.kind = BlockKind::kTableRow;
  row.label = (in_annex ? "annex " : "row ") + first;
  if (first.empty()) row.label.pop_back();
  row.section = section;
  std::size_t n = std::max(cells.size(), header_.size());
  row.cells.reserve(n);
  for (std::size_t k = 0; k < n; ++k) {
    Cell cell;
    if (k < cells.size()) {
      static_cast<MappedText&>(cell) = std::move(cells[k]);
      cell.span = CellSpan(cell, ranges[k]);
    } else {
      cell.runs.push_back({0, static_cast<std::uint32_t>(line.end)});
      cell.span = Span{line.end, line.end};
    }
    cell.column = k < header_.size() ? header_[k] : std::string();
    row.cells.push_back(std::move(cell));
  }
  std::size_t start = line.begin;
  while (start < line.end && (doc->raw[start] == ' ' || doc->raw[start] == '\t')) ++start;
  row.span = Span{start, line.end};
  last_row_ = static_cast<int>(doc->paragraphs.size());
  doc->paragraphs.push_back(std::move(row));
}

}  // namespace nexus::reader_internal
