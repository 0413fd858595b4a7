// Text normalisation shared by the rules and the matcher: tokens of letters
// and digits, folded to lower-case ASCII so that case, accents, hyphens,
// apostrophes and possessives do not matter ("Al-Qaida", "al Qaida",
// "Da'esh", "Daesh", "the Taliban's", "Côte d’Ivoire").
#ifndef NEXUS_EXTRACTORS_READER_TOKENIZER_H_
#define NEXUS_EXTRACTORS_READER_TOKENIZER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/token.h"

namespace nexus {

// Splits text into word tokens. A word is a run of letters and digits;
// apostrophes inside a word are dropped ("Da'esh" -> "daesh"), a possessive
// "'s" or a trailing apostrophe ends the word, hyphens and all other
// characters separate words. Accented Latin letters fold to ASCII.
// The tokens' norms point into the Tokens returned (or filled).
Tokens Tokenize(std::string_view text);
// The same into `tokens`, replacing what it held; a caller that tokenises
// many sentences reuses one Tokens and its memory.
void Tokenize(std::string_view text, Tokens* tokens);

// Whether a possessive "'s" (straight or curly apostrophe) starts at byte
// `at` of `text`, as after "ISIL" in "ISIL's".
bool PossessiveAt(std::string_view text, std::size_t at);

// The folded form of a whole name: its tokens' norms joined by single spaces.
std::string NormalizeName(std::string_view name);

// "group:" + slug, where slug is the folded name with '_' between words.
std::string Slug(std::string_view name);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_TOKENIZER_H_
