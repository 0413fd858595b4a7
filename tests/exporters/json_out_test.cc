#include <catch2/catch.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>

#include "exporters/json_out.h"

using nexus::JsonOut;

namespace {

// Writes one random document with both writers, call for call.
class Twin {
 public:
  explicit Twin(unsigned seed)
      : random_(seed), ours_stream_(&ours_text_), ours_(&ours_stream_), theirs_(theirs_buffer_) {
    theirs_.SetIndent(' ', 1);
  }
  void Value(int depth) {
    switch (depth > 4 ? random_() % 4 : random_() % 7) {
      case 0: {
        const std::string s = Text();
        ours_.Str(s);
        theirs_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        break;
      }
      case 1: {
        const std::uint64_t n = random_() % 3 ? random_() % 100000 : random_() * 4294967296ull + random_();
        ours_.Uint(n);
        theirs_.Uint64(n);
        break;
      }
      case 2: {
        const double d = Number();
        ours_.Double(d);
        theirs_.Double(d);
        break;
      }
      case 3: {
        const bool b = random_() % 2;
        ours_.Bool(b);
        theirs_.Bool(b);
        break;
      }
      case 4: case 5: {
        ours_.StartArray();
        theirs_.StartArray();
        for (unsigned i = 0, n = random_() % 4; i < n; ++i) Value(depth + 1);
        ours_.EndArray();
        theirs_.EndArray();
        break;
      }
      default: {
        ours_.StartObject();
        theirs_.StartObject();
        for (unsigned i = 0, n = random_() % 4; i < n; ++i) {
          const std::string k = Text();
          ours_.KeyText(k);
          theirs_.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
          Value(depth + 1);
        }
        ours_.EndObject();
        theirs_.EndObject();
      }
    }
  }
  std::string ours() {
    ours_stream_.Flush();
    return ours_text_;
  }
  std::string theirs() const {
    return std::string(theirs_buffer_.GetString(), theirs_buffer_.GetSize());
  }
  bool ours_ok() const { return ours_.ok(); }

 private:
  std::string Text() {
    static const std::string pool = "ab \"\\\n\t";
    std::string s(random_() % 12, 'x');
    for (char& c : s) c = pool[random_() % pool.size()];
    return s;
  }
  double Number() {
    switch (random_() % 6) {
      case 0: return static_cast<double>(random_() % 3000);        // 2011.0
      case 1: return (random_() % 100000) / 100.0;                 // 35.5
      case 2: return -static_cast<double>(random_()) * 1e-7;       // small, negative
      case 3: return std::ldexp(1.0 + random_() % 1000, 900);      // huge
      case 4: return std::ldexp(1.0 + random_() % 1000, -1000);    // tiny
      default: return random_() % 2 ? 0.0 : -0.0;
    }
  }
  std::mt19937 random_;
  std::string ours_text_;
  nexus::StreamOut ours_stream_;
  JsonOut ours_;
  rapidjson::StringBuffer theirs_buffer_;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> theirs_;
};

}  // namespace

TEST_CASE("json_out: the bytes RapidJSON's PrettyWriter writes", "[exporters]") {
  for (unsigned seed = 0; seed < 1000; ++seed) {
    Twin twin(seed);
    twin.Value(0);
    INFO(seed);
    REQUIRE(twin.ours() == twin.theirs());
    CHECK(twin.ours_ok());
  }
}

TEST_CASE("json_out: failures stick", "[exporters]") {
  std::string text;
  nexus::StreamOut buffer(&text);
  {
    JsonOut out(&buffer);
    out.StartObject();
    CHECK_FALSE(out.ok());  // unfinished
    out.Key("n");
    out.Double(std::numeric_limits<double>::quiet_NaN());
    CHECK_FALSE(out.ok_so_far());
    out.EndObject();
    CHECK_FALSE(out.ok());
  }
  {
    JsonOut out(&buffer);
    out.StartArray();
    out.EndObject();  // the wrong end
    CHECK_FALSE(out.ok_so_far());
  }
  {
    JsonOut out(&buffer);
    out.Bool(true);
    CHECK(out.ok());
    out.Bool(false);  // a second root
    CHECK_FALSE(out.ok());
  }
}
