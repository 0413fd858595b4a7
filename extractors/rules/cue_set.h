// Cue sets: the phrases the link rules look for ("is said to", "financ*"),
// and the index that finds every set's cues in a sentence in one pass.
#ifndef NEXUS_EXTRACTORS_RULES_CUE_SET_H_
#define NEXUS_EXTRACTORS_RULES_CUE_SET_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/reader/tokenizer.h"

namespace nexus {

class CueMatches;

// A list of cue phrases ("is said to", "financ*"), matched on folded tokens.
// A trailing '*' on the last word matches any word starting with it.
class CueSet {
 public:
  // Adds a phrase, with its "{a|b}" alternatives expanded.
  void Add(std::string_view phrase);
  // On a sentence whose matches Rules::MatchCues found in one pass: the
  // length in tokens of the longest cue starting at token i (0: none), and
  // whether any cue starts in [first, last).
  std::size_t MatchAt(const CueMatches& matches, std::size_t i) const;
  bool AnyIn(const CueMatches& matches, std::size_t first, std::size_t last) const;
  bool empty() const { return cues_.empty(); }

  struct Cue {
    std::vector<std::string> words;  // folded
    bool prefix = false;             // last word is a prefix
  };
  const std::vector<Cue>& cues() const { return cues_; }

 private:
  friend class CueIndex;
  friend class Rules;
  std::vector<Cue> cues_;
  // This set's row in a CueMatches; none for a set the rules do not define.
  std::size_t row_ = static_cast<std::size_t>(-1);
};

// For one sentence, the length of the longest cue of every cue set starting
// at every token (0: none), filled by Rules::MatchCues.
class CueMatches {
 public:
  std::size_t At(std::size_t row, std::size_t i) const {
    return row < rows_ && i < tokens_ ? length_[row * tokens_ + i] : 0;
  }
  std::size_t tokens() const { return tokens_; }
  // Whether a cue of row `row` starts anywhere in the sentence.
  bool Any(std::size_t row) const { return row < rows_ && any_[row]; }

 private:
  friend class CueIndex;
  friend class CueSet;
  std::size_t rows_ = 0, tokens_ = 0;
  std::vector<std::uint8_t> length_;  // row-major: one row per cue set (a cue has < 256 words)
  std::vector<bool> any_;              // by row: a cue of that set somewhere
};

inline std::size_t CueSet::MatchAt(const CueMatches& matches, std::size_t i) const {
  return matches.At(row_, i);
}

// Every cue set of the rules compiled into one index: the cue words in a
// byte trie, so that a sentence costs one short walk per token, whatever the
// number of sets.
class CueIndex {
 public:
  // `sets[k]` fills row k of the matches.
  void Build(const std::vector<const CueSet*>& sets);
  void Match(const Tokens& tokens, CueMatches* out) const;

 private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::uint32_t Insert(const std::string& word);  // its node
  std::uint32_t Intern(const std::string& word);  // its word id

  struct Cue {
    std::uint32_t row = 0;
    std::uint32_t words = 0, size = 0;  // range in words_of_cues_
    bool prefix = false;                 // last word is a prefix
  };
  std::size_t rows_ = 0;
  std::vector<std::string> words_;  // the words of cues_, by id
  std::vector<Cue> cues_;           // all cues but the one-word prefix cues
  std::vector<std::uint32_t> words_of_cues_;
  // Cues by the id of their first word: cues_[by_first_[id] .. by_first_[id + 1]).
  std::vector<std::uint32_t> by_first_;
  // The trie of all cue words: the words of cues_ end at nodes with a word
  // id, the one-word prefix cues ("financ*") at nodes with rows.
  std::uint16_t letter_[256] = {};  // byte -> 1 + letter index, 0 when no cue word has it
  std::size_t letters_ = 0;
  // node * letters_ + letter -> child * 2 + 1 if a prefix cue ends at the
  // child, child * 2 if none does; 0 when there is no child.
  std::vector<std::uint32_t> trie_;
  std::vector<std::uint32_t> node_word_;        // by node: word id, or kNone
  std::vector<std::uint32_t> node_rows_begin_;  // rows of node n: node_rows_[begin[n], begin[n+1])
  std::vector<std::uint32_t> node_rows_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_CUE_SET_H_
