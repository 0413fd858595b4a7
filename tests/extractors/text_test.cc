#include <catch2/catch.hpp>

#include "extractors/text.h"

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

TEST_CASE("invalid UTF-8 does not stop tokenising", "[text]") {
  auto t = Tokenize("abc \xff\xfe def");
  REQUIRE(t.size() == 2);
  CHECK(t[1].norm == "def");
}
