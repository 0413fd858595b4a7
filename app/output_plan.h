// Where each export goes, decided (and checked for writability) before any
// work: one format to a file or standard output, several to a folder.
#ifndef NEXUS_APP_OUTPUT_PLAN_H_
#define NEXUS_APP_OUTPUT_PLAN_H_

#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "graph/status.h"

namespace nexus {

bool IsFolder(const std::string& path);

// `output` as given by --output ("" when absent). One path per format, in
// order: `output` itself for one format ("-" = standard output, the
// default), `output`/graph.<ext> for several (default folder "out", created
// when missing) or when `output` is an existing folder.
Status PlanOutputs(const std::vector<std::string>& formats, const std::string& output,
                   std::vector<std::string>* paths);

// Usage check: every format is registered; otherwise says so on standard
// error as "nexus COMMAND: unknown format ..." and returns false.
bool KnownFormats(const char* command, const std::vector<std::string>& formats);

// Before any work: removes the temporaries that killed runs left where the
// outputs go, and takes the lock of the output (see LockOutput: `wait`
// waits for another run writing the same output, else that is an error).
Status PrepareOutputs(const std::vector<std::string>& paths, bool wait);

// Writes the graph in each format to its planned path, as one transaction:
// several formats are made in a temporary folder beside the output folder
// that then replaces it in one step (or, when that folder holds files of
// the user's, is a mount point or its parent is not writable, the outputs
// replace their earlier files one by one); on any failure nothing is
// replaced. Reports each failure on standard error and returns false
// when any write failed.
bool WriteOutputs(const std::vector<std::string>& formats, const std::vector<std::string>& paths,
                  const KnowledgeGraph& graph, const ExportOptions& options);

}  // namespace nexus

#endif  // NEXUS_APP_OUTPUT_PLAN_H_
