// Names and looks shared by the exporters: the class name of each entity
// type, the upper-case relationship type of a relation (Neo4j), type and
// relation colours, and the one-line form of a piece of evidence.
#ifndef NEXUS_EXPORTERS_VOCABULARY_H_
#define NEXUS_EXPORTERS_VOCABULARY_H_

#include <string>
#include <string_view>
#include <vector>

#include "graph/entity.h"
#include "graph/knowledge_graph.h"

namespace nexus {

struct TypeLook {
  EntityType type;
  const char* class_name;  // "Group", "Crime", "Region", "UnEntity"
  const char* fill;        // "#f4cccc"
  const char* line;        // "#990000"
  const char* dot_shape;   // graphviz shape
  const char* yed_shape;   // yFiles ShapeNode shape
};

// The four types, in the order of EntityType.
const std::vector<TypeLook>& TypeLooks();
const TypeLook& LookOf(EntityType type);

// The edge colour of a relation ("#555555" for one not in the table below).
struct RelationLook {
  const char* relation;
  const char* color;
};
const std::vector<RelationLook>& RelationLooks();
const char* RelationColor(std::string_view relation);

// "profits_from" -> "PROFITS_FROM": ASCII letters upper-cased, every other
// character but digits and '_' replaced by '_'; never empty ("RELATED").
std::string RelationshipType(std::string_view relation);

// "#990000" -> {153, 0, 0}.
void HexColor(const char* hex, int rgb[3]);

std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// An activity drawn as a node (--activities nodes): its id ("activity:<n>",
// n from 1 in the graph's order), its label ("Islamic State ... - oil
// smuggling - Iraq, Syrian Arab Republic"), and its links: to its actor
// ("actor"), its crime ("crime") and each place ("place", weighted by the
// sentences that give it).
struct ActivityNodeLink {
  std::string target;
  const char* role;
  int weight;
};
std::string ActivityNodeId(std::size_t index);
std::string ActivityNodeLabel(const KnowledgeGraph& graph, const Activity& a);
std::vector<ActivityNodeLink> ActivityNodeLinks(const Activity& a);

// One line for a piece of evidence: "doc ¶26 s.1 [1234,1400): text"
// (paragraph "#<index>" when it has no label).
std::string EvidenceLine(const Evidence& ev);

// A sentence's id for the databases' sentence nodes, the same whichever
// graph it comes from: "<document path>#<begin>-<end>", with ';' in the path
// written as ',' (the array delimiter of Neo4j's import).
std::string SentenceId(std::string_view document, const Span& span);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_VOCABULARY_H_
