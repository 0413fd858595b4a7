#include "extractors/reader/tokenizer.h"

#include "graph/fold.h"
#include "graph/utf8.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace nexus {
namespace {

// Per byte: flags for ASCII letters and digits, zero for every other byte
// (bytes of multi-byte UTF-8 sequences included).
constexpr unsigned char kDigitBit = 1, kUpperBit = 2, kLowerBit = 4;
constexpr std::array<unsigned char, 256> MakeByteClasses() {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigitBit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpperBit;
  return t;
}
constexpr std::array<unsigned char, 256> kBytes = MakeByteClasses();

// Reads the ASCII letters and digits at the start of data[0, n) and writes
// their folded form (upper-case letters lowered, digits kept) at `out`,
// which has room for n bytes. Returns their number, the byte classes seen
// among them, whether an upper-case letter follows the first byte, and the
// number of upper-case letters up to two (all that all_caps needs).
struct AsciiRun {
  std::size_t size = 0;
  unsigned seen = 0;
  bool upper_after_first = false;
  int upper = 0;
};
AsciiRun ReadAsciiRun(const char* data, std::size_t n, char* out) {
  AsciiRun run;
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time. A byte minus the start of a range, shifted by
  // 0x80 and compared as signed, is below the range's size shifted by 0x80
  // just when the byte is in the range; bytes of 0x80 and more are in none.
  auto in_range = [](__m128i x, char first, int size) {
    const __m128i shifted = _mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(first + 0x80)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(size - 0x80)));
  };
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const __m128i upper = in_range(x, 'A', 26);
    const __m128i lower = in_range(x, 'a', 26);
    const __m128i digit = in_range(x, '0', 10);
    const auto word = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, lower), digit)));
    // Setting 0x20 lowers a letter and keeps a digit. All sixteen bytes are
    // written (there is room for them); those after the run do not count.
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + i), _mm_or_si128(x, _mm_set1_epi8(0x20)));
    // The run's bytes here: those before the first that is not a letter or digit.
    const unsigned len = static_cast<unsigned>(std::countr_one(word));
    const unsigned keep = len >= 16 ? 0xFFFFu : (1u << len) - 1;
    const auto up = static_cast<unsigned>(_mm_movemask_epi8(upper)) & keep;
    if (up) {
      run.seen |= kUpperBit;
      run.upper = std::min(2, run.upper + ((up & (up - 1)) ? 2 : 1));
      if (i > 0 || (up & ~1u)) run.upper_after_first = true;
    }
    if (static_cast<unsigned>(_mm_movemask_epi8(lower)) & keep) run.seen |= kLowerBit;
    if (static_cast<unsigned>(_mm_movemask_epi8(digit)) & keep) run.seen |= kDigitBit;
    if (len < 16) {
      run.size = i + len;
      return run;
    }
  }
#endif
  for (; i < n; ++i) {
    const unsigned char f = kBytes[static_cast<unsigned char>(data[i])];
    if (!f) break;
    run.seen |= f;
    if (f == kUpperBit) {
      run.upper = std::min(2, run.upper + 1);
      if (i > 0) run.upper_after_first = true;
    }
    out[i] = static_cast<char>(data[i] | 0x20);
  }
  run.size = i;
  return run;
}

// A letter or digit: what continues a word after an apostrophe.
bool IsWordChar(char32_t c) { return c < 0x80 ? kBytes[c] != 0 : FoldLatin(c) != 0; }

}  // namespace

// Fills a Tokens: the tokeniser proper.
class TokenWriter {
 public:
  static void Run(std::string_view text, Tokens* out);
};

void TokenWriter::Run(std::string_view text, Tokens* out) {
  std::vector<Token>& tokens = out->tokens_;
  tokens.clear();
  if (tokens.capacity() == 0) tokens.reserve(text.size() / 6 + 1);
  // A word's folded form is never longer than the word, so the norms fit in
  // the text's size; sixteen more bytes leave room for a vector store. The
  // buffer is never reallocated while tokens point into it.
  if (out->capacity_ < text.size() + 16) {
    out->capacity_ = text.size() + 16;
    out->chars_.reset(new char[out->capacity_]);
  }
  char* const chars = out->chars_.get();
  std::size_t used = 0;        // bytes of chars written
  std::size_t norm_begin = 0;  // where the word being read starts in chars
  Token* cur = nullptr;  // the word being read, built in place
  bool pending_hyphen = false;
  // In the word being read: whether a lower-case letter was seen, and the
  // number of letters while none was (all that all_caps needs).
  bool lower_seen = false;
  int letters = 0;
  auto finish = [&](std::size_t end) {
    if (!cur) return;
    cur->end = static_cast<std::uint32_t>(end);
    cur->norm = std::string_view(chars + norm_begin, used - norm_begin);
    cur->all_caps = !lower_seen && letters >= 2;
    // "AI-Nusrah Front": a capital I for the l of the article "Al" (a slip
    // of scanned and PDF text) before a hyphen and a capital is that "Al".
    if (end == cur->begin + 2u && text[cur->begin] == 'A' && text[cur->begin + 1] == 'I' && end + 1 < text.size() &&
        text[end] == '-' && text[end + 1] >= 'A' && text[end + 1] <= 'Z') {
      chars[norm_begin + 1] = 'l';
      cur->all_caps = cur->inner_caps = false;
    }
    cur = nullptr;
  };
  auto start_word = [&](std::size_t begin, bool upper) {
    cur = &tokens.emplace_back();
    cur->begin = static_cast<std::uint32_t>(begin);
    cur->capitalized = upper;
    cur->hyphen_before = pending_hyphen;
    norm_begin = used;
    lower_seen = false;
    letters = 0;
  };
  const std::size_t n = text.size();
  const char* const data = text.data();
  std::size_t i = 0;
  while (i < n) {
    std::size_t start = i;
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (b < 0x80) {
      if (const unsigned char first = kBytes[b]) {
        // Most words are plain ASCII: read the run of letters and digits
        // and write its folded form at once.
        if (!cur) start_word(i, first & kUpperBit);
        else if (first & kUpperBit) cur->inner_caps = true;
        const AsciiRun run = ReadAsciiRun(data + i, n - i, chars + used);
        used += run.size;
        if (run.upper_after_first) cur->inner_caps = true;
        if (run.seen & kLowerBit) lower_seen = true;
        else if (!lower_seen) letters += run.upper;
        pending_hyphen = false;
        i += run.size;
        continue;
      }
      if (b == ' ') {  // the most common separator, neither hyphen nor apostrophe
        finish(i);
        pending_hyphen = false;
        ++i;
        continue;
      }
      c = b;
      ++i;
    } else {
      c = NextCodePoint(text, &i);
      bool upper = false;
      if (char folded = FoldLatin(c, &upper)) {
        if (!cur) start_word(start, upper);
        else if (upper) cur->inner_caps = true;
        chars[used++] = folded;
        ++letters;  // the fold tables hold letters only
        if (!upper) lower_seen = true;
        pending_hyphen = false;
        continue;
      }
    }
    if (cur && IsApostrophe(c)) {
      // "'s" at a word's end is a possessive; a letter after it continues
      // the word (Da'esh, N'Djamena, d’Ivoire).
      std::size_t j = i;
      char32_t next = j < n ? NextCodePoint(text, &j) : 0;
      std::size_t k = j;
      char32_t after = k < n ? NextCodePoint(text, &k) : 0;
      if (IsWordChar(next) && !((next == 's' || next == 'S') && !IsWordChar(after))) continue;
      finish(start);
      if (next == 's' || next == 'S') i = j;  // skip the possessive s
      pending_hyphen = false;
      continue;
    }
    finish(start);
    pending_hyphen = (c == '-' || c == 0x2010 || c == 0x2011);
  }
  finish(n);
  out->used_ = used;
}

void Tokenize(std::string_view text, Tokens* tokens) { TokenWriter::Run(text, tokens); }

Tokens Tokenize(std::string_view text) {
  Tokens tokens;
  Tokenize(text, &tokens);
  return tokens;
}

bool PossessiveAt(std::string_view text, std::size_t at) {
  if (at > text.size()) return false;
  const std::string_view rest = text.substr(at);
  return rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s");
}

std::string NormalizeName(std::string_view name) {
  // Loading the rules folds tens of thousands of names: the tokens' memory
  // is kept from one call to the next.
  thread_local Tokens tokens;
  Tokenize(name, &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out += t.norm;
  }
  return out;
}

std::string Slug(std::string_view name) {
  std::string out = NormalizeName(name);
  for (char& c : out)
    if (c == ' ') c = '_';
  return out;
}

}  // namespace nexus
