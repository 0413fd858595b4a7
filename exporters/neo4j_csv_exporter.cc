// Neo4j bulk import CSV: three files for `neo4j-admin database import full
// --nodes=graph.nodes.csv --nodes=graph.sentences.csv
// --relationships=graph.relationships.csv --multiline-fields=true` (default
// delimiter ',', array delimiter ';', quote '"').
//   nodes.csv:          id:ID,:LABEL,label,type,aliases:string[],parent,discovered_by,degree:int
//                       (with --metrics also betweenness:double,pagerank:double,core:int,cluster:int)
//   sentences.csv:      id:ID,:LABEL,document,symbol,paragraph,paragraph_index:int,
//                       sentence:int,begin:int,end:int,page:int,text
//   relationships.csv:  :START_ID,:END_ID,:TYPE,relation,kind,weight:int,hedged:boolean,
//                       evidence_count:int,documents:string[],sentence_ids:string[],
//                       rules:string[],first_seen:date,last_seen:date
//   activities.csv:     id:ID,:LABEL,relation,weight:int,hedged:boolean,sentence_ids:string[]
//   activity_links.csv: :START_ID,:END_ID,:TYPE,weight:int,sentence_ids:string[]
//                       (ACTIVITY_OF the actor, ACTIVITY_CRIME, ACTIVITY_PLACE each place)
// Each sentence is a node, stored once (id: exporters/vocabulary.h,
// SentenceId); a relationship lists its sentences' ids.
// Every text field is quoted, a quote doubled; text is kept as it is, only
// made valid UTF-8 with NUL removed, except that a cell starting with '=',
// '+', '-', '@', a tab or a carriage return gets a "'" in front: the same
// file opened in a spreadsheet must not run it as a formula (OWASP, CSV
// injection). An absent value (no parent, no symbol, no page) is an empty
// unquoted field, which neo4j-admin leaves unset (null), not "". Newlines stay inside quoted fields, hence
// --multiline-fields=true. An array element cannot hold the array
// delimiter: a ';' inside an alias or document name is written as ','.
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

std::string Quoted(std::string_view text) { return CsvQuote(text, true); }

// An absent value: an empty unquoted field, which neo4j-admin leaves unset.
std::string QuotedOrNull(std::string_view text) { return text.empty() ? "" : Quoted(text); }

std::string Array(const std::vector<std::string>& items) {
  std::vector<std::string> cleaned;
  for (std::string item : items) {
    for (char& c : item)
      if (c == ';') c = ',';
    cleaned.push_back(std::move(item));
  }
  return Quoted(Join(cleaned, ";"));
}

std::string Row(const std::vector<std::string>& cells) { return Join(cells, ",") + "\n"; }

class Neo4jNodesExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    std::string text = "id:ID,:LABEL,label,type,aliases:string[],parent,discovered_by,degree:int";
    text += options.metrics ? ",betweenness:double,pagerank:double,core:int,cluster:int\n" : "\n";
    for (const Entity* e : graph.Entities()) {
      std::vector<std::string> cells = {Quoted(e->id), std::string("Entity;") + LookOf(e->type).class_name,
                                        Quoted(e->label), Quoted(TypeName(e->type)), Array(e->aliases),
                                        QuotedOrNull(e->parent), QuotedOrNull(e->discovered_by),
                                        std::to_string(graph.Degree(e->id))};
      if (options.metrics) {
        for (auto& [name, text] : MetricTexts(options.metrics->Of(e->id))) cells.push_back(std::move(text));
      }
      text += Row(cells);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

class Neo4jRelationshipsExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions&,
                 std::ostream& out) const override {
    std::string text =
        ":START_ID,:END_ID,:TYPE,relation,kind,weight:int,hedged:boolean,evidence_count:int,"
        "documents:string[],sentence_ids:string[],rules:string[],first_seen:date,last_seen:date\n";
    const LinkDates dates(graph);
    for (const Link* link : graph.Links()) {
      const SeenDates seen = dates.Of(*link);
      std::set<std::string> docs;
      std::vector<std::string> ids, rules;
      for (std::size_t i = 0; i < link->evidence.size(); ++i) {
        const EvidenceRef ev = link->evidence.Ref(i);
        docs.insert(std::string(ev.document));
        ids.push_back(SentenceId(ev.document, ev.span));
        rules.emplace_back(ev.rule);
      }
      text += Row({Quoted(link->source), Quoted(link->target), RelationshipType(link->relation),
                   Quoted(link->relation), Quoted(link->kind), std::to_string(link->weight()),
                   link->hedged() ? "true" : "false", std::to_string(link->evidence.size()),
                   Array({docs.begin(), docs.end()}), Array(ids), Array(rules), std::string(seen.first),
                   std::string(seen.last)});
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

class Neo4jSentencesExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions&,
                 std::ostream& out) const override {
    std::string text =
        "id:ID,:LABEL,document,symbol,paragraph,paragraph_index:int,sentence:int,begin:int,"
        "end:int,page:int,text\n";
    const std::vector<DocumentInfo>& documents = graph.document_infos();
    const SentenceTable sentences = graph.Sentences();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      const SentenceRef s = sentences.At(i);
      text += Row({Quoted(SentenceId(s.document, s.span)), "Sentence", Quoted(s.document),
                   QuotedOrNull(documents[s.document_index].symbol), QuotedOrNull(s.paragraph),
                   std::to_string(s.paragraph_index), std::to_string(s.sentence),
                   std::to_string(s.span.begin), std::to_string(s.span.end),
                   s.page ? std::to_string(s.page) : "", Quoted(s.text)});
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

// The activities: a node each (label Activity, id "<actor> <relation>
// <crime>", its sentences), and relationships to its actor (ACTIVITY_OF),
// its crime (ACTIVITY_CRIME) and each place (ACTIVITY_PLACE, with that
// place's sentences).
std::string ActivityId(const Activity& a) { return a.actor + " " + a.relation + " " + a.crime; }

class Neo4jActivitiesExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions&,
                 std::ostream& out) const override {
    std::string text = "id:ID,:LABEL,relation,weight:int,hedged:boolean,sentence_ids:string[]\n";
    for (const Activity* a : graph.Activities()) {
      std::vector<std::string> ids;
      for (const ActivityEvidence& ev : a->evidence) ids.push_back(SentenceId(ev.document, ev.span));
      text += Row({Quoted(ActivityId(*a)), "Activity", Quoted(a->relation), std::to_string(a->weight()),
                   a->hedged() ? "true" : "false", Array(ids)});
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

class Neo4jActivityLinksExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions&,
                 std::ostream& out) const override {
    std::string text = ":START_ID,:END_ID,:TYPE,weight:int,sentence_ids:string[]\n";
    for (const Activity* a : graph.Activities()) {
      const std::string id = Quoted(ActivityId(*a));
      const std::string all = std::to_string(a->weight());
      text += Row({id, Quoted(a->actor), "ACTIVITY_OF", all, ""});
      text += Row({id, Quoted(a->crime), "ACTIVITY_CRIME", all, ""});
      for (const auto& [region, weight] : a->PlaceWeights()) {
        std::vector<std::string> ids;
        for (const ActivityEvidence& ev : a->evidence)
          for (const ActivityPlace& p : ev.places)
            if (p.region == region) ids.push_back(SentenceId(ev.document, ev.span));
        text += Row({id, Quoted(region), "ACTIVITY_PLACE", std::to_string(weight), Array(ids)});
      }
      WriteWhenLarge(&text, out);
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeNeo4jActivitiesExporter() { return std::make_unique<Neo4jActivitiesExporter>(); }
std::unique_ptr<Exporter> MakeNeo4jActivityLinksExporter() {
  return std::make_unique<Neo4jActivityLinksExporter>();
}

std::unique_ptr<Exporter> MakeNeo4jSentencesExporter() {
  return std::make_unique<Neo4jSentencesExporter>();
}
std::unique_ptr<Exporter> MakeNeo4jNodesExporter() {
  return std::make_unique<Neo4jNodesExporter>();
}
std::unique_ptr<Exporter> MakeNeo4jRelationshipsExporter() {
  return std::make_unique<Neo4jRelationshipsExporter>();
}

}  // namespace nexus
