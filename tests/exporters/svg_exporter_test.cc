#include <catch2/catch.hpp>

#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("svg: graphviz renders an SVG document", "[exporters]") {
  const std::string s = test::Export("svg", test::HostileGraph());
  CHECK((s.rfind("<?xml", 0) == 0 || s.rfind("<svg", 0) == 0));
  CHECK(Has(s, "<svg"));
  CHECK(Has(s, "</svg>"));
  CHECK(s == test::Export("svg", test::HostileGraph()));
}

TEST_CASE("svg: labels are XML-escaped, no raw markup", "[exporters]") {
  const std::string s = test::Export("svg", test::HostileGraph());
  CHECK_FALSE(Has(s, "<script"));
  CHECK(Has(s, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(Has(s, "Islamic State in Iraq"));  // drawings may wrap long labels
  CHECK(Has(s, "C\xC3\xB4te d&#39;Ivoire"));
  CHECK(Has(s, ">strict</text>"));
  CHECK(Has(s, ">node</text>"));
  CHECK(Has(s, ">Legend</text>"));
  CHECK_FALSE(Has(s, "\f"));
  CHECK_FALSE(Has(s, "\xff"));
}

TEST_CASE("svg: xmllint accepts it", "[exporters]") {
  if (!test::HaveTool("xmllint")) {
    WARN("xmllint not found, skipped");
    return;
  }
  const std::string path = test::WriteTemp("hostile.svg", test::Export("svg", test::HostileGraph()));
  std::string output;
  CHECK(test::Run("xmllint --noout --nonet '" + path + "' 2>&1", &output) == 0);
  INFO(output);
  CHECK(output.empty());
}

}  // namespace
}  // namespace nexus
