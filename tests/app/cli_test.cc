// The command line as CLI11 parses it for every sub-command: values after a
// space or '=', short forms, '--', help and usage errors.
#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

#include "app/cli.h"

namespace {

// Runs Parse with standard output and error captured.
struct Parsed {
  int code = 0;
  std::string out, err;
};

Parsed Run(nexus::CommandLine& cli, const std::vector<std::string>& args) {
  std::stringstream out, err;
  auto* old_out = std::cout.rdbuf(out.rdbuf());
  auto* old_err = std::cerr.rdbuf(err.rdbuf());
  Parsed p;
  p.code = cli.Parse(args);
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  p.out = out.str();
  p.err = err.str();
  return p;
}

struct Options {
  std::vector<std::string> formats, rules, inputs;
  std::string output;
  bool quiet = false;
  std::string jobs;
};

void Declare(nexus::CommandLine* cli, Options* o) {
  cli->Repeated("-f,--format", &o->formats, true);
  cli->Repeated("--rules", &o->rules);
  cli->Value("-o,--output", &o->output);
  cli->Flag("-q,--quiet", &o->quiet);
  cli->Value("-j,--jobs", &o->jobs);
  cli->Positional("input", &o->inputs);
}

}  // namespace

TEST_CASE("cli: values after a space or '=', short forms, repeated and comma lists", "[cli]") {
  nexus::CommandLine cli("build", "usage: nexus build INPUT...\n");
  Options o;
  Declare(&cli, &o);
  Parsed p = Run(cli, {"--rules", "a.json", "one.txt", "--rules=b.json", "-f", "json,dot", "--format=svg", "-qj2",
                       "-o", "out", "two.txt"});
  REQUIRE(p.code == 0);
  CHECK(o.rules == std::vector<std::string>{"a.json", "b.json"});
  CHECK(o.formats == std::vector<std::string>{"json", "dot", "svg"});
  CHECK(o.inputs == std::vector<std::string>{"one.txt", "two.txt"});  // a repeated option takes one value
  CHECK(o.quiet);
  CHECK(o.jobs == "2");
  CHECK(o.output == "out");
}

TEST_CASE("cli: '--' ends the options, '-' is standard input", "[cli]") {
  nexus::CommandLine cli("build", "usage\n");
  Options o;
  Declare(&cli, &o);
  REQUIRE(Run(cli, {"-", "--", "-notes.txt", "--quiet"}).code == 0);
  CHECK(o.inputs == std::vector<std::string>{"-", "-notes.txt", "--quiet"});
  CHECK_FALSE(o.quiet);
}

TEST_CASE("cli: help on standard output, usage errors exit 2 naming the command", "[cli]") {
  {
    nexus::CommandLine cli("merge", "usage: nexus merge GRAPH...\n");
    Options o;
    Declare(&cli, &o);
    Parsed p = Run(cli, {"--help"});
    CHECK(p.code == -1);
    CHECK(p.out == "usage: nexus merge GRAPH...\n");
    CHECK(p.err.empty());
  }
  {
    nexus::CommandLine cli("merge", "usage: nexus merge GRAPH...\n");
    Options o;
    Declare(&cli, &o);
    Parsed p = Run(cli, {"a.json", "--bogus"});
    CHECK(p.code == 2);
    CHECK(p.out.empty());
    CHECK(p.err.find("nexus merge: ") == 0);
    CHECK(p.err.find("--bogus") != std::string::npos);
    CHECK(p.err.find("usage: nexus merge GRAPH...") != std::string::npos);
  }
  {
    nexus::CommandLine cli("build", "usage\n");
    Options o;
    Declare(&cli, &o);
    Parsed p = Run(cli, {"a.txt", "--output"});  // a value missing
    CHECK(p.code == 2);
    CHECK(p.err.find("--output") != std::string::npos);
  }
  {
    nexus::CommandLine cli("build", "usage\n");
    Options o;
    Declare(&cli, &o);
    Parsed p = Run(cli, {"--quiet=maybe", "a.txt"});  // a flag takes no such value
    CHECK(p.code == 2);
  }
}
