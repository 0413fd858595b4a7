#include <catch2/catch.hpp>

#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "extractors/reader/tokenizer.h"
#include "graph/utf8.h"

using nexus::NormalizeName;
using nexus::Slug;
using nexus::Tokenize;

TEST_CASE("names fold case, hyphens, apostrophes and accents", "[text]") {
  CHECK(NormalizeName("Al-Qaida") == "al qaida");
  CHECK(NormalizeName("al Qaida") == "al qaida");
  CHECK(NormalizeName("AL-QAIDA") == "al qaida");
  CHECK(NormalizeName("Da'esh") == "daesh");
  CHECK(NormalizeName("Da\u2019esh") == "daesh");
  CHECK(NormalizeName("C\u00f4te d\u2019Ivoire") == NormalizeName("Cote d'Ivoire"));
  CHECK(NormalizeName("Yaound\u00e9") == "yaounde");
  CHECK(NormalizeName("Her\u0101t") == "herat");
  CHECK(NormalizeName("T\u00fcrkiye") == "turkiye");
  CHECK(Slug("Islamic State in Iraq and the Levant") == "islamic_state_in_iraq_and_the_levant");
}

TEST_CASE("possessives end a word", "[text]") {
  CHECK(NormalizeName("the Taliban's") == "the taliban");
  CHECK(NormalizeName("the Taliban\u2019s camps") == "the taliban camps");
  CHECK(NormalizeName("Boko Haram's reign") == "boko haram reign");
  CHECK(NormalizeName("groups' funds") == "groups funds");
}

TEST_CASE("tokens keep byte offsets and case", "[text]") {
  auto t = Tokenize("In Iraq, ISIL and LeT.");
  REQUIRE(t.size() == 5);
  CHECK(t[1].norm == "iraq");
  CHECK(t[1].begin == 3);
  CHECK(t[1].end == 7);
  CHECK(t[1].capitalized);
  CHECK_FALSE(t[1].all_caps);
  CHECK(t[2].all_caps);
  CHECK(t[4].inner_caps);
  CHECK_FALSE(t[3].capitalized);
}

TEST_CASE("hyphens split words and are remembered", "[text]") {
  auto t = Tokenize("Al-Shabaab");
  REQUIRE(t.size() == 2);
  CHECK(t[1].hyphen_before);
  CHECK_FALSE(t[0].hyphen_before);
}

TEST_CASE("a capital I for the l of the article 'Al' before a hyphen and a capital is 'al'", "[text]") {
  CHECK(NormalizeName("AI-Nusrah Front") == "al nusrah front");
  auto t = Tokenize("AI-Shabaab");
  REQUIRE(t.size() == 2);
  CHECK(t[0].norm == "al");
  CHECK_FALSE(t[0].all_caps);
  // Where it stops: before a lower-case word, alone, or in another word.
  CHECK(NormalizeName("AI-enabled fraud") == "ai enabled fraud");
  CHECK(NormalizeName("AI tools") == "ai tools");
  CHECK(NormalizeName("MAI-Sudan") == "mai sudan");
  CHECK(Tokenize("AI")[0].all_caps);
}

TEST_CASE("invalid UTF-8 does not stop tokenising", "[text]") {
  auto t = Tokenize("abc \xff\xfe def");
  REQUIRE(t.size() == 2);
  CHECK(t[1].norm == "def");
}

namespace {

// The UTF-8 bytes of a code point from U+0080 to U+FFFF, else "".
std::string Utf8(char32_t c) {
  if (c >= 0x80 && c < 0x800)
    return {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
  if (c >= 0x800 && c < 0x10000)
    return {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
            static_cast<char>(0x80 | (c & 0x3F))};
  return "";
}

// A token of the reference tokeniser, which owns its folded form.
struct RefToken {
  std::size_t begin = 0, end = 0;
  std::string norm;
  bool capitalized = false, all_caps = false, inner_caps = false, hyphen_before = false;
};

// The tokeniser as first written, one code point at a time: the fast paths
// of Tokenize must give exactly its tokens.
std::vector<RefToken> ReferenceTokenize(std::string_view text) {
  auto is_word_char = [](char32_t c) {
    if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
    // A code point folds when the tokeniser reads it as a word on its own.
    const std::string s = Utf8(c);
    return !s.empty() && nexus::Tokenize(s).size() == 1;
  };
  auto fold = [](char32_t c, bool* upper) -> char {
    *upper = false;
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return static_cast<char>(c);
      if (c >= 'A' && c <= 'Z') {
        *upper = true;
        return static_cast<char>(c - 'A' + 'a');
      }
      if (c >= '0' && c <= '9') return static_cast<char>(c);
      return 0;
    }
    const std::string s = Utf8(c);
    if (s.empty()) return 0;
    auto t = nexus::Tokenize(s);
    if (t.size() != 1) return 0;
    *upper = t[0].capitalized;
    return t[0].norm[0];
  };
  auto is_apostrophe = [](char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; };
  std::vector<RefToken> tokens;
  RefToken* cur = nullptr;
  bool pending_hyphen = false;
  int letters = 0, lowers = 0;
  auto finish = [&](std::size_t end) {
    if (!cur) return;
    cur->end = end;
    cur->all_caps = letters >= 2 && lowers == 0;
    cur = nullptr;
  };
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t start = i;
    char32_t c = nexus::NextCodePoint(text, &i);
    bool upper = false;
    char folded = fold(c, &upper);
    if (folded) {
      if (!cur) {
        cur = &tokens.emplace_back();
        cur->begin = start;
        cur->capitalized = upper;
        cur->hyphen_before = pending_hyphen;
        letters = lowers = 0;
      } else if (upper) {
        cur->inner_caps = true;
      }
      cur->norm.push_back(folded);
      if (folded >= 'a' && folded <= 'z') {
        ++letters;
        if (!upper) ++lowers;
      }
      pending_hyphen = false;
      continue;
    }
    if (cur && is_apostrophe(c)) {
      std::size_t j = i;
      char32_t next = j < n ? nexus::NextCodePoint(text, &j) : 0;
      std::size_t k = j;
      char32_t after = k < n ? nexus::NextCodePoint(text, &k) : 0;
      bool next_letter = next != 0 && is_word_char(next);
      bool after_letter = after != 0 && is_word_char(after);
      if (next_letter && !((next == 's' || next == 'S') && !after_letter)) continue;
      finish(start);
      if (next == 's' || next == 'S') i = j;
      pending_hyphen = false;
      continue;
    }
    finish(start);
    pending_hyphen = (c == '-' || c == 0x2010 || c == 0x2011);
  }
  finish(n);
  return tokens;
}

void CheckSame(std::string_view text) {
  INFO("text: " << text);
  auto want = ReferenceTokenize(text);
  nexus::Tokens got;
  nexus::Tokenize("some earlier sentence, reused", &got);
  nexus::Tokenize(text, &got);
  REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("token " << i);
    CHECK(got[i].norm == want[i].norm);
    CHECK(got[i].begin == want[i].begin);
    CHECK(got[i].end == want[i].end);
    CHECK(got[i].capitalized == want[i].capitalized);
    CHECK(got[i].all_caps == want[i].all_caps);
    CHECK(got[i].inner_caps == want[i].inner_caps);
    CHECK(got[i].hyphen_before == want[i].hyphen_before);
  }
}

// 2,000 texts of `length` pieces drawn from `pieces` (a fixed sequence from *seed).
void CheckMixtures(const std::vector<std::string>& pieces, int length, unsigned* seed) {
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < length; ++k) {
      *seed = *seed * 1103515245 + 12345;
      text += pieces[(*seed >> 16) % pieces.size()];
    }
    CheckSame(text);
  }
}

}  // namespace

TEST_CASE("the tokeniser's fast paths agree with one code point at a time", "[text]") {
  for (const char* text :
       {"", " ", "a", "A", "AB", "A1", "1A", "Ab", "aB", "x-y", "x--Y", "x \u2010Y", "Al-Shabaab's",
        "Da'esh", "Da\u2019Esh", "O'S", "O's.", "O'sB", "it's", "'s", "groups'", "d\u2019Ivoire",
        "C\u00f4te d\u2019Ivoire", "\u00c9COWAS", "ECOW\u00c1S", "Her\u0101t", "T\u00fcrkiye",
        "\u1e62ANA", "na\u00efve caf\u00e9", "\u00dfx", "abc \xff\xfe def", "abc\xc3", "\xe2\x80",
        "ISIL's ISIL'S LeT's", "Tehrik-e-Taliban Pakistan (TTP)", "UN\u00a0Security\u00a0Council",
        "a'\u00e9b", "a'\xff", "A'1", "1990s", "x\u2019", "x\u2019s\u2019s"})
    CheckSame(text);
  CheckSame(std::string(300, 'A') + "b " + std::string(70, 'z') + "'s");
  // Random mixtures of the pieces that matter.
  unsigned seed = 12345;
  CheckMixtures({"a", "Z", "7", " ", "-", "'", "\u2019", "s", "S", "\u00e9", "\u00c9", "\u0101",
                 "\u1ea0", "\u00d7", "\xff", "\xc3", ",", "(", "\u2011", "\u02bc"},
                12, &seed);
  // Long runs of ASCII letters and digits, which are read sixteen bytes at
  // a time, with their ends and capitals at every place in a block.
  CheckMixtures({"a", "Z", "7", " ", "'", "s", "\u00e9", ",", "-", "abcdefghijklm", "NOPQRSTUVWXYZ",
                 "0123456789", "qWertYuiopasdfg", "HJKLzxcvbnm"},
                10, &seed);
}

TEST_CASE("tokens own their folded forms: a copy has its own, a move keeps them", "[text]") {
  auto norms = [](const nexus::Tokens& tokens) {
    std::vector<std::string> out;
    for (const nexus::Token& t : tokens) out.emplace_back(t.norm);
    return out;
  };
  const std::vector<std::string> want = {"al", "shabaab", "and", "isil", "oil", "in", "cote", "divoire"};
  auto original = std::make_unique<nexus::Tokens>(
      nexus::Tokenize("Al-Shabaab and ISIL's oil in C\u00f4te d\u2019Ivoire"));
  nexus::Tokens copy = *original;
  nexus::Tokens assigned;
  assigned = copy;
  nexus::Tokens moved = std::move(*original);
  original.reset();  // what the moved tokens point into must outlive it
  CHECK(norms(copy) == want);
  CHECK(norms(assigned) == want);
  CHECK(norms(moved) == want);
  CHECK(copy[0].norm.data() != moved[0].norm.data());
  CHECK(assigned[0].norm.data() != copy[0].norm.data());
  // Tokenising again into the same Tokens, a longer text then a shorter one.
  std::string longer;
  for (int k = 0; k < 40; ++k) longer += "Boko Haram ";
  nexus::Tokenize(longer, &copy);
  REQUIRE(copy.size() == 80);
  CHECK(copy[79].norm == "haram");
  nexus::Tokenize("UNODC", &copy);
  CHECK(norms(copy) == std::vector<std::string>{"unodc"});
  // Tokens moved from are empty and can be filled again.
  nexus::Tokens taken = std::move(copy);
  CHECK(copy.empty());
  nexus::Tokenize("the Monitoring Team", &copy);
  CHECK(norms(copy) == std::vector<std::string>{"the", "monitoring", "team"});
  CHECK(norms(taken) == std::vector<std::string>{"unodc"});
  nexus::Tokens assigned_from_move;
  assigned_from_move = std::move(taken);
  nexus::Tokenize("ISIL", &taken);
  CHECK(norms(taken) == std::vector<std::string>{"isil"});
  CHECK(norms(assigned_from_move) == std::vector<std::string>{"unodc"});
}
