#include "graph/document.h"

#include <algorithm>

namespace nexus {

std::uint32_t MappedText::Offset(std::size_t i) const {
  // The last run starting at or before i.
  auto next = std::upper_bound(runs.begin() + 1, runs.end(), i,
                               [](std::size_t x, const Run& r) { return x < r.at; });
  const Run& r = *(next - 1);
  return r.raw + static_cast<std::uint32_t>(i - r.at);
}

Span MappedText::RawSpan(std::size_t b, std::size_t e) const {
  if (runs.empty()) return Span{};
  b = std::min(b, text.size());
  e = std::min(e, text.size());
  if (e <= b) return Span{Offset(b), Offset(b)};
  // The end is one past the last byte of the range, not the offset of the
  // next cleaned byte, which may lie after stripped markup.
  return Span{Offset(b), static_cast<std::size_t>(Offset(e - 1)) + 1};
}

void Document::LineColumn(std::size_t offset, int* line, int* column) const {
  offset = std::min(offset, raw.size());
  int l = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (raw[i] == '\n') {
      ++l;
      line_start = i + 1;
    }
  }
  *line = l;
  *column = static_cast<int>(offset - line_start) + 1;
}

const Sentence* Document::ListIntro(std::size_t paragraph) const {
  if (paragraph >= paragraphs.size() || paragraphs[paragraph].kind != BlockKind::kListItem) return nullptr;
  std::size_t p = paragraph;
  while (p > 0 && paragraphs[p - 1].kind == BlockKind::kListItem) --p;
  if (p == 0 || paragraphs[p - 1].kind != BlockKind::kParagraph || paragraphs[p - 1].sentences.empty())
    return nullptr;
  const Sentence& intro = paragraphs[p - 1].sentences.back();
  const std::size_t end = intro.text.find_last_not_of(" \t\n");
  return end != std::string::npos && intro.text[end] == ':' ? &intro : nullptr;
}

int Document::PageOf(std::size_t offset) const {
  if (pages.empty()) return 0;
  const auto after = std::upper_bound(pages.begin(), pages.end(), offset);
  return std::max(1, static_cast<int>(after - pages.begin()));
}

}  // namespace nexus
