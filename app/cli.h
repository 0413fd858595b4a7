// A sub-command's command line, parsed with CLI11 (Debian's libcli11-dev):
// `--opt value` and `--opt=value`, short forms (`-f`, `-o`, `-q`, `-j`, and
// `-qj2` together), `--` before names that start with a dash, and every
// usage error exit 2 with a message naming the command. The help is the
// command's own text, on standard output with exit 0 for -h and --help.
#ifndef NEXUS_APP_CLI_H_
#define NEXUS_APP_CLI_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace nexus {

class CommandLine {
 public:
  // `command` as it is typed after "nexus" ("build", "rules names"); `help`
  // its usage text.
  CommandLine(std::string command, std::string help);

  CLI::App& app() { return app_; }

  // A repeatable option that takes one value each time it is given; with
  // `comma_list`, each value is split at commas ("--format json,dot").
  CLI::Option* Repeated(const std::string& names, std::vector<std::string>* into, bool comma_list = false);
  // An option that takes one value.
  CLI::Option* Value(const std::string& names, std::string* into);
  // A flag that takes no value.
  CLI::Option* Flag(const std::string& names, bool* into);
  // The positional arguments (all of them, after `--` too).
  CLI::Option* Positional(const std::string& name, std::vector<std::string>* into);

  // 0: parsed; -1: the help was asked for and printed (exit 0); 2: a usage
  // error, printed with the help on standard error.
  int Parse(const std::vector<std::string>& args);

  // Prints "nexus COMMAND: message" and the help on standard error; returns 2.
  int Usage(const std::string& message) const;

 private:
  std::string command_, help_;
  bool help_asked_ = false;
  CLI::App app_;
};

}  // namespace nexus

#endif  // NEXUS_APP_CLI_H_
