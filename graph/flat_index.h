// FlatIndex: a hash index for the graph's hot lookups. Values sit in one
// array of slots with their hashes (open addressing, linear probing, a power
// of two of slots at most half full), so a lookup mostly reads one cache
// line, and a hash computed once (by whoever made the key) is never computed
// again. The caller keeps the keys and says, for a slot whose hash matches,
// whether it holds the key looked for.
#ifndef NEXUS_GRAPH_FLAT_INDEX_H_
#define NEXUS_GRAPH_FLAT_INDEX_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace nexus {

template <class Value>
class FlatIndex {
 public:
  // The value whose key has hash `hash` and satisfies `same(value)`, or nullptr.
  template <class Same>
  const Value* Find(std::size_t hash, Same same) const {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == hash && same(s.value)) return &s.value;
    }
  }
  // Adds a value whose key is not in the index yet.
  void Insert(std::size_t hash, Value value) {
    if (2 * (count_ + 1) > slots_.size()) Grow();
    Place(hash, std::move(value));
    ++count_;
  }
  std::size_t size() const { return count_; }
  // Calls f(hash, value) for every value, in no particular order.
  template <class F>
  void ForEach(F f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.hash, s.value);
  }

 private:
  struct Slot {
    std::size_t hash = 0;
    Value value{};
    bool used = false;
  };
  void Place(std::size_t hash, Value value) {
    std::size_t i = hash & mask_;
    while (slots_[i].used) i = (i + 1) & mask_;
    slots_[i] = Slot{hash, std::move(value), true};
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    mask_ = slots_.size() - 1;
    for (Slot& s : old)
      if (s.used) Place(s.hash, std::move(s.value));
  }
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_FLAT_INDEX_H_
