// Text helpers shared by the exporters: UTF-8 repair, XML and DOT escaping.
// Every function takes arbitrary bytes and never fails: invalid UTF-8 is
// replaced, characters a format cannot hold are replaced or dropped.
#ifndef NEXUS_EXPORTERS_TEXT_UTIL_H_
#define NEXUS_EXPORTERS_TEXT_UTIL_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "graph/utf8.h"  // NextCodePoint, AppendUtf8, IsValidUtf8, ValidUtf8
#include "graph/metrics.h"

namespace nexus {

// Appends `text` as a JSON string literal, quotes included, with the bytes
// RapidJSON's Writer would write for ValidUtf8(text): '"' and '\\' escaped
// with a backslash, control characters as \b \t \n \f \r or \u00XX (upper-case
// hex), everything else as is. Runs of plain ASCII are copied eight bytes at
// a time.
void AppendJsonString(std::string_view text, std::string* out);

// `text` as XML 1.0 character data: valid UTF-8, characters XML 1.0 forbids
// (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF)
// removed, & < > " ' escaped. Carriage returns are written as &#13; so that
// parsers do not fold them; in an attribute value (`attribute` true) tabs and
// newlines are written as character references too, so they survive
// attribute-value normalization.
std::string XmlEscape(std::string_view text, bool attribute);

// `text` as the value of a DOT escString attribute (label, tooltip), to be
// quoted by libcgraph's agwrite, which escapes double quotes only:
//   - invalid UTF-8 becomes U+FFFD;
//   - a backslash becomes "\\" (which graphviz displays as one backslash);
//   - a newline becomes "\n" (a centred line break);
//   - every other control character (C0, DEL, C1) becomes a space;
//   - U+FFFE and U+FFFF become U+FFFD (the SVG made from it is XML).
// DotUnescape reverses it, except for the control characters.
std::string DotEscape(std::string_view text);
std::string DotUnescape(std::string_view value);

// A DOT node name for an entity id: valid UTF-8, control characters replaced
// by spaces, '%' and '\' percent-encoded (a backslash cannot end a quoted DOT
// id). Ids of the form "type:slug" come out unchanged.
std::string DotId(std::string_view id);

// At most `max_bytes` bytes of `text` (made valid UTF-8), cut at a code point
// boundary; "…" (3 bytes, not counted) is appended when something was cut.
std::string TruncateUtf8(std::string_view text, std::size_t max_bytes);

// A CSV field: `text` made valid UTF-8, NUL removed, in double quotes with
// each quote doubled. With `guard_formulas`, a field starting with = + - @,
// a tab or a carriage return gets a ' in front, so that a spreadsheet never
// runs it (OWASP, CSV injection); a database loader wants the text as is.
std::string CsvQuote(std::string_view text, bool guard_formulas);

// `value` with `digits` decimals, independent of the locale ("2.58").
std::string FormatFixed(double value, int digits);
// A metric (betweenness, PageRank) in text formats: ten significant digits,
// the same bytes for the same value ("%.10g").
std::string FormatMetric(double value);

// An entity's --metrics as text, in the order every format writes them:
// betweenness, pagerank, core, cluster.
struct MetricText {
  const char* name;
  std::string text;
};
std::array<MetricText, 4> MetricTexts(const EntityMetrics& m);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_TEXT_UTIL_H_
