// The SQLite database, opened again with SQLite's C API: its tables, NULL for
// absent values, each sentence once, full-text search over the sentences.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <string>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

// The database of `bytes`, opened in memory.
struct Opened {
  explicit Opened(const std::string& bytes) {
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(bytes.size()));
    std::copy(bytes.begin(), bytes.end(), copy);
    REQUIRE(sqlite3_deserialize(db, "main", copy, static_cast<sqlite3_int64>(bytes.size()),
                                static_cast<sqlite3_int64>(bytes.size()),
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY) == SQLITE_OK);
  }
  ~Opened() { sqlite3_close(db); }
  // The rows of a query, each cell as text ("NULL" for NULL).
  std::vector<std::vector<std::string>> Rows(const std::string& sql) {
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    std::vector<std::vector<std::string>> out;
    while (sqlite3_step(s) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int c = 0; c < sqlite3_column_count(s); ++c) {
        const unsigned char* t = sqlite3_column_text(s, c);
        row.push_back(t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(s, c)) : "NULL");
      }
      out.push_back(row);
    }
    sqlite3_finalize(s);
    return out;
  }
  sqlite3* db = nullptr;
};

using Rows = std::vector<std::vector<std::string>>;

TEST_CASE("sqlite: a database file, the same bytes for the same graph", "[exporters]") {
  const std::string bytes = test::Export("sqlite", test::HostileGraph());
  CHECK(bytes.rfind(std::string("SQLite format 3\0", 16), 0) == 0);
  CHECK(bytes == test::Export("sqlite", test::HostileGraph()));
  Opened db(bytes);
  CHECK(db.Rows("PRAGMA integrity_check") == Rows{{"ok"}});
  CHECK(db.Rows("PRAGMA foreign_key_check").empty());
  CHECK(db.Rows("SELECT value FROM meta WHERE key = 'format_version'") == Rows{{"1"}});
}

TEST_CASE("sqlite: entities, links and evidence, absent values are NULL", "[exporters]") {
  Opened db(test::Export("sqlite", test::HostileGraph()));
  CHECK(db.Rows("SELECT type, label, parent, discovered_by, degree FROM entities WHERE id = 'group:isil'") ==
        Rows{{"group", "Islamic State in Iraq and the Levant", "NULL", "NULL", "2"}});
  CHECK(db.Rows("SELECT alias FROM aliases WHERE entity_id = 'group:isil' ORDER BY alias") ==
        Rows{{"Da'esh"}, {"ISIL"}});
  CHECK(db.Rows("SELECT weight, hedged FROM links WHERE source = 'un_entity:bad' AND target = 'crime:strict'") ==
        Rows{{"3", "0"}});
  // Each sentence once, cited by the evidence of every link it supports.
  CHECK(db.Rows("SELECT count(*) FROM sentences WHERE text LIKE '%sold%'") == Rows{{"1"}});
  CHECK(db.Rows("SELECT s.paragraph, s.page, d.symbol FROM sentences s JOIN documents d ON d.id = "
                "s.document_id WHERE s.begin = 100 AND d.path = 'a.txt'") == Rows{{"1", "NULL", "NULL"}});
  CHECK(db.Rows("SELECT count(*) FROM evidence e JOIN sentences s ON s.id = e.sentence_id "
                "WHERE s.text LIKE '%sold%'")[0][0] != "0");
}

TEST_CASE("sqlite: full-text search over the evidence sentences (FTS5)", "[exporters]") {
  Opened db(test::Export("sqlite", test::HostileGraph()));
  CHECK(db.Rows("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'sold AND oil'") ==
        Rows{{"1"}});
  CHECK(db.Rows("SELECT count(*) FROM sentence_search WHERE sentence_search MATCH 'nowhere'") == Rows{{"0"}});
}

TEST_CASE("sqlite: an empty graph is an empty database with every table", "[exporters]") {
  Opened db(test::Export("sqlite", KnowledgeGraph()));
  CHECK(db.Rows("SELECT count(*) FROM entities") == Rows{{"0"}});
  CHECK(db.Rows("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                "('documents', 'sentences', 'entities', 'aliases', 'links', 'evidence')") == Rows{{"6"}});
}

}  // namespace
}  // namespace nexus
