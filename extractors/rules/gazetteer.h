// Gazetteer: finds every known name in a run of tokens in one pass, longest
// match first, over the folded token forms (a trie of words).
#ifndef NEXUS_EXTRACTORS_RULES_GAZETTEER_H_
#define NEXUS_EXTRACTORS_RULES_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/reader/tokenizer.h"
#include "graph/entity.h"

namespace nexus {

// One name of one entity (or of a blocker, whose entity is "").
struct Alias {
  std::string entity;      // canonical id, "" for a blocker
  std::string name;        // as written in the rules
  bool exact_case = false;  // acronyms and mixed-case names match in their case only
  bool needs_capital = false;  // a proper name: some word of the match is capitalised
  bool weak = false;       // needs confirmation (iso-codes subdivisions)
  bool type_word = false;  // the name carries its own cue ("Helmand Province")
  bool city = false;       // a city of libgeonames: weak, and a name of its own in the text
  const Entity* target = nullptr;  // the entity of that id in the rules that hold the name
};

// Whether the gazetteer matches `name` only in its own case: a word of it
// in capitals or with a capital inside ("JEM", "JeM").
bool MatchesInOwnCase(std::string_view name);

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
  std::vector<Match> Find(std::string_view text, const Tokens& tokens) const;
  // The same into `matches`, replacing what it held (a caller that matches
  // many sentences reuses one vector and its memory).
  void Find(std::string_view text, const Tokens& tokens,
            std::vector<Match>* matches) const;
  // The aliases whose folded words are exactly `words` (case not checked).
  std::vector<const Alias*> Lookup(const std::vector<std::string>& words) const;
  // The same for the folded words of tokens[first, last).
  std::vector<const Alias*> Lookup(const Tokens& tokens, std::size_t first,
                                   std::size_t last) const;
  std::size_t size() const { return aliases_.size(); }
  // Every name added, in the order added.
  const std::vector<Alias>& aliases() const { return aliases_; }

 private:
  // A trie over word ids: every folded word of a name is interned once, so
  // a text token costs one hash lookup and the walk compares integers.
  // The words live in an open-addressing table (one probe, most of the
  // time, for the many text words that no name has); a word's slot also
  // holds the trie node of the names it starts. The edges below the first
  // word are in a second open-addressing table keyed by (node, word id), and
  // a node's flags say whether names end there and whether edges leave it,
  // so a walk reads small tables and no per-node lists.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0, size = 0;  // the word in chars_
    int id = -1;                         // -1: empty slot
    int root = -1;                       // node of the names it starts, -1: none
  };
  struct Edge {
    int node = -1;  // -1: empty slot
    int word = -1;
    int child = -1;
  };
  static constexpr std::uint8_t kEnds = 1, kGoesOn = 2;  // flags_ bits
  std::size_t SlotIndex(std::string_view word, std::uint64_t hash) const;  // npos: none
  // The child of `node` by a word (of that hash), -1 when none: the word's
  // slot holds the root's child, the edge table the others.
  int Next(int node, std::string_view word, std::uint64_t hash) const;
  // The word's slot, new or not (its hash given).
  std::size_t Intern(std::string_view word, std::uint64_t hash);
  int Child(int node, int word) const;      // below the root; -1 when none
  int AddNode();
  void AddEdge(int node, int word, std::uint64_t word_hash, int child);
  static std::uint64_t EdgeHash(int node, int word);
  // Bit of a (node, next word hash) pair in follows_.
  static std::uint64_t FollowBit(int node, std::uint64_t word_hash);
  bool CaseFits(std::size_t alias, std::string_view text, const Tokens& tokens,
                std::size_t first, std::size_t last) const;
  std::vector<std::uint8_t> flags_;           // by node
  std::vector<std::vector<int>> ends_;        // by node: the aliases that end there
  std::vector<Edge> edges_;  // below the root; size a power of two, at most half full
  std::size_t edge_count_ = 0;
  // One bit per value of a hash's top bits, set for the words that start a
  // name. About three text words in five start none; this table of 32 KiB,
  // small enough to stay in cache, turns most of them away without a look
  // into slots_.
  static constexpr int kStartBits = 18;
  std::vector<std::uint64_t> starts_ = std::vector<std::uint64_t>((1u << kStartBits) / 64);
  // The same for the pairs (node, hash of the next word) of the trie's
  // edges below the root: most words after a name's first word go on with
  // no name, and are turned away before their lookup.
  std::vector<std::uint64_t> follows_ = std::vector<std::uint64_t>((1u << kStartBits) / 64);
  std::vector<Slot> slots_;  // size a power of two, at most half full
  std::string chars_;        // the words, end to end
  int word_count_ = 0;
  std::vector<Alias> aliases_;
  std::vector<std::string> letters_;  // per alias: its letters as written (exact-case names)
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_GAZETTEER_H_
