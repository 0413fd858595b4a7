#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("neo4j csv: match the golden files", "[exporters]") {
  test::CheckGolden("hostile.nodes.csv", test::Export("neo4j-nodes", test::HostileGraph()));
  test::CheckGolden("hostile.relationships.csv",
                    test::Export("neo4j-relationships", test::HostileGraph()));
  test::CheckGolden("hostile.sentences.csv", test::Export("neo4j-sentences", test::HostileGraph()));
}

TEST_CASE("neo4j csv: neo4j-admin headers, labels, arrays and types", "[exporters]") {
  const std::string n = test::Export("neo4j-nodes", test::HostileGraph());
  CHECK(n.rfind("id:ID,:LABEL,label,type,aliases:string[],parent,discovered_by,degree:int\n", 0) == 0);
  CHECK(Has(n, "\n\"group:isil\",Entity;Group,\"Islamic State in Iraq and the Levant\",\"group\","
               "\"Da'esh;ISIL\",,,2\n"));  // no parent, no discoverer: unset, not ""
  const std::string r = test::Export("neo4j-relationships", test::HostileGraph());
  CHECK(r.rfind(":START_ID,:END_ID,:TYPE,relation,kind,weight:int,hedged:boolean,evidence_count:int,"
                "documents:string[],sentence_ids:string[],rules:string[],first_seen:date,last_seen:date\n", 0) == 0);
  CHECK(Has(r, "\n\"un_entity:bad\",\"crime:strict\",COUNTERS,\"counters\",\"un_entity-crime\",3,false,3,"));
  CHECK(Has(r, ",OPERATES_IN,\"operates_in\",\"group-region\",1,true,1,\"dir/b \"\"q\"\".txt\","));
}

TEST_CASE("neo4j csv: each sentence is one node, cited by id from the relationships", "[exporters]") {
  const std::string s = test::Export("neo4j-sentences", test::HostileGraph());
  CHECK(s.rfind("id:ID,:LABEL,document,symbol,paragraph,paragraph_index:int,sentence:int,begin:int,"
                "end:int,page:int,text\n", 0) == 0);
  CHECK(Has(s, "\n\"a.txt#100-126\",Sentence,\"a.txt\",,\"1\",10,1,100,126,,"
               "\"ISIL \"\"sold\"\" oil \\ C:\\temp\\\"\n"));
  const std::string r = test::Export("neo4j-relationships", test::HostileGraph());
  CHECK(Has(r, "\"a.txt#100-126"));
  CHECK_FALSE(Has(r, "sold"));  // the text is in the sentence node only
}

TEST_CASE("neo4j csv: hostile cells are quoted, formulas neutralised", "[exporters]") {
  const std::string n = test::Export("neo4j-nodes", test::HostileGraph());
  CHECK(Has(n, "\"Say \"\"hi\"\" \\ back\\slash \\n \\\""));
  CHECK(Has(n, "\"'=HYPERLINK(\"\"x\"\")\""));  // a formula-like cell gets a ' in front
  CHECK(Has(n, "\"West\nAfrica\tregion\""));   // a newline inside a quoted field
  CHECK_FALSE(Has(n, "\xff"));
}

}  // namespace
}  // namespace nexus
