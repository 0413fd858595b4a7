// Hashing for unordered containers keyed by std::string that are searched
// with a std::string_view (no temporary string per lookup).
#ifndef NEXUS_EXTRACTORS_RULES_STRING_HASH_H_
#define NEXUS_EXTRACTORS_RULES_STRING_HASH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace nexus {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  std::size_t operator()(const std::string& s) const { return (*this)(std::string_view(s)); }
  std::size_t operator()(const char* s) const { return (*this)(std::string_view(s)); }
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_STRING_HASH_H_
