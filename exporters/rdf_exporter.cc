// RDF exporters: Turtle and N-Triples, the same triples in the same order.
// Vocabulary (documented in README.md, "RDF vocabulary"), under namespaces
// that are names only, not dereferenceable (example.org is reserved for
// documentation, RFC 2606):
//   nx:  https://example.org/nexus/vocab#    classes, properties
//   entity IRIs: https://example.org/nexus/entity/<id, percent-encoded>
// An entity: a nx:Group|nx:Crime|nx:Region|nx:UnEntity, rdfs:label,
// skos:altLabel per alias, nx:id, nx:parent, nx:discoveredBy.
// A document: a nx:Document with nx:path, and nx:symbol, nx:date
// (xsd:date) and nx:title where known. A sentence, stored once: a
// nx:Sentence with nx:document, nx:text, nx:paragraph, nx:paragraphIndex,
// nx:sentenceIndex, nx:begin, nx:end.
// A link: the triple <source> nx:<relation> <target>, and its reification
// (rdf:Statement, also a nx:Link) carrying nx:kind, nx:weight, nx:hedged,
// nx:firstSeen and nx:lastSeen (xsd:date, when its documents are dated) and
// one nx:evidence per sentence: a nx:Evidence with nx:sentence, nx:hedged,
// nx:rule. An activity (n-ary relation pattern): a nx:Activity with
// nx:actor, nx:relation, nx:crime, nx:place (each), nx:weight, nx:hedged and
// one nx:evidence per sentence (nx:sentence, nx:hedged, nx:place). Blank
// nodes are named _:d<document>, _:d<document>s<sentence> (the indexes of the
// JSON graph), _:l<link>, _:l<link>e<n>, _:a<activity> and _:a<activity>e<n>.
#include <exception>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

constexpr std::string_view kVocab = "https://example.org/nexus/vocab#";
constexpr std::string_view kEntity = "https://example.org/nexus/entity/";
constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";

struct Prefix {
  const char* name;
  std::string_view iri;
};
constexpr Prefix kPrefixes[] = {
    {"nx", kVocab}, {"rdf", kRdf}, {"rdfs", kRdfs}, {"skos", kSkos}, {"xsd", kXsd}};

// Terms in N-Triples syntax.
std::string Iri(std::string_view ns, std::string_view local) {
  return "<" + std::string(ns) + std::string(local) + ">";
}

// Bytes other than ASCII letters, digits, - . _ ~ and ':' as %XX.
std::string PercentEncode(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : ValidUtf8(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

std::string EntityIri(std::string_view id) { return Iri(kEntity, PercentEncode(id)); }
std::string VocabIri(std::string_view local) { return Iri(kVocab, PercentEncode(local)); }

// A string literal: valid UTF-8, with the ECHAR escapes \\ \" \n \r \t and
// \uXXXX for the other control characters; the noncharacters U+FFFE and
// U+FFFF, which raptor refuses even escaped, become U+FFFD.
std::string Literal(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = NextCodePoint(text, &pos);
    switch (c) {
      case '\\': out += "\\\\"; continue;
      case '"': out += "\\\""; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (c == 0xFFFE || c == 0xFFFF) {
      AppendUtf8(0xFFFD, &out);
      continue;
    }
    if (c < 0x20 || c == 0x7F) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
      continue;
    }
    AppendUtf8(c, &out);
  }
  return out + "\"";
}

std::string Integer(std::size_t n) {
  return "\"" + std::to_string(n) + "\"^^" + Iri(kXsd, "integer");
}
std::string Boolean(bool b) {
  return std::string("\"") + (b ? "true" : "false") + "\"^^" + Iri(kXsd, "boolean");
}

const std::string kType = Iri(kRdf, "type");

bool IsPlainLocalName(std::string_view s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
      return false;
  return true;
}

// A term as Turtle writes it: prefixed names, "a", bare numbers and booleans.
std::string Abbreviate(const std::string& term, bool predicate) {
  if (predicate && term == kType) return "a";
  static const std::string kSuffixes[] = {"\"^^" + Iri(kXsd, "integer"),
                                          "\"^^" + Iri(kXsd, "boolean")};
  for (const std::string& suffix : kSuffixes)
    if (term.size() > suffix.size() && term[0] == '"' &&
        term.compare(term.size() - suffix.size(), suffix.size(), suffix) == 0)
      return term.substr(1, term.size() - suffix.size() - 1);
  if (term.size() > 2 && term.front() == '<') {
    const std::string_view iri(term.data() + 1, term.size() - 2);
    for (const Prefix& p : kPrefixes)
      if (iri.substr(0, p.iri.size()) == p.iri && IsPlainLocalName(iri.substr(p.iri.size())))
        return std::string(p.name) + ":" + std::string(iri.substr(p.iri.size()));
  }
  return term;
}

// The triples as they are made, in Turtle or N-Triples, appended to a text
// the exporter hands on as it grows. Turtle writes a subject once for the
// triples that follow each other with it ("s\n    p o ;\n    p o .\n"), so
// the last triple waits for the next to know how it ends.
class Triples {
 public:
  Triples(bool turtle, std::string* text) : turtle_(turtle), text_(text) {
    if (!turtle_) return;
    *text_ += "# Nexus knowledge graph; vocabulary: see README.md, \"RDF vocabulary\".\n";
    for (const Prefix& p : kPrefixes)
      *text_ += std::string("@prefix ") + p.name + ": <" + std::string(p.iri) + "> .\n";
  }
  void Add(std::string s, std::string p, std::string o) {
    if (!turtle_) {
      *text_ += s + " " + p + " " + o + " .\n";
      return;
    }
    const bool same = waiting_ && s == last_.s;
    if (waiting_) End(same);
    if (!same) *text_ += "\n" + Abbreviate(s, false) + "\n";
    last_ = {std::move(s), std::move(p), std::move(o)};
    waiting_ = true;
  }
  // Ends the last triple; call once, after the last Add.
  void Finish() {
    if (waiting_) End(false);
    waiting_ = false;
  }

 private:
  struct Triple {
    std::string s, p, o;
  };
  void End(bool more_of_subject) {
    *text_ += "    " + Abbreviate(last_.p, true) + " " + Abbreviate(last_.o, false);
    *text_ += more_of_subject ? " ;\n" : " .\n";
  }
  bool turtle_;
  std::string* text_;
  Triple last_;
  bool waiting_ = false;
};

void AddVocabulary(const KnowledgeGraph& graph, Triples* t) {
  for (const TypeLook& look : TypeLooks()) {
    t->Add(VocabIri(look.class_name), kType, Iri(kRdfs, "Class"));
    t->Add(VocabIri(look.class_name), Iri(kRdfs, "label"), Literal(TypeName(look.type)));
  }
  std::set<std::string> relations;
  for (const Link* link : graph.Links()) relations.insert(link->relation);
  for (const std::string& r : relations) {
    t->Add(VocabIri(r), kType, Iri(kRdf, "Property"));
    t->Add(VocabIri(r), Iri(kRdfs, "label"), Literal(r));
  }
}

void AddEntity(const Entity& e, const GraphMetrics* metrics, Triples* t) {
  const std::string s = EntityIri(e.id);
  t->Add(s, kType, VocabIri(LookOf(e.type).class_name));
  t->Add(s, Iri(kRdfs, "label"), Literal(e.label.empty() ? e.id : e.label));
  for (const std::string& alias : e.aliases) t->Add(s, Iri(kSkos, "altLabel"), Literal(alias));
  t->Add(s, VocabIri("id"), Literal(e.id));
  if (!e.parent.empty()) t->Add(s, VocabIri("parent"), EntityIri(e.parent));
  if (!e.discovered_by.empty()) t->Add(s, VocabIri("discoveredBy"), Literal(e.discovered_by));
  if (metrics) {
    const EntityMetrics& m = metrics->Of(e.id);
    const std::string xsd_double = "^^" + Iri(kXsd, "double");
    t->Add(s, VocabIri("betweenness"), "\"" + FormatMetric(m.betweenness) + "\"" + xsd_double);
    t->Add(s, VocabIri("pagerank"), "\"" + FormatMetric(m.pagerank) + "\"" + xsd_double);
    t->Add(s, VocabIri("core"), Integer(static_cast<std::size_t>(m.core)));
    t->Add(s, VocabIri("cluster"), Integer(static_cast<std::size_t>(m.cluster)));
  }
}

std::string DocumentNode(std::size_t d) { return "_:d" + std::to_string(d); }
std::string SentenceNode(const SentenceRef& s) {
  return DocumentNode(s.document_index) + "s" + std::to_string(s.number);
}

void AddDocument(const DocumentInfo& doc, std::size_t index, Triples* t) {
  const std::string d = DocumentNode(index);
  t->Add(d, kType, VocabIri("Document"));
  t->Add(d, VocabIri("path"), Literal(doc.name));
  if (!doc.symbol.empty()) t->Add(d, VocabIri("symbol"), Literal(doc.symbol));
  if (!doc.date.empty())
    t->Add(d, VocabIri("date"), "\"" + doc.date + "\"^^" + Iri(kXsd, "date"));  // digits and '-'
  if (!doc.title.empty()) t->Add(d, VocabIri("title"), Literal(doc.title));
}

void AddSentence(const SentenceRef& s, Triples* t) {
  const std::string node = SentenceNode(s);
  t->Add(node, kType, VocabIri("Sentence"));
  t->Add(node, VocabIri("document"), DocumentNode(s.document_index));
  t->Add(node, VocabIri("text"), Literal(s.text));
  if (!s.paragraph.empty()) t->Add(node, VocabIri("paragraph"), Literal(s.paragraph));
  t->Add(node, VocabIri("paragraphIndex"), Integer(s.paragraph_index));
  t->Add(node, VocabIri("sentenceIndex"), Integer(s.sentence));
  t->Add(node, VocabIri("begin"), Integer(s.span.begin));
  t->Add(node, VocabIri("end"), Integer(s.span.end));
  if (s.page > 0) t->Add(node, VocabIri("page"), Integer(s.page));
}

void AddLink(const SentenceTable& sentences, const LinkDates& dates, const Link& link, std::size_t index,
             Triples* t) {
  const std::string s = EntityIri(link.source);
  const std::string p = VocabIri(link.relation);
  const std::string o = EntityIri(link.target);
  t->Add(s, p, o);
  const std::string node = "_:l" + std::to_string(index);
  t->Add(node, kType, Iri(kRdf, "Statement"));
  t->Add(node, kType, VocabIri("Link"));
  t->Add(node, Iri(kRdf, "subject"), s);
  t->Add(node, Iri(kRdf, "predicate"), p);
  t->Add(node, Iri(kRdf, "object"), o);
  t->Add(node, VocabIri("kind"), Literal(link.kind));
  t->Add(node, VocabIri("weight"), Integer(link.evidence.size()));
  t->Add(node, VocabIri("hedged"), Boolean(link.hedged()));
  if (const SeenDates seen = dates.Of(link); !seen.empty()) {  // digits and '-'
    t->Add(node, VocabIri("firstSeen"), "\"" + std::string(seen.first) + "\"^^" + Iri(kXsd, "date"));
    t->Add(node, VocabIri("lastSeen"), "\"" + std::string(seen.last) + "\"^^" + Iri(kXsd, "date"));
  }
  for (std::size_t i = 0; i < link.evidence.size(); ++i)
    t->Add(node, VocabIri("evidence"), node + "e" + std::to_string(i));
  for (std::size_t i = 0; i < link.evidence.size(); ++i) {
    const EvidenceRef ev = link.evidence.Ref(i);
    const std::string e = node + "e" + std::to_string(i);
    t->Add(e, kType, VocabIri("Evidence"));
    t->Add(e, VocabIri("sentence"), SentenceNode(sentences.Of(ev)));
    t->Add(e, VocabIri("hedged"), Boolean(ev.hedged));
    if (!ev.rule.empty()) t->Add(e, VocabIri("rule"), Literal(ev.rule));
  }
}

// An activity, by the W3C's n-ary relation pattern
// (https://www.w3.org/TR/swbp-n-aryRelations/): a resource of its own with
// its actor, relation, crime and places, and per sentence a nx:Evidence
// with the places that sentence gives.
void AddActivity(const SentenceTable& sentences, const Activity& a, std::size_t index, Triples* t) {
  const std::string node = "_:a" + std::to_string(index);
  t->Add(node, kType, VocabIri("Activity"));
  t->Add(node, VocabIri("actor"), EntityIri(a.actor));
  t->Add(node, VocabIri("relation"), VocabIri(a.relation));
  t->Add(node, VocabIri("crime"), EntityIri(a.crime));
  for (const auto& [region, weight] : a.PlaceWeights()) t->Add(node, VocabIri("place"), EntityIri(region));
  t->Add(node, VocabIri("weight"), Integer(a.evidence.size()));
  t->Add(node, VocabIri("hedged"), Boolean(a.hedged()));
  for (std::size_t i = 0; i < a.evidence.size(); ++i)
    t->Add(node, VocabIri("evidence"), node + "e" + std::to_string(i));
  for (std::size_t i = 0; i < a.evidence.size(); ++i) {
    const ActivityEvidence& ev = a.evidence[i];
    const std::string e = node + "e" + std::to_string(i);
    t->Add(e, kType, VocabIri("Evidence"));
    const long long at = sentences.Find(ev.document, ev.span);
    if (at >= 0) t->Add(e, VocabIri("sentence"), SentenceNode(sentences.At(static_cast<std::size_t>(at))));
    t->Add(e, VocabIri("hedged"), Boolean(ev.hedged));
    for (const ActivityPlace& p : ev.places) t->Add(e, VocabIri("place"), EntityIri(p.region));
  }
}

void WriteTriples(const KnowledgeGraph& graph, const GraphMetrics* metrics, bool turtle, std::ostream& out) {
  std::string text;
  Triples t(turtle, &text);
  AddVocabulary(graph, &t);
  for (const Entity* e : graph.Entities()) {
    AddEntity(*e, metrics, &t);
    WriteWhenLarge(&text, out);
  }
  for (std::size_t d = 0; d < graph.document_infos().size(); ++d)
    AddDocument(graph.document_infos()[d], d, &t);
  const SentenceTable sentences = graph.Sentences();
  const LinkDates dates(graph);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    AddSentence(sentences.At(i), &t);
    WriteWhenLarge(&text, out);
  }
  std::size_t index = 0;
  for (const Link* link : graph.Links()) {
    AddLink(sentences, dates, *link, index++, &t);
    WriteWhenLarge(&text, out);
  }
  index = 0;
  for (const Activity* a : graph.Activities()) {
    AddActivity(sentences, *a, index++, &t);
    WriteWhenLarge(&text, out);
  }
  t.Finish();
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

class RdfExporter : public Exporter {
 public:
  explicit RdfExporter(bool turtle) : turtle_(turtle) {}
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    WriteTriples(graph, options.metrics, turtle_, out);
    return Status::Ok();
  }

 private:
  bool turtle_;
};

}  // namespace

std::unique_ptr<Exporter> MakeTurtleExporter() { return std::make_unique<RdfExporter>(true); }
std::unique_ptr<Exporter> MakeNTriplesExporter() { return std::make_unique<RdfExporter>(false); }

}  // namespace nexus
