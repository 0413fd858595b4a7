// A RapidJSON PrettyWriter with a sticky failure flag, for the JSON-based
// exporters (Cytoscape.js, node-link): strings are made valid UTF-8 first,
// the writer escapes control characters, quotes and backslashes.
#ifndef NEXUS_EXPORTERS_JSON_OUT_H_
#define NEXUS_EXPORTERS_JSON_OUT_H_

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/text_util.h"

namespace nexus {

class JsonOut {
 public:
  explicit JsonOut(rapidjson::StringBuffer* buffer) : w_(*buffer) { w_.SetIndent(' ', 1); }

  void Key(std::string_view k) {
    const std::string v = ValidUtf8(k);
    ok_ = w_.Key(v.data(), Len(v)) && ok_;
  }
  void Str(std::string_view s) {
    const std::string v = ValidUtf8(s);
    ok_ = w_.String(v.data(), Len(v)) && ok_;
  }
  void Bool(bool b) { ok_ = w_.Bool(b) && ok_; }
  void Uint(std::size_t n) { ok_ = w_.Uint64(n) && ok_; }
  void Double(double d) { ok_ = w_.Double(d) && ok_; }
  void StartObject() { ok_ = w_.StartObject() && ok_; }
  void EndObject() { ok_ = w_.EndObject() && ok_; }
  void StartArray() { ok_ = w_.StartArray() && ok_; }
  void EndArray() { ok_ = w_.EndArray() && ok_; }
  void Field(std::string_view k, std::string_view s) { Key(k); Str(s); }
  void Flag(std::string_view k, bool b) { Key(k); Bool(b); }
  void Count(std::string_view k, std::size_t n) { Key(k); Uint(n); }
  void Strings(std::string_view k, const std::vector<std::string>& items) {
    Key(k);
    StartArray();
    for (const std::string& s : items) Str(s);
    EndArray();
  }

  bool ok() const { return ok_ && w_.IsComplete(); }

 private:
  static rapidjson::SizeType Len(std::string_view s) {
    return static_cast<rapidjson::SizeType>(s.size());
  }
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w_;
  bool ok_ = true;
};

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_JSON_OUT_H_
