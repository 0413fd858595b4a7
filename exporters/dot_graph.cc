#include "exporters/dot_graph.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <set>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

// agwrite writes through the graph's I/O discipline: ours appends to the
// DotSink passed as the channel, which hands its text to its stream a
// megabyte at a time.
struct DotSink {
  std::string* text;
  std::ostream* out;
};
int PutStr(void* chan, const char* s) {
  DotSink& sink = *static_cast<DotSink*>(chan);
  sink.text->append(s);
  WriteWhenLarge(sink.text, *sink.out);
  return 0;
}
int Flush(void*) { return 0; }
Agiodisc_t kStringIo = {nullptr, PutStr, Flush};
Agdisc_t kDisc = {&AgMemDisc, &AgIdDisc, &kStringIo};

// cgraph takes char* everywhere but copies what it is given.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

// Every attribute the exporter sets, with its default.
void DeclareAttributes(Agraph_t* g) {
  struct Decl { int kind; const char* name; const char* value; };
  static const Decl kDecls[] = {
      {AGRAPH, "rankdir", "LR"},       {AGRAPH, "overlap", "false"},
      {AGRAPH, "splines", "true"},     {AGRAPH, "fontname", "Helvetica"},
      {AGRAPH, "fontsize", "12"},      {AGRAPH, "label", ""},
      {AGRAPH, "labelloc", "b"},       {AGRAPH, "outputorder", "edgesfirst"},
      {AGRAPH, "nodesep", "0.25"},     {AGRAPH, "ranksep", "0.5"},
      {AGRAPH, "sep", "+4"},           {AGRAPH, "pad", "0.2"},
      {AGNODE, "label", "\\N"},        {AGNODE, "shape", "ellipse"},
      {AGNODE, "style", "filled"},     {AGNODE, "fillcolor", "white"},
      {AGNODE, "color", "black"},      {AGNODE, "fontname", "Helvetica"},
      {AGNODE, "fontsize", "10"},      {AGNODE, "tooltip", ""},
      {AGNODE, "margin", "0.08,0.04"},
      {AGEDGE, "label", ""},           {AGEDGE, "penwidth", "1"},
      {AGEDGE, "style", "solid"},      {AGEDGE, "color", "#555555"},
      {AGEDGE, "fontname", "Helvetica"}, {AGEDGE, "fontsize", "9"},
      {AGEDGE, "fontcolor", "#555555"}, {AGEDGE, "tooltip", ""},
      {AGEDGE, "arrowsize", "0.7"},
  };
  for (const Decl& d : kDecls) agattr(g, d.kind, C(d.name), C(d.value));
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

// Spacing for a drawing: dot ranks left to right; the force-directed
// engines remove node overlaps and keep a margin around every node.
void SetLayoutAttributes(Agraph_t* g, const DotStyle& style) {
  if (!style.drawing) return;
  if (style.layout == "dot") {
    Set(g, "ranksep", "1.2");
    Set(g, "nodesep", "0.12");
  } else if (style.layout == "circo") {
    Set(g, "nodesep", "0.1");
  } else {
    Set(g, "overlap", "prism");
    Set(g, "sep", "+12");
  }
}

constexpr const char* kActivityColor = "#674ea7";

void StyleNode(Agnode_t* n, EntityType type) {
  const TypeLook& look = LookOf(type);
  Set(n, "shape", look.dot_shape);
  Set(n, "fillcolor", look.fill);
  Set(n, "color", look.line);
}

std::string NodeTooltip(const Entity& e) {
  std::string tip = e.id;
  if (!e.aliases.empty()) {
    tip += "\naliases: ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) tip += (i ? ", " : "") + e.aliases[i];
  }
  return DotEscape(tip);
}

void AddEdge(Agraph_t* g, Agnode_t* tail, Agnode_t* head, const Link& link, bool label) {
  Agedge_t* e = agedge(g, tail, head, nullptr, 1);
  if (label) Set(e, "label", DotEscape(link.relation));
  const char* color = RelationColor(link.relation);
  Set(e, "color", color);
  Set(e, "fontcolor", color);
  const double weight = std::max(1, link.weight());
  Set(e, "penwidth", FormatFixed(1 + std::log2(weight), 2));
  if (link.hedged()) Set(e, "style", "dashed");
  std::string tip = link.relation;
  if (!link.evidence.empty()) tip += ": " + TruncateUtf8(link.evidence.front().text, 200);
  Set(e, "tooltip", DotEscape(tip));
}

// The legend, an HTML-like table of fixed text only (nothing from the input):
// the entity types and relations the graph holds, in their colours, and the
// meaning of dashes and widths.
std::string LegendHtml(const KnowledgeGraph& graph, bool activities) {
  std::set<EntityType> types;
  for (const Entity* e : graph.Entities()) types.insert(e->type);
  std::set<std::string> relations;
  bool hedged = false;
  for (const Link* link : graph.Links()) {
    relations.insert(link->relation);
    hedged = hedged || link->hedged();
  }
  std::string h =
      "<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
      "CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (const TypeLook& s : TypeLooks()) {
    if (!types.count(s.type)) continue;
    h += std::string("<TR><TD BORDER=\"1\" COLOR=\"") + s.line + "\" BGCOLOR=\"" + s.fill +
         "\">" + TypeName(s.type) + "</TD><TD ALIGN=\"LEFT\">" + s.dot_shape + "</TD></TR>";
  }
  auto arrow = [&h](const char* color, const char* text) {
    h += std::string("<TR><TD><FONT COLOR=\"") + color + "\">&#8212;&#8212;&#9658;</FONT></TD>" +
         "<TD ALIGN=\"LEFT\">" + text + "</TD></TR>";
  };
  for (const RelationLook& r : RelationLooks())
    if (relations.erase(r.relation)) arrow(r.color, r.relation);
  if (!relations.empty()) arrow(RelationColor(""), "other relations");
  if (hedged)
    h += "<TR><TD>- - -</TD><TD ALIGN=\"LEFT\">hedged: every sentence is hedged</TD></TR>";
  if (graph.link_count() > 0)
    h += "<TR><TD>width</TD><TD ALIGN=\"LEFT\">more sentences, wider line</TD></TR>";
  if (activities)
    h += std::string("<TR><TD><FONT COLOR=\"") + kActivityColor +
         "\">&#9679; &#183;&#183;&#183;</FONT></TD><TD ALIGN=\"LEFT\">activity: actor, crime, places</TD></TR>";
  return h + "</TABLE>";
}

void AddLegend(Agraph_t* g, const KnowledgeGraph& graph, bool activities) {
  std::string html = LegendHtml(graph, activities);
  char* label = agstrdup_html(g, C(html));
  agsafeset(g, C("label"), label, C(""));
  agstrfree(g, label);
}

}  // namespace

std::string WrapLabel(const std::string& text, std::size_t width) {
  std::string out;
  std::size_t line = 0;  // bytes on the current line
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find_first_of(" \n", pos);
    if (end == std::string::npos) end = text.size();
    const std::size_t word = end - pos;
    if (line > 0 && line + 1 + word > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out.append(text, pos, word);
    line += word;
    if (end < text.size() && text[end] == '\n') {
      out += '\n';
      line = 0;
    }
    pos = end + 1;
  }
  return out;
}

Status BuildDotGraph(const KnowledgeGraph& graph, const DotStyle& style, AgraphPtr* out) {
  AgraphPtr g(agopen(C("nexus"), Agdirected, &kDisc));
  if (!g) return Status::Error("graphviz: agopen failed");
  DeclareAttributes(g.get());
  SetLayoutAttributes(g.get(), style);
  std::map<std::string, Agnode_t*> nodes;
  for (const Entity* e : graph.Entities()) {
    Agnode_t* n = agnode(g.get(), C(DotId(e->id)), 1);
    if (!n) return Status::Error("graphviz: cannot add node " + ValidUtf8(e->id));
    std::string label = e->label.empty() ? e->id : e->label;
    if (style.drawing) label = WrapLabel(label, 24);
    Set(n, "label", DotEscape(label));
    Set(n, "tooltip", NodeTooltip(*e));
    StyleNode(n, e->type);
    if (style.metrics) {
      const EntityMetrics& m = style.metrics->Of(e->id);
      for (const auto& [name, text] : MetricTexts(m)) Set(n, name, text);
      // As large as its betweenness: 0.6 to 2.4 inches wide.
      const double max = style.metrics->max_betweenness();
      const double width = 0.6 + (max > 0 ? 1.8 * m.betweenness / max : 0.0);
      Set(n, "width", FormatFixed(width, 2));
      Set(n, "height", FormatFixed(width * 0.5, 2));
    }
    nodes.emplace(e->id, n);
  }
  const bool edge_labels =
      !style.drawing || graph.link_count() <= static_cast<std::size_t>(kMaxLabelledEdges);
  for (const Link* link : graph.Links()) {
    auto tail = nodes.find(link->source);
    auto head = nodes.find(link->target);
    if (tail == nodes.end() || head == nodes.end())
      return Status::Error("graphviz: link to an unknown entity " + ValidUtf8(link->source) +
                           " -> " + ValidUtf8(link->target));
    AddEdge(g.get(), tail->second, head->second, *link, edge_labels);
  }
  if (style.activities) {
    const std::vector<const Activity*> activities = graph.Activities();
    for (std::size_t k = 0; k < activities.size(); ++k) {
      Agnode_t* n = agnode(g.get(), C(DotId(ActivityNodeId(k))), 1);
      if (!n) return Status::Error("graphviz: cannot add an activity node");
      Set(n, "label", "");
      Set(n, "shape", "point");
      Set(n, "width", "0.12");
      Set(n, "color", kActivityColor);
      Set(n, "fillcolor", kActivityColor);
      Set(n, "tooltip", DotEscape(ActivityNodeLabel(graph, *activities[k])));
      for (const ActivityNodeLink& l : ActivityNodeLinks(*activities[k])) {
        auto end = nodes.find(l.target);
        if (end == nodes.end()) continue;
        Agedge_t* e = agedge(g.get(), n, end->second, nullptr, 1);
        Set(e, "color", kActivityColor);
        Set(e, "style", "dotted");
        Set(e, "arrowhead", "none");
        Set(e, "tooltip", DotEscape(std::string(l.role) + " of " + ActivityNodeLabel(graph, *activities[k])));
      }
    }
  }
  AddLegend(g.get(), graph, style.activities && graph.activity_count() > 0);
  *out = std::move(g);
  return Status::Ok();
}

Status WriteDot(Agraph_t* g, std::ostream& out) {
  GraphvizMessages messages;
  std::string text;
  DotSink sink{&text, &out};
  if (agwrite(g, &sink) != 0) return Status::Error("graphviz: agwrite failed: " + messages.message());
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  return Status::Ok();
}

namespace {
std::string* g_sink = nullptr;  // text_ of the innermost live GraphvizMessages

int Collect(char* text) {
  if (g_sink != nullptr && text != nullptr) g_sink->append(text);
  return 0;
}
}  // namespace

GraphvizMessages::GraphvizMessages() : previous_sink_(g_sink) {
  g_sink = &text_;
  previous_ = agseterrf(Collect);
}

GraphvizMessages::~GraphvizMessages() {
  agseterrf(previous_);
  g_sink = previous_sink_;
}

std::string GraphvizMessages::message() const {
  const auto first = text_.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  const auto last = text_.find_last_not_of(" \t\r\n");
  return ValidUtf8(text_.substr(first, last - first + 1));
}

}  // namespace nexus
