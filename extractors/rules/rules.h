// Rules: the entities Nexus knows (gazetteers), the names it must skip, and
// the cue words its link rules use. Defaults are embedded in the binary;
// rules files given with --rules add to them or override them.
#ifndef NEXUS_EXTRACTORS_RULES_RULES_H_
#define NEXUS_EXTRACTORS_RULES_RULES_H_

#include <bitset>
#include <cstdint>
#include <map>
#include <set>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractors/rules/gazetteer.h"
#include "extractors/rules/string_hash.h"
#include "extractors/reader/tokenizer.h"
#include "graph/entity.h"
#include "graph/flat_index.h"
#include "graph/status.h"

namespace nexus {

class CueMatches;

// A list of cue phrases ("is said to", "financ*"), matched on folded tokens.
// A trailing '*' on the last word matches any word starting with it.
class CueSet {
 public:
  void Add(std::string_view phrase);
  // Token index where a cue starts at position i, or the cue's length in
  // tokens; 0 when none starts there.
  std::size_t MatchAt(const Tokens& tokens, std::size_t i) const;
  // True if any cue occurs in tokens[first, last).
  bool AnyIn(const Tokens& tokens, std::size_t first, std::size_t last) const;
  // The same on a sentence whose matches Rules::MatchCues found in one pass:
  // a look into a table instead of comparing words.
  std::size_t MatchAt(const CueMatches& matches, std::size_t i) const;
  bool AnyIn(const CueMatches& matches, std::size_t first, std::size_t last) const;
  bool empty() const { return cues_.empty(); }

 private:
  friend class CueIndex;
  friend class Rules;
  struct Cue {
    std::vector<std::string> words;
    bool prefix = false;  // last word is a prefix
  };
  std::vector<Cue> cues_;
  // Indexes into cues_: by exact first word, longest cue first; and the
  // one-word prefix cues ("financ*"), which have no exact first word.
  std::unordered_map<std::string, std::vector<std::uint32_t>, StringHash, std::equal_to<>> by_first_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> prefixes_;
  std::vector<std::size_t> prefix_sizes_;  // distinct sizes of prefixes_, ascending
  // First bytes of the words in by_first_ and prefixes_: most tokens start
  // no cue and are turned away without hashing them.
  std::bitset<256> first_bytes_, prefix_first_bytes_;
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

 private:
  friend class CueIndex;
  friend class CueSet;
  std::size_t rows_ = 0, tokens_ = 0;
  std::vector<std::uint32_t> length_;  // row-major: one row per cue set
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

// Call order: LoadDefaults and/or LoadJson/LoadFile, then Finish, then use.
class Rules {
 public:
  Rules();
  ~Rules();

  // The names of the cue sets that the code using these rules reads (the
  // link rules: LinkCueNames()); from then on, a rules file that defines a
  // cue set of another name is refused. Call before loading.
  void AcceptCues(std::vector<std::string> names);

  // The embedded default rules and the embedded iso-codes lists.
  Status LoadDefaults();
  // One rules file; `source` names it in messages ("rules/groups.json").
  Status LoadJson(std::string_view source, std::string_view json);
  Status LoadFile(const std::string& path);
  // Builds entities and the gazetteer. Fails on conflicting names.
  Status Finish();

  const Entity* FindEntity(const std::string& id) const;
  // The entities of one type, sorted by id, each with its folded label
  // (NormalizeName); filled by Finish.
  const std::vector<std::pair<const Entity*, std::string>>& FoldedLabels(EntityType type) const {
    return folded_labels_[static_cast<int>(type)];
  }
  const std::map<std::string, Entity>& entities() const { return entities_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }
  // The cue list of that name ("hedge", "locative", ...); an empty set when
  // the rules define none.
  const CueSet& Cues(std::string_view name) const;
  // What every cue set matches in `tokens`, in one pass.
  void MatchCues(const Tokens& tokens, CueMatches* out) const {
    cue_index_.Match(tokens, out);
  }
  // Words that head a short form ("Group" in "the Group").
  const std::vector<std::string>& short_form_heads() const { return short_form_heads_; }
  // The same, folded: whole ("monitoring team") and word by word, in order.
  struct FoldedHead {
    std::string folded;
    std::vector<std::string> words;
  };
  const std::vector<FoldedHead>& folded_short_form_heads() const { return folded_heads_; }

 private:
  struct Pending;
  Status BuildIsoRegions();
  Status AddCurated();
  void AddAliases(const Entity& e, bool weak);
  void IndexCues();

  std::unique_ptr<Pending> pending_;
  std::map<std::string, Entity> entities_;
  // entities_ by id, filled by Finish (FindEntity is called per mention).
  FlatIndex<const Entity*> by_id_;
  std::vector<std::pair<const Entity*, std::string>> folded_labels_[4];  // by EntityType
  std::set<std::string> subdivisions_;  // iso-codes subdivisions: weak names
  std::map<std::string, CueSet, std::less<>> cues_;
  CueIndex cue_index_;  // of cues_, rebuilt by each file that has cues
  std::vector<std::string> short_form_heads_;
  std::vector<FoldedHead> folded_heads_;  // of short_form_heads_
  Gazetteer gazetteer_;
  std::vector<std::string> cue_names_;  // sorted; empty: any name
};

// Expands "{a|b} c" alternations in a rule phrase: "a c", "b c".
std::vector<std::string> ExpandAlternations(std::string_view phrase);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_RULES_H_
