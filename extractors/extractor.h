// Extractor: reads a Document and reports what it finds. Extractors are
// const, keep no state between documents, and never touch the graph, so one
// set of them can run on many documents at once.
#ifndef NEXUS_EXTRACTORS_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "graph/document.h"
#include "graph/findings.h"

namespace nexus {

class Rules;

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Stable name, printed by `nexus list` and `--timings` (from the table).
  const char* Name() const { return name_; }
  const char* Description() const { return description_; }
  // Adds mentions, claims or entities to `findings`. Later extractors see
  // what earlier ones added (mentions come before claims).
  virtual void Extract(const Document& doc, Findings* findings) const = 0;

 private:
  friend std::vector<std::unique_ptr<Extractor>> MakeExtractors(const Rules& rules);
  const char* name_ = "";
  const char* description_ = "";
};

// A row of the table of extractors (registry.cc): {name, description, factory}.
struct ExtractorEntry {
  const char* name;
  const char* description;
  std::unique_ptr<Extractor> (*make)(const Rules& rules);
  std::vector<const char*> cues = {};  // the cue sets of the rules files it reads itself
};

// The table, in the order the extractors run.
const std::vector<ExtractorEntry>& ExtractorTable();
// The names of every cue set the extractors read (the sentence views, the
// link rules, the table's rows): a rules file that defines another is
// refused (Rules::AcceptCues), as a typo would otherwise do nothing.
std::vector<std::string> CueNamesRead();
// Of those, the sets that extractors of the table read (declared in their
// rows): each extractor matches its own with an index of its own, so they
// are kept out of the one the link rules walk (Rules::AcceptCues).
std::vector<std::string> CueNamesIndexedApart();

// The extractors of the table, made for `rules` (which must outlive them).
std::vector<std::unique_ptr<Extractor>> MakeExtractors(const Rules& rules);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_EXTRACTOR_H_
