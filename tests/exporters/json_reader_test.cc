#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "exporters/exporter.h"
#include "exporters/json_reader.h"
#include "extractors/pipeline.h"
#include "extractors/rules/rules.h"
#include "graph/graph_builder.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

KnowledgeGraph Read(const std::string& json) {
  KnowledgeGraph g;
  Status s = ReadJsonGraph(json, "g.json", &g);
  INFO(s.message());
  REQUIRE(s.ok());
  return g;
}

// Written, read and written again: the same bytes.
void CheckRoundTrip(const KnowledgeGraph& graph) {
  const std::string once = test::Export("json", graph);
  CHECK(test::Export("json", Read(once)) == once);
}

Entity Make(const char* id, EntityType type, const char* label) {
  Entity e;
  e.id = id;
  e.type = type;
  e.label = label;
  return e;
}

Evidence WithQuantities(const char* doc, std::size_t begin) {
  Evidence ev;
  ev.document = doc;
  ev.paragraph = "26(b)";
  ev.paragraph_index = 7;
  ev.sentence = 2;
  ev.span = Span{begin, begin + 40};
  ev.text = "ISIL earned between $35 million and $45.1 million a month.";
  ev.rule = "group-crime";
  ev.marks = {{0, 4}, {12, 19}};
  Quantity q;
  q.paragraph = 7;
  q.sentence = 2;
  q.kind = "money";
  q.text = "between $35 million and $45.1 million a month";
  q.value = 35e6;
  q.high = 45.1e6;
  q.per = "month";
  q.begin = 12;
  q.end = 57;
  ev.quantities.push_back(q);
  q.kind = "percent";
  q.text = "0.1 per cent";
  q.value = q.high = 0.1;
  q.per.clear();
  ev.quantities.push_back(q);
  return ev;
}

TEST_CASE("json reader: the hostile graph round-trips byte for byte", "[exporters]") {
  CheckRoundTrip(test::HostileGraph());
  CheckRoundTrip(KnowledgeGraph());
}

TEST_CASE("json reader: quantities, marks and every evidence field round-trip", "[exporters]") {
  KnowledgeGraph g;
  g.AddDocument("r.txt");
  g.AddEntity(Make("group:isil", EntityType::kGroup, "ISIL"));
  g.AddEntity(Make("crime:extortion", EntityType::kCrime, "extortion"));
  g.AddEvidence("group:isil", "crime:extortion", "profits_from", "group-crime", WithQuantities("r.txt", 10));
  CheckRoundTrip(g);
  KnowledgeGraph back = Read(test::Export("json", g));
  const Link* l = back.Links().at(0);
  const Evidence ev = l->evidence[0];
  CHECK(ev.paragraph == "26(b)");
  CHECK(ev.paragraph_index == 7);
  CHECK(ev.marks.size() == 2);
  REQUIRE(ev.quantities.size() == 2);
  CHECK(ev.quantities[0].high == 45.1e6);
  CHECK(ev.quantities[0].per == "month");
  CHECK(ev.quantities[1].value == 0.1);
  CHECK(ev.quantities[1].high == 0.1);
  CHECK(ev.quantities[1].paragraph == 7);  // as the builder fills it in
}

TEST_CASE("json reader: a report built by the pipeline round-trips", "[exporters]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  std::ifstream in(std::string(NEXUS_SOURCE_DIR) + "/samples/S_2015_366.txt", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE_FALSE(text.empty());
  Document doc;
  Findings findings;
  REQUIRE(Pipeline(rules).Process("S_2015_366.txt", text, &doc, &findings).ok());
  KnowledgeGraph g;
  GraphBuilder(&g, [&](const std::string& id) { return rules.FindEntity(id); }).Add(doc, findings);
  REQUIRE(g.link_count() > 100);
  CheckRoundTrip(g);
}

TEST_CASE("json reader: reading adds to what the graph holds", "[exporters]") {
  KnowledgeGraph a, b;
  for (KnowledgeGraph* g : {&a, &b}) {
    g->AddEntity(Make("group:isil", EntityType::kGroup, "ISIL"));
    g->AddEntity(Make("crime:extortion", EntityType::kCrime, "extortion"));
  }
  a.AddDocument("a.txt");
  a.AddEvidence("group:isil", "crime:extortion", "profits_from", "group-crime", WithQuantities("a.txt", 5));
  b.AddDocument("b.txt");
  b.AddEvidence("group:isil", "crime:extortion", "profits_from", "group-crime", WithQuantities("b.txt", 5));
  KnowledgeGraph merged;
  REQUIRE(ReadJsonGraph(test::Export("json", b), "b.json", &merged).ok());
  REQUIRE(ReadJsonGraph(test::Export("json", a), "a.json", &merged).ok());
  CHECK(merged.documents() == std::vector<std::string>{"a.txt", "b.txt"});
  REQUIRE(merged.link_count() == 1);
  const Link* l = merged.Links()[0];
  REQUIRE(l->weight() == 2);
  CHECK(l->evidence[0].document == "a.txt");  // sorted by (document, span)
}

TEST_CASE("json reader: keys it does not know are skipped", "[exporters]") {
  KnowledgeGraph g = Read(R"({"graph": {"extra": [1, {"a": [true, null]}], "metadata": {"documents": ["d"], "x": {}},
    "nodes": {"group:a": {"label": "A", "more": [[]], "metadata": {"type": "group", "aliases": [], "y": 2}}},
    "edges": []}, "tail": "t"})");
  CHECK(g.entity_count() == 1);
  CHECK(g.FindEntity("group:a")->label == "A");
  CHECK(g.documents() == std::vector<std::string>{"d"});
}

TEST_CASE("json reader: errors name the source, line and column", "[exporters]") {
  KnowledgeGraph g;
  Status s = ReadJsonGraph("{\"graph\": {\n  \"nodes\": [}", "bad.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("bad.json:2:", 0) == 0);
  s = ReadJsonGraph(R"({"graph": {"nodes": {"x:y": {"label": "y", "metadata": {"type": "planet"}}}}})",
                    "t.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("unknown type \"planet\"") != std::string::npos);
  s = ReadJsonGraph(R"({"graph": {"edges": [{"source": "a:b", "target": "c:d", "relation": "r",
    "metadata": {"kind": "k", "evidence": [{"document": "d", "text": "t"}]}}]}})", "e.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("an end is not a node") != std::string::npos);
  s = ReadJsonGraph(R"({"graph": {"metadata": {"documents": [{}]}}})", "d.json", &g);
  CHECK_FALSE(s.ok());
  s = ReadJsonGraphFile("/nonexistent/graph.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("/nonexistent/graph.json: ", 0) == 0);
}

TEST_CASE("json reader: reads a file as it streams", "[exporters]") {
  const std::string json = test::Export("json", test::HostileGraph());
  std::string path = "/tmp/nexus-reader-XXXXXX";
  int fd = ::mkstemp(path.data());
  REQUIRE(fd >= 0);
  ::close(fd);
  { std::ofstream(path, std::ios::binary) << json; }
  KnowledgeGraph g;
  Status s = ReadJsonGraphFile(path, &g);
  std::remove(path.c_str());
  INFO(s.message());
  REQUIRE(s.ok());
  CHECK(test::Export("json", g) == json);
}

}  // namespace
}  // namespace nexus
