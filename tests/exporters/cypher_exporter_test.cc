#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("cypher: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.cypher", test::Export("cypher", test::HostileGraph()));
}

TEST_CASE("cypher: MERGE and SET only, so that it can run twice", "[exporters]") {
  const std::string c = test::Export("cypher", test::HostileGraph());
  CHECK(Has(c, "CREATE CONSTRAINT nexus_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n"));
  CHECK(Has(c, "MERGE (n:Entity {id: 'group:isil'}) SET n:`Group`, n.label = "
               "'Islamic State in Iraq and the Levant', n.type = 'group', n.aliases = ['Da\\'esh', "
               "'ISIL'], n.parent = null, n.discovered_by = null, n.degree = 2;\n"));
  CHECK(Has(c, "MATCH (a:Entity {id: 'un_entity:bad'}) MATCH (b:Entity {id: 'crime:strict'}) "
               "MERGE (a)-[r:`COUNTERS`]->(b) SET r.relation = 'counters'"));
  CHECK(Has(c, "r.weight = 3, r.hedged = false"));
  std::size_t creates = 0;
  for (std::size_t at = c.find("CREATE"); at != std::string::npos; at = c.find("CREATE", at + 1))
    ++creates;
  CHECK(creates == 4);  // the constraints, IF NOT EXISTS
  // Each sentence once, as a node tied to its document; links cite its id.
  CHECK(Has(c, "MERGE (s:Sentence {id: 'a.txt#100-126'}) SET s.document = 'a.txt', s.paragraph = '1', "
               "s.paragraph_index = 10, s.sentence = 1, s.begin = 100, s.end = 126, s.page = null, s.text = "
               "'ISIL \\\"sold\\\" oil \\\\ C:\\\\temp\\\\' WITH s MATCH (d:Document {path: 'a.txt'}) "
               "MERGE (s)-[:IN]->(d);\n"));
  // Absent values are null (no property), not ''.
  CHECK(Has(c, "MERGE (d:Document {path: 'a.txt'}) SET d.symbol = null, d.date = null, d.title = null;\n"));
  CHECK(Has(c, "r.sentence_ids = ['a.txt#100-126', "));
  CHECK(c.find("sold") == c.rfind("sold"));
  // An activity: a node merged on its ends, joined to its actor, crime and places.
  CHECK(Has(c, "MERGE (x:Activity {id: 'group:isil profits_from crime:script'}) SET x.relation = 'profits_from', "
               "x.weight = 1, x.hedged = true, x.sentence_ids = ['a.txt#100-126'];\n"));
  CHECK(Has(c, "MATCH (x:Activity {id: 'group:isil profits_from crime:script'}) MATCH (b:Entity {id: "
               "'region:civ'}) MERGE (x)-[r:ACTIVITY_PLACE]->(b) SET r.weight = 1, r.sentence_ids = "
               "['a.txt#100-126'];\n"));
}

TEST_CASE("cypher: string literals escape what could end them", "[exporters]") {
  const std::string c = test::Export("cypher", test::HostileGraph());
  CHECK(Has(c, "n.label = 'Say \\\"hi\\\" \\\\ back\\\\slash \\\\n \\\\'"));
  CHECK(Has(c, "n.label = 'West\\nAfrica\\tregion'"));
  CHECK(Has(c, "n.label = 'form\\u000Cfeed\\u0001\\u001F\\u007F end'"));
  CHECK(Has(c, "'=HYPERLINK(\\\"x\\\")'"));
  CHECK_FALSE(Has(c, "\f"));
  CHECK_FALSE(Has(c, "\r"));
}

}  // namespace
}  // namespace nexus
