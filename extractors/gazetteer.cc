#include "extractors/gazetteer.h"

#include <algorithm>
#include <cctype>

namespace nexus {
namespace {

bool IsLetter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); }

// The letters of a stretch of text without separators, as written.
std::string Letters(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsLetter(c)) out.push_back(c);
  return out;
}

// Whether the letters of `s` (separators skipped) are exactly `letters`.
bool SameLetters(std::string_view s, const std::string& letters) {
  std::size_t k = 0;
  for (char c : s) {
    if (!IsLetter(c)) continue;
    if (k == letters.size() || letters[k] != c) return false;
    ++k;
  }
  return k == letters.size();
}

}  // namespace

Gazetteer::Gazetteer() { nodes_.emplace_back(); }

int Gazetteer::WordId(std::string_view word) const {
  auto it = words_.find(word);
  return it == words_.end() ? -1 : it->second;
}

int Gazetteer::Child(int node, int word) const {
  if (word < 0) return -1;
  if (node == 0) return static_cast<std::size_t>(word) < root_.size() ? root_[word] : -1;
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(word, -1));
  return it != next.end() && it->first == word ? it->second : -1;
}

void Gazetteer::Add(Alias alias) {
  std::vector<Token> words = Tokenize(alias.name);
  if (words.empty()) return;
  bool mixed = false, capital = false;
  for (const Token& w : words) {
    mixed = mixed || w.inner_caps || w.all_caps;
    capital = capital || w.capitalized;
  }
  alias.exact_case = alias.exact_case || mixed;
  alias.needs_capital = capital;
  int node = 0;
  for (const Token& w : words) {
    int word = words_.try_emplace(w.norm, static_cast<int>(words_.size())).first->second;
    int child = Child(node, word);
    if (child < 0) {
      child = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      if (node == 0) {
        if (root_.size() <= static_cast<std::size_t>(word)) root_.resize(word + 1, -1);
        root_[word] = child;
      } else {
        auto& next = nodes_[node].next;
        next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(word, -1)),
                    {word, child});
      }
    }
    node = child;
  }
  letters_.push_back(alias.exact_case ? Letters(alias.name) : std::string());
  aliases_.push_back(std::move(alias));
  nodes_[node].aliases.push_back(static_cast<int>(aliases_.size()) - 1);
}

bool Gazetteer::CaseFits(std::size_t a, std::string_view text, const std::vector<Token>& tokens,
                         std::size_t first, std::size_t last) const {
  const Alias& alias = aliases_[a];
  if (alias.exact_case) {
    std::string_view got = text.substr(tokens[first].begin,
                                       tokens[last - 1].end - tokens[first].begin);
    return SameLetters(got, letters_[a]);
  }
  if (!alias.needs_capital) return true;
  for (std::size_t i = first; i < last; ++i)
    if (tokens[i].capitalized) return true;
  return false;
}

std::vector<Match> Gazetteer::Find(std::string_view text,
                                   const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  // Word ids, looked up once per token (-2: not looked up yet).
  std::vector<int> ids(tokens.size(), -2);
  auto id = [&](std::size_t j) {
    if (ids[j] == -2) ids[j] = WordId(tokens[j].norm);
    return ids[j];
  };
  std::size_t i = 0;
  while (i < tokens.size()) {
    Match best;
    int node = 0;
    for (std::size_t j = i; j < tokens.size(); ++j) {
      node = Child(node, id(j));
      if (node < 0) break;
      if (nodes_[node].aliases.empty()) continue;
      Match m{i, j + 1, {}};
      for (int a : nodes_[node].aliases)
        if (CaseFits(a, text, tokens, i, j + 1)) m.aliases.push_back(&aliases_[a]);
      if (!m.aliases.empty()) best = std::move(m);
    }
    if (best.aliases.empty()) {
      ++i;
      continue;
    }
    i = best.last;
    out.push_back(std::move(best));
  }
  return out;
}

std::vector<const Alias*> Gazetteer::Lookup(const std::vector<std::string>& words) const {
  int node = 0;
  for (const std::string& w : words) {
    node = Child(node, WordId(w));
    if (node < 0) return {};
  }
  std::vector<const Alias*> out;
  for (int a : nodes_[node].aliases) out.push_back(&aliases_[a]);
  return out;
}

}  // namespace nexus
