// Writes a synthetic knowledge graph of NODES entities and EDGES links as the
// HTML explorer page, for the browser test's load and interaction figures.
//   nexus_synthetic_graph NODES EDGES OUTPUT.html
// The graph is the same for the same arguments (a fixed pseudo-random walk).
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <utility>

#include "exporters/exporter.h"
#include "graph/relation.h"

namespace {

using nexus::EntityType;

constexpr EntityType kTypes[] = {EntityType::kGroup, EntityType::kCrime, EntityType::kRegion,
                                 EntityType::kUnEntity};
constexpr const char* kNames[] = {"Group", "Crime", "Region", "Agency"};

std::uint64_t Next(std::uint64_t* state) {
  *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
  return *state >> 33;
}

std::string Name(std::size_t i) { return std::string(kNames[i % 4]) + " " + std::to_string(i); }

nexus::Entity MakeEntity(std::size_t i) {
  nexus::Entity e;
  e.type = kTypes[i % 4];
  e.id = std::string(nexus::TypeName(e.type)) + ":synthetic_" + std::to_string(i);
  e.label = Name(i);
  e.aliases = {std::string(1, kNames[i % 4][0]) + "-" + std::to_string(i)};
  return e;
}

}  // namespace

// The first relation joining the two types, in that direction.
bool LinkKind(nexus::EntityType from, nexus::EntityType to, std::string* kind, std::string* relation) {
  for (const nexus::Relation& r : nexus::Relations())
    if (r.from == from && r.to == to) {
      *kind = r.kind;
      *relation = r.name;
      return true;
    }
  return false;
}

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: nexus_synthetic_graph NODES EDGES OUTPUT.html\n");
    return 2;
  }
  const std::size_t node_count = std::stoul(argv[1]);
  const std::size_t edge_count = std::stoul(argv[2]);
  nexus::KnowledgeGraph graph;
  graph.AddDocument("synthetic.txt");
  for (std::size_t i = 0; i < node_count; ++i) graph.AddEntity(MakeEntity(i));
  std::uint64_t state = 42;
  std::size_t sentence = 0;
  const std::size_t max_tries = 100 * edge_count;
  for (std::size_t tries = 0;
       graph.link_count() < edge_count && node_count > 1 && tries < max_tries; ++tries) {
    std::size_t a = Next(&state) % node_count, b = Next(&state) % node_count;
    std::string kind, relation;
    if (a == b) continue;
    if (!LinkKind(kTypes[a % 4], kTypes[b % 4], &kind, &relation)) {
      std::swap(a, b);
      if (!LinkKind(kTypes[a % 4], kTypes[b % 4], &kind, &relation)) continue;
    }
    const int pieces = 1 + static_cast<int>(Next(&state) % 3);
    for (int k = 0; k < pieces; ++k, ++sentence) {
      nexus::Evidence ev;
      ev.document = "synthetic.txt";
      ev.paragraph = std::to_string(sentence / 4 + 1);
      ev.paragraph_index = sentence / 4;
      ev.sentence = sentence % 4;
      const std::string source = Name(a), target = Name(b);
      ev.text = "According to Member States, " + source + " is linked to " + target +
                " (synthetic sentence " + std::to_string(sentence) + ").";
      ev.span = {sentence * 200, sentence * 200 + ev.text.size()};
      const std::size_t at = 28 + source.size() + 14;  // after "... is linked to "
      ev.marks = {{28, 28 + source.size()}, {at, at + target.size()}};
      ev.hedged = Next(&state) % 5 == 0;
      ev.rule = "synthetic";
      graph.AddEvidence(MakeEntity(a).id, MakeEntity(b).id, relation, kind, ev);
    }
  }
  std::ofstream out(argv[3], std::ios::binary);
  const nexus::Status status = nexus::FindExporter("html")->Write(graph, out);
  out.close();
  if (!status.ok() || !out) {
    std::fprintf(stderr, "nexus_synthetic_graph: %s\n",
                 status.ok() ? "write failed" : status.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "nexus_synthetic_graph: %zu nodes, %zu links\n", graph.entity_count(),
               graph.link_count());
  return 0;
}
