// DiscoveryExtractor: finds groups and UN bodies that no gazetteer knows, by
// the shape of their names ("the X Front", "Harakat ...", "United Nations X
// Office"), and subdivisions that a locative cue places ("in Badghis"). Each
// discovered entity says, in Entity::discovered_by, which rule found it.
#ifndef NEXUS_EXTRACTORS_DISCOVERY_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_DISCOVERY_EXTRACTOR_H_

#include "extractors/extractor.h"
#include "extractors/rules/rules.h"

namespace nexus {

class DiscoveryExtractor : public Extractor {
 public:
  explicit DiscoveryExtractor(const Rules& rules) : rules_(rules) {}
  void Extract(const Document& doc, Findings* findings) const override;

 private:
  const Rules& rules_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_DISCOVERY_EXTRACTOR_H_
