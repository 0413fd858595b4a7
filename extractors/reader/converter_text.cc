#include "extractors/reader/converter_text.h"

#include <cstring>

namespace nexus {

std::string FoldWhiteSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

std::string EscapeForReader(std::string_view text, bool block_start) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') out += "&lt;";
    else if (c == '&') out += "&amp;";
    else if (c == '\\') out += "\\\\";
    else if (c == '\t') out += ' ';
    else if (i == 0 && block_start && c != '\0' && std::strchr("#*|>-+", c)) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

}  // namespace nexus
