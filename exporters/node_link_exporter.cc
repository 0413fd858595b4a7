// networkx node-link JSON (networkx.node_link_graph): {"directed": true,
// "multigraph": ..., "graph": {...}, "nodes": [{"id": ...}], "links":
// [...], "edges": [...]}. The links appear twice, as "links" (what
// networkx before 3.4 reads by default) and "edges" (what later versions
// read with node_link_graph(data, edges="edges")). "multigraph" is true
// only when two links join the same ordered pair; each link then carries
// its relation as "key".
#include <exception>
#include <set>
#include <utility>

#include "exporters/exporter.h"
#include "exporters/json_out.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, JsonOut* out) {
  out->StartObject();
  out->Field("id", e.id);
  out->Field("label", e.label);
  out->Field("type", TypeName(e.type));
  out->Strings("aliases", e.aliases);
  if (!e.parent.empty()) out->Field("parent", e.parent);
  if (!e.discovered_by.empty()) out->Field("discovered_by", e.discovered_by);
  out->Count("degree", graph.Degree(e.id));
  WriteMetrics(metrics, e.id, out);
  out->EndObject();
}

void WriteLink(const Link& link, bool multigraph, JsonOut* out) {
  out->StartObject();
  out->Field("source", link.source);
  out->Field("target", link.target);
  if (multigraph) out->Field("key", link.relation);
  out->Field("relation", link.relation);
  out->Field("kind", link.kind);
  out->Count("weight", link.evidence.size());
  out->Flag("hedged", link.hedged());
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) lines.push_back(EvidenceLine(ev));
  out->Strings("evidence", lines);
  out->EndObject();
}

bool IsMultigraph(const KnowledgeGraph& graph) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Link* link : graph.Links())
    if (!pairs.emplace(link->source, link->target).second) return true;
  return false;
}

class NodeLinkExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    const bool multigraph = IsMultigraph(graph);
    StreamOut stream(out);  // written as it is made
    JsonOut json(&stream);
    json.StartObject();
    json.Flag("directed", true);
    json.Flag("multigraph", multigraph);
    json.Key("graph");
    json.StartObject();
    json.Field("name", "nexus");
    json.Strings("documents", graph.documents());
    json.EndObject();
    json.Key("nodes");
    json.StartArray();
    for (const Entity* e : graph.Entities()) WriteNode(graph, options.metrics, *e, &json);
    json.EndArray();
    for (const char* key : {"links", "edges"}) {
      json.KeyText(key);
      json.StartArray();
      for (const Link* link : graph.Links()) WriteLink(*link, multigraph, &json);
      json.EndArray();
    }
    json.EndObject();
    if (!json.ok()) return Status::Error("the JSON writer refused the graph");
    stream.Flush();
    out.put('\n');
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeNodeLinkExporter() { return std::make_unique<NodeLinkExporter>(); }

}  // namespace nexus
