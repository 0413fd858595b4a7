// Token: one word of a sentence, as the extractors read it (see
// extractors/text.h for how text is split and folded).
#ifndef NEXUS_GRAPH_TOKEN_H_
#define NEXUS_GRAPH_TOKEN_H_

#include <cstddef>
#include <string>

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

}  // namespace nexus

#endif  // NEXUS_GRAPH_TOKEN_H_
