// The multi-document build as a library call: read the files, run the
// pipeline on each and add its findings to a graph, in the order of the
// files whatever the number of threads.
#ifndef NEXUS_APP_BUILD_GRAPH_H_
#define NEXUS_APP_BUILD_GRAPH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "app/document_meta.h"
#include "app/input.h"
#include "extractors/pipeline.h"
#include "extractors/stage_times.h"
#include "graph/knowledge_graph.h"

namespace nexus {

struct BuildReport {
  std::size_t done = 0;             // documents added to the graph
  std::vector<std::string> errors;  // one message per document that could not be read
  std::vector<std::string> warnings;  // documents read again under another path
};

struct BuildSettings {
  InputOptions input;
  int jobs = 1;  // documents processed at once; the graph is the same whatever it is
  // Called on the calling thread after each document, read or not, with its bytes.
  std::function<void(std::size_t bytes)> on_document;
  StageTimes* times = nullptr;  // when given, the stages' seconds are added to it
  // --meta: symbols, dates and titles that replace what the documents say.
  const DocumentMeta* meta = nullptr;
};

// Adds `files` to *graph (which may hold documents already). With one job
// the documents go straight into the graph; with several, each worker turns
// its document into a graph of its own and the calling thread merges them in
// the order of `files`: the same result. `rules` must be the pipeline's.
BuildReport BuildGraph(const Pipeline& pipeline, const Rules& rules,
                       const std::vector<std::string>& files, const BuildSettings& settings,
                       KnowledgeGraph* graph);

}  // namespace nexus

#endif  // NEXUS_APP_BUILD_GRAPH_H_
