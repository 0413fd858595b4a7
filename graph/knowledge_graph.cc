#include "graph/knowledge_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>

namespace nexus {

bool Link::hedged() const {
  if (evidence.empty()) return false;
  for (const Evidence& e : evidence)
    if (!e.hedged) return false;
  return true;
}

struct KnowledgeGraph::Impl {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      Entity, Link>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  Graph graph;
  std::map<std::string, Vertex> by_id;
  std::map<std::tuple<std::string, std::string, std::string>, Edge> by_key;
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

bool KnowledgeGraph::AddEntity(const Entity& entity) {
  auto it = impl_->by_id.find(entity.id);
  if (it == impl_->by_id.end()) {
    Impl::Vertex v = boost::add_vertex(entity, impl_->graph);
    impl_->by_id.emplace(entity.id, v);
    Entity& stored = impl_->graph[v];
    std::sort(stored.aliases.begin(), stored.aliases.end());
    stored.aliases.erase(std::unique(stored.aliases.begin(), stored.aliases.end()),
                         stored.aliases.end());
    return true;
  }
  Entity& node = impl_->graph[it->second];
  if (node.type != entity.type) return false;
  if (node.label.empty()) node.label = entity.label;
  if (node.parent.empty()) node.parent = entity.parent;
  for (const std::string& alias : entity.aliases) {
    if (alias == node.label) continue;
    auto pos = std::lower_bound(node.aliases.begin(), node.aliases.end(), alias);
    if (pos == node.aliases.end() || *pos != alias) node.aliases.insert(pos, alias);
  }
  // A gazetteer entity wins over a discovered one with the same id.
  if (entity.discovered_by.empty()) node.discovered_by.clear();
  return true;
}

bool KnowledgeGraph::AddEvidence(const std::string& source, const std::string& target,
                                 const std::string& relation, const std::string& kind,
                                 Evidence evidence) {
  auto s = impl_->by_id.find(source);
  auto t = impl_->by_id.find(target);
  if (s == impl_->by_id.end() || t == impl_->by_id.end()) return false;
  auto key = std::make_tuple(source, target, relation);
  auto found = impl_->by_key.find(key);
  if (found == impl_->by_key.end()) {
    Link link;
    link.source = source;
    link.target = target;
    link.relation = relation;
    link.kind = kind;
    auto added = boost::add_edge(s->second, t->second, link, impl_->graph);
    found = impl_->by_key.emplace(key, added.first).first;
  }
  Link& link = impl_->graph[found->second];
  auto less = [](const Evidence& a, const Evidence& b) {
    return std::tie(a.document, a.span) < std::tie(b.document, b.span);
  };
  auto pos = std::lower_bound(link.evidence.begin(), link.evidence.end(), evidence, less);
  if (pos != link.evidence.end() && pos->document == evidence.document &&
      pos->span == evidence.span) {
    // The same sentence again (another rule, or the same claim twice): an
    // unhedged reading wins, and nothing else changes.
    pos->hedged = pos->hedged && evidence.hedged;
    return true;
  }
  link.evidence.insert(pos, std::move(evidence));
  return true;
}

void KnowledgeGraph::AddDocument(const std::string& name) {
  documents_.push_back(name);
}

std::vector<const Entity*> KnowledgeGraph::Entities() const {
  std::vector<const Entity*> out;
  out.reserve(impl_->by_id.size());
  for (const auto& [id, v] : impl_->by_id) out.push_back(&impl_->graph[v]);
  return out;  // std::map keeps ids sorted
}

std::vector<const Link*> KnowledgeGraph::Links() const {
  std::vector<const Link*> out;
  out.reserve(impl_->by_key.size());
  for (const auto& [key, e] : impl_->by_key) out.push_back(&impl_->graph[e]);
  return out;  // sorted by (source, target, relation)
}

const Entity* KnowledgeGraph::FindEntity(const std::string& id) const {
  auto it = impl_->by_id.find(id);
  return it == impl_->by_id.end() ? nullptr : &impl_->graph[it->second];
}

std::size_t KnowledgeGraph::entity_count() const { return impl_->by_id.size(); }
std::size_t KnowledgeGraph::link_count() const { return impl_->by_key.size(); }

std::size_t KnowledgeGraph::Degree(const std::string& id) const {
  auto it = impl_->by_id.find(id);
  if (it == impl_->by_id.end()) return 0;
  return boost::in_degree(it->second, impl_->graph) +
         boost::out_degree(it->second, impl_->graph);
}

}  // namespace nexus
