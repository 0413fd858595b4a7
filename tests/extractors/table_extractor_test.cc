// Table rows on made-up tables: the row's UN entity, the crimes of the row,
// the places of its scope column; and where it stops.
#include <catch2/catch.hpp>

#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

bool TableLink(const nexus::test::Run& r, const std::string& a, const std::string& b) {
  const nexus::Claim* c = r.Link(a, b);
  return c && c->rule == "table-row";
}

}  // namespace

TEST_CASE("table rows: the entity column's UN body, the row's crimes and scope", "[table_rows]") {
  auto r = RunOn(
      "# Annex\n\n"
      "Entity\tActivity\tGeographical scope\n"
      "UNODC\tTraining on money-laundering investigations\tMali, Niger\n"
      "UNESCO\tCountering trafficking in cultural property\tGlobal\n");
  CHECK(TableLink(r, "un_entity:unodc", "crime:money_laundering"));
  CHECK(TableLink(r, "un_entity:unodc", "region:mali"));
  CHECK(TableLink(r, "un_entity:unodc", "region:niger"));
  CHECK(TableLink(r, "un_entity:unesco", "crime:cultural_property_trafficking"));
  // One row's places are not another row's.
  CHECK_FALSE(r.Link("un_entity:unesco", "region:mali"));
  const nexus::Claim* c = r.Link("un_entity:unodc", "region:mali");
  REQUIRE(c);
  CHECK(c->relation == "active_in");
  CHECK(r.Link("un_entity:unodc", "crime:money_laundering")->relation == "counters");
}

TEST_CASE("table rows: no entity column, no link, a body named after the colon is the project's",
          "[table_rows]") {
  auto none = RunOn(
      "Topic\tRemarks\tCountry\n"
      "UNODC\tMoney-laundering\tMali\n");
  CHECK_FALSE(TableLink(none, "un_entity:unodc", "crime:money_laundering"));
  auto colon = RunOn(
      "Entity\tActivity\tScope\n"
      "UNAMA: support to UNODC\tDrug trafficking analysis\tAfghanistan\n");
  CHECK(TableLink(colon, "un_entity:unama", "crime:drug_trafficking"));
  CHECK_FALSE(TableLink(colon, "un_entity:unodc", "crime:drug_trafficking"));
}
