// Progress of a long build on standard error: documents done, MB/s and the
// time left, redrawn in place at most five times a second. Shown only when
// standard error is a terminal; silent otherwise (logs, pipes, CI).
#ifndef NEXUS_APP_PROGRESS_H_
#define NEXUS_APP_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace nexus {

class Progress {
 public:
  // `files` are measured (their sizes on disk) for the time left. `enabled`
  // false (--quiet) keeps it silent even on a terminal.
  Progress(const std::vector<std::string>& files, bool enabled);
  ~Progress();

  // One more document done, of `bytes` bytes.
  void Add(std::uint64_t bytes);
  // Clears the line; called by the destructor too.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  void Draw();

  bool shown_ = false;
  std::size_t total_docs_ = 0, docs_ = 0;
  std::uint64_t total_bytes_ = 0, bytes_ = 0;
  Clock::time_point start_, last_;
  std::size_t width_ = 0;  // of the line drawn last
};

}  // namespace nexus

#endif  // NEXUS_APP_PROGRESS_H_
