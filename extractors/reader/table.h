// Table rows read into kTableRow paragraphs.
// Part of the reader (extractors/reader/), shared between its files and its
// tests. Not a public API: use extractors/reader/reader.h.
#ifndef NEXUS_EXTRACTORS_READER_TABLE_H_
#define NEXUS_EXTRACTORS_READER_TABLE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "extractors/reader/lines.h"
#include "graph/document.h"

namespace nexus::reader_internal {

// Turns table lines into kTableRow paragraphs: remembers the header, skips
// its repetitions after page breaks and appends continuation rows (leading
// cells empty) to the row they continue.
class TableReader {
 public:
  void AddRow(const Line& line, int section, bool in_annex, Document* doc);
  // A block other than a table row came between: the next row may start
  // a new table.
  void Interrupt() { active_ = false; }

 private:
  bool IsHeaderRepeat(const std::vector<MappedText>& cells) const;
  void Continue(const std::vector<MappedText>& cells, std::size_t line_end, Document* doc);

  std::vector<std::string> header_;
  std::vector<RawRange> ranges_;    // the current row's cells, raw
  std::vector<MappedText> cells_;   // and cleaned
  bool active_ = false;
  int last_row_ = -1;
};

// True for columns whose text is not prose (numbers, status).
bool IsSkippedColumn(const std::string& column, std::size_t index);

}  // namespace nexus::reader_internal

#endif  // NEXUS_EXTRACTORS_READER_TABLE_H_
