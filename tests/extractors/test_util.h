// Helpers for extractor tests: the default rules, loaded once, and a run of
// the whole pipeline on a string literal.
#ifndef NEXUS_TESTS_EXTRACTORS_TEST_UTIL_H_
#define NEXUS_TESTS_EXTRACTORS_TEST_UTIL_H_

#include <algorithm>
#include <string>

#include "extractors/extractor.h"
#include "extractors/pipeline.h"
#include "extractors/rules/rules.h"

namespace nexus::test {

inline const Rules& DefaultRules() {
  static const Rules* rules = [] {
    auto* r = new Rules();
    r->AcceptCues(CueNamesRead(), CueNamesIndexedApart());
    Status s = r->LoadDefaults();
    if (s.ok()) s = r->Finish();
    if (!s.ok()) throw std::runtime_error(s.message());
    return r;
  }();
  return *rules;
}

struct Run {
  Document doc;
  Findings findings;

  bool Mentions(const std::string& id) const {
    return std::any_of(findings.mentions.begin(), findings.mentions.end(),
                       [&](const Mention& m) { return m.entity == id; });
  }
  // The claim linking a and b (either way round), or nullptr.
  const Claim* Link(const std::string& a, const std::string& b) const {
    for (const Claim& c : findings.claims)
      if ((c.subject == a && c.object == b) || (c.subject == b && c.object == a)) return &c;
    return nullptr;
  }
};

inline Run RunOn(const std::string& text) {
  static const Pipeline pipeline(DefaultRules());
  Run run;
  Status s = pipeline.Process("test.txt", text, &run.doc, &run.findings);
  if (!s.ok()) throw std::runtime_error(s.message());
  return run;
}

}  // namespace nexus::test

#endif  // NEXUS_TESTS_EXTRACTORS_TEST_UTIL_H_
