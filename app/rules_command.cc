// nexus rules check [FILE...]: checks rules files as `nexus build --rules`
// loads them, without reading any document.
#include <iostream>
#include <string>
#include <vector>

#include "app/cli.h"
#include "app/commands.h"
#include "extractors/extractor.h"
#include "extractors/reader/tokenizer.h"
#include "extractors/rules/rules.h"

namespace nexus {
namespace {

const char kRulesHelp[] =
    "usage: nexus rules check [FILE...]\n"
    "       nexus rules names [--rules FILE]...   every gazetteer name, one per line\n"
    "       nexus rules fold                      each line of standard input folded as names\n"
    "                                             are matched (case, accents, apostrophes)\n"
    "       nexus rules import-sanctions LIST.xml [--output RULES.json]\n"
    "       nexus rules import-un-entities TABLE.csv [--output RULES.json]\n"
    "  Checks rules files without building: JSON syntax, the schema (entity types, ids,\n"
    "  labels, aliases and their {a|b} patterns, cue lists) and names given to two\n"
    "  entities, in each file and against the default rules, as --rules loads them.\n"
    "  Prints 'FILE: ok: N entities, M aliases' for each file when all are good (exit 0);\n"
    "  else each problem as FILE:LINE:COL with the line and a caret under it (exit 1).\n"
    "  With no FILE, checks the default rules.\n";

struct Counts {
  std::size_t entities = 0, aliases = 0;
};

Counts Count(const Rules& rules) {
  Counts c;
  c.entities = rules.entities().size();
  for (const auto& [id, e] : rules.entities()) c.aliases += e.aliases.size();
  return c;
}

// One file on its own: what it defines, or its first problem.
Status CheckAlone(const std::string& path, Counts* counts) {
  Rules rules;
  rules.AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  Status s = rules.LoadFile(path);
  if (s.ok()) s = rules.Finish();
  if (s.ok()) *counts = Count(rules);
  return s;
}

}  // namespace

int RunRules(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    (args.empty() ? std::cerr : std::cout) << kRulesHelp;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "names") return RunRulesNames({args.begin() + 1, args.end()});
  if (args[0] == "import-sanctions" || args[0] == "import-un-entities") return RunRulesImport(args);
  if (args[0] == "fold") {
    // One name a line in, the same line folded as the gazetteer matches
    // names (case, accents, hyphens, apostrophes, possessives), flushed at
    // once: other tools (tests/data/rules_lint.py) ask the loader's folding.
    std::string line;
    while (std::getline(std::cin, line)) std::cout << NormalizeName(line) << std::endl;
    return 0;
  }
  if (args[0] != "check") {
    std::cerr << "nexus rules: unknown sub-command '" << args[0] << "'\n" << kRulesHelp;
    return 2;
  }
  std::vector<std::string> files;
  CommandLine cli("rules check", kRulesHelp);
  cli.Positional("file", &files);
  if (int code = cli.Parse({args.begin() + 1, args.end()})) return code < 0 ? 0 : code;
  bool failed = false;
  std::vector<std::string> good;
  std::vector<Counts> counts;
  for (const std::string& f : files) {
    Counts c;
    if (Status s = CheckAlone(f, &c); !s.ok()) {
      std::cerr << "nexus: " << s.message() << "\n";
      failed = true;
      continue;
    }
    good.push_back(f);
    counts.push_back(c);
  }
  // Together, after the defaults: a name may clash with another file's.
  Rules all;
  all.AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  Status s = all.LoadDefaults();
  for (std::size_t i = 0; s.ok() && i < good.size(); ++i) s = all.LoadFile(good[i]);
  if (s.ok()) s = all.Finish();
  if (!s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  if (files.empty()) {
    Counts c = Count(all);
    std::cout << "default rules: ok: " << c.entities << " entities, " << c.aliases << " aliases\n";
  }
  for (std::size_t i = 0; i < good.size(); ++i)
    std::cout << good[i] << ": ok: " << counts[i].entities << " entities, " << counts[i].aliases
              << " aliases\n";
  return failed ? 1 : 0;
}

}  // namespace nexus
