#include "extractors/pipeline.h"

#include <exception>

#include "extractors/reader.h"

namespace nexus {

Pipeline::Pipeline(const Rules& rules) : extractors_(MakeExtractors(rules)) {}

Status Pipeline::Process(std::string name, std::string text, Document* doc,
                         Findings* findings) const {
  std::string shown = name;
  try {
    Status s = ParseDocument(std::move(name), std::move(text), doc);
    if (!s.ok()) return s;
    for (const auto& e : extractors_) e->Extract(*doc, findings);
  } catch (const std::exception& e) {
    return Status::Error(shown + ": " + e.what());
  }
  return Status::Ok();
}

}  // namespace nexus
