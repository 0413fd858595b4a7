#include <catch2/catch.hpp>

#include <map>

#include "graph/graph_builder.h"

using namespace nexus;

TEST_CASE("the builder turns claims into evidence with provenance", "[graph]") {
  std::map<std::string, Entity> known = {
      {"group:g", Entity{"group:g", EntityType::kGroup, "G", {}}},
      {"crime:c", Entity{"crime:c", EntityType::kCrime, "c", {}}},
      {"region:r", Entity{"region:r", EntityType::kRegion, "R", {}}}};
  KnowledgeGraph graph;
  GraphBuilder b(&graph, [&](const std::string& id) -> const Entity* {
    auto it = known.find(id);
    return it == known.end() ? nullptr : &it->second;
  });
  Document doc;
  doc.name = "d.txt";
  Paragraph p;
  p.label = "26";
  Sentence s;
  s.text = "G does c in R.";
  s.span = {40, 54};
  p.sentences.push_back(s);
  doc.paragraphs.push_back(p);
  Findings f;
  f.mentions.push_back(Mention{"region:r", EntityType::kRegion, 0, 0, 12, 13, {52, 53}, "R", "t"});
  Claim c;
  c.relation = "profits_from";
  c.subject = "group:g";
  c.object = "crime:c";
  c.hedged = true;
  c.rule = "test";
  c.subject_begin = 0;
  c.subject_end = 1;
  c.object_begin = 7;
  c.object_end = 8;
  f.claims.push_back(c);
  Claim bad = c;
  bad.object = "crime:unknown";
  f.claims.push_back(bad);
  Claim kindless = c;
  kindless.object = "group:g";
  f.claims.push_back(kindless);
  Claim unknown_relation = c;
  unknown_relation.relation = "destroys";
  f.claims.push_back(unknown_relation);
  Claim wrong_ends = c;
  wrong_ends.relation = "occurs_in";  // crime -> region, not group -> crime
  f.claims.push_back(wrong_ends);
  f.entities.push_back(Entity{"region:r", EntityType::kRegion, "R", {"RR"}});
  b.Add(doc, f);
  CHECK(graph.entity_count() == 3);
  CHECK(graph.FindEntity("region:r")->aliases == std::vector<std::string>{"RR"});
  REQUIRE(graph.link_count() == 1);
  const Link* l = graph.Links()[0];
  CHECK(l->relation == "profits_from");
  CHECK(l->kind == "group-crime");
  REQUIRE(l->evidence.size() == 1);
  const Evidence& e = l->evidence[0];
  CHECK(e.document == "d.txt");
  CHECK(e.paragraph == "26");
  CHECK(e.sentence == 0);
  CHECK(e.span.begin == 40);
  CHECK(e.text == "G does c in R.");
  CHECK(e.hedged);
  CHECK(e.marks.size() == 2);
  CHECK(graph.documents() == std::vector<std::string>{"d.txt"});
}
