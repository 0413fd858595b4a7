// Whether an acronym may stand for a name, on made-up and real names.
#include <catch2/catch.hpp>

#include "extractors/reader/acronym.h"

using nexus::CouldStandFor;

TEST_CASE("acronym: its capitals are the initials of the name's words, in order", "[acronym]") {
  CHECK(CouldStandFor("IMU", "Islamic Movement of Uzbekistan"));
  CHECK(CouldStandFor("KIB", "Khatiba Imam al-Bukhari"));  // a hyphen starts a word
  CHECK(CouldStandFor("TTP", "Tehrik-e Taliban Pakistan"));
  CHECK(CouldStandFor("ISIL-K", "Islamic State in Iraq and the Levant-Khorasan"));
}

TEST_CASE("acronym: other letters, another order or one letter stand for nothing", "[acronym]") {
  CHECK_FALSE(CouldStandFor("ISIL", "Islamic Army"));
  CHECK_FALSE(CouldStandFor("BIK", "Khatiba Imam al-Bukhari"));
  CHECK_FALSE(CouldStandFor("Z", "Zorvan"));
  CHECK_FALSE(CouldStandFor("JAT", "Jama'at Ansar"));  // no word starts after an apostrophe
}
