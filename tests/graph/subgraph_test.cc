#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "graph/subgraph.h"

using nexus::Entity;
using nexus::EntityType;
using nexus::Evidence;
using nexus::KnowledgeGraph;
using nexus::SubgraphFilter;

namespace {

Evidence Ev(std::size_t begin) {
  Evidence e;
  e.document = "a.txt";
  e.span = {begin, begin + 10};
  e.sentence = begin;
  e.text = "sentence " + std::to_string(begin);
  return e;
}

// isil -> oil (2 sentences), isil -> syria, boko -> kidnap, unodc -> oil,
// syria part_of middle_east; lonely has no link.
KnowledgeGraph Sample() {
  KnowledgeGraph g;
  g.AddDocument("a.txt");
  g.AddEntity(Entity{"group:isil", EntityType::kGroup, "ISIL", {"Da'esh"}});
  g.AddEntity(Entity{"group:boko", EntityType::kGroup, "Boko Haram", {}});
  g.AddEntity(Entity{"crime:oil", EntityType::kCrime, "oil smuggling", {}});
  g.AddEntity(Entity{"crime:kidnap", EntityType::kCrime, "kidnapping", {}});
  g.AddEntity(Entity{"region:syria", EntityType::kRegion, "Syria", {}});
  g.AddEntity(Entity{"region:middle_east", EntityType::kRegion, "Middle East", {}});
  g.AddEntity(Entity{"un_entity:unodc", EntityType::kUnEntity, "UNODC", {}});
  g.AddEntity(Entity{"un_entity:lonely", EntityType::kUnEntity, "Lonely", {}});
  g.AddEvidence("group:isil", "crime:oil", "profits_from", "group-crime", Ev(10));
  g.AddEvidence("group:isil", "crime:oil", "profits_from", "group-crime", Ev(20));
  g.AddEvidence("group:isil", "region:syria", "operates_in", "group-region", Ev(30));
  g.AddEvidence("group:boko", "crime:kidnap", "profits_from", "group-crime", Ev(40));
  g.AddEvidence("un_entity:unodc", "crime:oil", "counters", "un_entity-crime", Ev(50));
  g.AddEvidence("region:syria", "region:middle_east", "part_of", "region-region", Ev(60));
  return g;
}

std::vector<std::string> Ids(const KnowledgeGraph& g) {
  std::vector<std::string> ids;
  for (const Entity* e : g.Entities()) ids.push_back(e->id);
  return ids;
}

KnowledgeGraph Filter(const SubgraphFilter& f) {
  KnowledgeGraph out;
  const nexus::Status s = nexus::MakeSubgraph(Sample(), f, &out);
  INFO(s.message());
  REQUIRE(s.ok());
  return out;
}

}  // namespace

TEST_CASE("subgraph: no filter keeps everything", "[graph]") {
  SubgraphFilter f;
  CHECK(f.empty());
  const KnowledgeGraph g = Filter(f);
  CHECK(g.entity_count() == 8);
  REQUIRE(g.link_count() == 5);
  CHECK(g.Links()[1]->source == "group:isil");
  CHECK(g.Links()[1]->weight() == 2);  // evidence copied
  CHECK(g.documents() == std::vector<std::string>{"a.txt"});
}

TEST_CASE("subgraph: --types keeps those entity types and the links among them", "[graph]") {
  SubgraphFilter f;
  f.types = {EntityType::kGroup, EntityType::kCrime};
  const KnowledgeGraph g = Filter(f);
  CHECK(Ids(g) == std::vector<std::string>{"crime:kidnap", "crime:oil", "group:boko", "group:isil"});
  CHECK(g.link_count() == 2);
}

TEST_CASE("subgraph: --min-weight drops weak links and the entities left alone", "[graph]") {
  SubgraphFilter f;
  f.min_weight = 2;
  const KnowledgeGraph g = Filter(f);
  CHECK(Ids(g) == std::vector<std::string>{"crime:oil", "group:isil"});
  CHECK(g.link_count() == 1);
}

TEST_CASE("subgraph: --focus by id, label or alias, --depth in both directions", "[graph]") {
  SubgraphFilter f;
  f.focus = "da'esh";  // an alias, case folded
  f.depth = 1;
  CHECK(Ids(Filter(f)) == std::vector<std::string>{"crime:oil", "group:isil", "region:syria"});
  f.depth = 2;  // oil <- unodc, syria -> middle east
  CHECK(Filter(f).entity_count() == 5);
  f.depth = 0;
  CHECK(Ids(Filter(f)) == std::vector<std::string>{"group:isil"});
  f.focus = "crime:kidnap";
  f.depth = 1;
  CHECK(Ids(Filter(f)) == std::vector<std::string>{"crime:kidnap", "group:boko"});
}

TEST_CASE("subgraph: --exclude removes an entity and its links", "[graph]") {
  SubgraphFilter f;
  f.exclude = {"Syria", "un_entity:lonely"};
  const KnowledgeGraph g = Filter(f);
  CHECK(g.entity_count() == 6);
  CHECK(g.link_count() == 3);
  CHECK(g.FindEntity("region:syria") == nullptr);
}

TEST_CASE("subgraph: an unknown entity is an error that suggests the nearest id", "[graph]") {
  KnowledgeGraph out;
  SubgraphFilter f;
  f.focus = "grup:isl";
  nexus::Status s = nexus::MakeSubgraph(Sample(), f, &out);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "--focus: unknown entity 'grup:isl'; did you mean 'group:isil' (ISIL)?");
  f.focus = "";
  f.exclude = {"Bokko Haram"};
  s = nexus::MakeSubgraph(Sample(), f, &out);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "--exclude: unknown entity 'Bokko Haram'; did you mean 'group:boko' (Boko Haram)?");
  f.exclude = {"ISIL"};
  f.focus = "ISIL";
  s = nexus::MakeSubgraph(Sample(), f, &out);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message() == "--focus: group:isil is removed by the other filters");
}
