#include "extractors/text.h"

#include <cctype>

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

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 1);
  Token* cur = nullptr;  // the word being read, built in place
  bool pending_hyphen = false;
  int letters = 0, lowers = 0;
  auto finish = [&](std::size_t end) {
    if (!cur) return;
    cur->end = end;
    cur->all_caps = letters >= 2 && lowers == 0;
    cur = nullptr;
  };
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t start = i;
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (b < 0x80) {
      c = b;
      ++i;
    } else {
      c = DecodeUtf8(text, &i);
    }
    char folded = 0;
    bool upper = false;
    if (c < 0x80) {
      if (b >= 'a' && b <= 'z') folded = static_cast<char>(b);
      else if (b >= 'A' && b <= 'Z') { folded = static_cast<char>(b - 'A' + 'a'); upper = true; }
      else if (b >= '0' && b <= '9') folded = static_cast<char>(b);
    } else {
      folded = FoldLatin(c, &upper);
    }
    if (folded) {
      if (!cur) {
        cur = &tokens.emplace_back();
        cur->begin = start;
        cur->capitalized = upper;
        cur->hyphen_before = pending_hyphen;
        letters = lowers = 0;
      } else if (upper) {
        cur->inner_caps = true;
      }
      cur->norm.push_back(folded);
      if (folded >= 'a' && folded <= 'z') {
        ++letters;
        if (!upper) ++lowers;
      }
      pending_hyphen = false;
      continue;
    }
    if (cur && IsApostrophe(c)) {
      // "'s" at a word's end is a possessive; a letter after it continues
      // the word (Da'esh, N'Djamena, d’Ivoire).
      std::size_t j = i;
      char32_t next = j < n ? DecodeUtf8(text, &j) : 0;
      std::size_t k = j;
      char32_t after = k < n ? DecodeUtf8(text, &k) : 0;
      bool next_letter = (next < 0x80 && std::isalnum(static_cast<int>(next))) || FoldLatin(next);
      bool after_letter = (after < 0x80 && std::isalnum(static_cast<int>(after))) || FoldLatin(after);
      if (next_letter && !((next == 's' || next == 'S') && !after_letter)) continue;
      finish(start);
      if (next == 's' || next == 'S') i = j;  // skip the possessive s
      pending_hyphen = false;
      continue;
    }
    finish(start);
    pending_hyphen = (c == '-' || c == 0x2010 || c == 0x2011);
  }
  finish(n);
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
