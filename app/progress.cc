#include "app/progress.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace nexus {
namespace {

constexpr auto kRedraw = std::chrono::milliseconds(200);

std::string Duration(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(const std::vector<std::string>& files, bool enabled)
    : shown_(enabled && ::isatty(STDERR_FILENO)), total_docs_(files.size()) {
  if (!shown_) return;
  for (const std::string& f : files) {
    struct stat st;
    if (f != "-" && ::stat(f.c_str(), &st) == 0) total_bytes_ += static_cast<std::uint64_t>(st.st_size);
  }
  start_ = last_ = Clock::now();
}

Progress::~Progress() { Finish(); }

void Progress::Add(std::uint64_t bytes) {
  ++docs_;
  bytes_ += bytes;
  if (!shown_) return;
  Clock::time_point now = Clock::now();
  if (now - last_ < kRedraw && docs_ < total_docs_) return;
  last_ = now;
  Draw();
}

void Progress::Draw() {
  double elapsed = std::chrono::duration<double>(last_ - start_).count();
  double rate = elapsed > 0 ? static_cast<double>(bytes_) / elapsed : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "nexus: %zu/%zu documents, %.1f MB/s", docs_, total_docs_,
                        rate / 1e6);
  std::string text(line, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (rate > 0 && total_bytes_ > bytes_)
    text += ", " + Duration(static_cast<double>(total_bytes_ - bytes_) / rate) + " left";
  std::string pad(width_ > text.size() ? width_ - text.size() : 0, ' ');
  width_ = text.size();
  std::cerr << '\r' << text << pad << std::flush;
}

void Progress::Finish() {
  if (!shown_ || width_ == 0) return;
  std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
  width_ = 0;
}

}  // namespace nexus
