// Kuzu (embedded property-graph database with Cypher): a folder of typed CSV
// tables and two scripts, loaded from inside the folder with
//   kuzu DB < schema.cypher && kuzu DB < load.cypher     (Kuzu's shell)
// or by running each line of both files through a connection (Node, Python).
//
//   schema.cypher   CREATE NODE TABLE / CREATE REL TABLE, typed columns
//   load.cypher     COPY <table> FROM '<file>.csv' (HEADER=true, ESCAPE='"',
//                   PARALLEL=false): quoted fields may hold newlines
//   group.csv, crime.csv, region.csv, un_entity.csv
//                   one node table per entity type (ArmedGroup, Crime,
//                   Region, UnEntity: "Group" is a word of Kuzu's Cypher):
//                   id, label, parent, discovered_by, degree
//   name.csv, names.csv
//                   Name nodes (every alias, once) and NAMES relationships
//                   from a name to each entity it names
//   document.csv    Document nodes: path, symbol, date, title
//   sentence.csv    Sentence nodes, each once: id (1, 2, ... in the graph's
//                   order), key (the same as the other formats' sentence ids:
//                   "<path>#<begin>-<end>"), paragraph, paragraph_index,
//                   sentence, begin_byte, end_byte ("end" is a word of
//                   Cypher), page, text
//   in_document.csv IN_DOCUMENT relationships, sentence -> document
//   <relation>.csv  one relationship table per relation (PROFITS_FROM from
//                   ArmedGroup to Crime, ...): kind, weight, hedged, and the
//                   evidence as parallel lists: sentences (Sentence ids),
//                   hedged_each, rules
//
//   activity.csv, activity_of.*.csv, activity_crime.csv, activity_place.csv
//                   Activity nodes (who profits from / counters what, where:
//                   relation, weight, hedged, sentences) -[:ACTIVITY_OF]->
//                   their actor, -[:ACTIVITY_CRIME]-> their crime and
//                   -[:ACTIVITY_PLACE {weight, sentences}]-> each place
//
// Text is written as it is (valid UTF-8, NUL removed), quoted, a quote
// doubled (ESCAPE='"': a backslash is a backslash). Absent values are empty
// unquoted fields, which Kuzu reads as NULL. No list holds text: lists of
// strings cannot be quoted in Kuzu's CSV, hence the Name nodes; rule names
// are identifiers.
#include <algorithm>
#include <map>
#include <stdexcept>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "exporters/vocabulary.h"
#include "graph/entity.h"
#include "graph/relation.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

// Text as it is: a database loader, not a spreadsheet, reads these files.
std::string Quoted(std::string_view text) { return CsvQuote(text, false); }

// An absent value: an empty field, NULL in Kuzu.
std::string QuotedOrNull(std::string_view text) { return text.empty() ? "" : Quoted(text); }

// A rule name as a list element: only identifier characters survive.
std::string RuleName(std::string_view rule) {
  std::string out;
  for (char c : rule)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
  return out.empty() ? "_" : out;
}

// The node table of an entity type: its class name ("Crime"), but "Group",
// a word of Kuzu's Cypher, is "ArmedGroup".
const char* TableOf(EntityType type) {
  return type == EntityType::kGroup ? "ArmedGroup" : LookOf(type).class_name;
}

// "profits_from" -> "profits_from.csv", table PROFITS_FROM.
std::string FileOf(std::string_view relation) {
  std::string out;
  for (char c : relation) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out + ".csv";
}

void Put(std::ostream& out, std::string* text) {
  out.write(text->data(), static_cast<std::streamsize>(text->size()));
  text->clear();
}

class KuzuExporter : public FolderExporter {
 public:
  Status DoWriteFiles(const KnowledgeGraph& graph, const ExportOptions& options,
                      FileSink& sink) const override {
    constexpr const char* kCopy = " (HEADER=true, ESCAPE='\"', PARALLEL=false);\n";
    std::string schema, load, text;
    const std::string entity_columns =
        std::string("(id STRING, label STRING, parent STRING, discovered_by STRING, degree INT64") +
        (options.metrics ? ", betweenness DOUBLE, pagerank DOUBLE, core INT64, cluster INT64" : "") +
        ", PRIMARY KEY (id));\n";
    // Node tables: the entity types, names, documents, sentences.
    for (const TypeLook& look : TypeLooks()) {
      schema += std::string("CREATE NODE TABLE ") + TableOf(look.type) + entity_columns;
      const std::string file = std::string(TypeName(look.type)) + ".csv";
      load += std::string("COPY ") + TableOf(look.type) + " FROM '" + file + "'" + kCopy;
      std::ostream& out = sink.Open(file);
      text = options.metrics ? "id,label,parent,discovered_by,degree,betweenness,pagerank,core,cluster\n"
                             : "id,label,parent,discovered_by,degree\n";
      for (const Entity* e : graph.Entities()) {
        if (e->type != look.type) continue;
        const bool parent = !e->parent.empty() && graph.FindEntity(e->parent);
        text += Quoted(e->id) + "," + Quoted(e->label) + "," + (parent ? Quoted(e->parent) : "") + "," +
                QuotedOrNull(e->discovered_by) + "," + std::to_string(graph.Degree(e->id));
        if (options.metrics) {
          for (const auto& [name, value] : MetricTexts(options.metrics->Of(e->id))) text += "," + value;
        }
        text += "\n";
        WriteWhenLarge(&text, out);
      }
      Put(out, &text);
    }
    std::map<std::string, std::vector<const Entity*>> names;  // alias -> entities
    for (const Entity* e : graph.Entities())
      for (const std::string& a : e->aliases) {
        std::vector<const Entity*>& of = names[ValidUtf8(a)];
        if (of.empty() || of.back() != e) of.push_back(e);
      }
    schema += "CREATE NODE TABLE Name(name STRING, PRIMARY KEY (name));\n";
    load += std::string("COPY Name FROM 'name.csv'") + kCopy;
    {
      std::ostream& out = sink.Open("name.csv");
      text = "name\n";
      for (const auto& [name, entities] : names) {
        text += Quoted(name) + "\n";
        WriteWhenLarge(&text, out);
      }
      Put(out, &text);
    }
    schema += "CREATE NODE TABLE Document(path STRING, symbol STRING, date STRING, title STRING, "
              "PRIMARY KEY (path));\n";
    load += std::string("COPY Document FROM 'document.csv'") + kCopy;
    {
      std::ostream& out = sink.Open("document.csv");
      text = "path,symbol,date,title\n";
      for (const DocumentInfo& d : graph.document_infos())
        text += Quoted(d.name) + "," + QuotedOrNull(d.symbol) + "," + QuotedOrNull(d.date) + "," +
                QuotedOrNull(d.title) + "\n";
      Put(out, &text);
    }
    schema += "CREATE NODE TABLE Sentence(id INT64, key STRING, paragraph STRING, paragraph_index INT64, "
              "sentence INT64, begin_byte INT64, end_byte INT64, page INT64, text STRING, PRIMARY KEY (id));\n";
    load += std::string("COPY Sentence FROM 'sentence.csv'") + kCopy;
    const SentenceTable sentences = graph.Sentences();
    {
      std::ostream& out = sink.Open("sentence.csv");
      text = "id,key,paragraph,paragraph_index,sentence,begin_byte,end_byte,page,text\n";
      for (std::size_t i = 0; i < sentences.size(); ++i) {
        const SentenceRef s = sentences.At(i);
        text += std::to_string(i + 1) + "," + Quoted(SentenceId(s.document, s.span)) + "," +
                QuotedOrNull(s.paragraph) + "," + std::to_string(s.paragraph_index) + "," +
                std::to_string(s.sentence) + "," + std::to_string(s.span.begin) + "," +
                std::to_string(s.span.end) + "," + (s.page ? std::to_string(s.page) : "") + "," +
                Quoted(s.text) + "\n";
        WriteWhenLarge(&text, out);
      }
      Put(out, &text);
    }
    // Relationship tables: names, sentences in documents, the relations.
    schema += "CREATE REL TABLE NAMES(";
    for (std::size_t t = 0; t < TypeLooks().size(); ++t)
      schema += std::string(t ? ", " : "") + "FROM Name TO " + TableOf(TypeLooks()[t].type);
    schema += ");\n";
    for (const TypeLook& look : TypeLooks()) {
      const std::string file = std::string("names.") + TypeName(look.type) + ".csv";
      load += std::string("COPY NAMES FROM '") + file + "' (from='Name', to='" + TableOf(look.type) +
              "', HEADER=true, ESCAPE='\"', PARALLEL=false);\n";
      std::ostream& out = sink.Open(file);
      text = "from,to\n";
      for (const auto& [name, entities] : names)
        for (const Entity* e : entities)
          if (e->type == look.type) {
            text += Quoted(name) + "," + Quoted(e->id) + "\n";
            WriteWhenLarge(&text, out);
          }
      Put(out, &text);
    }
    schema += "CREATE REL TABLE IN_DOCUMENT(FROM Sentence TO Document);\n";
    load += std::string("COPY IN_DOCUMENT FROM 'in_document.csv'") + kCopy;
    {
      std::ostream& out = sink.Open("in_document.csv");
      text = "from,to\n";
      for (std::size_t i = 0; i < sentences.size(); ++i) {
        text += std::to_string(i + 1) + "," + Quoted(sentences.At(i).document) + "\n";
        WriteWhenLarge(&text, out);
      }
      Put(out, &text);
    }
    const std::vector<const Link*> links = graph.Links();
    for (const Relation& r : Relations()) {
      const std::string table = RelationshipType(r.name), file = FileOf(r.name);
      schema += "CREATE REL TABLE " + table + "(FROM " + TableOf(r.from) + " TO " + TableOf(r.to) +
                ", kind STRING, weight INT64, hedged BOOLEAN, sentences INT64[], hedged_each BOOLEAN[], "
                "rules STRING[]);\n";
      load += "COPY " + table + " FROM '" + file + "'" + kCopy;
      std::ostream& out = sink.Open(file);
      text = "from,to,kind,weight,hedged,sentences,hedged_each,rules\n";
      for (const Link* l : links) {
        if (l->relation != r.name) continue;
        std::string ids, hedged, rules;
        for (std::size_t i = 0; i < l->evidence.size(); ++i) {
          const EvidenceRef ev = l->evidence.Ref(i);
          const char* sep = i ? "," : "";
          ids += sep + std::to_string(sentences.Position(ev) + 1);
          hedged += sep + std::string(ev.hedged ? "true" : "false");
          rules += sep + RuleName(ev.rule);
        }
        text += Quoted(l->source) + "," + Quoted(l->target) + "," + Quoted(l->kind) + "," +
                std::to_string(l->weight()) + "," + (l->hedged() ? "true" : "false") + ",\"[" + ids +
                "]\",\"[" + hedged + "]\",\"[" + rules + "]\"\n";
        WriteWhenLarge(&text, out);
      }
      Put(out, &text);
    }
    // Activities: a node each, tied to its actor, its crime and its places
    // (each place with the sentences that give it).
    schema += "CREATE NODE TABLE Activity(id INT64, relation STRING, weight INT64, hedged BOOLEAN, "
              "sentences INT64[], PRIMARY KEY (id));\n"
              "CREATE REL TABLE ACTIVITY_OF(FROM Activity TO ArmedGroup, FROM Activity TO UnEntity);\n"
              "CREATE REL TABLE ACTIVITY_CRIME(FROM Activity TO Crime);\n"
              "CREATE REL TABLE ACTIVITY_PLACE(FROM Activity TO Region, weight INT64, sentences INT64[]);\n";
    load += std::string("COPY Activity FROM 'activity.csv'") + kCopy;
    for (const char* table : {"ArmedGroup", "UnEntity"})
      load += std::string("COPY ACTIVITY_OF FROM 'activity_of.") + table + ".csv' (from='Activity', to='" + table +
              "', HEADER=true, ESCAPE='\"', PARALLEL=false);\n";
    load += std::string("COPY ACTIVITY_CRIME FROM 'activity_crime.csv'") + kCopy;
    load += std::string("COPY ACTIVITY_PLACE FROM 'activity_place.csv'") + kCopy;
    {
      const std::vector<const Activity*> activities = graph.Activities();
      auto ids_of = [&](const Activity& a, const std::string* region) {
        std::string ids;
        for (const ActivityEvidence& ev : a.evidence) {
          if (region && std::none_of(ev.places.begin(), ev.places.end(),
                                     [&](const ActivityPlace& p) { return p.region == *region; }))
            continue;
          const long long at = sentences.Find(ev.document, ev.span);
          if (at < 0) throw std::runtime_error("activity " + a.actor + " " + a.crime + ": a sentence the graph does not hold");
          ids += (ids.empty() ? "" : ",") + std::to_string(at + 1);
        }
        return "\"[" + ids + "]\"";
      };
      std::ostream& nodes = sink.Open("activity.csv");
      text = "id,relation,weight,hedged,sentences\n";
      for (std::size_t k = 0; k < activities.size(); ++k)
        text += std::to_string(k + 1) + "," + Quoted(activities[k]->relation) + "," +
                std::to_string(activities[k]->weight()) + "," + (activities[k]->hedged() ? "true" : "false") + "," +
                ids_of(*activities[k], nullptr) + "\n";
      Put(nodes, &text);
      for (EntityType type : {EntityType::kGroup, EntityType::kUnEntity}) {
        std::ostream& of = sink.Open(std::string("activity_of.") + TableOf(type) + ".csv");
        text = "from,to\n";
        for (std::size_t k = 0; k < activities.size(); ++k) {
          const Entity* actor = graph.FindEntity(activities[k]->actor);
          if (actor && actor->type == type) text += std::to_string(k + 1) + "," + Quoted(actor->id) + "\n";
        }
        Put(of, &text);
      }
      std::ostream& crimes = sink.Open("activity_crime.csv");
      text = "from,to\n";
      for (std::size_t k = 0; k < activities.size(); ++k)
        text += std::to_string(k + 1) + "," + Quoted(activities[k]->crime) + "\n";
      Put(crimes, &text);
      std::ostream& places = sink.Open("activity_place.csv");
      text = "from,to,weight,sentences\n";
      for (std::size_t k = 0; k < activities.size(); ++k)
        for (const auto& [region, weight] : activities[k]->PlaceWeights())
          text += std::to_string(k + 1) + "," + Quoted(region) + "," + std::to_string(weight) + "," +
                  ids_of(*activities[k], &region) + "\n";
      Put(places, &text);
    }
    sink.Open("schema.cypher") << schema;
    sink.Open("load.cypher") << load;
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeKuzuExporter() { return std::make_unique<KuzuExporter>(); }

}  // namespace nexus
