// A RapidJSON PrettyWriter with a sticky failure flag, for the JSON-based
// exporters (JSON Graph Format, Cytoscape.js, node-link), so that the writing
// code reads as a plain sequence of calls. The writer lays out the document
// (commas, indentation); strings are escaped by AppendJsonString, which
// writes the bytes RapidJSON's own escaping would, repairs invalid UTF-8 on
// the way (Debian's RapidJSON 1.1.0 cannot combine PrettyWriter with
// kWriteValidateEncodingFlag) and copies plain runs eight bytes at a time
// rather than one.
#ifndef NEXUS_EXPORTERS_JSON_OUT_H_
#define NEXUS_EXPORTERS_JSON_OUT_H_

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstddef>
#include <cstring>
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
  explicit BasicJsonOut(Stream* stream) : stream_(stream), w_(*stream) { w_.SetIndent(' ', 1); }

  void Key(std::string_view k) { Str(k); }  // the writer lays a key out as a string
  void Str(std::string_view s) {
    // The writer writes what goes before a string (comma, newline, indent,
    // or ": " after a key) and counts it; the string itself goes straight
    // to the stream.
    ok_ = w_.RawValue("", 0, rapidjson::kStringType) && ok_;
    text_.clear();
    AppendJsonString(s, &text_);
    if constexpr (requires { stream_->Append(std::string_view()); }) {
      stream_->Append(text_);
    } else if constexpr (requires { stream_->Push(std::size_t{1}); }) {
      std::memcpy(stream_->Push(text_.size()), text_.data(), text_.size());
    } else {
      for (char c : text_) stream_->Put(c);
    }
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
  // No call failed so far (the document may be unfinished).
  bool ok_so_far() const { return ok_; }

 private:
  Stream* stream_;
  rapidjson::PrettyWriter<Stream> w_;
  std::string text_;  // the string being written, escaped
  bool ok_ = true;
};

using JsonOut = BasicJsonOut<rapidjson::StringBuffer>;

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_JSON_OUT_H_
