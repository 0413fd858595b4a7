// nexus rules names [--rules FILE]...: every name the gazetteers match (entity
// names and aliases, and the blocking names), one per line, sorted, for
// benchmarks (`rg -F -i -w -f NAMES`) and for a quick grep of the rules.
#include <algorithm>
#include <iostream>

#include "app/cli.h"
#include "app/commands.h"
#include "extractors/extractor.h"
#include "extractors/rules/rules.h"

namespace nexus {

int RunRulesNames(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  CommandLine cli("rules names",
                  "usage: nexus rules names [--rules FILE]...\n"
                  "  prints every name of the gazetteers (defaults and rules files), one per line\n");
  cli.Repeated("--rules", &files);
  if (int code = cli.Parse(args)) return code < 0 ? 0 : code;
  Rules rules;
  rules.AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  Status s = rules.LoadDefaults();
  for (const std::string& f : files)
    if (s.ok()) s = rules.LoadFile(f);
  if (s.ok()) s = rules.Finish();
  if (!s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  std::vector<std::string> names;
  for (const Alias& a : rules.gazetteer().aliases()) names.push_back(a.name);
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  for (const std::string& n : names) std::cout << n << '\n';
  return 0;
}

}  // namespace nexus
