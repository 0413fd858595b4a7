#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("rdf: match the golden files", "[exporters]") {
  test::CheckGolden("hostile.ttl", test::Export("turtle", test::HostileGraph()));
  test::CheckGolden("hostile.nt", test::Export("ntriples", test::HostileGraph()));
}

TEST_CASE("rdf: vocabulary, classes, labels, aliases, reified evidence", "[exporters]") {
  const std::string t = test::Export("turtle", test::HostileGraph());
  CHECK(Has(t, "@prefix nx: <https://example.org/nexus/vocab#> .\n"));
  CHECK(Has(t, "\n<https://example.org/nexus/entity/group:isil>\n    a nx:Group ;\n"
               "    rdfs:label \"Islamic State in Iraq and the Levant\" ;\n"
               "    skos:altLabel \"Da'esh\" ;\n"));
  CHECK(Has(t, "    nx:parent <https://example.org/nexus/entity/region:west_africa> .\n"));
  CHECK(Has(t, "\n_:l4\n    a rdf:Statement ;\n    a nx:Link ;\n"
               "    rdf:subject <https://example.org/nexus/entity/un_entity:bad> ;\n"
               "    rdf:predicate nx:counters ;\n"));
  CHECK(Has(t, "    nx:weight 3 ;\n    nx:hedged false ;\n    nx:evidence _:l4e0 ;\n"));
  CHECK(Has(t, "\n_:l0e0\n    a nx:Evidence ;\n    nx:sentence _:d0s0 ;\n"));
  CHECK(Has(t, "\n_:d0s0\n    a nx:Sentence ;\n    nx:document _:d0 ;\n"
               "    nx:text \"ISIL \\\"sold\\\" oil \\\\ C:\\\\temp\\\\\" ;\n"));
  CHECK(Has(t, "\n_:d0\n    a nx:Document ;\n    nx:path \"a.txt\" .\n"));
  CHECK(t.find("sold") == t.rfind("sold"));  // each sentence once
  const std::string n = test::Export("ntriples", test::HostileGraph());
  CHECK(Has(n, "<https://example.org/nexus/entity/group:isil> "
               "<https://example.org/nexus/vocab#profits_from> "
               "<https://example.org/nexus/entity/crime:script> .\n"));
  CHECK(Has(n, " \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"));
}

TEST_CASE("rdf: literals escaped per the Turtle and N-Triples grammar", "[exporters]") {
  const std::string n = test::Export("ntriples", test::HostileGraph());
  CHECK(Has(n, "\"West\\nAfrica\\tregion\""));
  CHECK(Has(n, "\"form\\u000Cfeed\\u0001\\u001F\\u007F end\""));
  CHECK(Has(n, "\"<script>alert(1)</script> ]]> & more\""));
  CHECK(Has(n, "\"Line one\\nline\\ttwo\\r\\nend \xEF\xBF\xBD.\""));  // U+FFFE -> U+FFFD
  CHECK_FALSE(Has(n, "\f"));
  CHECK_FALSE(Has(n, "\xff"));
  for (std::size_t at = n.find('\n'); at + 1 < n.size(); at = n.find('\n', at + 1))
    CHECK(n[at - 1] == '.');  // one triple a line
}

}  // namespace
}  // namespace nexus
