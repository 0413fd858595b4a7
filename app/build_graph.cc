#include "app/build_graph.h"

#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "app/batch.h"
#include "graph/graph_builder.h"

namespace nexus {

BuildReport BuildGraph(const Pipeline& pipeline, const Rules& rules,
                       const std::vector<std::string>& files, const BuildSettings& settings,
                       KnowledgeGraph* graph) {
  BuildReport report;
  const int jobs = settings.jobs > 0 ? settings.jobs : 1;
  auto find = [&](const std::string& id) { return rules.FindEntity(id); };
  // With several jobs, each worker thread adds its documents to a graph of
  // its own; the graphs are merged at the end. Merging is associative and
  // commutative and the exports sort what they write, so the bytes are
  // those of one graph built in the order of the files, however the
  // documents fell to the workers.
  std::mutex mutex;
  std::map<std::thread::id, std::unique_ptr<KnowledgeGraph>> by_worker;
  std::vector<KnowledgeGraph*> worker_graphs;  // in the order the workers started
  auto build = [&](DocumentResult& r) {
    KnowledgeGraph* mine;
    {
      std::lock_guard<std::mutex> lock(mutex);
      std::unique_ptr<KnowledgeGraph>& g = by_worker[std::this_thread::get_id()];
      if (!g) {
        g = std::make_unique<KnowledgeGraph>();
        worker_graphs.push_back(g.get());
      }
      mine = g.get();
    }
    const StageTimes::Clock::time_point begin = StageTimes::Clock::now();
    GraphBuilder(mine, find).Add(r.doc, r.findings);
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
                     if (jobs == 1) {
                       const StageTimes::Clock::time_point begin = StageTimes::Clock::now();
                       GraphBuilder(graph, find).Add(r.doc, r.findings);
                       if (settings.times) settings.times->Since("graph", begin);
                     }
                     ++report.done;
                   });
  const StageTimes::Clock::time_point begin = StageTimes::Clock::now();
  for (KnowledgeGraph* g : worker_graphs) {
    if (graph->documents().empty() && graph->entity_count() == 0) {
      *graph = std::move(*g);  // the first graph is taken whole, not copied
    } else {
      graph->Merge(*g);
    }
    *g = KnowledgeGraph();  // freed as soon as merged
  }
  if (settings.times && !worker_graphs.empty()) settings.times->Since("merge", begin);
  return report;
}

}  // namespace nexus
