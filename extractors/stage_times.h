// StageTimes: the seconds spent in each stage of a build (the reader, each
// extractor, the graph, the export), added up over documents and threads,
// for `nexus build --timings`. They go to standard error only: no output
// depends on them.
#ifndef NEXUS_EXTRACTORS_STAGE_TIMES_H_
#define NEXUS_EXTRACTORS_STAGE_TIMES_H_

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nexus {

class StageTimes {
 public:
  using Clock = std::chrono::steady_clock;

  // Adds to a stage's seconds; a stage not seen yet goes after the others.
  void Add(std::string_view stage, double seconds) {
    for (auto& [name, total] : stages_)
      if (name == stage) {
        total += seconds;
        return;
      }
    stages_.emplace_back(std::string(stage), seconds);
  }
  // The seconds from `since` to now, added to `stage`; returns now, so that
  // stages timed one after the other share their boundaries.
  Clock::time_point Since(std::string_view stage, Clock::time_point since) {
    const Clock::time_point now = Clock::now();
    Add(stage, std::chrono::duration<double>(now - since).count());
    return now;
  }
  // Adds every stage of `other`.
  void Add(const StageTimes& other) {
    for (const auto& [name, seconds] : other.stages_) Add(name, seconds);
  }
  // (stage, seconds), in the order the stages were first added.
  const std::vector<std::pair<std::string, double>>& stages() const { return stages_; }
  double total() const {
    double sum = 0;
    for (const auto& stage : stages_) sum += stage.second;
    return sum;
  }

 private:
  std::vector<std::pair<std::string, double>> stages_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_STAGE_TIMES_H_
