// ActivityExtractor: joins the claims of each sentence into activities,
// facts with three ends: "ISIL profits from oil smuggling in Iraq and the
// Syrian Arab Republic" is one activity (ISIL, oil smuggling, {Iraq, Syrian
// Arab Republic}), besides its three pairwise links. Runs after the claims
// (of sentences, headings and table rows) and reads only them.
//
// For each actor -> crime claim of a sentence (profits_from: a group's
// crime; counters: a UN entity's), the places are the regions the same
// sentence ties
//   - to that crime (occurs_in), for a group, when no other group of the
//     sentence has that crime too, else only those it also ties to this
//     group (a UN entity's work is where it works, not where the crime it
//     reports on is); and
//   - to that actor (operates_in, active_in), unless the sentence ties that
//     place to another crime and not to this one.
// A sentence that gives the pair no place states no activity.
#ifndef NEXUS_EXTRACTORS_ACTIVITY_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_ACTIVITY_EXTRACTOR_H_

#include "extractors/extractor.h"

namespace nexus {

class ActivityExtractor : public Extractor {
 public:
  explicit ActivityExtractor(const Rules&) {}
  void Extract(const Document& doc, Findings* findings) const override;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_ACTIVITY_EXTRACTOR_H_
