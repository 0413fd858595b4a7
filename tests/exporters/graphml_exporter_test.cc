#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("graphml: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.graphml", test::Export("graphml", test::HostileGraph()));
}

TEST_CASE("graphml: every key is declared with its type", "[exporters]") {
  const std::string x = test::Export("graphml", test::HostileGraph());
  CHECK(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  CHECK(Has(x, "<graph id=\"nexus\" edgedefault=\"directed\">"));
  CHECK(Has(x, "for=\"node\" attr.name=\"label\" attr.type=\"string\""));
  CHECK(Has(x, "for=\"node\" attr.name=\"labels\" attr.type=\"string\""));
  CHECK(Has(x, "for=\"node\" attr.name=\"degree\" attr.type=\"int\""));
  CHECK(Has(x, "for=\"edge\" attr.name=\"weight\" attr.type=\"int\""));
  CHECK(Has(x, "for=\"edge\" attr.name=\"hedged\" attr.type=\"boolean\""));
  CHECK(Has(x, "for=\"edge\" attr.name=\"evidence_count\" attr.type=\"int\""));
  CHECK(Has(x, "for=\"edge\" attr.name=\"first_quote\" attr.type=\"string\""));
  CHECK(Has(x, "<data key=\"n_labels\">:Group</data>"));
  CHECK(Has(x, "<data key=\"n_labels\">:UnEntity</data>"));
  CHECK(Has(x, "<data key=\"e_weight\">3</data>"));
  CHECK(Has(x, "<data key=\"e_hedged\">true</data>"));
  CHECK(Has(x, "<data key=\"n_aliases\">Da&apos;esh|ISIL</data>"));
}

TEST_CASE("graphml: hostile text is escaped or removed", "[exporters]") {
  const std::string x = test::Export("graphml", test::HostileGraph());
  CHECK_FALSE(Has(x, "<script>"));
  CHECK(Has(x, "&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; more"));
  CHECK(Has(x, "Say &quot;hi&quot; \\ back\\slash \\n \\</data>"));
  CHECK(Has(x, "Côte d&apos;Ivoire"));
  CHECK(Has(x, "=HYPERLINK(&quot;x&quot;)"));
  CHECK(Has(x, "formfeed\x7f end"));  // \f \x01 \x1f removed, DEL kept
  CHECK_FALSE(Has(x, "\f"));
  CHECK_FALSE(Has(x, "\x01"));
  CHECK_FALSE(Has(x, "\xff"));
  CHECK_FALSE(Has(x, "\xEF\xBF\xBE"));  // U+FFFE
  CHECK(Has(x, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
  CHECK(Has(x, "West\nAfrica\tregion"));
  CHECK(Has(x, "line\ttwo&#13;\nend ."));
}

TEST_CASE("graphml: evidence is one readable line per sentence", "[exporters]") {
  const std::string x = test::Export("graphml", test::HostileGraph());
  CHECK(Has(x, "<data key=\"e_evidence\">a.txt \xC2\xB6" "1 s.1 [100,126): ISIL &quot;sold&quot;"));
  CHECK(Has(x, "\na.txt \xC2\xB6" "3 s.0 [300,"));
  CHECK(Has(x, "a.txt \xC2\xB6#100 s.2 [1001,"));  // no paragraph label
  CHECK(Has(x, "<data key=\"e_first_quote\">ISIL &quot;sold&quot; oil"));
}

TEST_CASE("graphml: xmllint accepts it", "[exporters]") {
  if (!test::HaveTool("xmllint")) {
    WARN("xmllint not found, skipped");
    return;
  }
  const std::string path =
      test::WriteTemp("hostile.graphml", test::Export("graphml", test::HostileGraph()));
  std::string output;
  CHECK(test::Run("xmllint --noout '" + path + "' 2>&1", &output) == 0);
  INFO(output);
  CHECK(output.empty());
}

TEST_CASE("graphml: networkx reads it back with Python types", "[exporters]") {
  const std::string python = "/usr/bin/python3";
  std::string output;
  if (test::Run(python + " -c 'import networkx' 2>/dev/null", &output) != 0) {
    WARN("/usr/bin/python3 with networkx not found, skipped");
    return;
  }
  const std::string path =
      test::WriteTemp("hostile_nx.graphml", test::Export("graphml", test::HostileGraph()));
  const std::string script =
      "import networkx as nx, sys\n"
      "g = nx.read_graphml(sys.argv[1])\n"
      "e = g.edges['un_entity:bad', 'crime:strict']\n"
      "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(),\n"
      "      type(e['weight']).__name__, e['weight'], type(e['hedged']).__name__,\n"
      "      g.edges['group:isil', 'region:civ']['hedged'],\n"
      "      type(g.nodes['group:isil']['degree']).__name__,\n"
      "      g.nodes['crime:strict']['label'], g.nodes['region:civ']['parent'])\n";
  REQUIRE(test::Run(python + " -c \"$(cat <<'PY'\n" + script + "PY\n)\" '" + path + "' 2>&1",
                    &output) == 0);
  CHECK(output == "10 5 True int 3 bool True int strict region:west_africa\n");
}

}  // namespace
}  // namespace nexus

namespace nexus {
namespace {

std::string YedExport() {
  ExportOptions options;
  options.graphml_yed = true;
  std::ostringstream out;
  REQUIRE(FindExporter("graphml")->Write(test::HostileGraph(), options, out).ok());
  return out.str();
}

TEST_CASE("graphml: Neo4j APOC reads node labels and relationship types from attributes",
          "[exporters]") {
  const std::string x = test::Export("graphml", test::HostileGraph());
  CHECK(x.find("<node id=\"group:isil\" labels=\":Group\">") != std::string::npos);
  CHECK(x.find("<node id=\"un_entity:bad\" labels=\":UnEntity\">") != std::string::npos);
  CHECK(x.find("source=\"un_entity:bad\" target=\"crime:strict\" label=\"COUNTERS\">") !=
        std::string::npos);
  CHECK(x.find("yfiles") == std::string::npos);  // only with --graphml-yed
}

TEST_CASE("graphml: --graphml-yed adds yFiles shapes, colours and labels", "[exporters]") {
  const std::string x = YedExport();
  CHECK(x.find("xmlns:y=\"http://www.yworks.com/xml/graphml\"") != std::string::npos);
  CHECK(x.find("<key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>") !=
        std::string::npos);
  CHECK(x.find("<y:Fill color=\"#f4cccc\" transparent=\"false\"/>") != std::string::npos);
  CHECK(x.find("<y:NodeLabel>Islamic State in Iraq and the Levant</y:NodeLabel>"
               "<y:Shape type=\"octagon\"/>") != std::string::npos);
  CHECK(x.find("<y:NodeLabel>&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; more</y:NodeLabel>") !=
        std::string::npos);
  CHECK(x.find("<y:LineStyle color=\"#7f6000\" type=\"dashed\"") != std::string::npos);  // hedged
  CHECK(x.find("<y:EdgeLabel>counters</y:EdgeLabel>") != std::string::npos);
  CHECK(x == YedExport());
}

}  // namespace
}  // namespace nexus
