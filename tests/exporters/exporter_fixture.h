// The shared exporter test fixture (exporter_fixture_test.cc): a graph full
// of hostile text, and helpers to export, compare with golden files and run
// real clients.
#ifndef NEXUS_TESTS_EXPORTERS_EXPORTER_FIXTURE_H_
#define NEXUS_TESTS_EXPORTERS_EXPORTER_FIXTURE_H_

#include <string>

#include "graph/knowledge_graph.h"

namespace nexus::test {
KnowledgeGraph HostileGraph();
// 140 entities, 4,000 links with two pieces of evidence each: every format
// of it is larger than the megabyte exporters write at a time.
KnowledgeGraph LargeGraph();
std::string Export(const char* format, const KnowledgeGraph& graph);
bool HaveTool(const std::string& tool);
int Run(const std::string& command, std::string* output);
void CheckGolden(const std::string& name, const std::string& actual);
std::string WriteTemp(const std::string& name, const std::string& content);
extern const char* const kQuoteLabel;
extern const char* const kScriptLabel;
extern const char* const kNewlineLabel;
extern const char* const kControlLabel;
}  // namespace nexus::test

#endif  // NEXUS_TESTS_EXPORTERS_EXPORTER_FIXTURE_H_
