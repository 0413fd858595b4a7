// Rules files that are wrong: every problem is reported at file:line:col,
// with the line and a caret under the spot.
#include <catch2/catch.hpp>

#include <string>

#include "extractors/rules/rules.h"
#include "extractors/rules/schema.h"

namespace {

// The message of loading `json` (then Finish), or "" when it loads.
std::string Problem(const std::string& json) {
  nexus::Rules rules;
  nexus::Status s = rules.LoadJson("r.json", json);
  if (s.ok()) s = rules.Finish();
  return s.ok() ? "" : s.message();
}

// The message's first line, and the text from the spot its caret points
// at in the line shown under it.
std::string Head(const std::string& m) { return m.substr(0, m.find('\n')); }
std::string Pointed(const std::string& m) {
  std::size_t shown = m.find('\n') + 1, caret = m.rfind('\n') + 1;
  if (shown == 0 || caret <= shown) return "";
  return m.substr(shown + (m.size() - caret - 1), caret - 1 - shown - (m.size() - caret - 1));
}

}  // namespace

TEST_CASE("rules syntax errors point at the spot", "[rules_schema]") {
  std::string m = Problem("{\"entities\": [\n  {\"id\": \"group:x\",}\n]}");
  CHECK(m == "r.json:2:20: Missing a name for object member.\n"
             "  {\"id\": \"group:x\",}\n"
             "                   ^");
  CHECK(Head(Problem("{\"entities\": []} trailing")) ==
        "r.json:1:18: The document root must not be followed by other values.");
}

TEST_CASE("rules schema errors point at the value", "[rules_schema]") {
  std::string m = Problem(
      "{\"entities\": [\n"
      "  {\"id\": \"group:x\", \"type\": \"gang\", \"label\": \"X\"}]}");
  CHECK(Head(m) ==
        "r.json:2:29: entity \"group:x\": unknown type \"gang\" (expected group, crime, region or "
        "un_entity)");
  CHECK(Pointed(m) == "\"gang\", \"label\": \"X\"}]}");

  m = Problem("{\"entities\": [{\"id\": \"group:x\", \"type\": \"group\", \"label\": \"X\", \"aliases\": [\"ok\", \" \"]}]}");
  CHECK(Head(m) == "r.json:1:82: entity \"group:x\": empty alias (\" \")");
  CHECK(Pointed(m) == "\" \"]}]}");

  m = Problem("{\"entities\": [{\"id\": \"crime:x\", \"type\": \"group\", \"label\": \"X\"}]}");
  CHECK(Head(m) == "r.json:1:22: entity \"crime:x\": id must be \"group:\" followed by lower-case "
                   "letters, digits, '_', '-' or '.'");
  CHECK(Head(Problem("{\"entities\": [{\"id\": \"group:x\", \"type\": \"group\", \"label\": \"\"}]}")) ==
        "r.json:1:59: entity \"group:x\": empty label");
  CHECK(Head(Problem("{\"entities\": [{\"id\": \"group:x\", \"type\": \"group\"}]}")) ==
        "r.json:1:15: entity \"group:x\": no \"label\"");
  CHECK(Head(Problem("{\"entities\": [{\"id\": \"group:x\", \"type\": \"group\", \"label\": \"X\", \"alias\": []}]}")) ==
        "r.json:1:64: unknown key \"alias\" in an entity (expected id, type, label, aliases, parent)");
  CHECK(Head(Problem("{\"entities\": [], \"entities\": []}")) ==
        "r.json:1:18: key \"entities\" given twice in a rules file");
  CHECK(Head(Problem("{\"entitys\": []}")).rfind("r.json:1:2: unknown key \"entitys\" in a rules file", 0) == 0);
  CHECK(Head(Problem("[]")) == "r.json:1:1: rules must be a JSON object");
  CHECK(Head(Problem("{\"cues\": {\"hedge\": [\"said\", 3]}}")) ==
        "r.json:1:29: cues \"hedge\": cue must be a string");
  CHECK(Head(Problem("{\"blockers\": \"Lake Chad Basin Commission\"}")) ==
        "r.json:1:14: \"blockers\" must be a list of strings");
}

TEST_CASE("rules patterns are checked, the caret inside the string", "[rules_schema]") {
  auto alias = [](const std::string& pattern) {
    return Problem("{\"entities\": [{\"id\": \"group:x\", \"type\": \"group\", \"label\": \"X\", "
                   "\"aliases\": [\"" + pattern + "\"]}]}");
  };
  // Column 77 is the first character inside the alias.
  std::string m = alias("the {Red|Blue Hand");
  CHECK(Head(m) == "r.json:1:81: entity \"group:x\": alias: '{' is never closed");
  CHECK(Pointed(m) == "{Red|Blue Hand\"]}]}");
  m = alias("a {b|{c}}");
  CHECK(Head(m) == "r.json:1:82: entity \"group:x\": alias: '{' inside '{...}': alternatives do not nest");
  CHECK(Pointed(m) == "{c}}\"]}]}");
  CHECK(Head(alias("a {}")) == "r.json:1:79: entity \"group:x\": alias: '{}' has no alternative");
  m = alias("a|b");
  CHECK(Head(m) == "r.json:1:78: entity \"group:x\": alias: '|' outside '{...}'");
  CHECK(Pointed(m) == "|b\"]}]}");
  // An escape before the spot: the caret still lands on the character.
  m = alias("Caf\\u00e9 b}");
  CHECK(Head(m) == "r.json:1:88: entity \"group:x\": alias: '}' without a '{' before it");
  CHECK(Pointed(m) == "}\"]}]}");
  CHECK(Head(alias("{The|}")).find("empty alias") != std::string::npos);
  CHECK(Problem("{\"cues\": {\"hedge\": [\"is {said|thought} to\", \"financ*\"]}}").empty());
  CHECK(Head(Problem("{\"cues\": {\"hedge\": [\"is {said to\"]}}")) ==
        "r.json:1:25: cues \"hedge\": cue: '{' is never closed");

  std::string problem;
  CHECK(nexus::CheckPattern("kidnapping {for ransom|}", &problem) == std::string_view::npos);
  // 8 x 8 x 8 x 8 = 4096 phrases: more than a pattern may stand for; the
  // error points at the group that crosses the limit.
  const std::string eight = "{a|b|c|d|e|f|g|h}";
  CHECK(nexus::CheckPattern(eight + " " + eight + " " + eight, &problem) == std::string_view::npos);
  CHECK(nexus::CheckPattern(eight + " " + eight + " " + eight + " " + eight, &problem) == 54);
  CHECK(problem.find("more than 1024 phrases") != std::string::npos);
  CHECK(nexus::CheckPattern("x}", &problem) == 1);
}

TEST_CASE("the same name on two entities points at both", "[rules_schema]") {
  std::string m = Problem(
      "{\"entities\": [\n"
      "  {\"id\": \"group:a\", \"type\": \"group\", \"label\": \"Alpha\", \"aliases\": [\"The Front\"]},\n"
      "  {\"id\": \"group:b\", \"type\": \"group\", \"label\": \"Beta\",\n"
      "   \"aliases\": [\"Beta Force\", \"the front\"]}]}");
  CHECK(Head(m) == "r.json:4:30: entity \"group:b\": the name \"the front\" already names \"group:a\" "
                   "(r.json:2:68)");
  CHECK(m.substr(m.find('\n') + 1) ==
        "   \"aliases\": [\"Beta Force\", \"the front\"]}]}\n"
        "                             ^");
  // A label that is another entity's alias, from a pattern.
  m = Problem("{\"entities\": [{\"id\": \"group:a\", \"type\": \"group\", \"label\": \"A\", \"aliases\": [\"{Red|Blue} Hand\"]},"
              "{\"id\": \"group:b\", \"type\": \"group\", \"label\": \"Blue Hand\"}]}");
  CHECK(Head(m) == "r.json:1:140: entity \"group:b\": the name \"Blue Hand\" already names \"group:a\" (r.json:1:76)");
}

TEST_CASE("a rules file that clashes with the defaults names the default's place", "[rules_schema]") {
  nexus::Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.LoadJson("mine.json", "{\"entities\": [{\"id\": \"group:t2\", \"type\": \"group\", "
                                      "\"label\": \"T2\", \"aliases\": [\"Taliban\"]}]}").ok());
  nexus::Status s = rules.Finish();
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("mine.json:1:78: entity \"group:t2\": the name \"Taliban\" already names "
                          "\"group:taliban\" (rules/groups.json:", 0) == 0);
}
