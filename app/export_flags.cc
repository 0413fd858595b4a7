#include "app/export_flags.h"

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "exporters/render.h"

namespace nexus {

const char kExportFlagsHelp[] =
    "  --layout ENGINE  graphviz layout of svg/png/pdf: neato (default), dot, sfdp, circo, fdp\n"
    "  --graphml-yed    GraphML: add yFiles node graphics (yEd shows labels and colours)\n"
    "  --compact        JSON: no indentation, for machines (pretty is the default)\n"
    "  --metrics        on every node, in every format: degree, betweenness, PageRank, core\n"
    "                   number and cluster (label propagation); drawings size nodes by\n"
    "                   betweenness\n"
    "  --gexf-version V GEXF: 1.3 (default) or 1.2 (1.2draft, for readers without 1.3: networkx 2.8)\n"
    "  --activities M   GraphML, GEXF, DOT and drawings: activities (who profits from what,\n"
    "                   where) as nodes of a fifth kind joined to their actor, crime and places\n"
    "                   (nodes), or not (off, the default)\n"
    "  --types LIST     keep only these entity types: group,crime,region,un_entity\n"
    "  --min-weight N   keep only links stated by at least N sentences (and their entities)\n"
    "  --focus ENTITY   keep only the entities near ENTITY (an id, a name or an alias)\n"
    "  --depth N        with --focus: at most N links away (default 1)\n"
    "  --exclude ENTITY leave ENTITY and its links out (repeatable)\n";

namespace {

bool ParseCount(const std::string& text, int* out) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  *out = std::atoi(text.c_str());
  return true;
}

}  // namespace

ExportFlags::ExportFlags(CommandLine* cli) : cli_(cli) {
  cli->Flag("--graphml-yed", &graphml_yed_);
  cli->Flag("--compact", &compact_);
  cli->Flag("--metrics", &metrics_);
  cli->Value("--layout", &layout_);
  cli->Value("--gexf-version", &gexf_version_);
  cli->Value("--activities", &activities_);
  cli->Value("--types", &types_);
  cli->Value("--min-weight", &min_weight_);
  cli->Value("--focus", &focus_);
  cli->Value("--depth", &depth_);
  cli->Repeated("--exclude", &exclude_);
}

int ExportFlags::Apply(ExportOptions* options, SubgraphFilter* filter) const {
  options->graphml_yed = graphml_yed_;
  options->compact = compact_;
  options->want_metrics = metrics_;
  if (!activities_.empty()) {
    if (activities_ != "nodes" && activities_ != "off") return cli_->Usage("--activities takes nodes or off");
    options->activity_nodes = activities_ == "nodes";
  }
  if (!gexf_version_.empty()) {
    if (gexf_version_ != "1.2" && gexf_version_ != "1.3") return cli_->Usage("--gexf-version takes 1.2 or 1.3");
    options->gexf_version = gexf_version_;
  }
  if (!layout_.empty()) {
    if (!IsLayoutEngine(layout_))
      return cli_->Usage("unknown layout '" + layout_ + "' (dot, neato, sfdp, circo, fdp)");
    options->layout = layout_;
  }
  if (cli_->app().count("--types")) {
    std::stringstream in(types_);
    std::string item;
    while (std::getline(in, item, ',')) {
      if (item.empty()) continue;
      auto type = ParseType(item);
      if (!type)
        return cli_->Usage("unknown entity type '" + item + "' (group, crime, region, un_entity)");
      filter->types.push_back(*type);
    }
    if (filter->types.empty()) return cli_->Usage("--types needs at least one type");
  }
  if (cli_->app().count("--min-weight") && !ParseCount(min_weight_, &filter->min_weight))
    return cli_->Usage("--min-weight takes a number");
  if (cli_->app().count("--depth") && !ParseCount(depth_, &filter->depth))
    return cli_->Usage("--depth takes a number");
  if (cli_->app().count("--focus")) filter->focus = focus_;
  for (const std::string& e : exclude_) filter->exclude.push_back(e);
  return 0;
}

}  // namespace nexus
