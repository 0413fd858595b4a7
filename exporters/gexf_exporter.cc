// GEXF 1.3 exporter (https://gexf.net), or 1.2draft with --gexf-version 1.2
// (the same elements under the 1.2draft namespaces, for readers such as
// Debian 12's networkx 2.8 that know no 1.3), for Gephi: nodes labelled, with
// their type, aliases, parent and degree as typed attributes, coloured by
// type and sized by degree (viz:color, viz:size); edges with their relation
// as label, the evidence count as weight, coloured by relation (viz:color),
// dashed when hedged (viz:shape), as thick as the DOT drawing's lines, and
// from their first to their last seen date when their documents are dated
// (a dynamic graph: Gephi's timeline plays it). With
// --activities nodes, each activity is a small node of type "activity" with
// edges to its actor, crime and places.
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

struct Attribute {
  const char* id;
  const char* title;
  const char* type;  // GEXF types: string, integer, boolean
};

constexpr Attribute kNodeAttributes[] = {
    {"type", "type", "string"},           {"aliases", "aliases", "string"},
    {"parent", "parent", "string"},       {"discovered_by", "discovered_by", "string"},
    {"degree", "degree", "integer"},
};
constexpr Attribute kMetricAttributes[] = {  // with --metrics
    {"betweenness", "betweenness", "double"}, {"pagerank", "pagerank", "double"},
    {"core", "core", "integer"},             {"cluster", "cluster", "integer"},
};
constexpr Attribute kEdgeAttributes[] = {
    {"relation", "relation", "string"},   {"kind", "kind", "string"},
    {"hedged", "hedged", "boolean"},      {"evidence_count", "evidence_count", "integer"},
    {"evidence", "evidence", "string"},   {"first_quote", "first_quote", "string"},
    {"first_seen", "first_seen", "string"}, {"last_seen", "last_seen", "string"},
};

std::string Attr(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + XmlEscape(value, true) + "\"";
}

void Declare(const char* klass, const Attribute* begin, const Attribute* end, std::string* out,
             const Attribute* more_begin = nullptr, const Attribute* more_end = nullptr) {
  *out += std::string("    <attributes class=\"") + klass + "\" mode=\"static\">\n";
  auto each = [&](const Attribute* b, const Attribute* e) {
    for (const Attribute* a = b; a != e; ++a)
      *out += std::string("      <attribute id=\"") + a->id + "\" title=\"" + a->title +
              "\" type=\"" + a->type + "\"/>\n";
  };
  each(begin, end);
  each(more_begin, more_end);
  *out += "    </attributes>\n";
}

// <attvalue> for a non-empty value.
void Value(const char* id, std::string_view value, std::string* out) {
  if (value.empty()) return;
  *out += std::string("          <attvalue for=\"") + id + "\"" + Attr("value", value) + "/>\n";
}

void Color(const char* hex, std::string* out) {
  int rgb[3];
  HexColor(hex, rgb);
  *out += "        <viz:color r=\"" + std::to_string(rgb[0]) + "\" g=\"" + std::to_string(rgb[1]) +
          "\" b=\"" + std::to_string(rgb[2]) + "\" a=\"1.0\"/>\n";
}

// A node's size: by degree, or with --metrics by betweenness (10 to 50).
void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, std::string* out) {
  const std::size_t degree = graph.Degree(e.id);
  *out += "      <node" + Attr("id", e.id) + Attr("label", e.label.empty() ? e.id : e.label) +
          ">\n        <attvalues>\n";
  Value("type", TypeName(e.type), out);
  Value("aliases", Join(e.aliases, "|"), out);
  Value("parent", e.parent, out);
  Value("discovered_by", e.discovered_by, out);
  Value("degree", std::to_string(degree), out);
  double size = 10 + 4 * std::sqrt(static_cast<double>(degree));
  if (metrics) {
    const EntityMetrics& m = metrics->Of(e.id);
    for (const auto& [name, text] : MetricTexts(m)) Value(name, text, out);
    size = 10 + (metrics->max_betweenness() > 0 ? 40 * m.betweenness / metrics->max_betweenness() : 0);
  }
  *out += "        </attvalues>\n";
  Color(LookOf(e.type).line, out);
  *out += "        <viz:size value=\"" + FormatFixed(size, 1) + "\"/>\n";
  *out += "      </node>\n";
}

// A dated link lives from its first to its last seen date (the graph is
// then dynamic, dates as its time format): Gephi's timeline plays it.
void WriteEdge(const Link& link, const LinkDates& dates, std::size_t index, std::string* out) {
  const SeenDates seen = dates.Of(link);
  *out += "      <edge id=\"e" + std::to_string(index) + "\"" + Attr("source", link.source) +
          Attr("target", link.target) + Attr("label", link.relation) + " weight=\"" +
          std::to_string(link.weight()) + "\"" +
          (seen.empty() ? std::string() : Attr("start", seen.first) + Attr("end", seen.last)) +
          ">\n        <attvalues>\n";
  Value("relation", link.relation, out);
  Value("kind", link.kind, out);
  Value("hedged", link.hedged() ? "true" : "false", out);
  Value("evidence_count", std::to_string(link.evidence.size()), out);
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) lines.push_back(EvidenceLine(ev));
  Value("evidence", Join(lines, "\n"), out);
  if (!link.evidence.empty()) Value("first_quote", link.evidence.front().text, out);
  Value("first_seen", seen.first, out);
  Value("last_seen", seen.last, out);
  *out += "        </attvalues>\n";
  Color(RelationColor(link.relation), out);
  *out += "        <viz:thickness value=\"" +
          FormatFixed(1 + std::log2(std::max(1, link.weight())), 2) + "\"/>\n";
  if (link.hedged()) *out += "        <viz:shape value=\"dashed\"/>\n";
  *out += "      </edge>\n";
}

class GexfExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    const bool v12 = options.gexf_version == "1.2";
    const LinkDates dates(graph);
    const std::vector<const Link*> links = graph.Links();
    // Dynamic (dates as time format) when any document is dated.
    const bool dated = std::any_of(graph.document_infos().begin(), graph.document_infos().end(),
                                   [](const DocumentInfo& d) { return !d.date.empty(); });
    if (!v12 && options.gexf_version != "1.3")
      return Status::Error("unknown GEXF version \"" + options.gexf_version + "\" (1.2 or 1.3)");
    std::string x =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") +
        (v12 ? "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"\n"
               "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "    xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\"\n"
               "    version=\"1.2\">\n"
             : "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
               "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
               "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
               "    version=\"1.3\">\n") +
        "  <meta>\n    <creator>nexus</creator>\n    <description>" +
        XmlEscape("Nexus knowledge graph of " + Join(graph.documents(), ", "), false) +
        "</description>\n  </meta>\n"
        "  <graph defaultedgetype=\"directed\"" +
        (dated ? " mode=\"dynamic\" timeformat=\"date\">\n" : " mode=\"static\">\n");
    if (options.metrics)
      Declare("node", std::begin(kNodeAttributes), std::end(kNodeAttributes), &x, std::begin(kMetricAttributes),
              std::end(kMetricAttributes));
    else
      Declare("node", std::begin(kNodeAttributes), std::end(kNodeAttributes), &x);
    Declare("edge", std::begin(kEdgeAttributes), std::end(kEdgeAttributes), &x);
    x += "    <nodes>\n";
    for (const Entity* e : graph.Entities()) {
      WriteNode(graph, options.metrics, *e, &x);
      WriteWhenLarge(&x, out);
    }
    if (options.activity_nodes) {
      // --activities nodes: each activity a small node of type "activity".
      const std::vector<const Activity*> activities = graph.Activities();
      for (std::size_t k = 0; k < activities.size(); ++k) {
        x += "      <node" + Attr("id", ActivityNodeId(k)) + Attr("label", ActivityNodeLabel(graph, *activities[k])) +
             ">\n        <attvalues>\n";
        Value("type", "activity", &x);
        Value("degree", std::to_string(ActivityNodeLinks(*activities[k]).size()), &x);
        x += "        </attvalues>\n";
        Color("#674ea7", &x);
        x += "        <viz:size value=\"6.0\"/>\n      </node>\n";
      }
    }
    x += "    </nodes>\n    <edges>\n";
    std::size_t index = 0;
    for (const Link* link : links) {
      WriteEdge(*link, dates, index++, &x);
      WriteWhenLarge(&x, out);
    }
    if (options.activity_nodes) {
      // Edges to the activities' ends, after the links' (ids go on).
      const std::vector<const Activity*> activities = graph.Activities();
      for (std::size_t k = 0; k < activities.size(); ++k)
        for (const ActivityNodeLink& l : ActivityNodeLinks(*activities[k])) {
          x += "      <edge id=\"e" + std::to_string(index++) + "\"" + Attr("source", ActivityNodeId(k)) +
               Attr("target", l.target) + Attr("label", l.role) + " weight=\"" + std::to_string(l.weight) +
               "\">\n        <attvalues>\n";
          Value("relation", l.role, &x);
          Value("kind", "activity", &x);
          x += "        </attvalues>\n";
          Color("#674ea7", &x);
          x += "      </edge>\n";
        }
    }
    x += "    </edges>\n  </graph>\n</gexf>\n";
    out.write(x.data(), static_cast<std::streamsize>(x.size()));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeGexfExporter() { return std::make_unique<GexfExporter>(); }

}  // namespace nexus
