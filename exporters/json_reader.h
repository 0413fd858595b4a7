// Reading a graph back from the JSON this project writes (JSON Graph Format
// v2 as exporters/json_exporter.cc writes it), for `nexus merge`,
// `build --update` and `nexus explain`.
#ifndef NEXUS_EXPORTERS_JSON_READER_H_
#define NEXUS_EXPORTERS_JSON_READER_H_

#include <string>
#include <string_view>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

// The version of the JSON layout JsonExporter writes (graph.metadata.
// format_version). Version 2 stores each sentence once under its document;
// version 1 (no format_version) carried the sentence in every evidence and
// is still read. Any other version is refused.
constexpr int kJsonFormatVersion = 2;

// Adds every document, entity (label, type, aliases, parent, discovered_by)
// and link (relation, kind, every evidence with all its fields, marks and
// quantities) of `json` to `graph`, merging with what is already there by
// id and by (source, target, relation). Errors name `source` and, for
// syntax errors, line:column. Reading what JsonExporter wrote and writing it
// again gives the same bytes.
// On an error, what came before it has been added. Keys it does not know are
// skipped; entity_count, link_count, sentence_count, degree, weight and the
// link's hedged flag are recomputed rather than read. Evidence that comes
// before the documents it refers to (a file whose keys were sorted) is kept
// aside until they are read.
Status ReadJsonGraph(std::string_view json, const std::string& source, KnowledgeGraph* graph);

// The same, streaming from the file at `path` (never holding the file or a
// DOM in memory); errors name `path`.
Status ReadJsonGraphFile(const std::string& path, KnowledgeGraph* graph);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_JSON_READER_H_
