// GraphML exporter, written by hand: every attribute declared as a typed
// <key>, numbers printed as integers, text made valid XML 1.0 whatever it
// holds (see XmlEscape). Read back by networkx.read_graphml, Gephi, yEd and
// Neo4j's apoc.import.graphml (readLabels: the "labels" node key).
#include <exception>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/text_util.h"

namespace nexus {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "graph", "node" or "edge"
  const char* name;
  const char* type;    // "string", "int", "boolean"
};

constexpr Key kKeys[] = {
    {"g_documents", "graph", "documents", "string"},
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_labels", "node", "labels", "string"},
    {"n_parent", "node", "parent", "string"},
    {"n_discovered_by", "node", "discovered_by", "string"},
    {"n_degree", "node", "degree", "int"},
    {"e_relation", "edge", "relation", "string"},
    {"e_kind", "edge", "kind", "string"},
    {"e_weight", "edge", "weight", "int"},
    {"e_hedged", "edge", "hedged", "boolean"},
    {"e_evidence_count", "edge", "evidence_count", "int"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_first_quote", "edge", "first_quote", "string"},
};

// The Neo4j label of a type: ":Group", ":Crime", ":Region", ":UnEntity".
const char* Neo4jLabel(EntityType type) {
  switch (type) {
    case EntityType::kGroup: return ":Group";
    case EntityType::kCrime: return ":Crime";
    case EntityType::kRegion: return ":Region";
    case EntityType::kUnEntity: return ":UnEntity";
  }
  return ":Group";
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

// One line per piece of evidence: "doc ¶26 s.1 [1234,1400): text".
std::string EvidenceText(const Link& link) {
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) {
    std::string line = ev.document + " \xC2\xB6";
    line += ev.paragraph.empty() ? "#" + std::to_string(ev.paragraph_index) : ev.paragraph;
    line += " s." + std::to_string(ev.sentence) + " [" + std::to_string(ev.span.begin) + "," +
            std::to_string(ev.span.end) + "): " + ev.text;
    lines.push_back(std::move(line));
  }
  return Join(lines, "\n");
}

// Appends <data key="key">value</data> on its own line; nothing when the
// value is empty (readers then see the attribute as absent).
void Data(const char* key, std::string_view value, std::string* out) {
  if (value.empty()) return;
  *out += "      <data key=\"";
  *out += key;
  *out += "\">";
  *out += XmlEscape(value, false);
  *out += "</data>\n";
}

void WriteHeader(const KnowledgeGraph& graph, std::string* out) {
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    *out += std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" +
            k.name + "\" attr.type=\"" + k.type + "\"/>\n";
  }
  *out += "  <graph id=\"nexus\" edgedefault=\"directed\">\n";
  std::string docs = XmlEscape(Join(graph.documents(), "|"), false);
  if (!docs.empty()) *out += "    <data key=\"g_documents\">" + docs + "</data>\n";
}

void WriteNode(const KnowledgeGraph& graph, const Entity& e, std::string* out) {
  *out += "    <node id=\"" + XmlEscape(e.id, true) + "\">\n";
  Data("n_label", e.label, out);
  Data("n_type", TypeName(e.type), out);
  Data("n_aliases", Join(e.aliases, "|"), out);
  Data("n_labels", Neo4jLabel(e.type), out);
  Data("n_parent", e.parent, out);
  Data("n_discovered_by", e.discovered_by, out);
  Data("n_degree", std::to_string(graph.Degree(e.id)), out);
  *out += "    </node>\n";
}

void WriteEdge(const Link& link, std::size_t index, std::string* out) {
  *out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"" +
          XmlEscape(link.source, true) + "\" target=\"" + XmlEscape(link.target, true) +
          "\">\n";
  Data("e_relation", link.relation, out);
  Data("e_kind", link.kind, out);
  Data("e_weight", std::to_string(link.weight()), out);
  Data("e_hedged", link.hedged() ? "true" : "false", out);
  Data("e_evidence_count", std::to_string(link.evidence.size()), out);
  Data("e_evidence", EvidenceText(link), out);
  if (!link.evidence.empty()) Data("e_first_quote", link.evidence.front().text, out);
  *out += "    </edge>\n";
}

class GraphMlExporter : public Exporter {
 public:
  const char* Name() const override { return "graphml"; }
  const char* FileExtension() const override { return "graphml"; }
  const char* Description() const override {
    return "GraphML with typed keys (networkx, Gephi, yEd, Neo4j APOC)";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    try {
      std::string text;
      WriteHeader(graph, &text);
      for (const Entity* e : graph.Entities()) WriteNode(graph, *e, &text);
      std::size_t index = 0;
      for (const Link* link : graph.Links()) WriteEdge(*link, index++, &text);
      text += "  </graph>\n</graphml>\n";
      out.write(text.data(), static_cast<std::streamsize>(text.size()));
      if (!out) return Status::Error("graphml: write failed");
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::Error(std::string("graphml: ") + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeGraphMlExporter() { return std::make_unique<GraphMlExporter>(); }

}  // namespace nexus
