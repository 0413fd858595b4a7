// Token: one word of a sentence, as the extractors read it (see
// extractors/reader/tokenizer.h for how text is split and folded); Tokens: the words of
// one text, which own the characters of their folded forms.
#ifndef NEXUS_GRAPH_TOKEN_H_
#define NEXUS_GRAPH_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace nexus {

struct Token {
  // Byte range in the tokenised text (a document is under 4 GiB: see
  // --max-bytes).
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  // Folded: lower-case ASCII letters and digits. Its characters belong to
  // the Tokens the token was made in, and live as long as they do.
  std::string_view norm;
  bool capitalized = false;  // first letter is upper-case
  bool all_caps = false;     // two or more letters, none lower-case
  bool inner_caps = false;   // an upper-case letter after the first ("LeT", "ISIL")
  bool hyphen_before = false;  // joined to the previous token by a hyphen
};

// The tokens of a text and, end to end in one buffer, their folded forms.
// A copy has its own buffer, and its tokens' norms point into it; a move
// keeps the buffer, so the norms stay valid.
class Tokens {
 public:
  Tokens() = default;
  Tokens(const Tokens& other) { *this = other; }
  Tokens& operator=(const Tokens& other) {
    if (this == &other) return *this;
    capacity_ = used_ = other.used_;
    chars_ = std::make_unique<char[]>(capacity_ + 1);
    if (used_ > 0) std::memcpy(chars_.get(), other.chars_.get(), used_);
    tokens_ = other.tokens_;
    for (Token& t : tokens_)
      if (!t.norm.empty())
        t.norm = std::string_view(chars_.get() + (t.norm.data() - other.chars_.get()), t.norm.size());
    return *this;
  }
  // The moved-from tokens are left empty, with no buffer, ready for reuse.
  Tokens(Tokens&& other) noexcept { *this = std::move(other); }
  Tokens& operator=(Tokens&& other) noexcept {
    if (this == &other) return *this;
    tokens_ = std::move(other.tokens_);
    other.tokens_.clear();
    chars_ = std::move(other.chars_);
    capacity_ = std::exchange(other.capacity_, 0);
    used_ = std::exchange(other.used_, 0);
    return *this;
  }

  std::size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  const Token& front() const { return tokens_.front(); }
  const Token& back() const { return tokens_.back(); }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

 private:
  friend class TokenWriter;  // the tokeniser (extractors/reader/tokenizer.cc)
  std::vector<Token> tokens_;
  std::unique_ptr<char[]> chars_;  // the norms, end to end
  std::size_t capacity_ = 0;       // bytes at chars_
  std::size_t used_ = 0;           // bytes of chars_ the norms take
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_TOKEN_H_
