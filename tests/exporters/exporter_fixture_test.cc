// The small hostile graph every exporter test writes, helpers to run
// external tools and compare with golden files, and the checks that apply
// to every format (registration, determinism).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus::test {

namespace {

Entity MakeEntity(const std::string& id, EntityType type, const std::string& label,
                  std::vector<std::string> aliases = {}) {
  Entity e;
  e.id = id;
  e.type = type;
  e.label = label;
  e.aliases = std::move(aliases);
  return e;
}

Evidence MakeEvidence(const std::string& doc, std::size_t begin, const std::string& text,
                      bool hedged) {
  Evidence ev;
  ev.document = doc;
  ev.paragraph = begin % 2 ? "" : std::to_string(begin / 100);
  ev.paragraph_index = begin / 10;
  ev.sentence = begin % 3;
  ev.span = {begin, begin + text.size()};
  ev.text = text;
  ev.hedged = hedged;
  ev.rule = "cooccurrence";
  ev.marks = {{0, 4}, {5, 9}};
  return ev;
}

}  // namespace

extern const char* const kQuoteLabel = "Say \"hi\" \\ back\\slash \\n \\";
extern const char* const kScriptLabel = "<script>alert(1)</script> ]]> & more";
extern const char* const kNewlineLabel = "West\nAfrica\tregion";
extern const char* const kControlLabel = "form\ffeed\x01\x1f\x7f end";
extern const char* const kBadUtf8Label = "bad \xff\xfe bytes";
extern const char* const kLongText =
    "In Côte d’Ivoire, \"ISIL\" \\ traffickers\f moved fuel \x02 across the border "
    "while the Panel noted =HYPERLINK(\"x\") in a ledger; \xff the same networks, "
    "according to Member States, also moved weapons, cash and people through the "
    "same crossings for the whole of the reporting period and beyond it, as the "
    "Monitoring Team was told by several Member States in the course of its visits.";

KnowledgeGraph HostileGraph() {
  using T = EntityType;
  KnowledgeGraph g;
  g.AddDocument("a.txt");
  g.AddDocument("dir/b \"q\".txt");
  g.AddEntity(MakeEntity("group:isil", T::kGroup, "Islamic State in Iraq and the Levant",
                         {"ISIL", "Da'esh"}));
  g.AddEntity(MakeEntity("group:node", T::kGroup, "node"));
  g.AddEntity(MakeEntity("group:quote", T::kGroup, kQuoteLabel, {"=HYPERLINK(\"x\")"}));
  g.AddEntity(MakeEntity("crime:graph", T::kCrime, "graph"));
  g.AddEntity(MakeEntity("crime:script", T::kCrime, kScriptLabel));
  g.AddEntity(MakeEntity("crime:strict", T::kCrime, "strict"));
  Entity civ = MakeEntity("region:civ", T::kRegion, "Côte d'Ivoire", {"Côte d’Ivoire"});
  civ.parent = "region:west_africa";
  g.AddEntity(civ);
  g.AddEntity(MakeEntity("region:ctrl", T::kRegion, kControlLabel));
  g.AddEntity(MakeEntity("region:west_africa", T::kRegion, kNewlineLabel));
  Entity bad = MakeEntity("un_entity:bad", T::kUnEntity, kBadUtf8Label, {"\xc3\x28"});
  bad.discovered_by = "acronym";
  g.AddEntity(bad);

  g.AddEvidence("group:isil", "crime:script", "profits_from", "group-crime",
                MakeEvidence("a.txt", 100, "ISIL \"sold\" oil \\ C:\\temp\\", true));
  g.AddEvidence("group:isil", "crime:script", "profits_from", "group-crime",
                MakeEvidence("a.txt", 300, "ISIL smuggles <b>oil</b> ]]> & gas.", false));
  g.AddEvidence("group:isil", "region:civ", "operates_in", "group-region",
                MakeEvidence("dir/b \"q\".txt", 41, "ISIL may operate in Côte d'Ivoire.", true));
  g.AddEvidence("group:node", "crime:graph", "profits_from", "group-crime",
                MakeEvidence("a.txt", 500, kLongText, false));
  g.AddEvidence("region:civ", "region:west_africa", "part_of", "region-region",
                MakeEvidence("a.txt", 700, "Line one\nline\ttwo\r\nend \xef\xbf\xbe.", false));
  for (std::size_t b : {800, 900, 1001})
    g.AddEvidence("un_entity:bad", "crime:strict", "counters", "un_entity-crime",
                  MakeEvidence("a.txt", b, "UNODC counters \xe2\x82 smuggling.", false));
  // Activities, on sentences the links store: places with hostile labels.
  const std::string sold = "ISIL \"sold\" oil \\ C:\\temp\\";
  g.AddActivity("profits_from", "group:isil", "crime:script",
                ActivityEvidence{"a.txt", {100, 100 + sold.size()}, true,
                                 {{"region:civ", "crime-region"}, {"region:ctrl", "group-region"}}});
  const std::string counters = "UNODC counters \xe2\x82 smuggling.";
  g.AddActivity("counters", "un_entity:bad", "crime:strict",
                ActivityEvidence{"a.txt", {800, 800 + counters.size()}, false, {{"region:west_africa", "un-region"}}});
  return g;
}

KnowledgeGraph LargeGraph() {
  using T = EntityType;
  KnowledgeGraph g;
  for (int d = 0; d < 3; ++d) g.AddDocument("doc-" + std::to_string(d) + ".txt");
  for (int i = 0; i < 100; ++i)
    g.AddEntity(MakeEntity("group:g" + std::to_string(i), T::kGroup, "Group " + std::to_string(i)));
  for (int j = 0; j < 40; ++j)
    g.AddEntity(MakeEntity("crime:c" + std::to_string(j), T::kCrime, "crime " + std::to_string(j)));
  // Text that every format escapes: quotes, markup, dashes and the euro
  // sign (which start like U+2028 in UTF-8), U+2028 itself.
  const std::string filler =
      " \"sold\" <b>oil</b> & gas \xE2\x80\x93 for \xE2\x82\xAC" "5 million\xE2\x80\xA8 a year, "
      "as reported by several Member States in the region over the period under review.";
  for (int i = 0; i < 100; ++i)
    for (int j = 0; j < 40; ++j)
      for (int d = 0; d < 2; ++d) {
        const std::string text = "Group " + std::to_string(i) + " profits from crime " +
                                 std::to_string(j) + filler;
        g.AddEvidence("group:g" + std::to_string(i), "crime:c" + std::to_string(j),
                      "profits_from", "group-crime",
                      MakeEvidence("doc-" + std::to_string(d) + ".txt",
                                   static_cast<std::size_t>(1000 * (40 * i + j)), text, d == 1));
      }
  return g;
}

std::string Export(const char* format, const KnowledgeGraph& graph) {
  const Exporter* exporter = FindExporter(format);
  REQUIRE(exporter != nullptr);
  std::ostringstream out;
  Status status = exporter->Write(graph, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out.str();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Writes `content` to a fresh file in the temporary folder; returns its path.
std::string WriteTemp(const std::string& name, const std::string& content) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("nexus_exporters_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

bool HaveTool(const std::string& tool) {
  return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

// Runs a shell command; returns its exit status and its standard output.
int Run(const std::string& command, std::string* output) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buf[4096];
  std::size_t n;
  output->clear();
  while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0) output->append(buf, n);
  const int status = ::pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Compares with tests/exporters/golden/<name>; NEXUS_UPDATE_GOLDEN=1 rewrites it.
void CheckGolden(const std::string& name, const std::string& actual) {
  const std::string path = std::string(NEXUS_SOURCE_DIR) + "/tests/exporters/golden/" + name;
  if (std::getenv("NEXUS_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("rewrote golden file " << name);
  }
  const std::string expected = ReadFile(path);
  INFO("golden file tests/exporters/golden/" << name
                                             << " (NEXUS_UPDATE_GOLDEN=1 to rewrite)");
  REQUIRE_FALSE(expected.empty());
  CHECK(actual == expected);
}

}  // namespace nexus::test

namespace nexus {
namespace {

TEST_CASE("every format is registered with its extension and a description", "[exporters]") {
  const std::map<std::string, std::string> expected = {
      {"json", "json"},
      {"graphml", "graphml"},
      {"dot", "dot"},
      {"svg", "svg"},
      {"png", "png"},
      {"pdf", "pdf"},
      {"gexf", "gexf"},
      {"neo4j-nodes", "nodes.csv"},
      {"neo4j-sentences", "sentences.csv"},
      {"neo4j-relationships", "relationships.csv"},
      {"cypher", "cypher"},
      {"turtle", "ttl"},
      {"ntriples", "nt"},
      {"cytoscape", "cytoscape.json"},
      {"node-link", "nodelink.json"},
  };
  for (const auto& [name, extension] : expected) {
    INFO(name);
    REQUIRE(FindExporter(name) != nullptr);
    CHECK(FindExporter(name)->FileExtension() == extension);
  }
  std::set<std::string> extensions;
  for (const auto& e : Exporters()) {
    INFO(e->Name());
    CHECK(std::string(e->Description()).size() > 10);
    CHECK(std::string(e->Description()).find('\n') == std::string::npos);
    CHECK(extensions.insert(e->FileExtension()).second);  // one file name per format
  }
}

TEST_CASE("every exporter is deterministic and handles an empty graph", "[exporters]") {
  const KnowledgeGraph graph = test::HostileGraph();
  const KnowledgeGraph empty;
  for (const auto& e : Exporters()) {
    INFO(e->Name());
    CHECK(test::Export(e->Name(), graph) == test::Export(e->Name(), graph));
    CHECK_FALSE(test::Export(e->Name(), empty).empty());
  }
}

TEST_CASE("DOT output does not depend on an SVG export made before", "[exporters]") {
  const KnowledgeGraph graph = test::HostileGraph();
  const std::string before = test::Export("dot", graph);
  test::Export("svg", graph);
  CHECK(test::Export("dot", graph) == before);
}

}  // namespace

// A stream buffer that throws on the first byte written to it.
struct ThrowingBuf : std::streambuf {
  int_type overflow(int_type) override { throw std::runtime_error("disk on fire"); }
  std::streamsize xsputn(const char*, std::streamsize) override {
    throw std::runtime_error("disk on fire");
  }
};

TEST_CASE("every exporter's failures are errors that name the format", "[exporters]") {
  const KnowledgeGraph graph = test::HostileGraph();
  for (const auto& e : Exporters()) {
    INFO(e->Name());
    // A stream that has failed: "<format>: write failed".
    std::ostringstream bad;
    bad.setstate(std::ios::badbit);
    Status s = e->Write(graph, bad);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == std::string(e->Name()) + ": write failed");
    // An exception on the way (a stream set to throw): its text, named.
    ThrowingBuf buf;
    std::ostream throwing(&buf);
    throwing.exceptions(std::ios::badbit);
    s = e->Write(graph, throwing);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message() == std::string(e->Name()) + ": disk on fire");
  }
  // An error of the format itself gets the name once.
  ExportOptions wrong;
  wrong.layout = "nope";
  std::ostringstream out;
  CHECK(FindExporter("svg")->Write(graph, wrong, out).message() == "svg: unknown layout \"nope\"");
}

}  // namespace nexus
