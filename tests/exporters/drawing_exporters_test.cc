// PNG and PDF drawings, layouts, and the drawing style (wrapped labels).
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "exporters/dot_graph.h"
#include "exporters/exporter.h"
#include "exporters/render.h"
#include "exporters/exporter_fixture.h"

namespace nexus {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string Draw(const char* format, const std::string& layout) {
  ExportOptions options;
  options.layout = layout;
  std::ostringstream out;
  const Status status = FindExporter(format)->Write(test::HostileGraph(), options, out);
  INFO(status.message());
  REQUIRE(status.ok());
  return out.str();
}

TEST_CASE("png: a PNG image, the same bytes twice", "[exporters]") {
  const std::string png = test::Export("png", test::HostileGraph());
  CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
  CHECK(png.size() > 1000);
  CHECK(png == test::Export("png", test::HostileGraph()));
}

TEST_CASE("pdf: a PDF whose creation date is fixed", "[exporters]") {
  const std::string pdf = test::Export("pdf", test::HostileGraph());
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(Has(pdf, "/CreationDate (D:19700101000000"));
  CHECK(pdf == test::Export("pdf", test::HostileGraph()));
  if (!test::HaveTool("pdftotext")) {
    WARN("pdftotext not found, skipped");
    return;
  }
  std::string text;
  REQUIRE(test::Run("pdftotext '" + test::WriteTemp("hostile.pdf", pdf) + "' - 2>&1", &text) == 0);
  CHECK(Has(text, "Legend"));
  CHECK(Has(text, "Islamic State in Iraq"));
  CHECK(Has(text, "<script>alert(1)</script>"));
}

TEST_CASE("drawings: every layout engine renders, an unknown one is an error", "[exporters]") {
  for (const char* layout : kLayoutEngines) {
    INFO(layout);
    CHECK(Has(Draw("svg", layout), "</svg>"));
  }
  ExportOptions options;
  options.layout = "bogus";
  std::ostringstream out;
  const Status status = FindExporter("svg")->Write(test::HostileGraph(), options, out);
  CHECK_FALSE(status.ok());
  CHECK(Has(status.message(), "unknown layout \"bogus\""));
}

TEST_CASE("drawings: long labels wrapped, edge labels while the graph is small", "[exporters]") {
  CHECK(WrapLabel("Islamic State in Iraq and the Levant", 24) ==
        "Islamic State in Iraq\nand the Levant");
  CHECK(WrapLabel("short", 24) == "short");
  CHECK(WrapLabel("Averyveryverylongsingleword here", 10) == "Averyveryverylongsingleword\nhere");
  CHECK(WrapLabel("West\nAfrica", 24) == "West\nAfrica");
  const std::string svg = Draw("svg", "dot");
  CHECK(Has(svg, ">Islamic State in Iraq</text>"));
  CHECK(Has(svg, ">and the Levant</text>"));
  CHECK(Has(svg, ">profits_from</text>"));  // 5 edges: labelled
  CHECK(Has(svg, ">Legend</text>"));
}

}  // namespace
}  // namespace nexus
