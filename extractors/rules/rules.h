// Rules: the entities Nexus knows (gazetteers), the names it must skip, and
// the cue words its link rules use. Defaults are embedded in the binary;
// rules files given with --rules add to them or override them.
#ifndef NEXUS_EXTRACTORS_RULES_RULES_H_
#define NEXUS_EXTRACTORS_RULES_RULES_H_

#include <algorithm>
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

#include "extractors/rules/cue_set.h"
#include "extractors/rules/gazetteer.h"
#include "extractors/rules/string_hash.h"
#include "extractors/reader/tokenizer.h"
#include "graph/entity.h"
#include "graph/flat_index.h"
#include "graph/status.h"

namespace nexus {

// Call order: LoadDefaults and/or LoadJson/LoadFile, then Finish, then use.
class Rules {
 public:
  Rules();
  ~Rules();

  // The names of the cue sets that the code using these rules reads (the
  // link rules: LinkCueNames()); from then on, a rules file that defines a
  // cue set of another name is refused. Call before loading.
  // `apart`: sets that their reader matches with an index of its own
  // (an extractor's): kept out of MatchCues' index, which the link rules walk
  // for every sentence. The commodities are always kept out.
  void AcceptCues(std::vector<std::string> names, std::vector<std::string> apart = {});

  // The embedded default rules and the embedded iso-codes lists.
  Status LoadDefaults();
  // One rules file; `source` names it in messages ("rules/groups.json").
  Status LoadJson(std::string_view source, std::string_view json);
  Status LoadFile(const std::string& path);
  // Builds entities and the gazetteer. Fails on conflicting names.
  Status Finish();

  const Entity* FindEntity(const std::string& id) const;
  // Whether the region is a country (of iso-codes' list), for "the country".
  bool IsCountry(std::string_view id) const { return countries_.count(id) > 0; }
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
  // The crimes named by what they trade ("heroin" for drug trafficking), each
  // with its commodity words, in the order of the crimes' ids.
  struct Commodity {
    std::string crime;  // a crime's id
    const CueSet* words;
  };
  const std::vector<Commodity>& commodities() const { return commodities_; }
  // Words that head a short form ("Group" in "the Group").
  const std::vector<std::string>& short_form_heads() const { return short_form_heads_; }
  // The same, folded: whole ("monitoring team") and word by word, in order.
  struct FoldedHead {
    std::string folded;
    std::vector<std::string> words;
  };
  const std::vector<FoldedHead>& folded_short_form_heads() const { return folded_heads_; }
  // Whether a folded word is a word of English (Debian's wamerican or wbritish, any
  // case: "annex", "arabic"; embedded with the defaults). `HasEnglish` says
  // whether the list was loaded: without it every word is unknown.
  bool HasEnglish() const { return !english_.empty(); }
  bool IsEnglishWord(std::string_view folded) const {
    return std::binary_search(english_.begin(), english_.end(), folded);
  }

 private:
  struct Pending;
  Status BuildIsoRegions();
  void BuildCities();
  Status AddCurated();
  void AddAliases(const Entity& e, bool weak);
  void IndexCues();

  std::unique_ptr<Pending> pending_;
  std::map<std::string, Entity> entities_;
  // entities_ by id, filled by Finish (FindEntity is called per mention).
  FlatIndex<const Entity*> by_id_;
  std::vector<std::pair<const Entity*, std::string>> folded_labels_[4];  // by EntityType
  std::unordered_set<std::string> subdivisions_;  // iso-codes subdivisions: weak names
  std::unordered_set<std::string> cities_;        // libgeonames cities: weak names
  std::set<std::string, std::less<>> countries_;  // iso-codes countries' ids
  static constexpr const char* kCommodityPrefix = "commodity ";
  std::map<std::string, CueSet, std::less<>> cues_;
  std::vector<Commodity> commodities_;  // of cues_
  CueIndex cue_index_;  // of cues_, rebuilt by each file that has cues
  std::vector<std::string> short_form_heads_;
  std::vector<FoldedHead> folded_heads_;  // of short_form_heads_
  Gazetteer gazetteer_;
  std::vector<std::string> cue_names_;  // sorted; empty: any name
  std::vector<std::string> cues_apart_;  // not in cue_index_
  std::vector<std::string_view> english_;  // sorted, into the embedded list
};

// Expands "{a|b} c" alternations in a rule phrase: "a c", "b c".
std::vector<std::string> ExpandAlternations(std::string_view phrase);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_RULES_H_
