// Lines: what each line of a Markdown-ish report is (heading, numbered
// paragraph, list item, footnote, table row, rule, text).
#include <algorithm>
#include <string>

#include "extractors/reader/lines.h"

namespace nexus::reader_internal {
namespace {

bool IsBlankByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t SkipBlanks(std::string_view raw, std::size_t i, std::size_t end) {
  while (i < end && IsBlankByte(raw[i])) ++i;
  return i;
}

bool IsRule(std::string_view t) {
  char c = t.empty() ? 0 : t[0];
  if (c != '-' && c != '*' && c != '_' && c != '=') return false;
  int count = 0;
  for (char x : t) {
    if (x == c) {
      ++count;
    } else if (x != ' ') {
      return false;
    }
  }
  return count >= 3;
}

bool IsPipeSeparator(std::string_view t) {
  if (t.empty() || t[0] != '|') return false;
  for (char x : t) {
    if (x != '|' && x != '-' && x != ':' && x != ' ') return false;
  }
  return t.find('-') != std::string_view::npos;
}

bool Heading(std::string_view raw, std::size_t s, Line* l) {
  std::size_t h = s;
  while (h < l->end && raw[h] == '#') ++h;
  int level = static_cast<int>(h - s);
  if (level < 1 || level > 6 || (h < l->end && !IsBlankByte(raw[h]))) return false;
  l->kind = LineKind::kHeading;
  l->level = level;
  l->text = SkipBlanks(raw, h, l->end);
  std::size_t e = l->end;  // closing #s: "## Title ##"
  while (e > l->text && raw[e - 1] == '#') --e;
  if (e < l->end && e > l->text && IsBlankByte(raw[e - 1])) {
    while (e > l->text && IsBlankByte(raw[e - 1])) --e;
    l->end = e;
  }
  return true;
}

bool Footnote(std::string_view raw, std::size_t s, Line* l) {
  std::size_t close = 0;
  std::size_t marker = 0;
  std::string_view line = raw.substr(0, l->end);
  if (line.compare(s, 5, "<sup>") == 0) {
    marker = s + 5;
    close = line.substr(0, std::min(l->end, marker + 16)).find("</sup>", marker);
  } else if (line.compare(s, 2, "[^") == 0) {
    marker = s + 2;
    close = line.substr(0, std::min(l->end, marker + 12)).find("]:", marker);
  } else {
    return false;
  }
  if (close == std::string_view::npos || close == marker || close - marker > 8) return false;
  std::string m(raw.substr(marker, close - marker));
  for (char c : m) {
    if (!IsDigit(c) && !IsLetter(c) && c != '*') return false;
  }
  l->kind = LineKind::kFootnote;
  l->marker = m;
  l->text = SkipBlanks(raw, close + (raw[close] == '<' ? 6 : 2), l->end);
  return true;
}

bool Numbered(std::string_view raw, std::size_t s, Line* l) {
  std::size_t d = s;
  while (d < l->end && IsDigit(raw[d]) && d - s < 5) ++d;
  if (d == s || d - s > 4 || d >= l->end || raw[d] != '.') return false;
  if (d + 1 < l->end && !IsBlankByte(raw[d + 1])) return false;
  l->kind = LineKind::kNumbered;
  l->marker = std::string(raw.substr(s, d - s));
  l->text = SkipBlanks(raw, d + 1, l->end);
  return true;
}

bool ListItem(std::string_view raw, std::size_t s, Line* l) {
  if (raw[s] != '(') return false;
  std::size_t c = s + 1;
  while (c < l->end && (IsLetter(raw[c]) || IsDigit(raw[c])) && c - s <= 5) ++c;
  if (c == s + 1 || c >= l->end || raw[c] != ')' || c - s > 5) return false;
  if (c + 1 < l->end && !IsBlankByte(raw[c + 1])) return false;
  std::string m(raw.substr(s + 1, c - s - 1));
  bool digits = IsDigit(m[0]);
  for (char x : m) {
    if (digits != IsDigit(x)) return false;
  }
  if (!digits && m.size() > 1 && RomanValue(m) == 0) return false;
  l->kind = LineKind::kListItem;
  l->marker = m;
  l->text = SkipBlanks(raw, c + 1, l->end);
  return true;
}

bool Bullet(std::string_view raw, std::size_t s, Line* l) {
  std::size_t after = 0;
  if (raw[s] == '-' || raw[s] == '*' || raw[s] == '+') {
    after = s + 1;
  } else if (raw.compare(s, 3, "\xE2\x80\xA2") == 0) {  // •
    after = s + 3;
  } else {
    return false;
  }
  if (after < l->end && !IsBlankByte(raw[after])) return false;
  l->kind = LineKind::kBullet;
  l->text = SkipBlanks(raw, after, l->end);
  return true;
}

// A line longer than this is not a heading or a table row: it is a whole
// report whose line ends a converter lost, and must not vanish into a
// section title or a row of cells.
constexpr std::size_t kMaxMarkupLineBytes = 16384;

Line Classify(std::string_view raw, std::size_t b, std::size_t e) {
  Line l;
  l.begin = b;
  // Only whether there are two tabs matters.
  std::size_t tab = raw.substr(0, e).find('\t', b);
  bool two_tabs = tab != std::string_view::npos &&
                  raw.substr(0, e).find('\t', tab + 1) != std::string_view::npos;
  std::size_t full = e;
  while (e > b && IsBlankByte(raw[e - 1])) --e;
  l.end = e;
  l.hard_break = full - e >= 2 && raw[e] == ' ' && raw[e + 1] == ' ';
  std::size_t s = SkipBlanks(raw, b, e);
  l.text = s;
  if (s >= e) {
    l.kind = LineKind::kBlank;
    return l;
  }
  std::string_view t = raw.substr(s, e - s);
  if (t.size() > kMaxMarkupLineBytes) {
    Line text = l;
    if (Footnote(raw, s, &l) || Numbered(raw, s, &l) || ListItem(raw, s, &l) || Bullet(raw, s, &l))
      return l;
    return text;
  }
  if (two_tabs) {
    l.kind = LineKind::kTableRow;
    return l;
  }
  if (IsPipeSeparator(t) || IsRule(t)) {
    l.kind = LineKind::kRule;
    return l;
  }
  if (t[0] == '|' && t.size() > 1 && t.back() == '|') {
    l.kind = LineKind::kTableRow;
    l.pipe = true;
    return l;
  }
  if (Heading(raw, s, &l) || Footnote(raw, s, &l) || Numbered(raw, s, &l) ||
      ListItem(raw, s, &l) || Bullet(raw, s, &l)) {
    return l;
  }
  return l;  // kText
}

}  // namespace

std::vector<Line> ClassifyLines(std::string_view raw) {
  std::vector<Line> lines;
  std::size_t b = 0;
  while (b < raw.size()) {
    std::size_t e = raw.find('\n', b);
    if (e == std::string_view::npos) e = raw.size();
    lines.push_back(Classify(raw, b, e));
    b = e + 1;
  }
  return lines;
}

bool IsEmphasisLine(std::string_view raw, std::size_t begin, std::size_t end) {
  std::string_view t = raw.substr(begin, end - begin);
  if (t.size() < 3 || t.size() > 250) return false;
  char d = t[0];
  if (d != '*' && d != '_') return false;
  std::size_t run = 0;
  while (run < t.size() && t[run] == d && run < 3) ++run;
  if (t.size() <= 2 * run) return false;
  for (std::size_t k = 0; k < run; ++k) {
    if (t[t.size() - 1 - k] != d) return false;
  }
  std::string_view inner = t.substr(run, t.size() - 2 * run);
  if (inner.empty() || IsBlankByte(inner.front()) || IsBlankByte(inner.back())) return false;
  return inner.find(d) == std::string_view::npos;
}

void SplitCells(std::string_view raw, const Line& line, std::vector<RawRange>* out) {
  std::vector<RawRange>& cells = *out;
  cells.clear();
  char sep = line.pipe ? '|' : '\t';
  std::size_t b = line.begin;
  std::size_t e = line.end;
  if (line.pipe) {
    b = SkipBlanks(raw, b, e) + 1;  // the leading |
    if (e > b && raw[e - 1] == '|') --e;
  }
  std::size_t start = b;
  std::string_view row = raw.substr(0, e);
  for (std::size_t i = b; i < e; ++i) {
    i = std::min(row.find(sep, i), e);
    bool escaped = i > b && raw[i - 1] == '\\';
    if (i == e || !escaped) {
      cells.push_back(RawRange{start, i});
      start = i + 1;
    }
  }
  if (start <= e) cells.push_back(RawRange{start, e});
}

int RomanValue(std::string_view s) {
  if (s.empty() || s.size() > 12) return 0;
  auto digit = [](char c) {
    switch (c) {
      case 'I': case 'i': return 1;
      case 'V': case 'v': return 5;
      case 'X': case 'x': return 10;
      case 'L': case 'l': return 50;
      case 'C': case 'c': return 100;
      case 'D': case 'd': return 500;
      case 'M': case 'm': return 1000;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    int v = digit(s[k]);
    if (v == 0) return 0;
    int next = k + 1 < s.size() ? digit(s[k + 1]) : 0;
    total += next > v ? -v : v;
  }
  // Round trip to refuse malformed numerals such as "IIII" or "VX".
  static const std::pair<int, const char*> kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string canonical;
  int rest = total;
  for (const auto& [value, text] : kParts) {
    while (rest >= value) {
      canonical += text;
      rest -= value;
    }
  }
  if (canonical.size() != s.size()) return 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != canonical[k]) return 0;
  }
  return total;
}

}  // namespace nexus::reader_internal
