// Importers: name lists published by others turned into rules files
// (`nexus rules import-sanctions`, `nexus rules import-un-entities`).
#ifndef NEXUS_EXTRACTORS_RULES_SANCTIONS_IMPORT_H_
#define NEXUS_EXTRACTORS_RULES_SANCTIONS_IMPORT_H_

#include <map>
#include <string>
#include <string_view>

#include "extractors/rules/rules.h"
#include "graph/status.h"

namespace nexus {

// What an import did, for its report.
struct ImportReport {
  int entries = 0;           // entities written
  int extended = 0;          // of them, default entities given more aliases
  std::map<std::string, int> skipped;  // entries left out, by reason ("a bank", ...)
  int aliases = 0;           // aliases written
  int aliases_dropped = 0;   // aliases left out (guards, conflicts)
};

// The Security Council Consolidated Sanctions List (XML, as published: root
// CONSOLIDATED_LIST, ENTITIES/ENTITY) as a rules file (JSON with comments)
// of `group` entities, one per listed armed group:
// - the name (FIRST_NAME, all capitals in the list, written in title case;
//   a parenthesised ending gives acronyms), the aliases (ENTITY_ALIAS) and
//   the name in its original script are the entity's names; the list, the
//   reference number and the listing date are in a comment before it;
// - an entity the defaults know by one of these names keeps its id and
//   label, and gets the others as aliases;
// - the type stays `group` for armed groups only: an entity whose names
//   say it is a company, bank, charity, foundation, trust, shipping or
//   trading firm, a vessel or the like is left out (counted in the report),
//   as are those of the lists of States' assets (DPRK, Iraq);
// - guards: an alias that another entity of the defaults or of the list
//   already has, or a single word shorter than six letters that is neither
//   an acronym nor mixed case ("Army", "Base"), is left out.
// `defaults` are the rules the file will be used with (finished).
Status ImportSanctionsList(const std::string& source, std::string_view xml, const Rules& defaults,
                           std::string* json, ImportReport* report);

// A table of UN entities (CSV with the columns entity_long and entity, the
// long name and the acronym) as a rules file of `un_entity` entities, for
// the rows the defaults do not know by name or acronym. A row is trusted
// only when its acronym could stand for its long name (its capitals are
// initials of the name's words, in order); the others are left out and
// counted.
Status ImportUnEntities(const std::string& source, std::string_view csv, const Rules& defaults,
                        std::string* json, ImportReport* report);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_SANCTIONS_IMPORT_H_
