// GraphML exporter, written by hand: every attribute declared as a typed
// <key>, numbers printed as integers, text made valid XML 1.0 whatever it
// holds (see XmlEscape). Read back by networkx.read_graphml, Gephi, yEd
// (with --graphml-yed: yFiles shapes, colours and labels) and Neo4j's
// apoc.import.graphml (readLabels: the "labels" attribute of <node>; the
// relationship type is the "label" attribute of <edge>). With --activities
// nodes, each activity is a node of a fifth type, "activity", linked to its
// actor, crime and places (roles "actor", "crime", "place").
#include <algorithm>
#include <cmath>
#include <exception>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

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
    {"e_first_seen", "edge", "first_seen", "string"},
    {"e_last_seen", "edge", "last_seen", "string"},
};

// The Neo4j labels of a type, as APOC's readLabels wants them: ":Group".
std::string Neo4jLabels(EntityType type) { return std::string(":") + LookOf(type).class_name; }

std::string EvidenceText(const Link& link) {
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) lines.push_back(EvidenceLine(ev));
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

// With --metrics.
constexpr Key kMetricKeys[] = {
    {"n_betweenness", "node", "betweenness", "double"},
    {"n_pagerank", "node", "pagerank", "double"},
    {"n_core", "node", "core", "int"},
    {"n_cluster", "node", "cluster", "int"},
};

void WriteHeader(const KnowledgeGraph& graph, bool yed, bool metrics, std::string* out) {
  *out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n";
  if (yed) *out += "    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n";
  *out +=
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    *out += std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" +
            k.name + "\" attr.type=\"" + k.type + "\"/>\n";
  }
  if (metrics)
    for (const Key& k : kMetricKeys)
      *out += std::string("  <key id=\"") + k.id + "\" for=\"" + k.domain + "\" attr.name=\"" +
              k.name + "\" attr.type=\"" + k.type + "\"/>\n";
  if (yed) {
    *out += "  <key id=\"n_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
    *out += "  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
  }
  *out += "  <graph id=\"nexus\" edgedefault=\"directed\">\n";
  std::string docs = XmlEscape(Join(graph.documents(), "|"), false);
  if (!docs.empty()) *out += "    <data key=\"g_documents\">" + docs + "</data>\n";
}

// yFiles graphics for yEd: a shape coloured by type, labelled, placed on a
// grid (yEd's own layouts then arrange it).
void YedNode(const Entity& e, std::size_t index, std::string* out) {
  const TypeLook& look = LookOf(e.type);
  const std::string label = e.label.empty() ? e.id : e.label;
  const std::size_t width = 40 + 7 * std::min<std::size_t>(label.size(), 40);
  *out += "      <data key=\"n_graphics\"><y:ShapeNode>";
  *out += "<y:Geometry x=\"" + std::to_string(index % 10 * 320) + "\" y=\"" +
          std::to_string(index / 10 * 90) + "\" width=\"" + std::to_string(width) +
          "\" height=\"40\"/>";
  *out += std::string("<y:Fill color=\"") + look.fill + "\" transparent=\"false\"/>";
  *out += std::string("<y:BorderStyle color=\"") + look.line + "\" type=\"line\" width=\"1.0\"/>";
  *out += "<y:NodeLabel>" + XmlEscape(label, false) + "</y:NodeLabel>";
  *out += std::string("<y:Shape type=\"") + look.yed_shape + "\"/>";
  *out += "</y:ShapeNode></data>\n";
}

void YedEdge(const Link& link, std::string* out) {
  const std::string width = FormatFixed(1 + std::log2(std::max(1, link.weight())), 1);
  *out += "      <data key=\"e_graphics\"><y:PolyLineEdge>";
  *out += std::string("<y:LineStyle color=\"") + RelationColor(link.relation) + "\" type=\"" +
          (link.hedged() ? "dashed" : "line") + "\" width=\"" + width + "\"/>";
  *out += "<y:Arrows source=\"none\" target=\"standard\"/>";
  *out += "<y:EdgeLabel>" + XmlEscape(link.relation, false) + "</y:EdgeLabel>";
  *out += "</y:PolyLineEdge></data>\n";
}

// The "labels" attribute of <node> and "label" of <edge> are what APOC's
// apoc.import.graphml reads as node labels (readLabels) and relationship
// type; GraphML readers ignore attributes they do not know.
void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, std::size_t index,
               bool yed, std::string* out) {
  *out += "    <node id=\"" + XmlEscape(e.id, true) + "\" labels=\"" + Neo4jLabels(e.type) +
          "\">\n";
  Data("n_label", e.label, out);
  Data("n_type", TypeName(e.type), out);
  Data("n_aliases", Join(e.aliases, "|"), out);
  Data("n_labels", Neo4jLabels(e.type), out);
  Data("n_parent", e.parent, out);
  Data("n_discovered_by", e.discovered_by, out);
  Data("n_degree", std::to_string(graph.Degree(e.id)), out);
  if (metrics) {
    for (const auto& [name, text] : MetricTexts(metrics->Of(e.id)))
      Data(("n_" + std::string(name)).c_str(), text, out);
  }
  if (yed) YedNode(e, index, out);
  *out += "    </node>\n";
}

void WriteEdge(const Link& link, const LinkDates& dates, std::size_t index, bool yed, std::string* out) {
  *out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"" +
          XmlEscape(link.source, true) + "\" target=\"" + XmlEscape(link.target, true) +
          "\" label=\"" + RelationshipType(link.relation) + "\">\n";
  Data("e_relation", link.relation, out);
  Data("e_kind", link.kind, out);
  Data("e_weight", std::to_string(link.weight()), out);
  Data("e_hedged", link.hedged() ? "true" : "false", out);
  Data("e_evidence_count", std::to_string(link.evidence.size()), out);
  Data("e_evidence", EvidenceText(link), out);
  if (!link.evidence.empty()) Data("e_first_quote", link.evidence.front().text, out);
  const SeenDates seen = dates.Of(link);
  Data("e_first_seen", seen.first, out);
  Data("e_last_seen", seen.last, out);
  if (yed) YedEdge(link, out);
  *out += "    </edge>\n";
}

// --activities nodes: each activity a node of type "activity" (label
// ":Activity" for APOC) with edges to its actor, crime and places.
void WriteActivityNodes(const KnowledgeGraph& graph, std::size_t first, bool yed, std::string* out) {
  const std::vector<const Activity*> activities = graph.Activities();
  for (std::size_t k = 0; k < activities.size(); ++k) {
    const std::string label = ActivityNodeLabel(graph, *activities[k]);
    *out += "    <node id=\"" + XmlEscape(ActivityNodeId(k), true) + "\" labels=\":Activity\">\n";
    Data("n_label", label, out);
    Data("n_type", "activity", out);
    Data("n_labels", ":Activity", out);
    Data("n_degree", std::to_string(ActivityNodeLinks(*activities[k]).size()), out);
    if (yed) {
      *out += "      <data key=\"n_graphics\"><y:ShapeNode><y:Geometry x=\"" + std::to_string((first + k) % 10 * 320) +
              "\" y=\"" + std::to_string((first + k) / 10 * 90) + "\" width=\"24\" height=\"24\"/>"
              "<y:Fill color=\"#d9d2e9\" transparent=\"false\"/><y:BorderStyle color=\"#674ea7\" type=\"line\" "
              "width=\"1.0\"/><y:NodeLabel>" + XmlEscape(label, false) + "</y:NodeLabel><y:Shape type=\"ellipse\"/>"
              "</y:ShapeNode></data>\n";
    }
    *out += "    </node>\n";
  }
}

void WriteActivityEdges(const KnowledgeGraph& graph, std::size_t first, std::string* out) {
  const std::vector<const Activity*> activities = graph.Activities();
  std::size_t index = first;
  for (std::size_t k = 0; k < activities.size(); ++k)
    for (const ActivityNodeLink& l : ActivityNodeLinks(*activities[k])) {
      *out += "    <edge id=\"e" + std::to_string(index++) + "\" source=\"" + XmlEscape(ActivityNodeId(k), true) +
              "\" target=\"" + XmlEscape(l.target, true) + "\" label=\"" + RelationshipType(l.role) + "\">\n";
      Data("e_relation", l.role, out);
      Data("e_kind", "activity", out);
      Data("e_weight", std::to_string(l.weight), out);
      *out += "    </edge>\n";
    }
}

class GraphMlExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    const bool yed = options.graphml_yed;
    std::string text;
    WriteHeader(graph, yed, options.metrics != nullptr, &text);
    std::size_t index = 0;
    for (const Entity* e : graph.Entities()) {
      WriteNode(graph, options.metrics, *e, index++, yed, &text);
      WriteWhenLarge(&text, out);
    }
    const std::size_t entities = index;
    if (options.activity_nodes) WriteActivityNodes(graph, entities, yed, &text);
    index = 0;
    const LinkDates dates(graph);
    for (const Link* link : graph.Links()) {
      WriteEdge(*link, dates, index++, yed, &text);
      WriteWhenLarge(&text, out);
    }
    if (options.activity_nodes) WriteActivityEdges(graph, index, &text);
    text += "  </graph>\n</graphml>\n";
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeGraphMlExporter() { return std::make_unique<GraphMlExporter>(); }

}  // namespace nexus
