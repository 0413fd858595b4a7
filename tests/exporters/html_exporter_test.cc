#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

const char kDataOpen[] = "<script type=\"application/json\" id=\"graph-data\">";
const std::string kLs = "\xE2\x80\xA8";  // U+2028 LINE SEPARATOR
const std::string kPs = "\xE2\x80\xA9";  // U+2029 PARAGRAPH SEPARATOR
const std::string kCloser = "</script><script>alert(1)</script>";
const std::string kImg = "<img src=x onerror=alert(1)>";

Entity MakeEntity(const std::string& id, EntityType type, const std::string& label,
                  std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = id;
  e.type = type;
  e.label = label;
  e.aliases = std::move(aliases);
  return e;
}

// A graph whose every string tries to break out of the page.
KnowledgeGraph ScriptGraph() {
  KnowledgeGraph g;
  g.AddDocument("<!--" + kCloser + ".txt");
  g.AddEntity(MakeEntity("group:x", EntityType::kGroup, kCloser + kLs + "line", {kImg, "a & b"}));
  g.AddEntity(MakeEntity("crime:y", EntityType::kCrime, kImg + kPs));
  Evidence ev;
  ev.document = "<!--" + kCloser + ".txt";
  ev.paragraph = "</SCRIPT >";
  ev.text = kCloser + " sold " + kImg + kLs + " & <!-- more";
  ev.marks = {{0, 9}, {40, 44}};
  ev.span = {0, ev.text.size()};
  g.AddEvidence("group:x", "crime:y", "profits_from", "group-crime", ev);
  return g;
}

// The JSON between the data script's tags.
std::string DataOf(const std::string& page) {
  const std::size_t open = page.find(kDataOpen);
  REQUIRE(open != std::string::npos);
  const std::size_t begin = open + sizeof kDataOpen - 1;
  const std::size_t end = page.find("</script>", begin);
  REQUIRE(end != std::string::npos);
  return page.substr(begin, end - begin);
}

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json.c_str(), json.size());
  INFO("offset " << doc.GetErrorOffset());
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string Str(const rapidjson::Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("html: is registered and fills every slot of the template", "[exporters]") {
  const Exporter* html = FindExporter("html");
  REQUIRE(html != nullptr);
  CHECK(std::string(html->FileExtension()) == "html");
  const std::string page = test::Export("html", test::HostileGraph());
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("@NEXUS_") == std::string::npos);
  CHECK(page.find("cytoscape") != std::string::npos);
  CHECK(page.find("nexusExplorer") != std::string::npos);
  CHECK(page.find("</html>") != std::string::npos);
}

TEST_CASE("html: no document text can end the data script or run", "[exporters]") {
  for (const KnowledgeGraph& graph : {test::HostileGraph(), ScriptGraph()}) {
    const std::string page = test::Export("html", graph);
    const std::string data = DataOf(page);
    CHECK(data.find('<') == std::string::npos);
    CHECK(data.find('>') == std::string::npos);
    CHECK(data.find('&') == std::string::npos);
    CHECK(data.find(kLs) == std::string::npos);
    CHECK(data.find(kPs) == std::string::npos);
    // The page's own three scripts and nothing else: the data adds no tag.
    std::string lower = page;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(Count(lower, "</script") == 3);
    CHECK(Count(lower, "<script") == 3);
    CHECK(Count(lower, "<img") == 0);
  }
}

TEST_CASE("html: the data parses back to the same text", "[exporters]") {
  const std::string page = test::Export("html", ScriptGraph());
  const rapidjson::Document doc = Parse(DataOf(page));
  CHECK(Str(doc["documents"][0]["path"]) == "<!--" + kCloser + ".txt");
  const rapidjson::Value& nodes = doc["nodes"];
  REQUIRE(nodes.Size() == 2);
  CHECK(Str(nodes[0]["id"]) == "crime:y");  // sorted by id
  CHECK(Str(nodes[0]["label"]) == kImg + kPs);
  CHECK(Str(nodes[0]["type"]) == "crime");
  CHECK(Str(nodes[1]["label"]) == kCloser + kLs + "line");
  CHECK(Str(nodes[1]["aliases"][0]) == kImg);
  CHECK(Str(nodes[1]["aliases"][1]) == "a & b");
  CHECK(nodes[1]["degree"].GetUint64() == 1);
  const rapidjson::Value& edge = doc["edges"][0];
  CHECK(Str(edge["source"]) == "group:x");
  CHECK(Str(edge["relation"]) == "profits_from");
  CHECK(edge["weight"].GetUint64() == 1);
  const rapidjson::Value& ref = edge["evidence"][0];
  CHECK(ref["document"].GetUint64() == 0);
  const rapidjson::Value& ev = doc["documents"][0]["sentences"][ref["sentence"].GetUint()];
  CHECK(Str(ev["paragraph"]) == "</SCRIPT >");
  CHECK(Str(ev["text"]) == kCloser + " sold " + kImg + kLs + " & <!-- more");
}

TEST_CASE("html: a large graph's data is written whole, escaped as it goes", "[exporters]") {
  // The data goes out as it is made; characters that start like U+2028 in
  // UTF-8 (an en dash, the euro sign) pass unchanged, U+2028 is escaped.
  const KnowledgeGraph graph = test::LargeGraph();
  const std::string page = test::Export("html", graph);
  CHECK(page.size() > (std::size_t{1} << 20));
  const std::string data = DataOf(page);
  CHECK(data.find(kLs) == std::string::npos);
  CHECK(data.find('<') == std::string::npos);
  const rapidjson::Document doc = Parse(data);
  REQUIRE(doc["edges"].Size() == graph.link_count());
  const std::vector<const Link*> links = graph.Links();
  for (rapidjson::SizeType i = 0; i < doc["edges"].Size(); i += 997) {
    INFO(i);
    const rapidjson::Value& evidence = doc["edges"][i]["evidence"];
    REQUIRE(evidence.Size() == links[i]->evidence.size());
    const rapidjson::Value& ref = evidence[1];
    CHECK(Str(doc["documents"][ref["document"].GetUint()]["sentences"][ref["sentence"].GetUint()]["text"]) ==
          links[i]->evidence[1].text);
  }
}

TEST_CASE("html: marks are UTF-16 indices into the text", "[exporters]") {
  KnowledgeGraph g;
  g.AddDocument("a.txt");
  g.AddEntity(MakeEntity("group:isil", EntityType::kGroup, "ISIL"));
  g.AddEntity(MakeEntity("region:civ", EntityType::kRegion, "Côte d’Ivoire"));
  Evidence ev;
  ev.document = "a.txt";
  // "é" is 2 bytes and 1 unit, "’" 3 bytes and 1 unit, U+1F600 4 bytes and 2
  // units, and \xff an invalid byte shown as one U+FFFD.
  ev.text = "\xF0\x9F\x98\x80 ISIL \xff in Côte d’Ivoire.";
  const std::size_t isil = ev.text.find("ISIL"), civ = ev.text.find("Côte");
  ev.marks = {{isil, isil + 4}, {civ, civ + std::string("Côte d’Ivoire").size()}};
  Quantity q;
  q.kind = "year";
  q.text = "Côte";
  q.begin = civ;
  q.end = civ + 5;
  ev.quantities = {q};
  g.AddEvidence("group:isil", "region:civ", "operates_in", "group-region", ev);
  const rapidjson::Document doc = Parse(DataOf(test::Export("html", g)));
  const rapidjson::Value& out = doc["documents"][0]["sentences"][0];
  CHECK(Str(out["text"]) == "\xF0\x9F\x98\x80 ISIL \xEF\xBF\xBD in Côte d’Ivoire.");
  const rapidjson::Value& marks = doc["edges"][0]["evidence"][0]["marks"];
  REQUIRE(marks.Size() == 2);
  CHECK(marks[0][0].GetUint64() == 3);
  CHECK(marks[0][1].GetUint64() == 7);
  CHECK(marks[1][0].GetUint64() == 13);
  CHECK(marks[1][1].GetUint64() == 26);
  CHECK(out["quantities"][0]["begin"].GetUint64() == 13);
  CHECK(out["quantities"][0]["end"].GetUint64() == 17);
  CHECK(Str(out["quantities"][0]["kind"]) == "year");
}

TEST_CASE("html: evidence names its document and its sentence by index, each sentence once", "[exporters]") {
  KnowledgeGraph g;
  g.AddDocument("a.txt");
  g.AddDocument(DocumentInfo{"b.txt", "S/2099/5", "", "", "", {}});
  g.AddEntity(MakeEntity("group:isil", EntityType::kGroup, "ISIL"));
  g.AddEntity(MakeEntity("crime:oil", EntityType::kCrime, "oil smuggling"));
  g.AddEntity(MakeEntity("region:iraq", EntityType::kRegion, "Iraq"));
  for (const char* doc : {"b.txt", "c.txt"}) {
    Evidence ev;
    ev.document = doc;
    ev.text = std::string("ISIL smuggles oil in Iraq, says ") + doc;
    ev.span = {0, ev.text.size()};
    g.AddEvidence("group:isil", "crime:oil", "profits_from", "group-crime", ev);
    g.AddEvidence("group:isil", "region:iraq", "operates_in", "group-region", ev);
  }
  const std::string page = test::Export("html", g);
  CHECK(page.find("says b.txt") == page.rfind("says b.txt"));
  const rapidjson::Document doc = Parse(DataOf(page));
  // A document that only evidence names is listed too.
  REQUIRE(doc["documents"].Size() == 3);
  CHECK(Str(doc["documents"][1]["symbol"]) == "S/2099/5");
  CHECK(doc["documents"][0]["sentences"].Size() == 0);
  CHECK(Str(doc["documents"][2]["sentences"][0]["text"]) == "ISIL smuggles oil in Iraq, says c.txt");
  const rapidjson::Value& evidence = doc["edges"][0]["evidence"];
  REQUIRE(evidence.Size() == 2);
  CHECK(evidence[0]["document"].GetUint64() == 1);
  CHECK(evidence[0]["sentence"].GetUint64() == 0);
  CHECK(evidence[1]["document"].GetUint64() == 2);
  CHECK_FALSE(evidence[0].HasMember("text"));
}

TEST_CASE("html: a policy forbids requests and lets only the page's scripts run", "[exporters]") {
  const std::string page = test::Export("html", test::HostileGraph());
  const std::size_t meta = page.find("http-equiv=\"Content-Security-Policy\"");
  REQUIRE(meta != std::string::npos);
  CHECK(meta < page.find("<script"));
  const std::size_t begin = page.find("content=\"", meta) + 9;
  const std::string csp = page.substr(begin, page.find('"', begin) - begin);
  CHECK(csp.rfind("default-src 'none';", 0) == 0);
  CHECK(csp.find("unsafe-eval") == std::string::npos);
  const std::size_t script_src = csp.find("script-src ");
  REQUIRE(script_src != std::string::npos);
  const std::string scripts = csp.substr(script_src, csp.find(';', script_src) - script_src);
  CHECK(scripts.find("unsafe-inline") == std::string::npos);
  CHECK(Count(scripts, "'sha256-") == 2);
  // The hashes are those of the two inline scripts (checked with python3).
  std::size_t at = page.find("</script>") + 9;
  for (int k = 0; k < 2; ++k) {
    const std::size_t open = page.find("<script>", at) + 8;
    const std::size_t close = page.find("</script>", open);
    const std::string path = test::WriteTemp("script" + std::to_string(k) + ".js",
                                             page.substr(open, close - open));
    std::string digest;
    REQUIRE(test::Run("/usr/bin/python3 -c \"import base64,hashlib,sys;"
                      "print(base64.b64encode(hashlib.sha256(open(sys.argv[1],'rb').read())"
                      ".digest()).decode(),end='')\" " + path, &digest) == 0);
    CHECK(scripts.find("'sha256-" + digest + "'") != std::string::npos);
    at = close + 9;
  }
}

TEST_CASE("html: same graph, same bytes, an empty graph gives a page", "[exporters]") {
  const KnowledgeGraph graph = test::HostileGraph();
  CHECK(test::Export("html", graph) == test::Export("html", graph));
  const KnowledgeGraph empty;
  const rapidjson::Document doc = Parse(DataOf(test::Export("html", empty)));
  CHECK(doc["nodes"].Empty());
  CHECK(doc["edges"].Empty());
}

}  // namespace
}  // namespace nexus
