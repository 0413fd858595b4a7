// JsonSource: a JSON text (comments allowed) and its name, for messages that
// point at a value: "rules.json:12:18: unknown entity type", then the line
// and a caret under the spot.
//
// Values are named by JSON Pointer ("/entities/3/aliases/0", "" for the
// root). The text is indexed on the first lookup only, so a source costs
// nothing until there is something to report. The text must outlive the
// JsonSource.
#ifndef NEXUS_EXTRACTORS_RULES_JSON_SOURCE_H_
#define NEXUS_EXTRACTORS_RULES_JSON_SOURCE_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace nexus {

class JsonSource {
 public:
  static constexpr std::size_t kNowhere = static_cast<std::size_t>(-1);

  JsonSource(std::string_view name, std::string_view text) : name_(name), text_(text) {}

  // Byte offset of the first character of the value at `pointer`, or
  // kNowhere when there is no such value (or the text is not valid JSON).
  std::size_t Find(const std::string& pointer) const;
  // Byte offset of the key of the member at `pointer` ("/entities/0/tpye"
  // gives the "tpye" key), or kNowhere.
  std::size_t FindKey(const std::string& pointer) const;
  // Byte offset of byte `inner` of the decoded string value at `pointer`,
  // escapes accounted for; the value's offset when `inner` is past its end.
  std::size_t FindInString(const std::string& pointer, std::size_t inner) const;

  // "name:line:col: message", then the source line and a caret under byte
  // `offset` (line and column are 1-based, columns count bytes). Just
  // "name: message" when offset is kNowhere.
  std::string Message(std::size_t offset, std::string_view message) const;

  const std::string& name() const { return name_; }

  // "/entities" + "/" + 3 -> "/entities/3"; keys escaped as JSON Pointer.
  static std::string Child(const std::string& pointer, std::string_view key);
  static std::string Child(const std::string& pointer, std::size_t index);

 private:
  void Index() const;

  std::string name_;
  std::string_view text_;
  mutable bool indexed_ = false;
  mutable std::map<std::string, std::size_t> values_, keys_;
};

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_RULES_JSON_SOURCE_H_
