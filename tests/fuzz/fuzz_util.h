// Helpers for the libFuzzer targets: a check that stops the run (so that a
// broken invariant is a finding, like a crash), and UTF-8 validation for
// targets whose input contract is valid UTF-8 text.
#ifndef NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_
#define NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "graph/utf8.h"

#define NEXUS_FUZZ_CHECK(cond)                                                  \
  do {                                                                          \
    if (!(cond)) {                                                              \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
                   #cond);                                                      \
      std::abort();                                                             \
    }                                                                           \
  } while (0)

namespace nexus::fuzz {

// What ReadInput lets through: valid UTF-8 without NUL bytes.
inline bool IsText(std::string_view s) {
  return s.find('\0') == std::string_view::npos && nexus::IsValidUtf8(s);
}

}  // namespace nexus::fuzz

#endif  // NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_
