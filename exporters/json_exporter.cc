// JSON exporter: JSON Graph Format v2 (https://jsongraphformat.info), one
// object "graph" with nodes keyed by entity id and edges in link order.
// Nexus's own layout inside it, format_version 2:
//   graph.metadata.format_version   2
//   graph.metadata.documents[d]     {"path", "symbol", "date", "title",
//                                    "sha256", "aliases"? (other paths of
//                                    the same bytes),
//                                    "sentences": [{"paragraph",
//                                      "paragraph_index", "sentence", "begin",
//                                      "end", "page"?, "text", "quantities"?}, ...]}
//   edge.metadata.first_seen/last_seen  the earliest and latest date of the
//                                    link's dated documents (absent when none)
//   edge.metadata.evidence[]        {"document": d, "sentence": k, "hedged",
//                                    "rule", "marks": [[begin, end], ...]}
//   node.metadata.metrics           with --metrics: {"betweenness", "pagerank",
//                                    "core", "cluster"}
//   graph.metadata.activities[]     {"relation", "actor", "crime", "weight",
//                                    "hedged", "places": [{"id", "weight"}],
//                                    "evidence": [{"document": d,
//                                      "sentence": k, "hedged",
//                                      "places": [{"id", "rule"}]}]}
// Each sentence that supports a link is stored once, under its document;
// evidence refers to it by (document index, sentence index), and so does an
// activity's.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <mutex>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/json_out.h"
#include "exporters/json_reader.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

using Out = JsonOut;

void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, Out* out) {
  out->KeyText(e.id);
  out->StartObject();
  out->Field("label", e.label);
  out->Key("metadata");
  out->StartObject();
  out->Field("type", TypeName(e.type));
  out->Key("aliases");
  out->StartArray();
  for (const std::string& alias : e.aliases) out->Str(alias);
  out->EndArray();
  if (!e.parent.empty()) out->Field("parent", e.parent);
  if (!e.discovered_by.empty()) out->Field("discovered_by", e.discovered_by);
  out->Key("degree");
  out->Uint(graph.Degree(e.id));
  if (metrics) {
    out->Key("metrics");
    out->StartObject();
    WriteMetrics(metrics, e.id, out);
    out->EndObject();
  }
  out->EndObject();
  out->EndObject();
}

// An amount the sentence states; "high" and "per" only when they say more.
void WriteQuantity(const Quantity& q, Out* out) {
  out->StartObject();
  out->Field("kind", q.kind);
  out->Field("text", q.text);
  out->Key("value");
  out->Double(std::isfinite(q.value) ? q.value : 0);
  if (q.high != q.value && std::isfinite(q.high)) {
    out->Key("high");
    out->Double(q.high);
  }
  if (!q.per.empty()) out->Field("per", q.per);
  out->Key("begin");
  out->Uint(q.begin);
  out->Key("end");
  out->Uint(q.end);
  out->EndObject();
}

// Evidence i of `list`, read in place; `marks` is the caller's, reused
// from one piece to the next.
void WriteEvidence(const SentenceTable& sentences, const EvidenceList& list, std::size_t i,
                   std::vector<std::pair<std::size_t, std::size_t>>* marks, Out* out) {
  const EvidenceRef ev = list.Ref(i);
  const std::uint32_t at = sentences.Position(ev);
  out->StartObject();
  out->Key("document");
  out->Uint(sentences.DocumentIndex(at));
  out->Key("sentence");
  out->Uint(sentences.Number(at));
  out->Key("hedged");
  out->Bool(ev.hedged);
  out->Field("rule", ev.rule);
  out->Key("marks");
  out->StartArray();
  list.Marks(i, marks);
  for (const auto& [b, e] : *marks) {
    out->StartArray();
    out->Uint(b);
    out->Uint(e);
    out->EndArray();
  }
  out->EndArray();
  out->EndObject();
}

void WriteEdge(const SentenceTable& sentences, const LinkDates& dates, const Link& link, Out* out) {
  out->StartObject();
  out->Field("source", link.source);
  out->Field("target", link.target);
  out->Field("relation", link.relation);
  out->Key("directed");
  out->Bool(true);
  out->Key("metadata");
  out->StartObject();
  out->Field("kind", link.kind);
  out->Key("weight");
  out->Uint(link.evidence.size());
  out->Key("hedged");
  out->Bool(link.hedged());
  if (const SeenDates seen = dates.Of(link); !seen.empty()) {
    out->Field("first_seen", seen.first);
    out->Field("last_seen", seen.last);
  }
  out->Key("evidence");
  out->StartArray();
  thread_local std::vector<std::pair<std::size_t, std::size_t>> marks;
  for (std::size_t i = 0; i < link.evidence.size(); ++i)
    WriteEvidence(sentences, link.evidence, i, &marks, out);
  out->EndArray();
  out->EndObject();
  out->EndObject();
}

// The edges after the first, formatted by `jobs` threads while the calling
// thread writes them out in order. Thread t formats runs t, t + jobs, ...,
// each with a writer of its own, into a ring of slots (which bounds the
// memory); the caller writes each run as soon as it is done. A thread's
// writer is first led, with its output thrown away, to where the edges are:
// three levels down, in an array that already has an element. So it writes
// each edge as ",\n   {...}", the bytes one writer would have written there.
// A run holds up to 128 edges and, past its first edge, up to 1,024 pieces
// of evidence (about 1 MB of text), so that the ring stays small when some
// links have thousands; a buffer that one such link made large is let go.
bool WriteEdges(const SentenceTable& sentences, const LinkDates& dates, const std::vector<const Link*>& links, int jobs,
                bool compact, StreamOut* stream) {
  constexpr std::size_t kRunEdges = 128, kRunEvidence = 1024;
  constexpr std::size_t kKeep = std::size_t{4} << 20;  // bytes of buffer kept between runs
  const std::size_t threads = static_cast<std::size_t>(std::max(1, jobs));
  std::vector<std::size_t> starts;  // run r is links[starts[r], starts[r + 1]); the first edge is written
  for (std::size_t i = 1, evidence = 0; i < links.size(); ++i) {
    const std::size_t n = links[i]->evidence.size();
    if (starts.empty() || i - starts.back() == kRunEdges || evidence + n > kRunEvidence) {
      starts.push_back(i);
      evidence = 0;
    }
    evidence += n;
  }
  const std::size_t runs = starts.size();
  starts.push_back(links.size());
  auto let_go_if_large = [&](std::string* text) {
    if (text->capacity() > kKeep) std::string().swap(*text);
  };
  struct Slot {
    std::string text;
    std::size_t run = static_cast<std::size_t>(-1);  // the run it holds, once formatted
  };
  std::vector<Slot> slots(2 * threads);
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t written = 0;  // runs written so far
  std::atomic<bool> ok = true;
  auto format = [&](std::size_t t) {
    std::string text;
    StreamOut s(&text);
    Out w(&s, compact);
    w.StartObject();
    w.Key("graph");
    w.StartObject();
    w.Key("edges");
    w.StartArray();
    w.Bool(true);  // the first edge, written by the caller
    for (std::size_t run = t; run < runs; run += threads) {
      let_go_if_large(&text);
      text.clear();
      for (std::size_t i = starts[run]; i < starts[run + 1]; ++i) WriteEdge(sentences, dates, *links[i], &w);
      if (!w.ok_so_far()) ok = false;
      std::unique_lock<std::mutex> lock(mutex);
      Slot& slot = slots[run % slots.size()];
      changed.wait(lock, [&] { return written + slots.size() > run; });  // the slot is free
      slot.text.swap(text);
      slot.run = run;
      changed.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(format, t);
  std::string text;
  for (std::size_t run = 0; run < runs; ++run) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      Slot& slot = slots[run % slots.size()];
      changed.wait(lock, [&] { return slot.run == run; });
      text.swap(slot.text);
      ++written;
      changed.notify_all();
    }
    stream->Write(text);
    let_go_if_large(&text);
  }
  for (std::thread& th : pool) th.join();
  return ok;
}

// The documents, each with its stored sentences.
void WriteDocuments(const KnowledgeGraph& graph, const SentenceTable& sentences, Out* out) {
  std::vector<Quantity> quantities;
  std::size_t i = 0;
  out->Key("documents");
  out->StartArray();
  const std::vector<DocumentInfo>& documents = graph.document_infos();
  for (std::size_t d = 0; d < documents.size(); ++d) {
    const DocumentInfo& doc = documents[d];
    out->StartObject();
    out->Field("path", doc.name);
    out->Field("symbol", doc.symbol);
    out->Field("date", doc.date);
    out->Field("title", doc.title);
    out->Field("sha256", doc.sha256);
    if (!doc.aliases.empty()) {
      out->Key("aliases");
      out->StartArray();
      for (const std::string& a : doc.aliases) out->Str(a);
      out->EndArray();
    }
    out->Key("sentences");
    out->StartArray();
    for (; i < sentences.size(); ++i) {
      const SentenceRef s = sentences.At(i);
      if (s.document_index != d) break;
      out->StartObject();
      out->Field("paragraph", s.paragraph);
      out->Key("paragraph_index");
      out->Uint(s.paragraph_index);
      out->Key("sentence");
      out->Uint(s.sentence);
      out->Key("begin");
      out->Uint(s.span.begin);
      out->Key("end");
      out->Uint(s.span.end);
      if (s.page > 0) {
        out->Key("page");
        out->Uint(s.page);
      }
      out->Field("text", s.text);
      sentences.Quantities(i, &quantities);
      if (!quantities.empty()) {
        out->Key("quantities");
        out->StartArray();
        for (const Quantity& q : quantities) WriteQuantity(q, out);
        out->EndArray();
      }
      out->EndObject();
    }
    out->EndArray();
    out->EndObject();
  }
  out->EndArray();
}

// The activities: each with its places' weights and its sentences, which
// refer to the documents' sentences as evidence does.
void WriteActivities(const KnowledgeGraph& graph, const SentenceTable& sentences, Out* out) {
  out->Key("activities");
  out->StartArray();
  for (const Activity* a : graph.Activities()) {
    out->StartObject();
    out->Field("relation", a->relation);
    out->Field("actor", a->actor);
    out->Field("crime", a->crime);
    out->Key("weight");
    out->Uint(a->evidence.size());
    out->Key("hedged");
    out->Bool(a->hedged());
    out->Key("places");
    out->StartArray();
    for (const auto& [region, weight] : a->PlaceWeights()) {
      out->StartObject();
      out->Field("id", region);
      out->Key("weight");
      out->Uint(static_cast<unsigned>(weight));
      out->EndObject();
    }
    out->EndArray();
    out->Key("evidence");
    out->StartArray();
    for (const ActivityEvidence& ev : a->evidence) {
      const long long at = sentences.Find(ev.document, ev.span);
      if (at < 0) throw std::runtime_error("activity " + a->actor + " " + a->crime + ": a sentence the graph does not hold");
      const SentenceRef s = sentences.At(static_cast<std::size_t>(at));
      out->StartObject();
      out->Key("document");
      out->Uint(s.document_index);
      out->Key("sentence");
      out->Uint(s.number);
      out->Key("hedged");
      out->Bool(ev.hedged);
      out->Key("places");
      out->StartArray();
      for (const ActivityPlace& p : ev.places) {
        out->StartObject();
        out->Field("id", p.region);
        out->Field("rule", p.rule);
        out->EndObject();
      }
      out->EndArray();
      out->EndObject();
    }
    out->EndArray();
    out->EndObject();
  }
  out->EndArray();
}

void WriteGraph(const KnowledgeGraph& graph, const ExportOptions& options, StreamOut* stream,
                Out* out) {
  const SentenceTable sentences = graph.Sentences();
  out->StartObject();
  out->Key("graph");
  out->StartObject();
  out->Key("directed");
  out->Bool(true);
  out->Field("type", "nexus");
  out->Field("label", "Nexus knowledge graph");
  out->Key("metadata");
  out->StartObject();
  out->Key("format_version");
  out->Uint(kJsonFormatVersion);
  WriteDocuments(graph, sentences, out);
  out->Key("entity_count");
  out->Uint(graph.entity_count());
  out->Key("link_count");
  out->Uint(graph.link_count());
  out->Key("sentence_count");
  out->Uint(sentences.size());
  out->Key("activity_count");
  out->Uint(graph.activity_count());
  WriteActivities(graph, sentences, out);
  out->EndObject();
  out->Key("nodes");
  out->StartObject();
  for (const Entity* e : graph.Entities()) WriteNode(graph, options.metrics, *e, out);
  out->EndObject();
  out->Key("edges");
  out->StartArray();
  const std::vector<const Link*> links = graph.Links();
  const LinkDates dates(graph);
  if (options.jobs <= 1) {
    for (const Link* link : links) WriteEdge(sentences, dates, *link, out);
  } else if (!links.empty()) {
    WriteEdge(sentences, dates, *links.front(), out);  // the runs are written after it (Write flushes)
    if (!WriteEdges(sentences, dates, links, options.jobs, options.compact, stream))
      throw std::runtime_error("the JSON writer refused an edge");
  }
  out->EndArray();
  out->EndObject();
  out->EndObject();
}

class JsonExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    StreamOut stream(out);
    Out json(&stream, options.compact);
    WriteGraph(graph, options, &stream, &json);
    if (!json.ok()) return Status::Error("the JSON writer refused the graph");
    stream.Append("\n");
    stream.Flush();
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonExporter() { return std::make_unique<JsonExporter>(); }

void WriteMetrics(const GraphMetrics* metrics, const std::string& id, JsonOut* out) {
  if (!metrics) return;
  const EntityMetrics& m = metrics->Of(id);
  out->Key("betweenness");
  out->Double(m.betweenness);
  out->Key("pagerank");
  out->Double(m.pagerank);
  out->Count("core", static_cast<std::size_t>(m.core));
  out->Count("cluster", static_cast<std::size_t>(m.cluster));
}

}  // namespace nexus
