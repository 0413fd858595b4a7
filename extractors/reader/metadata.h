// Metadata: what a report says of itself in its head (the text before its
// first numbered paragraph): its UN document symbol, its date and its title.
#ifndef NEXUS_EXTRACTORS_READER_METADATA_H_
#define NEXUS_EXTRACTORS_READER_METADATA_H_

#include <string_view>

#include "graph/document.h"

namespace nexus {

// Sets doc->symbol, doc->date and doc->title from the parsed document:
// - symbol: the first UN document symbol in the head ("S/2015/366",
//   "S/2025/71/Rev.1", "A/HRC/52/23"); a symbol cited further on, in the
//   body, is not the document's own;
// - date: the first full date in the head ("21 May 2015", "May 21, 2015"),
//   as ISO 8601 ("2015-05-21");
// - title: the first heading of three words or more (the name of the
//   organ, "Security Council", is a heading of the head but not a title),
//   else the first heading, else "".
// The head ends at the first paragraph with a numeric label, or after 4 KiB.
void ReadMetadata(Document* doc);

// The parts, for tests: the first symbol and the first date (ISO) in `text`,
// or "".
std::string FindDocumentSymbol(std::string_view text);
std::string FindDate(std::string_view text);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_METADATA_H_
