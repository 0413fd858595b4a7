// The `nexus build` options that shape what is exported: --layout,
// --graphml-yed, --compact, --gexf-version and the subgraph filters (--types, --min-weight, --focus,
// --depth, --exclude).
#ifndef NEXUS_APP_EXPORT_FLAGS_H_
#define NEXUS_APP_EXPORT_FLAGS_H_

#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "graph/subgraph.h"

namespace nexus {

// Help lines for these options, for `nexus build --help`.
extern const char kExportFlagsHelp[];

// If args[*i] is one of these options, consumes it and its value (advancing
// *i past the value) and returns 0; returns 2 after printing a usage error
// (unknown layout or type, a value missing or not a number); returns -1 when
// args[*i] is not one of them.
int ParseExportFlag(const std::vector<std::string>& args, std::size_t* i,
                    ExportOptions* options, SubgraphFilter* filter);

}  // namespace nexus

#endif  // NEXUS_APP_EXPORT_FLAGS_H_
