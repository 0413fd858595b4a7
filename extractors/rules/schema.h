// The schema of a rules file, checked before anything in it is loaded, so
// that every mistake is reported with file:line:col and a caret under it.
// Private to the rules code (rules.cc, build.cc, schema.cc).
//
// A rules file is an object with these keys, each optional:
//   entities               [{id, type, label, aliases?, parent?}]: type one of
//                          group, crime, region, un_entity; id "<type>:..."; a
//                          non-empty label; aliases are patterns (below)
//   blockers, short_form_heads, subdivision_stopwords   [string]
//   countries, subdivisions {code: {id?, label?, aliases?}}
//   cues                   {name: [pattern]}
//   commodities            {crime id: [pattern]}: what the crime trades ("heroin")
// A pattern is a phrase with "{a|b}" alternatives: braces balanced and not
// nested, no '|' outside them, no "{}", and no alternative that leaves the
// phrase empty.
#ifndef NEXUS_EXTRACTORS_RULES_SCHEMA_H_
#define NEXUS_EXTRACTORS_RULES_SCHEMA_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "extractors/rules/json_source.h"
#include "graph/status.h"

namespace nexus {

// The first schema error of the parsed file `root`, located in `source`.
// With `cue_names` (sorted), a cue set of another name is an error.
Status CheckRulesSchema(const rapidjson::Value& root, const JsonSource& source,
                        const std::vector<std::string>* cue_names = nullptr);

// A pattern may stand for this many phrases at most (the product of its
// groups' alternatives): more is refused, as it would take the loader
// minutes and the gazetteer gigabytes.
inline constexpr std::size_t kMaxPatternExpansions = 1024;

// Byte offset in `phrase` of its first pattern error, with the error in
// *problem; std::string_view::npos when the pattern is valid.
std::size_t CheckPattern(std::string_view phrase, std::string* problem);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_SCHEMA_H_
