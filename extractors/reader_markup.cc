// Inline markup: strips tags, emphasis, links and escapes from raw text while
// keeping, for every byte left, the offset of the raw byte it came from.
#include <algorithm>
#include <cstdint>
#include <utility>

#include "extractors/reader_internal.h"

namespace nexus::reader_internal {
namespace {

struct Token {
  enum Kind : std::uint8_t { kChar, kSpace, kDelim };
  std::uint32_t offset = 0;
  std::uint32_t run = 1;  // delimiter runs: their length in bytes
  char c = 0;
  Kind kind = kChar;
  bool open = false;
  bool close = false;
  bool drop = false;
};

bool IsSpaceByte(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiPunct(unsigned char c) { return c > 32 && c < 127 && !IsAsciiAlnum(c); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view prefix) {
  if (at + prefix.size() > s.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (Lower(s[at + k]) != prefix[k]) return false;
  }
  return true;
}

int EncodeUtf8(std::uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

std::uint32_t NamedEntity(std::string_view name) {
  static const std::pair<std::string_view, std::uint32_t> kEntities[] = {
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},     {"ndash", 0x2013},  {"mdash", 0x2014},
      {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
      {"hellip", 0x2026}, {"eacute", 0xE9},   {"copy", 0xA9},     {"shy", 0xAD}};
  for (const auto& [n, cp] : kEntities) {
    if (n == name) return cp;
  }
  return 0;
}

std::uint32_t NumericEntity(std::string_view digits) {
  int base = 10;
  if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
    base = 16;
    digits.remove_prefix(1);
  }
  if (digits.empty() || digits.size() > 7) return 0;
  std::uint32_t cp = 0;
  for (char c : digits) {
    int v = (c >= '0' && c <= '9') ? c - '0'
            : (base == 16 && Lower(c) >= 'a' && Lower(c) <= 'f') ? Lower(c) - 'a' + 10
                                                                 : -1;
    if (v < 0) return 0;
    cp = cp * base + static_cast<std::uint32_t>(v);
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return cp;
}

// Turns raw bytes into tokens: characters, spaces and emphasis delimiters.
class Tokenizer {
 public:
  Tokenizer(std::string_view raw, std::size_t begin, std::size_t end)
      : raw_(raw), begin_(begin), end_(std::min(end, raw.size())) {}

  std::vector<Token> Run() {
    std::size_t i = begin_;
    while (i < end_) {
      while (!jumps_.empty() && i >= jumps_.back().first) {
        i = std::max(i, jumps_.back().second);
        jumps_.pop_back();
      }
      if (i >= end_) break;
      i += Step(i);
    }
    return std::move(out_);
  }

 private:
  std::size_t Step(std::size_t i) {
    unsigned char c = static_cast<unsigned char>(raw_[i]);
    if (IsSpaceByte(c)) return Space(i), 1;
    if (c == 0xC2 && i + 1 < end_ && static_cast<unsigned char>(raw_[i + 1]) == 0xA0) {
      return Space(i), 2;
    }
    if (c == '\\' && i + 1 < end_ && IsAsciiPunct(static_cast<unsigned char>(raw_[i + 1]))) {
      return Char(raw_[i + 1], i + 1), 2;
    }
    std::size_t n = 0;
    if (c == '&') n = Entity(i);
    if (c == '<') n = Angle(i);
    if (c == '[' || (c == '!' && i + 1 < end_ && raw_[i + 1] == '[')) n = Link(i);
    if (c == '*' || c == '_') n = Delimiter(i);
    if (n > 0) return n;
    return Char(raw_[i], i), 1;
  }

  // Position of `what` starting in raw[from, from + window) and ending
  // before end_, or npos.
  std::size_t Find(std::string_view what, std::size_t from, std::size_t window) const {
    std::size_t stop = std::min(end_, from + window + what.size());
    if (from >= stop) return std::string_view::npos;
    std::size_t at = raw_.substr(from, stop - from).find(what);
    return at == std::string_view::npos ? at : from + at;
  }

  void Char(char c, std::size_t offset) {
    Token t;
    t.c = c;
    t.offset = static_cast<std::uint32_t>(offset);
    out_.push_back(t);
  }
  void Space(std::size_t offset) {
    Token t;
    t.kind = Token::kSpace;
    t.c = ' ';
    t.offset = static_cast<std::uint32_t>(offset);
    out_.push_back(t);
  }

  std::size_t Entity(std::size_t i) {
    std::size_t semi = Find(";", i + 1, 11);
    if (semi == std::string_view::npos) return 0;
    std::string_view name = raw_.substr(i + 1, semi - i - 1);
    std::uint32_t cp = (name.size() > 1 && name[0] == '#') ? NumericEntity(name.substr(1))
                                                            : NamedEntity(name);
    if (cp == 0) return 0;
    if (cp == 0xA0 || (cp < 0x80 && IsSpaceByte(static_cast<unsigned char>(cp)))) {
      Space(i);
    } else {
      char bytes[4];
      int n = EncodeUtf8(cp, bytes);
      for (int k = 0; k < n; ++k) Char(bytes[k], i + static_cast<std::size_t>(k));
    }
    return semi - i + 1;
  }

  // <http://...> autolinks, <!-- comments -->, HTML tags and <sup> markers.
  std::size_t Angle(std::size_t i) {
    if (std::size_t n = Autolink(i)) return n;
    if (raw_.compare(i, 4, "<!--") == 0) {
      std::size_t close = Find("-->", i + 4, 4000);
      return close == std::string_view::npos ? 0 : close + 3 - i;
    }
    std::size_t j = i + 1;
    if (j < end_ && raw_[j] == '/') ++j;
    bool closing = j > i + 1;
    std::size_t name_begin = j;
    if (j >= end_ || !IsAsciiAlpha(static_cast<unsigned char>(raw_[j]))) return 0;
    while (j < end_ && IsAsciiAlnum(static_cast<unsigned char>(raw_[j]))) ++j;
    std::string name;
    for (std::size_t k = name_begin; k < j; ++k) name.push_back(Lower(raw_[k]));
    if (j < end_ && raw_[j] != '>' && raw_[j] != '/' && !IsSpaceByte(raw_[j])) return 0;
    std::size_t gt = Find(">", j, 400);
    if (gt == std::string_view::npos) return 0;
    if (raw_.substr(j, gt - j).find('<') != std::string_view::npos) return 0;
    if (!closing && name == "sup") {
      if (std::size_t marker_end = SupMarker(gt + 1)) return marker_end - i;
    }
    static const std::string_view kBlockTags[] = {"p", "br", "div", "li", "tr", "td",
                                                  "th", "ul", "ol", "table", "hr"};
    if (std::find(std::begin(kBlockTags), std::end(kBlockTags), name) != std::end(kBlockTags)) {
      Space(i);
    }
    return gt - i + 1;
  }

  std::size_t Autolink(std::size_t i) {
    std::size_t j = i + 1;
    while (j < end_ && j - i < 33 &&
           (IsAsciiAlnum(raw_[j]) || raw_[j] == '+' || raw_[j] == '.' || raw_[j] == '-')) {
      ++j;
    }
    if (j - i < 3 || j >= end_ || raw_[j] != ':' || !IsAsciiAlpha(raw_[i + 1])) return 0;
    std::size_t k = j + 1;
    while (k < end_ && k - j < 4000 && raw_[k] != '>' && raw_[k] != '<' && !IsSpaceByte(raw_[k])) {
      ++k;
    }
    if (k >= end_ || raw_[k] != '>') return 0;
    for (std::size_t p = i + 1; p < k; ++p) Char(raw_[p], p);
    return k + 1 - i;
  }

  // After <sup>: the end of "3</sup>" when the content is a footnote marker
  // (digits, symbols or one letter), else 0 (the tags alone are dropped).
  std::size_t SupMarker(std::size_t from) {
    std::size_t close = from;
    while (close < end_ && close - from <= 24 && !StartsWithNoCase(raw_, close, "</sup>")) ++close;
    if (close >= end_ || !StartsWithNoCase(raw_, close, "</sup>") || close == from) return 0;
    std::string_view content = raw_.substr(from, close - from);
    int letters = 0;
    for (char c : content) letters += IsAsciiAlpha(static_cast<unsigned char>(c)) ? 1 : 0;
    if (letters > 1 || (letters == 1 && content.size() > 1)) return 0;
    return close + 6;
  }

  // [text](url) and ![alt](url): keeps the text, drops the target. [^3]
  // footnote references are dropped whole.
  std::size_t Link(std::size_t i) {
    std::size_t open = raw_[i] == '!' ? i + 1 : i;
    if (open + 1 < end_ && raw_[open + 1] == '^') {
      std::size_t close = Find("]", open, 12);
      if (close != std::string_view::npos) return close + 1 - i;
    }
    int depth = 0;
    std::size_t j = open;
    for (; j < end_ && j - open < 1000; ++j) {
      if (raw_[j] == '\\') {
        ++j;
      } else if (raw_[j] == '[') {
        ++depth;
      } else if (raw_[j] == ']' && --depth == 0) {
        break;
      }
    }
    if (j + 1 >= end_ || depth != 0 || raw_[j] != ']' || raw_[j + 1] != '(') return 0;
    std::size_t k = j + 1;
    int parens = 0;
    for (; k < end_ && k - j < 2000; ++k) {
      if (raw_[k] == '(') ++parens;
      if (raw_[k] == ')' && --parens == 0) break;
    }
    if (k >= end_ || parens != 0) return 0;
    jumps_.emplace_back(j, k + 1);
    return open + 1 - i;
  }

  std::size_t Delimiter(std::size_t i) {
    char c = raw_[i];
    std::size_t j = i;
    while (j < end_ && raw_[j] == c) ++j;
    unsigned char prev = i > begin_ ? static_cast<unsigned char>(raw_[i - 1]) : ' ';
    unsigned char next = j < end_ ? static_cast<unsigned char>(raw_[j]) : ' ';
    Token t;
    t.kind = Token::kDelim;
    t.c = c;
    t.offset = static_cast<std::uint32_t>(i);
    t.run = static_cast<std::uint32_t>(j - i);
    t.open = !IsSpaceByte(next) && (c == '*' || !IsAsciiAlnum(prev));
    t.close = !IsSpaceByte(prev) && (c == '*' || !IsAsciiAlnum(next));
    out_.push_back(t);
    return j - i;
  }

  std::string_view raw_;
  std::size_t begin_;
  std::size_t end_;
  std::vector<Token> out_;
  std::vector<std::pair<std::size_t, std::size_t>> jumps_;  // at first, go to second
};

// Pairs opening and closing delimiters of the same character; paired ones
// are markup and dropped, the others are literal text.
void PairDelimiters(std::vector<Token>* tokens) {
  std::vector<std::size_t> openers;
  for (std::size_t k = 0; k < tokens->size(); ++k) {
    Token& t = (*tokens)[k];
    if (t.kind != Token::kDelim) continue;
    bool matched = false;
    if (t.close) {
      std::size_t floor = openers.size() > 64 ? openers.size() - 64 : 0;  // stay linear
      for (std::size_t s = openers.size(); s-- > floor;) {
        if ((*tokens)[openers[s]].c != t.c) continue;
        (*tokens)[openers[s]].drop = true;
        t.drop = true;
        openers.resize(s);
        matched = true;
        break;
      }
    }
    if (!matched && t.open) openers.push_back(k);
  }
}

class Emitter {
 public:
  void Put(char c, std::uint32_t offset) {
    if (pending_ && !out_.text.empty()) {
      out_.text.push_back(' ');
      out_.offsets.push_back(pending_offset_);
    }
    pending_ = false;
    out_.text.push_back(c);
    out_.offsets.push_back(offset);
  }
  void Space(std::uint32_t offset) {
    if (pending_) return;
    pending_ = true;
    pending_offset_ = offset;
  }
  MappedText Finish(std::size_t begin) {
    out_.offsets.push_back(out_.offsets.empty() ? static_cast<std::uint32_t>(begin)
                                                : out_.offsets.back() + 1);
    return std::move(out_);
  }

 private:
  MappedText out_;
  bool pending_ = false;
  std::uint32_t pending_offset_ = 0;
};

}  // namespace

MappedText CleanRange(std::string_view raw, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens = Tokenizer(raw, begin, end).Run();
  PairDelimiters(&tokens);
  Emitter emit;
  for (const Token& t : tokens) {
    if (t.kind == Token::kSpace) {
      emit.Space(t.offset);
    } else if (t.kind == Token::kChar) {
      emit.Put(t.c, t.offset);
    } else if (!t.drop) {
      for (std::uint32_t r = 0; r < t.run; ++r) emit.Put(t.c, t.offset + r);
    }
  }
  return emit.Finish(begin);
}

void AppendMapped(const MappedText& tail, MappedText* head) {
  if (tail.text.empty()) return;
  if (head->text.empty()) {
    *head = tail;
    return;
  }
  head->offsets.pop_back();
  std::uint32_t gap = head->offsets.back() + 1;
  head->text.push_back(' ');
  head->offsets.push_back(gap);
  head->text += tail.text;
  head->offsets.insert(head->offsets.end(), tail.offsets.begin(), tail.offsets.end());
}

MappedText SliceMapped(const MappedText& m, std::size_t b, std::size_t e) {
  MappedText out;
  e = std::min(e, m.text.size());
  b = std::min(b, e);
  out.text = m.text.substr(b, e - b);
  out.offsets.assign(m.offsets.begin() + static_cast<std::ptrdiff_t>(b),
                     m.offsets.begin() + static_cast<std::ptrdiff_t>(e));
  out.offsets.push_back(e > b ? m.offsets[e - 1] + 1 : m.offsets[b]);
  return out;
}

bool EndsSentence(std::string_view text) {
  std::size_t e = text.size();
  while (e > 0) {
    char c = text[e - 1];
    if (c == ')' || c == ']' || c == '"' || c == '\'' || c == ' ') {
      --e;
    } else if (e >= 3 && text.substr(e - 3, 2) == "\xE2\x80" &&
               (text[e - 1] == '\x9D' || text[e - 1] == '\x99')) {
      e -= 3;  // ” or ’
    } else {
      break;
    }
  }
  if (e == 0) return false;
  char last = text[e - 1];
  if (last == '.' || last == '?' || last == '!' || last == ':' || last == ';') return true;
  return e >= 3 && text.substr(e - 3) == "\xE2\x80\xA6";  // …
}

}  // namespace nexus::reader_internal
