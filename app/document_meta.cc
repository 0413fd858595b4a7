#include "app/document_meta.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace nexus {
bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (std::size_t i = 0; i < d.size(); ++i)
    if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9')) return false;
  const int month = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

namespace {

// One field of a record: its text and where it starts (1-based line, column).
struct Field {
  std::string text;
  std::size_t line = 1, column = 1;
};

}  // namespace

Status DocumentMeta::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot be read");
  std::stringstream text;
  text << in.rdbuf();
  return Parse(path, text.str());
}

Status DocumentMeta::Parse(const std::string& source, const std::string& text) {
  // Records of fields, by RFC 4180 (a CR before LF is dropped; a UTF-8 BOM too).
  std::vector<std::vector<Field>> records;
  std::size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  std::size_t line = 1, line_start = i;
  std::vector<Field> record;
  auto where = [&](std::size_t l, std::size_t c) {
    return source + ":" + std::to_string(l) + ":" + std::to_string(c) + ": ";
  };
  while (i < text.size()) {
    Field f;
    f.line = line;
    f.column = i - line_start + 1;
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) return Status::Error(where(f.line, f.column) + "a quoted field is not closed");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            f.text += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\n') {
          ++line;
          line_start = i + 1;
        }
        f.text += text[i++];
      }
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
        return Status::Error(where(line, i - line_start + 1) + "a closing quote must end its field");
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"') return Status::Error(where(line, i - line_start + 1) + "a quote inside an unquoted field");
        f.text += text[i++];
      }
    }
    record.push_back(std::move(f));
    if (i < text.size() && text[i] == ',') {
      ++i;
      if (i == text.size()) record.push_back(Field{"", line, i - line_start + 1});
      continue;
    }
    if (i < text.size() && text[i] == '\r') ++i;
    if (i < text.size() && text[i] == '\n') {
      ++i;
      ++line;
      line_start = i;
    }
    records.push_back(std::move(record));
    record.clear();
  }
  if (!record.empty()) records.push_back(std::move(record));
  std::erase_if(records, [](const std::vector<Field>& r) { return r.size() == 1 && r[0].text.empty(); });
  if (records.empty()) return Status::Error(source + ": empty: a header naming path, symbol, date, title is needed");
  // The header.
  int path_at = -1, symbol_at = -1, date_at = -1, title_at = -1;
  const std::vector<Field>& header = records[0];
  for (std::size_t c = 0; c < header.size(); ++c) {
    int* at = header[c].text == "path" ? &path_at : header[c].text == "symbol" ? &symbol_at
            : header[c].text == "date" ? &date_at : header[c].text == "title" ? &title_at : nullptr;
    if (!at) return Status::Error(where(header[c].line, header[c].column) + "unknown column '" + header[c].text +
                                  "' (path, symbol, date, title)");
    if (*at >= 0) return Status::Error(where(header[c].line, header[c].column) + "column '" + header[c].text +
                                       "' given twice");
    *at = static_cast<int>(c);
  }
  if (path_at < 0) return Status::Error(where(1, 1) + "the header names no 'path' column");
  for (std::size_t r = 1; r < records.size(); ++r) {
    const std::vector<Field>& rec = records[r];
    if (rec.size() != header.size())
      return Status::Error(where(rec[0].line, 1) + std::to_string(rec.size()) + " field(s) where the header has " +
                           std::to_string(header.size()));
    const Field& path = rec[static_cast<std::size_t>(path_at)];
    if (path.text.empty()) return Status::Error(where(path.line, path.column) + "no path");
    if (rows_.count(path.text))
      return Status::Error(where(path.line, path.column) + "'" + path.text + "' given twice");
    Row row;
    if (symbol_at >= 0) row.symbol = rec[static_cast<std::size_t>(symbol_at)].text;
    if (title_at >= 0) row.title = rec[static_cast<std::size_t>(title_at)].text;
    if (date_at >= 0) {
      const Field& date = rec[static_cast<std::size_t>(date_at)];
      if (!date.text.empty() && !IsIsoDate(date.text))
        return Status::Error(where(date.line, date.column) + "date '" + date.text + "' is not YYYY-MM-DD");
      row.date = date.text;
    }
    rows_.emplace(path.text, std::move(row));
  }
  return Status::Ok();
}

void DocumentMeta::Apply(Document* doc) const {
  auto it = rows_.find(doc->name);
  if (it == rows_.end()) return;
  if (!it->second.symbol.empty()) doc->symbol = it->second.symbol;
  if (!it->second.date.empty()) doc->date = it->second.date;
  if (!it->second.title.empty()) doc->title = it->second.title;
}

std::vector<std::string> DocumentMeta::Unused(const std::vector<std::string>& names) const {
  const std::set<std::string> have(names.begin(), names.end());
  std::vector<std::string> out;
  for (const auto& [path, row] : rows_)
    if (!have.count(path)) out.push_back(path);
  return out;
}

}  // namespace nexus
