// Reading the JSON graph back: a RapidJSON SAX handler that follows the
// layout exporters/json_exporter.cc writes and adds to a KnowledgeGraph as it
// goes, so that a graph of any size is read without holding its text or a
// DOM in memory. Keys it does not know are skipped, whatever they hold.
#include "exporters/json_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace nexus {
namespace {

// Where the handler stands: the kind of container it is in.
enum class In {
  kTop, kRoot, kGraph, kGraphMeta, kDocuments, kNodes, kNode, kNodeMeta, kAliases,
  kEdges, kEdge, kEdgeMeta, kEvidenceList, kEvidence, kMarks, kMark, kQuantities,
  kQuantity, kSkip
};

struct PendingLink {
  std::string source, target, relation, kind;
  std::vector<Evidence> evidence;
};

class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler> {
 public:
  explicit Handler(KnowledgeGraph* graph) : graph_(graph) {}

  const std::string& error() const { return error_; }

  bool StartObject() { return Open(true); }
  bool StartArray() { return Open(false); }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  bool Key(const char* s, rapidjson::SizeType n, bool) {
    key_.assign(s, n);
    return true;
  }

  bool String(const char* s, rapidjson::SizeType n, bool) {
    std::string v(s, n);
    switch (top()) {
      case In::kSkip: case In::kRoot: case In::kGraph: case In::kGraphMeta: return true;
      case In::kDocuments: graph_->AddDocument(v); return true;
      case In::kNode: if (key_ == "label") entity_.label = std::move(v); return true;
      case In::kNodeMeta:
        if (key_ == "type") type_ = std::move(v);
        else if (key_ == "parent") entity_.parent = std::move(v);
        else if (key_ == "discovered_by") entity_.discovered_by = std::move(v);
        return true;
      case In::kAliases: entity_.aliases.push_back(std::move(v)); return true;
      case In::kEdge:
        if (key_ == "source") link_.source = std::move(v);
        else if (key_ == "target") link_.target = std::move(v);
        else if (key_ == "relation") link_.relation = std::move(v);
        return true;
      case In::kEdgeMeta: if (key_ == "kind") link_.kind = std::move(v); return true;
      case In::kEvidence:
        if (key_ == "document") evidence_.document = std::move(v);
        else if (key_ == "paragraph") evidence_.paragraph = std::move(v);
        else if (key_ == "text") evidence_.text = std::move(v);
        else if (key_ == "rule") evidence_.rule = std::move(v);
        else if (IsNumberField()) return Fail("\"" + key_ + "\" must be a number");
        return true;
      case In::kQuantity:
        if (key_ == "kind") quantity_.kind = std::move(v);
        else if (key_ == "text") quantity_.text = std::move(v);
        else if (key_ == "per") quantity_.per = std::move(v);
        return true;
      default: return Unexpected("a string");
    }
  }

  bool Uint64(std::uint64_t n) { return Number(n, static_cast<double>(n)); }
  bool Uint(unsigned n) { return Number(n, n); }
  bool Int(int n) { return n < 0 ? Number(std::nullopt, n) : Number(static_cast<std::uint64_t>(n), n); }
  bool Int64(std::int64_t n) {
    return n < 0 ? Number(std::nullopt, static_cast<double>(n))
                 : Number(static_cast<std::uint64_t>(n), static_cast<double>(n));
  }
  bool Double(double d) { return Number(std::nullopt, d); }

  bool Bool(bool b) {
    if (top() == In::kEvidence && key_ == "hedged") evidence_.hedged = b;
    return Scalar();
  }
  bool Null() { return Scalar(); }

 private:
  In top() const { return stack_.empty() ? In::kTop : stack_.back(); }

  // The container opened under the current key (or as an array element).
  bool Open(bool object) {
    In at = top(), next = In::kSkip;
    if (at == In::kSkip) {
      stack_.push_back(In::kSkip);
      return true;
    }
    if (object) {
      switch (at) {
        case In::kTop: next = In::kRoot; break;
        case In::kRoot: if (key_ == "graph") next = In::kGraph; break;
        case In::kGraph: if (key_ == "metadata") next = In::kGraphMeta; else if (key_ == "nodes") next = In::kNodes; break;
        case In::kNodes:
          next = In::kNode;
          entity_ = Entity{};
          entity_.id = key_;
          type_.clear();
          break;
        case In::kNode: if (key_ == "metadata") next = In::kNodeMeta; break;
        case In::kEdges: next = In::kEdge; link_ = PendingLink{}; break;
        case In::kEdge: if (key_ == "metadata") next = In::kEdgeMeta; break;
        case In::kEvidenceList: next = In::kEvidence; evidence_ = Evidence{}; break;
        case In::kQuantities: next = In::kQuantity; quantity_ = Quantity{}; break;
        case In::kDocuments: case In::kAliases: case In::kMarks: case In::kMark:
          return Unexpected("an object");
        default: break;
      }
    } else {
      switch (at) {
        case In::kGraphMeta: if (key_ == "documents") next = In::kDocuments; break;
        case In::kNodeMeta: if (key_ == "aliases") next = In::kAliases; break;
        case In::kGraph: if (key_ == "edges") next = In::kEdges; break;
        case In::kEdgeMeta: if (key_ == "evidence") next = In::kEvidenceList; break;
        case In::kEvidence:
          if (key_ == "marks") next = In::kMarks;
          else if (key_ == "quantities") next = In::kQuantities;
          break;
        case In::kMarks: next = In::kMark; mark_.clear(); break;
        case In::kTop: case In::kDocuments: case In::kAliases: case In::kMark:
        case In::kEdges: case In::kEvidenceList: case In::kQuantities:
          return Unexpected("an array");
        default: break;
      }
    }
    stack_.push_back(next);
    return true;
  }

  bool Close() {
    In done = top();
    stack_.pop_back();
    switch (done) {
      case In::kNode: return AddEntity();
      case In::kEdge: return AddLink();
      case In::kEvidence:
        for (Quantity& q : evidence_.quantities) {  // as the builder fills them in
          q.paragraph = evidence_.paragraph_index;
          q.sentence = evidence_.sentence;
        }
        link_.evidence.push_back(std::move(evidence_));
        return true;
      case In::kQuantity:
        if (!has_high_) quantity_.high = quantity_.value;
        has_high_ = false;
        evidence_.quantities.push_back(std::move(quantity_));
        return true;
      case In::kMark:
        if (mark_.size() != 2) return Fail("a mark must be two numbers [begin, end]");
        evidence_.marks.emplace_back(mark_[0], mark_[1]);
        return true;
      default: return true;
    }
  }

  bool IsNumberField() const {
    return key_ == "paragraph_index" || key_ == "sentence" || key_ == "begin" || key_ == "end";
  }

  // A number: `whole` when it is a non-negative integer.
  bool Number(std::optional<std::uint64_t> whole, double value) {
    switch (top()) {
      case In::kEvidence:
        if (key_ == "document" || key_ == "paragraph" || key_ == "text" || key_ == "rule")
          return Fail("\"" + key_ + "\" must be a string");
        if (!IsNumberField()) return true;
        if (!whole) return Fail("\"" + key_ + "\" must be a whole number");
        if (*whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("\"" + key_ + "\" is out of range");
        if (key_ == "paragraph_index") evidence_.paragraph_index = *whole;
        else if (key_ == "sentence") evidence_.sentence = *whole;
        else if (key_ == "begin") evidence_.span.begin = *whole;
        else evidence_.span.end = *whole;
        return true;
      case In::kMark:
        if (!whole || *whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("a mark must be two whole numbers below 2^32");
        mark_.push_back(*whole);
        return true;
      case In::kQuantity:
        if (key_ == "value") quantity_.value = value;
        else if (key_ == "high") {
          quantity_.high = value;
          has_high_ = true;
        }
        else if ((key_ == "begin" || key_ == "end") &&
                 (!whole || *whole > std::numeric_limits<std::uint32_t>::max()))
          return Fail("a quantity's \"" + key_ + "\" must be a whole number below 2^32");
        else if (key_ == "begin") quantity_.begin = *whole;
        else if (key_ == "end") quantity_.end = *whole;
        return true;
      default: return Scalar();
    }
  }

  // A value that only matters by where it stands.
  bool Scalar() {
    switch (top()) {
      case In::kDocuments: case In::kAliases: case In::kMarks: case In::kEdges:
      case In::kEvidenceList: case In::kQuantities: case In::kTop:
        return Unexpected("this value");
      default: return true;
    }
  }

  bool AddEntity() {
    std::optional<EntityType> type = ParseType(type_);
    if (!type) return Fail("node \"" + entity_.id + "\": unknown type \"" + type_ + "\"");
    entity_.type = *type;
    if (!graph_->AddEntity(entity_))
      return Fail("node \"" + entity_.id + "\": already in the graph with another type");
    return true;
  }

  bool AddLink() {
    for (Evidence& ev : link_.evidence) {
      if (!graph_->AddEvidence(link_.source, link_.target, link_.relation, link_.kind, std::move(ev)))
        return Fail("edge " + link_.source + " -> " + link_.target + ": an end is not a node");
    }
    return true;
  }

  bool Unexpected(const char* what) { return Fail(std::string("unexpected ") + what + " here"); }
  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  KnowledgeGraph* graph_;
  std::vector<In> stack_;
  std::string key_;
  Entity entity_;
  std::string type_;
  PendingLink link_;
  Evidence evidence_;
  Quantity quantity_;
  bool has_high_ = false;
  std::vector<std::uint64_t> mark_;
  std::string error_;
};

// 1-based line and column of byte `offset`, counted by `count` over the
// bytes before it.
template <typename CountFn>
std::string Where(const std::string& source, std::size_t offset, CountFn count) {
  int line = 1, column = 1;
  count(offset, &line, &column);
  return source + ":" + std::to_string(line) + ":" + std::to_string(column);
}

void CountIn(std::string_view text, std::size_t offset, int* line, int* column) {
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++*line;
      *column = 1;
    } else {
      ++*column;
    }
  }
}

constexpr unsigned kFlags = rapidjson::kParseFullPrecisionFlag |
                            rapidjson::kParseValidateEncodingFlag;

template <typename Stream, typename CountFn>
Status Parse(Stream& stream, const std::string& source, KnowledgeGraph* graph, CountFn count) {
  Handler handler(graph);
  rapidjson::Reader reader;
  rapidjson::ParseResult r = reader.Parse<kFlags>(stream, handler);
  if (r) return Status::Ok();
  std::string where = Where(source, r.Offset(), count);
  if (!handler.error().empty()) return Status::Error(where + ": " + handler.error());
  return Status::Error(where + ": " + rapidjson::GetParseError_En(r.Code()));
}

}  // namespace

Status ReadJsonGraph(std::string_view json, const std::string& source, KnowledgeGraph* graph) {
  rapidjson::MemoryStream stream(json.data(), json.size());
  return Parse(stream, source, graph, [&](std::size_t offset, int* line, int* column) {
    CountIn(json, offset, line, column);
  });
}

Status ReadJsonGraphFile(const std::string& path, KnowledgeGraph* graph) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::Error(path + ": " + std::strerror(errno));
  std::vector<char> buffer(1 << 16);
  rapidjson::FileReadStream stream(f, buffer.data(), buffer.size());
  Status s = Parse(stream, path, graph, [&](std::size_t offset, int* line, int* column) {
    std::rewind(f);
    std::vector<char> chunk(1 << 16);
    std::size_t seen = 0;
    while (seen < offset) {
      std::size_t n = std::fread(chunk.data(), 1, std::min(chunk.size(), offset - seen), f);
      if (n == 0) break;
      CountIn(std::string_view(chunk.data(), n), n, line, column);
      seen += n;
    }
  });
  if (s.ok() && std::ferror(f)) s = Status::Error(path + ": read error");
  std::fclose(f);
  return s;
}

}  // namespace nexus
