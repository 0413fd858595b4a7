#include "extractors/table_extractor.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "extractors/reader/tokenizer.h"

namespace nexus {
namespace {

// Folded column headers: the rows of a table repeat theirs, so each is
// folded once per document.
class Headers {
 public:
  const std::string& Folded(const std::string& column) {
    auto [it, added] = folded_.try_emplace(column);
    if (added) it->second = NormalizeName(column);
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, std::string> folded_;  // views of the document's cells
};

// Index of the first column whose header contains one of `words`, or -1.
int Column(const Paragraph& row, Headers& headers, std::initializer_list<const char*> words) {
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const std::string& header = headers.Folded(row.cells[i].column);
    for (const char* w : words)
      if (header.find(w) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

void TableExtractor::Extract(const Document& doc, Findings* findings) const {
  // The mentions of table rows (most documents have none), by row, each
  // row's in the order of the findings.
  std::vector<const Mention*> in_rows;
  for (const Mention& m : findings->mentions)
    if (doc.paragraphs[m.paragraph].kind == BlockKind::kTableRow) in_rows.push_back(&m);
  if (in_rows.empty()) return;
  auto before = [](const Mention* a, const Mention* b) { return a->paragraph < b->paragraph; };
  if (!std::is_sorted(in_rows.begin(), in_rows.end(), before))
    std::stable_sort(in_rows.begin(), in_rows.end(), before);
  std::vector<Claim> claims;
  std::vector<const Mention*> mentions;
  Headers headers;
  for (std::size_t run = 0, end = 0; run < in_rows.size(); run = end) {
    const std::size_t p = in_rows[run]->paragraph;
    for (end = run + 1; end < in_rows.size() && in_rows[end]->paragraph == p; ++end) {
    }
    mentions.assign(in_rows.begin() + run, in_rows.begin() + end);
    const Paragraph& row = doc.paragraphs[p];
    int entity_col = Column(row, headers, {"entity", "organization", "agency"});
    int scope_col = Column(row, headers, {"scope", "region", "location", "country"});
    if (entity_col < 0) continue;
    // "UNAMA: support to the work of the 1988 Committee": the entities of a
    // row stand before the colon; what follows names the project.
    std::size_t colon = std::string::npos;
    for (const Sentence& s : row.sentences)
      if (s.cell == entity_col) {
        colon = s.text.find(": ");
        break;
      }
    std::vector<const Mention*> units, crimes, places;
    for (const Mention* m : mentions) {
      int cell = row.sentences[m->sentence].cell;
      if (m->type == EntityType::kUnEntity && cell == entity_col && m->begin < colon)
        units.push_back(m);
      if (m->type == EntityType::kCrime && cell != scope_col) crimes.push_back(m);
      if (m->type == EntityType::kRegion && cell == scope_col && scope_col >= 0) places.push_back(m);
    }
    auto add = [&](const Mention* u, const Mention* x) {
      Claim c;
      c.relation = x->type == EntityType::kCrime ? "counters" : "active_in";
      c.subject = u->entity;
      c.object = x->entity;
      c.paragraph = p;
      c.sentence = x->sentence;
      c.rule = "table-row";
      if (u->sentence == x->sentence) {
        c.subject_begin = u->begin;
        c.subject_end = u->end;
      }
      c.object_begin = x->begin;
      c.object_end = x->end;
      claims.push_back(c);
    };
    for (const Mention* u : units) {
      for (const Mention* c : crimes) add(u, c);
      for (const Mention* r : places) add(u, r);
    }
  }
  for (Claim& c : claims) findings->claims.push_back(std::move(c));
}

}  // namespace nexus
