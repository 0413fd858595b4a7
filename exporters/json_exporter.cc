// JSON exporter: JSON Graph Format v2 (https://jsongraphformat.info), one
// object "graph" with nodes keyed by entity id and edges in link order.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/json_out.h"

namespace nexus {
namespace {

// The writer's output goes to the stream (or to a string) in 64 KiB pieces: a
// large graph is never held whole in memory.
class StreamOut {
 public:
  using Ch = char;
  explicit StreamOut(std::ostream& out) : out_(&out) {}
  explicit StreamOut(std::string* out) : text_(out) {}
  ~StreamOut() { Flush(); }
  void Put(char c) {
    if (n_ == sizeof buf_) Flush();
    buf_[n_++] = c;
  }
  // Bytes after what was put so far, through the buffer.
  void Append(std::string_view s) {
    if (s.size() > sizeof buf_ - n_) {
      Flush();
      if (s.size() >= sizeof buf_) return Send(s);
    }
    std::memcpy(buf_ + n_, s.data(), s.size());
    n_ += s.size();
  }
  // Bytes made elsewhere, after what was put so far.
  void Write(std::string_view s) {
    Flush();
    Send(s);
  }
  void Flush() {
    Send(std::string_view(buf_, n_));
    n_ = 0;
  }

 private:
  void Send(std::string_view s) {
    if (out_)
      out_->write(s.data(), static_cast<std::streamsize>(s.size()));
    else
      text_->append(s);
  }
  std::ostream* out_ = nullptr;
  std::string* text_ = nullptr;
  std::size_t n_ = 0;
  char buf_[1 << 16];
};

using Out = BasicJsonOut<StreamOut>;

void WriteNode(const KnowledgeGraph& graph, const Entity& e, Out* out) {
  out->Key(e.id);
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

void WriteEvidence(const Evidence& ev, Out* out) {
  out->StartObject();
  out->Field("document", ev.document);
  out->Field("paragraph", ev.paragraph);
  out->Key("paragraph_index");
  out->Uint(ev.paragraph_index);
  out->Key("sentence");
  out->Uint(ev.sentence);
  out->Key("begin");
  out->Uint(ev.span.begin);
  out->Key("end");
  out->Uint(ev.span.end);
  out->Field("text", ev.text);
  out->Key("hedged");
  out->Bool(ev.hedged);
  out->Field("rule", ev.rule);
  out->Key("marks");
  out->StartArray();
  for (const auto& [b, e] : ev.marks) {
    out->StartArray();
    out->Uint(b);
    out->Uint(e);
    out->EndArray();
  }
  out->EndArray();
  if (!ev.quantities.empty()) {
    out->Key("quantities");
    out->StartArray();
    for (const Quantity& q : ev.quantities) WriteQuantity(q, out);
    out->EndArray();
  }
  out->EndObject();
}

void WriteEdge(const Link& link, Out* out) {
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
  out->Key("evidence");
  out->StartArray();
  for (const Evidence& ev : link.evidence) WriteEvidence(ev, out);
  out->EndArray();
  out->EndObject();
  out->EndObject();
}

// The edges, written by `jobs` threads in rounds: each thread formats a run
// of edges with a writer of its own, and the runs are written in order,
// shifted to the depth of the edge array (three levels; JSON strings hold no
// raw newline, so every newline is the writer's). The bytes are those one
// writer would have written.
bool WriteEdges(const std::vector<const Link*>& links, int jobs, StreamOut* stream, Out* out) {
  constexpr std::size_t kRun = 256;  // edges a thread formats at once
  const std::size_t threads = static_cast<std::size_t>(std::max(1, jobs));
  std::vector<std::string> runs(threads);
  std::vector<char> ok(threads, 1);
  std::size_t first = 0;  // the size of the first edge, as shifted
  for (std::size_t round = 0; round < links.size(); round += threads * kRun) {
    auto format = [&](std::size_t t) {
      std::string& text = runs[t];
      text.clear();
      std::string edge;
      const std::size_t end = std::min(links.size(), round + (t + 1) * kRun);
      for (std::size_t i = round + t * kRun; i < end; ++i) {
        edge.clear();
        StreamOut s(&edge);
        Out w(&s);
        WriteEdge(*links[i], &w);
        s.Flush();
        ok[t] = ok[t] && w.ok();
        if (i > 0) text += ",\n   ";
        for (std::size_t at = 0; at < edge.size();) {
          std::size_t nl = std::min(edge.find('\n', at), edge.size());
          text.append(edge, at, nl - at);
          if (nl < edge.size()) text += "\n   ";
          at = nl + 1;
        }
        if (i == 0) first = text.size();
      }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(format, t);
    format(0);
    for (std::thread& th : pool) th.join();
    for (std::size_t t = 0; t < threads; ++t) {
      std::string_view text = runs[t];
      if (round == 0 && t == 0) {
        // The first edge goes through the writer, which opens the array's
        // first line and counts the array as not empty.
        out->RawObject(text.substr(0, first));
        stream->Write(text.substr(first));
      } else {
        stream->Write(text);
      }
    }
  }
  return std::all_of(ok.begin(), ok.end(), [](char x) { return x != 0; });
}

void WriteGraph(const KnowledgeGraph& graph, int jobs, StreamOut* stream, Out* out) {
  out->StartObject();
  out->Key("graph");
  out->StartObject();
  out->Key("directed");
  out->Bool(true);
  out->Field("type", "nexus");
  out->Field("label", "Nexus knowledge graph");
  out->Key("metadata");
  out->StartObject();
  out->Key("documents");
  out->StartArray();
  for (const std::string& doc : graph.documents()) out->Str(doc);
  out->EndArray();
  out->Key("entity_count");
  out->Uint(graph.entity_count());
  out->Key("link_count");
  out->Uint(graph.link_count());
  out->EndObject();
  out->Key("nodes");
  out->StartObject();
  for (const Entity* e : graph.Entities()) WriteNode(graph, *e, out);
  out->EndObject();
  out->Key("edges");
  out->StartArray();
  const std::vector<const Link*> links = graph.Links();
  if (jobs <= 1) {
    for (const Link* link : links) WriteEdge(*link, out);
  } else if (!WriteEdges(links, jobs, stream, out)) {
    throw std::runtime_error("RapidJSON refused to write an edge");
  }
  out->EndArray();
  out->EndObject();
  out->EndObject();
}

class JsonExporter : public Exporter {
 public:
  const char* Name() const override { return "json"; }
  const char* FileExtension() const override { return "json"; }
  const char* Description() const override {
    return "JSON Graph Format v2: nodes by id, edges with their evidence";
  }

  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override {
    return Write(graph, ExportOptions{}, out);
  }
  Status Write(const KnowledgeGraph& graph, const ExportOptions& options,
               std::ostream& out) const override {
    try {
      StreamOut stream(out);
      Out json(&stream);
      WriteGraph(graph, options.jobs, &stream, &json);
      if (!json.ok()) return Status::Error("json: RapidJSON refused to write the graph");
      stream.Put('\n');
      stream.Flush();
      if (!out) return Status::Error("json: write failed");
      return Status::Ok();
    } catch (const std::exception& e) {
      return Status::Error(std::string("json: ") + e.what());
    }
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeJsonExporter() { return std::make_unique<JsonExporter>(); }

}  // namespace nexus
