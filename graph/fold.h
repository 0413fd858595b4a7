// Folding of accented Latin letters to ASCII, as names are compared: the
// tokeniser's words and the entity resolver's names use this one table.
#ifndef NEXUS_GRAPH_FOLD_H_
#define NEXUS_GRAPH_FOLD_H_

#include <cstddef>

namespace nexus {
namespace fold_detail {
#include "graph/fold_tables.inc"
}  // namespace fold_detail

// The ASCII letter an accented Latin letter folds to ('e' for U+00C9),
// 0 for anything that is not such a letter; sets *upper for capitals.
inline char FoldLatin(char32_t c, bool* upper = nullptr) {
  using namespace fold_detail;
  auto look = [&](char32_t first, const char* base, const char* caps, std::size_t n) -> char {
    if (c < first || c - first >= n) return 0;
    if (upper) *upper = caps[c - first] == '1';
    return base[c - first];
  };
  if (char f = look(kLatinFirst, kLatinBase, kLatinUpper, sizeof(kLatinUpper) - 1)) return f;
  return look(kLatinAdditionalFirst, kLatinAdditionalBase, kLatinAdditionalUpper,
              sizeof(kLatinAdditionalUpper) - 1);
}

// An apostrophe in a name: ' U+2019 U+2018 U+02BC.
inline bool IsApostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC;
}

}  // namespace nexus

#endif  // NEXUS_GRAPH_FOLD_H_
