#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/reader/sentence_splitter.h"

namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [b, e] : nexus::SplitSentences(text)) out.push_back(text.substr(b, e - b));
  return out;
}

}  // namespace

TEST_CASE("splitter keeps symbols and document numbers whole", "[splitter]") {
  CHECK(Split("See S/2014/815 for details. Next one.") ==
        std::vector<std::string>{"See S/2014/815 for details.", "Next one."});
  CHECK(Split("Taxes are collected (see S/2015/79). Then more.") ==
        std::vector<std::string>{"Taxes are collected (see S/2015/79).", "Then more."});
  CHECK(Split("Resolution No. 5 was adopted.").size() == 1);
}

TEST_CASE("splitter does not split after abbreviations", "[splitter]") {
  CHECK(Split("The U.S. Government and the U.N. Secretariat agreed.").size() == 1);
  CHECK(Split("Some crimes, i.e. drugs, e.g. heroin, and arms, etc. are covered.").size() == 1);
  CHECK(Split("Crimes, inter alia, are listed. Others are not.").size() == 2);
  CHECK(Split("See para. 5 and paras. 6-7 and Art. 3 of the treaty.").size() == 1);
  CHECK(Split("It costs approx. 5 dollars.").size() == 1);
  CHECK(Split("Mr. Smith met Dr. Jones at St. Petersburg.").size() == 1);
}

TEST_CASE("splitter does not split after a month's abbreviation before a number", "[splitter]") {
  CHECK(Split("It was formed in Aug. 2013 and operates in Idlib.").size() == 1);
  CHECK(Split("Listed on 21 Oct. 2008 and amended on 3 Sept. 2010.").size() == 1);
  // Where it stops: before a capital the period ends the sentence; so does
  // a month written in full before a number.
  CHECK(Split("The talks ended in Aug. Others began.").size() == 2);
  CHECK(Split("It was the end of March. 2013 was calm.").size() == 2);
}

TEST_CASE("splitter does not split numbers and amounts", "[splitter]") {
  CHECK(Split("The rate rose 1.5 per cent to $1.25 billion in 2013.").size() == 1);
  CHECK(Split("Girls sold for $10-15 each and $96,000-$123,000 per day.").size() == 1);
}

TEST_CASE("splitter does not split initials or before lower case", "[splitter]") {
  CHECK(Split("A. B. Smith and J. Doe wrote it.").size() == 1);
  CHECK(Split("The group left. the next day it came back.").size() == 1);
}

TEST_CASE("splitter keeps ellipses inside quotes", "[splitter]") {
  CHECK(Split("He said \xE2\x80\x9CWe wait... We fight.\xE2\x80\x9D Then he left.") ==
        std::vector<std::string>{"He said \xE2\x80\x9CWe wait... We fight.\xE2\x80\x9D",
                                 "Then he left."});
  CHECK(Split("He said \xE2\x80\x9Cwe will\xE2\x80\xA6 Win\xE2\x80\x9D today.").size() == 1);
}

TEST_CASE("splitter splits a quotation of several sentences at its full stops", "[splitter]") {
  CHECK(Split("\"In Afghanistan, the Taliban taxes traffickers. ISIL in the Middle East profits from oil,\" "
              "said Mr. Doe.") ==
        std::vector<std::string>{"\"In Afghanistan, the Taliban taxes traffickers.",
                                 "ISIL in the Middle East profits from oil,\" said Mr. Doe."});
  CHECK(Split("\xE2\x80\x9CWe wait. We fight.\xE2\x80\x9D Then he left.").size() == 3);
  // Where it stops: a question mark inside a quotation, and lower case after a full stop.
  CHECK(Split("\xE2\x80\x9CWho pays? The traders,\xE2\x80\x9D she said.").size() == 1);
  CHECK(Split("\xE2\x80\x9CIt is done. as agreed\xE2\x80\x9D she said.").size() == 1);
}

TEST_CASE("splitter splits at sentence starts", "[splitter]") {
  CHECK(Split("It ended. The next began.") ==
        std::vector<std::string>{"It ended.", "The next began."});
  CHECK(Split("It rose in 2013. 14 per cent more came.").size() == 2);
  CHECK(Split("It ended. \xE2\x80\x9CQuote\xE2\x80\x9D began.").size() == 2);
  CHECK(Split("It ended. (See below.) Then.") ==
        std::vector<std::string>{"It ended.", "(See below.)", "Then."});
  CHECK(Split("Really? Yes! Good.") == std::vector<std::string>{"Really?", "Yes!", "Good."});
  CHECK(Split("Arms, drugs, etc. The list goes on.").size() == 2);
}

TEST_CASE("splitter splits after a closing quote that follows a period", "[splitter]") {
  CHECK(Split("a country of origin or destination.\xE2\x80\x9D Then it moved.") ==
        std::vector<std::string>{"a country of origin or destination.\xE2\x80\x9D",
                                 "Then it moved."});
}

TEST_CASE("splitter excludes surrounding spaces", "[splitter]") {
  auto spans = nexus::SplitSentences("  One.  Two.  ");
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == std::make_pair(std::size_t{2}, std::size_t{6}));
  CHECK(spans[1] == std::make_pair(std::size_t{8}, std::size_t{12}));
  CHECK(nexus::SplitSentences("").empty());
  CHECK(nexus::SplitSentences("   ").empty());
  CHECK(Split("No final period") == std::vector<std::string>{"No final period"});
}

TEST_CASE("splitter cuts an over-long sentence at spaces, a giant word at characters",
          "[splitter]") {
  const std::size_t max = nexus::kMaxSentenceBytes;
  std::string words;
  while (words.size() < 3 * max) words += "ISIL sold oil in Syria and ";
  auto spans = nexus::SplitSentences(words);
  REQUIRE(spans.size() >= 3);
  std::size_t covered = 0;
  for (const auto& [b, e] : spans) {
    CHECK(e - b <= max);
    CHECK(words[b] != ' ');
    CHECK(words[e - 1] != ' ');
    CHECK((e == words.size() || words[e] == ' '));  // cut at a space, not in a word
    covered += e - b;
  }
  CHECK(covered + spans.size() >= words.size() - 1);  // only the cut spaces are left out

  std::string giant;  // "é" repeated: a cut must not split a character
  while (giant.size() < 2 * max + 7) giant += "\xC3\xA9";
  spans = nexus::SplitSentences(giant);
  REQUIRE(spans.size() == 3);
  for (const auto& [b, e] : spans) {
    CHECK(e - b <= max);
    CHECK(static_cast<unsigned char>(giant[b]) == 0xC3);
  }
  CHECK(spans.back().second == giant.size());
}

TEST_CASE("splitter finds a boundary at any position in the text", "[splitter]") {
  // The text between marks is skipped sixteen bytes at a time.
  for (std::size_t n = 1; n < 50; ++n) {
    std::string first = "A" + std::string(n, 'b') + ".";
    CHECK(Split(first + " Next one.") == std::vector<std::string>{first, "Next one."});
    CHECK(Split(first + "\xE2\x80\x9D Next one.") ==
          std::vector<std::string>{first + "\xE2\x80\x9D", "Next one."});
    std::string quoted = "\xE2\x80\x9C" + std::string(n, 'b') + "? Quoted.\xE2\x80\x9D Next.";
    CHECK(Split(quoted).size() == 2);
    CHECK(Split(std::string(n, 'b') + "\xE2\x80\xA6 Next one.").size() == 2);
    CHECK(Split(std::string(n, 'b') + "? next one.").size() == 1);
  }
}
