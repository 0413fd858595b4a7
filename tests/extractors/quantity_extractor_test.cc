#include <catch2/catch.hpp>

#include "extractors/quantity_extractor.h"

using nexus::FindQuantities;

TEST_CASE("money amounts with scales, ranges and rates", "[quantities]") {
  auto q = FindQuantities(
      "ISIL had raised between $35 million and $45 million in a 12-month period "
      "(approximately $96,000-$123,000 per day) from ransom payments.");
  REQUIRE(q.size() == 3);
  CHECK(q[0].kind == "money");
  CHECK(q[0].value == 35e6);
  CHECK(q[0].high == 45e6);
  CHECK(q[0].text == "$35 million and $45 million");
  CHECK(q[1].kind == "period");
  CHECK(q[1].value == 12);
  CHECK(q[2].value == 96000);
  CHECK(q[2].high == 123000);
  CHECK(q[2].per == "day");
}

TEST_CASE("shares, years, US$ and decimals", "[quantities]") {
  auto q = FindQuantities("In 2013 exports were worth US$1.25 billion, 14 per cent of GDP, or 10%.");
  REQUIRE(q.size() == 4);
  CHECK(q[0].kind == "year");
  CHECK(q[0].value == 2013);
  CHECK(q[1].kind == "money");
  CHECK(q[1].value == 1.25e9);
  CHECK(q[2].kind == "percent");
  CHECK(q[2].value == 14);
  CHECK(q[3].text == "10%");
}

TEST_CASE("a small range and plain numbers", "[quantities]") {
  auto q = FindQuantities("girls are sold for around $10-15 each; 270 schoolgirls; resolution 2195");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 10);
  CHECK(q[0].high == 15);
  CHECK(FindQuantities("S/2014/815 and 1267 (1999)").size() == 1);  // the year in brackets
}

TEST_CASE("text without digits or currency signs holds no quantity", "[quantities]") {
  CHECK(FindQuantities("").empty());
  CHECK(FindQuantities("No amounts here, UNODC and US officials").empty());
  CHECK(FindQuantities("$").empty());
  CHECK(FindQuantities("\xe2\x82\xac").empty());
  CHECK(FindQuantities("\xe2\x82").empty());  // a euro sign cut short
  CHECK(FindQuantities("US$ 7 million").empty());  // "US$" then no number
}

TEST_CASE("euro, pound and currency codes, numbers inside words", "[quantities]") {
  auto q = FindQuantities("\xe2\x82\xac" "5 million, \xc2\xa3" "3.5 billion a year and USD 40");
  REQUIRE(q.size() == 3);
  CHECK(q[0].text == "\xe2\x82\xac" "5 million");
  CHECK(q[1].value == 3.5e9);
  CHECK(q[1].per == "year");
  CHECK(q[2].text == "USD 40");
  CHECK(q[2].begin == 39);
  q = FindQuantities("UN2015 and X2013 but 2013");
  REQUIRE(q.size() == 1);
  CHECK(q[0].begin == 21);
  q = FindQuantities("C\xc3\xb4te d\xe2\x80\x99Ivoire paid $12");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "$12");
}
