#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "app/build_graph.h"
#include "exporters/exporter.h"
#include "extractors/rules/rules.h"

namespace nexus {
namespace {

// Documents in a fresh folder: some with links, one empty (unreadable).
struct Corpus {
  Corpus() {
    char tmpl[] = "/tmp/nexus-build-XXXXXX";
    REQUIRE(::mkdtemp(tmpl) != nullptr);
    dir = tmpl;
    const char* texts[] = {
        "1. ISIL profits from oil smuggling in Iraq.\n",
        "",
        "1. Boko Haram earns revenue from kidnapping in Nigeria.\n",
        "1. UNODC supports border control projects in Mali against drug trafficking.\n",
        "1. ISIL profits from oil smuggling in the Syrian Arab Republic.\n",
    };
    int i = 0;
    for (const char* t : texts) {
      paths.push_back(dir + "/d" + std::to_string(i++) + ".txt");
      std::ofstream(paths.back()) << t;
    }
  }
  ~Corpus() {
    for (const std::string& p : paths) std::remove(p.c_str());
    ::rmdir(dir.c_str());
  }
  std::string dir;
  std::vector<std::string> paths;
};

bool HasLink(const KnowledgeGraph& g, const std::string& source, const std::string& target,
             const std::string& relation) {
  for (const Link* l : g.Links())
    if (l->source == source && l->target == target && l->relation == relation) return true;
  return false;
}

std::string Json(const KnowledgeGraph& g) {
  std::ostringstream out;
  REQUIRE(FindExporter("json")->Write(g, out).ok());
  return out.str();
}

TEST_CASE("BuildGraph: the same graph whatever the number of threads, bad documents reported",
          "[app]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  Pipeline pipeline(rules);
  Corpus corpus;
  std::string first;
  for (int jobs : {1, 2, 4}) {
    INFO("jobs " << jobs);
    KnowledgeGraph graph;
    BuildSettings settings;
    settings.jobs = jobs;
    std::size_t seen = 0;
    settings.on_document = [&](std::size_t) { ++seen; };
    StageTimes times;
    settings.times = &times;
    const BuildReport report = BuildGraph(pipeline, rules, corpus.paths, settings, &graph);
    CHECK(seen == corpus.paths.size());
    CHECK(report.done == 4);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].find("d1.txt") != std::string::npos);
    CHECK(HasLink(graph, "group:isil", "crime:oil_smuggling", "profits_from"));
    CHECK(HasLink(graph, "crime:oil_smuggling", "region:syria", "occurs_in"));
    CHECK_FALSE(times.stages().empty());
    if (first.empty()) first = Json(graph);
    else CHECK(Json(graph) == first);
  }
}

TEST_CASE("BuildGraph: adds to a graph that holds documents already", "[app]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  Pipeline pipeline(rules);
  Corpus corpus;
  KnowledgeGraph all, in_two;
  BuildSettings settings;
  BuildGraph(pipeline, rules, corpus.paths, settings, &all);
  const std::vector<std::string> head(corpus.paths.begin(), corpus.paths.begin() + 2);
  const std::vector<std::string> tail(corpus.paths.begin() + 2, corpus.paths.end());
  BuildGraph(pipeline, rules, head, settings, &in_two);
  BuildGraph(pipeline, rules, tail, settings, &in_two);
  CHECK(Json(in_two) == Json(all));
}

}  // namespace
}  // namespace nexus
