// MentionExtractor: finds the entities a document names: gazetteer names
// (longest match, case rules), acronyms the document defines, subdivisions
// confirmed by their country, elliptical pairs ("East and West Africa") and
// short forms ("the Monitoring Team") resolved to the entity named last.
#ifndef NEXUS_EXTRACTORS_MENTION_EXTRACTOR_H_
#define NEXUS_EXTRACTORS_MENTION_EXTRACTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "extractors/extractor.h"
#include "extractors/rules/rules.h"

namespace nexus {

class MentionExtractor : public Extractor {
 public:
  explicit MentionExtractor(const Rules& rules);
  ~MentionExtractor() override;
  void Extract(const Document& doc, Findings* findings) const override;

  // The short-form heads of the rules, indexed by their first and last words.
  class ShortForms;

 private:
  const Rules& rules_;
  std::unique_ptr<const ShortForms> short_forms_;
};

// Gazetteer mentions of one stretch of cleaned text (a heading, a cell), with
// weak names dropped and no document context: begin/end are filled in, span
// and paragraph/sentence are left to the caller.
std::vector<Mention> MatchText(const Rules& rules, std::string_view text);

// Whether a sanctions list reference number starts at text[at] ("QDe.136",
// "CDi.043"): 'e' an entity's, 'i' an individual's, 0 none.
char SanctionsReferenceAt(std::string_view text, std::size_t at);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_MENTION_EXTRACTOR_H_
