// libFuzzer target: the reader (ParseDocument) on any bytes. It must fail
// only with a message naming the document, and on success every span must
// lie inside the raw text, every sentence's offsets map into it in order.
#include <cstdint>
#include <string>

#include "extractors/reader/reader.h"
#include "extractors/reader/sentence_splitter.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string raw(reinterpret_cast<const char*>(data), size);
  nexus::Document doc;
  nexus::Status s = nexus::ParseDocument("fuzz.txt", raw, &doc);
  if (!s.ok()) {
    NEXUS_FUZZ_CHECK(s.message().rfind("fuzz.txt", 0) == 0);
    return 0;
  }
  NEXUS_FUZZ_CHECK(doc.raw == raw);
  for (const nexus::Section& sec : doc.sections) {
    NEXUS_FUZZ_CHECK(sec.span.begin <= sec.span.end && sec.span.end <= raw.size());
    NEXUS_FUZZ_CHECK(sec.parent < static_cast<int>(doc.sections.size()));
  }
  for (const nexus::Paragraph& p : doc.paragraphs) {
    NEXUS_FUZZ_CHECK(p.span.begin <= p.span.end && p.span.end <= raw.size());
    NEXUS_FUZZ_CHECK(p.section < static_cast<int>(doc.sections.size()));
    for (const nexus::Sentence& sentence : p.sentences) {
      NEXUS_FUZZ_CHECK(!sentence.text.empty());
      NEXUS_FUZZ_CHECK(sentence.text.size() <= nexus::kMaxSentenceBytes);
      NEXUS_FUZZ_CHECK(!sentence.runs.empty() && sentence.runs[0].at == 0);
      NEXUS_FUZZ_CHECK(sentence.span.begin <= sentence.span.end && sentence.span.end <= raw.size());
      for (std::size_t i = 0; i <= sentence.text.size(); ++i) {
        NEXUS_FUZZ_CHECK(sentence.Offset(i) <= raw.size());
        if (i > 0) NEXUS_FUZZ_CHECK(sentence.Offset(i - 1) <= sentence.Offset(i));
      }
    }
  }
  return 0;
}
