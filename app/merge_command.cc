// nexus merge GRAPH... [--format F,...] [--output PATH]: one graph from the
// partial graphs of shards (JSON graphs written by `nexus build`). The merge
// is associative and commutative: any grouping and order of the shards gives
// the same bytes, and the bytes of one build over all their documents.
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "app/cli.h"
#include "app/commands.h"
#include "app/export_flags.h"
#include "app/output_plan.h"
#include "app/process_lifetime.h"
#include "exporters/exporter.h"
#include "exporters/json_reader.h"
#include "exporters/output.h"

namespace nexus {
namespace {

const char kMergeHelp[] =
    "usage: nexus merge [options] [--] GRAPH...\n"
    "  GRAPH            a JSON graph written by 'nexus build' (--partial or --format json)\n"
    "  -f, --format LIST  comma-separated formats (see 'nexus list'); default json\n"
    "  -o, --output PATH  a file for one format (- for standard output), a folder for several;\n"
    "                   default: standard output for one format, 'out' for several\n"
    "  -q, --quiet      no summary on standard error\n"
    "  --wait           when another nexus run is writing into the same place, wait for it\n"
    "                   (without it, that is an error)\n";

struct MergeOptions {
  std::vector<std::string> inputs, formats;
  std::string output;
  ExportOptions export_options;
  SubgraphFilter filter;
  bool quiet = false, wait = false;
};

// Returns 0 when parsed, -1 after --help, else the exit code to return.
int ParseMergeArgs(const std::vector<std::string>& args, MergeOptions* o) {
  CommandLine cli("merge", std::string(kMergeHelp) + kExportFlagsHelp);
  ExportFlags export_flags(&cli);
  cli.Repeated("-f,--format", &o->formats, true);
  cli.Value("-o,--output", &o->output);
  cli.Flag("-q,--quiet", &o->quiet);
  cli.Flag("--wait", &o->wait);
  cli.Positional("graph", &o->inputs);
  if (int code = cli.Parse(args)) return code;
  if (int code = export_flags.Apply(&o->export_options, &o->filter)) return code;
  if (o->inputs.empty()) return cli.Usage("no graph to merge");
  std::erase(o->formats, std::string());
  if (o->formats.empty()) o->formats.push_back("json");
  if (!KnownFormats("merge", o->formats)) return 2;
  return 0;
}

}  // namespace

int RunMerge(const std::vector<std::string>& args) {
  MergeOptions o;
  if (int code = ParseMergeArgs(args, &o)) return code < 0 ? 0 : code;
  std::vector<std::string> outputs;
  InstallInterruptCleanup();
  Status planned = PlanOutputs(o.formats, o.output, &outputs);
  if (planned.ok()) planned = PrepareOutputs(outputs, o.wait);
  if (!planned.ok()) {
    std::cerr << "nexus: " << planned.message() << "\n";
    return 1;
  }
  KnowledgeGraph& graph = MakeForProcess<KnowledgeGraph>();  // freed by the exit
  // Every input is tried, so that one run names every shard to build again.
  std::vector<std::string> failed_inputs;
  for (const std::string& input : o.inputs) {
    if (Status s = ReadJsonGraphFile(input, &graph); !s.ok()) {
      std::cerr << "nexus: " << s.message() << "\n";
      failed_inputs.push_back(input);
    }
  }
  if (!failed_inputs.empty()) {
    std::cerr << "nexus merge: nothing written; " << failed_inputs.size() << " of " << o.inputs.size()
              << " graph(s) could not be read. Build their shards again, then merge:";
    for (const std::string& input : failed_inputs) std::cerr << " " << input;
    std::cerr << "\n";
    return 1;
  }
  KnowledgeGraph subgraph;
  if (!o.filter.empty()) {
    if (Status f = MakeSubgraph(graph, o.filter, &subgraph); !f.ok()) {
      std::cerr << "nexus merge: " << f.message() << "\n";
      return 2;
    }
  }
  const KnowledgeGraph& exported = o.filter.empty() ? graph : subgraph;
  const bool failed = !WriteOutputs(o.formats, outputs, exported, o.export_options);
  if (!o.quiet) {
    std::size_t aliases = 0;
    for (const DocumentInfo& d : graph.document_infos()) aliases += d.aliases.size();
    std::cerr << "nexus: " << o.inputs.size() << " graph(s) merged: " << graph.documents().size()
              << " documents, " << graph.entity_count() << " entities, " << graph.link_count() << " links\n";
    if (aliases)
      std::cerr << "nexus: warning: " << aliases << " path(s) held the same bytes as a document of "
                << "another path: counted once, recorded as its aliases\n";
  }
  return failed ? 1 : 0;
}

}  // namespace nexus
