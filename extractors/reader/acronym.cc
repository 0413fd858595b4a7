#include "extractors/reader/acronym.h"

#include <cctype>
#include <vector>

namespace nexus {

bool CouldStandFor(std::string_view acronym, std::string_view name) {
  std::vector<char> initials;
  bool start = true;
  for (char c : name) {
    const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letter && start) initials.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    // Not after an apostrophe ("Jama'at"), nor after the middle byte of a
    // curly one.
    start = !letter && c != '\'' && c != static_cast<char>(0x99);
  }
  std::size_t k = 0;
  int matched = 0;
  for (char c : acronym) {
    if (!std::isupper(static_cast<unsigned char>(c))) continue;
    while (k < initials.size() && initials[k] != c) ++k;
    if (k == initials.size()) return false;
    ++k;
    ++matched;
  }
  return matched >= 2;
}

}  // namespace nexus
