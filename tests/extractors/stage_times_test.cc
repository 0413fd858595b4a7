#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/pipeline.h"
#include "extractors/rules/rules.h"
#include "extractors/stage_times.h"

namespace nexus {
namespace {

std::vector<std::string> Names(const StageTimes& times) {
  std::vector<std::string> names;
  for (const auto& stage : times.stages()) names.push_back(stage.first);
  return names;
}

TEST_CASE("stage times: add up by stage, in the order first seen", "[extractors]") {
  StageTimes a;
  a.Add("reader", 0.5);
  a.Add("mentions", 0.25);
  a.Add("reader", 1.0);
  CHECK(Names(a) == std::vector<std::string>{"reader", "mentions"});
  CHECK(a.stages()[0].second == 1.5);
  CHECK(a.total() == 1.75);

  StageTimes b;
  b.Add("graph", 2.0);
  b.Add("mentions", 0.75);
  a.Add(b);
  CHECK(Names(a) == std::vector<std::string>{"reader", "mentions", "graph"});
  CHECK(a.stages()[1].second == 1.0);
  CHECK(a.stages()[2].second == 2.0);
  CHECK(a.total() == 4.5);

  // Since() adds the time from a point, and returns the point it stopped at.
  const StageTimes::Clock::time_point start = StageTimes::Clock::now();
  const StageTimes::Clock::time_point end = b.Since("export", start);
  CHECK(end >= start);
  CHECK(Names(b).back() == "export");
  CHECK(b.stages().back().second >= 0);
}

TEST_CASE("stage times: the pipeline times the reader and each extractor by name", "[extractors]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  Pipeline pipeline(rules);
  std::vector<std::string> expected{"reader"};
  for (const auto& e : pipeline.extractors()) expected.push_back(e->Name());

  StageTimes times;
  Document doc;
  Findings findings;
  REQUIRE(pipeline.Process("t.txt", "1. ISIL profits from oil smuggling in Syria.\n", &doc, &findings,
                           &times).ok());
  CHECK(Names(times) == expected);
  for (const auto& stage : times.stages()) CHECK(stage.second >= 0);
  CHECK(!findings.claims.empty());

  // Without times, the same findings.
  Document again;
  Findings same;
  REQUIRE(pipeline.Process("t.txt", "1. ISIL profits from oil smuggling in Syria.\n", &again, &same).ok());
  CHECK(same.claims.size() == findings.claims.size());
  CHECK(same.mentions.size() == findings.mentions.size());

  // A document the reader refuses is timed up to the reader.
  StageTimes refused;
  Document bad;
  Findings none;
  CHECK(!pipeline.Process("bad.txt", std::string("NUL \0 here", 11), &bad, &none, &refused).ok());
  CHECK(Names(refused) == std::vector<std::string>{"reader"});
}

}  // namespace
}  // namespace nexus
