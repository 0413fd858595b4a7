// Names written in capitals (as lists publish them) in title case.
#ifndef NEXUS_EXTRACTORS_READER_TITLE_CASE_H_
#define NEXUS_EXTRACTORS_READER_TITLE_CASE_H_

#include <string>

namespace nexus {

// "AL-QAIDA IN THE ARABIAN PENINSULA" -> "Al-Qaida in the Arabian Peninsula":
// each word and each hyphenated part capitalised, except small words and
// particles ("of", "the", "ul", "e"), and the first word always.
std::string TitleCaseName(const std::string& name);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_TITLE_CASE_H_
