// Writing exports to files without ever leaving a half-written one.
#ifndef NEXUS_EXPORTERS_OUTPUT_H_
#define NEXUS_EXPORTERS_OUTPUT_H_

#include <string>

#include "exporters/exporter.h"

namespace nexus {

// Writes the graph with `exporter` to `path`: into a temporary file in the
// same folder, then renamed over `path`. "-" writes to standard output. On
// any failure (full disk, no permission) the temporary file is removed and
// `path` is left as it was. The export streams out as it is made (a large
// graph is never held whole in memory), so a failure on standard output may
// leave part of it written there.
// A folder format (Exporter::WritesFolder) writes `path` as a folder, made
// whole beside it and then put in its place in one step; an existing `path`
// is replaced only when it is such an export (it holds ".nexus-export"). On
// standard output it is a tar archive.
Status WriteExport(const Exporter& exporter, const KnowledgeGraph& graph,
                   const ExportOptions& options, const std::string& path);

// Checks, before any work, that a file can be created in `dir`.
Status CheckWritableFolder(const std::string& dir);

// Temporaries (".nexus-tmp-<pid>-XXXXXX", files or folders) are registered
// while they exist, so that an interrupted run removes them: after
// InstallInterruptCleanup, SIGINT, SIGTERM and SIGHUP remove every
// registered temporary, say so on standard error and end the process by the
// signal (exit status 130, 143, 129). A run killed outright (SIGKILL) leaves
// them: RemoveStaleTemporaries removes, from a folder, those of processes
// that no longer run.
void InstallInterruptCleanup();
int RegisterTemporary(const std::string& path, bool folder);  // a slot, or -1 when full
void ReleaseTemporary(int slot);
// A new temporary folder in `dir`, registered (its slot in *slot).
Status MakeTemporaryFolder(const std::string& dir, std::string* path, int* slot);
void RemoveStaleTemporaries(const std::string& dir);

// An advisory lock (flock) on the lock file `lock` (".<output>.nexus-lock"
// beside one output file, ".nexus-lock" in an output folder), held until
// ReleaseOutputLock or the end of the process, which removes the file: a
// second run on the same output waits for the first (`wait`) or stops with
// a message naming `output`. Runs on other outputs of the same folder do not
// wait for each other.
Status LockOutput(const std::string& lock, const std::string& output, bool wait);
void ReleaseOutputLock();

// The folder part of a path ("." when none).
std::string FolderOf(const std::string& path);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_OUTPUT_H_
