#include "extractors/reader/metadata.h"

#include <catch2/catch.hpp>

#include "extractors/reader/reader.h"

namespace nexus {
namespace {

Document Parse(const std::string& text) {
  Document doc;
  REQUIRE(ParseDocument("d.md", text, &doc).ok());
  return doc;
}

TEST_CASE("metadata: UN document symbols, with revision suffixes, not a slash date or a path") {
  CHECK(FindDocumentSymbol("United Nations S/2015/366 Security Council") == "S/2015/366");
  CHECK(FindDocumentSymbol("S/2025/71/Rev.1 Distr.: General") == "S/2025/71/Rev.1");
  CHECK(FindDocumentSymbol("A/HRC/52/23") == "A/HRC/52/23");
  CHECK(FindDocumentSymbol("A/70/826-S/2016/360") == "A/70/826");
  CHECK(FindDocumentSymbol("on 12/05/2015 and at docs/2015/366") == "");
  CHECK(FindDocumentSymbol("S/RES/2195 (2014)") == "");  // one number only
  CHECK(FindDocumentSymbol("abcS/2015/366") == "");      // inside a word
}

TEST_CASE("metadata: dates in either order, as ISO 8601, partial dates are not dates") {
  CHECK(FindDate("Distr.: General 21 May 2015 Original: English") == "2015-05-21");
  CHECK(FindDate("May 21, 2015") == "2015-05-21");
  CHECK(FindDate("1 February 2025") == "2025-02-01");
  CHECK(FindDate("in May 2015, then 3 June 2015") == "2015-06-03");
  CHECK(FindDate("32 May 2015 and Mayday 2015") == "");
  CHECK(FindDate("21 May 15") == "");
}

TEST_CASE("metadata: read from the head only, the title is the first heading of three words") {
  Document doc = Parse(
      "# Security Council\n\nS/2099/12\n\nDistr.: General\n3 March 2099\n\n"
      "## Report of the Panel on things\n\n### I. Introduction\n\n"
      "1. The Panel cites S/2098/7 of 4 April 2098.\n");
  CHECK(doc.symbol == "S/2099/12");
  CHECK(doc.date == "2099-03-03");
  CHECK(doc.title == "Report of the Panel on things");
  // A symbol and a date only in the body are not the document's own.
  Document body = Parse("# Notes\n\n1. The Panel cites S/2098/7 of 4 April 2098.\n");
  CHECK(body.symbol.empty());
  CHECK(body.date.empty());
  CHECK(body.title == "Notes");  // no heading of three words: the first one
  CHECK(Parse("plain text, no heading\n").title.empty());
}

}  // namespace
}  // namespace nexus
