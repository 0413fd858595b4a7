// Inline markup of the reader: cleaning a range of raw text into mapped text.
// Part of the reader (extractors/reader/), shared between its files and its
// tests. Not a public API: use extractors/reader/reader.h.
#ifndef NEXUS_EXTRACTORS_READER_MARKUP_H_
#define NEXUS_EXTRACTORS_READER_MARKUP_H_

#include <cstddef>
#include <string_view>

#include "graph/document.h"

namespace nexus::reader_internal {

// Cleans raw[begin, end): strips HTML tags, footnote markers (<sup>3</sup>),
// Markdown emphasis, links and backslash escapes, decodes entities and folds
// white space runs to one space (none at either end). Every byte of the
// result maps to the raw byte it came from, in strictly increasing order;
// the end maps one past the last byte (or to `begin` when empty).
MappedText CleanRange(std::string_view raw, std::size_t begin, std::size_t end);

// Appends `tail` to `head` with one space between (mapped to the raw byte
// after head's last byte). The result ends where `tail` does.
void AppendMapped(const MappedText& tail, MappedText* head);

// text[b, e) of `m` as a MappedText of its own, with the same offsets.
MappedText SliceMapped(const MappedText& m, std::size_t b, std::size_t e);

// True when the text ends a sentence: . ? ! : ; or an ellipsis, possibly
// followed by closing quotes or brackets.
bool EndsSentence(std::string_view text);

}  // namespace nexus::reader_internal

#endif  // NEXUS_EXTRACTORS_READER_MARKUP_H_
