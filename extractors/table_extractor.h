// TableExtractor: rows of activity tables such as the annexes of
// Secretary-General reports ("Entity/project/activity", "Main activities",
// "Geographical scope"). The UN entities of a row's entity column work
// against the crimes the row names and in the regions of its scope column.
#ifndef NEXUS_EXTRACTORS_TABLE_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_TABLE_EXTRACTOR_H_

#include "extractors/extractor.h"

namespace nexus {

class TableExtractor : public Extractor {
 public:
  explicit TableExtractor(const Rules&) {}  // rows are read from the mentions
  void Extract(const Document& doc, Findings* findings) const override;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_TABLE_EXTRACTOR_H_
