#include "exporters/dot_graph.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "exporters/text_util.h"

namespace nexus {
namespace {

// agwrite writes through the graph's I/O discipline: ours appends to the
// std::string passed as the channel.
int PutStr(void* chan, const char* s) {
  static_cast<std::string*>(chan)->append(s);
  return 0;
}
int Flush(void*) { return 0; }
Agiodisc_t kStringIo = {nullptr, PutStr, Flush};
Agdisc_t kDisc = {&AgMemDisc, &AgIdDisc, &kStringIo};

// cgraph takes char* everywhere but copies what it is given.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

struct TypeStyle {
  EntityType type;
  const char* shape;
  const char* fill;
  const char* line;
};

constexpr TypeStyle kStyles[] = {
    {EntityType::kGroup, "octagon", "#f4cccc", "#990000"},
    {EntityType::kCrime, "diamond", "#fce5cd", "#b45f06"},
    {EntityType::kRegion, "ellipse", "#d9ead3", "#38761d"},
    {EntityType::kUnEntity, "box", "#cfe2f3", "#1155cc"},
};

const TypeStyle& StyleOf(EntityType type) {
  for (const TypeStyle& s : kStyles)
    if (s.type == type) return s;
  return kStyles[0];
}

// Every attribute the exporter sets, with its default.
void DeclareAttributes(Agraph_t* g) {
  struct Decl { int kind; const char* name; const char* value; };
  static const Decl kDecls[] = {
      {AGRAPH, "rankdir", "LR"},       {AGRAPH, "overlap", "false"},
      {AGRAPH, "splines", "true"},     {AGRAPH, "fontname", "Helvetica"},
      {AGRAPH, "fontsize", "12"},      {AGRAPH, "label", ""},
      {AGRAPH, "style", ""},           {AGRAPH, "color", ""},
      {AGNODE, "label", "\\N"},        {AGNODE, "shape", "ellipse"},
      {AGNODE, "style", "filled"},     {AGNODE, "fillcolor", "white"},
      {AGNODE, "color", "black"},      {AGNODE, "fontname", "Helvetica"},
      {AGNODE, "fontsize", "10"},      {AGNODE, "tooltip", ""},
      {AGEDGE, "label", ""},           {AGEDGE, "penwidth", "1"},
      {AGEDGE, "style", "solid"},      {AGEDGE, "color", "#555555"},
      {AGEDGE, "fontname", "Helvetica"}, {AGEDGE, "fontsize", "9"},
      {AGEDGE, "tooltip", ""},
  };
  for (const Decl& d : kDecls) agattr(g, d.kind, C(d.name), C(d.value));
}

void Set(void* obj, const char* name, const std::string& value) {
  agsafeset(obj, C(name), C(value), C(""));
}

void StyleNode(Agnode_t* n, EntityType type) {
  const TypeStyle& s = StyleOf(type);
  Set(n, "shape", s.shape);
  Set(n, "fillcolor", s.fill);
  Set(n, "color", s.line);
}

std::string NodeTooltip(const Entity& e) {
  std::string tip = e.id;
  if (!e.aliases.empty()) {
    tip += "\naliases: ";
    for (std::size_t i = 0; i < e.aliases.size(); ++i) tip += (i ? ", " : "") + e.aliases[i];
  }
  return DotEscape(tip);
}

void AddEdge(Agraph_t* g, Agnode_t* tail, Agnode_t* head, const Link& link) {
  Agedge_t* e = agedge(g, tail, head, nullptr, 1);
  Set(e, "label", DotEscape(link.relation));
  const double weight = std::max(1, link.weight());
  Set(e, "penwidth", FormatFixed(1 + std::log2(weight), 2));
  if (link.hedged()) Set(e, "style", "dashed");
  if (!link.evidence.empty())
    Set(e, "tooltip", DotEscape(TruncateUtf8(link.evidence.front().text, 200)));
}

void AddLegend(Agraph_t* g) {
  Agraph_t* legend = agsubg(g, C("cluster_legend"), 1);
  Set(legend, "label", "Legend");
  Set(legend, "style", "dashed");
  Set(legend, "color", "#999999");
  for (const TypeStyle& s : kStyles) {
    const std::string name = TypeName(s.type);
    Agnode_t* n = agnode(legend, C("legend:" + name), 1);
    Set(n, "label", name);
    StyleNode(n, s.type);
  }
}

}  // namespace

Status BuildDotGraph(const KnowledgeGraph& graph, AgraphPtr* out) {
  AgraphPtr g(agopen(C("nexus"), Agdirected, &kDisc));
  if (!g) return Status::Error("graphviz: agopen failed");
  DeclareAttributes(g.get());
  std::map<std::string, Agnode_t*> nodes;
  for (const Entity* e : graph.Entities()) {
    Agnode_t* n = agnode(g.get(), C(DotId(e->id)), 1);
    if (!n) return Status::Error("graphviz: cannot add node " + ValidUtf8(e->id));
    Set(n, "label", DotEscape(e->label.empty() ? e->id : e->label));
    Set(n, "tooltip", NodeTooltip(*e));
    StyleNode(n, e->type);
    nodes.emplace(e->id, n);
  }
  for (const Link* link : graph.Links()) {
    auto tail = nodes.find(link->source);
    auto head = nodes.find(link->target);
    if (tail == nodes.end() || head == nodes.end())
      return Status::Error("graphviz: link to an unknown entity " + ValidUtf8(link->source) +
                           " -> " + ValidUtf8(link->target));
    AddEdge(g.get(), tail->second, head->second, *link);
  }
  AddLegend(g.get());
  *out = std::move(g);
  return Status::Ok();
}

Status WriteDotText(Agraph_t* g, std::string* out) {
  GraphvizMessages messages;
  if (agwrite(g, out) != 0) return Status::Error("graphviz: agwrite failed: " + messages.message());
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
