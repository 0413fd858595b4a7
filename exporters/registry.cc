// The table of exporters. Adding a format: one file defining
// `std::unique_ptr<Exporter> Make<Name>Exporter()`, and one row below.
#include <exception>
#include <string>

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
std::unique_ptr<Exporter> MakeCypherExporter();
std::unique_ptr<Exporter> MakeTurtleExporter();
std::unique_ptr<Exporter> MakeNTriplesExporter();
std::unique_ptr<Exporter> MakeCytoscapeExporter();
std::unique_ptr<Exporter> MakeNodeLinkExporter();
std::unique_ptr<Exporter> MakeHtmlExporter();

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
