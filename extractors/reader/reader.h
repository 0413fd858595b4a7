// Reader: turns the text of a report (plain text or the Markdown-ish text of
// converted UN documents) into a Document.
#ifndef NEXUS_EXTRACTORS_READER_READER_H_
#define NEXUS_EXTRACTORS_READER_READER_H_

#include <string>
#include <string_view>

#include "graph/document.h"
#include "graph/status.h"

namespace nexus {

// Parses `raw` (UTF-8) into sections, paragraphs, sentences and table rows.
// `doc->name` is set to `name` and `doc->raw` to `raw`; every span in the
// result points into doc->raw. Fails only on text that is not a document at
// all (the message then starts with "name:line:col: "): NUL bytes, or over
// 4 GiB.
//
// What comes out: '#' headings and lines that are only *emphasis* become
// sections, nested by their numbering ("II." > "B." > "6.") rather than by
// their '#' count; "26. ..." is paragraph "26", "(b) ..." item "26(b)",
// "(iv) ..." item "26(b)(iv)", "<sup>3</sup> ..." footnote "fn 3"; rows of a
// tab separated table are kTableRow paragraphs "annex 14" (under an "Annex"
// heading) or "row 14", one Cell per column named by the header row. A
// paragraph cut by a page break (no final punctuation) takes in the next
// text block, past footnotes and rules; a table row takes in the
// continuation row after a repeated header. Cleaned text has no markup,
// footnote markers or entities, and one space for each white space run.
Status ParseDocument(std::string name, std::string raw, Document* doc);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_READER_H_
