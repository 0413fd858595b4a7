#include "extractors/rules/json_source.h"

#include <vector>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace nexus {
namespace {

// One SAX pass that records where every value and key starts. Callbacks come
// after their token is read, so the start is found from the stream position:
// the bracket just taken, or a scan back over the token.
class Indexer : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Indexer> {
 public:
  Indexer(std::string_view text, const rapidjson::MemoryStream* in,
          std::map<std::string, std::size_t>* values, std::map<std::string, std::size_t>* keys)
      : text_(text), in_(in), values_(values), keys_(keys) {}

  bool Default() {  // numbers, true, false, null
    std::size_t start = in_->Tell();
    while (start > 0 && IsScalarChar(text_[start - 1])) --start;
    return Value(start);
  }
  bool String(const char*, rapidjson::SizeType, bool) { return Value(QuoteBefore(in_->Tell())); }
  bool StartObject() { return Open(false); }
  bool StartArray() { return Open(true); }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool EndArray(rapidjson::SizeType) { return Close(); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    frames_.back().key.assign(s, n);
    (*keys_)[JsonSource::Child(Path(), frames_.back().key)] = QuoteBefore(in_->Tell());
    return true;
  }

 private:
  struct Frame {
    bool array = false;
    std::size_t next = 0;  // arrays: index of the next element
    std::string key;       // objects: the last key read
    std::string pointer;
  };

  static bool IsScalarChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' ||
           c == 'E';
  }
  // The opening quote of the string whose closing quote is just before `end`.
  std::size_t QuoteBefore(std::size_t end) const {
    for (std::size_t i = end >= 2 ? end - 2 : 0; i > 0; --i) {
      if (text_[i] != '"') continue;
      std::size_t slashes = 0;
      while (i - slashes > 0 && text_[i - slashes - 1] == '\\') ++slashes;
      if (slashes % 2 == 0) return i;
    }
    return 0;
  }
  const std::string& Path() const { return frames_.back().pointer; }
  std::string Here() {
    if (frames_.empty()) return "";
    Frame& f = frames_.back();
    return f.array ? JsonSource::Child(f.pointer, f.next++) : JsonSource::Child(f.pointer, f.key);
  }
  bool Value(std::size_t start) {
    (*values_)[Here()] = start;
    return true;
  }
  bool Open(bool array) {
    std::string pointer = Here();
    (*values_)[pointer] = in_->Tell() - 1;
    frames_.push_back({array, 0, "", pointer});
    return true;
  }
  bool Close() {
    frames_.pop_back();
    return true;
  }

  std::string_view text_;
  const rapidjson::MemoryStream* in_;
  std::map<std::string, std::size_t>* values_;
  std::map<std::string, std::size_t>* keys_;
  std::vector<Frame> frames_;
};

// Bytes of the UTF-8 encoding of code point cp.
std::size_t Utf8Length(unsigned cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

unsigned Hex4(std::string_view s, std::size_t i) {
  unsigned v = 0;
  for (std::size_t k = i; k < i + 4 && k < s.size(); ++k) {
    char c = s[k];
    v = v * 16 + static_cast<unsigned>(c >= '0' && c <= '9'   ? c - '0'
                                       : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                       : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                              : 0);
  }
  return v;
}

}  // namespace

std::string JsonSource::Child(const std::string& pointer, std::string_view key) {
  std::string out = pointer + "/";
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string JsonSource::Child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

void JsonSource::Index() const {
  if (indexed_) return;
  indexed_ = true;
  rapidjson::MemoryStream in(text_.data(), text_.size());
  Indexer indexer(text_, &in, &values_, &keys_);
  rapidjson::Reader reader;
  if (reader.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseStopWhenDoneFlag>(in, indexer)
          .IsError()) {
    values_.clear();
    keys_.clear();
  }
}

std::size_t JsonSource::Find(const std::string& pointer) const {
  Index();
  auto it = values_.find(pointer);
  return it == values_.end() ? kNowhere : it->second;
}

std::size_t JsonSource::FindKey(const std::string& pointer) const {
  Index();
  auto it = keys_.find(pointer);
  return it == keys_.end() ? kNowhere : it->second;
}

std::size_t JsonSource::FindInString(const std::string& pointer, std::size_t inner) const {
  std::size_t quote = Find(pointer);
  if (quote == kNowhere || quote >= text_.size() || text_[quote] != '"') return quote;
  std::size_t i = quote + 1, decoded = 0;
  while (i < text_.size() && text_[i] != '"' && decoded < inner) {
    if (text_[i] != '\\') {
      ++i;
      ++decoded;
    } else if (i + 1 < text_.size() && text_[i + 1] == 'u') {
      unsigned cp = Hex4(text_, i + 2);
      i += 6;
      if (cp >= 0xD800 && cp <= 0xDBFF && text_.compare(i, 2, "\\u") == 0) {
        i += 6;  // a surrogate pair: one four-byte character
        cp = 0x10000;
      }
      decoded += Utf8Length(cp);
    } else {
      i += 2;
      ++decoded;
    }
  }
  return decoded < inner ? quote : i;
}

std::string JsonSource::Message(std::size_t offset, std::string_view message) const {
  if (offset == kNowhere || offset > text_.size()) return name_ + ": " + std::string(message);
  std::size_t line_start = 0;
  if (offset > 0) {
    std::size_t newline = text_.rfind('\n', offset - 1);
    if (newline != std::string_view::npos) line_start = newline + 1;
  }
  std::size_t line = 1;
  for (std::size_t i = 0; i < line_start; ++i) line += text_[i] == '\n' ? 1 : 0;
  std::size_t line_end = text_.find('\n', offset);
  if (line_end == std::string_view::npos) line_end = text_.size();
  if (line_end > line_start && text_[line_end - 1] == '\r') --line_end;
  std::string out = name_ + ":" + std::to_string(line) + ":" +
                    std::to_string(offset - line_start + 1) + ": " + std::string(message) + "\n";
  // A long line is shown as a window of it around the spot.
  constexpr std::size_t kBefore = 60, kWidth = 120;
  std::size_t from = offset - line_start > kBefore ? offset - kBefore : line_start;
  while (from > line_start && (static_cast<unsigned char>(text_[from]) & 0xC0) == 0x80) --from;
  std::size_t to = line_end - from > kWidth ? from + kWidth : line_end;
  while (to < line_end && (static_cast<unsigned char>(text_[to]) & 0xC0) == 0x80) ++to;
  if (offset > to) to = offset;
  std::string caret = from > line_start ? "   " : "";
  out += (from > line_start ? "..." : "") + std::string(text_.substr(from, to - from)) +
         (to < line_end ? "..." : "") + "\n";
  for (std::size_t i = from; i < offset; ++i) {
    char c = text_[i];
    if (c == '\t') caret += '\t';
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) caret += ' ';
  }
  return out + caret + "^";
}

}  // namespace nexus
