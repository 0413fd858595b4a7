#include <catch2/catch.hpp>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <random>
#include <string>

#include "exporters/text_util.h"

namespace nexus {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("text_util: ValidUtf8 replaces each maximal invalid subpart", "[exporters]") {
  CHECK(ValidUtf8("plain ascii") == "plain ascii");
  CHECK(ValidUtf8("C\xC3\xB4te d\xE2\x80\x99Ivoire") == "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  CHECK(ValidUtf8("\xff\xfe") == kFffd + kFffd);
  CHECK(ValidUtf8("a\xE2\x82") == "a" + kFffd);          // truncated at the end
  CHECK(ValidUtf8("\xE2\x82z") == kFffd + "z");          // truncated in the middle
  CHECK(ValidUtf8("\xC0\xAF") == kFffd + kFffd);         // overlong
  CHECK(ValidUtf8("\xED\xA0\x80") == kFffd + kFffd + kFffd);  // surrogate
  CHECK(ValidUtf8("\xF4\x90\x80\x80") == kFffd + kFffd + kFffd + kFffd);  // > U+10FFFF
  CHECK(ValidUtf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");  // U+1F600
  CHECK(ValidUtf8(std::string("a\0b", 3)) == std::string("a\0b", 3));
}

TEST_CASE("text_util: IsValidUtf8", "[exporters]") {
  for (const std::string& s :
       {std::string("plain"), std::string(""), std::string("C\xC3\xB4te d\xE2\x80\x99Ivoire"),
        kFffd, "x" + kFffd + "y", std::string("\xF0\x9F\x98\x80"), std::string("a\0b", 3)}) {
    INFO(s);
    CHECK(IsValidUtf8(s));
  }
  for (const std::string& s :
       {std::string("\xff"), std::string("a\xE2\x82"), std::string("\xE2\x82z"),
        std::string("\xC0\xAF"), std::string("\xED\xA0\x80"), std::string("\xF4\x90\x80\x80"),
        std::string("ok \xEF\xBF"), std::string("\xBF\xBD"), "x" + kFffd + "\x80"}) {
    INFO(s);
    CHECK_FALSE(IsValidUtf8(s));
  }
}

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

TEST_CASE("text_util: AppendUtf8 and NextCodePoint agree", "[exporters]") {
  for (char32_t c : {U'\x41', U'\xE9', U'\x2019', U'\xFFFD', U'\x1F600'}) {
    std::string s;
    AppendUtf8(c, &s);
    std::size_t pos = 0;
    CHECK(NextCodePoint(s, &pos) == c);
    CHECK(pos == s.size());
  }
}

}  // namespace
}  // namespace nexus
