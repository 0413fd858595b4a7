#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>

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

TEST_CASE("json reader: numbers of any length are read exactly, or refused when too large", "[exporters]") {
  // Found by the fuzzer: a long number with a long exponent made RapidJSON's
  // full-precision conversion read out of bounds; the reader converts the
  // numbers' text itself.
  auto with = [](const std::string& number) {
    return R"({"graph": {"extra": )" + number + R"(, "nodes": {"group:a": {"label": "A",
      "metadata": {"type": "group", "aliases": []}}}, "edges": []}})";
  };
  KnowledgeGraph g;
  CHECK(ReadJsonGraph(with("2" + std::string(40, '0') + "." + std::string(80, '0') + "22e-" + std::string(30, '0') +
                           "400"),
                      "long.json", &g)
            .ok());
  CHECK(ReadJsonGraph(with("18446744073709551616"), "big.json", &g).ok());  // past uint64: a double
  Status s = ReadJsonGraph(with("1e99999"), "huge.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("huge.json:1:", 0) == 0);
  CHECK(s.message().find("too big") != std::string::npos);
  // The values the graph keeps round-trip exactly (the hostile graph's quantities).
  CheckRoundTrip(test::HostileGraph());
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
  s = ReadJsonGraph(R"({"graph": {"nodes": {}, "edges": [{"source": "a:b", "target": "c:d", "relation": "r",
    "metadata": {"kind": "k", "evidence": [{"document": "d", "text": "t"}]}}]}})", "e.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("unknown relation \"r\"") != std::string::npos);
  s = ReadJsonGraph(R"({"graph": {"metadata": {"documents": [{}]}}})", "d.json", &g);
  CHECK_FALSE(s.ok());
  s = ReadJsonGraphFile("/nonexistent/graph.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("/nonexistent/graph.json: ", 0) == 0);
}

TEST_CASE("json reader: version 1 (the sentence in each evidence) is still read", "[exporters]") {
  KnowledgeGraph g = Read(R"({"graph": {"metadata": {"documents": ["d.txt"]},
    "nodes": {"group:a": {"label": "A", "metadata": {"type": "group", "aliases": []}},
              "crime:x": {"label": "x", "metadata": {"type": "crime", "aliases": []}}},
    "edges": [{"source": "group:a", "target": "crime:x", "relation": "profits_from",
      "metadata": {"kind": "group-crime", "evidence": [{"document": "d.txt", "paragraph": "3",
        "paragraph_index": 2, "sentence": 1, "begin": 5, "end": 20, "text": "A does x in 2020.",
        "hedged": false, "rule": "r", "marks": [[0, 1]],
        "quantities": [{"kind": "year", "text": "2020", "value": 2020, "begin": 12, "end": 16}]}]}}]}})");
  REQUIRE(g.link_count() == 1);
  const Evidence ev = g.Links()[0]->evidence[0];
  CHECK(ev.document == "d.txt");
  CHECK(ev.paragraph == "3");
  CHECK(ev.sentence == 1);
  CHECK(ev.text == "A does x in 2020.");
  REQUIRE(ev.quantities.size() == 1);
  CHECK(ev.quantities[0].value == 2020);
}

TEST_CASE("json reader: an unknown format_version is refused with a clear message", "[exporters]") {
  KnowledgeGraph g;
  Status s = ReadJsonGraph(R"({"graph": {"metadata": {"format_version": 3, "documents": []}}})", "v.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("v.json:1:", 0) == 0);
  CHECK(s.message().find("format_version 3 is not one this Nexus reads") != std::string::npos);
  s = ReadJsonGraph(R"({"graph": {"metadata": {"format_version": 2.5}}})", "v.json", &g);
  CHECK(s.message().find("format_version 2.5") != std::string::npos);
}

TEST_CASE("json reader: evidence before its documents (keys sorted) reads the same", "[exporters]") {
  const KnowledgeGraph original = test::HostileGraph();
  const std::string json = test::Export("json", original);
  // Move "edges" before "metadata", as a tool that sorts keys would.
  const std::size_t meta = json.find("\n  \"metadata\"");
  const std::size_t nodes = json.find("\n  \"nodes\"");
  const std::size_t edges = json.find("\n  \"edges\"");
  const std::size_t end = json.rfind("\n }");
  REQUIRE(meta < nodes);
  REQUIRE(nodes < edges);
  std::string edges_part = json.substr(edges, end - edges);
  std::string sorted = json.substr(0, meta) + edges_part + "," + json.substr(meta, edges - meta - 1) +
                       json.substr(end);
  CHECK(test::Export("json", Read(sorted)) == json);
}

TEST_CASE("json reader: evidence that refers to a sentence the file lacks is an error", "[exporters]") {
  KnowledgeGraph g;
  const std::string head = R"({"graph": {"metadata": {"format_version": 2, "documents": [
    {"path": "d.txt", "sentences": [{"paragraph": "", "paragraph_index": 0, "sentence": 0,
      "begin": 0, "end": 4, "text": "A x."}]}]},
    "nodes": {"group:a": {"label": "A", "metadata": {"type": "group", "aliases": []}},
              "crime:x": {"label": "x", "metadata": {"type": "crime", "aliases": []}}},
    "edges": [{"source": "group:a", "target": "crime:x", "relation": "profits_from",
      "metadata": {"kind": "group-crime", "evidence": [)";
  REQUIRE(ReadJsonGraph(head + R"({"document": 0, "sentence": 0, "marks": []}]}}]}})", "ok.json", &g).ok());
  CHECK(g.Links()[0]->evidence[0].text == "A x.");
  Status s = ReadJsonGraph(head + R"({"document": 0, "sentence": 1, "marks": []}]}}]}})", "bad.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("refers to sentence 1 of document 0") != std::string::npos);
  s = ReadJsonGraph(head + R"({"document": 0, "marks": []}]}}]}})", "half.json", &g);
  CHECK_FALSE(s.ok());
  // Evidence with neither numbers nor a document of its own (found by the
  // fuzzer: it read, and what was written from it did not).
  s = ReadJsonGraph(head + R"({"rule": "x", "marks": []}]}}]}})", "none.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("evidence without its \"document\"") != std::string::npos);
}

TEST_CASE("json reader: one sentence (document and span) with two texts is refused", "[exporters]") {
  // Found by the fuzzer: the graph keeps the first text, so marks made for
  // the second fell outside it when written again.
  const std::string twice = R"({"graph": {"metadata": {"format_version": 2, "documents": [
    {"path": "d.txt", "sentences": [
      {"paragraph": "", "paragraph_index": 0, "sentence": 0, "begin": 0, "end": 4, "text": "A x."},
      {"paragraph": "", "paragraph_index": 0, "sentence": 0, "begin": 0, "end": 4, "text": "A x and more."}]}]},
    "nodes": {"group:a": {"label": "A", "metadata": {"type": "group", "aliases": []}},
              "crime:x": {"label": "x", "metadata": {"type": "crime", "aliases": []}}},
    "edges": [{"source": "group:a", "target": "crime:x", "relation": "profits_from",
      "metadata": {"kind": "group-crime", "evidence": [
        {"document": 0, "sentence": 0, "marks": []}, {"document": 0, "sentence": 1, "marks": [[8, 12]]}]}}]}})";
  KnowledgeGraph g;
  Status s = ReadJsonGraph(twice, "twice.json", &g);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("two texts for the sentence of \"d.txt\" at bytes 0-4") != std::string::npos);
  // Where it stops: the same text twice is one sentence.
  std::string same = twice;
  same.replace(same.find("A x and more."), 13, "A x.");
  same.replace(same.find("[[8, 12]]"), 9, "[]");
  KnowledgeGraph h;
  CHECK(ReadJsonGraph(same, "same.json", &h).ok());
}

// A graph of two nodes and one edge, with `edge` as the edge's text.
std::string OneEdge(const std::string& edge, const std::string& nodes_extra = "") {
  return R"({"graph": {"metadata": {"format_version": 2, "documents": [{"path": "d.txt", "sentences": [
    {"paragraph": "", "paragraph_index": 0, "sentence": 0, "begin": 0, "end": 20, "text": "ISIL sells oil here."}]}]},
    "nodes": {"group:isil": {"label": "ISIL", "metadata": {"type": "group", "aliases": []}},
              "crime:oil": {"label": "oil", "metadata": {"type": "crime", "aliases": []}})" + nodes_extra + R"(},
    "edges": [)" + edge + "]}}";
}

TEST_CASE("json reader: the graph's contract is checked, each refusal says what was expected", "[exporters]") {
  const std::string good = R"({"source": "group:isil", "target": "crime:oil", "relation": "profits_from",
    "metadata": {"kind": "group-crime", "weight": 1, "evidence": [{"document": 0, "sentence": 0, "hedged": false,
    "rule": "r", "marks": [[0, 4], [11, 14]]}]}})";
  Read(OneEdge(good));
  const std::vector<std::pair<std::string, std::string>> bad = {
      {R"({})", "not a Nexus graph: no \"graph\" object"},
      {R"({"graph": {"nodes": {}}})", "the graph needs \"nodes\" and \"edges\""},
      {OneEdge(std::string(good).replace(good.find("profits_from"), 12, "destroys")), "unknown relation \"destroys\""},
      {OneEdge(R"({"source": "crime:oil", "target": "group:isil", "relation": "profits_from",
         "metadata": {"evidence": []}})"), "profits_from joins group to crime, not crime to group"},
      {OneEdge(std::string(good).replace(good.find("\"weight\": 1"), 11, "\"weight\": 2")),
       "weight 2 but 1 piece(s) of evidence"},
      {OneEdge(std::string(good).replace(good.find("\"weight\": 1"), 11, "\"weight\": -5")),
       "\"weight\" must be a whole number"},
      {OneEdge(std::string(good).replace(good.find("\"weight\": 1"), 11, "\"weight\": \"two\"")),
       "\"weight\" must be a whole number"},
      {OneEdge(std::string(good).replace(good.find("[11, 14]"), 8, "[11, 99]")), "a mark [11, 99] outside its sentence"},
      {OneEdge(std::string(good).replace(good.find("group-crime"), 11, "crime-region")),
       "kind \"crime-region\" where profits_from is \"group-crime\""},
      {OneEdge(good, R"(, "planet:x": {"label": "x", "metadata": {"type": "region", "aliases": []}})"),
       "node \"planet:x\": an id is \"region:\""},
      {OneEdge(good, R"(, "group:isil": {"label": "x", "metadata": {"type": "group", "aliases": []}})"),
       "node \"group:isil\" given twice"},
      {R"({"graph": {"nodes": {}, "edges": [], "nodes": {}}})", "key \"nodes\" given twice in one object"},
      {R"({"graph": {"nodes": {}, "edges": [], "extra": )" + std::string(50000, '[') + std::string(50000, ']') + "}}",
       "nested deeper than 64 levels"},
  };
  for (const auto& [json, message] : bad) {
    KnowledgeGraph g;
    Status s = ReadJsonGraph(json, "bad.json", &g);
    INFO(json.substr(0, 300));
    REQUIRE_FALSE(s.ok());
    CHECK(std::regex_search(s.message(), std::regex("^bad\\.json:[0-9]+:[0-9]+: ")));
    CHECK(s.message().find(message) != std::string::npos);
  }
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

namespace nexus {
namespace {

// The one-edge graph with a region and `activities` in its metadata.
std::string WithActivities(const std::string& activities) {
  return R"({"graph": {"metadata": {"format_version": 2, "documents": [{"path": "d.txt", "sentences": [
    {"paragraph": "", "paragraph_index": 0, "sentence": 0, "begin": 0, "end": 20, "text": "ISIL sells oil here."}]}],
    "activities": )" + activities + R"(},
    "nodes": {"group:isil": {"label": "ISIL", "metadata": {"type": "group", "aliases": []}},
              "crime:oil": {"label": "oil", "metadata": {"type": "crime", "aliases": []}},
              "region:iraq": {"label": "Iraq", "metadata": {"type": "region", "aliases": []}}},
    "edges": [{"source": "group:isil", "target": "crime:oil", "relation": "profits_from",
      "metadata": {"kind": "group-crime", "weight": 1, "evidence": [{"document": 0, "sentence": 0,
      "hedged": false, "rule": "r", "marks": []}]}}]}})";
}

TEST_CASE("json reader: activities are read back and checked", "[exporters]") {
  const std::string good = R"([{"relation": "profits_from", "actor": "group:isil", "crime": "crime:oil",
    "evidence": [{"document": 0, "sentence": 0, "hedged": true, "places": [{"id": "region:iraq", "rule": "r"}]}]}])";
  KnowledgeGraph g = Read(WithActivities(good));
  REQUIRE(g.Activities().size() == 1);
  const Activity& a = *g.Activities()[0];
  CHECK(a.evidence.size() == 1);
  CHECK(a.evidence[0].document == "d.txt");
  CHECK(a.evidence[0].span.end == 20);
  CHECK(a.hedged());
  CHECK(a.PlaceWeights() == std::vector<std::pair<std::string, int>>{{"region:iraq", 1}});
  const std::vector<std::pair<std::string, std::string>> bad = {
      {std::string(good).replace(good.find("profits_from"), 12, "occurs_in"), "relation is profits_from or counters"},
      {std::string(good).replace(good.find("region:iraq"), 11, "crime:oil"), "place \"crime:oil\" is not a region"},
      {std::string(good).replace(good.find("\"sentence\": 0"), 13, "\"sentence\": 7"),
       "refers to a sentence the graph's documents do not hold"},
      {std::string(good).replace(good.find("\"group:isil\""), 12, "\"crime:oil\""), "its ends are not nodes"},
  };
  for (const auto& [activities, message] : bad) {
    KnowledgeGraph b;
    Status s = ReadJsonGraph(WithActivities(activities), "bad.json", &b);
    INFO(activities);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find(message) != std::string::npos);
  }
}

}  // namespace
}  // namespace nexus
