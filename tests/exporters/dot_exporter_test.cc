#include <catch2/catch.hpp>

#include <map>
#include <string>

#include <rapidjson/document.h>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

TEST_CASE("dot: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.dot", test::Export("dot", test::HostileGraph()));
}

TEST_CASE("dot: keywords quoted, backslashes doubled, legend present", "[exporters]") {
  const std::string d = test::Export("dot", test::HostileGraph());
  CHECK(d.rfind("digraph nexus {", 0) == 0);
  CHECK(Has(d, "rankdir=LR"));
  CHECK(Has(d, "label=\"node\""));
  CHECK(Has(d, "label=\"graph\""));
  CHECK(Has(d, "label=\"strict\""));
  CHECK(Has(d, "label=\"Say \\\"hi\\\" \\\\ back\\\\slash \\\\n \\\\\""));
  CHECK(Has(d, "label=\"West\\nAfrica region\""));  // tab -> space
  CHECK(Has(d, "Legend"));
  CHECK(Has(d, "style=dashed"));     // the hedged edge
  CHECK(Has(d, "penwidth=2.58"));    // 1 + log2(3)
  CHECK_FALSE(Has(d, "\f"));
  CHECK_FALSE(Has(d, "\x01"));
  CHECK_FALSE(Has(d, "\xff"));
}

TEST_CASE("dot: escaping helpers", "[exporters]") {
  CHECK(DotEscape("a\\b\nc\"d\te\f") == "a\\\\b\\nc\"d e ");
  CHECK(DotEscape("tail\\") == "tail\\\\");
  CHECK(DotEscape("\\N \\G \\l") == "\\\\N \\\\G \\\\l");
  CHECK(DotUnescape(DotEscape("x\\\\y\\n\nz\\")) == "x\\\\y\\n\nz\\");
  CHECK(DotId("group:isil") == "group:isil");
  CHECK(DotId("a\\b%c") == "a%5Cb%25c");
  CHECK(TruncateUtf8("Côte", 2) == "C\xE2\x80\xA6");  // never cuts inside ô
  CHECK(TruncateUtf8("Côte", 3) == "Cô\xE2\x80\xA6");
  CHECK(TruncateUtf8("abc", 3) == "abc");
  CHECK(FormatFixed(1.0, 2) == "1.00");
  CHECK(FormatFixed(2.584962, 2) == "2.58");
}

// What `dot -Tjson` reads back: node name -> label, "tail->head" -> tooltip.
void ReadBack(const std::string& dot_text, std::map<std::string, std::string>* labels,
              std::map<std::string, std::string>* tooltips) {
  const std::string path = test::WriteTemp("hostile.dot", dot_text);
  std::string json;
  REQUIRE(test::Run("dot -Tjson '" + path + "' 2>/dev/null", &json) == 0);
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  std::map<int, std::string> names;  // _gvid -> name
  for (const auto& o : doc["objects"].GetArray()) {
    names[o["_gvid"].GetInt()] = Str(o["name"]);
    if (o.HasMember("label") && !o.HasMember("nodes"))  // nodes, not clusters
      (*labels)[Str(o["name"])] = DotUnescape(Str(o["label"]));
  }
  for (const auto& e : doc["edges"].GetArray()) {
    const std::string key = names[e["tail"].GetInt()] + "->" + names[e["head"].GetInt()];
    (*tooltips)[key] = e.HasMember("tooltip") ? DotUnescape(Str(e["tooltip"])) : "";
  }
}

TEST_CASE("dot: graphviz reads the labels back unchanged", "[exporters]") {
  if (!test::HaveTool("dot")) {
    WARN("dot not found, skipped");
    return;
  }
  std::map<std::string, std::string> labels;
  std::map<std::string, std::string> tooltips;
  ReadBack(test::Export("dot", test::HostileGraph()), &labels, &tooltips);
  std::size_t entities = 0;  // nodes that are not part of a legend
  for (const auto& [name, label] : labels) entities += name.rfind("legend:", 0) != 0;
  CHECK(entities == 10);
  CHECK(labels["group:isil"] == "Islamic State in Iraq and the Levant");
  CHECK(labels["group:node"] == "node");
  CHECK(labels["crime:graph"] == "graph");
  CHECK(labels["crime:strict"] == "strict");
  CHECK(labels["group:quote"] == test::kQuoteLabel);
  CHECK(labels["crime:script"] == test::kScriptLabel);
  CHECK(labels["region:civ"] == "Côte d'Ivoire");
  // Control characters come back as spaces, a tab included.
  CHECK(labels["region:west_africa"] == "West\nAfrica region");
  CHECK(labels["region:ctrl"] == "form feed    end");
  CHECK(labels["un_entity:bad"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  REQUIRE(tooltips.size() == 5);
  // A tooltip ends with the first sentence (after a prefix such as the relation).
  CHECK(EndsWith(tooltips["group:isil->crime:script"], "ISIL \"sold\" oil \\ C:\\temp\\"));
  CHECK(EndsWith(tooltips["region:civ->region:west_africa"],
                 "Line one\nline two \nend \xEF\xBF\xBD."));
  const std::string& tip = tooltips["group:node->crime:graph"];
  const std::size_t start = tip.find("In Côte d’Ivoire, \"ISIL\" \\ traffickers  moved");
  REQUIRE(start != std::string::npos);
  CHECK(tip.size() - start <= 203);  // truncated to 200 bytes + "…"
  CHECK(EndsWith(tip, "\xE2\x80\xA6"));
}

TEST_CASE("dot: dot -Tsvg accepts the file", "[exporters]") {
  if (!test::HaveTool("dot")) {
    WARN("dot not found, skipped");
    return;
  }
  const std::string path = test::WriteTemp("accept.dot", test::Export("dot", test::HostileGraph()));
  std::string output;
  CHECK(test::Run("dot -Tsvg '" + path + "' 2>&1 >/dev/null", &output) == 0);
  INFO(output);
  CHECK(output.empty());
}

}  // namespace
}  // namespace nexus

namespace nexus {
namespace {

TEST_CASE("dot: --activities nodes draws each activity as a point joined to its ends", "[exporters]") {
  ExportOptions options;
  options.activity_nodes = true;
  std::ostringstream with, without;
  REQUIRE(FindExporter("dot")->Write(test::HostileGraph(), options, with).ok());
  REQUIRE(FindExporter("dot")->Write(test::HostileGraph(), without).ok());
  const std::string dot = with.str();
  CHECK(dot.find("\"activity:1\"") != std::string::npos);
  CHECK(dot.find("\"activity:2\"") != std::string::npos);
  // Two activities: 2 + 2 ends and 2 + 1 places; none without the option.
  std::size_t dotted = 0;
  for (std::size_t at = dot.find("style=dotted"); at != std::string::npos; at = dot.find("style=dotted", at + 1)) ++dotted;
  CHECK(dotted == 7);
  CHECK(without.str().find("activity:") == std::string::npos);
  CHECK(dot.find("activity: actor, crime, places") != std::string::npos);  // in the legend
}

}  // namespace
}  // namespace nexus
