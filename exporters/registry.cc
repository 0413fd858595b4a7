// The table of exporters. Adding a format: one file defining
// `std::unique_ptr<Exporter> Make<Name>Exporter()`, and one row below.
#include <algorithm>
#include <exception>
#include <memory>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "exporters/exporter.h"

namespace nexus {

std::unique_ptr<Exporter> MakeJsonExporter();
std::unique_ptr<Exporter> MakeGraphMlExporter();
std::unique_ptr<Exporter> MakeDotExporter();
std::unique_ptr<Exporter> MakeSvgExporter();
std::unique_ptr<Exporter> MakePngExporter();
std::unique_ptr<Exporter> MakePdfExporter();
std::unique_ptr<Exporter> MakeGexfExporter();
std::unique_ptr<Exporter> MakeNeo4jNodesExporter();
std::unique_ptr<Exporter> MakeNeo4jSentencesExporter();
std::unique_ptr<Exporter> MakeNeo4jRelationshipsExporter();
std::unique_ptr<Exporter> MakeNeo4jActivitiesExporter();
std::unique_ptr<Exporter> MakeNeo4jActivityLinksExporter();
std::unique_ptr<Exporter> MakeCypherExporter();
std::unique_ptr<Exporter> MakeTurtleExporter();
std::unique_ptr<Exporter> MakeNTriplesExporter();
std::unique_ptr<Exporter> MakeCytoscapeExporter();
std::unique_ptr<Exporter> MakeNodeLinkExporter();
std::unique_ptr<Exporter> MakeHtmlExporter();
std::unique_ptr<Exporter> MakeSqliteExporter();
std::unique_ptr<Exporter> MakeKuzuExporter();

const std::vector<ExporterEntry>& ExporterTable() {
  static const std::vector<ExporterEntry> table = {
      {"json", "json", "JSON Graph Format v2: nodes by id, edges with their evidence",
       MakeJsonExporter},
      {"graphml", "graphml",
       "GraphML with typed keys (networkx, Gephi, Neo4j APOC; yEd with --graphml-yed)",
       MakeGraphMlExporter},
      {"dot", "dot", "Graphviz DOT, nodes coloured by type, with a legend", MakeDotExporter},
      {"svg", "svg", "SVG drawing (libgvc; --layout), with a legend and tooltips", MakeSvgExporter},
      {"png", "png", "PNG image of the drawing (libgvc, cairo; --layout), with a legend",
       MakePngExporter},
      {"pdf", "pdf", "PDF of the drawing (libgvc, cairo; --layout), with a legend", MakePdfExporter},
      {"gexf", "gexf", "GEXF 1.3 for Gephi: typed attributes, colours and sizes (viz)",
       MakeGexfExporter},
      {"neo4j-nodes", "nodes.csv", "Neo4j import CSV, nodes (neo4j-admin database import --nodes)",
       MakeNeo4jNodesExporter},
      {"neo4j-sentences", "sentences.csv",
       "Neo4j import CSV, sentence nodes, each once (neo4j-admin database import --nodes)",
       MakeNeo4jSentencesExporter},
      {"neo4j-relationships", "relationships.csv",
       "Neo4j import CSV, relationships (neo4j-admin database import --relationships)",
       MakeNeo4jRelationshipsExporter},
      {"neo4j-activities", "activities.csv",
       "Neo4j import CSV, activity nodes: who profits from what, where (--nodes)",
       MakeNeo4jActivitiesExporter},
      {"neo4j-activity-links", "activity_links.csv",
       "Neo4j import CSV, an activity's actor, crime and places (--relationships)",
       MakeNeo4jActivityLinksExporter},
      {"sqlite", "sqlite",
       "SQLite database: entities, aliases, links, evidence, documents, sentences (FTS5)",
       MakeSqliteExporter},
      {"kuzu", "kuzu",
       "Kuzu: a folder of typed CSV tables, schema.cypher and load.cypher (COPY FROM)",
       MakeKuzuExporter},
      {"cypher", "cypher", "Cypher script for Neo4j (cypher-shell -f): MERGE only, safe to run twice",
       MakeCypherExporter},
      {"turtle", "ttl", "RDF Turtle: nx: vocabulary, evidence by reification (see README)",
       MakeTurtleExporter},
      {"ntriples", "nt", "RDF N-Triples: the Turtle export's triples, one a line",
       MakeNTriplesExporter},
      {"cytoscape", "cytoscape.json",
       "Cytoscape.js JSON (elements: nodes, edges), also for Cytoscape desktop",
       MakeCytoscapeExporter},
      {"node-link", "nodelink.json",
       "networkx node-link JSON (node_link_graph), with both links and edges", MakeNodeLinkExporter},
      {"html", "html", "one self-contained page to explore the graph in a browser, offline",
       MakeHtmlExporter},
  };
  return table;
}

const std::vector<std::unique_ptr<Exporter>>& Exporters() {
  static const auto* made = [] {
    auto* v = new std::vector<std::unique_ptr<Exporter>>();
    for (const ExporterEntry& row : ExporterTable()) {
      std::unique_ptr<Exporter> e = row.make();
      e->name_ = row.name;
      e->extension_ = row.extension;
      e->description_ = row.description;
      v->push_back(std::move(e));
    }
    return v;
  }();
  return *made;
}

const Exporter* FindExporter(std::string_view name) {
  for (const auto& e : Exporters())
    if (name == e->Name()) return e.get();
  return nullptr;
}

Status Exporter::WriteFiles(const KnowledgeGraph& graph, const ExportOptions& options,
                           FileSink& sink) const {
  if (!WritesFolder()) return Status::Error(std::string(Name()) + ": writes one file, not a folder");
  Status s = Status::Ok();
  try {
    s = static_cast<const FolderExporter*>(this)->DoWriteFiles(graph, options, sink);
  } catch (const std::exception& e) {
    s = Status::Error(e.what());
  }
  return s.ok() ? s : Status::Error(std::string(Name()) + ": " + s.message());
}

namespace {

// The files a folder format writes, kept in memory for its tar archive.
class MemorySink : public FileSink {
 public:
  std::ostream& Open(const std::string& name) override {
    files_.emplace_back(name, std::make_unique<std::ostringstream>());
    return *files_.back().second;
  }
  std::vector<std::pair<std::string, std::unique_ptr<std::ostringstream>>> files_;
};

// One ustar header block for a file of `size` bytes.
std::string TarHeader(const std::string& name, std::size_t size) {
  std::string h(512, '\0');
  auto put = [&](std::size_t at, std::size_t width, const std::string& value) {
    h.replace(at, std::min(width, value.size()), value.substr(0, width));
  };
  auto octal = [](std::size_t value, int digits) {
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0 && value; --i, value >>= 3) out[static_cast<std::size_t>(i)] = static_cast<char>('0' + (value & 7));
    return out;
  };
  put(0, 100, name);
  put(100, 8, octal(0644, 7));
  put(108, 8, octal(0, 7));
  put(116, 8, octal(0, 7));
  put(124, 12, octal(size, 11));
  put(136, 12, octal(0, 11));
  put(148, 8, "        ");  // the checksum counts its own field as spaces
  h[156] = '0';
  put(257, 6, std::string("ustar") + '\0');
  put(263, 2, "00");
  unsigned sum = 0;
  for (unsigned char c : h) sum += c;
  put(148, 8, octal(sum, 6) + '\0' + ' ');
  return h;
}

}  // namespace

Status FolderExporter::DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                               std::ostream& out) const {
  MemorySink sink;
  Status s = DoWriteFiles(graph, options, sink);
  if (!s.ok()) return s;
  for (const auto& [name, text] : sink.files_) {
    if (name.size() >= 100) return Status::Error(name + ": name too long for a tar archive");
    const std::string body = text->str();
    out << TarHeader(name, body.size()) << body << std::string((512 - body.size() % 512) % 512, '\0');
  }
  out << std::string(1024, '\0');
  return Status::Ok();
}

Status Exporter::Write(const KnowledgeGraph& graph, const ExportOptions& options,
                       std::ostream& out) const {
  Status s = Status::Ok();
  try {
    s = DoWrite(graph, options, out);
  } catch (const std::exception& e) {
    s = Status::Error(e.what());
  }
  if (s.ok() && !out) s = Status::Error("write failed");
  return s.ok() ? s : Status::Error(std::string(Name()) + ": " + s.message());
}

}  // namespace nexus
