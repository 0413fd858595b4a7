// Activities on made-up sentences: an actor, its crime and the places the
// same sentence gives them, as one fact; and where it stops.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "extractors/activity_extractor.h"
#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

// "actor relation crime: place,place" for each activity found.
std::set<std::string> Activities(const std::string& text) {
  std::set<std::string> out;
  for (const nexus::ActivityClaim& a : RunOn(text).findings.activities) {
    std::string places;
    for (const auto& [region, rule] : a.places) places += (places.empty() ? "" : ",") + region;
    out.insert(a.actor + " " + a.relation + " " + a.crime + ": " + places);
  }
  return out;
}

}  // namespace

TEST_CASE("activities: a group's crime and the places of the same sentence, one fact", "[activities]") {
  CHECK(Activities("1. In Iraq and the Syrian Arab Republic, ISIL smuggles crude oil through long-standing "
                   "networks.\n") ==
        std::set<std::string>{"group:isil profits_from crime:oil_smuggling: region:iraq,region:syria"});
  // Each place carries the rule that placed it.
  const auto run = RunOn("1. Al-Shabaab profits from charcoal trafficking in Somalia.\n");
  REQUIRE(run.findings.activities.size() == 1);
  CHECK(run.findings.activities[0].places ==
        std::vector<std::pair<std::string, std::string>>{{"region:somalia", "crime-region"}});
}

TEST_CASE("activities: two groups, two crimes, each with its own places", "[activities]") {
  CHECK(Activities("1. ISIL smuggles oil in Iraq; Al-Shabaab profits from charcoal trafficking in Somalia.\n") ==
        std::set<std::string>{"group:isil profits_from crime:oil_smuggling: region:iraq",
                              "group:al_shabaab profits_from crime:charcoal_trafficking: region:somalia"});
  // Coordinated groups share the crime and its places.
  CHECK(Activities("1. ISIL and Al-Nusrah Front smuggle oil through Iraq and the Syrian Arab Republic.\n") ==
        std::set<std::string>{"group:isil profits_from crime:oil_smuggling: region:iraq,region:syria",
                              "group:al_nusrah_front profits_from crime:oil_smuggling: region:iraq,region:syria"});
}

// The rule itself, on claims made by hand: which places an actor's crime gets.
TEST_CASE("activities: the places of a crime shared by two groups, and those of another crime", "[activities]") {
  auto claim = [](const char* relation, const char* a, const char* b) {
    nexus::Claim c;
    c.relation = relation;
    c.subject = a;
    c.object = b;
    c.rule = "test";
    return c;
  };
  nexus::Findings f;
  f.claims = {claim("profits_from", "group:a", "crime:oil"), claim("profits_from", "group:b", "crime:oil"),
              claim("profits_from", "group:a", "crime:arms"), claim("occurs_in", "crime:oil", "region:x"),
              claim("occurs_in", "crime:oil", "region:y"), claim("operates_in", "group:a", "region:x"),
              claim("occurs_in", "crime:arms", "region:z"), claim("operates_in", "group:b", "region:w")};
  nexus::ActivityExtractor(nexus::test::DefaultRules()).Extract(nexus::Document{}, &f);
  std::set<std::string> got;
  for (const nexus::ActivityClaim& a : f.activities) {
    std::string places;
    for (const auto& [region, rule] : a.places) places += region + " ";
    got.insert(a.actor + " " + a.crime + ": " + places);
  }
  // Oil is both groups': each keeps the oil places it is tied to itself (x
  // for a; y for neither), and its own places that no other crime holds (w
  // for b). a's arms: z, not x, which the sentence gives to oil only.
  CHECK(got == std::set<std::string>{"group:a crime:oil: region:x ", "group:b crime:oil: region:w ",
                                     "group:a crime:arms: region:z "});
}

TEST_CASE("activities: a UN entity countering a crime where it works", "[activities]") {
  CHECK(Activities("1. UNODC supports Member States in West Africa to counter drug trafficking.\n") ==
        std::set<std::string>{"un_entity:unodc counters crime:drug_trafficking: region:west_africa"});
}

TEST_CASE("activities: where they stop", "[activities]") {
  // No place in the sentence: the pair is a link, no activity.
  CHECK(Activities("1. ISIL profits from oil smuggling.\n").empty());
  // A UN entity that only reports where a crime happens does not work there.
  CHECK(Activities("1. According to a UNODC report, drug trafficking rose in Asia.\n").empty());
}
