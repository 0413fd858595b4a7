// Gazetteer: finds every known name in a run of tokens in one pass, longest
// match first, over the folded token forms (a trie of words).
#ifndef NEXUS_EXTRACTORS_GAZETTEER_H_
#define NEXUS_EXTRACTORS_GAZETTEER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/text.h"

namespace nexus {

// One name of one entity (or of a blocker, whose entity is "").
struct Alias {
  std::string entity;      // canonical id, "" for a blocker
  std::string name;        // as written in the rules
  bool exact_case = false;  // acronyms and mixed-case names match in their case only
  bool needs_capital = false;  // a proper name: some word of the match is capitalised
  bool weak = false;       // needs confirmation (iso-codes subdivisions)
  bool type_word = false;  // the name carries its own cue ("Helmand Province")
};

struct Match {
  std::size_t first = 0;   // token range [first, last)
  std::size_t last = 0;
  std::vector<const Alias*> aliases;  // every alias with these words that fits the case
};

// Call order: Add names, then Find as often as needed (Find is const and
// safe to call from many threads).
class Gazetteer {
 public:
  Gazetteer();
  // Adds a name; ignored when it has no word.
  void Add(Alias alias);
  // The longest matches, left to right, not overlapping. `text` is what the
  // tokens were made from (used to check case).
  std::vector<Match> Find(std::string_view text, const std::vector<Token>& tokens) const;
  // The aliases whose folded words are exactly `words` (case not checked).
  std::vector<const Alias*> Lookup(const std::vector<std::string>& words) const;
  std::size_t size() const { return aliases_.size(); }

 private:
  struct Node {
    std::unordered_map<std::string, int> next;
    std::vector<int> aliases;
  };
  bool CaseFits(const Alias& alias, std::string_view text, const std::vector<Token>& tokens,
                std::size_t first, std::size_t last) const;
  std::vector<Node> nodes_;
  std::vector<Alias> aliases_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_GAZETTEER_H_
