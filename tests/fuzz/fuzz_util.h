// Helpers for the libFuzzer targets: a check that stops the run (so that a
// broken invariant is a finding, like a crash), and UTF-8 validation for
// targets whose input contract is valid UTF-8 text.
#ifndef NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_
#define NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

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
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    unsigned min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3, min = 0x10000;
    } else {
      return false;
    }
    if (i + n >= s.size()) return false;
    unsigned cp = c & (0x3F >> n);
    for (std::size_t k = 1; k <= n; ++k) {
      auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = cp << 6 | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

}  // namespace nexus::fuzz

#endif  // NEXUS_TESTS_FUZZ_FUZZ_UTIL_H_
