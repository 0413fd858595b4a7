// Cypher script for Neo4j (cypher-shell -f graph.cypher): idempotent, so
// that running it twice leaves the same graph. One statement a line:
//   CREATE CONSTRAINT ... IF NOT EXISTS   (entity ids, sentence ids and
//                                          document paths unique)
//   MERGE (n:Entity {id: '...'}) SET n:Group, n.label = '...', ...;
//   MERGE (d:Document {path: '...'}) SET d.symbol = '...', ...;
//   MERGE (s:Sentence {id: 'a.txt#100-126'}) SET s.text = '...', ...
//     WITH s MATCH (d:Document {path: '...'}) MERGE (s)-[:IN]->(d);
//   MATCH (a:Entity {id: '...'}) MATCH (b:Entity {id: '...'})
//     MERGE (a)-[r:PROFITS_FROM]->(b) SET r.weight = 2, r.sentence_ids = [...], ...;
//   MERGE (x:Activity {id: '...'}) SET x.relation = ..., x.sentence_ids = [...];
//   MATCH (x:Activity {id: '...'}) MATCH (b:Entity {id: '...'})
//     MERGE (x)-[:ACTIVITY_OF|ACTIVITY_CRIME]->(b);  and -[r:ACTIVITY_PLACE]-> with
//     r.weight and r.sentence_ids, for each place
// Each sentence is a node, stored once; a relationship lists the ids of its
// sentences (r.sentence_ids, with r.rules and r.hedged_each in the same
// order). Nodes are merged on their id, relationships on (start, type, end);
// every property is SET, never added to; an absent value (no parent, no
// symbol, no page) is SET to null, which leaves no property. Values are Cypher string literals in
// single quotes with \\ \' \" \n \r \t and \uXXXX escapes (see CypherString),
// labels and types are backquoted identifiers: no input text can end a
// literal or start a clause.
#include <exception>
#include <set>
#include <string>
#include <string_view>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/vocabulary.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

std::string CypherString(std::string_view text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "'";
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t c = NextCodePoint(text, &pos);
    switch (c) {
      case '\\': out += "\\\\"; continue;
      case '\'': out += "\\'"; continue;
      case '"': out += "\\\""; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
      continue;
    }
    AppendUtf8(c, &out);
  }
  return out + "'";
}

// An absent value: null, which SET makes no property at all.
std::string CypherStringOrNull(std::string_view text) {
  return text.empty() ? "null" : CypherString(text);
}

std::string CypherList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + CypherString(items[i]);
  return out + "]";
}

// A backquoted identifier (a backquote inside is doubled).
std::string Identifier(std::string_view name) {
  std::string out = "`";
  for (char c : name) {
    if (c == '`') out += '`';
    out += c;
  }
  return out + "`";
}

void WriteNode(const KnowledgeGraph& graph, const GraphMetrics* metrics, const Entity& e, std::string* out) {
  std::string more;
  if (metrics) {
    for (const auto& [name, text] : MetricTexts(metrics->Of(e.id))) more += ", n." + std::string(name) + " = " + text;
  }
  *out += "MERGE (n:Entity {id: " + CypherString(e.id) + "}) SET n:" +
          Identifier(LookOf(e.type).class_name) + ", n.label = " + CypherString(e.label) +
          ", n.type = " + CypherString(TypeName(e.type)) + ", n.aliases = " +
          CypherList(e.aliases) + ", n.parent = " + CypherStringOrNull(e.parent) +
          ", n.discovered_by = " + CypherStringOrNull(e.discovered_by) +
          ", n.degree = " + std::to_string(graph.Degree(e.id)) + more + ";\n";
}

void WriteDocument(const DocumentInfo& doc, std::string* out) {
  *out += "MERGE (d:Document {path: " + CypherString(doc.name) + "}) SET d.symbol = " +
          CypherStringOrNull(doc.symbol) + ", d.date = " + CypherStringOrNull(doc.date) +
          ", d.title = " + CypherStringOrNull(doc.title) + ";\n";
}

void WriteSentence(const SentenceRef& s, std::string* out) {
  *out += "MERGE (s:Sentence {id: " + CypherString(SentenceId(s.document, s.span)) +
          "}) SET s.document = " + CypherString(s.document) + ", s.paragraph = " +
          CypherStringOrNull(s.paragraph) + ", s.paragraph_index = " + std::to_string(s.paragraph_index) +
          ", s.sentence = " + std::to_string(s.sentence) + ", s.begin = " +
          std::to_string(s.span.begin) + ", s.end = " + std::to_string(s.span.end) +
          ", s.page = " + (s.page ? std::to_string(s.page) : "null") + ", s.text = " + CypherString(s.text) + " WITH s MATCH (d:Document {path: " +
          CypherString(s.document) + "}) MERGE (s)-[:IN]->(d);\n";
}

void WriteLink(const Link& link, const LinkDates& dates, std::string* out) {
  const SeenDates seen = dates.Of(link);
  std::set<std::string> docs;
  std::vector<std::string> ids, rules;
  std::string hedged = "[";
  for (std::size_t i = 0; i < link.evidence.size(); ++i) {
    const EvidenceRef ev = link.evidence.Ref(i);
    docs.insert(std::string(ev.document));
    ids.push_back(SentenceId(ev.document, ev.span));
    rules.emplace_back(ev.rule);
    hedged += std::string(i ? ", " : "") + (ev.hedged ? "true" : "false");
  }
  hedged += "]";
  *out += "MATCH (a:Entity {id: " + CypherString(link.source) + "}) MATCH (b:Entity {id: " +
          CypherString(link.target) + "}) MERGE (a)-[r:" +
          Identifier(RelationshipType(link.relation)) + "]->(b) SET r.relation = " +
          CypherString(link.relation) + ", r.kind = " + CypherString(link.kind) +
          ", r.weight = " + std::to_string(link.weight()) +
          ", r.hedged = " + (link.hedged() ? "true" : "false") +
          ", r.documents = " + CypherList({docs.begin(), docs.end()}) +
          ", r.sentence_ids = " + CypherList(ids) + ", r.rules = " + CypherList(rules) +
          ", r.hedged_each = " + hedged + ", r.first_seen = " +
          (seen.empty() ? std::string("null") : "date(" + CypherString(seen.first) + ")") + ", r.last_seen = " +
          (seen.empty() ? std::string("null") : "date(" + CypherString(seen.last) + ")") + ";\n";
}

// An activity: a node merged on an id made of its ends ("group:isil
// profits_from crime:oil_smuggling"), with its sentences, joined to its
// actor, its crime and each place (with that place's sentences).
void WriteActivity(const Activity& a, std::string* out) {
  const std::string id = CypherString(a.actor + " " + a.relation + " " + a.crime);
  std::vector<std::string> ids;
  for (const ActivityEvidence& ev : a.evidence) ids.push_back(SentenceId(ev.document, ev.span));
  *out += "MERGE (x:Activity {id: " + id + "}) SET x.relation = " + CypherString(a.relation) +
          ", x.weight = " + std::to_string(a.weight()) + ", x.hedged = " + (a.hedged() ? "true" : "false") +
          ", x.sentence_ids = " + CypherList(ids) + ";\n";
  for (const auto& [role, end] : {std::pair{"ACTIVITY_OF", &a.actor}, {"ACTIVITY_CRIME", &a.crime}})
    *out += "MATCH (x:Activity {id: " + id + "}) MATCH (b:Entity {id: " + CypherString(*end) + "}) MERGE (x)-[:" +
            role + "]->(b);\n";
  for (const auto& [region, weight] : a.PlaceWeights()) {
    std::vector<std::string> where;
    for (const ActivityEvidence& ev : a.evidence)
      for (const ActivityPlace& p : ev.places)
        if (p.region == region) where.push_back(SentenceId(ev.document, ev.span));
    *out += "MATCH (x:Activity {id: " + id + "}) MATCH (b:Entity {id: " + CypherString(region) +
            "}) MERGE (x)-[r:ACTIVITY_PLACE]->(b) SET r.weight = " + std::to_string(weight) +
            ", r.sentence_ids = " + CypherList(where) + ";\n";
  }
}

class CypherExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    std::string text =
        "// Nexus knowledge graph. Idempotent: nodes merged on id, relationships on\n"
        "// (start, type, end), properties set. Run: cypher-shell -f graph.cypher\n"
        "CREATE CONSTRAINT nexus_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS "
        "UNIQUE;\n"
        "CREATE CONSTRAINT nexus_document_path IF NOT EXISTS FOR (d:Document) REQUIRE d.path IS "
        "UNIQUE;\n"
        "CREATE CONSTRAINT nexus_sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS "
        "UNIQUE;\n"
        "CREATE CONSTRAINT nexus_activity_id IF NOT EXISTS FOR (x:Activity) REQUIRE x.id IS "
        "UNIQUE;\n";
    for (const Entity* e : graph.Entities()) {
      WriteNode(graph, options.metrics, *e, &text);
      WriteWhenLarge(&text, out);
    }
    for (const DocumentInfo& doc : graph.document_infos()) WriteDocument(doc, &text);
    const SentenceTable sentences = graph.Sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      WriteSentence(sentences.At(i), &text);
      WriteWhenLarge(&text, out);
    }
    const LinkDates dates(graph);
    for (const Link* link : graph.Links()) {
      WriteLink(*link, dates, &text);
      WriteWhenLarge(&text, out);
    }
    for (const Activity* a : graph.Activities()) {
      WriteActivity(*a, &text);
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeCypherExporter() { return std::make_unique<CypherExporter>(); }

}  // namespace nexus
