#include <catch2/catch.hpp>

#include "extractors/rules/rules.h"
#include "extractors/test_util.h"

using nexus::ExpandAlternations;
using nexus::Rules;

TEST_CASE("alternations expand", "[rules]") {
  auto v = ExpandAlternations("{drug|cocaine} {trafficking|smuggling}");
  CHECK(v == std::vector<std::string>{"drug trafficking", "drug smuggling", "cocaine trafficking",
                                      "cocaine smuggling"});
  CHECK(ExpandAlternations("kidnapping {for ransom|}") ==
        std::vector<std::string>{"kidnapping for ransom", "kidnapping"});
  CHECK(ExpandAlternations("plain") == std::vector<std::string>{"plain"});
}

TEST_CASE("a syntax error names file, line and column", "[rules]") {
  Rules r;
  auto s = r.LoadJson("my.json", "{\n  \"entities\": [\n    {\"id\": \"group:x\",}\n  ]\n}");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("my.json:3:", 0) == 0);
}

TEST_CASE("comments are allowed in rules files", "[rules]") {
  Rules r;
  auto s = r.LoadJson("c.json", "// a comment\n{\"entities\": []} ");
  CHECK(s.ok());
}

TEST_CASE("schema errors are refused", "[rules]") {
  Rules a;
  auto s = a.LoadJson("t.json", R"({"entities": [{"id": "gang:x", "type": "gang", "label": "X"}]})");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("unknown type") != std::string::npos);
  Rules b;
  s = b.LoadJson("t.json", R"({"entities": [{"id": "group:x", "type": "group", "label": "X", "aliases": [""]}]})");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("empty alias") != std::string::npos);
  Rules c;
  s = c.LoadJson("t.json", R"({"entities": [{"id": "crime:x", "type": "group", "label": "X"}]})");
  CHECK_FALSE(s.ok());
}

TEST_CASE("the same name on two entities is refused", "[rules]") {
  Rules r;
  REQUIRE(r.LoadJson("t.json", R"({"entities": [
    {"id": "group:a", "type": "group", "label": "Alpha", "aliases": ["The Front"]},
    {"id": "group:b", "type": "group", "label": "Beta", "aliases": ["the front"]}]})").ok());
  auto s = r.Finish();
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("already names") != std::string::npos);
}

TEST_CASE("two names that match only in their own case may name two entities", "[rules]") {
  Rules r;
  REQUIRE(r.LoadJson("t.json", R"({"entities": [
    {"id": "group:a", "type": "group", "label": "Alpha", "aliases": ["JEM"]},
    {"id": "group:b", "type": "group", "label": "Beta", "aliases": ["JeM"]}]})").ok());
  REQUIRE(r.Finish().ok());
  // Where it stops: a name matched in any case still has one owner.
  Rules q;
  REQUIRE(q.LoadJson("t.json", R"({"entities": [
    {"id": "group:a", "type": "group", "label": "Alpha", "aliases": ["JEM"]},
    {"id": "group:b", "type": "group", "label": "Beta", "aliases": ["Jem"]}]})").ok());
  auto s = q.Finish();
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("already names") != std::string::npos);
}

TEST_CASE("a later file overrides label and adds aliases", "[rules]") {
  Rules r;
  REQUIRE(r.LoadJson("a.json", R"({"entities": [{"id": "group:a", "type": "group", "label": "Alpha"}]})").ok());
  REQUIRE(r.LoadJson("b.json", R"({"entities": [{"id": "group:a", "type": "group", "label": "Alpha Front", "aliases": ["AF"]}]})").ok());
  REQUIRE(r.Finish().ok());
  const nexus::Entity* e = r.FindEntity("group:a");
  REQUIRE(e);
  CHECK(e->label == "Alpha Front");
  CHECK(e->aliases == std::vector<std::string>{"AF"});
}

TEST_CASE("default rules: iso-codes countries under UN short names", "[rules]") {
  const Rules& r = nexus::test::DefaultRules();
  const nexus::Entity* syria = r.FindEntity("region:syria");
  REQUIRE(syria);
  CHECK(syria->label == "Syrian Arab Republic");
  CHECK(std::find(syria->aliases.begin(), syria->aliases.end(), "Syria") != syria->aliases.end());
  const nexus::Entity* helmand = r.FindEntity("region:af_hel");
  REQUIRE(helmand);
  CHECK(helmand->parent == "region:afghanistan");
  CHECK(r.FindEntity("crime:kidnapping_for_ransom"));
  CHECK_FALSE(r.Cues("hedge").empty());
}
