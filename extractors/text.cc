#include "extractors/text.h"

#include <array>

namespace nexus {
namespace {

#include "extractors/fold_tables.inc"

// ASCII folding of accented Latin letters, as in place and group names.
// Returns 0 for anything that is not such a letter; sets *upper for capitals.
char FoldLatin(char32_t c, bool* upper = nullptr) {
  auto look = [&](char32_t first, const char* base, const char* caps, std::size_t n) -> char {
    if (c < first || c - first >= n) return 0;
    if (upper) *upper = caps[c - first] == '1';
    return base[c - first];
  };
  if (char f = look(kLatinFirst, kLatinBase, kLatinUpper, sizeof(kLatinUpper) - 1)) return f;
  return look(kLatinAdditionalFirst, kLatinAdditionalBase, kLatinAdditionalUpper,
              sizeof(kLatinAdditionalUpper) - 1);
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }

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

// A letter or digit: what continues a word after an apostrophe.
bool IsWordChar(char32_t c) { return c < 0x80 ? kBytes[c] != 0 : FoldLatin(c) != 0; }

}  // namespace

char32_t DecodeUtf8(std::string_view s, std::size_t* i) {
  unsigned char b = static_cast<unsigned char>(s[*i]);
  if (b < 0x80) {
    ++*i;
    return b;
  }
  int len = (b >= 0xF0 && b < 0xF8) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC2 && b < 0xE0) ? 2 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t c = b & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    unsigned char n = static_cast<unsigned char>(s[*i + k]);
    if ((n & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    c = (c << 6) | (n & 0x3F);
  }
  *i += len;
  return c;
}

void Tokenize(std::string_view text, std::vector<Token>* out) {
  std::vector<Token>& tokens = *out;
  if (tokens.capacity() == 0) tokens.reserve(text.size() / 6 + 1);
  // Tokens already in `tokens` are overwritten (their strings keep their
  // memory); those left over are dropped at the end.
  std::size_t count = 0;
  Token* cur = nullptr;  // the word being read, built in place
  bool pending_hyphen = false;
  // In the word being read: whether a lower-case letter was seen, and the
  // number of letters while none was (all that all_caps needs).
  bool lower_seen = false;
  int letters = 0;
  auto finish = [&](std::size_t end) {
    if (!cur) return;
    cur->end = end;
    cur->all_caps = !lower_seen && letters >= 2;
    cur = nullptr;
  };
  auto start_word = [&](std::size_t begin, bool upper) {
    if (count < tokens.size()) {
      cur = &tokens[count];
      cur->norm.clear();
      cur->inner_caps = false;
    } else {
      cur = &tokens.emplace_back();
    }
    ++count;
    cur->begin = begin;
    cur->capitalized = upper;
    cur->hyphen_before = pending_hyphen;
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
        // Most words are plain ASCII: find the run's end, copy it and fold
        // it in place (setting 0x20 lower-cases a letter and keeps a digit).
        if (!cur) start_word(i, first & kUpperBit);
        else if (first & kUpperBit) cur->inner_caps = true;
        unsigned seen = first;
        std::size_t end = i + 1;
        unsigned inner = 0;
        for (; end < n; ++end) {
          const unsigned char f = kBytes[static_cast<unsigned char>(data[end])];
          if (!f) break;
          inner |= f;
        }
        seen |= inner;
        const std::size_t old = cur->norm.size();
        cur->norm.append(data + i, end - i);
        char* folded = cur->norm.data() + old;
        for (std::size_t k = 0, len = end - i; k < len; ++k) folded[k] |= 0x20;
        if (inner & kUpperBit) cur->inner_caps = true;
        if (seen & kLowerBit) {
          lower_seen = true;
        } else if (!lower_seen) {
          for (std::size_t k = i; k < end; ++k)
            letters += kBytes[static_cast<unsigned char>(data[k])] == kUpperBit;
        }
        pending_hyphen = false;
        i = end;
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
      c = DecodeUtf8(text, &i);
      bool upper = false;
      if (char folded = FoldLatin(c, &upper)) {
        if (!cur) start_word(start, upper);
        else if (upper) cur->inner_caps = true;
        cur->norm.push_back(folded);
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
      char32_t next = j < n ? DecodeUtf8(text, &j) : 0;
      std::size_t k = j;
      char32_t after = k < n ? DecodeUtf8(text, &k) : 0;
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
  tokens.resize(count);
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return tokens;
}

std::string NormalizeName(std::string_view name) {
  std::string out;
  for (const Token& t : Tokenize(name)) {
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
