#include <catch2/catch.hpp>

#include "graph/entity_resolver.h"

namespace {

using nexus::Entity;
using nexus::EntityType;
using nexus::KnowledgeGraph;

KnowledgeGraph Graph() {
  KnowledgeGraph g;
  g.AddEntity(Entity{"group:isil", EntityType::kGroup, "Islamic State in Iraq and the Levant",
                     {"ISIL", "Da\xE2\x80\x99" "esh"}});
  g.AddEntity(Entity{"group:boko_haram", EntityType::kGroup, "Boko Haram", {}});
  g.AddEntity(Entity{"region:cote_d_ivoire", EntityType::kRegion, "C\xC3\xB4te d\xE2\x80\x99Ivoire", {}});
  // Two entities that share an alias.
  g.AddEntity(Entity{"group:al_a", EntityType::kGroup, "Al A", {"Al"}});
  g.AddEntity(Entity{"group:al_b", EntityType::kGroup, "Al B", {"Al"}});
  return g;
}

std::string Resolved(const KnowledgeGraph& g, const std::string& name) {
  const Entity* e = nullptr;
  nexus::Status s = nexus::ResolveEntity(g, name, &e);
  return s.ok() ? e->id : s.message();
}

}  // namespace

TEST_CASE("entity resolver: folds case, accents, apostrophes and punctuation", "[graph]") {
  CHECK(nexus::FoldEntityName("Da'esh") == "daesh");
  CHECK(nexus::FoldEntityName("Da\xE2\x80\x99" "esh") == "daesh");
  CHECK(nexus::FoldEntityName("  C\xC3\xB4te  d'Ivoire ") == "cote divoire");
  CHECK(nexus::FoldEntityName("Al-Qaida (AQ)") == "al qaida aq");
  CHECK(nexus::FoldEntityName("\xff") == "");
}

TEST_CASE("entity resolver: an id, a slug, a label or an alias", "[graph]") {
  const KnowledgeGraph g = Graph();
  CHECK(Resolved(g, "group:isil") == "group:isil");
  CHECK(Resolved(g, "boko_haram") == "group:boko_haram");
  CHECK(Resolved(g, "BOKO HARAM") == "group:boko_haram");
  CHECK(Resolved(g, "Da'esh") == "group:isil");  // a straight apostrophe for the curly one
  CHECK(Resolved(g, "cote d'ivoire") == "region:cote_d_ivoire");
  CHECK(Resolved(g, "isil") == "group:isil");
}

TEST_CASE("entity resolver: ambiguous and unknown names are errors that help", "[graph]") {
  const KnowledgeGraph g = Graph();
  CHECK(Resolved(g, "al") == "entity 'al' is ambiguous: group:al_a, group:al_b; give an id");
  CHECK(Resolved(g, "Boko Harm") == "unknown entity 'Boko Harm'; did you mean 'group:boko_haram' (Boko Haram)?");
  CHECK(Resolved(KnowledgeGraph(), "ISIL") == "unknown entity 'ISIL' (the graph is empty)");
  CHECK(Resolved(g, "") != "group:isil");
}
