#include "extractors/reader/metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <string>

namespace nexus {
namespace {

constexpr std::size_t kHeadLimit = 4096;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '.';
}

std::size_t Digits(std::string_view t, std::size_t i) {
  std::size_t n = 0;
  while (i + n < t.size() && IsDigit(t[i + n])) ++n;
  return n;
}

// The length of a UN symbol starting at i, or 0: one to five capital
// letters, then "/" parts of capitals or digits, of which at least two
// are numbers (the session or year and the number), e.g. "S/2015/366",
// "A/70/826", "A/HRC/52/23"; then "/Rev.1", "/Add.2", "/Corr.1" suffixes.
std::size_t SymbolAt(std::string_view t, std::size_t i) {
  std::size_t j = i;
  while (j < t.size() && IsUpper(t[j]) && j - i < 5) ++j;
  if (j == i || j >= t.size() || t[j] != '/') return 0;
  int numbers = 0;
  std::size_t end = 0;
  while (j < t.size() && t[j] == '/') {
    std::size_t k = j + 1;
    if (std::size_t n = Digits(t, k); n > 0) {
      k += n;
      ++numbers;
    } else {
      std::size_t letters = 0;
      while (k + letters < t.size() && IsUpper(t[k + letters])) ++letters;
      if (letters == 0) break;
      k += letters;
      if (numbers >= 2) break;  // a suffix: handled below
    }
    if (k < t.size() && std::isalpha(static_cast<unsigned char>(t[k]))) break;
    j = k;
    if (numbers >= 2) end = j;
  }
  if (end == 0) return 0;
  // Revision, addendum and corrigendum suffixes.
  for (;;) {
    std::string_view rest = t.substr(end);
    std::size_t len = 0;
    for (std::string_view s : {"/Rev.", "/Add.", "/Corr."})
      if (rest.substr(0, s.size()) == s && Digits(rest, s.size()) > 0) len = s.size() + Digits(rest, s.size());
    if (len == 0) break;
    end += len;
  }
  return end - i;
}

const std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",
                                                  "May",     "June",     "July",      "August",
                                                  "September", "October", "November", "December"};

// The month named at t[i], 1-12, with its length in *len; 0 when none.
int MonthAt(std::string_view t, std::size_t i, std::size_t* len) {
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    if (t.substr(i, name.size()) == name &&
        (i + name.size() == t.size() || !std::isalpha(static_cast<unsigned char>(t[i + name.size()])))) {
      *len = name.size();
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

std::string Iso(int year, int month, int day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

int Number(std::string_view t, std::size_t i, std::size_t n) {
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) v = v * 10 + (t[i + k] - '0');
  return v;
}

std::size_t Spaces(std::string_view t, std::size_t i) {
  std::size_t n = 0;
  while (i + n < t.size() && (t[i + n] == ' ' || t[i + n] == '\t')) ++n;
  return n;
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in = false;
  for (char c : s) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letter && !in) ++words;
    in = letter || (in && c == '-');
  }
  return words;
}

}  // namespace

std::string FindDocumentSymbol(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!IsUpper(t[i]) || (i > 0 && IsWordByte(t[i - 1]))) continue;
    if (std::size_t n = SymbolAt(t, i)) return std::string(t.substr(i, n));
  }
  return "";
}

std::string FindDate(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1]))) continue;
    std::size_t len = 0;
    if (std::size_t d = Digits(t, i); d >= 1 && d <= 2) {
      // "21 May 2015"
      std::size_t j = i + d + Spaces(t, i + d);
      if (j == i + d) continue;
      const int month = MonthAt(t, j, &len);
      if (!month) continue;
      j += len;
      const std::size_t s = Spaces(t, j);
      if (s == 0 || Digits(t, j + s) != 4) continue;
      const int day = Number(t, i, d);
      if (day >= 1 && day <= 31) return Iso(Number(t, j + s, 4), month, day);
    } else if (const int month = MonthAt(t, i, &len)) {
      // "May 21, 2015"
      std::size_t j = i + len;
      const std::size_t s = Spaces(t, j);
      const std::size_t d = Digits(t, j + s);
      if (s == 0 || d < 1 || d > 2) continue;
      const int day = Number(t, j + s, d);
      j += s + d;
      if (j >= t.size() || t[j] != ',') continue;
      ++j;
      const std::size_t s2 = Spaces(t, j);
      if (Digits(t, j + s2) != 4 || day < 1 || day > 31) continue;
      return Iso(Number(t, j + s2, 4), month, day);
    }
  }
  return "";
}

void ReadMetadata(Document* doc) {
  std::size_t head = std::min(doc->raw.size(), kHeadLimit);
  for (const Paragraph& p : doc->paragraphs) {
    if (p.span.begin >= head) break;
    if (!p.label.empty() && IsDigit(p.label[0])) {
      head = p.span.begin;
      break;
    }
  }
  const std::string_view text = std::string_view(doc->raw).substr(0, head);
  doc->symbol = FindDocumentSymbol(text);
  doc->date = FindDate(text);
  doc->title.clear();
  for (const Section& s : doc->sections) {
    if (WordCount(s.title) >= 3) {
      doc->title = s.title;
      break;
    }
  }
  if (doc->title.empty() && !doc->sections.empty()) doc->title = doc->sections.front().title;
}

}  // namespace nexus
