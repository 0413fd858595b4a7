// What the converters (PDF, HTML, DOCX, the sanctions list) share when they
// write the Markdown-like text the reader parses.
#ifndef NEXUS_EXTRACTORS_READER_CONVERTER_TEXT_H_
#define NEXUS_EXTRACTORS_READER_CONVERTER_TEXT_H_

#include <string>
#include <string_view>

namespace nexus {

// White space runs (spaces, tabs, new lines) as one space, none at either end.
std::string FoldWhiteSpace(std::string_view text);

// Text the reader must not take as markup: '<' and '&' as entities (tags and
// entities), a backslash doubled, a tab as a space, and at the start of a
// block (`block_start`) a '#', '*', '|', '>', '-' or '+' behind a backslash.
std::string EscapeForReader(std::string_view text, bool block_start = true);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_CONVERTER_TEXT_H_
