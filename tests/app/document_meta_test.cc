// --meta FILE.csv: parsing by RFC 4180, what it sets on a document, and the
// errors it names by line and column.
#include <catch2/catch.hpp>

#include "app/document_meta.h"

using nexus::Document;
using nexus::DocumentMeta;

TEST_CASE("meta: quoted fields, CRLF and a BOM, only given fields replace the text's", "[app]") {
  DocumentMeta meta;
  REQUIRE(meta.Parse("m.csv", "\xEF\xBB\xBFpath,symbol,date,title\r\n"
                              "a.txt,S/2025/1,2025-01-31,\"Title, with \"\"quotes\"\"\nand a line\"\r\n"
                              "b.txt,,2015-05-21,\r\n").ok());
  Document a;
  a.name = "a.txt";
  a.title = "from the text";
  meta.Apply(&a);
  CHECK(a.symbol == "S/2025/1");
  CHECK(a.date == "2025-01-31");
  CHECK(a.title == "Title, with \"quotes\"\nand a line");
  Document b;
  b.name = "b.txt";
  b.symbol = "S/2015/366";
  meta.Apply(&b);
  CHECK(b.symbol == "S/2015/366");  // an empty field leaves it
  CHECK(b.date == "2015-05-21");
  Document c;
  c.name = "c.txt";
  meta.Apply(&c);
  CHECK(c.date.empty());
  CHECK(meta.Unused({"a.txt", "c.txt"}) == std::vector<std::string>{"b.txt"});
}

TEST_CASE("meta: errors name the file, line and column", "[app]") {
  auto error = [](const std::string& text) {
    DocumentMeta meta;
    nexus::Status s = meta.Parse("m.csv", text);
    return s.ok() ? std::string("ok") : s.message();
  };
  CHECK(error("path,when\na.txt,x\n") == "m.csv:1:6: unknown column 'when' (path, symbol, date, title)");
  CHECK(error("symbol,date\nS/1,2015-01-01\n") == "m.csv:1:1: the header names no 'path' column");
  CHECK(error("path,date\na.txt,2015-13-01\n") == "m.csv:2:7: date '2015-13-01' is not YYYY-MM-DD");
  CHECK(error("path,date\na.txt\n") == "m.csv:2:1: 1 field(s) where the header has 2");
  CHECK(error("path,title\na.txt,\"open\n") == "m.csv:2:7: a quoted field is not closed");
  CHECK(error("path\na.txt\na.txt\n") == "m.csv:3:1: 'a.txt' given twice");
  CHECK(error("") == "m.csv: empty: a header naming path, symbol, date, title is needed");
  CHECK(error("path,date\na.txt,2015-01-01\n") == "ok");
}
