// Text normalisation shared by the rules and the matcher: tokens of letters
// and digits, folded to lower-case ASCII so that case, accents, hyphens,
// apostrophes and possessives do not matter ("Al-Qaida", "al Qaida",
// "Da'esh", "Daesh", "the Taliban's", "Côte d’Ivoire").
#ifndef NEXUS_EXTRACTORS_TEXT_H_
#define NEXUS_EXTRACTORS_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace nexus {

struct Token {
  std::size_t begin = 0;  // byte range in the tokenised text
  std::size_t end = 0;
  std::string norm;       // folded: lower-case ASCII letters and digits
  bool capitalized = false;  // first letter is upper-case
  bool all_caps = false;     // two or more letters, none lower-case
  bool inner_caps = false;   // an upper-case letter after the first ("LeT", "ISIL")
  bool hyphen_before = false;  // joined to the previous token by a hyphen
};

// Splits text into word tokens. A word is a run of letters and digits;
// apostrophes inside a word are dropped ("Da'esh" -> "daesh"), a possessive
// "'s" or a trailing apostrophe ends the word, hyphens and all other
// characters separate words. Accented Latin letters fold to ASCII.
std::vector<Token> Tokenize(std::string_view text);
// The same into `tokens`, replacing what it held; a caller that tokenises
// many sentences reuses one vector and its memory.
void Tokenize(std::string_view text, std::vector<Token>* tokens);
// The same tokens with `norm` left empty, for a caller that needs the folded
// form of a few of them only: FoldToken fills it in.
void TokenizeSpans(std::string_view text, std::vector<Token>* tokens);
void FoldToken(std::string_view text, Token* token);

// The folded form of a whole name: its tokens' norms joined by single spaces.
std::string NormalizeName(std::string_view name);

// "group:" + slug, where slug is the folded name with '_' between words.
std::string Slug(std::string_view name);

// Decodes one UTF-8 code point at text[*i], advancing *i; returns U+FFFD for
// an invalid byte (advancing by one).
char32_t DecodeUtf8(std::string_view text, std::size_t* i);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_TEXT_H_
