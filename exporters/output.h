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

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_OUTPUT_H_
