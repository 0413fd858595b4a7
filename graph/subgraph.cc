#include "graph/subgraph.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>

namespace nexus {
namespace {

std::string Fold(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// The id whose id, label or alias is nearest to `name`.
std::string Nearest(const KnowledgeGraph& graph, const std::string& name) {
  const std::string folded = Fold(name);
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const Entity* e : graph.Entities()) {
    std::vector<std::string> names = e->aliases;
    names.push_back(e->id);
    names.push_back(e->label);
    for (const std::string& n : names) {
      const std::size_t d = EditDistance(folded, Fold(n));
      if (d < best_distance) {
        best_distance = d;
        best = e->id;
      }
    }
  }
  return best;
}

}  // namespace

Status ResolveEntity(const KnowledgeGraph& graph, const std::string& name, std::string* id) {
  if (graph.FindEntity(name) != nullptr) {
    *id = name;
    return Status::Ok();
  }
  const std::string folded = Fold(name);
  std::set<std::string> found;
  for (const Entity* e : graph.Entities()) {
    if (Fold(e->id) == folded || Fold(e->label) == folded) found.insert(e->id);
    for (const std::string& alias : e->aliases)
      if (Fold(alias) == folded) found.insert(e->id);
  }
  if (found.size() == 1) {
    *id = *found.begin();
    return Status::Ok();
  }
  if (found.size() > 1) {
    std::string ids;
    for (const std::string& f : found) ids += (ids.empty() ? "" : ", ") + f;
    return Status::Error("entity '" + name + "' is ambiguous: " + ids + "; give an id");
  }
  const std::string near = Nearest(graph, name);
  return Status::Error("unknown entity '" + name + "'" +
                       (near.empty() ? std::string(" (the graph is empty)")
                                     : "; did you mean '" + near + "'?"));
}

Status MakeSubgraph(const KnowledgeGraph& in, const SubgraphFilter& filter, KnowledgeGraph* out) {
  if (filter.depth < 0) return Status::Error("--depth must be 0 or more");
  std::set<std::string> kept;
  for (const Entity* e : in.Entities())
    if (filter.types.empty() ||
        std::find(filter.types.begin(), filter.types.end(), e->type) != filter.types.end())
      kept.insert(e->id);
  for (const std::string& name : filter.exclude) {
    std::string id;
    if (Status s = ResolveEntity(in, name, &id); !s.ok())
      return Status::Error("--exclude: " + s.message());
    kept.erase(id);
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
    std::string start;
    if (Status s = ResolveEntity(in, filter.focus, &start); !s.ok())
      return Status::Error("--focus: " + s.message());
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
  for (const Link* link : links) {
    if (!kept.count(link->source) || !kept.count(link->target)) continue;
    for (const Evidence& ev : link->evidence)
      out->AddEvidence(link->source, link->target, link->relation, link->kind, ev);
  }
  return Status::Ok();
}

}  // namespace nexus
