// libFuzzer target: the whole pipeline on one document, as `nexus build`
// runs it: the default rules, every extractor, the graph builder, and the
// JSON export of the graph. Inputs are what ReadInput lets through (valid
// UTF-8 without NUL); the graph's evidence must point inside the document.
#include <cstdint>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "extractors/pipeline.h"
#include "extractors/rules/rules.h"
#include "graph/graph_builder.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

const nexus::Rules* g_rules = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto* rules = new nexus::Rules();
  nexus::Status s = rules->LoadDefaults();
  if (s.ok()) s = rules->Finish();
  NEXUS_FUZZ_CHECK(s.ok());
  g_rules = rules;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  if (!nexus::fuzz::IsText(text)) return 0;
  static const nexus::Pipeline pipeline(*g_rules);
  nexus::Document doc;
  nexus::Findings findings;
  nexus::Status s = pipeline.Process("fuzz.txt", text, &doc, &findings);
  if (!s.ok()) {
    NEXUS_FUZZ_CHECK(s.message().rfind("fuzz.txt", 0) == 0);
    return 0;
  }
  nexus::KnowledgeGraph graph;
  nexus::GraphBuilder builder(&graph, [](const std::string& id) { return g_rules->FindEntity(id); });
  builder.Add(doc, findings);
  for (const nexus::Link* link : graph.Links()) {
    NEXUS_FUZZ_CHECK(graph.FindEntity(link->source) && graph.FindEntity(link->target));
    for (const nexus::Evidence& ev : link->evidence)
      NEXUS_FUZZ_CHECK(ev.span.begin <= ev.span.end && ev.span.end <= text.size());
  }
  std::ostringstream out;
  NEXUS_FUZZ_CHECK(nexus::FindExporter("json")->Write(graph, out).ok());
  return 0;
}
