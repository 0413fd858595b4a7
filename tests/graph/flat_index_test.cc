#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "graph/flat_index.h"

namespace nexus {
namespace {

TEST_CASE("flat index: finds what was inserted, through growth and equal hashes", "[graph]") {
  std::vector<std::string> keys;
  FlatIndex<std::size_t> index;  // values: positions in `keys`
  // Hashes that collide on purpose: every key of the same length shares one.
  auto hash = [](const std::string& k) { return k.size() * 1000003u; };
  for (int i = 0; i < 500; ++i) {
    std::string k = "key" + std::to_string(i);
    CHECK(index.Find(hash(k), [&](std::size_t v) { return keys[v] == k; }) == nullptr);
    keys.push_back(k);
    index.Insert(hash(k), keys.size() - 1);
  }
  CHECK(index.size() == 500);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const std::size_t* v = index.Find(hash(keys[i]), [&](std::size_t x) { return keys[x] == keys[i]; });
    REQUIRE(v != nullptr);
    CHECK(*v == i);
  }
  CHECK(index.Find(hash("key9999"), [&](std::size_t x) { return keys[x] == "key9999"; }) == nullptr);
  std::map<std::size_t, int> seen;
  index.ForEach([&](std::size_t h, std::size_t v) {
    CHECK(h == hash(keys[v]));
    ++seen[v];
  });
  CHECK(seen.size() == 500);
  for (const auto& [v, n] : seen) CHECK(n == 1);
}

TEST_CASE("flat index: empty", "[graph]") {
  FlatIndex<int> index;
  CHECK(index.size() == 0);
  CHECK(index.Find(42, [](int) { return true; }) == nullptr);
  int calls = 0;
  index.ForEach([&](std::size_t, int) { ++calls; });
  CHECK(calls == 0);
}

}  // namespace
}  // namespace nexus
