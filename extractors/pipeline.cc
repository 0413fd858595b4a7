#include "extractors/pipeline.h"

#include <exception>

#include "extractors/reader/reader.h"

namespace nexus {

Pipeline::Pipeline(const Rules& rules) : extractors_(MakeExtractors(rules)) {}

Status Pipeline::Process(std::string name, std::string text, Document* doc,
                         Findings* findings, StageTimes* times) const {
  std::string shown = name;
  try {
    StageTimes::Clock::time_point start = StageTimes::Clock::now();
    auto done = [&](std::string_view stage) {
      if (times) start = times->Since(stage, start);
    };
    Status s = ParseDocument(std::move(name), std::move(text), doc);
    done("reader");
    if (!s.ok()) return s;
    for (const auto& e : extractors_) {
      e->Extract(*doc, findings);
      done(e->Name());
    }
  } catch (const std::exception& e) {
    return Status::Error(shown + ": " + e.what());
  }
  return Status::Ok();
}

}  // namespace nexus
