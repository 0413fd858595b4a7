// Rules: the entities Nexus knows (gazetteers), the names it must skip, and
// the cue words its link rules use. Defaults are embedded in the binary;
// rules files given with --rules add to them or override them.
#ifndef NEXUS_EXTRACTORS_RULES_H_
#define NEXUS_EXTRACTORS_RULES_H_

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

#include "extractors/gazetteer.h"
#include "extractors/string_hash.h"
#include "extractors/text.h"
#include "graph/entity.h"
#include "graph/status.h"

namespace nexus {

// A list of cue phrases ("is said to", "financ*"), matched on folded tokens.
// A trailing '*' on the last word matches any word starting with it.
class CueSet {
 public:
  void Add(std::string_view phrase);
  // Token index where a cue starts at position i, or the cue's length in
  // tokens; 0 when none starts there.
  std::size_t MatchAt(const std::vector<Token>& tokens, std::size_t i) const;
  // True if any cue occurs in tokens[first, last).
  bool AnyIn(const std::vector<Token>& tokens, std::size_t first, std::size_t last) const;
  bool empty() const { return cues_.empty(); }

 private:
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
};

// Call order: LoadDefaults and/or LoadJson/LoadFile, then Finish, then use.
class Rules {
 public:
  Rules();
  ~Rules();

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

  std::unique_ptr<Pending> pending_;
  std::map<std::string, Entity> entities_;
  // entities_ by id, filled by Finish (FindEntity is called per mention).
  std::unordered_map<std::string_view, const Entity*> by_id_;
  std::vector<std::pair<const Entity*, std::string>> folded_labels_[4];  // by EntityType
  std::set<std::string> subdivisions_;  // iso-codes subdivisions: weak names
  std::map<std::string, CueSet, std::less<>> cues_;
  std::vector<std::string> short_form_heads_;
  std::vector<FoldedHead> folded_heads_;  // of short_form_heads_
  Gazetteer gazetteer_;
};

// Expands "{a|b} c" alternations in a rule phrase: "a c", "b c".
std::vector<std::string> ExpandAlternations(std::string_view phrase);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_H_
