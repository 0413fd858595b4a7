// KnowledgeGraph: entities as nodes, links as edges, every edge carrying the
// sentences that support it. Each sentence is stored once, whatever the
// number of links it supports; a link's evidence refers to it. Only
// GraphBuilder (and the readers of stored graphs) change it.
#ifndef NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
#define NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/entity.h"
#include "graph/findings.h"
#include "graph/span.h"

namespace nexus {

// A document the graph was built from, with what its text says of itself.
struct DocumentInfo {
  std::string name;    // the path as given: the document's identity in the graph
  std::string symbol;  // its UN document symbol ("S/2015/366"), or ""
  std::string date;    // its date, ISO 8601 ("2015-05-29"), or ""
  std::string title;   // its title, or ""
  std::string sha256;  // the SHA-256 of its file's bytes (hex), or "" when unknown
  std::vector<std::string> aliases;  // other paths of the same bytes, sorted: read once
};

// One sentence that supports a link.
struct Evidence {
  std::string document;    // Document::name
  std::string paragraph;   // Paragraph::label ("26", "annex 12"), may be ""
  std::size_t paragraph_index = 0;
  std::size_t sentence = 0;  // index of the sentence within its paragraph
  Span span;               // raw byte span of the sentence
  std::size_t page = 0;    // its page (1-based) in a document made from a PDF, else 0
  std::string text;        // the cleaned sentence
  bool hedged = false;
  std::string rule;
  // Byte ranges in `text` of the two mentions the link joins, for display.
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  // Amounts the sentence states (paragraph/sentence fields unused here).
  std::vector<Quantity> quantities;
};

// The same without copies, for a reader that only looks: the strings are
// views into the graph, valid while it lives unchanged. Marks and
// quantities are read apart (EvidenceList::Marks, EvidenceList::Quantities).
struct EvidenceRef {
  std::string_view document, paragraph, text, rule;
  std::size_t paragraph_index = 0;
  std::size_t sentence = 0;
  Span span;
  bool hedged = false;
  std::size_t page = 0;
  // The graph's own number for the sentence (the same for every link it
  // supports), for SentenceTable::Position.
  std::uint32_t sentence_key = 0;
};

class EvidenceStore;

// The stored sentences of a graph in a deterministic order: by document name,
// then span. Writers that store each sentence once (the JSON graph, the
// databases' sentence nodes) list these (At(0) ... At(size() - 1)) and
// refer to them from the evidence.
struct SentenceRef {
  std::string_view document, paragraph, text;
  std::size_t paragraph_index = 0;
  std::size_t sentence = 0;   // index within its paragraph
  Span span;
  std::size_t page = 0;       // 1-based, 0 when its document has no pages
  std::uint32_t document_index = 0;  // index into KnowledgeGraph::documents()
  std::uint32_t number = 0;          // index among the stored sentences of its document
};

class SentenceTable {
 public:
  std::size_t size() const { return key_.size(); }
  // Sentence i, made on access (its strings are views into the graph).
  SentenceRef At(std::size_t i) const;
  // The index of the sentence of this piece of evidence.
  std::uint32_t Position(const EvidenceRef& ev) const { return position_[ev.sentence_key]; }
  SentenceRef Of(const EvidenceRef& ev) const { return At(Position(ev)); }
  // The index of the stored sentence of `document` at `span`, or -1.
  long long Find(std::string_view document, const Span& span) const;
  // At(i).document_index and At(i).number without the rest.
  std::uint32_t DocumentIndex(std::size_t i) const { return document_[i]; }
  std::uint32_t Number(std::size_t i) const { return number_[i]; }
  // The amounts sentence i states (offsets in its text), replacing what *out held.
  void Quantities(std::size_t i, std::vector<Quantity>* out) const;

 private:
  friend class KnowledgeGraph;
  const EvidenceStore* store_ = nullptr;
  // By index: the sentence's key, its document's index and its number in
  // that document (16 bytes a sentence with position_, whatever the text).
  std::vector<std::uint32_t> key_, document_, number_;
  std::vector<std::uint32_t> position_;  // by key: its index
};

// The evidence of one link, sorted by (document, span). The graph keeps it
// compact (texts and names stored once, numbers packed), so the elements are
// made on access: read them with `for (const Evidence& ev : link.evidence)`
// (the iterator keeps one element and refills it, so a loop allocates
// nothing once its strings are long enough), `evidence[i]` or
// `evidence.front()`, which return values, or Fill.
class EvidenceList {
 public:
  class Iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Evidence;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = const Evidence&;
    // Valid until the iterator moves or is destroyed.
    const Evidence& operator*() const {
      if (filled_ != i_) {
        list_->Fill(i_, &element_);
        filled_ = i_;
      }
      return element_;
    }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const Iterator& o) const { return i_ == o.i_; }
    bool operator!=(const Iterator& o) const { return i_ != o.i_; }

   private:
    friend class EvidenceList;
    Iterator(const EvidenceList* list, std::size_t i) : list_(list), i_(i) {}
    const EvidenceList* list_;
    std::size_t i_;
    mutable std::size_t filled_ = static_cast<std::size_t>(-1);  // the index element_ holds
    mutable Evidence element_;
  };

  std::size_t size() const { return records_.size(); }
  bool empty() const { return records_.empty(); }
  // Requires i < size().
  Evidence operator[](std::size_t i) const;
  // Element i into `out`, reusing the memory of its strings and vectors.
  void Fill(std::size_t i, Evidence* out) const;
  // Element i without copies; its marks and quantities into `out`
  // (replacing what it held).
  EvidenceRef Ref(std::size_t i) const;
  void Marks(std::size_t i, std::vector<std::pair<std::size_t, std::size_t>>* out) const;
  void Quantities(std::size_t i, std::vector<Quantity>* out) const;
  Evidence front() const { return (*this)[0]; }
  Evidence back() const { return (*this)[size() - 1]; }
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }
  // Without making the elements: whether every one is hedged (false when
  // empty), and the document of element i.
  bool all_hedged() const;
  std::string_view document(std::size_t i) const;

 private:
  friend class KnowledgeGraph;
  struct Record {
    std::uint32_t sentence = 0;  // the store's sentence
    std::uint32_t rule = 0;      // interned string
    std::uint32_t marks_at = 0;  // into the store's flat list
    std::uint16_t marks = 0;     // how many
    bool hedged = false;
  };
  const EvidenceStore* store_ = nullptr;
  std::vector<Record> records_;
};

struct Link {
  std::string source;      // entity id
  std::string target;      // entity id
  std::string relation;    // "profits_from", ...
  std::string kind;        // "group-crime", ...
  // Distinct supporting sentences, sorted by (document, span).
  EvidenceList evidence;

  int weight() const { return static_cast<int>(evidence.size()); }
  // A link is hedged when every sentence that supports it is hedged.
  bool hedged() const { return evidence.all_hedged(); }
};

// One place of an activity's sentence, with the rule of the claim that
// placed it ("crime-region", "group-region", ...).
struct ActivityPlace {
  std::string region;  // entity id
  std::string rule;
};

// One sentence that states an activity: the sentence (document, span: a
// sentence the graph stores, as evidence of the actor -> crime link) and the
// places it gives, sorted by id.
struct ActivityEvidence {
  std::string document;
  Span span;
  bool hedged = false;
  std::vector<ActivityPlace> places;
};

// "ISIL - oil smuggling - Iraq / Syrian Arab Republic": who profits from
// (profits_from) or counters (counters) what, where, as one fact: an actor,
// a crime and, per sentence, the places (ActivityClaim, graph/findings.h).
// Aggregated over the corpus by (actor, relation, crime).
struct Activity {
  std::string relation;  // "profits_from" or "counters"
  std::string actor;     // entity id
  std::string crime;     // entity id
  std::vector<ActivityEvidence> evidence;  // sorted by (document, span), one per sentence

  int weight() const { return static_cast<int>(evidence.size()); }
  bool hedged() const;  // every sentence hedged
  // Each place with the number of sentences that give it, sorted by id.
  std::vector<std::pair<std::string, int>> PlaceWeights() const;
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;

  // Adds the entity, or merges it into the node with the same id: aliases are
  // united, an empty label or parent is filled in. Returns false (and changes
  // nothing) when the id exists with another type.
  bool AddEntity(const Entity& entity);

  // Adds one piece of evidence to the edge (source, target, relation),
  // creating the edge if needed. Both ends must have been added. A second
  // piece from the same sentence of the same document is ignored (except
  // that an unhedged one makes the stored one unhedged). Returns false when
  // an end is missing. paragraph_index, sentence, span, marks and the
  // offsets of quantities are kept as 32-bit numbers, up to 65535 marks and quantities;
  // a quantity's paragraph and sentence are those of the evidence. The
  // sentence (document, span) is stored once: its paragraph, text and
  // quantities are those of the first evidence that brings it. The document
  // is added to documents() when it is not there.
  bool AddEvidence(const std::string& source, const std::string& target,
                   const std::string& relation, const std::string& kind,
                   const Evidence& evidence);

  // Adds one sentence's activity: merged with the activity of the same
  // (actor, relation, crime); a sentence given again adds its places (and
  // an unhedged one makes it unhedged). The actor, the crime and the places
  // must be entities of the graph (places that are not are left out; false
  // when none is left, or an end is missing).
  bool AddActivity(const std::string& relation, const std::string& actor, const std::string& crime,
                   const ActivityEvidence& evidence);
  // Every activity, sorted by (actor, relation, crime).
  std::vector<const Activity*> Activities() const;
  std::size_t activity_count() const { return activities_.size(); }

  // Adds everything `other` holds: its documents, its entities (as AddEntity)
  // (a document of other whose bytes this graph holds under another path
  // becomes that document's alias, and its evidence is not added again)
  // and its links with their evidence (as AddEvidence). The result is the
  // same as adding other's pieces one by one, at the cost of one lookup per
  // entity and per link rather than per piece of evidence.
  void Merge(const KnowledgeGraph& other);
  // Adds a document; the list stays sorted by name and without duplicates.
  // A document added again keeps, for each of its fields, the smallest
  // non-empty value (so the result does not depend on the order).
  void AddDocument(const std::string& name);
  void AddDocument(const DocumentInfo& info);
  bool HasDocument(const std::string& name) const;
  // The document whose bytes have this SHA-256 (non-empty), or nullptr.
  const DocumentInfo* DocumentWithHash(const std::string& sha256) const;
  // Records `alias` as another path of the document `name` (which must be there).
  void AddDocumentAlias(const std::string& name, const std::string& alias);
  // The text of the stored sentence of `document` at `span`, if the graph
  // holds one there (a reader checks that its file gives one sentence one text).
  std::optional<std::string_view> StoredSentenceText(std::string_view document, const Span& span) const;

  // Read access, always in a deterministic order.
  std::vector<const Entity*> Entities() const;  // sorted by id
  std::vector<const Link*> Links() const;       // sorted by (source, target, relation)
  const Entity* FindEntity(const std::string& id) const;
  const std::vector<std::string>& documents() const { return documents_; }  // sorted
  // The same documents with what is known of them, in the same order.
  const std::vector<DocumentInfo>& document_infos() const { return infos_; }
  // Every stored sentence once (see SentenceTable).
  SentenceTable Sentences() const;
  std::size_t sentence_count() const;
  std::size_t entity_count() const;
  std::size_t link_count() const;
  // Number of links that touch the entity.
  std::size_t Degree(const std::string& id) const;

 private:
  struct Impl;
  bool AddEntity(const Entity& entity, std::size_t id_hash);
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> documents_;
  std::vector<DocumentInfo> infos_;  // documents_ with their metadata
  std::map<std::tuple<std::string, std::string, std::string>, Activity> activities_;  // by (actor, relation, crime)
  // SHA-256 -> the smallest name of a document with those bytes (each
  // document read is looked up: no scan of every document).
  std::unordered_map<std::string, std::string> by_hash_;
  void IndexHash(const std::string& sha256, const std::string& name);
};

// When a link was seen: the earliest and the latest date (ISO 8601) of the
// dated documents among its evidence; both empty when none is dated. The
// exporters write them on every link (a timeline in Gephi, a property in the
// databases); they are derived from the documents, never stored apart.
struct SeenDates {
  std::string_view first, last;
  bool empty() const { return first.empty(); }
};

class LinkDates {
 public:
  // `graph` must outlive this and stay unchanged.
  explicit LinkDates(const KnowledgeGraph& graph) : graph_(graph) {}
  SeenDates Of(const Link& link) const;

 private:
  const KnowledgeGraph& graph_;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
