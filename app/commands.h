// The sub-commands of the nexus CLI. Each returns the process exit code:
// 0 ok, 1 failure, 2 usage error.
#ifndef NEXUS_APP_COMMANDS_H_
#define NEXUS_APP_COMMANDS_H_

#include <string>
#include <vector>

namespace nexus {

struct Command {
  const char* name;
  const char* description;
  int (*run)(const std::vector<std::string>& args);
};

// Every sub-command, in the order `nexus list` prints them.
const std::vector<Command>& Commands();

int RunBuild(const std::vector<std::string>& args);
int RunList(const std::vector<std::string>& args);
int RunMerge(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
// `nexus rules names`, called by RunRules.
int RunRulesNames(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
// `nexus rules import-sanctions|import-un-entities`, called by RunRules.
int RunRulesImport(const std::vector<std::string>& args);
int RunText(const std::vector<std::string>& args);

}  // namespace nexus

#endif  // NEXUS_APP_COMMANDS_H_
