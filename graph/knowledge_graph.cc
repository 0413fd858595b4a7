#include "graph/knowledge_graph.h"

#include <algorithm>
#include <set>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <string_view>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>

#include "graph/flat_index.h"

namespace nexus {

// What the evidence of every link shares: each distinct string (document
// names, sentence texts, paragraph labels, rule names, quantity texts) once,
// end to end in large blocks (no string object and heap block per string),
// and the marks and quantities in lists that grow by blocks (no copy of the
// whole list when it grows).
class EvidenceStore {
 public:
  std::uint32_t Intern(std::string_view s) { return Intern(s, std::hash<std::string_view>{}(s)); }
  // `hash` must be the string's std::hash (Hash() of a string of another store).
  std::uint32_t Intern(std::string_view s, std::size_t hash) {
    if (const std::uint32_t* id = ids_.Find(hash, [&](std::uint32_t id) { return strings_[id] == s; }))
      return *id;
    strings_.push_back(Keep(s));
    hashes_.push_back(hash);
    auto id = static_cast<std::uint32_t>(strings_.size() - 1);
    ids_.Insert(hash, id);
    return id;
  }
  std::size_t Hash(std::uint32_t id) const { return hashes_[id]; }
  // Intern with a one-entry memory: the claims of one sentence come one after
  // the other, so a sentence's text (long, costly to hash) is often the one
  // interned last at this call site.
  std::uint32_t Intern(std::string_view s, std::uint32_t* last) {
    if (*last < strings_.size() && strings_[*last] == s) return *last;
    return *last = Intern(s);
  }
  std::string_view Str(std::uint32_t id) const { return strings_[id]; }
  // The id of `s` when it is interned, or nullptr.
  const std::uint32_t* Find(std::string_view s) const {
    return ids_.Find(std::hash<std::string_view>{}(s), [&](std::uint32_t id) { return strings_[id] == s; });
  }
  // The memories of the call sites that use one: the last ids interned for
  // a document name and a rule name, the last sentence found.
  std::uint32_t last_document = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t last_rule = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t last_sentence = std::numeric_limits<std::uint32_t>::max();

  // A sentence, stored once for every link it supports.
  struct StoredSentence {
    std::uint32_t document = 0, paragraph = 0, text = 0;  // interned strings
    std::uint32_t paragraph_index = 0, sentence = 0;
    std::uint32_t begin = 0, end = 0;  // documents are under 4 GiB (see ParseDocument)
    std::uint32_t quantities_at = 0;
    std::uint32_t page = 0;
    std::uint16_t quantities = 0;
  };
  static std::size_t SentenceHash(std::uint32_t document, std::uint32_t begin, std::uint32_t end) {
    std::uint64_t h = (document * 0x9E3779B97F4A7C15ull) ^ (begin * 0xC2B2AE3D27D4EB4Full) ^
                      (end * 0x165667B19E3779F9ull);
    h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  // The sentence of `document` (an interned id) at [begin, end), or nullptr.
  const std::uint32_t* FindSentence(std::uint32_t document, std::uint32_t begin, std::uint32_t end) const {
    if (last_sentence < sentences_.size()) {
      const StoredSentence& s = sentences_[last_sentence];
      if (s.document == document && s.begin == begin && s.end == end) return &last_sentence;
    }
    return sentence_ids_.Find(SentenceHash(document, begin, end), [&](std::uint32_t id) {
      const StoredSentence& s = sentences_[id];
      return s.document == document && s.begin == begin && s.end == end;
    });
  }
  // Adds a sentence that FindSentence does not find; returns its id.
  std::uint32_t AddSentence(const StoredSentence& s) {
    sentences_.push_back(s);
    last_sentence = static_cast<std::uint32_t>(sentences_.size() - 1);
    sentence_ids_.Insert(SentenceHash(s.document, s.begin, s.end), last_sentence);
    return last_sentence;
  }
  const StoredSentence& sentence(std::uint32_t id) const { return sentences_[id]; }
  std::size_t sentence_count() const { return sentences_.size(); }

  // Appends the first n marks; returns where they start.
  std::uint32_t AddMarks(const std::vector<std::pair<std::size_t, std::size_t>>& marks, std::size_t n) {
    auto at = static_cast<std::uint32_t>(marks_.size());
    for (std::size_t i = 0; i < n; ++i)
      marks_.emplace_back(static_cast<std::uint32_t>(marks[i].first), static_cast<std::uint32_t>(marks[i].second));
    return at;
  }
  // Appends the first n of a sentence's quantities; returns where they start.
  std::uint32_t AddQuantities(const std::vector<Quantity>& q, std::size_t n) {
    if (n == 0) return 0;
    auto at = static_cast<std::uint32_t>(quantities_.size());
    for (std::size_t i = 0; i < n; ++i)
      quantities_.push_back({q[i].value, q[i].high, Intern(q[i].kind), Intern(q[i].text), Intern(q[i].per),
                             static_cast<std::uint32_t>(q[i].begin), static_cast<std::uint32_t>(q[i].end)});
    return at;
  }
  // The marks and the quantities of another store (merging graphs), copied
  // as stored: `ours` maps that store's string ids to ours.
  std::uint32_t CopyMarks(const EvidenceStore& from, std::uint32_t at, std::size_t n) {
    auto here = static_cast<std::uint32_t>(marks_.size());
    marks_.insert(marks_.end(), from.marks_.begin() + at, from.marks_.begin() + at + n);
    return here;
  }
  template <class Ours>
  std::uint32_t CopyQuantities(const EvidenceStore& from, std::uint32_t at, std::size_t n, Ours ours) {
    if (n == 0) return 0;
    auto here = static_cast<std::uint32_t>(quantities_.size());
    for (std::size_t i = 0; i < n; ++i) {
      StoredQuantity q = from.quantities_[at + i];
      q.kind = ours(q.kind);
      q.text = ours(q.text);
      q.per = ours(q.per);
      quantities_.push_back(q);
    }
    return here;
  }
  void Marks(std::uint32_t at, std::size_t n, std::vector<std::pair<std::size_t, std::size_t>>* out) const {
    for (std::size_t i = 0; i < n; ++i) out->emplace_back(marks_[at + i].first, marks_[at + i].second);
  }
  void Quantities(std::uint32_t at, std::size_t n, std::size_t paragraph, std::size_t sentence,
                  std::vector<Quantity>* out) const {
    for (std::size_t i = 0; i < n; ++i) {
      const StoredQuantity& s = quantities_[at + i];
      out->push_back(Quantity{paragraph, sentence, std::string(Str(s.kind)), std::string(Str(s.text)),
                              s.value, s.high, std::string(Str(s.per)), s.begin, s.end});
    }
  }

 private:
  struct StoredQuantity {
    double value = 0, high = 0;
    std::uint32_t kind = 0, text = 0, per = 0;  // interned strings
    std::uint32_t begin = 0, end = 0;
  };
  // A copy of s in the blocks: the current block while it has room, else a
  // new one, twice as large as the last up to 1 MiB (a document's own graph
  // stays small), or of its own for a longer string.
  std::string_view Keep(std::string_view s) {
    if (s.size() > left_) {
      block_ = std::min<std::size_t>(block_ * 2, 1 << 20);
      const std::size_t size = std::max(block_, s.size());
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
      at_ = blocks_.back().get();
      left_ = size;
    }
    if (!s.empty()) std::memcpy(at_, s.data(), s.size());
    std::string_view kept(at_, s.size());
    at_ += s.size();
    left_ -= s.size();
    return kept;
  }
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* at_ = nullptr;
  std::size_t left_ = 0;   // room left at at_
  std::size_t block_ = 2048;  // the size of the last block
  std::vector<std::string_view> strings_;  // by id, into blocks_
  std::vector<std::size_t> hashes_;
  FlatIndex<std::uint32_t> ids_;  // string ids by the strings' hashes, kept so
                                  // that merging stores hashes nothing twice
  std::deque<std::pair<std::uint32_t, std::uint32_t>> marks_;
  std::deque<StoredQuantity> quantities_;
  std::deque<StoredSentence> sentences_;
  FlatIndex<std::uint32_t> sentence_ids_;  // sentence ids by SentenceHash
};

Evidence EvidenceList::operator[](std::size_t i) const {
  Evidence e;
  Fill(i, &e);
  return e;
}

EvidenceRef EvidenceList::Ref(std::size_t i) const {
  const Record& r = records_[i];
  const EvidenceStore::StoredSentence& s = store_->sentence(r.sentence);
  return EvidenceRef{store_->Str(s.document), store_->Str(s.paragraph), store_->Str(s.text),
                     store_->Str(r.rule), s.paragraph_index, s.sentence,
                     Span{static_cast<std::size_t>(s.begin), static_cast<std::size_t>(s.end)},
                     r.hedged, s.page, r.sentence};
}

void EvidenceList::Marks(std::size_t i, std::vector<std::pair<std::size_t, std::size_t>>* out) const {
  const Record& r = records_[i];
  out->clear();
  store_->Marks(r.marks_at, r.marks, out);
}

void EvidenceList::Quantities(std::size_t i, std::vector<Quantity>* out) const {
  const EvidenceStore::StoredSentence& s = store_->sentence(records_[i].sentence);
  out->clear();
  store_->Quantities(s.quantities_at, s.quantities, s.paragraph_index, s.sentence, out);
}

long long SentenceTable::Find(std::string_view document, const Span& span) const {
  if (!store_) return -1;
  const std::uint32_t* d = store_->Find(document);
  if (!d) return -1;
  const std::uint32_t* key = store_->FindSentence(*d, static_cast<std::uint32_t>(span.begin),
                                                  static_cast<std::uint32_t>(span.end));
  return key && *key < position_.size() ? static_cast<long long>(position_[*key]) : -1;
}

SentenceRef SentenceTable::At(std::size_t i) const {
  const EvidenceStore::StoredSentence& s = store_->sentence(key_[i]);
  return SentenceRef{store_->Str(s.document), store_->Str(s.paragraph), store_->Str(s.text),
                     s.paragraph_index, s.sentence, Span{s.begin, s.end}, s.page, document_[i], number_[i]};
}

void SentenceTable::Quantities(std::size_t i, std::vector<Quantity>* out) const {
  const EvidenceStore::StoredSentence& s = store_->sentence(key_[i]);
  out->clear();
  store_->Quantities(s.quantities_at, s.quantities, s.paragraph_index, s.sentence, out);
}

void EvidenceList::Fill(std::size_t i, Evidence* out) const {
  const EvidenceRef ref = Ref(i);
  Evidence& e = *out;
  e.document = ref.document;
  e.paragraph = ref.paragraph;
  e.paragraph_index = ref.paragraph_index;
  e.sentence = ref.sentence;
  e.span = ref.span;
  e.page = ref.page;
  e.text = ref.text;
  e.hedged = ref.hedged;
  e.rule = ref.rule;
  Marks(i, &e.marks);
  Quantities(i, &e.quantities);
}

bool EvidenceList::all_hedged() const {
  if (records_.empty()) return false;
  for (const Record& r : records_)
    if (!r.hedged) return false;
  return true;
}

std::string_view EvidenceList::document(std::size_t i) const {
  return store_->Str(store_->sentence(records_[i].sentence).document);
}

struct KnowledgeGraph::Impl {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      Entity, Link>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // Links are keyed by their two ends' vertices and the relation name: a
  // slot is told from another by the edge's own ends, without reading the
  // Link, and only the short relation name is hashed.
  static std::size_t LinkHash(Vertex s, Vertex t, std::string_view r) {
    std::uint64_t h = (s * 0x9E3779B97F4A7C15ull) ^ (t * 0xC2B2AE3D27D4EB4Full) ^
                      std::hash<std::string_view>{}(r);
    h = (h ^ (h >> 31)) * 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  const Edge* FindLink(std::size_t hash, Vertex s, Vertex t, std::string_view r) const {
    return by_key.Find(hash, [&](const Edge& e) {
      return boost::source(e, graph) == s && boost::target(e, graph) == t &&
             graph[e].relation == r;
    });
  }
  // The link between s and t with this relation; added, with no evidence,
  // when there is none.
  Edge LinkOf(std::size_t hash, Vertex s, Vertex t, std::string_view source,
              std::string_view target, std::string_view relation, std::string_view kind) {
    if (const Edge* found = FindLink(hash, s, t, relation)) return *found;
    Link link;
    link.source = source;
    link.target = target;
    link.relation = relation;
    link.kind = kind;
    link.evidence.store_ = &store;
    Edge e = boost::add_edge(s, t, std::move(link), graph).first;
    by_key.Insert(hash, e);
    return e;
  }
  // Where `r` goes among the records of a link, sorted by (document, span);
  // documents mostly come in order, so the end is looked at first. *same
  // tells whether a record of the same sentence is there already.
  using Records = std::vector<EvidenceList::Record>;
  Records::iterator SlotOf(Records& records, const EvidenceList::Record& r, bool* same) const {
    auto less = [&](const EvidenceList::Record& x, const EvidenceList::Record& y) {
      const EvidenceStore::StoredSentence& a = store.sentence(x.sentence);
      const EvidenceStore::StoredSentence& b = store.sentence(y.sentence);
      if (a.document != b.document) return store.Str(a.document) < store.Str(b.document);
      return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    };
    auto pos = records.end();
    if (!records.empty() && !less(records.back(), r))
      pos = std::lower_bound(records.begin(), records.end(), r, less);
    *same = pos != records.end() && pos->sentence == r.sentence;
    return pos;
  }
  // Entities by id (the Entity's own id; vertex properties move when the
  // vertex list grows, so the index keeps the vertex, not a view of the id).
  static std::size_t IdHash(std::string_view id) { return std::hash<std::string_view>{}(id); }
  const Vertex* FindVertex(std::size_t hash, std::string_view id) const {
    return by_id.Find(hash, [&](Vertex v) { return graph[v].id == id; });
  }
  const Vertex* FindVertex(std::string_view id) const { return FindVertex(IdHash(id), id); }
  Graph graph;
  // Hash indexes (the graph is built by many lookups); Entities() and
  // Links() sort what they return, so no order leaks out of them.
  FlatIndex<Vertex> by_id;
  FlatIndex<Edge> by_key;
  EvidenceStore store;
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

bool KnowledgeGraph::AddEntity(const Entity& entity) {
  return AddEntity(entity, Impl::IdHash(entity.id));
}

bool KnowledgeGraph::AddEntity(const Entity& entity, std::size_t id_hash) {
  const Impl::Vertex* found = impl_->FindVertex(id_hash, entity.id);
  if (!found) {
    Impl::Vertex v = boost::add_vertex(entity, impl_->graph);
    impl_->by_id.Insert(id_hash, v);
    Entity& stored = impl_->graph[v];
    std::sort(stored.aliases.begin(), stored.aliases.end());
    stored.aliases.erase(std::unique(stored.aliases.begin(), stored.aliases.end()),
                         stored.aliases.end());
    return true;
  }
  Entity& node = impl_->graph[*found];
  if (node.type != entity.type) return false;
  // Where two sources disagree, the smallest non-empty value wins, so that
  // the result does not depend on the order of the documents or graphs.
  if (!entity.label.empty() && (node.label.empty() || entity.label < node.label)) {
    node.label = entity.label;
    auto pos = std::lower_bound(node.aliases.begin(), node.aliases.end(), node.label);
    if (pos != node.aliases.end() && *pos == node.label) node.aliases.erase(pos);
  }
  if (!entity.parent.empty() && (node.parent.empty() || entity.parent < node.parent))
    node.parent = entity.parent;
  // Merging a graph brings the same entity again and again with sorted
  // aliases the node mostly has already: one linear pass tells.
  const bool sorted = std::is_sorted(entity.aliases.begin(), entity.aliases.end());
  if (!sorted || !std::includes(node.aliases.begin(), node.aliases.end(), entity.aliases.begin(),
                                entity.aliases.end())) {
    for (const std::string& alias : entity.aliases) {
      if (alias == node.label) continue;
      auto pos = std::lower_bound(node.aliases.begin(), node.aliases.end(), alias);
      if (pos == node.aliases.end() || *pos != alias) node.aliases.insert(pos, alias);
    }
  }
  // A gazetteer entity wins over a discovered one with the same id.
  if (entity.discovered_by.empty() || node.discovered_by.empty())
    node.discovered_by.clear();
  else if (entity.discovered_by < node.discovered_by)
    node.discovered_by = entity.discovered_by;
  return true;
}

std::optional<std::string_view> KnowledgeGraph::StoredSentenceText(std::string_view document,
                                                                   const Span& span) const {
  const EvidenceStore& store = impl_->store;
  const std::uint32_t* d = store.Find(document);
  if (!d) return std::nullopt;
  const std::uint32_t* key =
      store.FindSentence(*d, static_cast<std::uint32_t>(span.begin), static_cast<std::uint32_t>(span.end));
  if (!key) return std::nullopt;
  return store.Str(store.sentence(*key).text);
}

bool KnowledgeGraph::AddEvidence(const std::string& source, const std::string& target,
                                 const std::string& relation, const std::string& kind,
                                 const Evidence& evidence) {
  const Impl::Vertex* s = impl_->FindVertex(source);
  const Impl::Vertex* t = impl_->FindVertex(target);
  if (!s || !t) return false;
  const Impl::Edge edge = impl_->LinkOf(Impl::LinkHash(*s, *t, relation), *s, *t, source, target,
                                        relation, kind);
  EvidenceStore& store = impl_->store;
  auto& records = impl_->graph[edge].evidence.records_;
  const std::uint32_t last_document = store.last_document;
  const std::uint32_t document = store.Intern(evidence.document, &store.last_document);
  if (document != last_document && !HasDocument(evidence.document)) AddDocument(evidence.document);
  const auto begin = static_cast<std::uint32_t>(evidence.span.begin);
  const auto end = static_cast<std::uint32_t>(evidence.span.end);
  constexpr std::size_t kMax16 = std::numeric_limits<std::uint16_t>::max();
  EvidenceList::Record r;
  if (const std::uint32_t* found = store.FindSentence(document, begin, end)) {
    r.sentence = *found;
  } else {
    EvidenceStore::StoredSentence sentence;
    sentence.document = document;
    sentence.begin = begin;
    sentence.end = end;
    sentence.paragraph = store.Intern(evidence.paragraph);
    sentence.text = store.Intern(evidence.text);
    sentence.paragraph_index = static_cast<std::uint32_t>(evidence.paragraph_index);
    sentence.sentence = static_cast<std::uint32_t>(evidence.sentence);
    sentence.page = static_cast<std::uint32_t>(evidence.page);
    const std::size_t quantities = std::min(evidence.quantities.size(), kMax16);
    sentence.quantities_at = store.AddQuantities(evidence.quantities, quantities);
    sentence.quantities = static_cast<std::uint16_t>(quantities);
    r.sentence = store.AddSentence(sentence);
  }
  bool same = false;
  auto pos = impl_->SlotOf(records, r, &same);
  if (same) {
    // The same sentence again (another rule, or the same claim twice): an
    // unhedged reading wins, and nothing else changes.
    pos->hedged = pos->hedged && evidence.hedged;
    return true;
  }
  r.rule = store.Intern(evidence.rule, &store.last_rule);
  r.hedged = evidence.hedged;
  const std::size_t marks = std::min(evidence.marks.size(), kMax16);
  r.marks = static_cast<std::uint16_t>(marks);
  r.marks_at = store.AddMarks(evidence.marks, marks);
  records.insert(pos, r);
  return true;
}

void KnowledgeGraph::Merge(const KnowledgeGraph& other) {
  // Other's documents whose bytes this graph holds under another path: an
  // alias of that document; their evidence is here already.
  std::set<std::string> again;
  for (const DocumentInfo& d : other.infos_) {
    const DocumentInfo* same = DocumentWithHash(d.sha256);
    if (same && same->name != d.name) {
      const std::string name = same->name;  // AddDocumentAlias may move infos_
      AddDocumentAlias(name, d.name);
      for (const std::string& a : d.aliases) AddDocumentAlias(name, a);
      again.insert(d.name);
      continue;
    }
    AddDocument(d);
  }
  const Impl& from = *other.impl_;
  // Other's vertex index -> ours.
  std::vector<Impl::Vertex> vertex(boost::num_vertices(from.graph));
  from.by_id.ForEach([&](std::size_t hash, Impl::Vertex v) {
    const Entity& e = from.graph[v];
    // A clash of types: its links are not taken either.
    vertex[v] = AddEntity(e, hash) ? *impl_->FindVertex(hash, e.id)
                                   : boost::graph_traits<Impl::Graph>::null_vertex();
  });
  // Other's string and sentence ids -> ours, made on first use.
  constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
  EvidenceStore& store = impl_->store;
  std::vector<std::uint32_t> str;
  auto ours = [&](std::uint32_t id) {
    if (id >= str.size()) str.resize(id + 1, kNone);
    if (str[id] == kNone) str[id] = store.Intern(from.store.Str(id), from.store.Hash(id));
    return str[id];
  };
  std::vector<std::uint32_t> sentence(from.store.sentence_count(), kNone);
  auto our_sentence = [&](std::uint32_t id) {
    if (sentence[id] != kNone) return sentence[id];
    EvidenceStore::StoredSentence s = from.store.sentence(id);
    s.document = ours(s.document);
    if (const std::uint32_t* found = store.FindSentence(s.document, s.begin, s.end))
      return sentence[id] = *found;
    s.paragraph = ours(s.paragraph);
    s.text = ours(s.text);
    s.quantities_at = store.CopyQuantities(from.store, s.quantities_at, s.quantities, ours);
    return sentence[id] = store.AddSentence(s);
  };
  from.by_key.ForEach([&](std::size_t, const Impl::Edge& e) {
    const Link& link = from.graph[e];
    Impl::Vertex s = vertex[boost::source(e, from.graph)];
    Impl::Vertex t = vertex[boost::target(e, from.graph)];
    if (s == boost::graph_traits<Impl::Graph>::null_vertex() ||
        t == boost::graph_traits<Impl::Graph>::null_vertex())
      return;
    const Impl::Edge edge =
        impl_->LinkOf(Impl::LinkHash(s, t, link.relation), s, t, link.source, link.target,
                      link.relation, link.kind);
    auto& records = impl_->graph[edge].evidence.records_;
    for (const EvidenceList::Record& theirs : link.evidence.records_) {
      if (!again.empty() && again.count(std::string(from.store.Str(from.store.sentence(theirs.sentence).document))))
        continue;
      EvidenceList::Record r = theirs;
      r.sentence = our_sentence(theirs.sentence);
      bool same = false;
      auto pos = impl_->SlotOf(records, r, &same);
      if (same) {
        pos->hedged = pos->hedged && r.hedged;  // as AddEvidence
        continue;
      }
      r.rule = ours(theirs.rule);
      r.marks_at = store.CopyMarks(from.store, theirs.marks_at, theirs.marks);
      records.insert(pos, r);
    }
  });
  for (const auto& [key, a] : other.activities_)
    for (const ActivityEvidence& ev : a.evidence)
      if (!again.count(ev.document)) AddActivity(a.relation, a.actor, a.crime, ev);
}

bool Activity::hedged() const {
  return std::all_of(evidence.begin(), evidence.end(), [](const ActivityEvidence& e) { return e.hedged; });
}

std::vector<std::pair<std::string, int>> Activity::PlaceWeights() const {
  std::map<std::string, int> count;
  for (const ActivityEvidence& e : evidence)
    for (const ActivityPlace& p : e.places) ++count[p.region];
  return {count.begin(), count.end()};
}

bool KnowledgeGraph::AddActivity(const std::string& relation, const std::string& actor,
                                 const std::string& crime, const ActivityEvidence& evidence) {
  if (!FindEntity(actor) || !FindEntity(crime)) return false;
  ActivityEvidence ev;
  ev.document = evidence.document;
  ev.span = evidence.span;
  ev.hedged = evidence.hedged;
  for (const ActivityPlace& p : evidence.places)
    if (const Entity* e = FindEntity(p.region); e && e->type == EntityType::kRegion) ev.places.push_back(p);
  std::sort(ev.places.begin(), ev.places.end(),
            [](const ActivityPlace& a, const ActivityPlace& b) { return a.region < b.region; });
  ev.places.erase(std::unique(ev.places.begin(), ev.places.end(),
                              [](const ActivityPlace& a, const ActivityPlace& b) { return a.region == b.region; }),
                  ev.places.end());
  if (ev.places.empty()) return false;
  Activity& a = activities_[{actor, relation, crime}];
  if (a.actor.empty()) {
    a.relation = relation;
    a.actor = actor;
    a.crime = crime;
  }
  auto before = [](const ActivityEvidence& x, const ActivityEvidence& y) {
    return std::tie(x.document, x.span.begin, x.span.end) < std::tie(y.document, y.span.begin, y.span.end);
  };
  auto pos = std::lower_bound(a.evidence.begin(), a.evidence.end(), ev, before);
  if (pos != a.evidence.end() && !before(ev, *pos)) {
    // The same sentence again: its places together, as AddEvidence's hedging.
    pos->hedged = pos->hedged && ev.hedged;
    for (const ActivityPlace& p : ev.places) {
      auto at = std::lower_bound(pos->places.begin(), pos->places.end(), p,
                                 [](const ActivityPlace& x, const ActivityPlace& y) { return x.region < y.region; });
      if (at == pos->places.end() || at->region != p.region) pos->places.insert(at, p);
    }
    return true;
  }
  a.evidence.insert(pos, std::move(ev));
  return true;
}

std::vector<const Activity*> KnowledgeGraph::Activities() const {
  std::vector<const Activity*> out;
  out.reserve(activities_.size());
  for (const auto& [key, a] : activities_) out.push_back(&a);
  return out;
}

void KnowledgeGraph::AddDocument(const std::string& name) { AddDocument(DocumentInfo{name, {}, {}, {}, {}, {}}); }

void KnowledgeGraph::AddDocument(const DocumentInfo& info) {
  auto pos = std::lower_bound(documents_.begin(), documents_.end(), info.name);
  const auto i = static_cast<std::size_t>(pos - documents_.begin());
  if (pos == documents_.end() || *pos != info.name) {
    documents_.insert(pos, info.name);
    DocumentInfo& added = *infos_.insert(infos_.begin() + static_cast<std::ptrdiff_t>(i), info);
    IndexHash(added.sha256, added.name);
    std::sort(added.aliases.begin(), added.aliases.end());
    added.aliases.erase(std::unique(added.aliases.begin(), added.aliases.end()), added.aliases.end());
    std::erase(added.aliases, added.name);
    return;
  }
  // The smallest non-empty value wins, as for entities.
  auto keep = [](std::string* have, const std::string& other) {
    if (!other.empty() && (have->empty() || other < *have)) *have = other;
  };
  DocumentInfo& have = infos_[i];
  keep(&have.symbol, info.symbol);
  keep(&have.date, info.date);
  keep(&have.title, info.title);
  const std::string before = have.sha256;
  keep(&have.sha256, info.sha256);
  if (have.sha256 != before) {
    if (auto it = by_hash_.find(before); it != by_hash_.end() && it->second == have.name) by_hash_.erase(it);
    IndexHash(have.sha256, have.name);
  }
  for (const std::string& a : info.aliases) AddDocumentAlias(info.name, a);
}

void KnowledgeGraph::IndexHash(const std::string& sha256, const std::string& name) {
  if (sha256.empty()) return;
  auto [it, added] = by_hash_.try_emplace(sha256, name);
  if (!added && name < it->second) it->second = name;  // the first in name order, whatever the order added
}

const DocumentInfo* KnowledgeGraph::DocumentWithHash(const std::string& sha256) const {
  auto it = sha256.empty() ? by_hash_.end() : by_hash_.find(sha256);
  if (it == by_hash_.end()) return nullptr;
  auto pos = std::lower_bound(documents_.begin(), documents_.end(), it->second);
  return &infos_[static_cast<std::size_t>(pos - documents_.begin())];
}

void KnowledgeGraph::AddDocumentAlias(const std::string& name, const std::string& alias) {
  auto pos = std::lower_bound(documents_.begin(), documents_.end(), name);
  if (pos == documents_.end() || *pos != name || alias == name) return;
  std::vector<std::string>& aliases = infos_[static_cast<std::size_t>(pos - documents_.begin())].aliases;
  auto at = std::lower_bound(aliases.begin(), aliases.end(), alias);
  if (at == aliases.end() || *at != alias) aliases.insert(at, alias);
}

bool KnowledgeGraph::HasDocument(const std::string& name) const {
  return std::binary_search(documents_.begin(), documents_.end(), name);
}

std::size_t KnowledgeGraph::sentence_count() const { return impl_->store.sentence_count(); }

SentenceTable KnowledgeGraph::Sentences() const {
  const EvidenceStore& store = impl_->store;
  SentenceTable table;
  table.store_ = &store;
  const std::size_t n = store.sentence_count();
  table.key_.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) table.key_[i] = i;
  // Documents by their rank in documents_, so that sorting compares numbers.
  std::vector<std::uint32_t> rank;
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t d = store.sentence(i).document;
    if (d >= rank.size()) rank.resize(d + 1, std::numeric_limits<std::uint32_t>::max());
    if (rank[d] == std::numeric_limits<std::uint32_t>::max()) {
      const std::string_view name = store.Str(d);
      rank[d] = static_cast<std::uint32_t>(
          std::lower_bound(documents_.begin(), documents_.end(), name) - documents_.begin());
    }
  }
  std::sort(table.key_.begin(), table.key_.end(), [&](std::uint32_t x, std::uint32_t y) {
    const EvidenceStore::StoredSentence& a = store.sentence(x);
    const EvidenceStore::StoredSentence& b = store.sentence(y);
    return std::tie(rank[a.document], a.begin, a.end) < std::tie(rank[b.document], b.begin, b.end);
  });
  table.position_.resize(n);
  table.document_.resize(n);
  table.number_.resize(n);
  std::uint32_t number = 0;
  for (std::uint32_t i = 0; i < n; ++i) {
    const EvidenceStore::StoredSentence& s = store.sentence(table.key_[i]);
    table.position_[table.key_[i]] = i;
    if (i > 0 && store.sentence(table.key_[i - 1]).document != s.document) number = 0;
    table.document_[i] = rank[s.document];
    table.number_[i] = number++;
  }
  return table;
}

std::vector<const Entity*> KnowledgeGraph::Entities() const {
  std::vector<const Entity*> out;
  out.reserve(impl_->by_id.size());
  impl_->by_id.ForEach([&](std::size_t, Impl::Vertex v) { out.push_back(&impl_->graph[v]); });
  std::sort(out.begin(), out.end(), [](const Entity* a, const Entity* b) { return a->id < b->id; });
  return out;
}

std::vector<const Link*> KnowledgeGraph::Links() const {
  std::vector<const Link*> out;
  out.reserve(impl_->by_key.size());
  impl_->by_key.ForEach([&](std::size_t, const Impl::Edge& e) { out.push_back(&impl_->graph[e]); });
  std::sort(out.begin(), out.end(), [](const Link* a, const Link* b) {
    return std::tie(a->source, a->target, a->relation) < std::tie(b->source, b->target, b->relation);
  });
  return out;
}

const Entity* KnowledgeGraph::FindEntity(const std::string& id) const {
  const Impl::Vertex* v = impl_->FindVertex(id);
  return v ? &impl_->graph[*v] : nullptr;
}

std::size_t KnowledgeGraph::entity_count() const { return impl_->by_id.size(); }
std::size_t KnowledgeGraph::link_count() const { return impl_->by_key.size(); }

std::size_t KnowledgeGraph::Degree(const std::string& id) const {
  const Impl::Vertex* v = impl_->FindVertex(id);
  if (!v) return 0;
  return boost::in_degree(*v, impl_->graph) + boost::out_degree(*v, impl_->graph);
}

SeenDates LinkDates::Of(const Link& link) const {
  SeenDates seen;
  const std::vector<std::string>& names = graph_.documents();
  std::string_view previous;
  bool looked = false;
  for (std::size_t i = 0; i < link.evidence.size(); ++i) {
    const std::string_view document = link.evidence.document(i);
    if (looked && document == previous) continue;  // evidence is sorted by document
    looked = true;
    previous = document;
    auto it = std::lower_bound(names.begin(), names.end(), document,
                               [](const std::string& a, std::string_view b) { return a < b; });
    if (it == names.end() || *it != document) continue;
    const std::string& date = graph_.document_infos()[it - names.begin()].date;
    if (date.empty()) continue;
    if (seen.first.empty() || date < seen.first) seen.first = date;
    if (seen.last.empty() || date > seen.last) seen.last = date;
  }
  return seen;
}

}  // namespace nexus
