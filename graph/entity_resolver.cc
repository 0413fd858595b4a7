#include "graph/entity_resolver.h"

#include <algorithm>

#include "graph/fold.h"
#include "graph/utf8.h"

namespace nexus {
namespace {

std::size_t EditDistance(std::string_view a, std::string_view b) {
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

// Every name an entity goes by: its id, its id's slug, label and aliases.
std::vector<std::string_view> NamesOf(const Entity& e) {
  std::vector<std::string_view> names = {e.id, e.label};
  if (std::size_t colon = e.id.find(':'); colon != std::string::npos)
    names.push_back(std::string_view(e.id).substr(colon + 1));
  names.insert(names.end(), e.aliases.begin(), e.aliases.end());
  return names;
}

}  // namespace

std::string FoldEntityName(std::string_view name) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < name.size();) {
    const char32_t c = NextCodePoint(name, &i);
    char folded = 0;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) folded = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') folded = static_cast<char>(c - 'A' + 'a');
    else if (IsApostrophe(c)) continue;
    else folded = FoldLatin(c);
    if (!folded) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += folded;
  }
  return out;
}

EntityMatch LookUpEntity(const KnowledgeGraph& graph, std::string_view name) {
  EntityMatch found;
  if (const Entity* e = graph.FindEntity(std::string(name))) {
    found.entity = e;
    return found;
  }
  const std::string want = FoldEntityName(name);
  const std::vector<const Entity*> entities = graph.Entities();
  for (const Entity* e : entities)
    for (std::string_view n : NamesOf(*e))
      if (!want.empty() && FoldEntityName(n) == want) {
        found.ambiguous.push_back(e);
        break;
      }
  if (found.ambiguous.size() == 1) {
    found.entity = found.ambiguous.front();
    found.ambiguous.clear();
  }
  if (found.entity || !found.ambiguous.empty()) return found;
  // No entity has that name: the one whose name is the fewest edits away,
  // looked for only now (a distance to every name of a large graph).
  std::size_t best = std::string::npos;
  for (const Entity* e : entities)
    for (std::string_view n : NamesOf(*e))
      if (const std::size_t d = EditDistance(FoldEntityName(n), want); d < best) {
        best = d;
        found.nearest = e;
      }
  return found;
}

Status ResolveEntity(const KnowledgeGraph& graph, std::string_view name, const Entity** entity) {
  const EntityMatch found = LookUpEntity(graph, name);
  *entity = found.entity;
  if (found.entity) return Status::Ok();
  const std::string quoted = "'" + ValidUtf8(name) + "'";
  if (!found.ambiguous.empty()) {
    std::string ids;
    for (const Entity* e : found.ambiguous) ids += (ids.empty() ? "" : ", ") + e->id;
    return Status::Error("entity " + quoted + " is ambiguous: " + ids + "; give an id");
  }
  if (!found.nearest) return Status::Error("unknown entity " + quoted + " (the graph is empty)");
  return Status::Error("unknown entity " + quoted + "; did you mean '" + found.nearest->id + "' (" +
                       found.nearest->label + ")?");
}

}  // namespace nexus
