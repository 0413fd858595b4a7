// Extractor: reads a Document and reports what it finds. Extractors are
// const, keep no state between documents, and never touch the graph, so one
// set of them can run on many documents at once.
#ifndef NEXUS_EXTRACTORS_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "graph/document.h"
#include "graph/findings.h"

namespace nexus {

class Rules;

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Stable name, printed by `nexus list` and kept in Mention::rule/Claim::rule.
  virtual const char* Name() const = 0;
  virtual const char* Description() const = 0;
  // Adds mentions, claims, entities or diagnostics to `findings`. Later
  // extractors see what earlier ones added (mentions come before claims).
  virtual void Extract(const Document& doc, Findings* findings) const = 0;
};

// The extractors in the order they run (see extractors/registry.cc). `rules`
// must outlive them.
std::vector<std::unique_ptr<Extractor>> MakeExtractors(const Rules& rules);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_EXTRACTOR_H_
