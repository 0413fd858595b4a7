#include "graph/utf8.h"

#include <cstdint>
#include <cstring>

namespace nexus {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// For a lead byte: how many continuation bytes follow, and the allowed range
// of the first one (the others are always 80..BF). 0 continuation bytes for
// a byte that cannot start a sequence.
struct Lead {
  int extra;
  unsigned char lo, hi;
  char32_t bits;
};

Lead ClassifyLead(unsigned char b) {
  if (b >= 0xC2 && b <= 0xDF) return {1, 0x80, 0xBF, b & 0x1Fu};
  if (b == 0xE0) return {2, 0xA0, 0xBF, b & 0x0Fu};  // no overlong form
  if (b == 0xED) return {2, 0x80, 0x9F, b & 0x0Fu};  // no surrogates
  if (b >= 0xE1 && b <= 0xEF) return {2, 0x80, 0xBF, b & 0x0Fu};
  if (b == 0xF0) return {3, 0x90, 0xBF, b & 0x07u};  // no overlong form
  if (b >= 0xF1 && b <= 0xF3) return {3, 0x80, 0xBF, b & 0x07u};
  if (b == 0xF4) return {3, 0x80, 0x8F, b & 0x07u};  // <= U+10FFFF
  return {0, 1, 0, 0};
}

}  // namespace

char32_t NextCodePoint(std::string_view text, std::size_t* pos) {
  const auto b = static_cast<unsigned char>(text[*pos]);
  ++*pos;
  if (b < 0x80) return b;
  Lead lead = ClassifyLead(b);
  if (lead.extra == 0) return kReplacement;
  char32_t cp = lead.bits;
  for (int i = 0; i < lead.extra; ++i) {
    if (*pos >= text.size()) return kReplacement;
    const auto c = static_cast<unsigned char>(text[*pos]);
    const unsigned char lo = i == 0 ? lead.lo : 0x80;
    const unsigned char hi = i == 0 ? lead.hi : 0xBF;
    if (c < lo || c > hi) return kReplacement;  // c starts the next one
    cp = (cp << 6) | (c & 0x3Fu);
    ++*pos;
  }
  return cp;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::size_t FirstInvalidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    for (std::uint64_t x; pos + 8 <= text.size(); pos += 8) {
      std::memcpy(&x, text.data() + pos, 8);
      if (x & 0x8080808080808080ull) break;
    }
    if (pos >= text.size()) break;
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t at = pos;
    // U+FFFD written as such is valid; one made from a bad sequence is not.
    if (NextCodePoint(text, &pos) == kReplacement && text.compare(at, pos - at, "\xEF\xBF\xBD") != 0)
      return at;
  }
  return std::string_view::npos;
}

std::string ValidUtf8(std::string_view text) {
  if (IsValidUtf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) AppendUtf8(NextCodePoint(text, &pos), &out);
  return out;
}

}  // namespace nexus
