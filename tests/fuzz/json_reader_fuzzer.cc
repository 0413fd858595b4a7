// libFuzzer target: the JSON graph reader (ReadJsonGraph) on any bytes. It
// must fail only with a message naming the file; a graph it accepts is
// exported again and read back.
#include <cstdint>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/json_reader.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string json(reinterpret_cast<const char*>(data), size);
  nexus::KnowledgeGraph graph;
  nexus::Status s = nexus::ReadJsonGraph(json, "fuzz.json", &graph);
  if (!s.ok()) {
    NEXUS_FUZZ_CHECK(s.message().rfind("fuzz.json", 0) == 0);
    return 0;
  }
  std::ostringstream out;
  NEXUS_FUZZ_CHECK(nexus::FindExporter("json")->Write(graph, out).ok());
  nexus::KnowledgeGraph again;
  NEXUS_FUZZ_CHECK(nexus::ReadJsonGraph(out.str(), "again.json", &again).ok());
  NEXUS_FUZZ_CHECK(again.link_count() == graph.link_count());
  return 0;
}
