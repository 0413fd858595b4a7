// nexus: the command line. Sub-commands are a table {name, description,
// function}; `nexus list` prints them with the formats and extractors.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"

namespace {

struct Command {
  const char* name;
  const char* description;
  int (*run)(const std::vector<std::string>& args);
};

const Command kCommands[] = {
    {"build", "read reports and write the knowledge graph", nexus::RunBuild},
    {"list", "list sub-commands, output formats and extractors", nexus::RunList},
    {"merge", "merge partial graphs (of shards built apart) into one", nexus::RunMerge},
    {"names", "print every gazetteer name, one per line", nexus::RunRulesNames},
};

void Usage(std::ostream& out) {
  out << "usage: nexus COMMAND [ARGS...]\n\ncommands:\n";
  for (const Command& c : kCommands) out << "  " << c.name << "\t" << c.description << "\n";
  out << "\nRun 'nexus COMMAND --help' for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    Usage(std::cerr);
    return 2;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    Usage(std::cout);
    return 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& c : kCommands)
    if (name == c.name) return c.run(args);
  std::cerr << "nexus: unknown command '" << name << "'\n";
  Usage(std::cerr);
  return 2;
}
