#include "extractors/rules/gazetteer.h"

#include "graph/fold.h"
#include "graph/utf8.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace nexus {
namespace {

// A character of a name's letters: a letter or a digit, in any script;
// not a space, punctuation, an apostrophe (' ’ ‘ ʼ) or a hyphen or dash
// (U+2010 to U+2015), so that "N’Djamena" has the letters of "N'Djamena".
bool IsLetter(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<unsigned char>(c)) != 0;
  return !IsApostrophe(c) && !(c >= 0x2010 && c <= 0x2015) && c != 0xA0;
}

// Marks, in a name's letters, a lower-case letter that starts a word: a
// title may write it in capitals ("Mouvement pour l'Unification et le Jihad"
// for "... l'unification et le jihad"). No letter of a text is this byte.
constexpr char kTitleMay = '\x01';

// The letters of a stretch of text without separators, as written, each
// lower-case ASCII letter that starts a word marked.
std::string Letters(std::string_view s) {
  std::string out;
  bool word_start = true;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    const bool letter = IsLetter(NextCodePoint(s, &i));
    if (letter) {
      if (word_start && i - at == 1 && std::islower(static_cast<unsigned char>(s[at]))) out += kTitleMay;
      out.append(s.substr(at, i - at));
    }
    word_start = !letter;
  }
  return out;
}

// Whether the letters of `s` (separators skipped) are exactly `letters`,
// but for a marked letter, which may be a capital.
bool SameLetters(std::string_view s, const std::string& letters) {
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (!IsLetter(NextCodePoint(s, &i))) continue;
    const std::string_view piece = s.substr(at, i - at);
    if (k < letters.size() && letters[k] == kTitleMay) {
      ++k;
      if (piece.size() != 1 || k >= letters.size() ||
          std::tolower(static_cast<unsigned char>(piece[0])) != letters[k])
        return false;
      ++k;
      continue;
    }
    if (letters.compare(k, piece.size(), piece) != 0) return false;
    k += piece.size();
  }
  return k == letters.size();
}

// Up to eight bytes of p[0, n) as one number, with no loop: two overlapping
// four-byte loads, or three single bytes below four. Not one-to-one, which
// a hash does not need (the length is hashed too).
std::uint64_t LoadShort(const char* p, std::size_t n) {
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | static_cast<std::uint64_t>(hi) << 32;
  }
  if (n == 0) return 0;
  return static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[n / 2]) << 8 |
         static_cast<unsigned char>(p[n - 1]) << 16;
}

// A fast hash of a folded word, eight bytes at a time.
std::uint64_t WordHash(std::string_view w) {
  std::uint64_t h = (w.size() + 1) * 0x9E3779B97F4A7C15ull;
  std::size_t i = 0;
  for (; i + 8 < w.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, w.data() + i, 8);
    h = (h ^ x) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  h = (h ^ LoadShort(w.data() + i, w.size() - i)) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

}  // namespace

Gazetteer::Gazetteer() {
  AddNode();  // the root
  slots_.resize(64);
  edges_.resize(64);
}

std::size_t Gazetteer::SlotIndex(std::string_view word, std::uint64_t h) const {
  const std::size_t mask = slots_.size() - 1;
  const Slot* slots = slots_.data();
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.id < 0) return std::string_view::npos;
    if (s.hash == h && s.size == word.size() &&
        std::memcmp(chars_.data() + s.offset, word.data(), word.size()) == 0)
      return i;
  }
}

// Called for many words of every sentence: inline in Find.
inline int Gazetteer::Next(int node, std::string_view word, std::uint64_t h) const {
  const std::size_t i = SlotIndex(word, h);
  if (i == std::string_view::npos) return -1;
  return node == 0 ? slots_[i].root : Child(node, slots_[i].id);
}

std::size_t Gazetteer::Intern(std::string_view word, std::uint64_t hash) {
  if (std::size_t i = SlotIndex(word, hash); i != std::string_view::npos) return i;
  if (2 * (word_count_ + 1) > static_cast<int>(slots_.size())) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id < 0) continue;
      std::size_t i = s.hash & mask;
      while (slots_[i].id >= 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  Slot slot{hash, static_cast<std::uint32_t>(chars_.size()),
            static_cast<std::uint32_t>(word.size()), word_count_++};
  chars_.append(word);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = slot.hash & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = slot;
  return i;
}

std::uint64_t Gazetteer::EdgeHash(int node, int word) {
  std::uint64_t h = static_cast<std::uint64_t>(static_cast<std::uint32_t>(node)) << 32 |
                    static_cast<std::uint32_t>(word);
  h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 29);
}

std::uint64_t Gazetteer::FollowBit(int node, std::uint64_t word_hash) {
  const std::uint64_t h = (word_hash ^ static_cast<std::uint64_t>(node)) * 0x9E3779B97F4A7C15ull;
  return h >> (64 - kStartBits);
}

int Gazetteer::Child(int node, int word) const {
  const std::size_t mask = edges_.size() - 1;
  for (std::size_t i = EdgeHash(node, word) & mask;; i = (i + 1) & mask) {
    const Edge& e = edges_[i];
    if (e.node < 0) return -1;
    if (e.node == node && e.word == word) return e.child;
  }
}

int Gazetteer::AddNode() {
  flags_.push_back(0);
  ends_.emplace_back();
  return static_cast<int>(flags_.size()) - 1;
}

void Gazetteer::AddEdge(int node, int word, std::uint64_t word_hash, int child) {
  flags_[node] |= kGoesOn;
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    for (const Edge& e : old)
      if (e.node >= 0) {
        std::size_t i = EdgeHash(e.node, e.word) & (edges_.size() - 1);
        while (edges_[i].node >= 0) i = (i + 1) & (edges_.size() - 1);
        edges_[i] = e;
      }
  }
  std::size_t i = EdgeHash(node, word) & (edges_.size() - 1);
  while (edges_[i].node >= 0) i = (i + 1) & (edges_.size() - 1);
  edges_[i] = Edge{node, word, child};
  ++edge_count_;
  const std::uint64_t bit = FollowBit(node, word_hash);
  follows_[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

namespace {
bool InOwnCase(const Tokens& words) {
  for (const Token& w : words)
    if (w.inner_caps || w.all_caps) return true;
  return false;
}
}  // namespace

bool MatchesInOwnCase(std::string_view name) { return InOwnCase(Tokenize(name)); }

void Gazetteer::Add(Alias alias) {
  Tokens words = Tokenize(alias.name);
  if (words.empty()) return;
  bool capital = false;
  for (const Token& w : words) capital = capital || w.capitalized;
  alias.exact_case = alias.exact_case || InOwnCase(words);
  alias.needs_capital = capital;
  int node = 0;
  for (const Token& w : words) {
    const std::uint64_t hash = WordHash(w.norm);
    Slot& slot = slots_[Intern(w.norm, hash)];
    const int word = slot.id;
    int child = node == 0 ? slot.root : Child(node, word);
    if (child < 0) {
      child = AddNode();
      if (node == 0) {
        slot.root = child;
        const std::uint64_t top = hash >> (64 - kStartBits);
        starts_[top / 64] |= std::uint64_t{1} << (top % 64);
      } else {
        AddEdge(node, word, hash, child);
      }
    }
    node = child;
  }
  letters_.push_back(alias.exact_case ? Letters(alias.name) : std::string());
  aliases_.push_back(std::move(alias));
  flags_[node] |= kEnds;
  ends_[node].push_back(static_cast<int>(aliases_.size()) - 1);
}

bool Gazetteer::CaseFits(std::size_t a, std::string_view text, const Tokens& tokens,
                         std::size_t first, std::size_t last) const {
  const Alias& alias = aliases_[a];
  if (alias.exact_case) {
    std::string_view got = text.substr(tokens[first].begin,
                                       tokens[last - 1].end - tokens[first].begin);
    // A currency's prefix ("US$ 10 million", "US $18 billion") names no
    // place or body.
    std::size_t after = tokens[last - 1].end;
    if (after < text.size() && text[after] == ' ') ++after;
    if (after < text.size() && text[after] == '$') return false;
    return SameLetters(got, letters_[a]);
  }
  if (!alias.needs_capital) return true;
  for (std::size_t i = first; i < last; ++i)
    if (tokens[i].capitalized) return true;
  return false;
}

std::vector<Match> Gazetteer::Find(std::string_view text,
                                   const Tokens& tokens) const {
  std::vector<Match> out;
  Find(text, tokens, &out);
  return out;
}

void Gazetteer::Find(std::string_view text, const Tokens& tokens,
                     std::vector<Match>* matches) const {
  std::vector<Match>& out = *matches;
  out.clear();
  std::size_t i = 0;
  while (i < tokens.size()) {
    // Most words start no name: one bit turns most of those away, one
    // lookup the others.
    const std::uint64_t h = WordHash(tokens[i].norm);
    const std::uint64_t top = h >> (64 - kStartBits);
    if (!(starts_[top / 64] >> (top % 64) & 1)) {
      ++i;
      continue;
    }
    int node = Next(0, tokens[i].norm, h);
    if (node < 0) {
      ++i;
      continue;
    }
    Match best;
    for (std::size_t j = i;;) {
      const std::uint8_t flags = flags_[node];
      if (flags & kEnds) {
        Match m{i, j + 1, {}};
        for (int a : ends_[node])
          if (CaseFits(a, text, tokens, i, j + 1)) m.aliases.push_back(&aliases_[a]);
        if (!m.aliases.empty()) best = std::move(m);
      }
      if (!(flags & kGoesOn) || ++j == tokens.size()) break;
      const std::uint64_t next = WordHash(tokens[j].norm);
      const std::uint64_t bit = FollowBit(node, next);
      if (!(follows_[bit / 64] >> (bit % 64) & 1)) break;
      node = Next(node, tokens[j].norm, next);
      if (node < 0) break;
    }
    if (best.aliases.empty()) {
      ++i;
      continue;
    }
    i = best.last;
    out.push_back(std::move(best));
  }
}

std::vector<const Alias*> Gazetteer::Lookup(const Tokens& tokens, std::size_t first,
                                            std::size_t last) const {
  int node = 0;
  for (std::size_t i = first; i < last; ++i) {
    node = Next(node, tokens[i].norm, WordHash(tokens[i].norm));
    if (node < 0) return {};
  }
  std::vector<const Alias*> out;
  for (int a : ends_[node]) out.push_back(&aliases_[a]);
  return out;
}

std::vector<const Alias*> Gazetteer::Lookup(const std::vector<std::string>& words) const {
  int node = 0;
  for (const std::string& w : words) {
    node = Next(node, w, WordHash(w));
    if (node < 0) return {};
  }
  std::vector<const Alias*> out;
  for (int a : ends_[node]) out.push_back(&aliases_[a]);
  return out;
}

}  // namespace nexus
