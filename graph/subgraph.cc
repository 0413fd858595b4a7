#include "graph/subgraph.h"

#include "graph/entity_resolver.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

namespace nexus {

Status MakeSubgraph(const KnowledgeGraph& in, const SubgraphFilter& filter, KnowledgeGraph* out) {
  if (filter.depth < 0) return Status::Error("--depth must be 0 or more");
  std::set<std::string> kept;
  for (const Entity* e : in.Entities())
    if (filter.types.empty() ||
        std::find(filter.types.begin(), filter.types.end(), e->type) != filter.types.end())
      kept.insert(e->id);
  for (const std::string& name : filter.exclude) {
    const Entity* e = nullptr;
    if (Status s = ResolveEntity(in, name, &e); !s.ok())
      return Status::Error("--exclude: " + s.message());
    kept.erase(e->id);
  }
  std::vector<const Link*> links;
  for (const Link* link : in.Links())
    if (kept.count(link->source) && kept.count(link->target) &&
        link->weight() >= filter.min_weight)
      links.push_back(link);
  if (filter.min_weight > 1) {
    std::set<std::string> linked;
    for (const Link* link : links) linked.insert({link->source, link->target});
    kept = std::move(linked);
  }
  if (!filter.focus.empty()) {
    const Entity* focus = nullptr;
    if (Status s = ResolveEntity(in, filter.focus, &focus); !s.ok())
      return Status::Error("--focus: " + s.message());
    const std::string start = focus->id;
    if (!kept.count(start))
      return Status::Error("--focus: " + start + " is removed by the other filters");
    std::map<std::string, std::vector<std::string>> next;
    for (const Link* link : links) {
      next[link->source].push_back(link->target);
      next[link->target].push_back(link->source);
    }
    std::map<std::string, int> distance{{start, 0}};
    std::deque<std::string> queue{start};
    while (!queue.empty()) {
      const std::string id = queue.front();
      queue.pop_front();
      if (distance[id] == filter.depth) continue;
      for (const std::string& n : next[id])
        if (distance.emplace(n, distance[id] + 1).second) queue.push_back(n);
    }
    std::set<std::string> reached;
    for (const auto& [id, d] : distance) reached.insert(id);
    kept = std::move(reached);
  }
  for (const std::string& doc : in.documents()) out->AddDocument(doc);
  for (const std::string& id : kept) out->AddEntity(*in.FindEntity(id));
  std::set<std::tuple<std::string, std::string, std::string>> joined;  // kept (source, relation, target)
  for (const Link* link : links) {
    if (!kept.count(link->source) || !kept.count(link->target)) continue;
    joined.insert({link->source, link->relation, link->target});
    for (const Evidence& ev : link->evidence)
      out->AddEvidence(link->source, link->target, link->relation, link->kind, ev);
  }
  // An activity goes with its actor -> crime link; its places with their
  // entities (AddActivity leaves out those that are not kept).
  for (const Activity* a : in.Activities())
    if (joined.count({a->actor, a->relation, a->crime}))
      for (const ActivityEvidence& ev : a->evidence) out->AddActivity(a->relation, a->actor, a->crime, ev);
  return Status::Ok();
}

}  // namespace nexus
