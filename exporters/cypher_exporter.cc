// Cypher script for Neo4j (cypher-shell -f graph.cypher): idempotent, so
// that running it twice leaves the same graph. One statement a line:
//   CREATE CONSTRAINT ... IF NOT EXISTS   (entity ids unique)
//   MERGE (n:Entity {id: '...'}) SET n:Group, n.label = '...', ...;
//   MATCH (a:Entity {id: '...'}) MATCH (b:Entity {id: '...'})
//     MERGE (a)-[r:PROFITS_FROM]->(b) SET r.weight = 2, ...;
// Nodes are merged on their id, relationships on (start, type, end); every
// property is SET, never added to. Values are Cypher string literals in
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

void WriteNode(const KnowledgeGraph& graph, const Entity& e, std::string* out) {
  *out += "MERGE (n:Entity {id: " + CypherString(e.id) + "}) SET n:" +
          Identifier(LookOf(e.type).class_name) + ", n.label = " + CypherString(e.label) +
          ", n.type = " + CypherString(TypeName(e.type)) + ", n.aliases = " +
          CypherList(e.aliases) + ", n.parent = " + CypherString(e.parent) +
          ", n.discovered_by = " + CypherString(e.discovered_by) +
          ", n.degree = " + std::to_string(graph.Degree(e.id)) + ";\n";
}

void WriteLink(const Link& link, std::string* out) {
  std::set<std::string> docs;
  std::vector<std::string> sentences;
  std::vector<std::string> lines;
  for (const Evidence& ev : link.evidence) {
    docs.insert(ev.document);
    sentences.push_back(ev.text);
    lines.push_back(EvidenceLine(ev));
  }
  *out += "MATCH (a:Entity {id: " + CypherString(link.source) + "}) MATCH (b:Entity {id: " +
          CypherString(link.target) + "}) MERGE (a)-[r:" +
          Identifier(RelationshipType(link.relation)) + "]->(b) SET r.relation = " +
          CypherString(link.relation) + ", r.kind = " + CypherString(link.kind) +
          ", r.weight = " + std::to_string(link.weight()) +
          ", r.hedged = " + (link.hedged() ? "true" : "false") +
          ", r.documents = " + CypherList({docs.begin(), docs.end()}) +
          ", r.sentences = " + CypherList(sentences) + ", r.evidence = " + CypherList(lines) +
          ";\n";
}

class CypherExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions&,
                 std::ostream& out) const override {
    std::string text =
        "// Nexus knowledge graph. Idempotent: nodes merged on id, relationships on\n"
        "// (start, type, end), properties set. Run: cypher-shell -f graph.cypher\n"
        "CREATE CONSTRAINT nexus_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS "
        "UNIQUE;\n";
    for (const Entity* e : graph.Entities()) {
      WriteNode(graph, *e, &text);
      WriteWhenLarge(&text, out);
    }
    for (const Link* link : graph.Links()) {
      WriteLink(*link, &text);
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeCypherExporter() { return std::make_unique<CypherExporter>(); }

}  // namespace nexus
