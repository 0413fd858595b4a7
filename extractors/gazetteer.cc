#include "extractors/gazetteer.h"

#include <cctype>

namespace nexus {
namespace {

// The letters of a stretch of text without separators, as written.
std::string Letters(std::string_view s) {
  std::string out;
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) out.push_back(c);
  return out;
}

}  // namespace

Gazetteer::Gazetteer() { nodes_.emplace_back(); }

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
    auto it = nodes_[node].next.find(w.norm);
    if (it == nodes_[node].next.end()) {
      nodes_.emplace_back();
      int fresh = static_cast<int>(nodes_.size()) - 1;
      nodes_[node].next.emplace(w.norm, fresh);
      node = fresh;
    } else {
      node = it->second;
    }
  }
  aliases_.push_back(std::move(alias));
  nodes_[node].aliases.push_back(static_cast<int>(aliases_.size()) - 1);
}

bool Gazetteer::CaseFits(const Alias& alias, std::string_view text,
                         const std::vector<Token>& tokens, std::size_t first,
                         std::size_t last) const {
  if (alias.exact_case) {
    std::string_view got = text.substr(tokens[first].begin,
                                       tokens[last - 1].end - tokens[first].begin);
    return Letters(got) == Letters(alias.name);
  }
  if (!alias.needs_capital) return true;
  for (std::size_t i = first; i < last; ++i)
    if (tokens[i].capitalized) return true;
  return false;
}

std::vector<Match> Gazetteer::Find(std::string_view text,
                                   const std::vector<Token>& tokens) const {
  std::vector<Match> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    Match best;
    int node = 0;
    for (std::size_t j = i; j < tokens.size(); ++j) {
      auto it = nodes_[node].next.find(tokens[j].norm);
      if (it == nodes_[node].next.end()) break;
      node = it->second;
      if (nodes_[node].aliases.empty()) continue;
      Match m{i, j + 1, {}};
      for (int a : nodes_[node].aliases)
        if (CaseFits(aliases_[a], text, tokens, i, j + 1)) m.aliases.push_back(&aliases_[a]);
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
    auto it = nodes_[node].next.find(w);
    if (it == nodes_[node].next.end()) return {};
    node = it->second;
  }
  std::vector<const Alias*> out;
  for (int a : nodes_[node].aliases) out.push_back(&aliases_[a]);
  return out;
}

}  // namespace nexus
