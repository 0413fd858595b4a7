// KnowledgeGraph: entities as nodes, links as edges, every edge carrying the
// sentences that support it. Only GraphBuilder changes it.
#ifndef NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
#define NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "graph/entity.h"
#include "graph/findings.h"
#include "graph/span.h"

namespace nexus {

// One sentence that supports a link.
struct Evidence {
  std::string document;    // Document::name
  std::string paragraph;   // Paragraph::label ("26", "annex 12"), may be ""
  std::size_t paragraph_index = 0;
  std::size_t sentence = 0;  // index of the sentence within its paragraph
  Span span;               // raw byte span of the sentence
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
};

class EvidenceStore;

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
    std::uint32_t document = 0, paragraph = 0, text = 0, rule = 0;  // interned strings
    std::uint32_t paragraph_index = 0, sentence = 0;
    std::uint32_t begin = 0, end = 0;  // documents are under 4 GiB (see ParseDocument)
    std::uint32_t marks_at = 0, quantities_at = 0;  // into the store's flat lists
    std::uint16_t marks = 0, quantities = 0;        // how many
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
  // a quantity's paragraph and sentence are those of the evidence.
  bool AddEvidence(const std::string& source, const std::string& target,
                   const std::string& relation, const std::string& kind,
                   const Evidence& evidence);

  // Adds everything `other` holds: its documents, its entities (as AddEntity)
  // and its links with their evidence (as AddEvidence). The result is the
  // same as adding other's pieces one by one, at the cost of one lookup per
  // entity and per link rather than per piece of evidence.
  void Merge(const KnowledgeGraph& other);
  // Adds a document name; the list stays sorted and without duplicates.
  void AddDocument(const std::string& name);
  bool HasDocument(const std::string& name) const;

  // Read access, always in a deterministic order.
  std::vector<const Entity*> Entities() const;  // sorted by id
  std::vector<const Link*> Links() const;       // sorted by (source, target, relation)
  const Entity* FindEntity(const std::string& id) const;
  const std::vector<std::string>& documents() const { return documents_; }  // sorted
  std::size_t entity_count() const;
  std::size_t link_count() const;
  // Number of links that touch the entity.
  std::size_t Degree(const std::string& id) const;

 private:
  struct Impl;
  bool AddEntity(const Entity& entity, std::size_t id_hash);
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> documents_;
};

}  // namespace nexus

#endif  // NEXUS_GRAPH_KNOWLEDGE_GRAPH_H_
