// The sentence splitter: cleaned text into sentences.
#ifndef NEXUS_EXTRACTORS_READER_SENTENCE_SPLITTER_H_
#define NEXUS_EXTRACTORS_READER_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace nexus {

// Splits cleaned text into sentences: half-open byte ranges into `text`,
// without leading or trailing spaces. Does not split inside "S/2014/815",
// "No. 5", "U.S.", "i.e.", "e.g.", "inter alia", decimals, "$10-15",
// initials, or before a lower-case continuation. A sentence longer than
// kMaxSentenceBytes is cut at a space (or, in a giant word, at a character
// boundary) into pieces no longer than that.
inline constexpr std::size_t kMaxSentenceBytes = 4096;
std::vector<std::pair<std::size_t, std::size_t>> SplitSentences(std::string_view text);

namespace reader_internal {

// SplitSentences into *out (cleared first), so that one buffer serves a
// whole document.
void SplitSentences(std::string_view text, std::vector<std::pair<std::size_t, std::size_t>>* out);

}  // namespace reader_internal
}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_SENTENCE_SPLITTER_H_
