// Sections: nests headings by their numbering scheme, since converted reports
// use '#' levels inconsistently ("## B." then "### 1." then "## 2.").
#include <utility>

#include "extractors/reader/lines.h"
#include "extractors/reader/sections.h"

namespace nexus::reader_internal {
namespace {

// Ranks of numbering schemes, outermost first.
constexpr int kAnnex = 0;   // "Annex", "Annex I", "Appendix"
constexpr int kRoman = 1;   // "II."
constexpr int kLetter = 2;  // "B."
constexpr int kArabic = 3;  // "6."
constexpr int kDotted = 4;  // "6.1"

bool StartsWithWord(std::string_view title, std::string_view word) {
  if (title.size() < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = title[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[k]) return false;
  }
  return title.size() == word.size() || title[word.size()] == ' ' ||
         title[word.size()] == '.' || title[word.size()] == ':';
}

bool IsAnnexTitle(std::string_view title) {
  return StartsWithWord(title, "annex") || StartsWithWord(title, "annexes") ||
         StartsWithWord(title, "appendix") || StartsWithWord(title, "enclosure");
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

int SectionTree::Rank(std::string_view title) {
  if (IsAnnexTitle(title)) return kAnnex;
  std::size_t dot = title.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 8) return -1;
  std::string_view num = title.substr(0, dot);
  bool after_ok = dot + 1 == title.size() || title[dot + 1] == ' ';
  bool digits = true;
  for (char c : num) digits = digits && IsDigit(c);
  if (digits) {
    if (after_ok) return kArabic;
    return IsDigit(title[dot + 1]) ? kDotted : -1;
  }
  if (!after_ok) return -1;
  if (num.size() == 1 && num[0] >= 'A' && num[0] <= 'Z') {
    char c = num[0];
    bool roman_like = c == 'I' || c == 'V' || c == 'X';
    if (!roman_like || last_letter_ == c - 1) {
      last_letter_ = c;
      return kLetter;
    }
  }
  for (char c : num) {
    if (c < 'A' || c > 'Z') return -1;
  }
  if (RomanValue(num) == 0) return -1;
  last_letter_ = 0;
  return kRoman;
}

void SectionTree::PopFor(int rank, int level, bool minor) {
  while (!stack_.empty()) {
    const Entry& top = stack_.back();
    bool pop = false;
    if (top.minor) {
      pop = true;
    } else if (minor) {
      pop = false;
    } else if (rank >= 0) {
      // A numbered heading closes numbered ones of the same or a lower
      // scheme, and an unnumbered one at its level unless that one already
      // holds headings of this scheme ("## Report" > "### I." ... "## II.").
      if (top.rank >= 0) {
        pop = top.rank >= rank;
      } else {
        pop = (top.child_ranks & (1u << rank)) == 0 && top.level >= level;
      }
    } else {
      pop = top.rank >= 0 ? top.level > level : top.level >= level;
    }
    if (!pop) break;
    stack_.pop_back();
  }
}

int SectionTree::Add(Document* doc, std::string title, int level, Span span, bool minor) {
  int rank = minor ? -1 : Rank(title);
  PopFor(rank, level, minor);
  Section section;
  section.title = std::move(title);
  section.span = span;
  section.parent = stack_.empty() ? -1 : stack_.back().index;
  if (minor && level <= 0) {
    level = stack_.empty() ? 1 : doc->sections[stack_.back().index].level + 1;
  }
  section.level = level;
  if (!stack_.empty() && rank >= 0) stack_.back().child_ranks |= 1u << rank;
  int index = static_cast<int>(doc->sections.size());
  doc->sections.push_back(std::move(section));
  Entry entry;
  entry.index = index;
  entry.rank = rank;
  entry.level = level;
  entry.minor = minor;
  stack_.push_back(entry);
  current_ = index;
  return index;
}

bool SectionTree::InAnnex(const Document& doc) const {
  for (int s = current_; s >= 0 && s < static_cast<int>(doc.sections.size());
       s = doc.sections[s].parent) {
    if (IsAnnexTitle(doc.sections[s].title)) return true;
  }
  return false;
}

}  // namespace nexus::reader_internal
