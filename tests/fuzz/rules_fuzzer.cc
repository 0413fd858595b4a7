// libFuzzer target: the rules parser (Rules::LoadJson, then Finish) on any
// bytes. A failure must be a message that starts with the file name; a
// success must give entities whose ids start with their type.
#include <cstdint>
#include <string>
#include <string_view>

#include "extractors/rules/rules.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view json(reinterpret_cast<const char*>(data), size);
  nexus::Rules rules;
  nexus::Status s = rules.LoadJson("fuzz.json", json);
  if (s.ok()) s = rules.Finish();
  if (!s.ok()) {
    NEXUS_FUZZ_CHECK(s.message().rfind("fuzz.json", 0) == 0);
    return 0;
  }
  for (const auto& [id, e] : rules.entities()) {
    std::string prefix = std::string(nexus::TypeName(e.type)) + ":";
    NEXUS_FUZZ_CHECK(id.rfind(prefix, 0) == 0 && id == e.id);
  }
  return 0;
}
