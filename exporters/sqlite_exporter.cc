// SQLite database (one file, `sqlite3 graph.sqlite`), written through
// SQLite's C API into memory and serialized (sqlite3_serialize), so that the
// bytes go through the same temporary-then-rename path as every format and
// the same graph always gives the same file. Tables (format_version 1):
//
//   meta(key PRIMARY KEY, value)                    format_version, generator
//   documents(id INTEGER PRIMARY KEY, path UNIQUE, symbol, date, title)
//   sentences(id INTEGER PRIMARY KEY, document_id -> documents, paragraph,
//             paragraph_index, sentence, begin, end, page, text)
//   entities(id TEXT PRIMARY KEY, type, label, parent -> entities,
//            discovered_by, degree, betweenness, pagerank, core, cluster:
//            the last four NULL unless --metrics)
//   aliases(entity_id -> entities, alias, PRIMARY KEY (entity_id, alias))
//   links(id INTEGER PRIMARY KEY, source -> entities, target -> entities,
//         relation, kind, weight, hedged, UNIQUE (source, target, relation))
//   evidence(link_id -> links, sentence_id -> sentences, hedged, rule, marks,
//            PRIMARY KEY (link_id, sentence_id))
//   activities(id INTEGER PRIMARY KEY, actor -> entities, relation, crime ->
//              entities, weight, hedged)      who profits from / counters what
//   activity_places(activity_id -> activities, region -> entities, weight)
//   activity_evidence(activity_id, sentence_id -> sentences, region -> entities,
//                     rule, hedged)           each sentence's places
//   sentence_search                               FTS5 over sentences.text
//
// Absent values (no symbol, no parent, no page) are NULL, never ''. `marks`
// is the JSON array of the two mentions' byte ranges in the sentence's text
// ([[b,e],[b,e]], the JSON graph's marks). Each sentence is stored once;
// documents and sentences are numbered in the graph's order (by document
// path, then span). Foreign keys are declared (PRAGMA foreign_keys=ON checks
// them), and the columns people join on are indexed.
#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "exporters/exporter.h"
#include "exporters/text_util.h"
#include "graph/entity.h"
#include "graph/metrics.h"

namespace nexus {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  symbol TEXT,
  date TEXT,
  title TEXT);
CREATE TABLE sentences(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  paragraph TEXT,
  paragraph_index INTEGER NOT NULL,
  sentence INTEGER NOT NULL,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  page INTEGER,
  text TEXT NOT NULL);
CREATE TABLE entities(
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('group', 'crime', 'region', 'un_entity')),
  label TEXT NOT NULL,
  parent TEXT REFERENCES entities(id),
  discovered_by TEXT,
  degree INTEGER NOT NULL,
  betweenness REAL,
  pagerank REAL,
  core INTEGER,
  cluster INTEGER);
CREATE TABLE aliases(
  entity_id TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  PRIMARY KEY (entity_id, alias));
CREATE TABLE links(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL REFERENCES entities(id),
  target TEXT NOT NULL REFERENCES entities(id),
  relation TEXT NOT NULL,
  kind TEXT NOT NULL,
  weight INTEGER NOT NULL,
  hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  UNIQUE (source, target, relation));
CREATE TABLE evidence(
  link_id INTEGER NOT NULL REFERENCES links(id),
  sentence_id INTEGER NOT NULL REFERENCES sentences(id),
  hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  rule TEXT NOT NULL,
  marks TEXT NOT NULL,
  PRIMARY KEY (link_id, sentence_id));
CREATE TABLE activities(
  id INTEGER PRIMARY KEY,
  actor TEXT NOT NULL REFERENCES entities(id),
  relation TEXT NOT NULL CHECK (relation IN ('profits_from', 'counters')),
  crime TEXT NOT NULL REFERENCES entities(id),
  weight INTEGER NOT NULL,
  hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  UNIQUE (actor, relation, crime));
CREATE TABLE activity_places(
  activity_id INTEGER NOT NULL REFERENCES activities(id),
  region TEXT NOT NULL REFERENCES entities(id),
  weight INTEGER NOT NULL,
  PRIMARY KEY (activity_id, region));
CREATE TABLE activity_evidence(
  activity_id INTEGER NOT NULL REFERENCES activities(id),
  sentence_id INTEGER NOT NULL REFERENCES sentences(id),
  region TEXT NOT NULL REFERENCES entities(id),
  rule TEXT NOT NULL,
  hedged INTEGER NOT NULL CHECK (hedged IN (0, 1)),
  PRIMARY KEY (activity_id, sentence_id, region));
)sql";

constexpr const char* kIndexes = R"sql(
CREATE INDEX sentences_document ON sentences(document_id);
CREATE INDEX entities_type ON entities(type);
CREATE INDEX entities_parent ON entities(parent);
CREATE INDEX aliases_alias ON aliases(alias);
CREATE INDEX links_target ON links(target, relation);
CREATE INDEX links_relation ON links(relation);
CREATE INDEX evidence_sentence ON evidence(sentence_id);
CREATE INDEX activities_crime ON activities(crime);
CREATE INDEX activity_places_region ON activity_places(region);
CREATE VIRTUAL TABLE sentence_search USING fts5(text, content='sentences', content_rowid='id');
INSERT INTO sentence_search(sentence_search) VALUES ('rebuild');
)sql";

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using Db = std::unique_ptr<sqlite3, DbCloser>;
using Stmt = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

// Thrown on any SQLite error; Exporter::Write turns it into "sqlite: ...".
struct SqlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Check(sqlite3* db, int rc, std::string_view what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    throw SqlError(std::string(what) + ": " + sqlite3_errmsg(db));
}

void Exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
  if (rc != SQLITE_OK) {
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw SqlError(text);
  }
}

// A prepared INSERT whose parameters are bound in order: Text, Int, Null;
// Run() steps and resets it.
class Insert {
 public:
  Insert(sqlite3* db, const char* sql) : db_(db) {
    sqlite3_stmt* s = nullptr;
    Check(db, sqlite3_prepare_v2(db, sql, -1, &s, nullptr), sql);
    stmt_.reset(s);
  }
  Insert& Text(std::string_view text) {
    clean_ = ValidUtf8(text);
    Check(db_, sqlite3_bind_text(stmt_.get(), ++at_, clean_.data(), static_cast<int>(clean_.size()),
                                 SQLITE_TRANSIENT),
          "bind");
    return *this;
  }
  // NULL for an empty text: an absent value is absent.
  Insert& TextOrNull(std::string_view text) { return text.empty() ? Null() : Text(text); }
  Insert& Int(long long value) {
    Check(db_, sqlite3_bind_int64(stmt_.get(), ++at_, value), "bind");
    return *this;
  }
  Insert& Real(double value) {
    Check(db_, sqlite3_bind_double(stmt_.get(), ++at_, value), "bind");
    return *this;
  }
  Insert& Null() {
    Check(db_, sqlite3_bind_null(stmt_.get(), ++at_), "bind");
    return *this;
  }
  void Run() {
    Check(db_, sqlite3_step(stmt_.get()), sqlite3_sql(stmt_.get()));
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
    at_ = 0;
  }

 private:
  sqlite3* db_;
  Stmt stmt_;
  int at_ = 0;
  std::string clean_;
};

std::string MarksJson(const std::vector<std::pair<std::size_t, std::size_t>>& marks) {
  std::string out = "[";
  for (std::size_t i = 0; i < marks.size(); ++i)
    out += (i ? ",[" : "[") + std::to_string(marks[i].first) + "," + std::to_string(marks[i].second) + "]";
  return out + "]";
}

void Fill(sqlite3* db, const KnowledgeGraph& graph, const GraphMetrics* metrics) {
  Exec(db, "BEGIN");
  Exec(db, "PRAGMA defer_foreign_keys = ON");  // a parent may come after its child
  Insert meta(db, "INSERT INTO meta VALUES (?, ?)");
  meta.Text("format_version").Text("1").Run();
  meta.Text("generator").Text("nexus").Run();

  const std::vector<DocumentInfo>& documents = graph.document_infos();
  Insert doc(db, "INSERT INTO documents VALUES (?, ?, ?, ?, ?)");
  for (std::size_t d = 0; d < documents.size(); ++d)
    doc.Int(static_cast<long long>(d + 1))
        .Text(documents[d].name)
        .TextOrNull(documents[d].symbol)
        .TextOrNull(documents[d].date)
        .TextOrNull(documents[d].title)
        .Run();

  const SentenceTable sentences = graph.Sentences();
  Insert sent(db, "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const SentenceRef s = sentences.At(i);
    sent.Int(static_cast<long long>(i + 1))
        .Int(s.document_index + 1LL)
        .TextOrNull(s.paragraph)
        .Int(static_cast<long long>(s.paragraph_index))
        .Int(static_cast<long long>(s.sentence))
        .Int(static_cast<long long>(s.span.begin))
        .Int(static_cast<long long>(s.span.end));
    if (s.page) sent.Int(static_cast<long long>(s.page));
    else sent.Null();
    sent.Text(s.text).Run();
  }

  Insert entity(db, "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  Insert alias(db, "INSERT OR IGNORE INTO aliases VALUES (?, ?)");
  for (const Entity* e : graph.Entities()) {
    // A parent the graph does not hold stays a name, not a dangling key.
    const bool parent = !e->parent.empty() && graph.FindEntity(e->parent);
    entity.Text(e->id).Text(TypeName(e->type)).Text(e->label);
    if (parent) entity.Text(e->parent);
    else entity.Null();
    entity.TextOrNull(e->discovered_by).Int(static_cast<long long>(graph.Degree(e->id)));
    if (metrics) {
      const EntityMetrics& m = metrics->Of(e->id);
      entity.Real(m.betweenness).Real(m.pagerank).Int(m.core).Int(m.cluster);
    } else {
      entity.Null().Null().Null().Null();
    }
    entity.Run();
    for (const std::string& a : e->aliases) alias.Text(e->id).Text(a).Run();
  }

  Insert link(db, "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)");
  Insert ev(db, "INSERT INTO evidence VALUES (?, ?, ?, ?, ?)");
  std::vector<std::pair<std::size_t, std::size_t>> marks;
  long long id = 0;
  for (const Link* l : graph.Links()) {
    link.Int(++id)
        .Text(l->source)
        .Text(l->target)
        .Text(l->relation)
        .Text(l->kind)
        .Int(l->weight())
        .Int(l->hedged() ? 1 : 0)
        .Run();
    for (std::size_t i = 0; i < l->evidence.size(); ++i) {
      const EvidenceRef r = l->evidence.Ref(i);
      l->evidence.Marks(i, &marks);
      ev.Int(id)
          .Int(sentences.Position(r) + 1LL)
          .Int(r.hedged ? 1 : 0)
          .Text(r.rule)
          .Text(MarksJson(marks))
          .Run();
    }
  }
  Insert activity(db, "INSERT INTO activities VALUES (?, ?, ?, ?, ?, ?)");
  Insert place(db, "INSERT INTO activity_places VALUES (?, ?, ?)");
  Insert act_ev(db, "INSERT INTO activity_evidence VALUES (?, ?, ?, ?, ?)");
  id = 0;
  for (const Activity* a : graph.Activities()) {
    activity.Int(++id).Text(a->actor).Text(a->relation).Text(a->crime).Int(a->weight()).Int(a->hedged() ? 1 : 0).Run();
    for (const auto& [region, weight] : a->PlaceWeights()) place.Int(id).Text(region).Int(weight).Run();
    for (const ActivityEvidence& ev : a->evidence) {
      const long long at = sentences.Find(ev.document, ev.span);
      if (at < 0) throw SqlError("activity " + a->actor + " " + a->crime + ": a sentence the graph does not hold");
      for (const ActivityPlace& p : ev.places)
        act_ev.Int(id).Int(at + 1).Text(p.region).Text(p.rule).Int(ev.hedged ? 1 : 0).Run();
    }
  }
  Exec(db, kIndexes);
  Exec(db, "COMMIT");
}

class SqliteExporter : public Exporter {
 public:
  Status DoWrite(const KnowledgeGraph& graph, const ExportOptions& options,
                 std::ostream& out) const override {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Db db(raw);
    if (rc != SQLITE_OK) return Status::Error(raw ? sqlite3_errmsg(raw) : "cannot open a database");
    // The file's header holds no time or random value; these make its
    // pages the same whatever machine writes it.
    Exec(db.get(), "PRAGMA page_size = 4096; PRAGMA encoding = 'UTF-8'; PRAGMA foreign_keys = ON;");
    Exec(db.get(), kSchema);
    Fill(db.get(), graph, options.metrics);
    // Every key refers to a row: a broken graph is refused, not written.
    int broken = 0;
    Check(db.get(),
          sqlite3_exec(
              db.get(), "PRAGMA foreign_key_check",
              [](void* n, int, char**, char**) {
                ++*static_cast<int*>(n);
                return 0;
              },
              &broken, nullptr),
          "foreign_key_check");
    if (broken) return Status::Error(std::to_string(broken) + " rows refer to rows that do not exist");
    sqlite3_int64 size = 0;
    // Freed however the write ends (a stream may throw).
    std::unique_ptr<unsigned char, decltype(&sqlite3_free)> bytes(sqlite3_serialize(db.get(), "main", &size, 0),
                                                                 &sqlite3_free);
    if (!bytes) return Status::Error("cannot serialize the database");
    out.write(reinterpret_cast<const char*>(bytes.get()), static_cast<std::streamsize>(size));
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Exporter> MakeSqliteExporter() { return std::make_unique<SqliteExporter>(); }

}  // namespace nexus
