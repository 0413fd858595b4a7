// Hostile text cannot break or inject into any output format: every
// registered exporter writes a graph whose ids, labels, aliases, documents,
// paragraph labels and evidence carry injection payloads, and a benign twin
// of the same shape; tests/exporters/check_injection.py reads each file with
// a parser for its extension and checks that the payloads stayed text (same
// structure as the twin, payloads only inside strings, CSV formulas
// neutralised). A format with no check there fails this test: new formats
// are covered by construction.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

namespace fs = std::filesystem;

// Each payload carries a marker "PWN<n>" that check_injection.py looks for
// outside string literals.
const std::vector<std::string> kPayloads = {
    "Quote \" and ' and \\\" and \\ end PWN1",
    "<script>alert('PWN2')</script>",
    "]]><PWN3/><![CDATA[ & &amp; &#0; &#x1; &nbsp; &foo; <!-- PWN3b -->",
    "node [PWN4=1]; edge; graph { subgraph strict digraph } -> --",
    "=HYPERLINK(\"http://x.invalid\",\"PWN5\")",
    "+PWN6+1",
    "-PWN7-1",
    "@SUM(PWN8)",
    "\t=PWN9",
    "\r=PWN10",
    "line one\nPWN11 line two\r\nthree",
    "'}) DETACH DELETE n // PWN12 \\' `x` $param",
    "\" . <http://x.invalid/PWN13> <http://y.invalid/> \"z\" .\n_:b <p> 'q' ;",
    "</script><script>PWN14()</script> \xE2\x80\xA8 \xE2\x80\xA9",
    "{{PWN15}} ${PWN16} %s %n %x @{PWN17} #{x}",
    "ctrl \x01\x02\x0b\x0c\x1b[31m PWN18 \x7f",
    "; MATCH (n) RETURN n; :PWN19 \\u0027",
};

// The payload for slot i, or a plain text of the same role for the twin;
// numbered, so that no two texts are equal.
std::string Text(bool hostile, std::size_t i) {
  return (hostile ? kPayloads[i % kPayloads.size()] : "plain text") + " #" + std::to_string(i);
}

KnowledgeGraph Graph(bool hostile) {
  using T = EntityType;
  const std::vector<std::pair<T, std::string>> kinds = {
      {T::kGroup, "group"}, {T::kCrime, "crime"}, {T::kRegion, "region"}, {T::kUnEntity, "un_entity"}};
  KnowledgeGraph g;
  std::vector<std::string> ids;
  std::size_t slot = 0;
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    for (std::size_t n = 0; n < 5; ++n) {
      Entity e;
      e.type = kinds[k].first;
      // Ids can come from a graph file given to `nexus merge`: hostile too.
      e.id = kinds[k].second + ":" + (hostile ? "x" + std::to_string(n) + Text(true, slot) : "x" + std::to_string(n));
      e.label = Text(hostile, slot++);
      e.aliases = {Text(hostile, slot++), Text(hostile, slot++)};
      e.discovered_by = n == 4 ? "acronym" : "";
      if (n > 0) e.parent = ids.back();
      if (e.type != T::kRegion) e.parent.clear();
      g.AddEntity(e);
      ids.push_back(e.id);
    }
  }
  auto id = [&](std::size_t kind, std::size_t n) { return ids[kind * 5 + n]; };
  const struct {
    std::size_t from, to;
    const char* relation;
    const char* kind;
  } kLinks[] = {{0, 1, "profits_from", "group-crime"},
                {0, 2, "operates_in", "group-region"},
                {1, 2, "occurs_in", "crime-region"},
                {3, 1, "counters", "un_entity-crime"},
                {3, 2, "active_in", "un_entity-region"}};
  for (const auto& l : kLinks) {
    for (std::size_t n = 0; n < 5; ++n) {
      for (std::size_t k = 0; k < 2; ++k) {
        Evidence ev;
        ev.document = hostile ? "docs/" + Text(true, slot++) + ".txt" : "docs/d" + std::to_string(slot++) + ".txt";
        g.AddDocument(ev.document);
        ev.paragraph = Text(hostile, slot++);
        ev.paragraph_index = n;
        ev.sentence = k;
        const std::string first = Text(hostile, slot++);
        ev.text = first + " " + Text(hostile, slot++);
        ev.span = {100 * n + 10 * k, 100 * n + 10 * k + ev.text.size()};
        ev.hedged = k == 1;
        ev.rule = "cooccurrence";
        ev.marks = {{0, 4}};
        g.AddEvidence(id(l.from, n), id(l.to, n), l.relation, l.kind, ev);
        // The actor -> crime sentences state activities too, in the
        // region of the same n: hostile ids and places in every format.
        if (std::string(l.relation) == "profits_from" || std::string(l.relation) == "counters")
          g.AddActivity(l.relation, id(l.from, n), id(l.to, n),
                        ActivityEvidence{ev.document, ev.span, ev.hedged, {{id(2, n), "test"}}});
      }
    }
  }
  return g;
}

std::string PayloadsJson() {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  for (const std::string& p : kPayloads) w.String(p.c_str(), static_cast<rapidjson::SizeType>(p.size()));
  w.EndArray();
  return buffer.GetString();
}

// graph.<ext> of every registered format, into dir.
void WriteAll(const KnowledgeGraph& graph, const fs::path& dir) {
  fs::create_directories(dir);
  for (const auto& e : Exporters()) {
    std::ofstream out(dir / (std::string("graph.") + e->FileExtension()), std::ios::binary);
    Status s = e->Write(graph, out);
    INFO(e->Name() << ": " << s.message());
    CHECK(s.ok());
  }
}

TEST_CASE("no payload breaks or injects into any registered format", "[exporters][injection]") {
  const fs::path dir = fs::temp_directory_path() / ("nexus_injection_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  WriteAll(Graph(true), dir / "hostile");
  WriteAll(Graph(false), dir / "benign");
  std::ofstream(dir / "payloads.json") << PayloadsJson();
  std::string output;
  const int status = test::Run("/usr/bin/python3 '" + std::string(NEXUS_SOURCE_DIR) +
                                   "/tests/exporters/check_injection.py' '" + dir.string() + "' 2>&1",
                               &output);
  INFO(output);
  CHECK(status == 0);
  if (status == 0) fs::remove_all(dir);
}

}  // namespace
}  // namespace nexus
