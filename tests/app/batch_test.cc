#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <thread>

#include "app/batch.h"
#include "extractors/rules/rules.h"

namespace nexus {
namespace {

// Files t0..tN-1 in a fresh folder, with one unreadable (empty) document.
struct Files {
  explicit Files(int n) {
    char tmpl[] = "/tmp/nexus-batch-XXXXXX";
    REQUIRE(::mkdtemp(tmpl) != nullptr);
    dir = tmpl;
    for (int i = 0; i < n; ++i) {
      std::string path = dir + "/t" + std::to_string(i) + ".txt";
      std::ofstream(path) << (i == 3 ? "" : "1. ISIL profits from oil smuggling in Syria (" +
                                                std::to_string(i) + ").\n");
      paths.push_back(path);
    }
  }
  ~Files() {
    for (const std::string& p : paths) std::remove(p.c_str());
    ::rmdir(dir.c_str());
  }
  std::string dir;
  std::vector<std::string> paths;
};

TEST_CASE("batch: results come back in input order whatever the number of threads", "[extractors]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  Pipeline pipeline(rules);
  Files files(23);
  for (int jobs : {1, 2, 5, 64}) {
    INFO("jobs " << jobs);
    std::vector<std::size_t> order;
    std::vector<std::string> names;
    std::size_t failed = 0, claims = 0;
    std::atomic<int> worked{0}, worked_elsewhere{0};
    const std::thread::id caller = std::this_thread::get_id();
    // The work step runs once per readable document, in the worker threads
    // when there are several; what it leaves in the result reaches the sink.
    auto work = [&](DocumentResult& r) {
      ++worked;
      if (std::this_thread::get_id() != caller) ++worked_elsewhere;
      r.graph.AddDocument(r.doc.name);
    };
    ProcessDocuments(pipeline, files.paths, InputOptions{}, jobs, work, [&](DocumentResult& r) {
      order.push_back(r.index);
      if (!r.status.ok()) {
        ++failed;
        CHECK(r.status.message().rfind(files.paths[r.index], 0) == 0);
        CHECK(r.graph.documents().empty());
        // Timed up to the reading of the file.
        REQUIRE(r.times.stages().size() == 1);
        CHECK(r.times.stages()[0].first == "input");
        return;
      }
      // Reading the file, the reader and every extractor, timed in order.
      REQUIRE(r.times.stages().size() == 2 + pipeline.extractors().size());
      CHECK(r.times.stages()[0].first == "input");
      CHECK(r.times.stages()[1].first == "reader");
      CHECK(r.times.stages().back().first == pipeline.extractors().back()->Name());
      names.push_back(r.doc.name);
      CHECK(r.graph.HasDocument(r.doc.name));
      claims += r.findings.claims.size();
    });
    CHECK(worked == static_cast<int>(files.paths.size()) - 1);
    CHECK(worked_elsewhere == (jobs == 1 ? 0 : worked.load()));
    REQUIRE(order.size() == files.paths.size());
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
    CHECK(failed == 1);
    CHECK(names.front() == files.paths.front());
    CHECK(claims >= 22);
  }
}

TEST_CASE("batch: no files, no calls", "[extractors]") {
  Rules rules;
  Pipeline pipeline(rules);
  int calls = 0;
  ProcessDocuments(pipeline, {}, InputOptions{}, 4, {}, [&](DocumentResult&) { ++calls; });
  CHECK(calls == 0);
  CHECK(DefaultJobs() >= 1);
}

TEST_CASE("batch: an exception in the sink stops the workers and reaches the caller", "[extractors]") {
  Rules rules;
  REQUIRE(rules.LoadDefaults().ok());
  REQUIRE(rules.Finish().ok());
  Pipeline pipeline(rules);
  Files files(12);
  int calls = 0;
  CHECK_THROWS_AS(ProcessDocuments(pipeline, files.paths, InputOptions{}, 3, {},
                                   [&](DocumentResult&) {
                                     if (++calls == 2) throw std::runtime_error("full");
                                   }),
                  std::runtime_error);
  CHECK(calls == 2);
}

}  // namespace
}  // namespace nexus
