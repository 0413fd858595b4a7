#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("gexf: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.gexf", test::Export("gexf", test::HostileGraph()));
}

TEST_CASE("gexf: version 1.3 with typed attributes, viz colours and sizes", "[exporters]") {
  const std::string x = test::Export("gexf", test::HostileGraph());
  CHECK(Has(x, "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\""));
  CHECK(Has(x, "version=\"1.3\">"));
  CHECK(Has(x, "<graph defaultedgetype=\"directed\" mode=\"static\">"));
  CHECK(Has(x, "<attribute id=\"degree\" title=\"degree\" type=\"integer\"/>"));
  CHECK(Has(x, "<attribute id=\"hedged\" title=\"hedged\" type=\"boolean\"/>"));
  CHECK(Has(x, "<node id=\"group:isil\" label=\"Islamic State in Iraq and the Levant\">"));
  CHECK(Has(x, "<viz:color r=\"153\" g=\"0\" b=\"0\" a=\"1.0\"/>"));  // a group
  CHECK(Has(x, "<viz:size value=\"15.7\"/>"));                          // degree 2
  CHECK(Has(x, "label=\"counters\" weight=\"3\">"));
  CHECK(Has(x, "<viz:shape value=\"dashed\"/>"));  // the hedged edge
}

TEST_CASE("gexf: hostile text is escaped in attributes", "[exporters]") {
  const std::string x = test::Export("gexf", test::HostileGraph());
  CHECK_FALSE(Has(x, "<script>"));
  CHECK(Has(x, "label=\"&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp; more\""));
  CHECK(Has(x, "label=\"West&#10;Africa&#9;region\""));
  CHECK(Has(x, "value=\"=HYPERLINK(&quot;x&quot;)\""));
  CHECK_FALSE(Has(x, "\f"));
  CHECK_FALSE(Has(x, "\xff"));
}

}  // namespace
}  // namespace nexus
