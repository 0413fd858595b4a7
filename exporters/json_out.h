// A RapidJSON PrettyWriter with a sticky failure flag, for the JSON-based
// exporters (JSON Graph Format, Cytoscape.js, node-link), so that the writing
// code reads as a plain sequence of calls. Debian's RapidJSON 1.1.0 cannot
// combine PrettyWriter with kWriteValidateEncodingFlag (its Base typedef drops
// the flags), so a string that is not valid UTF-8 is repaired before it
// reaches the writer; the writer escapes control characters, quotes and
// backslashes.
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

// `Stream` is a RapidJSON output stream (rapidjson::StringBuffer, or one of
// an exporter's own).
template <class Stream>
class BasicJsonOut {
 public:
  explicit BasicJsonOut(Stream* stream) : w_(*stream) { w_.SetIndent(' ', 1); }

  void Key(std::string_view k) {
    if (IsValidUtf8(k)) {  // the common case: no copy
      ok_ = w_.Key(k.data(), Len(k)) && ok_;
      return;
    }
    const std::string v = ValidUtf8(k);
    ok_ = w_.Key(v.data(), Len(v)) && ok_;
  }
  void Str(std::string_view s) {
    if (IsValidUtf8(s)) {
      ok_ = w_.String(s.data(), Len(s)) && ok_;
      return;
    }
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
  // An object written elsewhere, as the writer would have written it here.
  void RawObject(std::string_view json) {
    ok_ = w_.RawValue(json.data(), json.size(), rapidjson::kObjectType) && ok_;
  }
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
  rapidjson::PrettyWriter<Stream> w_;
  bool ok_ = true;
};

using JsonOut = BasicJsonOut<rapidjson::StringBuffer>;

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_JSON_OUT_H_
