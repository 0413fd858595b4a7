// The table of sub-commands: `nexus COMMAND` runs one, `nexus list` prints
// them. Adding a command: its Run function in its own file, declared in
// commands.h, and one line below.
#include "app/commands.h"

namespace nexus {

const std::vector<Command>& Commands() {
  static const std::vector<Command> table = {
    {"build", "read reports and write the knowledge graph", nexus::RunBuild},
    {"list", "list sub-commands, output formats and extractors", nexus::RunList},
    {"merge", "merge partial graphs (of shards built apart) into one", nexus::RunMerge},
    {"explain", "every sentence behind an entity's links, or the link between two", nexus::RunExplain},
    {"query", "questions to a graph: neighbors, path, rank, brokers, clusters, activities", nexus::RunQuery},
    {"diff", "what changed between two graphs: documents, entities, links, activities", nexus::RunDiff},
    {"rules", "check rules files without building: nexus rules check FILE...", nexus::RunRules},
    {"text", "the text Nexus reads from a document (PDF, HTML, DOCX converted)", nexus::RunText},
  };
  return table;
}

}  // namespace nexus
