#include <catch2/catch.hpp>

#include "graph/knowledge_graph.h"

using nexus::Entity;
using nexus::EntityType;
using nexus::Evidence;
using nexus::KnowledgeGraph;

namespace {

Evidence Ev(std::size_t begin, bool hedged = false, const char* doc = "a.txt") {
  Evidence e;
  e.document = doc;
  e.span = {begin, begin + 10};
  e.text = "sentence";
  e.hedged = hedged;
  return e;
}

}  // namespace

TEST_CASE("entities merge by id and unite aliases", "[graph]") {
  KnowledgeGraph g;
  CHECK(g.AddEntity(Entity{"group:isil", EntityType::kGroup, "ISIL long", {"ISIL"}}));
  CHECK(g.AddEntity(Entity{"group:isil", EntityType::kGroup, "other label", {"Da'esh", "ISIL"}}));
  CHECK_FALSE(g.AddEntity(Entity{"group:isil", EntityType::kCrime, "x", {}}));
  REQUIRE(g.entity_count() == 1);
  const Entity* e = g.FindEntity("group:isil");
  CHECK(e->label == "ISIL long");
  CHECK(e->aliases == std::vector<std::string>{"Da'esh", "ISIL"});
}

TEST_CASE("a repeated claim adds evidence and weight to one edge", "[graph]") {
  KnowledgeGraph g;
  g.AddEntity(Entity{"group:a", EntityType::kGroup, "A", {}});
  g.AddEntity(Entity{"crime:b", EntityType::kCrime, "b", {}});
  CHECK(g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(100, true)));
  CHECK(g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(10, true)));
  CHECK(g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(10, true)));
  CHECK_FALSE(g.AddEvidence("group:a", "crime:zzz", "profits_from", "group-crime", Ev(1)));
  REQUIRE(g.link_count() == 1);
  const nexus::Link* l = g.Links().front();
  CHECK(l->weight() == 2);
  CHECK(l->evidence[0].span.begin == 10);  // sorted by position
  CHECK(l->hedged());
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(500, false));
  CHECK_FALSE(g.Links().front()->hedged());
  CHECK(g.Degree("group:a") == 1);
}

TEST_CASE("views are sorted whatever the insertion order", "[graph]") {
  KnowledgeGraph g;
  for (const char* id : {"region:z", "region:a", "region:m"})
    g.AddEntity(Entity{id, EntityType::kRegion, id, {}});
  auto all = g.Entities();
  REQUIRE(all.size() == 3);
  CHECK(all[0]->id == "region:a");
  CHECK(all[2]->id == "region:z");
  g.AddEvidence("region:z", "region:a", "part_of", "region-region", Ev(1));
  g.AddEvidence("region:m", "region:a", "part_of", "region-region", Ev(1));
  CHECK(g.Links()[0]->source == "region:m");
}
