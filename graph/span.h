// Byte ranges into a document's original bytes.
#ifndef NEXUS_GRAPH_SPAN_H_
#define NEXUS_GRAPH_SPAN_H_

#include <cstddef>

namespace nexus {

// A half-open byte range [begin, end) into Document::raw, the bytes of the
// input file exactly as they were read (before any decoding or cleaning).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& other) const {
    return begin <= other.begin && other.end <= end;
  }
  friend bool operator==(const Span& a, const Span& b) {
    return a.begin == b.begin && a.end == b.end;
  }
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_SPAN_H_
