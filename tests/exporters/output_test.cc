// Writing exports to disk: a folder format's folder is made whole beside its
// place and then put there in one step; only an earlier export is replaced.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"
#include "exporters/output.h"

namespace nexus {
namespace {

namespace fs = std::filesystem;

fs::path Fresh(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("nexus_output_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t Temporaries(const fs::path& dir) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().rfind(".nexus-tmp-", 0) == 0) ++n;
  return n;
}

TEST_CASE("output: a folder format writes its folder, and replaces only its own", "[exporters]") {
  const fs::path dir = Fresh("folder");
  const Exporter& kuzu = *FindExporter("kuzu");
  const fs::path out = dir / "graph.kuzu";
  REQUIRE(WriteExport(kuzu, test::HostileGraph(), ExportOptions(), out.string()).ok());
  CHECK(fs::is_regular_file(out / "schema.cypher"));
  CHECK(fs::is_regular_file(out / ".nexus-export"));
  // Again, over the earlier export: replaced whole (a stray file goes too).
  std::ofstream(out / "stray.csv") << "x";
  REQUIRE(WriteExport(kuzu, KnowledgeGraph(), ExportOptions(), out.string()).ok());
  CHECK_FALSE(fs::exists(out / "stray.csv"));
  CHECK(fs::file_size(out / "group.csv") == std::string("id,label,parent,discovered_by,degree\n").size());
  CHECK(Temporaries(dir) == 0);
  // A folder of the user's, or a file, is never replaced.
  fs::create_directories(dir / "mine");
  std::ofstream(dir / "mine" / "notes.txt") << "keep";
  Status s = WriteExport(kuzu, test::HostileGraph(), ExportOptions(), (dir / "mine").string());
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("not a folder nexus exported") != std::string::npos);
  CHECK(fs::exists(dir / "mine" / "notes.txt"));
  std::ofstream(dir / "file") << "keep";
  CHECK_FALSE(WriteExport(kuzu, test::HostileGraph(), ExportOptions(), (dir / "file").string()).ok());
  CHECK(Temporaries(dir) == 0);
  fs::remove_all(dir);
}

TEST_CASE("output: a one-file format goes through a temporary and a rename", "[exporters]") {
  const fs::path dir = Fresh("file");
  const fs::path out = dir / "graph.sqlite";
  REQUIRE(WriteExport(*FindExporter("sqlite"), test::HostileGraph(), ExportOptions(), out.string()).ok());
  CHECK(fs::file_size(out) == test::Export("sqlite", test::HostileGraph()).size());
  CHECK(Temporaries(dir) == 0);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace nexus
