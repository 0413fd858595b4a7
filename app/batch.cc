#include "app/batch.h"

#include <sched.h>

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace nexus {
namespace {

void ProcessOne(const Pipeline& pipeline, const std::string& file, const InputOptions& input,
                const ResultStep& work, DocumentResult* r) {
  try {
    ConvertedText text;
    const StageTimes::Clock::time_point start = StageTimes::Clock::now();
    r->status = ReadInput(file, input, &text);
    r->times.Since("input", start);
    r->bytes = text.text.size();
    if (r->status.ok())
      r->status = pipeline.Process(DocumentName(file), std::move(text.text), &r->doc, &r->findings, &r->times);
    r->sha256 = text.sha256;
    if (r->status.ok()) {
      r->doc.pages = std::move(text.pages);
      r->doc.sha256 = text.sha256;
    }
    if (r->status.ok() && work) work(*r);
  } catch (const std::exception& e) {  // allocation failures and the like
    r->status = Status::Error(file + ": " + e.what());
  }
  if (!r->status.ok()) {
    r->doc = Document{};
    r->findings = Findings{};
    r->graph = KnowledgeGraph{};
  }
}

// The shared state of the workers and the consumer: a ring of 2 x jobs slots;
// document i goes to slot i % size, and a worker takes document i only once
// document i - size has been consumed.
class Ring {
 public:
  Ring(std::size_t count, std::size_t size) : count_(count), slots_(size) {}

  // The next document to process, or false when there is none left.
  bool Take(std::size_t* index) {
    std::unique_lock<std::mutex> lock(mu_);
    free_.wait(lock, [&] { return next_ >= count_ || next_ < consumed_ + slots_.size(); });
    if (next_ >= count_) return false;
    *index = next_++;
    return true;
  }

  void Put(DocumentResult result) {
    std::size_t slot = result.index % slots_.size();
    std::lock_guard<std::mutex> lock(mu_);
    slots_[slot].result = std::move(result);
    slots_[slot].ready = true;
    ready_.notify_all();
  }

  // Makes Take return false from now on (the consumer gave up).
  void Stop() {
    std::lock_guard<std::mutex> lock(mu_);
    next_ = count_;
    free_.notify_all();
  }

  // Waits for document `index` (the next one in order) and takes it.
  DocumentResult Get(std::size_t index) {
    Slot& slot = slots_[index % slots_.size()];
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return slot.ready; });
    DocumentResult r = std::move(slot.result);
    slot.result = DocumentResult{};
    slot.ready = false;
    consumed_ = index + 1;
    free_.notify_all();
    return r;
  }

 private:
  struct Slot {
    bool ready = false;
    DocumentResult result;
  };
  const std::size_t count_;
  std::vector<Slot> slots_;
  std::mutex mu_;
  std::condition_variable free_, ready_;
  std::size_t next_ = 0, consumed_ = 0;
};

}  // namespace

int DefaultJobs() {
  // The processors this process may run on (a Slurm task or a container may
  // have fewer than the machine).
  cpu_set_t set;
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

void ProcessDocuments(const Pipeline& pipeline, const std::vector<std::string>& files,
                      const InputOptions& input, int jobs, const ResultStep& work,
                      const ResultStep& sink) {
  jobs = std::max(1, std::min<int>(jobs, static_cast<int>(std::max<std::size_t>(files.size(), 1))));
  if (jobs == 1) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      DocumentResult r;
      r.index = i;
      ProcessOne(pipeline, files[i], input, work, &r);
      sink(r);
    }
    return;
  }
  Ring ring(files.size(), 2 * static_cast<std::size_t>(jobs));
  std::vector<std::thread> workers;
  for (int w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      std::size_t i = 0;
      while (ring.Take(&i)) {
        DocumentResult r;
        r.index = i;
        ProcessOne(pipeline, files[i], input, work, &r);
        ring.Put(std::move(r));
      }
    });
  }
  try {
    for (std::size_t i = 0; i < files.size(); ++i) {
      DocumentResult r = ring.Get(i);
      sink(r);
    }
  } catch (...) {
    ring.Stop();
    for (std::thread& t : workers) t.join();
    throw;
  }
  for (std::thread& t : workers) t.join();
}

}  // namespace nexus
