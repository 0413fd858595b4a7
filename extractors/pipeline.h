// Pipeline: one document from bytes to findings (reader, then every
// extractor in order). Const and thread-safe: one Pipeline serves many
// documents at once.
#ifndef NEXUS_EXTRACTORS_PIPELINE_H_
#define NEXUS_EXTRACTORS_PIPELINE_H_

#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/rules/rules.h"
#include "extractors/stage_times.h"
#include "graph/document.h"
#include "graph/findings.h"
#include "graph/status.h"

namespace nexus {

class Pipeline {
 public:
  // `rules` must be finished and outlive the pipeline.
  explicit Pipeline(const Rules& rules);
  // Parses `text` as document `name` and runs the extractors. On failure the
  // Status names the document (and line:column where there is one). When
  // `times` is given, the reader's and each extractor's seconds are added to
  // it (the extractors under their names).
  Status Process(std::string name, std::string text, Document* doc, Findings* findings,
                 StageTimes* times = nullptr) const;
  const std::vector<std::unique_ptr<Extractor>>& extractors() const { return extractors_; }

 private:
  std::vector<std::unique_ptr<Extractor>> extractors_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_PIPELINE_H_
