#include "exporters/text_util.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace nexus {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool IsControl(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
}

// Whether any of the eight bytes of x is >= 0x80, < 0x20, '"' or '\\'.
bool NeedsCare(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  // Bytes below 0x20 (exact once bytes >= 0x80 are ruled out by the first test).
  const std::uint64_t low = (x - 0x20 * kOnes) & ~x & kHigh;
  return (x & kHigh) | low | has_zero(x ^ ('"' * kOnes)) | has_zero(x ^ ('\\' * kOnes));
}

bool IsPlain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('"');
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
#if defined(__SSE2__)
    // Sixteen bytes at a time. Compared as signed, the bytes below 0x20 are
    // the control characters and those of 0x80 and more.
    for (; j + 16 <= n; j += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
      const __m128i care = _mm_or_si128(
          _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
          _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
      if (const auto m = static_cast<unsigned>(_mm_movemask_epi8(care)); m != 0) {
        j += static_cast<std::size_t>(std::countr_zero(m));
        break;
      }
    }
#endif
    for (std::uint64_t x; j + 8 <= n; j += 8) {
      std::memcpy(&x, text.data() + j, 8);
      if (NeedsCare(x)) break;
    }
    while (j < n && IsPlain(static_cast<unsigned char>(text[j]))) ++j;
    out->append(text.data() + i, j - i);
    if ((i = j) == n) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      const std::size_t at = i;
      if (NextCodePoint(text, &i) == kReplacement && text.compare(at, i - at, "\xEF\xBF\xBD") != 0)
        out->append("\xEF\xBF\xBD");
      else
        out->append(text.data() + at, i - at);
      continue;
    }
    ++i;
    out->push_back('\\');
    switch (c) {
      case '"': out->push_back('"'); break;
      case '\\': out->push_back('\\'); break;
      case '\b': out->push_back('b'); break;
      case '\t': out->push_back('t'); break;
      case '\n': out->push_back('n'); break;
      case '\f': out->push_back('f'); break;
      case '\r': out->push_back('r'); break;
      default:
        out->append("u00");
        out->push_back(kHex[c >> 4]);
        out->push_back(kHex[c & 15]);
    }
  }
  out->push_back('"');
}

std::string XmlEscape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = NextCodePoint(text, &pos);
    switch (c) {
      case '&': out += "&amp;"; continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      case '\r': out += "&#13;"; continue;
      case '\t': out += attribute ? "&#9;" : "\t"; continue;
      case '\n': out += attribute ? "&#10;" : "\n"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue;  // not XML 1.0
    AppendUtf8(c, &out);
  }
  return out;
}

std::string DotEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = NextCodePoint(text, &pos);
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (IsControl(c)) {
      out += ' ';
    } else {
      AppendUtf8(c == 0xFFFE || c == 0xFFFF ? kReplacement : c, &out);
    }
  }
  return out;
}

std::string DotUnescape(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size() &&
        (value[i + 1] == '\\' || value[i + 1] == 'n')) {
      out += value[i + 1] == 'n' ? '\n' : '\\';
      ++i;
    } else {
      out += value[i];
    }
  }
  return out;
}

std::string DotId(std::string_view id) {
  std::string out;
  out.reserve(id.size());
  for (std::size_t pos = 0; pos < id.size();) {
    const char32_t c = NextCodePoint(id, &pos);
    if (c == '%') {
      out += "%25";
    } else if (c == '\\') {
      out += "%5C";
    } else if (IsControl(c)) {
      out += ' ';
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string TruncateUtf8(std::string_view text, std::size_t max_bytes) {
  std::string valid = ValidUtf8(text);
  if (valid.size() <= max_bytes) return valid;
  std::size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(valid[cut]) & 0xC0) == 0x80) --cut;
  valid.resize(cut);
  valid += "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
  return valid;
}

std::string FormatFixed(double value, int digits) {
  if (!std::isfinite(value)) value = 0;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, digits);
  if (ec != std::errc()) return "0";
  return std::string(buf, end);
}

std::string CsvQuote(std::string_view text, bool guard_formulas) {
  std::string out = "\"";
  if (guard_formulas && !text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos)
    out += '\'';
  for (char c : ValidUtf8(text)) {
    if (c == '\0') continue;
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string FormatMetric(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::array<MetricText, 4> MetricTexts(const EntityMetrics& m) {
  return {MetricText{"betweenness", FormatMetric(m.betweenness)}, MetricText{"pagerank", FormatMetric(m.pagerank)},
          MetricText{"core", std::to_string(m.core)}, MetricText{"cluster", std::to_string(m.cluster)}};
}

}  // namespace nexus
