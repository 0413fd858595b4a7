#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "extractors/reader/markup.h"

namespace {

using nexus::MappedText;
using nexus::reader_internal::AppendMapped;
using nexus::reader_internal::CleanRange;
using nexus::reader_internal::SliceMapped;

// The offset of every byte of m, and of the end.
std::vector<std::uint32_t> Offsets(const MappedText& m) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i <= m.text.size(); ++i) out.push_back(m.Offset(i));
  return out;
}

bool IsWhite(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// What cleaning must give for text without markup, read one byte at a time:
// each white space run is one space, mapped to its first byte, none at
// either end.
MappedText FoldSpaces(const std::string& raw) {
  MappedText m;
  std::vector<std::uint32_t> offsets;
  bool pending = false;
  std::uint32_t pending_offset = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (IsWhite(raw[i])) {
      if (!pending) pending_offset = static_cast<std::uint32_t>(i);
      pending = true;
      continue;
    }
    if (pending && !m.text.empty()) {
      m.text.push_back(' ');
      offsets.push_back(pending_offset);
    }
    pending = false;
    m.text.push_back(raw[i]);
    offsets.push_back(static_cast<std::uint32_t>(i));
  }
  offsets.push_back(offsets.empty() ? 0 : offsets.back() + 1);
  for (std::size_t i = 0; i < offsets.size(); ++i) {
    if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
      m.runs.push_back({static_cast<std::uint32_t>(i), offsets[i]});
    }
  }
  return m;
}

}  // namespace

TEST_CASE("cleaning folds white space as a byte by byte reading does", "[reader]") {
  // Text runs are copied sixteen bytes at a time: white space and accents
  // at every position around a block's edges, and runs longer than blocks.
  const std::vector<std::string> pieces = {"a", "word", "\xC3\xA9t\xC3\xA9", " ", "  ", "\t",
                                           "\n", " \n ", "x\xE2\x80\x99s", "-", "'",
                                           std::string(40, 'z')};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string raw;
    int n = round % 23;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      raw += pieces[(seed >> 16) % pieces.size()];
    }
    MappedText got = CleanRange(raw, 0, raw.size());
    MappedText want = FoldSpaces(raw);
    INFO("raw: [" << raw << "]");
    REQUIRE(got.text == want.text);
    REQUIRE(Offsets(got) == Offsets(want));
  }
  MappedText empty = CleanRange("   ", 1, 3);
  CHECK(empty.text.empty());
  CHECK(Offsets(empty) == std::vector<std::uint32_t>{1});
  std::string giant(5000, 'x');
  CHECK(CleanRange(giant, 0, giant.size()).runs.size() == 1);
}

TEST_CASE("cleaning drops paired emphasis and keeps the other markup rules", "[reader]") {
  struct Case {
    std::string raw;
    std::string text;
    std::vector<std::uint32_t> offsets;
  };
  // Made with the byte by byte reader that the fast one replaced.
  const Case cases[] = {
      {"a *<b> x* y", "a x y", {0, 1, 7, 9, 10, 11}},
      {"**bold** and _under_ and snake_case_word *",
       "bold and under and snake_case_word *",
       {2,  3,  4,  5,  8,  9,  10, 11, 12, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42}},
      {"x\xC2\xA0 y&nbsp;z &amp;&#x41;&bogus; [t](u) \\*",
       "x y z &A&bogus; t *",
       {0, 1, 4, 5, 11, 12, 13, 18, 24, 25, 26, 27, 28, 29, 30, 31, 33, 38, 40, 41}},
      {"__a *b* c__ ** d", "a b c ** d", {2, 3, 5, 7, 8, 11, 12, 13, 14, 15, 16}},
  };
  for (const Case& c : cases) {
    MappedText m = CleanRange(c.raw, 0, c.raw.size());
    INFO("raw: [" << c.raw << "]");
    CHECK(m.text == c.text);
    CHECK(Offsets(m) == c.offsets);
  }
}

TEST_CASE("mapped text keeps offsets as runs through slicing and appending", "[reader]") {
  std::string raw = "The <i>World</i> report";
  MappedText m = CleanRange(raw, 0, raw.size());
  REQUIRE(m.text == "The World report");
  CHECK(m.runs.size() == 3);
  CHECK(m.Offset(m.text.find("World")) == raw.find("World"));
  CHECK(m.RawSpan(4, 9).begin == raw.find("World"));
  CHECK(m.RawSpan(4, 9).end == raw.find("</i>"));
  CHECK(m.RawSpan(9, 9).begin == m.Offset(9));
  CHECK(m.RawSpan(0, 99).end == raw.size());
  CHECK(MappedText().RawSpan(0, 0).empty());

  MappedText world = SliceMapped(m, 4, 9);
  CHECK(world.text == "World");
  CHECK(Offsets(world) == std::vector<std::uint32_t>{7, 8, 9, 10, 11, 12});
  MappedText tail = SliceMapped(m, 9, 16);
  CHECK(tail.text == " report");
  CHECK(tail.Offset(0) == raw.find(" report"));
  MappedText none = SliceMapped(m, 16, 16);
  CHECK(Offsets(none) == std::vector<std::uint32_t>{static_cast<std::uint32_t>(raw.size())});

  // The joining space maps to the byte after the head; a tail that goes on
  // from there continues its run.
  MappedText head = CleanRange("ab cd", 0, 2);
  AppendMapped(CleanRange("ab cd", 3, 5), &head);
  CHECK(head.text == "ab cd");
  CHECK(Offsets(head) == std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5});
  CHECK(head.runs.size() == 1);
  MappedText gap = CleanRange("ab  cd", 0, 2);
  AppendMapped(CleanRange("ab  cd", 4, 6), &gap);
  CHECK(Offsets(gap) == std::vector<std::uint32_t>{0, 1, 2, 4, 5, 6});
}
