#include <catch2/catch.hpp>

#include <cstdint>

#include "graph/document.h"

using nexus::MappedText;
using nexus::TextRun;
using nexus::TextRuns;

TEST_CASE("text runs hold one run inline and any number after", "[document]") {
  TextRuns runs;
  CHECK(runs.empty());
  CHECK(runs.begin() == runs.end());
  runs.push_back({0, 10});
  REQUIRE(runs.size() == 1);
  CHECK(runs.back().raw == 10);
  for (std::uint32_t k = 1; k < 20; ++k) runs.push_back({k * 3, 100 + k * 5});
  REQUIRE(runs.size() == 20);
  CHECK(runs[0].raw == 10);
  CHECK(runs[19].at == 57);
  TextRuns copy = runs;
  runs.clear();
  CHECK(runs.empty());
  CHECK(copy.size() == 20);
  CHECK(copy.back().raw == 195);
  runs.push_back({0, 7});
  runs.push_back({2, 9});
  CHECK(runs.size() == 2);
  CHECK(runs[0].raw == 7);
  CHECK(runs[1].at == 2);
}

TEST_CASE("mapped text finds the offset of any byte from its runs", "[document]") {
  MappedText m;
  m.text = "ab cd ef";
  CHECK(m.RawSpan(0, 2).empty());  // no runs: no mapping
  m.runs.push_back({0, 100});      // "ab "
  m.runs.push_back({3, 200});      // "cd"
  m.runs.push_back({5, 300});      // " ef"
  const std::uint32_t want[] = {100, 101, 102, 200, 201, 300, 301, 302, 303};
  for (std::size_t i = 0; i <= m.text.size(); ++i) CHECK(m.Offset(i) == want[i]);
  CHECK(m.RawSpan(3, 5).begin == 200);
  CHECK(m.RawSpan(3, 5).end == 202);
  CHECK(m.RawSpan(1, 4).end == 201);
  CHECK(m.RawSpan(4, 4).begin == 201);
  CHECK(m.RawSpan(4, 4).end == 201);
  CHECK(m.RawSpan(6, 99).end == 303);
}

TEST_CASE("a list item's intro is the sentence before the list, when a colon ends it", "[document]") {
  nexus::Document doc;
  auto para = [&](nexus::BlockKind kind, const std::string& text) {
    nexus::Paragraph p;
    p.kind = kind;
    nexus::Sentence s;
    s.text = text;
    p.sentences.push_back(s);
    doc.paragraphs.push_back(p);
  };
  para(nexus::BlockKind::kParagraph, "The routes were these: ");
  para(nexus::BlockKind::kListItem, "A - B");
  para(nexus::BlockKind::kListItem, "C - D");
  para(nexus::BlockKind::kParagraph, "No colon ends this.");
  para(nexus::BlockKind::kListItem, "E - F");
  REQUIRE(doc.ListIntro(1));
  CHECK(doc.ListIntro(1)->text == "The routes were these: ");
  CHECK(doc.ListIntro(2) == doc.ListIntro(1));  // every item of the list
  CHECK_FALSE(doc.ListIntro(0));                // not a list item
  CHECK_FALSE(doc.ListIntro(4));                // no colon
  CHECK_FALSE(doc.ListIntro(9));                // out of range
}
