// Reading the JSON graph back: a RapidJSON SAX handler that follows the
// layout exporters/json_exporter.cc writes and adds to a KnowledgeGraph as it
// goes, so that a graph of any size is read without holding its text or a
// DOM in memory. Keys it does not know are skipped, whatever they hold.
#include "exporters/json_reader.h"

#include "graph/relation.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <set>
#include <system_error>
#include <unordered_set>
#include <vector>

#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace nexus {
namespace {

// Where the handler stands: the kind of container it is in.
enum class In {
  kTop, kRoot, kGraph, kGraphMeta, kDocuments, kDocument, kSentences, kSentence, kNodes, kNode,
  kNodeMeta, kAliases, kEdges, kEdge, kEdgeMeta, kEvidenceList, kEvidence, kMarks, kMark,
  kQuantities, kQuantity, kActivities, kActivity, kActivityEvidenceList, kActivityEvidence,
  kActivityPlaces, kActivityPlace, kDocAliases, kSkip
};

constexpr std::uint64_t kNoRef = std::numeric_limits<std::uint64_t>::max();

// A stored sentence (version 2), as evidence that refers to it carries it.
struct StoredSentence {
  std::string paragraph, text;
  std::size_t paragraph_index = 0, sentence = 0, page = 0;
  Span span;
  std::vector<Quantity> quantities;
};

// An activity as the file gives it; added after the links (its sentences
// are theirs).
struct PendingActivity {
  std::string relation, actor, crime;
  std::vector<ActivityEvidence> evidence;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> refs;  // (document, sentence) of each
};

struct PendingLink {
  std::string source, target, relation, kind;
  std::optional<std::uint64_t> weight;  // as the file gives it, checked against the evidence
  std::vector<Evidence> evidence;
  // For each piece of evidence, the (document, sentence) it refers to
  // (version 2), or kNoRef when it carries its sentence (version 1).
  std::vector<std::pair<std::uint64_t, std::uint64_t>> refs;
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
    // A key twice in one object: which value was meant is unknown.
    if (top() == In::kNodes) {
      if (!node_ids_.insert(key_).second) return Fail("node \"" + key_ + "\" given twice");
    } else if (depth_ > 0) {
      std::vector<std::string>& seen = keys_[depth_ - 1];
      if (std::find(seen.begin(), seen.end(), key_) != seen.end())
        return Fail("key \"" + key_ + "\" given twice in one object");
      seen.push_back(key_);
    }
    if (top() == In::kRoot && key_ == "graph") has_graph_ = true;
    if (top() == In::kGraph && key_ == "nodes") has_nodes_ = true;
    if (top() == In::kGraph && key_ == "edges") has_edges_ = true;
    return true;
  }

  bool String(const char* s, rapidjson::SizeType n, bool) {
    std::string v(s, n);
    switch (top()) {
      case In::kSkip: case In::kRoot: case In::kGraph: case In::kGraphMeta: return true;
      case In::kDocuments:  // version 1: the names only
        graph_->AddDocument(v);
        names_.push_back(std::move(v));
        documents_.emplace_back();
        return true;
      case In::kDocument:
        if (key_ == "path") info_.name = std::move(v);
        else if (key_ == "symbol") info_.symbol = std::move(v);
        else if (key_ == "date") info_.date = std::move(v);
        else if (key_ == "title") info_.title = std::move(v);
        else if (key_ == "sha256") info_.sha256 = std::move(v);
        return true;
      case In::kSentence:
        if (key_ == "paragraph") sentence_.paragraph = std::move(v);
        else if (key_ == "text") sentence_.text = std::move(v);
        else if (IsNumberField()) return Fail("\"" + key_ + "\" must be a number");
        return true;
      case In::kNode: if (key_ == "label") entity_.label = std::move(v); return true;
      case In::kNodeMeta:
        if (key_ == "type") type_ = std::move(v);
        else if (key_ == "parent") entity_.parent = std::move(v);
        else if (key_ == "discovered_by") entity_.discovered_by = std::move(v);
        return true;
      case In::kAliases: entity_.aliases.push_back(std::move(v)); return true;
      case In::kDocAliases: info_.aliases.push_back(std::move(v)); return true;
      case In::kEdge:
        if (key_ == "source") link_.source = std::move(v);
        else if (key_ == "target") link_.target = std::move(v);
        else if (key_ == "relation") link_.relation = std::move(v);
        return true;
      case In::kEdgeMeta:
        if (key_ == "kind") link_.kind = std::move(v);
        else if (key_ == "weight") return Fail("\"weight\" must be a whole number of sentences");
        return true;
      case In::kEvidence:
        if (key_ == "document") {
          if (ref_.first != kNoRef) return Fail("\"document\" must be a number");
          evidence_.document = std::move(v);
        }
        else if (key_ == "paragraph") evidence_.paragraph = std::move(v);
        else if (key_ == "text") evidence_.text = std::move(v);
        else if (key_ == "rule") evidence_.rule = std::move(v);
        else if (IsNumberField()) return Fail("\"" + key_ + "\" must be a number");
        return true;
      case In::kActivity:
        if (key_ == "relation") activity_.relation = std::move(v);
        else if (key_ == "actor") activity_.actor = std::move(v);
        else if (key_ == "crime") activity_.crime = std::move(v);
        return true;
      case In::kActivityEvidence:
        if (key_ == "document" || key_ == "sentence") return Fail("\"" + key_ + "\" must be a number");
        return true;
      case In::kActivityPlace:
        if (key_ == "id") place_.region = std::move(v);
        else if (key_ == "rule") place_.rule = std::move(v);
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
  // Numbers come as their text (kParseNumbersAsStringsFlag) and are read
  // here with std::from_chars: exact, and safe on any run of digits
  // (RapidJSON 1.1's own full-precision conversion reads out of bounds on
  // some long numbers with long exponents).
  bool RawNumber(const char* str, rapidjson::SizeType length, bool /*copy*/) {
    const char* end = str + length;
    const bool integer = std::none_of(str, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; });
    if (integer && *str != '-') {
      std::uint64_t n = 0;
      if (auto [p, ec] = std::from_chars(str, end, n); ec == std::errc() && p == end) return Uint64(n);
    } else if (integer) {
      std::int64_t n = 0;
      if (auto [p, ec] = std::from_chars(str, end, n); ec == std::errc() && p == end) return Int64(n);
    }
    double d = 0;
    const auto [p, ec] = std::from_chars(str, end, d);
    if (p != end) return Fail("a number that cannot be read");
    if (ec == std::errc::result_out_of_range) {
      // Too small is zero (as JSON readers do); too large has no double.
      const std::string text(str, length);
      d = std::strtod(text.c_str(), nullptr);
      if (std::isinf(d)) return Fail("a number too large");
    }
    return Double(d);
  }

  bool Bool(bool b) {
    if (top() == In::kEvidence && key_ == "hedged") evidence_.hedged = b;
    if (top() == In::kActivityEvidence && key_ == "hedged") activity_evidence_.hedged = b;
    return Scalar();
  }
  bool Null() { return Scalar(); }

 private:
  In top() const { return stack_.empty() ? In::kTop : stack_.back(); }

  // The container opened under the current key (or as an array element).
  bool Open(bool object) {
    if (stack_.size() >= kMaxDepth)
      return Fail("nested deeper than " + std::to_string(kMaxDepth) + " levels: not a Nexus graph");
    // The keys seen at each level, kept from one object to the next (no
    // allocation once the strings are long enough).
    if (keys_.size() <= depth_) keys_.emplace_back();
    keys_[depth_++].clear();
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
        case In::kDocuments: next = In::kDocument; info_ = DocumentInfo{}; sentences_.clear(); break;
        case In::kSentences: next = In::kSentence; sentence_ = StoredSentence{}; break;
        case In::kNodes:
          next = In::kNode;
          entity_ = Entity{};
          entity_.id = key_;
          type_.clear();
          break;
        case In::kNode: if (key_ == "metadata") next = In::kNodeMeta; break;
        case In::kEdges: next = In::kEdge; link_ = PendingLink{}; break;
        case In::kEdge: if (key_ == "metadata") next = In::kEdgeMeta; break;
        case In::kEvidenceList:
          next = In::kEvidence;
          evidence_ = Evidence{};
          ref_ = {kNoRef, kNoRef};
          break;
        case In::kQuantities: next = In::kQuantity; quantity_ = Quantity{}; break;
        case In::kActivities: next = In::kActivity; activity_ = PendingActivity{}; break;
        case In::kActivityEvidenceList:
          next = In::kActivityEvidence;
          activity_evidence_ = ActivityEvidence{};
          activity_ref_ = {kNoRef, kNoRef};
          break;
        case In::kActivityPlaces: next = In::kActivityPlace; place_ = ActivityPlace{}; break;
        case In::kAliases: case In::kMarks: case In::kMark: case In::kSentence:
          return Unexpected("an object");
        default: break;
      }
    } else {
      switch (at) {
        case In::kGraphMeta:
          if (key_ == "documents") next = In::kDocuments;
          else if (key_ == "activities") next = In::kActivities;
          break;
        case In::kActivity: if (key_ == "evidence") next = In::kActivityEvidenceList; break;
        case In::kActivityEvidence: if (key_ == "places") next = In::kActivityPlaces; break;
        case In::kNodeMeta: if (key_ == "aliases") next = In::kAliases; break;
        case In::kGraph: if (key_ == "edges") next = In::kEdges; break;
        case In::kEdgeMeta: if (key_ == "evidence") next = In::kEvidenceList; break;
        case In::kEvidence:
          if (key_ == "marks") next = In::kMarks;
          else if (key_ == "quantities") next = In::kQuantities;
          break;
        case In::kDocument:
          if (key_ == "sentences") next = In::kSentences;
          else if (key_ == "aliases") next = In::kDocAliases;
          break;
        case In::kSentence: if (key_ == "quantities") next = In::kQuantities; break;
        case In::kMarks: next = In::kMark; mark_.clear(); break;
        case In::kTop: case In::kDocuments: case In::kAliases: case In::kMark:
        case In::kEdges: case In::kEvidenceList: case In::kQuantities: case In::kSentences:
        case In::kActivities: case In::kActivityEvidenceList: case In::kActivityPlaces: case In::kDocAliases:
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
    --depth_;
    switch (done) {
      case In::kNode: return AddEntity();
      case In::kEdge: return AddLink();
      case In::kRoot:
        if (!has_graph_) return Fail("not a Nexus graph: no \"graph\" object");
        if (!has_nodes_ || !has_edges_) return Fail("not a Nexus graph: the graph needs \"nodes\" and \"edges\"");
        return AddDeferred();
      case In::kNodes:
        nodes_read_ = true;
        return true;
      case In::kGraphMeta:
        documents_read_ = true;
        return true;
      case In::kDocument: {
        if (info_.name.empty()) return Fail("a document without a \"path\"");
        // The same bytes as a document the graph holds under another path
        // (another shard, another folder): that document's alias, and its
        // evidence is not added again.
        const DocumentInfo* same = graph_->DocumentWithHash(info_.sha256);
        if (same && same->name != info_.name) {
          const std::string first = same->name;
          graph_->AddDocumentAlias(first, info_.name);
          for (const std::string& a : info_.aliases) graph_->AddDocumentAlias(first, a);
          again_.insert(info_.name);
        } else {
          graph_->AddDocument(info_);
        }
        names_.push_back(info_.name);
        documents_.push_back(std::move(sentences_));
        sentences_.clear();
        return true;
      }
      case In::kSentence:
        for (Quantity& q : sentence_.quantities) {  // as the builder fills them in
          q.paragraph = sentence_.paragraph_index;
          q.sentence = sentence_.sentence;
        }
        sentences_.push_back(std::move(sentence_));
        return true;
      case In::kEvidence:
        if ((ref_.first == kNoRef) != (ref_.second == kNoRef) && version_ != 1)
          return Fail("evidence needs both \"document\" and \"sentence\" numbers");
        // Evidence that refers to no stored sentence carries its own document.
        if (ref_.first == kNoRef && evidence_.document.empty())
          return Fail("evidence without its \"document\"");
        for (Quantity& q : evidence_.quantities) {  // as the builder fills them in
          q.paragraph = evidence_.paragraph_index;
          q.sentence = evidence_.sentence;
        }
        link_.evidence.push_back(std::move(evidence_));
        link_.refs.push_back(ref_.first == kNoRef ? std::pair{kNoRef, kNoRef} : ref_);
        return true;
      case In::kQuantity:
        if (!has_high_) quantity_.high = quantity_.value;
        has_high_ = false;
        // The list is the sentence's (version 2) or the evidence's (version 1).
        (stack_.size() >= 2 && stack_[stack_.size() - 2] == In::kSentence ? sentence_.quantities
                                                                          : evidence_.quantities)
            .push_back(std::move(quantity_));
        return true;
      case In::kActivity:
        activities_.push_back(std::move(activity_));
        return true;
      case In::kActivityEvidence:
        if (activity_ref_.first == kNoRef || activity_ref_.second == kNoRef)
          return Fail("an activity's evidence needs \"document\" and \"sentence\" numbers");
        activity_.evidence.push_back(std::move(activity_evidence_));
        activity_.refs.push_back(activity_ref_);
        return true;
      case In::kActivityPlace:
        activity_evidence_.places.push_back(std::move(place_));
        return true;
      case In::kMark:
        if (mark_.size() != 2) return Fail("a mark must be two numbers [begin, end]");
        evidence_.marks.emplace_back(mark_[0], mark_[1]);
        return true;
      default: return true;
    }
  }

  bool IsNumberField() const {
    return key_ == "paragraph_index" || key_ == "sentence" || key_ == "begin" || key_ == "end" ||
           key_ == "page";
  }

  // A number: `whole` when it is a non-negative integer.
  bool Number(std::optional<std::uint64_t> whole, double value) {
    switch (top()) {
      case In::kEdgeMeta:
        if (key_ != "weight") return true;
        if (!whole || *whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("\"weight\" must be a whole number of sentences");
        link_.weight = *whole;
        return true;
      case In::kGraphMeta:
        if (key_ != "format_version") return true;
        if (!whole || (*whole != 1 && *whole != static_cast<std::uint64_t>(kJsonFormatVersion))) {
          char shown[32];
          std::snprintf(shown, sizeof shown, "%g", value);
          return Fail(std::string("format_version ") + shown +
                      " is not one this Nexus reads (1 and " + std::to_string(kJsonFormatVersion) +
                      "): a newer Nexus wrote it?");
        }
        version_ = static_cast<int>(*whole);
        return true;
      case In::kSentence:
        if (!IsNumberField()) return true;
        if (!whole) return Fail("\"" + key_ + "\" must be a whole number");
        if (*whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("\"" + key_ + "\" is out of range");
        if (key_ == "paragraph_index") sentence_.paragraph_index = *whole;
        else if (key_ == "sentence") sentence_.sentence = *whole;
        else if (key_ == "page") sentence_.page = *whole;
        else if (key_ == "begin") sentence_.span.begin = *whole;
        else sentence_.span.end = *whole;
        return true;
      case In::kEvidence:
        if (key_ == "paragraph" || key_ == "text" || key_ == "rule")
          return Fail("\"" + key_ + "\" must be a string");
        if (key_ == "document") {
          if (!whole || *whole > std::numeric_limits<std::uint32_t>::max())
            return Fail("\"document\" must be a document's index");
          ref_.first = *whole;
          return true;
        }
        if (!IsNumberField()) return true;
        if (!whole) return Fail("\"" + key_ + "\" must be a whole number");
        if (*whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("\"" + key_ + "\" is out of range");
        if (key_ == "paragraph_index") evidence_.paragraph_index = *whole;
        else if (key_ == "page") evidence_.page = *whole;
        else if (key_ == "sentence") {
          evidence_.sentence = *whole;  // version 1: its index in the paragraph
          ref_.second = *whole;         // version 2: its index in the document
        }
        else if (key_ == "begin") evidence_.span.begin = *whole;
        else evidence_.span.end = *whole;
        return true;
      case In::kActivityEvidence:
        if (key_ != "document" && key_ != "sentence") return true;
        if (!whole || *whole > std::numeric_limits<std::uint32_t>::max())
          return Fail("an activity's \"" + key_ + "\" must be an index");
        (key_ == "document" ? activity_ref_.first : activity_ref_.second) = *whole;
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
      case In::kEvidenceList: case In::kQuantities: case In::kTop: case In::kSentences:
      case In::kActivities: case In::kActivityEvidenceList: case In::kActivityPlaces: case In::kDocAliases:
        return Unexpected("this value");
      default: return true;
    }
  }

  bool AddEntity() {
    std::optional<EntityType> type = ParseType(type_);
    if (!type) return Fail("node \"" + entity_.id + "\": unknown type \"" + type_ + "\"");
    const std::size_t colon = entity_.id.find(':');
    if (colon == std::string::npos || colon + 1 == entity_.id.size() || entity_.id.compare(0, colon, type_) != 0)
      return Fail("node \"" + entity_.id + "\": an id is \"" + type_ + ":\" and a name for its type \"" +
                  type_ + "\"");
    entity_.type = *type;
    if (!graph_->AddEntity(entity_))
      return Fail("node \"" + entity_.id + "\": already in the graph with another type");
    return true;
  }

  // Fills evidence i of `link` from the sentence it refers to; false when
  // that sentence is not (yet) known.
  bool Resolve(PendingLink* link, std::size_t i) const {
    const auto [d, k] = link->refs[i];
    if (d == kNoRef) return true;
    if (d >= documents_.size() || k >= documents_[d].size()) return false;
    const StoredSentence& s = documents_[d][k];
    Evidence& ev = link->evidence[i];
    ev.document = names_[d];
    ev.paragraph = s.paragraph;
    ev.paragraph_index = s.paragraph_index;
    ev.sentence = s.sentence;
    ev.span = s.span;
    ev.page = s.page;
    ev.text = s.text;
    ev.quantities = s.quantities;
    return true;
  }

  bool AddLink() {
    if (!nodes_read_) {  // the nodes come later (a file whose keys were sorted)
      deferred_.push_back(std::move(link_));
      return true;
    }
    for (std::size_t i = 0; i < link_.evidence.size(); ++i) {
      if (Resolve(&link_, i)) continue;
      if (documents_read_) return Fail(MissingSentence(link_, i));
      deferred_.push_back(std::move(link_));  // the documents come later
      return true;
    }
    return AddResolved(link_);
  }
  // What the graph's contract asks of a link that JSON syntax cannot say:
  // a known relation between ends of its types, spans and marks in order
  // and inside their sentence, the weight its evidence gives.
  bool CheckLink(const PendingLink& link) {
    const std::string edge = "edge " + link.source + " -> " + link.target + ": ";
    const Relation* relation = FindRelation(link.relation);
    if (!relation) return Fail(edge + "unknown relation \"" + link.relation + "\"");
    const Entity* s = graph_->FindEntity(link.source);
    const Entity* t = graph_->FindEntity(link.target);
    if (!s || !t) return Fail(edge + "an end is not a node");
    if (s->type != relation->from || t->type != relation->to)
      return Fail(edge + link.relation + " joins " + TypeName(relation->from) + " to " + TypeName(relation->to) +
                  ", not " + TypeName(s->type) + " to " + TypeName(t->type));
    if (!link.kind.empty() && link.kind != relation->kind)
      return Fail(edge + "kind \"" + link.kind + "\" where " + link.relation + " is \"" + relation->kind + "\"");
    if (link.weight && *link.weight != link.evidence.size())
      return Fail(edge + "weight " + std::to_string(*link.weight) + " but " + std::to_string(link.evidence.size()) +
                  " piece(s) of evidence");
    for (const Evidence& ev : link.evidence) {
      if (ev.span.begin > ev.span.end) return Fail(edge + "a sentence whose begin is after its end");
      for (const auto& [b, e] : ev.marks)
        if (b > e || e > ev.text.size())
          return Fail(edge + "a mark [" + std::to_string(b) + ", " + std::to_string(e) +
                      "] outside its sentence of " + std::to_string(ev.text.size()) + " bytes");
    }
    return true;
  }
  bool AddResolved(PendingLink& link) {
    if (!CheckLink(link)) return false;
    for (Evidence& ev : link.evidence) {
      if (!again_.empty() && again_.count(ev.document)) continue;
      // The graph stores a sentence once, by document and span: one text.
      if (const auto stored = graph_->StoredSentenceText(ev.document, ev.span); stored && *stored != ev.text)
        return Fail(TwoTexts(link, ev));
      if (!graph_->AddEvidence(link.source, link.target, link.relation, link.kind, ev))
        return Fail("edge " + link.source + " -> " + link.target + ": an end is not a node");
    }
    return true;
  }
  static std::string TwoTexts(const PendingLink& link, const Evidence& ev) {
    std::string message = "edge ";
    message.append(link.source).append(" -> ").append(link.target);
    message.append(": two texts for the sentence of \"").append(ev.document).append("\" at bytes ");
    message.append(std::to_string(ev.span.begin)).append("-").append(std::to_string(ev.span.end));
    return message;
  }
  std::string MissingSentence(const PendingLink& link, std::size_t i) const {
    return "edge " + link.source + " -> " + link.target + ": its evidence refers to sentence " +
           std::to_string(link.refs[i].second) + " of document " +
           std::to_string(link.refs[i].first) + ", which the graph's documents do not hold";
  }
  bool AddDeferred() {
    for (PendingLink& link : deferred_) {
      for (std::size_t i = 0; i < link.evidence.size(); ++i)
        if (!Resolve(&link, i)) return Fail(MissingSentence(link, i));
      if (!AddResolved(link)) return false;
    }
    deferred_.clear();
    return AddActivities();
  }
  // The activities, once the links (and their sentences) are in: each must
  // be an actor -> crime relation between nodes of its types, its evidence
  // sentences the graph's, its places regions.
  bool AddActivities() {
    for (PendingActivity& a : activities_) {
      const std::string what = "activity " + a.actor + " " + a.relation + " " + a.crime + ": ";
      const Relation* relation = FindRelation(a.relation);
      if (!relation || (a.relation != "profits_from" && a.relation != "counters"))
        return Fail(what + "an activity's relation is profits_from or counters");
      const Entity* actor = graph_->FindEntity(a.actor);
      const Entity* crime = graph_->FindEntity(a.crime);
      if (!actor || !crime || actor->type != relation->from || crime->type != relation->to)
        return Fail(what + "its ends are not nodes of the relation's types");
      for (std::size_t i = 0; i < a.evidence.size(); ++i) {
        const auto [d, k] = a.refs[i];
        if (d >= documents_.size() || k >= documents_[d].size())
          return Fail(what + "its evidence refers to a sentence the graph's documents do not hold");
        ActivityEvidence& ev = a.evidence[i];
        ev.document = names_[d];
        ev.span = documents_[d][k].span;
        for (const ActivityPlace& p : ev.places) {
          const Entity* r = graph_->FindEntity(p.region);
          if (!r || r->type != EntityType::kRegion) return Fail(what + "place \"" + p.region + "\" is not a region");
        }
        if (ev.places.empty()) return Fail(what + "a sentence with no place");
        if (!again_.count(ev.document)) graph_->AddActivity(a.relation, a.actor, a.crime, ev);
      }
    }
    activities_.clear();
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
  PendingActivity activity_;
  ActivityEvidence activity_evidence_;
  ActivityPlace place_;
  std::pair<std::uint64_t, std::uint64_t> activity_ref_{kNoRef, kNoRef};
  std::vector<PendingActivity> activities_;  // added at the end
  std::set<std::string> again_;  // documents held under another path: not added again
  std::pair<std::uint64_t, std::uint64_t> ref_{kNoRef, kNoRef};
  int version_ = 1;               // format_version, 1 when the file does not say
  DocumentInfo info_;             // the document being read
  StoredSentence sentence_;       // the sentence being read
  std::vector<StoredSentence> sentences_;                 // of the document being read
  std::vector<std::vector<StoredSentence>> documents_;    // by index in the file
  std::vector<std::string> names_;                        // the documents' paths, by index
  bool documents_read_ = false;   // graph.metadata is closed
  std::vector<PendingLink> deferred_;  // links read before the documents
  Quantity quantity_;
  bool has_high_ = false;
  static constexpr std::size_t kMaxDepth = 64;
  std::vector<std::vector<std::string>> keys_;  // the keys of each open object, by depth
  std::size_t depth_ = 0;
  std::unordered_set<std::string> node_ids_;
  bool has_graph_ = false, has_nodes_ = false, has_edges_ = false;
  bool nodes_read_ = false;
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

constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseIterativeFlag |
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
