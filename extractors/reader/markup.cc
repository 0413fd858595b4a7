// Inline markup: strips tags, emphasis, links and escapes from raw text while
// keeping, for every byte left, the offset of the raw byte it came from.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extractors/reader/markup.h"

#include "graph/utf8.h"

namespace nexus::reader_internal {
namespace {

// An emphasis delimiter run ("*", "**", "_"): markup when it pairs with
// another of the same character, else literal text.
struct Delim {
  char c = 0;
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

// Builds the cleaned text: a white space run becomes one space between the
// bytes put (none at either end), and every byte keeps its raw offset.
class Emitter {
 public:
  explicit Emitter(MappedText* out) : out_(out) {}

  void Put(char c, std::uint32_t offset) {
    Flush();
    Map(offset);
    out_->text.push_back(c);
  }
  // n bytes from raw offset `offset` on, as they are.
  void PutRun(const char* bytes, std::size_t n, std::uint32_t offset) {
    Flush();
    Map(offset);
    out_->text.append(bytes, n);
  }
  void Space(std::uint32_t offset) {
    if (pending_) return;
    pending_ = true;
    pending_offset_ = offset;
  }
  void Finish(std::size_t begin) {
    if (out_->text.empty()) out_->runs.push_back({0, static_cast<std::uint32_t>(begin)});
  }

 private:
  void Flush() {
    if (pending_ && !out_->text.empty()) {
      Map(pending_offset_);
      out_->text.push_back(' ');
    }
    pending_ = false;
  }
  // Starts a run unless the next byte comes from the raw byte after the last.
  void Map(std::uint32_t offset) {
    auto at = static_cast<std::uint32_t>(out_->text.size());
    if (!out_->runs.empty()) {
      const MappedText::Run& last = out_->runs.back();
      if (last.raw + (at - last.at) == offset) return;
    }
    out_->runs.push_back({at, offset});
  }

  MappedText* out_;
  bool pending_ = false;
  std::uint32_t pending_offset_ = 0;
};

// Bytes that need a look: white space, the first byte of a no-break space,
// escapes, entities, tags, links and emphasis. Any other byte is text as it
// is, which lets runs of them be copied whole.
struct SpecialBytes {
  bool is[256] = {};
  constexpr SpecialBytes() {
    for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v', '\\', '&', '<', '[', '!', '*', '_'})
      is[c] = true;
    is[0xC2] = true;
  }
};
constexpr SpecialBytes kSpecial;

bool IsSpecial(char c) { return kSpecial.is[static_cast<unsigned char>(c)]; }

// Where a run of text bytes starting at i ends: at the first byte in
// [i, stop) that needs a look, except a lone space between text bytes (which
// emits just itself). This is most of the work on prose, so sixteen bytes go
// at a time where the processor allows.
std::size_t PlainEnd(std::string_view raw, std::size_t i, std::size_t stop) {
#if defined(__SSE2__)
  const char* p = raw.data();
  auto is = [](__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
  // The block's bytes are read up to p[i + 16], the byte after it.
  for (; i + 16 < stop; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // \t \n \v \f \r: x - 9 <= 4 unsigned.
    __m128i four = _mm_set1_epi8(4);
    __m128i special =
        _mm_cmpeq_epi8(_mm_max_epu8(_mm_sub_epi8(x, _mm_set1_epi8(9)), four), four);
    __m128i space = is(x, ' ');
    special = _mm_or_si128(special, _mm_or_si128(space, is(x, '\\')));
    special = _mm_or_si128(special, _mm_or_si128(is(x, '&'), is(x, '<')));
    special = _mm_or_si128(special, _mm_or_si128(is(x, '['), is(x, '!')));
    special = _mm_or_si128(special, _mm_or_si128(is(x, '*'), is(x, '_')));
    special = _mm_or_si128(special, is(x, '\xC2'));
    auto s = static_cast<unsigned>(_mm_movemask_epi8(special));
    auto lone = static_cast<unsigned>(_mm_movemask_epi8(space));
    unsigned next = (s >> 1) | (IsSpecial(p[i + 16]) ? 0x8000u : 0u);  // bit k: byte k + 1
    unsigned stops = s & ~(lone & ~next);
    if (stops != 0) return i + static_cast<std::size_t>(std::countr_zero(stops));
  }
#endif
  for (;;) {
    while (i < stop && !IsSpecial(raw[i])) ++i;
    if (i + 1 < stop && raw[i] == ' ' && !IsSpecial(raw[i + 1])) {
      i += 2;
      continue;
    }
    return i;
  }
}

// Reads raw bytes and emits the cleaned text. Emphasis delimiters can only
// be told markup or text once their partner is known, so a first pass emits
// them as text and records them; when any pair up, a second pass over the
// same bytes leaves those out (`drops`, in the order met).
class Cleaner {
 public:
  Cleaner(std::string_view raw, std::size_t begin, std::size_t end, MappedText* out,
          const std::vector<Delim>* drops)
      : raw_(raw), begin_(begin), end_(std::min(end, raw.size())), emit_(out), drops_(drops) {}

  void Run() {
    std::size_t i = begin_;
    while (i < end_) {
      while (!jumps_.empty() && i >= jumps_.back().first) {
        i = std::max(i, jumps_.back().second);
        jumps_.pop_back();
      }
      if (i >= end_) break;
      i = IsSpecial(raw_[i]) ? i + Step(i) : Plain(i);
    }
    emit_.Finish(begin_);
  }

  std::vector<Delim>& delims() { return delims_; }

 private:
  // Copies the text bytes from i on, with single spaces between them (a
  // space before a text byte is exactly what a lone space emits), up to a
  // byte that needs a look or the next link jump. Returns where it stopped.
  std::size_t Plain(std::size_t i) {
    std::size_t stop = jumps_.empty() ? end_ : std::min(end_, jumps_.back().first);
    std::size_t j = PlainEnd(raw_, i + 1, stop);
    emit_.PutRun(raw_.data() + i, j - i, static_cast<std::uint32_t>(i));
    return j;
  }

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

  void Char(char c, std::size_t offset) { emit_.Put(c, static_cast<std::uint32_t>(offset)); }
  void Space(std::size_t offset) { emit_.Space(static_cast<std::uint32_t>(offset)); }

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
      std::string bytes;
      AppendUtf8(cp, &bytes);
      for (std::size_t k = 0; k < bytes.size(); ++k) Char(bytes[k], i + k);
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
    // Lower-cased; longer names than this are none of the tags looked for.
    char lower[8];
    std::size_t length = j - name_begin <= sizeof lower ? j - name_begin : 0;
    for (std::size_t k = 0; k < length; ++k) lower[k] = Lower(raw_[name_begin + k]);
    std::string_view name(lower, length);
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
    if (drops_) {
      if (!(*drops_)[delims_met_++].drop) {
        emit_.PutRun(raw_.data() + i, j - i, static_cast<std::uint32_t>(i));
      }
      return j - i;
    }
    unsigned char prev = i > begin_ ? static_cast<unsigned char>(raw_[i - 1]) : ' ';
    unsigned char next = j < end_ ? static_cast<unsigned char>(raw_[j]) : ' ';
    Delim d;
    d.c = c;
    d.open = !IsSpaceByte(next) && (c == '*' || !IsAsciiAlnum(prev));
    d.close = !IsSpaceByte(prev) && (c == '*' || !IsAsciiAlnum(next));
    delims_.push_back(d);
    emit_.PutRun(raw_.data() + i, j - i, static_cast<std::uint32_t>(i));
    return j - i;
  }

  std::string_view raw_;
  std::size_t begin_;
  std::size_t end_;
  Emitter emit_;
  const std::vector<Delim>* drops_;  // second pass: the delimiters met, paired
  std::size_t delims_met_ = 0;
  std::vector<Delim> delims_;        // first pass: the delimiters met
  std::vector<std::pair<std::size_t, std::size_t>> jumps_;  // at first, go to second
};

// Pairs opening and closing delimiters of the same character; paired ones
// are markup and dropped, the others are literal text. Returns whether any
// pair was found.
bool PairDelimiters(std::vector<Delim>* delims) {
  std::vector<std::size_t> openers;
  bool any = false;
  for (std::size_t k = 0; k < delims->size(); ++k) {
    Delim& t = (*delims)[k];
    bool matched = false;
    if (t.close) {
      std::size_t floor = openers.size() > 64 ? openers.size() - 64 : 0;  // stay linear
      for (std::size_t s = openers.size(); s-- > floor;) {
        if ((*delims)[openers[s]].c != t.c) continue;
        (*delims)[openers[s]].drop = true;
        t.drop = true;
        openers.resize(s);
        matched = true;
        any = true;
        break;
      }
    }
    if (!matched && t.open) openers.push_back(k);
  }
  return any;
}

}  // namespace

MappedText CleanRange(std::string_view raw, std::size_t begin, std::size_t end) {
  MappedText out;
  if (end > begin) out.text.reserve(end - begin);
  Cleaner first(raw, begin, end, &out, nullptr);
  first.Run();
  std::vector<Delim>& delims = first.delims();
  if (!delims.empty() && PairDelimiters(&delims)) {
    out.text.clear();
    out.runs.clear();
    Cleaner(raw, begin, end, &out, &delims).Run();
  }
  return out;
}

void AppendMapped(const MappedText& tail, MappedText* head) {
  if (tail.text.empty()) return;
  if (head->text.empty()) {
    *head = tail;
    return;
  }
  // The space maps to the byte after head's last one, which continues
  // head's last run.
  head->text.push_back(' ');
  auto shift = static_cast<std::uint32_t>(head->text.size());
  std::uint32_t next = head->Offset(head->text.size());
  for (const MappedText::Run& r : tail.runs) {
    if (r.at == 0 && r.raw == next) continue;  // tail goes on from the space
    head->runs.push_back({r.at + shift, r.raw});
  }
  head->text += tail.text;
}

MappedText SliceMapped(const MappedText& m, std::size_t b, std::size_t e) {
  MappedText out;
  e = std::min(e, m.text.size());
  b = std::min(b, e);
  out.text.assign(m.text, b, e - b);
  if (m.runs.empty()) return out;
  auto by_at = [](std::size_t x, const MappedText::Run& r) { return x < r.at; };
  auto first = std::upper_bound(m.runs.begin() + 1, m.runs.end(), b, by_at);
  auto last = std::upper_bound(first, m.runs.end(), e == b ? b : e - 1, by_at);
  out.runs.push_back({0, m.Offset(b)});
  for (auto r = first; r != last; ++r) {
    out.runs.push_back({static_cast<std::uint32_t>(r->at - b), r->raw});
  }
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
