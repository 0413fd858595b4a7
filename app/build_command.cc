// nexus build INPUT... [--format F,...] [--output PATH] [--rules FILE]...
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>

#include "app/batch.h"
#include "app/build_graph.h"
#include "app/cli.h"
#include "app/commands.h"
#include "app/export_flags.h"
#include "app/input.h"
#include "app/output_plan.h"
#include "app/process_lifetime.h"
#include "app/progress.h"
#include "exporters/exporter.h"
#include "exporters/json_reader.h"
#include "exporters/output.h"
#include "extractors/extractor.h"
#include "extractors/pipeline.h"
#include "extractors/stage_times.h"

namespace nexus {
namespace {

const char kBuildHelp[] =
    "usage: nexus build [options] [--] INPUT...\n"
    "  INPUT            a file (.txt, .md, .pdf, .html, .htm, .docx), a folder (its documents,\n"
    "                   recursively) or - for standard input (text)\n"
    "  -f, --format LIST  comma-separated formats (see 'nexus list'); default json\n"
    "  -o, --output PATH  a file for one format (- for standard output), a folder for several;\n"
    "                   default: standard output for one format, 'out' for several\n"
    "  --rules FILE     a rules file that adds to or overrides the default rules (repeatable)\n"
    "  --max-bytes N    refuse documents larger than N bytes (default 268435456)\n"
    "  --include GLOB   of the files a folder gives, read only those matching GLOB (its path\n"
    "                   below the folder or its name; repeatable)\n"
    "  --exclude-files GLOB  of the files a folder gives, leave out those matching GLOB\n"
    "                   (repeatable; --exclude names an entity to leave out of the graph)\n"
    "  -j, --jobs N     documents processed at once (default: the number of processors);\n"
    "                   the output is the same whatever N is\n"
    "  --update GRAPH   start from GRAPH (JSON written by nexus) and add the INPUT documents it\n"
    "                   does not hold yet; the result replaces GRAPH unless --output is given\n"
    "  --partial        write this shard's partial graph (the JSON graph) for 'nexus merge'\n"
    "  --meta FILE.csv  documents' symbol, date and title, over what their text says: a header\n"
    "                   naming path and any of symbol, date (YYYY-MM-DD), title; a row each\n"
    "  --keep-going     exit 0 when some documents failed (they are still reported)\n"
    "  --wait           when another nexus run is writing into the same place, wait for it\n"
    "                   (without it, that is an error)\n"
    "  -q, --quiet      no progress or summary on standard error\n"
    "  --timings        print the seconds spent in each stage on standard error\n";

struct BuildOptions {
  std::vector<std::string> inputs, formats, rules;
  std::string output;
  InputOptions input;
  ExportOptions export_options;
  SubgraphFilter filter;
  bool keep_going = false, quiet = false, timings = false, wait = false;
  std::string update;  // --update GRAPH
  std::string meta;    // --meta FILE.csv
  bool partial = false;
  int jobs = 0;        // 0: DefaultJobs()
};

// Returns 0 when parsed, -1 after the help, else the exit code to return.
int ParseArgs(const std::vector<std::string>& args, BuildOptions* o) {
  CommandLine cli("build", std::string(kBuildHelp) + kExportFlagsHelp);
  ExportFlags export_flags(&cli);
  std::string max_bytes, jobs;
  cli.Repeated("-f,--format", &o->formats, true);
  cli.Value("-o,--output", &o->output);
  cli.Repeated("--rules", &o->rules);
  cli.Repeated("--include", &o->input.include);
  cli.Repeated("--exclude-files", &o->input.exclude);
  cli.Value("--max-bytes", &max_bytes);
  cli.Value("-j,--jobs", &jobs);
  cli.Value("--update", &o->update);
  cli.Value("--meta", &o->meta);
  cli.Flag("--partial", &o->partial);
  cli.Flag("--keep-going", &o->keep_going);
  cli.Flag("--wait", &o->wait);
  cli.Flag("-q,--quiet", &o->quiet);
  cli.Flag("--timings", &o->timings);
  cli.Positional("input", &o->inputs);
  if (int code = cli.Parse(args)) return code;
  if (int code = export_flags.Apply(&o->export_options, &o->filter)) return code;
  if (cli.app().count("--max-bytes")) {
    char* end = nullptr;
    o->input.max_bytes = std::strtoull(max_bytes.c_str(), &end, 10);
    // Offsets into a document are 32-bit.
    if (!end || *end || max_bytes.empty() || max_bytes[0] == '-' || o->input.max_bytes > 0xFFFFFFFFull)
      return cli.Usage("--max-bytes takes a number of bytes, at most 4294967295");
  }
  if (cli.app().count("--jobs")) {
    char* end = nullptr;
    long n = std::strtol(jobs.c_str(), &end, 10);
    if (jobs.empty() || *end || n < 1 || n > 1024) return cli.Usage("--jobs takes a number of threads, 1 to 1024");
    o->jobs = static_cast<int>(n);
  }
  if (o->inputs.empty()) return cli.Usage("no input");
  std::erase(o->formats, std::string());
  if (o->formats.empty()) o->formats.push_back("json");
  if (o->partial && (o->formats != std::vector<std::string>{"json"} || !o->filter.empty()))
    return cli.Usage("--partial writes the whole JSON graph: no other format, no filter");
  if (!o->update.empty() && o->output.empty() && o->formats == std::vector<std::string>{"json"})
    o->output = o->update;
  if (!KnownFormats("build", o->formats)) return 2;
  return 0;
}

// The stages' seconds, their share of the sum, and the wall-clock time: when
// several threads worked at once the sum is larger than the wall-clock time.
void PrintTimings(const StageTimes& times, bool threads, double wall) {
  const double total = times.total();
  std::fprintf(stderr, "nexus: seconds by stage%s\n",
               threads ? " (what the threads did at once is added up)" : "");
  for (const auto& [stage, seconds] : times.stages())
    std::fprintf(stderr, "  %-12s %8.3f %6.1f%%\n", stage.c_str(), seconds,
                 total > 0 ? 100 * seconds / total : 0.0);
  std::fprintf(stderr, "  %-12s %8.3f\n  %-12s %8.3f\n", "sum", total, "wall-clock", wall);
}

}  // namespace

int RunBuild(const std::vector<std::string>& args) {
  const StageTimes::Clock::time_point started = StageTimes::Clock::now();
  BuildOptions o;
  if (int code = ParseArgs(args, &o)) return code < 0 ? 0 : code;
  // --meta is checked before any output is prepared or any document read.
  DocumentMeta meta;
  if (!o.meta.empty()) {
    if (Status m = meta.Load(o.meta); !m.ok()) {
      std::cerr << "nexus: " << m.message() << "\n";
      return 1;
    }
  }
  std::vector<std::string> outputs;
  // An interrupted run removes its temporaries: the outputs stay all old.
  InstallInterruptCleanup();
  Status planned = PlanOutputs(o.formats, o.output, &outputs);
  if (planned.ok()) planned = PrepareOutputs(outputs, o.wait);
  if (!planned.ok()) {
    std::cerr << "nexus: " << planned.message() << "\n";
    return 1;
  }
  Rules& rules = MakeForProcess<Rules>();  // freed by the exit, not piece by piece
  Status s = rules.LoadDefaults();
  for (std::size_t i = 0; s.ok() && i < o.rules.size(); ++i) s = rules.LoadFile(o.rules[i]);
  if (s.ok()) s = rules.Finish();
  StageTimes times;
  StageTimes::Clock::time_point start = times.Since("start-up", started);
  if (!s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  std::vector<std::string> errors;
  std::vector<std::string> files = ExpandInputs(o.inputs, o.input, &errors);
  KnowledgeGraph& graph = MakeForProcess<KnowledgeGraph>();
  if (!o.update.empty()) {
    if (Status u = ReadJsonGraphFile(o.update, &graph); !u.ok()) {
      std::cerr << "nexus: " << u.message() << "\n";
      return 1;
    }
    // A path the graph holds, as a document or as another path of one.
    std::set<std::string> known(graph.documents().begin(), graph.documents().end());
    for (const DocumentInfo& d : graph.document_infos()) known.insert(d.aliases.begin(), d.aliases.end());
    std::erase_if(files, [&](const std::string& f) { return known.count(DocumentName(f)) > 0; });
    start = times.Since("update", start);
  }
  Pipeline pipeline(rules);
  Progress progress(files, !o.quiet);
  const int jobs = o.jobs > 0 ? o.jobs : DefaultJobs();
  o.export_options.jobs = jobs;
  BuildSettings settings;
  settings.input = o.input;
  settings.jobs = jobs;
  settings.on_document = [&](std::size_t bytes) { progress.Add(bytes); };
  settings.times = &times;
  if (!meta.empty()) settings.meta = &meta;
  BuildReport report = BuildGraph(pipeline, rules, files, settings, &graph);
  const std::size_t done = report.done;
  errors.insert(errors.end(), report.errors.begin(), report.errors.end());
  progress.Finish();
  start = StageTimes::Clock::now();
  for (const std::string& e : errors) std::cerr << "nexus: " << e << "\n";
  for (const std::string& w : report.warnings) std::cerr << "nexus: warning: " << w << "\n";
  if (!meta.empty()) {
    std::vector<std::string> names;
    for (const std::string& f : files) names.push_back(DocumentName(f));
    for (const std::string& p : meta.Unused(names))
      std::cerr << "nexus: warning: " << o.meta << ": no document read is named '" << p << "'\n";
  }
  KnowledgeGraph subgraph;
  if (!o.filter.empty()) {
    if (Status f = MakeSubgraph(graph, o.filter, &subgraph); !f.ok()) {
      std::cerr << "nexus build: " << f.message() << "\n";
      return 2;
    }
  }
  const KnowledgeGraph& exported = o.filter.empty() ? graph : subgraph;
  if (!o.filter.empty()) start = times.Since("filter", start);
  // Nothing read: an earlier output stays as it was rather than be emptied.
  if (done == 0 && !errors.empty() && o.update.empty()) {
    std::cerr << "nexus: no document could be read; no output written\n";
    return 1;
  }
  const bool failed = !WriteOutputs(o.formats, outputs, exported, o.export_options);
  times.Since("export", start);
  if (!o.quiet)
    std::cerr << "nexus: " << done << " document(s) read, " << errors.size() << " failed; "
              << graph.entity_count() << " entities, " << graph.link_count() << " links\n";
  if (o.timings)
    PrintTimings(times, jobs > 1 && files.size() > 1,
                 std::chrono::duration<double>(StageTimes::Clock::now() - started).count());
  if (failed || (done == 0 && !errors.empty())) return 1;
  return errors.empty() || o.keep_going ? 0 : 1;
}

int RunList(const std::vector<std::string>& args) {
  CommandLine cli("list", "usage: nexus list\n  prints the sub-commands, the output formats and the extractors\n");
  if (int code = cli.Parse(args)) return code < 0 ? 0 : code;
  std::cout << "commands:\n";
  for (const Command& c : Commands()) std::cout << "  " << c.name << "\t" << c.description << "\n";
  std::cout << "\nformats:\n";
  for (const auto& e : Exporters())
    std::cout << "  " << e->Name() << "\t." << e->FileExtension() << "\t" << e->Description() << "\n";
  Rules rules;
  rules.AcceptCues(CueNamesRead(), CueNamesIndexedApart());
  std::cout << "\nextractors (in order):\n";
  for (const auto& x : MakeExtractors(rules)) std::cout << "  " << x->Name() << "\t" << x->Description() << "\n";
  return 0;
}

}  // namespace nexus
