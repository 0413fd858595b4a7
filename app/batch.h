// Batch: the pipeline over many documents at once. Worker threads read and
// process documents; the results come back on the calling thread in the
// order of the input, so that whatever the number of threads, what is built
// from them is the same.
#ifndef NEXUS_APP_BATCH_H_
#define NEXUS_APP_BATCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "app/input.h"
#include "extractors/pipeline.h"
#include "extractors/stage_times.h"
#include "graph/document.h"
#include "graph/findings.h"
#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

// One document's outcome. When status is not ok, doc and findings are empty.
struct DocumentResult {
  std::size_t index = 0;   // position in the list of files
  std::size_t bytes = 0;   // bytes read (0 when unreadable)
  std::string sha256;      // of the file's bytes
  Status status;
  Document doc;
  Findings findings;
  KnowledgeGraph graph;    // for the caller's `work` step, if it uses one
  StageTimes times;        // reading the file ("input"), the reader and each extractor
};

// The number of threads `--jobs` means by default: the processors this
// process may run on.
int DefaultJobs();

// Reads and processes every file with `jobs` threads (1: all on the calling
// thread), calls `work` (when given) on each result whose status is ok in the
// thread that made it, and `sink` on the calling thread for each result, in
// the order of `files`. What `work` does is spread over the threads; what
// `sink` does is not, so the less it does, the better the threads scale.
// Documents are read only when a thread is free to take them, and at most
// 2 x jobs of them are in memory at once (besides the one `sink` holds); a
// result is freed when `sink` returns. `pipeline` is shared
// by all threads (it is const).
using ResultStep = std::function<void(DocumentResult&)>;
void ProcessDocuments(const Pipeline& pipeline, const std::vector<std::string>& files,
                      const InputOptions& input, int jobs, const ResultStep& work,
                      const ResultStep& sink);

}  // namespace nexus

#endif  // NEXUS_APP_BATCH_H_
