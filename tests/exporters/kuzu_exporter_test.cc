// Kuzu's folder: its files, the tables' headers and rows, and the scripts
// that hold no text. (tests/e2e/databases_test.py loads it into Kuzu.)
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

struct Files : FileSink {
  std::ostream& Open(const std::string& name) override {
    order.push_back(name);
    return streams[name];
  }
  std::string operator[](const std::string& name) { return streams[name].str(); }
  std::map<std::string, std::ostringstream> streams;
  std::vector<std::string> order;
};

bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_CASE("kuzu: one table a type and a relation, and the scripts that load them", "[exporters]") {
  Files files;
  REQUIRE(FindExporter("kuzu")->WritesFolder());
  REQUIRE(FindExporter("kuzu")->WriteFiles(test::HostileGraph(), ExportOptions(), files).ok());
  for (const char* f : {"group.csv", "crime.csv", "region.csv", "un_entity.csv", "name.csv", "document.csv",
                        "sentence.csv", "in_document.csv", "profits_from.csv", "part_of.csv", "schema.cypher",
                        "load.cypher"})
    CHECK(files.streams.count(f) == 1);
  const std::string schema = files["schema.cypher"];
  CHECK(Has(schema, "CREATE NODE TABLE ArmedGroup(id STRING, label STRING, parent STRING"));
  CHECK(Has(schema, "CREATE REL TABLE PROFITS_FROM(FROM ArmedGroup TO Crime, kind STRING, weight INT64, "
                    "hedged BOOLEAN, sentences INT64[], hedged_each BOOLEAN[], rules STRING[]);"));
  CHECK(Has(files["load.cypher"], "COPY Sentence FROM 'sentence.csv' (HEADER=true, ESCAPE='\"', PARALLEL=false);"));
  // Absent values are empty fields (NULL); text quoted, quotes doubled, a backslash kept.
  CHECK(Has(files["group.csv"], "\"group:isil\",\"Islamic State in Iraq and the Levant\",,,2\n"));
  CHECK(Has(files["sentence.csv"], "\"ISIL \"\"sold\"\" oil \\ C:\\temp\\\"\n"));
  // Evidence by sentence number: the three sentences of un_entity:bad -> crime:strict.
  CHECK(Has(files["counters.csv"], "\"un_entity:bad\",\"crime:strict\",\"un_entity-crime\",3,false,\"["));
}

TEST_CASE("kuzu: as one stream, the folder is a tar archive", "[exporters]") {
  const std::string tar = test::Export("kuzu", test::HostileGraph());
  REQUIRE(tar.size() % 512 == 0);
  CHECK(tar.compare(257, 6, std::string("ustar\0", 6)) == 0);
  CHECK(tar.compare(0, 9, "group.csv") == 0);
  CHECK(tar.substr(tar.size() - 1024) == std::string(1024, '\0'));
}

}  // namespace
}  // namespace nexus
