// A pretty (or compact) JSON writer with a sticky failure flag, for the JSON-based
// exporters (JSON Graph Format, Cytoscape.js, node-link), so that the writing
// code reads as a plain sequence of calls. It writes the bytes RapidJSON's
// PrettyWriter with an indent of one space writes (the layout rules are
// those of its PrettyPrefix, EndObject and EndArray; numbers are formatted
// by RapidJSON's own u64toa and dtoa), but each piece in one append rather
// than a character at a time. Strings are escaped by AppendJsonString, which
// writes the bytes RapidJSON's escaping would and repairs invalid UTF-8 on
// the way.
#ifndef NEXUS_EXPORTERS_JSON_OUT_H_
#define NEXUS_EXPORTERS_JSON_OUT_H_

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/itoa.h>

#include <cmath>
#include <cstddef>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/text_util.h"

namespace nexus {

// Where a JsonOut writes: to a stream in 64 KiB pieces, so that a large
// graph is never held whole in memory, or to a string. The writer appends
// to text() itself and calls Spill after each piece, so that no piece is
// copied on its way to the stream.
class StreamOut {
 public:
  explicit StreamOut(std::ostream& out) : out_(&out), text_(&buf_) { buf_.reserve(kChunk * 2); }
  explicit StreamOut(std::string* out) : text_(out) {}
  StreamOut(const StreamOut&) = delete;
  StreamOut& operator=(const StreamOut&) = delete;
  ~StreamOut() { Flush(); }

  // The text after what was sent so far.
  std::string& text() { return *text_; }
  // Sends the text on once a chunk of it is there.
  void Spill() {
    if (out_ && buf_.size() >= kChunk) Flush();
  }
  // Bytes after what was appended so far.
  void Append(std::string_view s) {
    text_->append(s);
    Spill();
  }
  // Bytes made elsewhere, after what was appended so far (sent without a
  // copy when writing to a stream).
  void Write(std::string_view s) {
    if (!out_) {
      text_->append(s);
      return;
    }
    Flush();
    out_->write(s.data(), static_cast<std::streamsize>(s.size()));
  }
  void Flush() {
    if (!out_ || buf_.empty()) return;
    // Emptied even when the stream throws, so that the destructor's Flush
    // does not write (and throw) again while the exception goes up.
    struct Empty {
      std::string* text;
      ~Empty() { text->clear(); }
    } empty{&buf_};
    out_->write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    if (buf_.capacity() > kChunk * 16) {  // one very large piece went through
      std::string().swap(buf_);
      buf_.reserve(kChunk * 2);
    }
  }

 private:
  static constexpr std::size_t kChunk = std::size_t{1} << 16;
  std::ostream* out_ = nullptr;
  std::string buf_;
  std::string* text_;
};

// A key written in the program, as a string literal: checked at compile
// time to need no escaping, so that it is written as it stands.
class JsonKey {
 public:
  consteval JsonKey(const char* key) : text_(key) {  // NOLINT: implicit from a literal
    for (char c : text_)
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80 ||
          c == '"' || c == '\\')
        NeedsEscaping();
  }
  std::string_view text() const { return text_; }

 private:
  static void NeedsEscaping() {}  // not constexpr: a key that calls it does not compile
  std::string_view text_;
};

class JsonOut {
 public:
  // `compact`: no new lines or indents, and ":" without a space (the bytes
  // of RapidJSON's Writer rather than its PrettyWriter).
  explicit JsonOut(StreamOut* stream, bool compact = false) : stream_(stream), compact_(compact) {}

  // A key that the program wrote, and one that comes from the data.
  void Key(JsonKey k) {
    Prefix();
    std::string& text = stream_->text();
    text += '"';
    text += k.text();
    text += '"';
    Send();
  }
  void KeyText(std::string_view k) { Str(k); }  // a key is laid out as a string
  void Str(std::string_view s) {
    Prefix();
    AppendJsonString(s, &stream_->text());
    Send();
  }
  void Bool(bool b) {
    Prefix();
    stream_->text() += b ? "true" : "false";
    Send();
  }
  void Uint(std::size_t n) {
    Prefix();
    char digits[20];
    stream_->text().append(digits, rapidjson::internal::u64toa(n, digits));
    Send();
  }
  // A number that is not finite fails, as RapidJSON's writer does without
  // kWriteNanAndInfFlag (what goes before it is written, the number not).
  void Double(double d) {
    Prefix();
    if (std::isfinite(d)) {
      char digits[25];
      stream_->text().append(digits, rapidjson::internal::dtoa(d, digits));
    } else {
      ok_ = false;
    }
    Send();
  }
  void StartObject() { Start(false); }
  void EndObject() { End(false); }
  void StartArray() { Start(true); }
  void EndArray() { End(true); }
  void Field(JsonKey k, std::string_view s) { Key(k); Str(s); }
  void Flag(JsonKey k, bool b) { Key(k); Bool(b); }
  void Count(JsonKey k, std::size_t n) { Key(k); Uint(n); }
  void Strings(JsonKey k, const std::vector<std::string>& items) {
    Key(k);
    StartArray();
    for (const std::string& s : items) Str(s);
    EndArray();
  }

  // One complete value was written, and no call failed.
  bool ok() const { return ok_ && has_root_ && levels_.empty(); }
  // No call failed so far (the document may be unfinished).
  bool ok_so_far() const { return ok_; }

 private:
  struct Level {
    bool in_array = false;
    std::size_t count = 0;  // values written in it (in an object: keys and values)
  };
  // What goes before a value: a comma, a new line and the indent in an
  // array; in an object the same before a key and ": " before its value.
  // A second value at the root, or a key that is not a string, is the
  // caller's mistake (RapidJSON asserts); the first fails here.
  void Prefix() {
    if (levels_.empty()) {
      if (has_root_) ok_ = false;
      has_root_ = true;
      return;
    }
    Level& level = levels_.back();
    std::string& text = stream_->text();
    if (level.in_array || level.count % 2 == 0) {
      NewLine(level.count > 0);
    } else {
      text += compact_ ? ":" : ": ";
    }
    ++level.count;
  }
  // A new line (after a comma) and the indent of the current level, in one append.
  void NewLine(bool comma) {
    if (compact_) {
      if (comma) stream_->text() += ',';
      return;
    }
    const std::size_t skip = comma ? 0 : 1;
    stream_->text().append(breaks_.data() + skip, 2 + levels_.size() - skip);
  }
  void Start(bool array) {
    Prefix();
    stream_->text() += array ? '[' : '{';
    Send();
    levels_.push_back(Level{array, 0});
    if (breaks_.size() < 2 + levels_.size()) breaks_.resize(2 + levels_.size(), ' ');
  }
  void End(bool array) {
    if (levels_.empty() || levels_.back().in_array != array) {
      ok_ = false;
      return;
    }
    const bool empty = levels_.back().count == 0;
    levels_.pop_back();
    if (!empty) NewLine(false);
    stream_->text() += array ? ']' : '}';
    Send();
    if (levels_.empty()) stream_->Flush();  // the end of the document
  }
  void Send() { stream_->Spill(); }

  StreamOut* stream_;
  std::vector<Level> levels_;
  std::string breaks_ = ",\n";  // then as many spaces as the deepest level so far
  bool has_root_ = false;
  bool ok_ = true;
  bool compact_ = false;
};

class GraphMetrics;
// With --metrics (metrics not null): the fields "betweenness", "pagerank",
// "core" and "cluster" of entity `id`, into the object being written.
void WriteMetrics(const GraphMetrics* metrics, const std::string& id, JsonOut* out);

}  // namespace nexus

#endif  // NEXUS_EXPORTERS_JSON_OUT_H_
