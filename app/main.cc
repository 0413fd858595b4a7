// nexus: the command line. The sub-commands are the table in commands.cc;
// `nexus list` prints them with the formats and extractors.
#include <iostream>
#include <string>
#include <vector>

#include "app/commands.h"

namespace {

void Usage(std::ostream& out) {
  out << "usage: nexus COMMAND [ARGS...]\n       nexus --version\n\ncommands:\n";
  for (const nexus::Command& c : nexus::Commands()) out << "  " << c.name << "\t" << c.description << "\n";
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
  if (name == "--version" || name == "-V") {
    const std::string git = NEXUS_GIT_DESCRIBE;
    std::cout << "nexus " << NEXUS_VERSION << (git.empty() ? "" : " (" + git + ")") << "\n";
    return 0;
  }
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const nexus::Command& c : nexus::Commands())
    if (name == c.name) return c.run(args);
  std::cerr << "nexus: unknown command '" << name << "'\n";
  Usage(std::cerr);
  return 2;
}
