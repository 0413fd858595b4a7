// Every registered format over the hostile graph, read back by the real
// clients of tests/e2e/check_formats.py (networkx, csv, jq, rapper,
// pdftotext), tests/clients/read_back.mjs (Oxigraph, Cytoscape.js) and
// tests/clients/lint_cypher.mjs (Neo4j's Cypher parser); the last two run
// when tests/clients/node_modules is installed, as tests/e2e/formats_test.sh
// does.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

namespace fs = std::filesystem;

bool IsDrawing(const std::string& format) {
  return format == "svg" || format == "png" || format == "pdf";
}

// Writes graph.<ext> for every format (but drawings when `drawings` is
// false), and yed.graphml, into a fresh folder.
std::string WriteAllFormats(const KnowledgeGraph& graph, const std::string& name,
                            bool drawings = true) {
  const fs::path dir = fs::temp_directory_path() / ("nexus_all_formats_" + name + "_" +
                                                    std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : Exporters()) {
    if (!drawings && IsDrawing(e->Name())) continue;
    std::ofstream(dir / (std::string("graph.") + e->FileExtension()), std::ios::binary)
        << test::Export(e->Name(), graph);
  }
  ExportOptions yed;
  yed.graphml_yed = true;
  std::ostringstream out;
  REQUIRE(FindExporter("graphml")->Write(graph, yed, out).ok());
  std::ofstream(dir / "yed.graphml", std::ios::binary) << out.str();
  return dir.string();
}

// tests/e2e/check_formats.py over the folder: every file read back by its
// client and compared with graph.json.
void CheckFormats(const std::string& dir) {
  std::string output;
  const int status = test::Run("/usr/bin/python3 '" + std::string(NEXUS_SOURCE_DIR) +
                                   "/tests/e2e/check_formats.py' '" + dir + "' 2>&1",
                               &output);
  INFO(output);
  CHECK(status == 0);
}

TEST_CASE("every format of the hostile graph is read back by its real client", "[exporters]") {
  const std::string dir = WriteAllFormats(test::HostileGraph(), "hostile");
  CheckFormats(dir);
}

TEST_CASE("every format of an empty graph is read back by its real client", "[exporters]") {
  const std::string dir = WriteAllFormats(KnowledgeGraph(), "empty");
  CheckFormats(dir);
}

TEST_CASE("every format of a graph larger than a write chunk is read back whole", "[exporters]") {
  // Exporters hand their text on a megabyte at a time: nothing may be lost
  // or repeated at the seams.
  const KnowledgeGraph graph = test::LargeGraph();
  const std::string dir = WriteAllFormats(graph, "large", false);
  for (const auto& e : Exporters()) {
    // The nodes and the relationships of Neo4j's import hold no text (the
    // sentences file does), so they are small.
    const std::string name = e->Name();
    if (IsDrawing(e->Name()) || name == "neo4j-nodes" || name == "neo4j-relationships" ||
        name == "neo4j-activities" || name == "neo4j-activity-links")
      continue;
    INFO(e->Name());
    CHECK(fs::file_size(fs::path(dir) / (std::string("graph.") + e->FileExtension())) >
          (std::size_t{1} << 20));
  }
  CheckFormats(dir);
  // DOT, which check_formats.py does not read: Graphviz's gvpr counts the
  // edges (the legend is the graph's label, with none).
  std::string output;
  REQUIRE(test::Run("gvpr 'BEG_G { printf(\"%d\\n\", nEdges($G)); }' '" + dir + "/graph.dot' 2>&1",
                    &output) == 0);
  CHECK(output == std::to_string(graph.link_count()) + "\n");
}

TEST_CASE("hostile graph: RDF in Oxigraph, Cytoscape.js JSON, Cypher in Neo4j's parser",
          "[exporters]") {
  const std::string clients = std::string(NEXUS_SOURCE_DIR) + "/tests/clients";
  if (!fs::exists(clients + "/node_modules/.package-lock.json") || !test::HaveTool("node")) {
    WARN("tests/clients/node_modules not installed (tests/e2e/formats_test.sh runs npm ci), skipped");
    return;
  }
  const std::string dir = WriteAllFormats(test::HostileGraph(), "hostile_js");
  std::string output;
  int status = test::Run("node '" + clients + "/read_back.mjs' '" + dir + "' 2>&1", &output);
  INFO(output);
  CHECK(status == 0);
  status = test::Run("node '" + clients + "/lint_cypher.mjs' '" + dir + "/graph.cypher' 2>&1", &output);
  INFO(output);
  CHECK(status == 0);
}

}  // namespace
}  // namespace nexus
