#include "extractors/quantity_extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace nexus {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Reads "1,250.5" at text[*i]; returns false when no digit is there.
bool ReadNumber(std::string_view t, std::size_t* i, double* value) {
  std::size_t j = *i;
  std::string digits;
  while (j < t.size() && (Digit(t[j]) || ((t[j] == ',' || t[j] == '.') && j + 1 < t.size() &&
                                          Digit(t[j + 1]) && !digits.empty()))) {
    if (t[j] != ',') digits.push_back(t[j]);
    ++j;
  }
  if (digits.empty()) return false;
  *value = std::strtod(digits.c_str(), nullptr);
  *i = j;
  return true;
}

bool WordAt(std::string_view t, std::size_t i, std::string_view w) {
  if (i + w.size() > t.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(t[i + k])) != w[k]) return false;
  return i + w.size() == t.size() || !std::isalpha(static_cast<unsigned char>(t[i + w.size()]));
}

// " million", " billion", " thousand" after a number: the multiplier.
double Scale(std::string_view t, std::size_t* i) {
  std::size_t j = *i;
  while (j < t.size() && t[j] == ' ') ++j;
  struct { const char* word; double factor; } const kScales[] = {
      {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  for (const auto& s : kScales) {
    if (WordAt(t, j, s.word)) {
      *i = j + std::string_view(s.word).size();
      return s.factor;
    }
  }
  return 1;
}

// "per day", "a year", "annually" after an amount.
std::string Rate(std::string_view t, std::size_t* i) {
  std::size_t j = *i;
  while (j < t.size() && (t[j] == ' ' || t[j] == ')')) ++j;
  // "$2 million in revenue per day": up to two words may stand between.
  for (std::string_view filler : {"in revenue ", "in income ", "in profits ", "in ransoms "})
    if (t.substr(j, filler.size()) == filler &&
        (t.substr(j + filler.size(), 4) == "per " || t.substr(j + filler.size(), 2) == "a "))
      j += filler.size();
  for (const char* unit : {"day", "week", "month", "year", "annum"}) {
    for (const char* lead : {"per ", "a ", "each "}) {
      std::string phrase = std::string(lead) + unit;
      if (WordAt(t, j, phrase)) {
        *i = j + phrase.size();
        return std::string(unit) == "annum" ? "year" : unit;
      }
    }
  }
  if (WordAt(t, j, "annually")) {
    *i = j + 8;
    return "year";
  }
  return "";
}

// A currency sign or code at t[i]: its length, or 0. Told apart by the
// first byte: most calls are at the "U" of "UN".
std::size_t Currency(std::string_view t, std::size_t i) {
  std::string_view s = t.substr(i);
  if (s.empty()) return 0;
  switch (s[0]) {
    case 'U': return s.starts_with("US$") ? 3 : s.starts_with("USD ") ? 4 : 0;
    case '$': return 1;
    case '\xe2': return s.starts_with("\xe2\x82\xac") ? 3 : 0;  // euro
    case '\xc2': return s.starts_with("\xc2\xa3") ? 2 : 0;       // pound
    default: return 0;
  }
}

// The bytes a quantity can start with: a digit, or the first byte of a
// currency sign or code (Currency). At any other byte nothing is found.
struct StartBytes {
  bool at[256] = {};
  constexpr StartBytes() {
    for (char c = '0'; c <= '9'; ++c) at[static_cast<unsigned char>(c)] = true;
    at[static_cast<unsigned char>('U')] = at[static_cast<unsigned char>('$')] = true;
    at[0xe2] = at[0xc2] = true;  // the euro and pound signs
  }
};
constexpr StartBytes kStart;

// The index of the first byte from i on that may start a quantity, or
// t.size(). Sixteen bytes at a time where SSE2 is there (every x86-64).
std::size_t NextStart(std::string_view t, std::size_t i) {
#ifdef __SSE2__
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
  for (; i + 16 <= t.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i d = _mm_sub_epi8(x, zero);  // a digit: 0 to 9, unsigned
    __m128i hit = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('U')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('$')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('\xe2')));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8('\xc2')));
    if (int mask = _mm_movemask_epi8(hit)) return i + __builtin_ctz(mask);
  }
#endif
  while (i < t.size() && !kStart.at[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view t) {
  std::vector<Quantity> out;
  std::size_t i = 0;
  while (i < t.size()) {
    // Most text is words: go straight to the next byte that may start a quantity.
    if ((i = NextStart(t, i)) == t.size()) break;
    std::size_t start = i;
    // Not inside a word or a document symbol ("S/2014/815").
    bool word_start = i == 0 || (!std::isalnum(static_cast<unsigned char>(t[i - 1])) && t[i - 1] != '/');
    if (std::size_t c = word_start ? Currency(t, i) : 0) {
      std::size_t j = i + c;
      double v = 0;
      if (ReadNumber(t, &j, &v)) {
        Quantity q{0, 0, "money", "", v * Scale(t, &j), 0, "", start, 0};
        q.high = q.value;
        // "$10-15", "$96,000-$123,000", "$35 million to $45 million"
        std::size_t k = j;
        if (k < t.size() && (t[k] == '-' || t.substr(k, 3) == "\xe2\x80\x93")) {
          k += t[k] == '-' ? 1 : 3;
          k += Currency(t, k);
          double h = 0;
          if (ReadNumber(t, &k, &h)) {
            double scale = Scale(t, &k);
            q.high = h * (scale > 1 ? scale : q.value / std::max(v, 1e-9));
            j = k;
          }
        }
        q.per = Rate(t, &j);
        q.end = j;
        q.text = std::string(t.substr(start, j - start));
        // "between $35 million and $45 million": one range.
        if (!out.empty() && out.back().kind == "money" && out.back().high == out.back().value &&
            t.substr(out.back().end, start - out.back().end) == " and " &&
            out.back().begin >= 8 && WordAt(t, out.back().begin - 8, "between")) {
          out.back().high = q.value;
          out.back().end = q.end;
          out.back().per = q.per;
          out.back().text = std::string(t.substr(out.back().begin, q.end - out.back().begin));
        } else {
          out.push_back(q);
        }
        i = j;
        continue;
      }
    }
    double v = 0;
    std::size_t j = i;
    if (word_start && ReadNumber(t, &j, &v)) {
      std::size_t k = j;
      while (k < t.size() && t[k] == ' ') ++k;
      if (WordAt(t, k, "per cent") || WordAt(t, k, "percent") || (k == j && k < t.size() && t[k] == '%')) {
        std::size_t end = t[k] == '%' ? k + 1 : k + (WordAt(t, k, "per cent") ? 8 : 7);
        out.push_back({0, 0, "percent", std::string(t.substr(start, end - start)), v, v, "", start, end});
        i = end;
        continue;
      }
      if (t.substr(j, 7) == "-month " || t.substr(j, 6) == "-year ") {
        bool month = t[j + 1] == 'm';
        std::size_t end = j + (month ? 6 : 5);
        out.push_back({0, 0, "period", std::string(t.substr(start, end - start)),
                       month ? v : v * 12, month ? v : v * 12, "", start, end});
        i = end;
        continue;
      }
      bool plain = j - i == 4 && (j == t.size() || !std::isalnum(static_cast<unsigned char>(t[j])));
      if (plain && v >= 1900 && v <= 2100) {
        out.push_back({0, 0, "year", std::string(t.substr(start, 4)), v, v, "", start, j});
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    ++i;
  }
  return out;
}

void QuantityExtractor::Extract(const Document& doc, Findings* findings) const {
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      for (Quantity& q : FindQuantities(doc.paragraphs[p].sentences[s].text)) {
        q.paragraph = p;
        q.sentence = s;
        findings->quantities.push_back(std::move(q));
      }
    }
  }
}

bool IsMeasureWord(std::string_view w) {
  for (std::string_view unit : {"kg", "kilogram", "kilograms", "kilos", "ton", "tons", "tonne", "tonnes", "grams",
                                "pounds", "litres", "liters", "barrels", "tablets", "pills", "rounds", "boxes", "bags",
                                "packages", "units", "pieces", "cartridges"})
    if (w == unit) return true;
  return false;
}

}  // namespace nexus
