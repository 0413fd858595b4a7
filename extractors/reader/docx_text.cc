// DOCX to text: the zip opened with libzip, its XML parts read with libxml2
// (no network, no external entities, libxml2's limits on entity expansion).
// From word/document.xml, in order:
// - a paragraph (w:p) is a block of its own; its style's name or outline
//   level makes it a heading ("Heading 2", "Title" -> "#" lines);
// - list numbering (w:numPr) is written as the number Word shows ("12. ",
//   "(b) "), from word/numbering.xml: the level's format (decimal, letters,
//   roman numerals) and text ("%1.", "(%2)"), counted per list, with its
//   start value and its restarts;
// - a table (w:tbl) gives tab-separated lines, one a row (w:tr), a cell's
//   paragraphs joined;
// - a footnote reference (w:footnoteReference) numbers the footnote, whose
//   text (word/footnotes.xml) follows the paragraph as "<sup>N</sup> text";
// - w:tab and w:br are spaces; deleted text (w:del) is left out.
// Parts over 64 MiB once uncompressed (a zip bomb) are refused unread.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/reader/converted_text.h"
#include "extractors/reader/converter_text.h"

namespace nexus {
namespace {

constexpr zip_uint64_t kMaxPart = zip_uint64_t{64} << 20;

bool Is(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0 && a->children &&
        a->children->content)
      return reinterpret_cast<const char*>(a->children->content);
  }
  return "";
}

const xmlNode* Child(const xmlNode* n, const char* name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (Is(c, name)) return c;
  return nullptr;
}

struct XmlDoc {
  xmlDoc* doc = nullptr;
  ~XmlDoc() { xmlFreeDoc(doc); }
};

std::string Roman(int n, bool upper) {
  static const std::pair<int, const char*> kDigits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                        {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                        {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                        {1, "i"}};
  std::string out;
  for (const auto& [v, s] : kDigits)
    while (n >= v) {
      out += s;
      n -= v;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string Letters(int n, bool upper) {
  if (n <= 0) return "";
  std::string out(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
  return out;
}

// A list level: how its number is shown.
struct Level {
  std::string format = "decimal";  // w:numFmt
  std::string text = "%1.";        // w:lvlText
  int start = 1;
};

class Docx {
 public:
  Docx(const std::string& name, ConvertedText* out) : name_(name), out_(out) {}

  Status Run(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) return Status::Error(name_ + ": not a readable DOCX (zip): " + zip_error_strerror(&error));
    zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!zip_) {
      zip_source_free(source);
      const std::string why = zip_error_strerror(&error);
      zip_error_fini(&error);
      return Status::Error(name_ + ": not a readable DOCX (zip): " + why);
    }
    zip_error_fini(&error);
    std::string document;
    if (Status s = Part("word/document.xml", true, &document); !s.ok()) return s;
    std::string numbering, footnotes, styles;
    if (Status s = Part("word/numbering.xml", false, &numbering); !s.ok()) return s;
    if (Status s = Part("word/footnotes.xml", false, &footnotes); !s.ok()) return s;
    if (Status s = Part("word/styles.xml", false, &styles); !s.ok()) return s;
    XmlDoc doc, num, notes, sty;
    if (Status s = Parse("word/document.xml", document, &doc); !s.ok()) return s;
    if (!numbering.empty())
      if (Status s = Parse("word/numbering.xml", numbering, &num); !s.ok()) return s;
    if (!footnotes.empty())
      if (Status s = Parse("word/footnotes.xml", footnotes, &notes); !s.ok()) return s;
    if (!styles.empty())
      if (Status s = Parse("word/styles.xml", styles, &sty); !s.ok()) return s;
    if (sty.doc) ReadStyles(xmlDocGetRootElement(sty.doc));
    if (num.doc) ReadNumbering(xmlDocGetRootElement(num.doc));
    if (notes.doc) ReadFootnotes(xmlDocGetRootElement(notes.doc));
    const xmlNode* body = Child(xmlDocGetRootElement(doc.doc), "body");
    if (!body) return Status::Error(name_ + ": word/document.xml has no w:body");
    Blocks(body);
    if (out_->text.find_first_not_of(" \n") == std::string::npos)
      return Status::Error(name_ + ": no text in the DOCX");
    return Status::Ok();
  }

  ~Docx() {
    if (zip_) zip_discard(zip_);
  }

 private:
  // The bytes of a part of the zip; "" when it is not there and not `required`.
  Status Part(const char* path, bool required, std::string* out) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip_, path, 0, &st) != 0) {
      if (!required) return Status::Ok();
      return Status::Error(name_ + ": not a Word document (no " + path + " in the zip)");
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxPart)
      return Status::Error(name_ + ": " + path + " would be " + std::to_string(st.size) +
                           " bytes once uncompressed, over the 64 MiB the DOCX reader takes");
    zip_file_t* f = zip_fopen(zip_, path, 0);
    if (!f) return Status::Error(name_ + ": " + path + ": " + zip_strerror(zip_));
    char buffer[1 << 16];
    zip_int64_t n;
    while ((n = zip_fread(f, buffer, sizeof buffer)) > 0) {
      out->append(buffer, static_cast<std::size_t>(n));
      if (out->size() > kMaxPart) {  // the size the zip gave was a lie
        zip_fclose(f);
        return Status::Error(name_ + ": " + path + " is over the 64 MiB the DOCX reader takes");
      }
    }
    const bool failed = n < 0;
    const std::string why = failed ? zip_file_strerror(f) : "";
    zip_fclose(f);
    if (failed) return Status::Error(name_ + ": " + path + ": " + why);
    return Status::Ok();
  }

  Status Parse(const char* path, const std::string& xml, XmlDoc* out) {
    out->doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), path, nullptr,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!out->doc) {
      const xmlError* e = xmlGetLastError();
      std::string where = e ? ":" + std::to_string(e->line) + ":" + std::to_string(e->int2) : "";
      std::string why = e && e->message ? e->message : "not well-formed XML";
      while (!why.empty() && why.back() == '\n') why.pop_back();
      return Status::Error(name_ + ": " + path + where + ": " + why);
    }
    return Status::Ok();
  }

  // Styles: which are headings, by name ("heading 1", "Title") or outline level.
  void ReadStyles(const xmlNode* root) {
    for (const xmlNode* s = root ? root->children : nullptr; s; s = s->next) {
      if (!Is(s, "style")) continue;
      const std::string id = Attr(s, "styleId");
      std::string name = Attr(Child(s, "name") ? Child(s, "name") : s, "val");
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      int level = 0;
      if (name == "title") level = 1;
      else if (name.rfind("heading ", 0) == 0) level = std::atoi(name.c_str() + 8);
      if (const xmlNode* ppr = Child(s, "pPr"))
        if (const xmlNode* ol = Child(ppr, "outlineLvl")) level = std::atoi(Attr(ol, "val").c_str()) + 1;
      if (level > 0) heading_styles_[id] = std::min(level, 6);
    }
  }

  void ReadNumbering(const xmlNode* root) {
    std::map<std::string, std::map<int, Level>> abstract;
    for (const xmlNode* a = root ? root->children : nullptr; a; a = a->next) {
      if (!Is(a, "abstractNum")) continue;
      auto& levels = abstract[Attr(a, "abstractNumId")];
      for (const xmlNode* l = a->children; l; l = l->next) {
        if (!Is(l, "lvl")) continue;
        Level level;
        if (const xmlNode* f = Child(l, "numFmt")) level.format = Attr(f, "val");
        if (const xmlNode* t = Child(l, "lvlText")) level.text = Attr(t, "val");
        if (const xmlNode* s = Child(l, "start")) level.start = std::atoi(Attr(s, "val").c_str());
        levels[std::atoi(Attr(l, "ilvl").c_str())] = level;
      }
    }
    for (const xmlNode* n = root ? root->children : nullptr; n; n = n->next) {
      if (!Is(n, "num")) continue;
      const std::string id = Attr(n, "numId");
      if (const xmlNode* a = Child(n, "abstractNumId")) lists_[id] = abstract[Attr(a, "val")];
      for (const xmlNode* o = n->children; o; o = o->next) {
        if (!Is(o, "lvlOverride")) continue;
        if (const xmlNode* s = Child(o, "startOverride"))
          lists_[id][std::atoi(Attr(o, "ilvl").c_str())].start = std::atoi(Attr(s, "val").c_str());
      }
    }
  }

  void ReadFootnotes(const xmlNode* root) {
    for (const xmlNode* f = root ? root->children : nullptr; f; f = f->next) {
      if (!Is(f, "footnote")) continue;
      const std::string type = Attr(f, "type");
      if (!type.empty() && type != "normal") continue;  // separators
      std::string text;
      for (const xmlNode* p = f->children; p; p = p->next)
        if (Is(p, "p")) Append(&text, ParagraphText(p, nullptr));
      footnotes_[Attr(f, "id")] = text;
    }
  }

  static void Append(std::string* text, const std::string& more) {
    if (more.empty()) return;
    if (!text->empty()) *text += ' ';
    *text += more;
  }

  // The text of a paragraph's runs; the ids of its footnote references into `notes`.
  std::string ParagraphText(const xmlNode* p, std::vector<std::string>* notes) {
    std::string text;
    Runs(p, notes, &text);
    return FoldWhiteSpace(text);
  }

  void Runs(const xmlNode* n, std::vector<std::string>* notes, std::string* text) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (Is(c, "del") || Is(c, "delText") || Is(c, "instrText") || Is(c, "pPr") || Is(c, "rPr")) continue;
      if (Is(c, "t")) {
        if (xmlChar* content = xmlNodeGetContent(c)) {
          *text += reinterpret_cast<const char*>(content);
          xmlFree(content);
        }
      } else if (Is(c, "tab") || Is(c, "br") || Is(c, "cr")) {
        *text += ' ';
      } else if (Is(c, "noBreakHyphen")) {
        *text += '-';
      } else if (Is(c, "footnoteReference")) {
        if (notes) notes->push_back(Attr(c, "id"));
      } else {
        Runs(c, notes, text);  // runs, hyperlinks, smart tags, insertions, fields
      }
    }
  }

  // The number Word shows before a list paragraph, or "".
  std::string Number(const xmlNode* ppr) {
    const xmlNode* numpr = ppr ? Child(ppr, "numPr") : nullptr;
    if (!numpr) return "";
    const xmlNode* id_node = Child(numpr, "numId");
    const std::string id = id_node ? Attr(id_node, "val") : "";
    const xmlNode* il = Child(numpr, "ilvl");
    const int level = il ? std::atoi(Attr(il, "val").c_str()) : 0;
    auto list = lists_.find(id);
    if (id.empty() || id == "0" || list == lists_.end()) return "";
    std::vector<int>& counts = counts_[id];
    if (counts.size() < 10) counts.resize(10, 0);
    if (level < 0 || level >= 10) return "";
    auto start = [&](int l) { return list->second.count(l) ? list->second[l].start : 1; };
    counts[level] = counts[level] == 0 ? start(level) : counts[level] + 1;
    for (int l = level + 1; l < 10; ++l) counts[l] = 0;  // deeper levels restart
    const Level& fmt = list->second[level];
    if (fmt.format == "bullet" || fmt.format == "none") return "";
    std::string out;
    for (std::size_t i = 0; i < fmt.text.size(); ++i) {
      if (fmt.text[i] == '%' && i + 1 < fmt.text.size() && std::isdigit(static_cast<unsigned char>(fmt.text[i + 1]))) {
        const int l = fmt.text[i + 1] - '1';
        const int v = l >= 0 && l < 10 ? (counts[l] == 0 ? start(l) : counts[l]) : 0;
        const std::string f = list->second.count(l) ? list->second[l].format : "decimal";
        if (f == "lowerLetter") out += Letters(v, false);
        else if (f == "upperLetter") out += Letters(v, true);
        else if (f == "lowerRoman") out += Roman(v, false);
        else if (f == "upperRoman") out += Roman(v, true);
        else out += std::to_string(v);
        ++i;
      } else {
        out += fmt.text[i];
      }
    }
    return out.empty() ? "" : out + " ";
  }

  int HeadingLevel(const xmlNode* ppr) {
    if (!ppr) return 0;
    if (const xmlNode* ol = Child(ppr, "outlineLvl")) return std::min(6, std::atoi(Attr(ol, "val").c_str()) + 1);
    if (const xmlNode* st = Child(ppr, "pStyle")) {
      const std::string id = Attr(st, "val");
      if (auto it = heading_styles_.find(id); it != heading_styles_.end()) return it->second;
      std::string lower = id;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == "title") return 1;
      if (lower.rfind("heading", 0) == 0 && lower.size() > 7 && std::isdigit(static_cast<unsigned char>(lower[7])))
        return std::min(6, lower[7] - '0');
    }
    return 0;
  }

  void Blocks(const xmlNode* body) {
    for (const xmlNode* c = body->children; c; c = c->next) {
      if (Is(c, "p")) Paragraph(c);
      else if (Is(c, "tbl")) Table(c);
      else if (Is(c, "sdt")) {
        if (const xmlNode* content = Child(c, "sdtContent")) Blocks(content);
      }
    }
  }

  void Paragraph(const xmlNode* p) {
    std::vector<std::string> notes;
    const std::string text = ParagraphText(p, &notes);
    const xmlNode* ppr = Child(p, "pPr");
    const std::string number = Number(ppr);
    if (!text.empty()) {
      const int level = HeadingLevel(ppr);
      Emit(level > 0 ? std::string(static_cast<std::size_t>(level), '#') + " " + EscapeForReader(number + text)
                     : EscapeForReader(number + text));
    }
    for (const std::string& id : notes) {
      auto it = footnotes_.find(id);
      if (it == footnotes_.end() || it->second.empty()) continue;
      auto [shown, fresh] = note_numbers_.emplace(id, note_numbers_.size() + 1);
      if (fresh) Emit("<sup>" + std::to_string(shown->second) + "</sup> " + EscapeForReader(it->second));
    }
  }

  void Table(const xmlNode* tbl) {
    std::vector<std::vector<std::string>> rows;
    for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
      if (!Is(tr, "tr")) continue;
      std::vector<std::string> row;
      for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
        if (!Is(tc, "tc")) continue;
        std::string cell;
        for (const xmlNode* p = tc->children; p; p = p->next) {
          if (Is(p, "p")) Append(&cell, ParagraphText(p, nullptr));
          else if (Is(p, "tbl")) Table(p);  // a table in a cell: written apart
        }
        row.push_back(cell);
      }
      if (std::any_of(row.begin(), row.end(), [](const std::string& c) { return !c.empty(); }))
        rows.push_back(std::move(row));
    }
    std::size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    if (rows.empty()) return;
    if (width < 2) {
      for (const auto& r : rows)
        if (!r.empty() && !r[0].empty()) Emit(EscapeForReader(r[0]));
      return;
    }
    std::string block;
    for (auto& r : rows) {
      r.resize(width);
      std::string line;
      for (std::size_t c = 0; c < width; ++c) line += (c ? "\t" : "") + EscapeForReader(r[c], false);
      if (!block.empty()) block += '\n';
      block += line;
    }
    Emit(block);
  }

  void Emit(const std::string& block) {
    if (!out_->text.empty()) out_->text += "\n\n";
    out_->text += block;
  }

  const std::string& name_;
  ConvertedText* out_;
  zip_t* zip_ = nullptr;
  std::map<std::string, int> heading_styles_;
  std::map<std::string, std::map<int, Level>> lists_;
  std::map<std::string, std::vector<int>> counts_;
  std::map<std::string, std::string> footnotes_;
  std::map<std::string, std::size_t> note_numbers_;  // footnote id -> number shown
};

}  // namespace

Status DocxToText(const std::string& name, std::string_view bytes, ConvertedText* out) {
  *out = ConvertedText();
  static const bool initialized = [] {  // once, before any thread parses
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  try {
    return Docx(name, out).Run(bytes);
  } catch (const std::exception& e) {
    return Status::Error(name + ": " + e.what());
  }
}

}  // namespace nexus
