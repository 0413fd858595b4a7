#include <catch2/catch.hpp>

#include <string>

#include "extractors/rules/json_source.h"

using nexus::JsonSource;

namespace {

const std::string kText =
    "// comment {\"a\": 0}\n"
    "{\"a\": [1, \"x\\\"y\", {\"b\": null}],\n"
    " \"c/d\": -2.5e3, \"e\": \"Caf\\u00e9 {x} \\ud83d\\ude00!\"}\n";

}  // namespace

TEST_CASE("json source finds values and keys by JSON Pointer", "[json_source]") {
  JsonSource src("t.json", kText);
  auto at = [&](const std::string& what) { return kText.find(what); };
  CHECK(src.Find("") == at("{\"a\": ["));
  CHECK(src.Find("/a") == at("[1,"));
  CHECK(src.Find("/a/0") == at("1,"));
  CHECK(src.Find("/a/1") == at("\"x\\\"y\""));
  CHECK(src.Find("/a/2") == at("{\"b\""));
  CHECK(src.Find("/a/2/b") == at("null"));
  CHECK(src.Find("/c~1d") == at("-2.5e3"));
  CHECK(src.FindKey("/c~1d") == at("\"c/d\""));
  CHECK(src.FindKey("/a") == at("\"a\": ["));
  CHECK(src.Find("/a/3") == JsonSource::kNowhere);
  CHECK(src.Find("/nope") == JsonSource::kNowhere);
  CHECK(JsonSource::Child(JsonSource::Child("", "c/d~"), 2) == "/c~1d~0/2");
}

TEST_CASE("json source maps an offset in a decoded string past its escapes", "[json_source]") {
  JsonSource src("t.json", kText);
  // Decoded: "Café {x} 😀!": '{' is byte 6, '!' byte 14.
  CHECK(src.FindInString("/e", 6) == kText.find("{x}"));
  CHECK(src.FindInString("/e", 14) == kText.find("!\""));
  CHECK(src.FindInString("/e", 0) == kText.find("Caf"));
  CHECK(src.FindInString("/e", 99) == src.Find("/e"));  // past the end: the value
}

TEST_CASE("json source messages give file:line:col, the line and a caret", "[json_source]") {
  JsonSource src("dir/t.json", kText);
  CHECK(src.Message(src.Find("/a/2"), "bad") ==
        "dir/t.json:2:19: bad\n"
        "{\"a\": [1, \"x\\\"y\", {\"b\": null}],\n"
        "                  ^");
  CHECK(src.Message(JsonSource::kNowhere, "no place") == "dir/t.json: no place");
  // Tabs are kept and a multi-byte character is one column of the caret line.
  std::string tabbed = "{\n\t\"\xC3\xA9\": x}";
  CHECK(JsonSource("t", tabbed).Message(tabbed.find('x'), "here") ==
        "t:2:8: here\n\t\"\xC3\xA9\": x}\n\t     ^");
  // A long line is shown around the spot.
  std::string wide = "[\"" + std::string(300, 'a') + "\", !]";
  std::string m = JsonSource("w", wide).Message(wide.find('!'), "oops");
  CHECK(m.rfind("w:1:306: oops\n...", 0) == 0);
  std::string shown = m.substr(m.find('\n') + 1, m.rfind('\n') - m.find('\n') - 1);
  std::string caret = m.substr(m.rfind('\n') + 1);
  CHECK(shown.size() < 140);
  CHECK(shown[caret.size() - 1] == '!');
  CHECK(caret.back() == '^');
}
