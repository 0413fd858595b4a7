#include "graph/document.h"

#include <algorithm>

namespace nexus {

Span MappedText::RawSpan(std::size_t b, std::size_t e) const {
  if (offsets.empty()) return Span{};
  b = std::min(b, offsets.size() - 1);
  e = std::min(e, offsets.size() - 1);
  if (e <= b) return Span{offsets[b], offsets[b]};
  // The end is one past the last byte of the range, not the offset of the
  // next cleaned byte, which may lie after stripped markup.
  return Span{offsets[b], static_cast<std::size_t>(offsets[e - 1]) + 1};
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

}  // namespace nexus
