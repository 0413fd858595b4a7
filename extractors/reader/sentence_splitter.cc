// Sentence splitting of cleaned text: a sentence ends at . ? ! (and any
// closing quotes or brackets after them) followed by a space and a new
// sentence start, except after abbreviations, initials and acronyms.
#include <algorithm>
#include <bit>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extractors/reader/sentence_splitter.h"

namespace nexus {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool At(std::string_view t, std::size_t i, std::string_view s) {
  // The first byte alone turns most positions away (this runs on every byte).
  return i + s.size() <= t.size() && (s.empty() || t[i] == s[0]) && t.compare(i, s.size(), s) == 0;
}

// Three-byte UTF-8 punctuation that matters here.
constexpr std::string_view kLeftDouble = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // …

// Length of a closing quote or bracket at i, 0 if none.
std::size_t CloserAt(std::string_view t, std::size_t i) {
  if (At(t, i, kRightDouble) || At(t, i, kRightSingle)) return 3;
  char c = t[i];
  return (c == ')' || c == ']' || c == '"' || c == '\'') ? 1 : 0;
}

// Whether the character at i is lower case (ASCII, or Latin-1 letters).
bool StartsLower(std::string_view t, std::size_t i) {
  if (IsLower(t[i])) return true;
  auto b0 = static_cast<unsigned char>(t[i]);
  if (b0 == 0xC3 && i + 1 < t.size()) {
    auto b1 = static_cast<unsigned char>(t[i + 1]);
    return b1 >= 0x9F && b1 != 0xB7;
  }
  return false;
}

// Whether a new sentence may start at i: an upper-case letter, a digit, a
// quote or an opening bracket.
bool StartsSentence(std::string_view t, std::size_t i) {
  char c = t[i];
  if (IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (At(t, i, kLeftDouble) || At(t, i, kLeftSingle)) return true;
  return static_cast<unsigned char>(c) >= 0x80 && !StartsLower(t, i);
}

// Words after which a period does not end a sentence.
bool IsAbbreviation(std::string_view word) {
  static const std::string_view kWords[] = {
      "no",    "nos", "para", "paras", "art",  "arts", "approx", "mr",  "mrs",  "ms",
      "dr",    "st",  "prof", "gen",   "vs",   "cf",   "fig",    "figs", "p",   "pp",
      "vol",   "vols", "ch",  "chap",  "sect", "sec",  "op",     "jr",  "sr",   "rev",
      "hon",   "lt",  "col",  "capt",  "sgt",  "gov",  "messrs", "ref", "al",   "mt",
      "corr",  "add", "viz",  "resp",  "ca",   "est",  "dept",   "univ", "eds", "ed"};
  char buffer[8];
  if (word.size() > sizeof buffer) return false;  // longer than any of them
  for (std::size_t k = 0; k < word.size(); ++k) {
    buffer[k] = IsUpper(word[k]) ? static_cast<char>(word[k] - 'A' + 'a') : word[k];
  }
  std::string_view lower(buffer, word.size());
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// A month's abbreviation ("Aug", "Sept"): before a year or a day ("in Aug.
// 2013", "on 21 Oct. 2008") its period ends no sentence.
bool IsMonthAbbreviation(std::string_view word) {
  static const std::string_view kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Jun",  "Jul",
                                              "Aug", "Sep", "Oct", "Nov", "Dec", "Sept"};
  return std::find(std::begin(kMonths), std::end(kMonths), word) != std::end(kMonths);
}

// "U.S", "i.e", "e.g", "A" (an initial): letters each followed by a period.
bool IsInitials(std::string_view word) {
  if (word.size() == 1) return IsUpper(word[0]);
  if (word.size() % 2 == 0) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    bool letter = IsUpper(word[k]) || IsLower(word[k]);
    if (k % 2 == 0 ? !letter : word[k] != '.') return false;
  }
  return true;
}

// The word ending just before the period at `dot`, without opening
// brackets or quotes.
std::string_view WordBefore(std::string_view t, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !IsSpace(t[b - 1])) --b;
  std::string_view w = t.substr(b, dot - b);
  while (!w.empty()) {
    if (w[0] == '(' || w[0] == '[' || w[0] == '"' || w[0] == '\'') {
      w.remove_prefix(1);
    } else if (At(w, 0, kLeftDouble) || At(w, 0, kLeftSingle)) {
      w.remove_prefix(3);
    } else {
      break;
    }
  }
  return w;
}

// Bytes the splitter acts on: sentence punctuation, straight quotes and the
// first byte of curly quotes and the ellipsis. Runs of other bytes are
// skipped whole.
struct MarkBytes {
  bool is[256] = {};
  constexpr MarkBytes() {
    for (unsigned char c : {'.', '?', '!', '"'}) is[c] = true;
    is[0xE2] = true;
  }
};
constexpr MarkBytes kMarks;

// The first byte in t[i, end) that the splitter acts on, or end. Sentences
// run a hundred bytes between marks, so sixteen go at a time where the
// processor allows.
std::size_t NextMark(std::string_view t, std::size_t i) {
#if defined(__SSE2__)
  auto is = [](__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
  for (; i + 16 <= t.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i marks = _mm_or_si128(_mm_or_si128(is(x, '.'), is(x, '?')),
                                 _mm_or_si128(is(x, '!'), is(x, '"')));
    marks = _mm_or_si128(marks, is(x, '\xE2'));
    if (auto m = static_cast<unsigned>(_mm_movemask_epi8(marks)); m != 0) {
      return i + static_cast<std::size_t>(std::countr_zero(m));
    }
  }
#endif
  while (i < t.size() && !kMarks.is[static_cast<unsigned char>(t[i])]) ++i;
  return i;
}

class Splitter {
 public:
  Splitter(std::string_view t, std::vector<std::pair<std::size_t, std::size_t>>* out)
      : t_(t), out_(out) {}

  void Run() {
    std::size_t start = SkipSpaces(0);
    std::size_t i = start;
    while (i < t_.size()) {
      i = NextMark(t_, i);
      if (i >= t_.size()) break;
      std::size_t end = i;
      if (Boundary(i, &end)) {
        for (std::size_t k = i; k < end; ++k) Track(k, &quotes_, &straight_);
        Push(start, end);
        start = SkipSpaces(end);
        i = start;
        continue;
      }
      if (end > i) {
        i = end;  // past a run of punctuation ("....", no quotes in it)
        continue;
      }
      Track(i, &quotes_, &straight_);
      ++i;
    }
    Push(start, t_.size());

  }

 private:
  std::size_t SkipSpaces(std::size_t i) const {
    while (i < t_.size() && IsSpace(t_[i])) ++i;
    return i;
  }

  void Push(std::size_t b, std::size_t e) {
    while (e > b && IsSpace(t_[e - 1])) --e;
    if (e > b) out_->emplace_back(b, e);
  }

  // Counts open double quotes (see Boundary).
  void Track(std::size_t i, int* quotes, bool* straight) const {
    if (At(t_, i, kLeftDouble)) ++*quotes;
    if (At(t_, i, kRightDouble) && *quotes > 0) --*quotes;
    if (t_[i] == '"') *straight = !*straight;
  }

  // Whether a quote is open at `from` and closes later in the text.
  bool InQuote(std::size_t from, int quotes, bool straight) const {
    if (quotes > 0 && Next(kRightDouble, from, &right_double_)) return true;
    return straight && Next("\"", from, &straight_quote_);
  }

  // Whether `what` occurs at or after `from`; *cache keeps the last answer,
  // as `from` only grows (npos: none after any later `from` either).
  bool Next(std::string_view what, std::size_t from, std::size_t* cache) const {
    if (*cache == std::string_view::npos) return false;
    if (*cache == kUnknown || *cache < from) *cache = t_.find(what, from);
    return *cache != std::string_view::npos;
  }

  // Whether a sentence ends with the punctuation at i; *end is then just
  // after it and any closing quotes or brackets. Otherwise *end is after
  // the run of punctuation at i (i itself if there is none).
  bool Boundary(std::size_t i, std::size_t* end) const {
    std::size_t j = i;
    int periods = 0;
    bool strong = false;  // ? or !
    bool ellipsis = false;
    while (j < t_.size()) {
      if (t_[j] == '.') {
        ++periods;
        ++j;
      } else if (t_[j] == '?' || t_[j] == '!') {
        strong = true;
        ++j;
      } else if (At(t_, j, kEllipsis)) {
        ellipsis = true;
        j += 3;
      } else {
        break;
      }
    }
    *end = j;
    if (j == i) return false;
    ellipsis = ellipsis || periods > 1;
    int quotes = quotes_;
    bool straight = straight_;
    std::size_t run_end = j;
    while (j < t_.size() && CloserAt(t_, j) > 0) {
      Track(j, &quotes, &straight);
      j += CloserAt(t_, j);
    }
    if (j < t_.size() && !IsSpace(t_[j])) return false;  // "1.5", "S/2014/815", "U.S."
    std::size_t next = SkipSpaces(j);
    bool ends = next >= t_.size();
    // Inside a quotation a full stop ends a sentence as anywhere (a quoted
    // speech of several sentences is several statements); a question or
    // exclamation mark or an ellipsis there does not ("“Why? We wait...”").
    if (!ends && !StartsLower(t_, next) && (!InQuote(j, quotes, straight) || (!strong && !ellipsis))) {
      if (strong) {
        ends = true;
      } else if (ellipsis) {
        ends = IsUpper(t_[next]);
      } else {
        std::string_view word = WordBefore(t_, i);
        ends = !IsAbbreviation(word) && !IsInitials(word) &&
               !(IsDigit(t_[next]) && IsMonthAbbreviation(word)) && StartsSentence(t_, next);
      }
    }
    *end = ends ? j : run_end;
    return ends;
  }

  static constexpr std::size_t kUnknown = std::string_view::npos - 1;

  std::string_view t_;
  mutable std::size_t right_double_ = kUnknown;
  mutable std::size_t straight_quote_ = kUnknown;
  int quotes_ = 0;
  bool straight_ = false;
  std::vector<std::pair<std::size_t, std::size_t>>* out_;
};

// Cuts a sentence longer than kMaxSentenceBytes into pieces: at the last
// space in the second half of the window, else at a character boundary. A
// converter that lost every full stop must not make one sentence of a whole
// report, as the link rules cost more than linear time in a sentence.
void CapLength(std::string_view t, std::size_t b, std::size_t e,
               std::vector<std::pair<std::size_t, std::size_t>>* out) {
  while (e - b > kMaxSentenceBytes) {
    std::size_t cut = b + kMaxSentenceBytes;
    std::size_t space = cut;
    while (space > b + kMaxSentenceBytes / 2 && !IsSpace(t[space])) --space;
    if (IsSpace(t[space])) {
      cut = space;
    } else {
      while (cut > b + 1 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    }
    std::size_t piece_end = cut;
    while (piece_end > b && IsSpace(t[piece_end - 1])) --piece_end;
    if (piece_end > b) out->emplace_back(b, piece_end);
    b = cut;
    while (b < e && IsSpace(t[b])) ++b;
  }
  if (e > b) out->emplace_back(b, e);
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  reader_internal::SplitSentences(text, &out);
  return out;
}

namespace reader_internal {

void SplitSentences(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>* out) {
  out->clear();
  Splitter(text, out).Run();
  bool long_one = false;
  for (const auto& [b, e] : *out) long_one = long_one || e - b > kMaxSentenceBytes;
  if (!long_one) return;
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  sentences.swap(*out);
  for (const auto& [b, e] : sentences) CapLength(text, b, e, out);
}

}  // namespace reader_internal

}  // namespace nexus
