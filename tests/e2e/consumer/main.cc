// A program that embeds Nexus: one text in, the JSON graph out.
#include <iostream>

#include "exporters/exporter.h"
#include "extractors/pipeline.h"
#include "extractors/rules/rules.h"
#include "graph/graph_builder.h"
#include "graph/knowledge_graph.h"

int main() {
  nexus::Rules rules;
  if (!rules.LoadDefaults().ok() || !rules.Finish().ok()) return 1;
  nexus::Pipeline pipeline(rules);
  nexus::Document doc;
  nexus::Findings findings;
  nexus::Status s = pipeline.Process("note.txt", "1. ISIL smuggles oil from Iraq.\n", &doc, &findings);
  if (!s.ok()) {
    std::cerr << s.message() << "\n";
    return 1;
  }
  nexus::KnowledgeGraph graph;
  nexus::GraphBuilder(&graph, [&](const std::string& id) { return rules.FindEntity(id); }).Add(doc, findings);
  return nexus::FindExporter("json")->Write(graph, std::cout).ok() ? 0 : 1;
}
