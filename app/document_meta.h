// --meta FILE.csv: what the user knows of some documents (their UN symbol,
// date and title), over what their text says. A CSV file (RFC 4180: commas,
// double quotes around a field that holds a comma, a quote or a line break,
// a quote doubled inside) whose header names "path" and any of "symbol",
// "date" (YYYY-MM-DD) and "title"; then a row per document, "path" as the
// document is named in the graph (the path as given on the command line, or
// below the folder given). An empty field leaves what the text says.
#ifndef NEXUS_APP_DOCUMENT_META_H_
#define NEXUS_APP_DOCUMENT_META_H_

#include <map>
#include <string>
#include <vector>

#include "graph/document.h"
#include "graph/status.h"

namespace nexus {

// Whether `d` is a calendar date written YYYY-MM-DD (month 01-12, day 01-31).
bool IsIsoDate(const std::string& d);

class DocumentMeta {
 public:
  // Reads `path`; an error names the file, line and column.
  Status Load(const std::string& path);
  // Parses CSV `text` read from `source` (for messages).
  Status Parse(const std::string& source, const std::string& text);
  // Sets the given fields of the document of that name, if the table has it.
  void Apply(Document* doc) const;
  // The paths of the table no document of `names` has (for a warning).
  std::vector<std::string> Unused(const std::vector<std::string>& names) const;
  bool empty() const { return rows_.empty(); }

 private:
  struct Row {
    std::string symbol, date, title;
  };
  std::map<std::string, Row> rows_;
};

}  // namespace nexus

#endif  // NEXUS_APP_DOCUMENT_META_H_
