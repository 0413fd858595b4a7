#include "extractors/reader/title_case.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace nexus {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

// "AL-QAIDA IN THE ARABIAN PENINSULA" -> "Al-Qaida in the Arabian Peninsula":
// each word and each hyphenated part capitalised, except small words and
// particles ("of", "the", "ul", "e"), and the first word always.
std::string TitleCaseName(const std::string& name) {
  static const std::set<std::string> kSmall = {"of", "the", "and", "in", "for", "on", "at", "to", "by",
                                              "de", "du", "des", "la", "le", "et", "pour", "en",
                                              "ul", "ud", "e", "i", "wa", "wal", "fi"};
  std::string out;
  std::size_t i = 0;
  bool first_word = true;
  while (i < name.size()) {
    std::size_t j = i;
    while (j < name.size() && (std::isalnum(static_cast<unsigned char>(name[j])) || (name[j] & 0x80) ||
                               name[j] == '\'')) {
      ++j;
    }
    if (j == i) {
      out += name[i];
      if (name[i] == ' ') first_word = false;
      ++i;
      continue;
    }
    std::string word = Lower(name.substr(i, j - i));
    const bool after_hyphen = i > 0 && name[i - 1] == '-';
    if (first_word || !kSmall.count(word) || (after_hyphen && word.size() > 2 && word != "ul")) {
      if (std::islower(static_cast<unsigned char>(word[0]))) word[0] = static_cast<char>(std::toupper(word[0]));
    }
    out += word;
    i = j;
  }
  return out;
}

}  // namespace nexus
