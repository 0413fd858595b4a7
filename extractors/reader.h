// Reader: turns the text of a report (plain text or the Markdown-ish text of
// converted UN documents) into a Document.
#ifndef NEXUS_EXTRACTORS_READER_H_
#define NEXUS_EXTRACTORS_READER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/document.h"
#include "graph/status.h"

namespace nexus {

// Parses `raw` (UTF-8) into sections, paragraphs, sentences and table rows.
// `doc->name` is set to `name` and `doc->raw` to `raw`; every span in the
// result points into doc->raw. Fails only on text that is not a document at
// all (the message then starts with "name:line:col: ").
Status ParseDocument(std::string name, std::string raw, Document* doc);

// Splits cleaned text into sentences: half-open byte ranges into `text`,
// without leading or trailing spaces. Does not split inside "S/2014/815",
// "No. 5", "U.S.", "i.e.", "e.g.", "inter alia", decimals, "$10-15",
// initials, or before a lower-case continuation.
std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_H_
