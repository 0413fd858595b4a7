// Rules::Pending: rules files as loaded, before Rules::Finish builds them.
// Private to rules.cc, build.cc and schema.cc.
#ifndef NEXUS_EXTRACTORS_RULES_PENDING_H_
#define NEXUS_EXTRACTORS_RULES_PENDING_H_

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractors/rules/rules.h"

namespace nexus {

struct Rules::Pending {
  struct Curated {
    Entity entity;
    std::string source;
    // For messages: the entity's index in its file's "entities", and for
    // each of entity.aliases the index of the alias (a pattern) it came from.
    std::size_t index = 0;
    std::vector<std::size_t> alias_origin;
  };
  std::vector<Curated> curated;
  std::vector<std::string> blockers;
  std::map<std::string, Entity> country_overrides;      // by alpha-2 code
  std::map<std::string, Entity> subdivision_overrides;  // by iso 3166-2 code
  std::set<std::string> subdivision_stopwords;          // folded names
  std::string iso_countries, iso_subdivisions;          // JSON texts
  std::string cities;                                    // "name<TAB>alpha-2" lines
  std::map<std::string, std::string> country_id;         // alpha-2 -> id
  std::unordered_set<std::string> subdivision_names;     // folded, of the subdivisions kept
  // Folded name -> the entity that owns it (curated names and countries).
  std::unordered_map<std::string, std::string> owner;
  // Folded curated name -> where it was first given: (curated index, name
  // index as in Where).
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> owner_at;
  // The text of each rules file loaded, by source name, for messages.
  std::map<std::string, std::string> texts;

  // `message` at name `name` of `c` (an alias index, aliases.size() for
  // the label, more for the type), with file:line:col and a caret.
  std::string Where(const Curated& c, std::size_t name, const std::string& message) const;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_PENDING_H_
