// Cytoscape.js JSON: {"elements": {"nodes": [{"data": {...}}], "edges":
// [...]}}, the shape cytoscape({elements}) and Cytoscape's "Import Network
// from File (Cytoscape.js JSON)" read. Node data: id, name and label (the
// entity's label), type, aliases, parent_region (not "parent", which
// Cytoscape.js reads as a compound parent), discovered_by, degree, color,
// shape. Edge data: id, source, target, relation (also as interaction, the
// Cytoscape column), kind, weight, hedged, color, evidence (one line per
// sentence).
#include <exception>

#include "exporters/exporter.h"
#include "exporters/json_out.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

const char* CytoscapeShape(EntityType type) {
  switch (type) {
    case EntityType::kGroup: return "octagon";
    case EntityType::kCrime: return "diamond";
    case EntityType::kRegion: return "ellipse";
    case EntityType::kUnEntity: return "rectangle";
  }
  return "ellipse";
}

void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, JsonOut* out) {
  const std::string label = e.label.empty() ? e.id : e.label;
  out->StartObject();
  out->Key("data");
  out->StartObject();
  out->Field("id", e.id);
  out->Field("name", label);
  out->Field("label", label);
  out->Field("type", TypeName(e.type));
  out->Strings("aliases", e.aliases);
  out->Field("parent_region", e.parent);
  out->Field("discovered_by", e.discovered_by);
  out->Count("degree", graph.Degree(e.id));
  WriteMetrics(metrics, e.id, out);
  out->Field("color", LookOf(e.type).line);
  out->Field("shape", CytoscapeShape(e.type));
  out->EndObject();
  out->Field("group", "nodes");
  out->EndObject();
}

void WriteEdge(const Link& link, std::size_t index, JsonOut* out) {
  out->StartObject();
  out->Key("data");
  out->StartObject();
  out->Field("id", "e" + std::to_string(index));
  out->Field("source", link.source);
  out->Field("target", link.target);
  out->Field("relation", link.relation);
  out->Field("interaction", link.relation);
  out->Field("kind", link.kind);
  out->Count("weight", link.evidence.size());
  out->Flag("hedged", link.hedged());
  out->Field("color", RelationColor(link.relation));
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) lines.push_back(EvidenceLine(ev));
  out->Strings("evidence", lines);
  out->EndObject();
  out->Field("group", "edges");
  out->EndObject();
}

class CytoscapeExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    StreamOut stream(out);  // written as it is made
    JsonOut json(&stream);
    json.StartObject();
    json.Field("format_version", "1.0");
    json.Field("generated_by", "nexus");
    json.Field("target_cytoscapejs_version", "~3");
    json.Key("data");
    json.StartObject();
    json.Field("name", "nexus");
    json.Strings("documents", graph.documents());
    json.EndObject();
    json.Key("elements");
    json.StartObject();
    json.Key("nodes");
    json.StartArray();
    for (const Entity* e : graph.Entities()) WriteNode(graph, options.metrics, *e, &json);
    json.EndArray();
    json.Key("edges");
    json.StartArray();
    std::size_t index = 0;
    for (const Link* link : graph.Links()) WriteEdge(*link, index++, &json);
    json.EndArray();
    json.EndObject();
    json.EndObject();
    if (!json.ok()) return Status::Error("the JSON writer refused the graph");
    stream.Flush();
    out.put('\n');
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeCytoscapeExporter() { return std::make_unique<CytoscapeExporter>(); }

}  // namespace nexus
