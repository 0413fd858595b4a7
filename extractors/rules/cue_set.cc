// CueIndex: all cue sets of the rules at once, for the link rules' sentences.
#include "extractors/rules/cue_set.h"

#include <algorithm>

#include "extractors/rules/rules.h"

namespace nexus {

void CueSet::Add(std::string_view phrase) {
  for (const std::string& p : ExpandAlternations(phrase)) {
    Cue cue;
    cue.prefix = !p.empty() && p.back() == '*';
    for (const Token& t : Tokenize(p)) cue.words.emplace_back(t.norm);
    if (!cue.words.empty()) cues_.push_back(std::move(cue));
  }
}

bool CueSet::AnyIn(const CueMatches& matches, std::size_t first, std::size_t last) const {
  if (row_ >= matches.rows_) return false;
  if (first == 0 && last >= matches.tokens_) return matches.any_[row_];
  for (std::size_t i = first; i < last && i < matches.tokens_; ++i)
    if (matches.At(row_, i)) return true;
  return false;
}

std::uint32_t CueIndex::Insert(const std::string& word) {
  std::uint32_t node = 0;
  for (char c : word) {
    std::size_t at = node * letters_ + letter_[static_cast<unsigned char>(c)] - 1;
    if (trie_[at] == 0) {
      trie_[at] = static_cast<std::uint32_t>(node_word_.size());
      node_word_.push_back(kNone);
      trie_.resize(trie_.size() + letters_, 0);
    }
    node = trie_[at];
  }
  return node;
}

std::uint32_t CueIndex::Intern(const std::string& word) {
  std::uint32_t node = Insert(word);
  if (node_word_[node] == kNone) {
    node_word_[node] = static_cast<std::uint32_t>(words_.size());
    words_.push_back(word);
  }
  return node_word_[node];
}

void CueIndex::Build(const std::vector<const CueSet*>& sets) {
  *this = CueIndex();
  rows_ = sets.size();
  // The bytes the cue words use are the trie's letters.
  for (const CueSet* set : sets)
    for (const CueSet::Cue& cue : set->cues_)
      for (const std::string& w : cue.words)
        for (char c : w) {
          std::uint16_t& l = letter_[static_cast<unsigned char>(c)];
          if (l == 0) l = static_cast<std::uint16_t>(++letters_);
        }
  trie_.assign(letters_, 0);  // the root
  node_word_.assign(1, kNone);
  std::vector<std::vector<std::uint32_t>> rows_at;  // by node: sets with a one-word prefix cue there
  std::vector<std::pair<std::uint32_t, std::uint32_t>> first;  // (first word id, index in cues_)
  for (std::uint32_t row = 0; row < sets.size(); ++row) {
    for (const CueSet::Cue& cue : sets[row]->cues_) {
      if (cue.prefix && cue.words.size() == 1) {
        std::uint32_t node = Insert(cue.words[0]);
        rows_at.resize(node_word_.size());
        if (std::find(rows_at[node].begin(), rows_at[node].end(), row) == rows_at[node].end())
          rows_at[node].push_back(row);
        continue;
      }
      if (cue.words.size() > 255) continue;  // no cue is that long; the matches keep a byte per length
      Cue c;
      c.row = row;
      c.words = static_cast<std::uint32_t>(words_of_cues_.size());
      c.size = static_cast<std::uint32_t>(cue.words.size());
      c.prefix = cue.prefix;
      for (const std::string& w : cue.words) words_of_cues_.push_back(Intern(w));
      first.emplace_back(words_of_cues_[c.words], static_cast<std::uint32_t>(cues_.size()));
      cues_.push_back(c);
    }
  }
  rows_at.resize(node_word_.size());
  node_rows_begin_.push_back(0);
  for (const auto& rows : rows_at) {
    node_rows_.insert(node_rows_.end(), rows.begin(), rows.end());
    node_rows_begin_.push_back(static_cast<std::uint32_t>(node_rows_.size()));
  }
  // A child's entry becomes node * 2 + whether a prefix cue ends there, so
  // that the walk looks at the rows only where there are some.
  for (std::uint32_t& child : trie_)
    if (child != 0) child = child * 2 + (rows_at[child].empty() ? 0 : 1);
  // cues_ in order of their first word, by_first_ the bounds of each word's run.
  std::stable_sort(first.begin(), first.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Cue> sorted;
  by_first_.assign(words_.size() + 1, 0);
  for (const auto& [word, index] : first) {
    sorted.push_back(cues_[index]);
    ++by_first_[word + 1];
  }
  for (std::size_t w = 0; w < words_.size(); ++w) by_first_[w + 1] += by_first_[w];
  cues_ = std::move(sorted);
}

void CueIndex::Match(const Tokens& tokens, CueMatches* out) const {
  const std::size_t n = tokens.size();
  out->rows_ = rows_;
  out->tokens_ = n;
  out->length_.assign(rows_ * n, 0);
  out->any_.assign(rows_, false);
  if (rows_ == 0) return;
  // One walk of the trie per token gives its word id and the one-word
  // prefix cues it starts with; most words leave the trie after a byte or two.
  thread_local std::vector<std::uint32_t> ids;  // kept: one allocation per thread, not per sentence
  ids.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t node = 0;
    bool whole = true;
    for (char ch : tokens[i].norm) {
      std::uint16_t l = letter_[static_cast<unsigned char>(ch)];
      std::uint32_t child = l == 0 ? 0 : trie_[node * letters_ + l - 1];
      if (child == 0) {
        whole = false;
        break;
      }
      node = child >> 1;
      if ((child & 1) == 0) continue;  // no prefix cue ends here
      for (std::uint32_t r = node_rows_begin_[node]; r < node_rows_begin_[node + 1]; ++r) {
        std::uint8_t& length = out->length_[node_rows_[r] * n + i];
        if (length == 0) {
          length = 1;
          out->any_[node_rows_[r]] = true;
        }
      }
    }
    ids[i] = whole ? node_word_[node] : kNone;  // the root is no word
  }
  for (std::size_t i = 0; i < n; ++i) {
    std::uint32_t id = ids[i];
    if (id == kNone) continue;
    for (std::uint32_t c = by_first_[id]; c < by_first_[id + 1]; ++c) {
      const Cue& cue = cues_[c];
      if (i + cue.size > n) continue;
      const std::uint32_t* words = &words_of_cues_[cue.words];
      bool ok = true;
      for (std::size_t k = 1; k < cue.size && ok; ++k) {
        if (k + 1 == cue.size && cue.prefix)
          ok = tokens[i + k].norm.compare(0, words_[words[k]].size(), words_[words[k]]) == 0;
        else
          ok = ids[i + k] == words[k];
      }
      std::uint8_t& length = out->length_[cue.row * n + i];
      if (ok && cue.size > length) {
        length = static_cast<std::uint8_t>(cue.size);
        out->any_[cue.row] = true;
      }
    }
  }
}

}  // namespace nexus
