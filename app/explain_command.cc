// nexus explain GRAPH.json ENTITY [ENTITY]: every sentence behind an
// entity's links, or behind the links between two entities, with document,
// paragraph and the mentions highlighted.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/cli.h"
#include "app/commands.h"
#include "exporters/json_reader.h"
#include "graph/entity_resolver.h"

namespace nexus {
namespace {

const char kExplainHelp[] =
    "usage: nexus explain GRAPH.json ENTITY [ENTITY] [--color=auto|always|never]\n"
    "  ENTITY is an id (group:isil) or a name or alias (ISIL, \"Da'esh\").\n"
    "  With one entity: every sentence behind its links. With two: the sentences\n"
    "  behind the links between them. Mentions are highlighted: bold and underlined\n"
    "  on a terminal (unless NO_COLOR is set, or --color=never), else between » «.\n";

// The sentence with its marks wrapped in highlight strings.
std::string Highlight(const Evidence& ev, bool tty) {
  const char* open = tty ? "\033[1;4m" : "\u00bb";
  const char* close = tty ? "\033[0m" : "\u00ab";
  std::vector<std::pair<std::size_t, std::size_t>> marks = ev.marks;
  std::sort(marks.begin(), marks.end());
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : marks) {
    if (b < at || e > ev.text.size() || b >= e) continue;
    out += ev.text.substr(at, b - at) + open + ev.text.substr(b, e - b) + close;
    at = e;
  }
  return out + ev.text.substr(std::min(at, ev.text.size()));
}

void Print(const KnowledgeGraph& g, const Link& link, bool tty) {
  const Entity* s = g.FindEntity(link.source);
  const Entity* t = g.FindEntity(link.target);
  std::cout << "\n" << s->label << " --" << link.relation << "--> " << t->label << "  ["
            << link.kind << ", weight " << link.weight() << (link.hedged() ? ", hedged" : "")
            << "]\n";
  for (const Evidence& ev : link.evidence) {
    std::cout << "  " << ev.document;
    if (ev.page > 0) std::cout << " p. " << ev.page;
    if (!ev.paragraph.empty()) std::cout << " \u00b6" << ev.paragraph;
    std::cout << " sentence " << ev.sentence << ", bytes " << ev.span.begin << "-" << ev.span.end
              << (ev.hedged ? ", hedged" : "") << " (" << ev.rule << ")\n    " << Highlight(ev, tty)
              << "\n";
  }
}

}  // namespace

int RunExplain(const std::vector<std::string>& all_args) {
  // --color=auto (the default: on a terminal, unless NO_COLOR is set),
  // always or never; the rest are positional.
  std::string color = "auto";
  std::vector<std::string> args;
  CommandLine cli("explain", kExplainHelp);
  cli.Value("--color", &color);
  cli.Positional("argument", &args);
  if (int code = cli.Parse(all_args)) return code < 0 ? 0 : code;
  if (color != "auto" && color != "always" && color != "never")
    return cli.Usage("--color takes auto, always or never");
  if (args.size() < 2 || args.size() > 3) return cli.Usage("a graph and one or two entities are needed");
  std::ifstream in(args[0], std::ios::binary);
  if (!in) {
    std::cerr << "nexus: " << args[0] << ": cannot open\n";
    return 1;
  }
  std::stringstream text;
  text << in.rdbuf();
  KnowledgeGraph g;
  if (Status s = ReadJsonGraph(text.str(), args[0], &g); !s.ok()) {
    std::cerr << "nexus: " << s.message() << "\n";
    return 1;
  }
  std::vector<const Entity*> wanted;
  for (std::size_t i = 1; i < args.size(); ++i) {
    const Entity* e = nullptr;
    if (Status s = ResolveEntity(g, args[i], &e); !s.ok()) {
      std::cerr << "nexus: " << args[0] << ": " << s.message() << "\n";
      return 1;
    }
    wanted.push_back(e);
  }
  const char* no_color = std::getenv("NO_COLOR");  // https://no-color.org: set and not empty
  const bool tty = color == "always" ||
                   (color == "auto" && ::isatty(STDOUT_FILENO) && !(no_color && *no_color));
  std::cout << wanted[0]->label << " (" << wanted[0]->id << ", " << TypeName(wanted[0]->type) << ")";
  if (wanted.size() == 2) std::cout << " and " << wanted[1]->label << " (" << wanted[1]->id << ")";
  std::cout << "\n";
  std::size_t shown = 0;
  for (const Link* link : g.Links()) {
    bool touches = link->source == wanted[0]->id || link->target == wanted[0]->id;
    if (wanted.size() == 2)
      touches = (link->source == wanted[0]->id && link->target == wanted[1]->id) ||
                (link->source == wanted[1]->id && link->target == wanted[0]->id);
    if (!touches) continue;
    Print(g, *link, tty);
    ++shown;
  }
  if (shown == 0) std::cout << "no links\n";
  return 0;
}

}  // namespace nexus
