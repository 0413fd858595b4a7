// The entity a person names on the command line (--focus, --exclude,
// explain, query): an id, a label or an alias, case, accents, apostrophes
// and punctuation folded; an id's slug alone ("boko_haram") too. One
// resolver for every command, so that a name means the same entity in each.
#ifndef NEXUS_GRAPH_ENTITY_RESOLVER_H_
#define NEXUS_GRAPH_ENTITY_RESOLVER_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/status.h"

namespace nexus {

// A name folded for comparison: letters and digits in lower-case ASCII
// (accented Latin letters folded), apostrophes dropped, every other run of
// characters one space. "Da’esh" -> "daesh", "Côte d'Ivoire" -> "cote divoire".
std::string FoldEntityName(std::string_view name);

struct EntityMatch {
  const Entity* entity = nullptr;          // the one entity the name means
  std::vector<const Entity*> ambiguous;    // several entities have that name
  const Entity* nearest = nullptr;         // none has it: the nearest name's entity
};

// What `name` names in `graph`: an exact id first, then folded ids, slugs,
// labels and aliases; when none matches, the entity whose name is the
// fewest edits away (folded).
EntityMatch LookUpEntity(const KnowledgeGraph& graph, std::string_view name);

// The same as a status: OK with *entity set, or an error that names the
// candidates ("entity 'Al' is ambiguous: group:a, group:b; give an id") or
// the nearest entity ("unknown entity 'Boko Harm'; did you mean
// 'group:boko_haram' (Boko Haram)?").
Status ResolveEntity(const KnowledgeGraph& graph, std::string_view name, const Entity** entity);

}  // namespace nexus

#endif  // NEXUS_GRAPH_ENTITY_RESOLVER_H_
