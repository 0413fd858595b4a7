#include "app/build_graph.h"

#include "app/batch.h"
#include "app/input.h"
#include "graph/graph_builder.h"

namespace nexus {

BuildReport BuildGraph(const Pipeline& pipeline, const Rules& rules,
                       const std::vector<std::string>& files, const BuildSettings& settings,
                       KnowledgeGraph* graph) {
  BuildReport report;
  const int jobs = settings.jobs > 0 ? settings.jobs : 1;
  auto find = [&](const std::string& id) { return rules.FindEntity(id); };
  auto build = [&](DocumentResult& r) {
    if (settings.meta) settings.meta->Apply(&r.doc);
    const StageTimes::Clock::time_point begin = StageTimes::Clock::now();
    GraphBuilder(&r.graph, find).Add(r.doc, r.findings);
    r.times.Since("graph", begin);
    r.doc = Document{};
    r.findings = Findings{};
  };
  ProcessDocuments(pipeline, files, settings.input, jobs, jobs > 1 ? ResultStep(build) : ResultStep(),
                   [&](DocumentResult& r) {
                     if (settings.on_document) settings.on_document(r.bytes);
                     if (settings.times) settings.times->Add(r.times);
                     if (!r.status.ok()) {
                       report.errors.push_back(r.status.message());
                       return;
                     }
                     // The same bytes under another path: read once.
                     const std::string name = DocumentName(files[r.index]);
                     if (const DocumentInfo* same = graph->DocumentWithHash(r.sha256);
                         same && same->name != name) {
                       const std::string first = same->name;
                       graph->AddDocumentAlias(first, name);
                       report.warnings.push_back(name + ": the same bytes as " + first +
                                                 " (SHA-256 " + r.sha256.substr(0, 12) +
                                                 "...): recorded as its alias, not counted again");
                       ++report.done;
                       return;
                     }
                     const StageTimes::Clock::time_point begin = StageTimes::Clock::now();
                     if (jobs > 1) {
                       graph->Merge(r.graph);
                       if (settings.times) settings.times->Since("merge", begin);
                     } else {
                       if (settings.meta) settings.meta->Apply(&r.doc);
                       GraphBuilder(graph, find).Add(r.doc, r.findings);
                       if (settings.times) settings.times->Since("graph", begin);
                     }
                     ++report.done;
                   });
  return report;
}

}  // namespace nexus
