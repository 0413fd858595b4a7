#include "extractors/rules/sanctions_import.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <vector>

#include "extractors/reader/acronym.h"
#include "extractors/reader/converter_text.h"
#include "extractors/reader/sanctions_list.h"
#include "extractors/reader/title_case.h"
#include "extractors/reader/tokenizer.h"

namespace nexus {
namespace {

bool HasLower(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::islower(c); });
}

std::string Slug(const std::string& name) {
  std::string out;
  for (char c : NormalizeName(name)) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.size() > 60) out.resize(60);
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A comment line: no "*/" or new line can end it early.
std::string Comment(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  return "    // " + s + "\n";
}

std::string Text(const xmlNode* n) {
  if (!n) return "";
  xmlChar* content = xmlNodeGetContent(n);
  std::string s = content ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return FoldWhiteSpace(s);
}

const xmlNode* Child(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(c->name), name) == 0) return c;
  return nullptr;
}

// One entry of the output: an entity with its names, and a comment.
struct Entry {
  std::string id, label, comment;
  std::vector<std::string> aliases;
  bool extends = false;  // a default entity, given aliases
};

// The names every entity of the defaults has, folded, to their entity's id.
std::map<std::string, std::string> DefaultNames(const Rules& defaults) {
  std::map<std::string, std::string> names;
  for (const auto& [id, e] : defaults.entities()) {
    names.emplace(NormalizeName(e.label), id);
    for (const std::string& a : e.aliases) names.emplace(NormalizeName(a), id);
  }
  return names;
}

// A single word shorter than six letters that is neither an acronym nor
// mixed case: too likely a common word to be matched alone.
bool TooShortAlone(const std::string& alias) {
  if (alias.find(' ') != std::string::npos) return false;
  if (alias.size() >= 6) return false;
  const bool acronym = std::none_of(alias.begin(), alias.end(), [](unsigned char c) { return std::islower(c); });
  bool mixed = false;
  for (std::size_t i = 1; i < alias.size(); ++i) mixed = mixed || std::isupper(static_cast<unsigned char>(alias[i]));
  return !(acronym && alias.size() >= 2) && !mixed;
}

// Writes the entries as a rules file, dropping aliases two entries share
// and those a default entity (other than the entry's own) has.
std::string Write(const std::string& header, std::vector<Entry> entries,
                  const std::map<std::string, std::string>& default_names, ImportReport* report) {
  std::map<std::string, std::set<std::string>> owners;  // folded alias -> entry ids
  for (const Entry& e : entries) {
    owners[NormalizeName(e.label)].insert(e.id);
    for (const std::string& a : e.aliases) owners[NormalizeName(a)].insert(e.id);
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
  std::string out = header + "{\n  \"entities\": [\n";
  bool first = true;
  for (Entry& e : entries) {
    std::vector<std::string> kept;
    std::set<std::string> seen{NormalizeName(e.label)};
    for (const std::string& a : e.aliases) {
      const std::string folded = NormalizeName(a);
      if (folded.empty() || !seen.insert(folded).second) continue;
      auto d = default_names.find(folded);
      const bool taken = (d != default_names.end() && d->second != e.id) || owners[folded].size() > 1;
      if (taken || TooShortAlone(a)) {
        ++report->aliases_dropped;
        continue;
      }
      kept.push_back(a);
    }
    if (e.extends && kept.empty()) continue;  // nothing to add to the default
    out += first ? "" : ",\n";
    first = false;
    out += Comment(e.comment);
    out += "    {\"id\": " + JsonString(e.id) + ", \"type\": " + JsonString(e.id.substr(0, e.id.find(':'))) +
           ", \"label\": " + JsonString(e.label) + ",\n     \"aliases\": [";
    for (std::size_t i = 0; i < kept.size(); ++i) out += (i ? ", " : "") + JsonString(kept[i]);
    out += "]}";
    ++report->entries;
    report->extended += e.extends ? 1 : 0;
    report->aliases += static_cast<int>(kept.size());
  }
  out += "\n  ]\n}\n";
  return out;
}

// The names a field of the list holds, appended to *out: the text outside
// parentheses (split at ";" and at a " / " between spaces), then what each
// parenthesis holds (split at ";", else at ","), recursively. Notes go
// ("original script", "- sub-unit name"), and so do places ("(KENYA)"),
// branch descriptions and pieces over 60 characters. A name in capitals
// only (longer than an acronym) is written in title case.
void SplitNames(const std::string& field, const std::map<std::string, std::string>& default_names,
                std::vector<std::string>* out) {
  std::string outer;
  std::vector<std::string> inner;
  int depth = 0;
  std::string group;
  for (char c : field) {
    if (c == '(') {
      if (depth++ > 0) group += c;
    } else if (c == ')' && depth > 0) {
      if (--depth > 0) group += c;
      else {
        inner.push_back(group);
        group.clear();
      }
    } else if (depth > 0) {
      group += c;
    } else {
      outer += c;
    }
  }
  if (!group.empty()) inner.push_back(group);
  auto add = [&](std::string piece) {
    piece = FoldWhiteSpace(piece);
    for (const char* note : {"- sub-unit name", "original script"}) {
      const std::size_t at = piece.find(note);
      if (at != std::string::npos) piece = FoldWhiteSpace(piece.substr(0, at));
    }
    while (!piece.empty() && (piece.back() == '-' || piece.back() == ',' || piece.back() == ';')) piece.pop_back();
    piece = FoldWhiteSpace(piece);
    if (piece.empty() || piece.size() > 60) return;
    const std::string folded = NormalizeName(piece);
    if (folded.empty() || folded.rfind("branch", 0) == 0) return;
    auto d = default_names.find(folded);
    if (d != default_names.end() && d->second.rfind("region:", 0) == 0) return;
    out->push_back(HasLower(piece) || piece.size() <= 8 ? piece : TitleCaseName(piece));
  };
  auto split = [](const std::string& text, const std::string& sep) {
    std::vector<std::string> parts;
    std::size_t b = 0;
    while (true) {
      const std::size_t e = text.find(sep, b);
      parts.push_back(text.substr(b, e == std::string::npos ? std::string::npos : e - b));
      if (e == std::string::npos) break;
      b = e + sep.size();
    }
    return parts;
  };
  for (const std::string& part : split(outer, ";"))
    for (const std::string& name : split(part, " / ")) add(name);
  for (const std::string& g : inner) {
    const bool semicolons = g.find(';') != std::string::npos;
    for (const std::string& piece : split(g, semicolons ? ";" : ",")) {
      if (piece.find('(') != std::string::npos) SplitNames(piece, default_names, out);
      else add(piece);
    }
  }
}

// What an entity of the list is when it is not an armed group, from the
// words of its names; "" for an armed group.
std::string NotAGroup(const std::string& list, const std::vector<std::string>& names) {
  if (list == "DPRK" || list == "Iraq") return "the assets of a State (" + list + " list)";
  static const std::vector<std::pair<const char*, const char*>> kWords = {
      {"bank", "a bank"},          {"banking", "a bank"},        {"exchange", "a money exchange"},
      {"hawala", "a money exchange"}, {"company", "a company"},  {"compagnie", "a company"},
      {"corporation", "a company"}, {"ltd", "a company"},        {"limited", "a company"},
      {"impex", "a company"},      {"trading", "a company"},     {"airlines", "an airline"},
      {"aerienne", "an airline"},  {"shipping", "a shipping firm"}, {"vessel", "a vessel"},
      {"foundation", "a charity or foundation"}, {"charity", "a charity or foundation"},
      {"charitable", "a charity or foundation"}, {"trust", "a charity or foundation"},
      {"relief", "a charity or foundation"},     {"humanitarian", "a charity or foundation"},
      {"society", "a charity or foundation"},    {"committee", "a charity or foundation"},
      {"ngo", "a charity or foundation"},        {"investment", "an investment body"},
      {"portfolio", "an investment body"},       {"authority", "an investment body"},
      {"branch", "a charity or foundation"},     {"offices", "a charity or foundation"},
  };
  for (const std::string& n : names) {
    const std::string folded = " " + NormalizeName(n) + " ";
    for (const auto& [word, kind] : kWords)
      if (folded.find(std::string(" ") + word + " ") != std::string::npos) return kind;
  }
  return "";
}

}  // namespace

Status ImportSanctionsList(const std::string& source, std::string_view xml, const Rules& defaults,
                           std::string* json, ImportReport* report) {
  *report = ImportReport();
  XmlDocPtr doc;
  if (Status s = OpenSanctionsList(source, xml, &doc); !s.ok()) return s;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  const xmlNode* list = Child(root, "ENTITIES");
  if (!list) return Status::Error(source + ": no ENTITIES in the list");
  const std::map<std::string, std::string> default_names = DefaultNames(defaults);
  std::vector<Entry> entries;
  std::set<std::string> ids;
  for (const xmlNode* n = list->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(n->name), "ENTITY") != 0) continue;
    const std::string raw_name = Text(Child(n, "FIRST_NAME"));
    const std::string list_type = Text(Child(n, "UN_LIST_TYPE"));
    const std::string reference = Text(Child(n, "REFERENCE_NUMBER"));
    const std::string listed = Text(Child(n, "LISTED_ON"));
    if (raw_name.empty()) continue;
    // Names: the name and its aliases, each split into the names it holds.
    std::vector<std::string> names;
    SplitNames(raw_name, default_names, &names);
    if (names.empty()) continue;
    const std::string label = names.front();
    for (const xmlNode* a = n->children; a; a = a->next) {
      if (a->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(a->name), "ENTITY_ALIAS") != 0)
        continue;
      SplitNames(Text(Child(a, "ALIAS_NAME")), default_names, &names);
    }
    const std::string why = NotAGroup(list_type, names);
    if (!why.empty()) {
      ++report->skipped[why];
      continue;
    }
    const std::string original = Text(Child(n, "NAME_ORIGINAL_SCRIPT"));
    if (!original.empty()) names.push_back(original);
    Entry entry;
    entry.comment = reference + ", " + list_type + " sanctions list, listed on " + listed + ": " + raw_name;
    // A name the defaults know: that entity, given the other names.
    for (const std::string& name : names) {
      auto d = default_names.find(NormalizeName(name));
      if (d == default_names.end() || d->second.rfind("group:", 0) != 0) continue;
      entry.id = d->second;
      entry.label = defaults.FindEntity(d->second)->label;
      entry.extends = true;
      break;
    }
    if (entry.id.empty()) {
      if (default_names.count(NormalizeName(label))) {  // a place's or a UN entity's name
        ++report->skipped["its name is an entity of another type"];
        continue;
      }
      entry.label = label;
      std::string slug = Slug(label);
      if (slug.empty()) slug = Slug(reference);
      entry.id = "group:" + slug;
      if (defaults.FindEntity(entry.id) || ids.count(entry.id)) entry.id += "_" + Slug(reference);
    }
    if (!ids.insert(entry.id).second) {  // two listings of one default entity: their names join
      for (Entry& e : entries)
        if (e.id == entry.id) e.aliases.insert(e.aliases.end(), names.begin(), names.end());
      continue;
    }
    entry.aliases = names;
    entries.push_back(std::move(entry));
  }
  std::string generated;
  if (const xmlAttr* a = xmlHasProp(root, reinterpret_cast<const xmlChar*>("dateGenerated"))) {
    xmlChar* v = xmlNodeGetContent(a->children);
    generated = v ? reinterpret_cast<const char*>(v) : "";
    xmlFree(v);
  }
  const std::string header =
      "// The armed groups of the Security Council Consolidated Sanctions List, imported by\n"
      "// `nexus rules import-sanctions` from " + source + (generated.empty() ? "" : " (generated " + generated + ")") +
      ".\n// Use with: nexus build --rules THIS_FILE ... An entity the default rules know keeps its id and\n"
      "// label and gets the list's other names; companies, banks, charities and the like are left out.\n";
  *json = Write(header, std::move(entries), default_names, report);
  return Status::Ok();
}

namespace {

// RFC 4180 CSV: fields split at commas, quoted fields may hold commas, new
// lines and doubled quotes.
std::vector<std::vector<std::string>> ReadCsv(std::string_view csv) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += c;
    }
  }
  if (!field.empty() || !rows.back().empty()) rows.back().push_back(std::move(field));
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

}  // namespace

Status ImportUnEntities(const std::string& source, std::string_view csv, const Rules& defaults,
                        std::string* json, ImportReport* report) {
  *report = ImportReport();
  const std::vector<std::vector<std::string>> rows = ReadCsv(csv);
  if (rows.empty()) return Status::Error(source + ": empty table");
  const std::vector<std::string>& header = rows.front();
  const auto column = [&](const char* name) -> std::ptrdiff_t {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : it - header.begin();
  };
  const std::ptrdiff_t long_col = column("entity_long"), short_col = column("entity");
  if (long_col < 0 || short_col < 0)
    return Status::Error(source + ":1: the table needs the columns entity_long and entity");
  const std::map<std::string, std::string> default_names = DefaultNames(defaults);
  std::vector<Entry> entries;
  std::set<std::string> ids;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::vector<std::string>& row = rows[r];
    if (static_cast<std::ptrdiff_t>(row.size()) <= std::max(long_col, short_col)) continue;
    const std::string name = FoldWhiteSpace(row[static_cast<std::size_t>(long_col)]);
    const std::string acronym = FoldWhiteSpace(row[static_cast<std::size_t>(short_col)]);
    if (name.empty() || acronym.empty()) continue;
    if (default_names.count(NormalizeName(name)) || default_names.count(NormalizeName(acronym))) {
      ++report->skipped["known to the defaults"];
      continue;
    }
    if (!CouldStandFor(acronym, name)) {
      ++report->skipped["an acronym that does not stand for its name (not trusted)"];
      continue;
    }
    Entry e;
    e.id = "un_entity:" + Slug(acronym);
    if (defaults.FindEntity(e.id) || !ids.insert(e.id).second) {
      ++report->skipped["an id already taken"];
      continue;
    }
    e.label = name;
    e.aliases = {acronym};
    e.comment = source + ", row " + std::to_string(r + 1);
    entries.push_back(std::move(e));
  }
  const std::string header_comment =
      "// UN entities imported by `nexus rules import-un-entities` from " + source + ":\n"
      "// the rows the default rules do not know, whose acronym stands for their name.\n";
  *json = Write(header_comment, std::move(entries), default_names, report);
  return Status::Ok();
}

}  // namespace nexus
