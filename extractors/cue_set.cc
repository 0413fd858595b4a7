// CueSet: cue phrases indexed by their first word, so that matching at a
// token costs one hash lookup and a look at the few cues starting there.
#include <algorithm>

#include "extractors/rules.h"

namespace nexus {

void CueSet::Add(std::string_view phrase) {
  for (const std::string& p : ExpandAlternations(phrase)) {
    Cue cue;
    cue.prefix = !p.empty() && p.back() == '*';
    for (const Token& t : Tokenize(p)) cue.words.push_back(t.norm);
    if (cue.words.empty()) continue;
    auto index = static_cast<std::uint32_t>(cues_.size());
    cues_.push_back(std::move(cue));
    const Cue& added = cues_.back();
    if (added.prefix && added.words.size() == 1) {
      const std::string& w = added.words[0];
      prefixes_.insert(w);
      prefix_first_bytes_.set(static_cast<unsigned char>(w[0]));
      auto at = std::lower_bound(prefix_sizes_.begin(), prefix_sizes_.end(), w.size());
      if (at == prefix_sizes_.end() || *at != w.size()) prefix_sizes_.insert(at, w.size());
      continue;
    }
    first_bytes_.set(static_cast<unsigned char>(added.words.front()[0]));
    std::vector<std::uint32_t>& list = by_first_[added.words.front()];
    auto longer = [&](std::uint32_t a, std::uint32_t b) {
      return cues_[a].words.size() > cues_[b].words.size();
    };
    list.insert(std::upper_bound(list.begin(), list.end(), index, longer), index);
  }
}

std::size_t CueSet::MatchAt(const std::vector<Token>& tokens, std::size_t i) const {
  if (i >= tokens.size() || tokens[i].norm.empty()) return 0;
  auto first = static_cast<unsigned char>(tokens[i].norm[0]);
  std::size_t best = 0;
  auto found = first_bytes_[first] ? by_first_.find(std::string_view(tokens[i].norm)) : by_first_.end();
  if (found != by_first_.end()) {
    for (std::uint32_t c : found->second) {
      const Cue& cue = cues_[c];
      std::size_t n = cue.words.size();
      if (n <= best) break;  // the rest are no longer
      if (i + n > tokens.size()) continue;
      bool ok = true;
      for (std::size_t k = 1; k < n && ok; ++k) {
        const std::string& w = tokens[i + k].norm;
        if (k + 1 == n && cue.prefix)
          ok = w.compare(0, cue.words[k].size(), cue.words[k]) == 0;
        else
          ok = w == cue.words[k];
      }
      if (ok) best = n;
    }
  }
  if (best == 0 && prefix_first_bytes_[first]) {
    std::string_view w = tokens[i].norm;
    for (std::size_t size : prefix_sizes_) {
      if (size > w.size()) break;
      if (prefixes_.find(w.substr(0, size)) != prefixes_.end()) return 1;
    }
  }
  return best;
}

bool CueSet::AnyIn(const std::vector<Token>& tokens, std::size_t first, std::size_t last) const {
  for (std::size_t i = first; i < last && i < tokens.size(); ++i)
    if (MatchAt(tokens, i)) return true;
  return false;
}

}  // namespace nexus
