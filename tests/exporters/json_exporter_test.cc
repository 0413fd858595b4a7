#include <catch2/catch.hpp>

#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

rapidjson::Document Parse(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str(), text.size());
  INFO("offset " << doc.GetErrorOffset());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

TEST_CASE("json: matches the golden file", "[exporters]") {
  test::CheckGolden("hostile.json", test::Export("json", test::HostileGraph()));
}

TEST_CASE("json: graph header and counts", "[exporters]") {
  const rapidjson::Document doc = Parse(test::Export("json", test::HostileGraph()));
  const rapidjson::Value& g = doc["graph"];
  CHECK(g["directed"].GetBool());
  CHECK(Str(g["type"]) == "nexus");
  CHECK(Str(g["label"]) == "Nexus knowledge graph");
  const rapidjson::Value& meta = g["metadata"];
  CHECK(meta["format_version"].GetUint64() == 2);
  REQUIRE(meta["documents"].Size() == 2);
  CHECK(Str(meta["documents"][1]["path"]) == "dir/b \"q\".txt");
  CHECK(Str(meta["documents"][1]["symbol"]).empty());
  CHECK(meta["entity_count"].GetUint64() == 10);
  CHECK(meta["link_count"].GetUint64() == 5);
  CHECK(g["nodes"].MemberCount() == 10);
  CHECK(g["edges"].Size() == 5);
}

TEST_CASE("json: nodes keep labels, aliases and optional fields", "[exporters]") {
  const rapidjson::Document doc = Parse(test::Export("json", test::HostileGraph()));
  const rapidjson::Value& nodes = doc["graph"]["nodes"];
  // Entities() order: sorted by id.
  CHECK(Str(nodes.MemberBegin()->name) == "crime:graph");
  const rapidjson::Value& isil = nodes["group:isil"];
  CHECK(Str(isil["label"]) == "Islamic State in Iraq and the Levant");
  CHECK(Str(isil["metadata"]["type"]) == "group");
  REQUIRE(isil["metadata"]["aliases"].Size() == 2);
  CHECK(Str(isil["metadata"]["aliases"][0]) == "Da'esh");
  CHECK_FALSE(isil["metadata"].HasMember("parent"));
  CHECK_FALSE(isil["metadata"].HasMember("discovered_by"));
  CHECK(isil["metadata"]["degree"].GetUint64() == 2);
  CHECK(nodes["group:node"]["metadata"]["aliases"].IsArray());
  CHECK(nodes["group:node"]["metadata"]["aliases"].Empty());
  CHECK(Str(nodes["group:quote"]["label"]) == test::kQuoteLabel);
  CHECK(Str(nodes["crime:script"]["label"]) == test::kScriptLabel);
  CHECK(Str(nodes["region:ctrl"]["label"]) == test::kControlLabel);
  CHECK(Str(nodes["region:civ"]["metadata"]["parent"]) == "region:west_africa");
  CHECK(Str(nodes["region:civ"]["metadata"]["aliases"][0]) == "Côte d’Ivoire");
  const rapidjson::Value& bad = nodes["un_entity:bad"];
  CHECK(Str(bad["label"]) == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
  CHECK(Str(bad["metadata"]["aliases"][0]) == "\xEF\xBF\xBD(");
  CHECK(Str(bad["metadata"]["discovered_by"]) == "acronym");
  CHECK(Str(bad["metadata"]["type"]) == "un_entity");
}

TEST_CASE("json: edges carry weight, hedging and evidence", "[exporters]") {
  const rapidjson::Document doc = Parse(test::Export("json", test::HostileGraph()));
  const rapidjson::Value& edges = doc["graph"]["edges"];
  const rapidjson::Value& first = edges[0];  // Links() order
  CHECK(Str(first["source"]) == "group:isil");
  CHECK(Str(first["target"]) == "crime:script");
  CHECK(Str(first["relation"]) == "profits_from");
  CHECK(first["directed"].GetBool());
  const rapidjson::Value& meta = first["metadata"];
  CHECK(Str(meta["kind"]) == "group-crime");
  CHECK(meta["weight"].IsInt());
  CHECK(meta["weight"].GetInt() == 2);
  CHECK(meta["hedged"].IsBool());
  CHECK_FALSE(meta["hedged"].GetBool());
  const rapidjson::Value& ev = meta["evidence"][0];
  // The evidence refers to its sentence, stored once under its document.
  CHECK(ev["document"].GetUint64() == 0);
  CHECK_FALSE(ev.HasMember("text"));
  const rapidjson::Value& doc0 = doc["graph"]["metadata"]["documents"][0];
  CHECK(Str(doc0["path"]) == "a.txt");
  const rapidjson::Value& s = doc0["sentences"][ev["sentence"].GetUint()];
  CHECK(Str(s["paragraph"]) == "1");
  CHECK(s["paragraph_index"].GetUint64() == 10);
  CHECK(s["sentence"].GetUint64() == 1);
  CHECK(s["begin"].GetUint64() == 100);
  CHECK(s["end"].GetUint64() == 100 + Str(s["text"]).size());
  CHECK(Str(s["text"]) == "ISIL \"sold\" oil \\ C:\\temp\\");
  CHECK(ev["hedged"].GetBool());
  CHECK(Str(ev["rule"]) == "cooccurrence");
  REQUIRE(ev["marks"].Size() == 2);
  CHECK(ev["marks"][1][0].GetUint64() == 5);
  CHECK(ev["marks"][1][1].GetUint64() == 9);
  CHECK(edges[1]["metadata"]["hedged"].GetBool());  // its only sentence is hedged
  CHECK(edges[4]["metadata"]["weight"].GetInt() == 3);
}

TEST_CASE("json: control characters are escaped, bad UTF-8 replaced", "[exporters]") {
  const std::string text = test::Export("json", test::HostileGraph());
  CHECK(text.find('\f') == std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find("\\f") != std::string::npos);
  CHECK(text.find("\\u0001") != std::string::npos);
  CHECK(text.find('\xff') == std::string::npos);
  CHECK(text.find("NaN") == std::string::npos);
  const rapidjson::Document doc = Parse(text);
  const rapidjson::Value& ev = doc["graph"]["edges"][4]["metadata"]["evidence"][0];
  const rapidjson::Value& s =
      doc["graph"]["metadata"]["documents"][ev["document"].GetUint()]["sentences"][ev["sentence"].GetUint()];
  CHECK(Str(s["text"]) == "UNODC counters \xEF\xBF\xBD smuggling.");
}

TEST_CASE("json: a sentence that supports several links is stored once", "[exporters]") {
  KnowledgeGraph g;
  g.AddEntity(Entity{"group:a", EntityType::kGroup, "A", {}});
  g.AddEntity(Entity{"crime:x", EntityType::kCrime, "X", {}});
  g.AddEntity(Entity{"region:r", EntityType::kRegion, "R", {}});
  g.AddDocument(DocumentInfo{"d.txt", "S/2099/1", "2099-01-02", "A report", "", {}});
  Evidence ev;
  ev.document = "d.txt";
  ev.span = {10, 40};
  ev.text = "A smuggles X in R, twice over.";
  ev.quantities.push_back(Quantity{0, 0, "year", "2099", 2099, 2099, "", 0, 4});
  ev.marks = {{0, 1}, {11, 12}};
  g.AddEvidence("group:a", "crime:x", "profits_from", "group-crime", ev);
  ev.marks = {{0, 1}, {16, 17}};
  g.AddEvidence("group:a", "region:r", "operates_in", "group-region", ev);
  const std::string text = test::Export("json", g);
  CHECK(text.find("twice over") == text.rfind("twice over"));  // once in the file
  const rapidjson::Document doc = Parse(text);
  const rapidjson::Value& d = doc["graph"]["metadata"]["documents"][0];
  CHECK(Str(d["symbol"]) == "S/2099/1");
  CHECK(Str(d["date"]) == "2099-01-02");
  CHECK(Str(d["title"]) == "A report");
  REQUIRE(d["sentences"].Size() == 1);
  CHECK(d["sentences"][0]["quantities"][0]["value"].GetDouble() == 2099);
  CHECK(doc["graph"]["metadata"]["sentence_count"].GetUint64() == 1);
  for (const auto& e : doc["graph"]["edges"].GetArray()) {
    CHECK(e["metadata"]["evidence"][0]["sentence"].GetUint64() == 0);
    CHECK_FALSE(e["metadata"]["evidence"][0].HasMember("quantities"));
  }
  CHECK(doc["graph"]["edges"][1]["metadata"]["evidence"][0]["marks"][1][0].GetUint64() == 16);
}

TEST_CASE("json: --compact writes the same JSON without white space", "[exporters]") {
  ExportOptions options;
  options.compact = true;
  const KnowledgeGraph g = test::HostileGraph();
  std::ostringstream out;
  REQUIRE(FindExporter("json")->Write(g, options, out).ok());
  const std::string compact = out.str();
  CHECK(compact.find("\n") == compact.size() - 1);  // only the final new line
  CHECK(compact.find("\": ") == std::string::npos);
  const std::string pretty = test::Export("json", g);
  CHECK(compact.size() < pretty.size());
  // The same values: RapidJSON's compact writer gives the same bytes.
  const rapidjson::Document doc = Parse(pretty);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  doc.Accept(writer);
  CHECK(std::string(buffer.GetString()) + "\n" == compact);
  options.jobs = 3;  // and with threads
  std::ostringstream threaded;
  REQUIRE(FindExporter("json")->Write(g, options, threaded).ok());
  CHECK(threaded.str() == compact);
}

TEST_CASE("json: empty graph", "[exporters]") {
  const rapidjson::Document doc = Parse(test::Export("json", KnowledgeGraph()));
  CHECK(doc["graph"]["nodes"].IsObject());
  CHECK(doc["graph"]["nodes"].MemberCount() == 0);
  CHECK(doc["graph"]["edges"].IsArray());
  CHECK(doc["graph"]["metadata"]["entity_count"].GetUint64() == 0);
}

}  // namespace
}  // namespace nexus

namespace nexus {
namespace {

std::string ExportWithJobs(const KnowledgeGraph& g, int jobs) {
  ExportOptions options;
  options.jobs = jobs;
  std::ostringstream out;
  REQUIRE(FindExporter("json")->Write(g, options, out).ok());
  return out.str();
}

TEST_CASE("json: the bytes do not depend on the threads that format the edges", "[exporters]") {
  KnowledgeGraph small = test::HostileGraph();
  KnowledgeGraph empty;
  // Enough links for every thread to format several runs and for the ring of
  // runs to wrap around, with texts that
  // escape, non-ASCII letters, marks and quantities.
  KnowledgeGraph big;
  for (int i = 0; i < 40; ++i) {
    big.AddEntity(Entity{"group:g" + std::to_string(i), EntityType::kGroup, "G\xC3\xA9 " + std::to_string(i), {}});
    big.AddEntity(Entity{"region:r" + std::to_string(i), EntityType::kRegion, "R", {"r\"" + std::to_string(i)}});
  }
  for (int i = 0; i < 40; ++i)
    for (int j = 0; j < 40; ++j) {
      Evidence ev;
      ev.document = "doc" + std::to_string(j % 3) + ".txt";
      ev.paragraph = std::to_string(i);
      ev.span = {static_cast<std::size_t>(i * 100 + j), static_cast<std::size_t>(i * 100 + j + 50)};
      ev.text = "Line\nwith \"quotes\", a tab\t and C\xC3\xB4te d\xE2\x80\x99Ivoire " + std::to_string(j);
      ev.rule = "rule";
      ev.hedged = (i + j) % 2 == 0;
      ev.marks = {{0, 4}, {5, 9}};
      if (j % 5 == 0) ev.quantities.push_back(Quantity{0, 0, "money", "$1 million", 1e6, 2e6, "year", 0, 10});
      big.AddEvidence("group:g" + std::to_string(i), "region:r" + std::to_string(j), "operates_in",
                      "group-region", ev);
    }
  REQUIRE(big.link_count() == 1600);
  for (const KnowledgeGraph* g : {&small, &empty, &big}) {
    const std::string one = ExportWithJobs(*g, 1);
    Parse(one);
    for (int jobs : {2, 3, 8}) {
      INFO("jobs " << jobs);
      CHECK(ExportWithJobs(*g, jobs) == one);
    }
  }
}

}  // namespace
}  // namespace nexus
