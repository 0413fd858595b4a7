// UTF-8: the one decoder and encoder every layer uses (the input check, the
// reader's entities, the tokeniser, the exporters).
#ifndef NEXUS_GRAPH_UTF8_H_
#define NEXUS_GRAPH_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace nexus {

// The code point at text[*pos], advancing *pos past it. An invalid sequence
// (a stray continuation byte, a lead byte without its continuation bytes, an
// overlong form, a surrogate, a value over U+10FFFF) decodes as one U+FFFD
// and advances past the bytes that belonged to it, stopping before a byte
// that starts the next sequence. Requires *pos < text.size().
char32_t NextCodePoint(std::string_view text, std::size_t* pos);

// Appends the UTF-8 encoding of a valid code point.
void AppendUtf8(char32_t code_point, std::string* out);

// The offset of the first byte of `text` that is not part of valid UTF-8, or
// std::string_view::npos when it is all valid. Plain ASCII is skipped eight
// bytes at a time.
std::size_t FirstInvalidUtf8(std::string_view text);

// Whether `text` is valid UTF-8 (as ValidUtf8 would leave it unchanged).
inline bool IsValidUtf8(std::string_view text) {
  return FirstInvalidUtf8(text) == std::string_view::npos;
}

// `text` with every invalid sequence replaced by U+FFFD: always valid UTF-8.
std::string ValidUtf8(std::string_view text);

}  // namespace nexus

#endif  // NEXUS_GRAPH_UTF8_H_
