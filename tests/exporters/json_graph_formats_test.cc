// The Cytoscape.js and networkx node-link exporters.
#include <catch2/catch.hpp>

#include <string>

#include <rapidjson/document.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

TEST_CASE("cytoscape: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.cytoscape.json", test::Export("cytoscape", test::HostileGraph()));
}

TEST_CASE("cytoscape: elements with data", "[exporters]") {
  const rapidjson::Document d = Parse(test::Export("cytoscape", test::HostileGraph()));
  const auto& nodes = d["elements"]["nodes"];
  const auto& edges = d["elements"]["edges"];
  REQUIRE(nodes.Size() == 10);
  REQUIRE(edges.Size() == 5);
  CHECK(std::string(nodes[0]["group"].GetString()) == "nodes");
  CHECK(std::string(nodes[0]["data"]["id"].GetString()) == "crime:graph");
  CHECK(std::string(edges[4]["data"]["source"].GetString()) == "un_entity:bad");
  CHECK(edges[4]["data"]["weight"].GetInt() == 3);
  CHECK(edges[1]["data"]["hedged"].GetBool());
  CHECK_FALSE(nodes[0]["data"].HasMember("parent"));  // a compound parent in Cytoscape.js
}

TEST_CASE("node-link: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.nodelink.json", test::Export("node-link", test::HostileGraph()));
}

TEST_CASE("node-link: nodes, and the links twice as links and edges", "[exporters]") {
  const std::string text = test::Export("node-link", test::HostileGraph());
  const rapidjson::Document d = Parse(text);
  CHECK(d["directed"].GetBool());
  CHECK_FALSE(d["multigraph"].GetBool());
  REQUIRE(d["nodes"].Size() == 10);
  REQUIRE(d["links"].Size() == 5);
  CHECK(d["links"] == d["edges"]);
  CHECK(std::string(d["nodes"][3]["label"].GetString()) == "Islamic State in Iraq and the Levant");
  CHECK(Has(text, "\"label\": \"Say \\\"hi\\\" \\\\ back\\\\slash \\\\n \\\\\""));
  CHECK(Has(text, "\"label\": \"<script>alert(1)</script> ]]> & more\""));
}

}  // namespace
}  // namespace nexus
