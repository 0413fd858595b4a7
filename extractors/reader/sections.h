// The section tree: headings placed by their numbering.
// Part of the reader (extractors/reader/), shared between its files and its
// tests. Not a public API: use extractors/reader/reader.h.
#ifndef NEXUS_EXTRACTORS_READER_SECTIONS_H_
#define NEXUS_EXTRACTORS_READER_SECTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/document.h"

namespace nexus::reader_internal {

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

}  // namespace nexus::reader_internal

#endif  // NEXUS_EXTRACTORS_READER_SECTIONS_H_
