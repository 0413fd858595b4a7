// Whether an acronym may stand for a name.
#ifndef NEXUS_EXTRACTORS_READER_ACRONYM_H_
#define NEXUS_EXTRACTORS_READER_ACRONYM_H_

#include <string_view>

namespace nexus {

// Whether the acronym's capitals are initials of the name's words, in order,
// two of them at least: "IMU" for "Islamic Movement of Uzbekistan", "KIB" for
// "Khatiba Imam al-Bukhari" (a hyphen starts a word); not "ISIL" for "Islamic
// Army".
bool CouldStandFor(std::string_view acronym, std::string_view name);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_ACRONYM_H_
