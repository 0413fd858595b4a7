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
  // By source, then target, then relation, whatever the vertices' order.
  g.AddEvidence("region:m", "region:z", "part_of", "region-region", Ev(1));
  g.AddEvidence("region:m", "region:a", "near", "region-region", Ev(1));
  std::vector<std::string> order;
  for (const nexus::Link* l : g.Links()) order.push_back(l->source + ">" + l->target + ":" + l->relation);
  CHECK(order == std::vector<std::string>{"region:m>region:a:near", "region:m>region:a:part_of",
                                          "region:m>region:z:part_of", "region:z>region:a:part_of"});
}

namespace {

// Everything a graph holds, as text, for comparing two graphs.
std::string Dump(const KnowledgeGraph& g) {
  std::string out;
  for (const std::string& d : g.documents()) out += "doc " + d + "\n";
  for (const Entity* e : g.Entities()) {
    out += "entity " + e->id + " " + std::to_string(static_cast<int>(e->type)) + " " + e->label +
           " parent=" + e->parent + " by=" + e->discovered_by + " degree=" +
           std::to_string(g.Degree(e->id)) + " aliases:";
    for (const std::string& a : e->aliases) out += " " + a;
    out += "\n";
  }
  for (const nexus::Link* l : g.Links()) {
    out += "link " + l->source + " " + l->target + " " + l->relation + " " + l->kind + "\n";
    for (const Evidence& ev : l->evidence) {
      out += "  " + ev.document + " " + ev.paragraph + " " + std::to_string(ev.paragraph_index) + "/" +
             std::to_string(ev.sentence) + " " + std::to_string(ev.span.begin) + "-" +
             std::to_string(ev.span.end) + " " + ev.text + " " + ev.rule +
             (ev.hedged ? " hedged" : "") + " marks";
      for (const auto& [b, e] : ev.marks) out += " " + std::to_string(b) + ":" + std::to_string(e);
      for (const nexus::Quantity& q : ev.quantities)
        out += " q " + q.kind + " " + q.text + " " + std::to_string(q.value) + " " + q.per;
      out += "\n";
    }
  }
  return out;
}

struct Piece {
  const char* source;
  const char* target;
  const char* doc;
  std::size_t begin;
  bool hedged;
  const char* text;
};

void Add(KnowledgeGraph* g, const Piece& p) {
  Evidence e = Ev(p.begin, p.hedged, p.doc);
  e.text = p.text;
  e.paragraph = std::to_string(p.begin);
  e.rule = p.hedged ? "hedged-rule" : "rule";
  e.marks = {{1, 2}, {p.begin % 7, p.begin % 7 + 3}};
  if (p.begin % 3 == 0)
    e.quantities.push_back(nexus::Quantity{0, 0, "money", "$5 million", 5e6, 5e6, "year", 3, 13});
  g->AddEvidence(p.source, p.target, "rel", "kind", e);
}

}  // namespace

TEST_CASE("merging graphs gives what adding their pieces to one graph gives", "[graph]") {
  const std::vector<Entity> entities = {
      Entity{"group:a", EntityType::kGroup, "A", {"Alpha", "Al"}},
      Entity{"group:a", EntityType::kGroup, "A2", {"Alpha", "Zed"}},
      Entity{"crime:b", EntityType::kCrime, "b", {"bee"}},
      Entity{"region:c", EntityType::kRegion, "C", {}, "region:d"},
      Entity{"region:c", EntityType::kRegion, "", {"Cee"}, "region:a"},
      Entity{"crime:c", EntityType::kCrime, "c", {}},
      Entity{"region:c", EntityType::kCrime, "clash", {}},  // same id, another type: refused
  };
  const std::vector<Piece> pieces = {
      {"group:a", "crime:b", "y.txt", 30, true, "one"},   {"group:a", "crime:b", "x.txt", 30, false, "two"},
      {"group:a", "crime:b", "y.txt", 30, false, "one"},  {"group:a", "region:c", "x.txt", 12, true, "three"},
      {"crime:b", "region:c", "y.txt", 9, false, "four"}, {"group:a", "crime:b", "x.txt", 3, true, "five"},
      {"group:a", "region:c", "x.txt", 12, true, "three"}, {"crime:c", "region:c", "z.txt", 1, false, "six"},
  };
  // Pieces spread over three graphs in turn: entity i and piece i go to graph i % 3.
  KnowledgeGraph whole;
  KnowledgeGraph parts[3];
  for (std::size_t i = 0; i < entities.size(); ++i) {
    whole.AddEntity(entities[i]);
    parts[i % 3].AddEntity(entities[i]);
  }
  for (KnowledgeGraph& p : parts)  // every part knows the ends of its links
    for (const Entity& e : entities) p.AddEntity(Entity{e.id, e.type, "", {}});
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    Add(&whole, pieces[i]);
    Add(&parts[i % 3], pieces[i]);
    whole.AddDocument(pieces[i].doc);
    parts[i % 3].AddDocument(pieces[i].doc);
  }
  // In this order every sentence reaches `merged` first from the piece that
  // reached `whole` first (a repeated sentence keeps its first rule).
  KnowledgeGraph merged;
  for (const KnowledgeGraph& p : parts) merged.Merge(p);
  CHECK(Dump(merged) == Dump(whole));
  CHECK(Dump(whole).find("hedged-rule") != std::string::npos);
}

TEST_CASE("evidence read in place is the evidence read as a copy", "[graph]") {
  KnowledgeGraph g;
  g.AddEntity(Entity{"group:a", EntityType::kGroup, "A", {}});
  g.AddEntity(Entity{"crime:b", EntityType::kCrime, "b", {}});
  Evidence one = Ev(10, true);
  one.paragraph = "26";
  one.paragraph_index = 3;
  one.sentence = 2;
  one.rule = "group-crime";
  one.marks = {{0, 4}, {9, 12}};
  one.quantities.push_back(nexus::Quantity{0, 0, "money", "$5 million", 5e6, 5e6, "year", 20, 30});
  Evidence two = Ev(50, false, "b.txt");
  two.text = "another sentence";
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", one);
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", two);
  const nexus::EvidenceList& list = g.Links().front()->evidence;
  REQUIRE(list.size() == 2);
  std::vector<std::pair<std::size_t, std::size_t>> marks = {{7, 7}};  // replaced, not added to
  std::vector<nexus::Quantity> quantities(3);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Evidence copy = list[i];
    const nexus::EvidenceRef ref = list.Ref(i);
    CHECK(ref.document == copy.document);
    CHECK(ref.paragraph == copy.paragraph);
    CHECK(ref.text == copy.text);
    CHECK(ref.rule == copy.rule);
    CHECK(ref.paragraph_index == copy.paragraph_index);
    CHECK(ref.sentence == copy.sentence);
    CHECK(ref.span.begin == copy.span.begin);
    CHECK(ref.span.end == copy.span.end);
    CHECK(ref.hedged == copy.hedged);
    list.Marks(i, &marks);
    CHECK(marks == copy.marks);
    list.Quantities(i, &quantities);
    REQUIRE(quantities.size() == copy.quantities.size());
    for (std::size_t k = 0; k < quantities.size(); ++k) {
      CHECK(quantities[k].text == copy.quantities[k].text);
      CHECK(quantities[k].value == copy.quantities[k].value);
      CHECK(quantities[k].per == copy.quantities[k].per);
    }
  }
  CHECK(list.Ref(0).text == "sentence");
  CHECK(list.Ref(1).document == "b.txt");
  list.Marks(0, &marks);
  CHECK(marks.size() == 2);
}

TEST_CASE("a link's first and last seen dates come from its dated documents", "[graph]") {
  KnowledgeGraph g;
  g.AddEntity(Entity{"group:a", EntityType::kGroup, "A", {}});
  g.AddEntity(Entity{"crime:b", EntityType::kCrime, "b", {}});
  g.AddEntity(Entity{"region:c", EntityType::kRegion, "c", {}});
  nexus::DocumentInfo old_report{"old.txt", "S/2015/1", "2015-05-21", "", "", {}};
  nexus::DocumentInfo new_report{"new.txt", "S/2025/1", "2025-01-31", "", "", {}};
  nexus::DocumentInfo undated{"note.txt", "", "", "", "", {}};
  g.AddDocument(old_report);
  g.AddDocument(new_report);
  g.AddDocument(undated);
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(10, false, "new.txt"));
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(10, false, "note.txt"));
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(30, false, "old.txt"));
  g.AddEvidence("group:a", "crime:b", "profits_from", "group-crime", Ev(50, false, "old.txt"));
  g.AddEvidence("crime:b", "region:c", "occurs_in", "crime-region", Ev(70, false, "note.txt"));
  const nexus::LinkDates dates(g);
  for (const nexus::Link* link : g.Links()) {
    const nexus::SeenDates seen = dates.Of(*link);
    if (link->relation == "profits_from") {
      CHECK(seen.first == "2015-05-21");
      CHECK(seen.last == "2025-01-31");
    } else {
      CHECK(seen.empty());  // only an undated document
      CHECK(seen.last.empty());
    }
  }
}
