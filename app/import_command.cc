// nexus rules import-sanctions FILE.xml [--output RULES.json]
// nexus rules import-un-entities FILE.csv [--output RULES.json]
// Name lists published by others turned into rules files for --rules
// (extractors/rules/sanctions_import.h); a report goes to standard error.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/cli.h"
#include "app/commands.h"
#include "extractors/extractor.h"
#include "extractors/rules/rules.h"
#include "extractors/rules/sanctions_import.h"

namespace nexus {
namespace {

const char kImportHelp[] =
    "usage: nexus rules import-sanctions LIST.xml [--output RULES.json]\n"
    "       nexus rules import-un-entities TABLE.csv [--output RULES.json]\n"
    "  import-sanctions: the armed groups of the Security Council Consolidated Sanctions\n"
    "  List (XML as published) as a rules file: names, aliases, original script and\n"
    "  reference number; entities the defaults know get the list's other names.\n"
    "  import-un-entities: the UN entities of a table (columns entity_long, entity) that\n"
    "  the defaults lack, when the acronym stands for the name.\n"
    "  Then: nexus build --rules RULES.json ...  (standard output without --output)\n";

// Writes `text` to `path` through a temporary file renamed over it.
bool WriteFileAtomically(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace

int RunRulesImport(const std::vector<std::string>& args) {
  const std::string kind = args.empty() ? "" : args[0];
  std::string output;
  std::vector<std::string> inputs;
  CommandLine cli("rules " + kind, kImportHelp);
  cli.Value("-o,--output", &output);
  cli.Positional("file", &inputs);
  if (int code = cli.Parse({args.begin() + (args.empty() ? 0 : 1), args.end()})) return code < 0 ? 0 : code;
  if (inputs.empty()) return cli.Usage("no file");
  if (inputs.size() > 1) return cli.Usage("one file at a time");
  const std::string input = inputs[0];
  std::ifstream in(input, std::ios::binary);
  if (!in) {
    std::cerr << "nexus: " << input << ": cannot be read\n";
    return 1;
  }
  std::stringstream bytes;
  bytes << in.rdbuf();
  Rules defaults;
  defaults.AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  Status s = defaults.LoadDefaults();
  if (s.ok()) s = defaults.Finish();
  std::string json;
  ImportReport report;
  if (s.ok())
    s = kind == "import-sanctions" ? ImportSanctionsList(input, bytes.str(), defaults, &json, &report)
                                   : ImportUnEntities(input, bytes.str(), defaults, &json, &report);
  if (!s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  if (output.empty() || output == "-") {
    std::cout << json;
  } else if (!WriteFileAtomically(output, json)) {
    std::cerr << "nexus: " << output << ": cannot be written\n";
    return 1;
  }
  std::cerr << "nexus: " << report.entries << " entities (" << report.extended << " of the defaults given more names), "
            << report.aliases << " aliases; " << report.aliases_dropped << " aliases left out (taken or too short alone)";
  for (const auto& [why, n] : report.skipped) std::cerr << "; " << n << " left out as " << why;
  std::cerr << "\n";
  return 0;
}

}  // namespace nexus
