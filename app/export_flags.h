// The `nexus build` options that shape what is exported: --layout,
// --graphml-yed, --compact, --gexf-version and the subgraph filters (--types, --min-weight, --focus,
// --depth, --exclude).
#ifndef NEXUS_APP_EXPORT_FLAGS_H_
#define NEXUS_APP_EXPORT_FLAGS_H_

#include <string>
#include <vector>

#include "app/cli.h"
#include "exporters/exporter.h"
#include "graph/subgraph.h"

namespace nexus {

// Help lines for these options, for `nexus build --help`.
extern const char kExportFlagsHelp[];

// The values of these options as given, checked by ExportFlags::Apply.
class ExportFlags {
 public:
  // Declares the options on `cli`.
  explicit ExportFlags(CommandLine* cli);
  // After parsing: fills `options` and `filter`; 0, or 2 after printing a
  // usage error (unknown layout or type, a value that is not a number).
  int Apply(ExportOptions* options, SubgraphFilter* filter) const;

 private:
  CommandLine* cli_;
  bool graphml_yed_ = false, compact_ = false, metrics_ = false;
  std::string layout_, gexf_version_, activities_, types_, min_weight_, focus_, depth_;
  std::vector<std::string> exclude_;
};

}  // namespace nexus

#endif  // NEXUS_APP_EXPORT_FLAGS_H_
