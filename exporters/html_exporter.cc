// HTML exporter: one self-contained page to explore the graph in a browser,
// offline. The page template, style and script (exporters/html/) and the
// graph library (cytoscape, from node_modules) are embedded in the binary at
// build time; the graph goes into the page as JSON:
//
//   <script type="application/json" id="graph-data">{
//     "documents": [{"path", "symbol", "date", "title",
//                    "sentences": [{"paragraph", "paragraph_index",
//                                   "sentence", "page" (0: none), "text",
//                                   "quantities": [{"kind", "text", "value",
//                                                   "high", "per", "begin",
//                                                   "end"}]}]}],
//     "nodes": [{"id", "label", "type", "aliases": [...], "parent",
//                "discovered_by", "degree"}, ...],            (sorted by id)
//     "edges": [{"source", "target", "relation", "kind", "weight", "hedged",
//                "evidence": [{"document": <index into documents>,
//                              "sentence": <index into its sentences>,
//                              "hedged", "rule",
//                              "marks": [[begin, end], ...]}]}]}  (link order)
//   </script>
//
// Each sentence is written once, under its document, as in the JSON graph.
// Offsets in "marks" and "quantities" are in UTF-16 code units of the
// sentence's "text" (JS string indices), converted from the graph's UTF-8
// byte offsets. In the JSON
// "<", ">", "&", U+2028 and U+2029 are written as \u escapes, so no document
// text can end the script element; the page shows text with DOM text nodes
// only. A Content-Security-Policy lets only the page's own two scripts run
// (by hash) and forbids every network request.
#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <string>
#include <string_view>

#include <rapidjson/writer.h>

#include "exporters/exporter.h"
#include "exporters/html_assets.h"
#include "exporters/text_util.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

// The page's JSON goes to the stream as it is made, with the characters
// that matter to an HTML script element or to old JavaScript parsers written
// as \u escapes: "<", ">", "&", U+2028 and U+2029 (they only occur inside
// strings). The first byte of U+2028 and U+2029 waits for the next two.
class ScriptSafeOut {
 public:
  using Ch = char;
  explicit ScriptSafeOut(std::ostream& out) : out_(&out) {}
  ~ScriptSafeOut() { Finish(); }
  void Put(char c) {
    if (held_ == 1) {  // after E2
      if (c == '\x80') {
        held_ = 2;
        return;
      }
      held_ = 0;
      Add(std::string_view("\xE2", 1));
    } else if (held_ == 2) {  // after E2 80
      held_ = 0;
      if (c == '\xA8' || c == '\xA9') {
        Add(c == '\xA8' ? "\\u2028" : "\\u2029");
        return;
      }
      Add(std::string_view("\xE2\x80", 2));
    }
    switch (c) {
      case '<': Add("\\u003c"); return;
      case '>': Add("\\u003e"); return;
      case '&': Add("\\u0026"); return;
      case '\xE2': held_ = 1; return;
      default: text_.push_back(c);
    }
    if (text_.size() >= (1 << 16)) Flush();
  }
  void Flush() {
    out_->write(text_.data(), static_cast<std::streamsize>(text_.size()));
    text_.clear();
  }
  // The bytes still held, then everything.
  void Finish() {
    if (held_ >= 1) Add(std::string_view("\xE2\x80", held_));
    held_ = 0;
    Flush();
  }

 private:
  void Add(std::string_view s) { text_.append(s); }
  std::ostream* out_;
  std::string text_;
  std::size_t held_ = 0;  // bytes of E2 80 A8 held back
};

using Writer = rapidjson::Writer<ScriptSafeOut>;

// Index in UTF-16 code units of `text` (as ValidUtf8 decodes it) of the byte
// offset `byte`; an offset inside a code point counts as the next one.
std::size_t Utf16Index(std::string_view text, std::size_t byte) {
  std::size_t pos = 0, units = 0;
  while (pos < text.size() && pos < byte) units += NextCodePoint(text, &pos) > 0xFFFF ? 2 : 1;
  return units;
}

class Out {
 public:
  explicit Out(ScriptSafeOut* stream) : w_(*stream) {}
  void Key(std::string_view k) { ok_ = w_.Key(k.data(), Len(k)) && ok_; }
  void Str(std::string_view s) {
    const std::string v = ValidUtf8(s);
    ok_ = w_.String(v.data(), Len(v)) && ok_;
  }
  void Bool(bool b) { ok_ = w_.Bool(b) && ok_; }
  void Uint(std::size_t n) { ok_ = w_.Uint64(n) && ok_; }
  void Num(double d) { ok_ = (std::isfinite(d) ? w_.Double(d) : w_.Null()) && ok_; }
  void StartObject() { ok_ = w_.StartObject() && ok_; }
  void EndObject() { ok_ = w_.EndObject() && ok_; }
  void StartArray() { ok_ = w_.StartArray() && ok_; }
  void EndArray() { ok_ = w_.EndArray() && ok_; }
  void Field(std::string_view k, std::string_view s) { Key(k); Str(s); }
  void Field(std::string_view k, std::size_t n) { Key(k); Uint(n); }
  bool ok() const { return ok_ && w_.IsComplete(); }

 private:
  static rapidjson::SizeType Len(std::string_view s) {
    return static_cast<rapidjson::SizeType>(s.size());
  }
  Writer w_;
  bool ok_ = true;
};

void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, Out* out) {
  out->StartObject();
  out->Field("id", e.id);
  out->Field("label", e.label);
  out->Field("type", TypeName(e.type));
  out->Key("aliases");
  out->StartArray();
  for (const std::string& alias : e.aliases) out->Str(alias);
  out->EndArray();
  out->Field("parent", e.parent);
  out->Field("discovered_by", e.discovered_by);
  out->Field("degree", graph.Degree(e.id));
  if (metrics) {  // --metrics: the explorer ranks by them as computed here
    const EntityMetrics& m = metrics->Of(e.id);
    out->Key("betweenness");
    out->Num(m.betweenness);
    out->Key("pagerank");
    out->Num(m.pagerank);
    out->Field("core", static_cast<std::size_t>(m.core));
    out->Field("cluster", static_cast<std::size_t>(m.cluster));
  }
  out->EndObject();
}

void WriteRange(std::string_view text, std::size_t begin, std::size_t end, Out* out) {
  out->Uint(Utf16Index(text, begin));
  out->Uint(Utf16Index(text, end));
}

void WriteEvidence(const SentenceTable& sentences, const EvidenceList& list, std::size_t i,
                   std::vector<std::pair<std::size_t, std::size_t>>* marks, Out* out) {
  const EvidenceRef ev = list.Ref(i);
  const std::uint32_t at = sentences.Position(ev);
  out->StartObject();
  out->Field("document", sentences.DocumentIndex(at));
  out->Field("sentence", sentences.Number(at));
  out->Key("hedged");
  out->Bool(ev.hedged);
  out->Field("rule", ev.rule);
  out->Key("marks");
  out->StartArray();
  list.Marks(i, marks);
  for (const auto& [b, e] : *marks) {
    out->StartArray();
    WriteRange(ev.text, b, e, out);
    out->EndArray();
  }
  out->EndArray();
  out->EndObject();
}

void WriteSentence(const SentenceRef& s, const std::vector<Quantity>& quantities, Out* out) {
  out->StartObject();
  out->Field("paragraph", s.paragraph);
  out->Field("paragraph_index", s.paragraph_index);
  out->Field("sentence", s.sentence);
  out->Field("page", s.page);
  out->Field("text", s.text);
  out->Key("quantities");
  out->StartArray();
  for (const Quantity& q : quantities) {
    out->StartObject();
    out->Field("kind", q.kind);
    out->Field("text", q.text);
    out->Key("value");
    out->Num(q.value);
    out->Key("high");
    out->Num(q.high);
    out->Field("per", q.per);
    out->Key("begin");
    out->Uint(Utf16Index(s.text, q.begin));
    out->Key("end");
    out->Uint(Utf16Index(s.text, q.end));
    out->EndObject();
  }
  out->EndArray();
  out->EndObject();
}

void WriteEdge(const SentenceTable& sentences, const Link& link, Out* out) {
  out->StartObject();
  out->Field("source", link.source);
  out->Field("target", link.target);
  out->Field("relation", link.relation);
  out->Field("kind", link.kind);
  out->Field("weight", link.evidence.size());
  out->Key("hedged");
  out->Bool(link.hedged());
  out->Key("evidence");
  out->StartArray();
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  for (std::size_t i = 0; i < link.evidence.size(); ++i)
    WriteEvidence(sentences, link.evidence, i, &marks, out);
  out->EndArray();
  out->EndObject();
}

// The changes from an older graph (nexus diff --format html).
void WriteChanges(const GraphChanges& c, Out* out) {
  auto strings = [&](std::string_view key, const std::vector<std::string>& list) {
    out->Key(key);
    out->StartArray();
    for (const std::string& s : list) out->Str(s);
    out->EndArray();
  };
  auto links = [&](std::string_view key, const std::vector<GraphChanges::LinkKey>& list) {
    out->Key(key);
    out->StartArray();
    for (const GraphChanges::LinkKey& k : list) {
      out->StartObject();
      out->Field("source", k.source);
      out->Field("relation", k.relation);
      out->Field("target", k.target);
      out->EndObject();
    }
    out->EndArray();
  };
  out->StartObject();
  out->Field("old", c.old_name);
  strings("documents_added", c.documents_added);
  strings("documents_removed", c.documents_removed);
  strings("entities_added", c.entities_added);
  out->Key("entities_removed");
  out->StartArray();
  for (const auto& [id, label] : c.entities_removed) {
    out->StartObject();
    out->Field("id", id);
    out->Field("label", label);
    out->EndObject();
  }
  out->EndArray();
  links("links_added", c.links_added);
  links("links_removed", c.links_removed);
  links("links_changed", c.links_changed);
  out->EndObject();
}

Status WriteGraphJson(const KnowledgeGraph& graph, const ExportOptions& options, std::ostream& stream) {
  const GraphMetrics* metrics = options.metrics;
  ScriptSafeOut safe(stream);
  Out out(&safe);
  const SentenceTable sentences = graph.Sentences();
  out.StartObject();
  out.Key("documents");
  out.StartArray();
  std::vector<Quantity> quantities;
  std::size_t i = 0;
  const std::vector<DocumentInfo>& documents = graph.document_infos();
  for (std::size_t d = 0; d < documents.size(); ++d) {
    out.StartObject();
    out.Field("path", documents[d].name);
    out.Field("symbol", documents[d].symbol);
    out.Field("date", documents[d].date);
    out.Field("title", documents[d].title);
    out.Key("sentences");
    out.StartArray();
    for (; i < sentences.size() && sentences.DocumentIndex(i) == d; ++i) {
      sentences.Quantities(i, &quantities);
      WriteSentence(sentences.At(i), quantities, &out);
    }
    out.EndArray();
    out.EndObject();
  }
  out.EndArray();
  out.Key("nodes");
  out.StartArray();
  for (const Entity* e : graph.Entities()) WriteNode(graph, metrics, *e, &out);
  out.EndArray();
  out.Key("edges");
  out.StartArray();
  for (const Link* link : graph.Links()) WriteEdge(sentences, *link, &out);
  out.EndArray();
  // Activities: actor, crime, places with their weights, and the sentences
  // (by document and number, as evidence) with their places.
  out.Key("activities");
  out.StartArray();
  for (const Activity* a : graph.Activities()) {
    out.StartObject();
    out.Field("actor", a->actor);
    out.Field("relation", a->relation);
    out.Field("crime", a->crime);
    out.Field("weight", a->evidence.size());
    out.Key("hedged");
    out.Bool(a->hedged());
    out.Key("places");
    out.StartArray();
    for (const auto& [region, weight] : a->PlaceWeights()) {
      out.StartObject();
      out.Field("id", region);
      out.Field("weight", static_cast<std::size_t>(weight));
      out.EndObject();
    }
    out.EndArray();
    out.Key("evidence");
    out.StartArray();
    for (const ActivityEvidence& ev : a->evidence) {
      const long long at = sentences.Find(ev.document, ev.span);
      if (at < 0) continue;
      out.StartObject();
      out.Field("document", sentences.DocumentIndex(static_cast<std::size_t>(at)));
      out.Field("sentence", sentences.Number(static_cast<std::size_t>(at)));
      out.Key("hedged");
      out.Bool(ev.hedged);
      out.Key("places");
      out.StartArray();
      for (const ActivityPlace& p : ev.places) out.Str(p.region);
      out.EndArray();
      out.EndObject();
    }
    out.EndArray();
    out.EndObject();
  }
  out.EndArray();
  if (options.changes) {
    out.Key("changes");
    WriteChanges(*options.changes, &out);
  }
  out.EndObject();
  safe.Finish();
  if (!out.ok()) return Status::Error("RapidJSON refused to write the graph");
  return Status::Ok();
}

// A CSP hash source ('sha256-<base64>') from the hex digest of a script.
std::string HashSource(std::string_view hex) {
  static const char kBase64[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    bytes.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  std::string b64;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    b64 += kBase64[(n >> 18) & 63];
    b64 += kBase64[(n >> 12) & 63];
    b64 += i + 1 < bytes.size() ? kBase64[(n >> 6) & 63] : '=';
    b64 += i + 2 < bytes.size() ? kBase64[n & 63] : '=';
  }
  return "'sha256-" + b64 + "'";
}

constexpr const char* kLibrary = "cytoscape.min.js";
constexpr const char* kApp = "explorer.js";

std::string ContentSecurityPolicy(const HtmlAsset& library, const HtmlAsset& app) {
  return "default-src 'none'; script-src " + HashSource(library.sha256) + " " +
         HashSource(app.sha256) +
         "; style-src 'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'";
}

// Fills the template's @NAME@ slots; the graph's JSON is written into its
// slot as it is made.
Status FillTemplate(std::string_view page, const KnowledgeGraph& graph, const ExportOptions& options,
                    std::ostream& out) {
  const HtmlAsset* library = FindHtmlAsset(kLibrary);
  const HtmlAsset* app = FindHtmlAsset(kApp);
  const HtmlAsset* style = FindHtmlAsset("explorer.css");
  if (!library || !app || !style) return Status::Error("an embedded asset is missing");
  for (std::size_t pos = 0; pos < page.size();) {
    const std::size_t at = page.find("@NEXUS_", pos);
    out.write(page.data() + pos, static_cast<std::streamsize>(std::min(at, page.size()) - pos));
    if (at == std::string_view::npos) break;
    const std::size_t close = page.find('@', at + 1);
    if (close == std::string_view::npos) return Status::Error("unterminated template slot");
    const std::string_view slot = page.substr(at + 1, close - at - 1);
    if (slot == "NEXUS_CSP") out << ContentSecurityPolicy(*library, *app);
    else if (slot == "NEXUS_STYLE") out << style->data;
    else if (slot == "NEXUS_DATA") {
      if (Status s = WriteGraphJson(graph, options, out); !s.ok()) return s;
    }
    else if (slot == "NEXUS_LIBRARY") out << library->data;
    else if (slot == "NEXUS_APP") out << app->data;
    else return Status::Error("unknown template slot " + std::string(slot));
    pos = close + 1;
  }
  return Status::Ok();
}

class HtmlExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    const HtmlAsset* page = FindHtmlAsset("template.html");
    if (page == nullptr) return Status::Error("the page template is not embedded");
    if (Status s = FillTemplate(page->data, graph, options, out); !s.ok()) return s;
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeHtmlExporter() { return std::make_unique<HtmlExporter>(); }

}  // namespace nexus
