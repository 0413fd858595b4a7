#include <catch2/catch.hpp>

#include <string>

#include "graph/utf8.h"

namespace nexus {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST_CASE("utf8: ValidUtf8 replaces each maximal invalid subpart", "[graph]") {
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

TEST_CASE("utf8: IsValidUtf8", "[graph]") {
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

TEST_CASE("utf8: AppendUtf8 and NextCodePoint agree", "[graph]") {
  for (char32_t c : {U'\x41', U'\xE9', U'\x2019', U'\xFFFD', U'\x1F600'}) {
    std::string s;
    AppendUtf8(c, &s);
    std::size_t pos = 0;
    CHECK(NextCodePoint(s, &pos) == c);
    CHECK(pos == s.size());
  }
}

TEST_CASE("utf8: FirstInvalidUtf8 gives the offset of the first bad byte", "[graph]") {
  CHECK(FirstInvalidUtf8("") == std::string_view::npos);
  CHECK(FirstInvalidUtf8("all plain ASCII, longer than eight bytes") == std::string_view::npos);
  CHECK(FirstInvalidUtf8("C\xC3\xB4te d\xE2\x80\x99Ivoire") == std::string_view::npos);
  CHECK(FirstInvalidUtf8("twelve bytes\xff") == 12);          // after a run skipped eight at a time
  CHECK(FirstInvalidUtf8("ab\xC3\xB4\xE2\x82z") == 4);          // truncated in the middle
  CHECK(FirstInvalidUtf8("x\xC0\xAF") == 1);                      // overlong
  CHECK(FirstInvalidUtf8("Caf\xE9 au lait") == 3);                 // Latin-1
  CHECK(FirstInvalidUtf8(kFffd + "\xED\xA0\x80") == 3);          // a surrogate after U+FFFD
}

}  // namespace
}  // namespace nexus
