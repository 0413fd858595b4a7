#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "extractors/rules/rules.h"
#include "extractors/test_util.h"

using nexus::CueMatches;
using nexus::CueSet;
using nexus::Rules;
using nexus::Token;
using nexus::Tokens;
using nexus::Tokenize;

namespace {

// The reference: each cue of the set compared word by word at token i; the
// length of the longest that matches, 0 when none does.
std::size_t WordByWord(const CueSet& set, const Tokens& tokens, std::size_t i) {
  if (i >= tokens.size() || tokens[i].norm.empty()) return 0;
  std::size_t best = 0;
  for (const CueSet::Cue& cue : set.cues()) {
    const std::size_t n = cue.words.size();
    if (n <= best || i + n > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) {
      std::string_view w = tokens[i + k].norm;
      ok = (k + 1 == n && cue.prefix) ? w.substr(0, cue.words[k].size()) == cue.words[k]
                                      : w == cue.words[k];
    }
    if (ok) best = n;
  }
  return best;
}

bool AnyWordByWord(const CueSet& set, const Tokens& tokens, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last && i < tokens.size(); ++i)
    if (WordByWord(set, tokens, i)) return true;
  return false;
}

// The one-pass matches must say what matching the words does, at every
// position and for every range (one check a set and a sentence: the
// positions' lengths compared as a whole, the ranges that disagree listed).
void CheckSame(const Rules& rules, const std::vector<std::string>& sets,
               const Tokens& tokens) {
  CueMatches matches;
  rules.MatchCues(tokens, &matches);
  REQUIRE(matches.tokens() == tokens.size());
  for (const std::string& name : sets) {
    const CueSet& set = rules.Cues(name);
    INFO(name);
    std::vector<std::size_t> got, want;
    for (std::size_t i = 0; i <= tokens.size() + 1; ++i) {
      got.push_back(set.MatchAt(matches, i));
      want.push_back(WordByWord(set, tokens, i));
    }
    CHECK(got == want);
    // Every range of up to 16 words, and the whole sentence (AnyIn answers
    // that one from a flag of its own); longer ranges add nothing the short
    // ones do not check, and their cost grows as the cube of the length.
    std::vector<std::pair<std::size_t, std::size_t>> wrong;
    auto check_range = [&](std::size_t first, std::size_t last) {
      if (set.AnyIn(matches, first, last) != AnyWordByWord(set, tokens, first, last)) wrong.push_back({first, last});
    };
    for (std::size_t first = 0; first <= tokens.size(); first += 3)
      for (std::size_t last = first; last <= tokens.size() + 1 && last <= first + 16; last += 2)
        check_range(first, last);
    check_range(0, tokens.size());
    check_range(0, tokens.size() + 1);
    CHECK(wrong.empty());
  }
}

const char* kRules = R"({"cues": {
  "short": ["a", "in", "of", "in the", "in the north of", "x"],
  "prefix": ["financ*", "fin*", "f*", "über*", "control*", "abcdefghij*", "abcdefgh*"],
  "phrases": ["{is|are} said to", "make* money", "on behalf of*", "côte d’ivoire", "north-east of",
              "da'esh", "al-qaida's", "abcdefgh", "abcdefghi", "abcdefghijklmnopq r", "ab cd ef gh ij"],
  "empty": []
}})";

const std::vector<std::string> kSets = {"short", "prefix", "phrases", "empty", "undefined"};

}  // namespace

TEST_CASE("one-pass cue matches agree with matching the words", "[rules]") {
  Rules rules;
  REQUIRE(rules.LoadJson("cues.json", kRules).ok());
  for (const char* text :
       {"", "a", "In the north of Mali, ISIL is said to finance itself; they are said to make money.",
        "Financing, financial and fin: f, F, ff, Über-groups, ueber, uber controls",
        "CÔTE D'IVOIRE, Côte d’Ivoire and Cote d Ivoire; north east of, north-east of",
        "Da'esh and Daesh, Al-Qaida's and al Qaida; abcdefgh abcdefghi abcdefghij abcdefghijk",
        "abcdefghijklmnopq r abcdefghijklmnopq ab cd ef gh ij ab cd ef gh",
        "on behalf of on behalf ofthe on behalf", "in the in the north in the north of in",
        "x x x y x", "\xe2\x80\x94 \xff\xfe broken UTF-8 \xc3"}) {
    INFO(text);
    CheckSame(rules, kSets, Tokenize(text));
  }
}

TEST_CASE("one-pass cue matches agree on random word salad", "[rules]") {
  Rules rules;
  REQUIRE(rules.LoadJson("cues.json", kRules).ok());
  const std::vector<std::string> words = {
      "a", "in", "the", "north", "of", "is", "are", "said", "to", "financ", "financing", "fin", "f",
      "make", "makes", "money", "on", "behalf", "ofthe", "côte", "d’ivoire", "ivoire", "east",
      "da'esh", "daesh", "al-qaida's", "abcdefgh", "abcdefghi", "abcdefghij", "r", "ab", "cd", "ef",
      "gh", "ij", "x", "über", "control", "zzz", "abcdefghijklmnopq"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int k = rng() % 25; k > 0; --k) text += words[rng() % words.size()] + " ";
    INFO(text);
    CheckSame(rules, kSets, Tokenize(text));
  }
}

TEST_CASE("one-pass cue matches agree with the default rules on the dev set", "[rules]") {
  const Rules& rules = nexus::test::DefaultRules();
  const std::vector<std::string> sets = {
      "hedge", "hedge_mention", "denial", "locative", "locative_skip", "region_title", "source",
      "source_suffix", "recipient", "affiliation", "affiliation_suffix", "group-crime", "group-region",
      "crime-region", "un-activity"};
  for (const std::string& name : sets) CHECK_FALSE(rules.Cues(name).empty());
  int sentences = 0;
  for (const auto& file : std::filesystem::directory_iterator(std::string(NEXUS_TEST_DATA) + "/devset")) {
    if (file.path().extension() != ".txt") continue;
    std::ifstream in(file.path());
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    // Sentences, roughly, of 60 words at most: the checks cost the cube of
    // their length, and a resolution's sentence runs a paragraph long.
    constexpr std::size_t kWords = 60;
    std::string sentence;
    while (std::getline(text, sentence, '.')) {
      const Tokens all = Tokenize(sentence);
      for (std::size_t k = 0; k < all.size(); k += kWords) {
        const std::size_t end = std::min(k + kWords, all.size());
        ++sentences;
        CheckSame(rules, sets,
                  Tokenize(std::string_view(sentence).substr(all[k].begin, all[end - 1].end - all[k].begin)));
      }
    }
  }
  CHECK(sentences > 100);
}

TEST_CASE("rules without cues match nothing", "[rules]") {
  Rules rules;
  CueMatches matches;
  auto tokens = Tokenize("reportedly in Mali");
  rules.MatchCues(tokens, &matches);
  CHECK(matches.tokens() == 3);
  CHECK(rules.Cues("hedge").MatchAt(matches, 0) == 0);
  CHECK_FALSE(rules.Cues("hedge").AnyIn(matches, 0, 3));
}

TEST_CASE("a later rules file adds cues to a set", "[rules]") {
  Rules rules;
  REQUIRE(rules.LoadJson("a.json", R"({"cues": {"hedge": ["reportedly"]}})").ok());
  REQUIRE(rules.LoadJson("b.json", R"({"cues": {"hedge": ["it is said"], "other": ["mali"]}})").ok());
  auto tokens = Tokenize("It is said, reportedly, in Mali");
  CueMatches matches;
  rules.MatchCues(tokens, &matches);
  CHECK(rules.Cues("hedge").MatchAt(matches, 0) == 3);
  CHECK(rules.Cues("hedge").MatchAt(matches, 3) == 1);
  CHECK(rules.Cues("other").MatchAt(matches, 5) == 1);
  CHECK(rules.Cues("other").MatchAt(matches, 4) == 0);
}
