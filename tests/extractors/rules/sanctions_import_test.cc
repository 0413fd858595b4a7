#include "extractors/rules/sanctions_import.h"

#include <catch2/catch.hpp>

#include "extractors/extractor.h"

#include <algorithm>
#include <memory>

namespace nexus {
namespace {

const Rules& Defaults() {
  static const Rules* rules = [] {
    auto* r = new Rules();
    r->AcceptCues(CueNamesRead(), CueNamesIndexedApart());
    REQUIRE(r->LoadDefaults().ok());
    REQUIRE(r->Finish().ok());
    return r;
  }();
  return *rules;
}

std::string Entity(const std::string& list, const std::string& ref, const std::string& name,
                   const std::vector<std::string>& aliases) {
  std::string out = "<ENTITY><FIRST_NAME>" + name + "</FIRST_NAME><UN_LIST_TYPE>" + list +
                    "</UN_LIST_TYPE><REFERENCE_NUMBER>" + ref + "</REFERENCE_NUMBER><LISTED_ON>2099-01-02</LISTED_ON>";
  for (const std::string& a : aliases)
    out += "<ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>" + a + "</ALIAS_NAME></ENTITY_ALIAS>";
  return out + "</ENTITY>";
}

std::string List(const std::string& entities) {
  return "<?xml version='1.0'?><CONSOLIDATED_LIST dateGenerated='2099-01-02'><INDIVIDUALS/><ENTITIES>" +
         entities + "</ENTITIES></CONSOLIDATED_LIST>";
}

// The rules file loaded after the defaults, as --rules does.
std::unique_ptr<Rules> Load(const std::string& json) {
  auto r = std::make_unique<Rules>();
  r->AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  REQUIRE(r->LoadDefaults().ok());
  Status s = r->LoadJson("imported.json", json);
  INFO(s.message() << "\n" << json);
  REQUIRE(s.ok());
  REQUIRE(r->Finish().ok());
  return r;
}

TEST_CASE("sanctions import: an armed group, its names split out of the list's fields", "[import]") {
  std::string json;
  ImportReport report;
  const std::string xml = List(Entity(
      "Al-Qaida", "QDe.990", "BRIGADE OF THE NORTHERN HILLS (BNH)",
      {"Katibat al-Jibal (original script); Hill Brigade", "Northern Hills Fighters (NHF) - sub-unit name",
       "Army", "Kenya"}));
  REQUIRE(ImportSanctionsList("list.xml", xml, Defaults(), &json, &report).ok());
  const std::unique_ptr<Rules> r = Load(json);
  const nexus::Entity* e = r->FindEntity("group:brigade_of_the_northern_hills");
  REQUIRE(e);
  CHECK(e->label == "Brigade of the Northern Hills");  // title case, small words lower
  std::vector<std::string> want = {"BNH", "Katibat al-Jibal", "Hill Brigade", "Northern Hills Fighters", "NHF"};
  for (const std::string& a : want) CHECK(std::find(e->aliases.begin(), e->aliases.end(), a) != e->aliases.end());
  // Guards: a single short common word, a place's name.
  CHECK(std::find(e->aliases.begin(), e->aliases.end(), "Army") == e->aliases.end());
  CHECK(std::find(e->aliases.begin(), e->aliases.end(), "Kenya") == e->aliases.end());
  CHECK(report.entries == 1);
  CHECK(report.aliases_dropped == 1);
  CHECK(json.find("// QDe.990, Al-Qaida sanctions list, listed on 2099-01-02") != std::string::npos);
}

TEST_CASE("sanctions import: a group the defaults know keeps its id and label and gains names", "[import]") {
  std::string json;
  ImportReport report;
  const std::string xml = List(Entity("Somalia", "SOe.001", "AL-SHABAAB", {"Mujahideen Youth Movement Of The Horn"}));
  REQUIRE(ImportSanctionsList("list.xml", xml, Defaults(), &json, &report).ok());
  const std::unique_ptr<Rules> r = Load(json);
  const nexus::Entity* e = r->FindEntity("group:al_shabaab");
  REQUIRE(e);
  CHECK(e->label == Defaults().FindEntity("group:al_shabaab")->label);
  CHECK(std::find(e->aliases.begin(), e->aliases.end(), "Mujahideen Youth Movement Of The Horn") != e->aliases.end());
  CHECK(report.extended == 1);
}

TEST_CASE("sanctions import: companies, banks, charities and States' assets are left out, counted", "[import]") {
  std::string json;
  ImportReport report;
  const std::string xml = List(Entity("Al-Qaida", "QDe.991", "NORTHERN RELIEF FOUNDATION", {}) +
                               Entity("Taliban", "TAe.992", "HILL MONEY EXCHANGE", {}) +
                               Entity("DPRK", "KPe.993", "KOREA HILLS MINING CORPORATION", {}) +
                               Entity("DRC", "CDe.994", "HILLS TRADING LTD", {}) +
                               Entity("CAR", "CFe.995", "ARMY OF THE HILLS", {}));
  REQUIRE(ImportSanctionsList("list.xml", xml, Defaults(), &json, &report).ok());
  CHECK(report.entries == 1);
  CHECK(report.skipped["a charity or foundation"] == 1);
  CHECK(report.skipped["a money exchange"] == 1);
  CHECK(report.skipped["a company"] == 1);
  CHECK(report.skipped["the assets of a State (DPRK list)"] == 1);
  CHECK(Load(json)->FindEntity("group:army_of_the_hills"));
}

TEST_CASE("sanctions import: a name two listed groups share names neither", "[import]") {
  std::string json;
  ImportReport report;
  const std::string xml = List(Entity("Al-Qaida", "QDe.996", "EASTERN HILL FRONT", {"The Hill Front"}) +
                               Entity("Al-Qaida", "QDe.997", "WESTERN HILL FRONT", {"The Hill Front"}));
  REQUIRE(ImportSanctionsList("list.xml", xml, Defaults(), &json, &report).ok());
  const std::unique_ptr<Rules> r = Load(json);
  CHECK(r->FindEntity("group:eastern_hill_front")->aliases.empty());
  CHECK(r->FindEntity("group:western_hill_front")->aliases.empty());
}

TEST_CASE("sanctions import: bad XML or another XML is refused with its place", "[import]") {
  std::string json;
  ImportReport report;
  Status s = ImportSanctionsList("list.xml", "<CONSOLIDATED_LIST><ENTITIES>", Defaults(), &json, &report);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("list.xml:1:", 0) == 0);
  s = ImportSanctionsList("other.xml", "<rss/>", Defaults(), &json, &report);
  CHECK(s.message() == "other.xml: not the UN Security Council Consolidated List (no CONSOLIDATED_LIST root)");
}

TEST_CASE("un entities import: rows the defaults lack, when the acronym stands for the name", "[import]") {
  const std::string csv =
      ",entity_long,entity,category\n"
      "0,\"United Nations Office for Hill Affairs, Northern Region\",UNOHA,\"Office, regional\"\n"
      "1,United Nations Office on Drugs and Crime,UNODC,Office\n"
      "2,Bureau des Collines,XYZ,Office\n"
      "3,\"Hill Mission of the United Nations\",MINUCOL,Mission\n";
  std::string json;
  ImportReport report;
  REQUIRE(ImportUnEntities("t.csv", csv, Defaults(), &json, &report).ok());
  const std::unique_ptr<Rules> r = Load(json);
  const nexus::Entity* e = r->FindEntity("un_entity:unoha");
  REQUIRE(e);
  CHECK(e->label == "United Nations Office for Hill Affairs, Northern Region");
  CHECK(report.entries == 1);
  CHECK(report.skipped["known to the defaults"] == 1);
  CHECK(report.skipped["an acronym that does not stand for its name (not trusted)"] == 2);
  CHECK_FALSE(ImportUnEntities("t.csv", "a,b\n1,2\n", Defaults(), &json, &report).ok());
}

}  // namespace
}  // namespace nexus
