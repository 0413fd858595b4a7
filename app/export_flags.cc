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

int Usage(const std::string& message) {
  std::cerr << "nexus build: " << message << "\n";
  return 2;
}

}  // namespace

int ParseExportFlag(const std::vector<std::string>& args, std::size_t* i,
                    ExportOptions* options, SubgraphFilter* filter) {
  const std::string& a = args[*i];
  if (a == "--graphml-yed") {
    options->graphml_yed = true;
    return 0;
  }
  if (a == "--compact") {
    options->compact = true;
    return 0;
  }
  if (a != "--layout" && a != "--types" && a != "--min-weight" && a != "--focus" &&
      a != "--depth" && a != "--exclude" && a != "--gexf-version" && a != "--activities")
    return -1;
  if (*i + 1 >= args.size()) return Usage(a + " needs a value");
  const std::string& v = args[++*i];
  if (a == "--activities") {
    if (v != "nodes" && v != "off") return Usage("--activities takes nodes or off");
    options->activity_nodes = v == "nodes";
  } else if (a == "--gexf-version") {
    if (v != "1.2" && v != "1.3") return Usage("--gexf-version takes 1.2 or 1.3");
    options->gexf_version = v;
  } else if (a == "--layout") {
    if (!IsLayoutEngine(v))
      return Usage("unknown layout '" + v + "' (dot, neato, sfdp, circo, fdp)");
    options->layout = v;
  } else if (a == "--types") {
    std::stringstream in(v);
    std::string item;
    while (std::getline(in, item, ',')) {
      if (item.empty()) continue;
      auto type = ParseType(item);
      if (!type)
        return Usage("unknown entity type '" + item + "' (group, crime, region, un_entity)");
      filter->types.push_back(*type);
    }
    if (filter->types.empty()) return Usage("--types needs at least one type");
  } else if (a == "--min-weight") {
    if (!ParseCount(v, &filter->min_weight)) return Usage("--min-weight takes a number");
  } else if (a == "--depth") {
    if (!ParseCount(v, &filter->depth)) return Usage("--depth takes a number");
  } else if (a == "--focus") {
    filter->focus = v;
  } else {
    filter->exclude.push_back(v);
  }
  return 0;
}

}  // namespace nexus
