// libFuzzer target: the sentence splitter on any bytes. Invariants: sentences
// are in order, inside the text, not empty, without surrounding spaces, and
// no longer than kMaxSentenceBytes.
#include <cstdint>
#include <string_view>

#include "extractors/reader/sentence_splitter.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  std::size_t last = 0;
  for (const auto& [b, e] : nexus::SplitSentences(text)) {
    NEXUS_FUZZ_CHECK(last <= b && b < e && e <= text.size());
    NEXUS_FUZZ_CHECK(e - b <= nexus::kMaxSentenceBytes);
    NEXUS_FUZZ_CHECK(!space(text[b]) && !space(text[e - 1]));
    last = e;
  }
  return 0;
}
