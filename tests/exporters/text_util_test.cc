#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <random>
#include <string>

#include "exporters/text_util.h"

namespace nexus {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

// What RapidJSON's own Writer writes for the repaired string.
std::string RapidJsonString(const std::string& text) {
  const std::string valid = ValidUtf8(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string JsonString(const std::string& text) {
  std::string out = "x";  // appends, keeping what was there
  AppendJsonString(text, &out);
  return out.substr(1);
}

TEST_CASE("text_util: AppendJsonString writes what RapidJSON writes", "[exporters]") {
  CHECK(JsonString("") == "\"\"");
  CHECK(JsonString("plain text, longer than eight bytes") == "\"plain text, longer than eight bytes\"");
  CHECK(JsonString("say \"hi\"\\ there") == "\"say \\\"hi\\\"\\\\ there\"");
  CHECK(JsonString(std::string("tab\there\nnul\0\x1f\x7f", 15)) ==
        "\"tab\\there\\nnul\\u0000\\u001F\x7f\"");
  CHECK(JsonString("C\xC3\xB4te d\xE2\x80\x99Ivoire") == "\"C\xC3\xB4te d\xE2\x80\x99Ivoire\"");
  CHECK(JsonString("bad \xff byte") == "\"bad " + kFffd + " byte\"");
  CHECK(JsonString("a literal " + kFffd + " stays") == "\"a literal " + kFffd + " stays\"");
  for (const char* s : {"\b\f\r", "12345678\"", "1234567\\", "\xE2\x82z", "\xC0\xAF" "12345678",
                        "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF0\x9F\x98\x80 emoji"})
    CHECK(JsonString(s) == RapidJsonString(s));
  // Random bytes drawn mostly from the ones that need care, at every offset
  // of the sixteen- and eight-byte runs (the pool ends with a NUL).
  std::mt19937 random(7);
  const std::string pool = std::string("ab \"\\\n\t\x01\x1f\x7f\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80\xff\xC0", 22);
  for (int round = 0; round < 2000; ++round) {
    std::string s(random() % 80, ' ');
    for (char& c : s) c = random() % 3 ? 'a' : pool[random() % pool.size()];
    INFO(round);
    REQUIRE(JsonString(s) == RapidJsonString(s));
  }
}

TEST_CASE("text_util: XmlEscape", "[exporters]") {
  CHECK(XmlEscape("<a href='x'>&\"</a>", false) ==
        "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
  CHECK(XmlEscape("]]>", false) == "]]&gt;");
  CHECK(XmlEscape("a\fb\x01\x1f\x7f", false) == "ab\x7f");
  CHECK(XmlEscape(std::string("nul\0!", 5), false) == "nul!");
  CHECK(XmlEscape("\xEF\xBF\xBE\xEF\xBF\xBF.", false) == ".");
  CHECK(XmlEscape("\xff", false) == kFffd);
  CHECK(XmlEscape("t\tn\nr\r", false) == "t\tn\nr&#13;");
  CHECK(XmlEscape("t\tn\nr\r", true) == "t&#9;n&#10;r&#13;");
}

}  // namespace
}  // namespace nexus
