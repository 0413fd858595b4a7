// HTML to text, through gumbo (an HTML5 parser: the tree a browser builds,
// whatever the markup's faults). The main text only: inside <main>, or an
// element with role="main", or else <article> when there is one, else the
// whole page; never <script>, <style>, <noscript>, <template>, <nav>,
// <aside>, <form>, <button>, <select>, <svg>, <iframe>
// or an element that is hidden, nor outside the main element a <header> or
// <footer>. Headings become "#" lines (their level),
// paragraphs, list items, definitions, quotes and captions blocks of their
// own (an item of a numbered list with its number, "12. "), table rows
// tab-separated lines (the first row the header), <br> a
// space, a footnote mark (<sup>3</sup> after a word) nothing, an exponent
// (10<sup>6</sup>) a word of its own. Entities are decoded by the
// parser; text is folded to single spaces.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "extractors/reader/converted_text.h"
#include "extractors/reader/converter_text.h"

namespace nexus {
namespace {

constexpr std::size_t kMaxHtml = std::size_t{64} << 20;

// `in_main`: inside the main element found, where a <header> or <footer>
// is the content's own (an article's title) rather than the site's.
bool IsSkipped(const GumboNode* node, bool in_main) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
      if (in_main) break;
      return true;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MATH:
      return true;
    default:
      break;
  }
  const GumboVector& attrs = node->v.element.attributes;
  if (gumbo_get_attribute(&attrs, "hidden")) return true;
  if (const GumboAttribute* a = gumbo_get_attribute(&attrs, "aria-hidden"); a && std::strcmp(a->value, "true") == 0)
    return true;
  if (const GumboAttribute* a = gumbo_get_attribute(&attrs, "style")) {
    std::string style = a->value;
    style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
    if (style.find("display:none") != std::string::npos) return true;
  }
  if (const GumboAttribute* a = gumbo_get_attribute(&attrs, "role");
      a && (std::strcmp(a->value, "navigation") == 0 || std::strcmp(a->value, "banner") == 0 ||
            std::strcmp(a->value, "contentinfo") == 0 || std::strcmp(a->value, "search") == 0))
    return true;
  return false;
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

// The element the main text is in: <main> or role="main", else the first
// <article>, else the whole document.
const GumboNode* FindMain(const GumboNode* node, GumboTag tag, const char* role) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (node->v.element.tag == tag) return node;
  if (role) {
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, "role");
    if (a && std::strcmp(a->value, role) == 0) return node;
  }
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (const GumboNode* found = FindMain(static_cast<const GumboNode*>(children.data[i]), tag, role))
      return found;
  return nullptr;
}

// All the text below a node.
void NodeText(const GumboNode* node, std::string* out) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
    *out += node->v.text.text;
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) NodeText(static_cast<const GumboNode*>(children.data[i]), out);
}

class Writer {
 public:
  Writer(ConvertedText* out, bool in_main) : out_(out), in_main_(in_main) {}

  void Walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AddText(node->v.text.text);
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    if (IsSkipped(node, in_main_)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      AddText(" ");
      return;
    }
    if (tag == GUMBO_TAG_TABLE) {
      Table(node);
      return;
    }
    const int level = HeadingLevel(tag);
    const bool block = level > 0 || IsBlock(tag);
    if (block) EndBlock();
    if (level > 0) heading_ = level;
    if (tag == GUMBO_TAG_OL) {  // numbered as the browser shows it: "12. "
      const GumboAttribute* start = gumbo_get_attribute(&node->v.element.attributes, "start");
      ol_.push_back(start ? std::atoi(start->value) : 1);
    } else if (tag == GUMBO_TAG_UL) {
      ol_.push_back(-1);
    } else if (tag == GUMBO_TAG_LI && !ol_.empty() && ol_.back() >= 0) {
      AddText((std::to_string(ol_.back()++) + ". ").c_str());
    }
    if (tag == GUMBO_TAG_SUP) {
      // A footnote mark (a number or a letter or two) goes; an exponent stands apart.
      std::string mark;
      NodeText(node, &mark);
      mark.erase(std::remove_if(mark.begin(), mark.end(), [](unsigned char c) { return std::isspace(c) || c == '[' || c == ']'; }),
                 mark.end());
      const bool exponent = !block_.empty() && !space_ && std::isdigit(static_cast<unsigned char>(block_.back()));
      if (!exponent && !mark.empty() && mark.size() <= 3 &&
          std::all_of(mark.begin(), mark.end(), [](unsigned char c) { return std::isalnum(c); }))
        return;
      AddText(" ");
    }
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Walk(static_cast<const GumboNode*>(children.data[i]));
    if (tag == GUMBO_TAG_SUP) AddText(" ");
    if (tag == GUMBO_TAG_OL || tag == GUMBO_TAG_UL) ol_.pop_back();
    if (block) EndBlock();
  }

  void Finish() { EndBlock(); }

 private:
  void AddText(const char* text) {
    for (const char* p = text; *p; ++p) {
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        space_ = !block_.empty();
      } else {
        if (space_) block_ += ' ';
        space_ = false;
        block_ += static_cast<char>(c);
      }
    }
  }

  void EndBlock() {
    space_ = false;
    if (block_.empty()) {
      heading_ = 0;
      return;
    }
    Emit(heading_ > 0 ? std::string(static_cast<std::size_t>(heading_), '#') + " " + EscapeForReader(block_)
                      : EscapeForReader(block_));
    block_.clear();
    heading_ = 0;
  }

  void Emit(const std::string& block) {
    if (!out_->text.empty()) out_->text += "\n\n";
    out_->text += block;
  }

  // The text of a cell: everything in it, folded, on one line.
  std::string CellText(const GumboNode* cell) {
    Writer w(&scratch_, in_main_);
    scratch_.text.clear();
    const GumboVector& children = cell->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) w.Walk(static_cast<const GumboNode*>(children.data[i]));
    w.Finish();
    std::string text = scratch_.text;
    for (std::size_t i = text.find("\n\n"); i != std::string::npos; i = text.find("\n\n", i))
      text.replace(i, 2, " ");
    for (char& c : text)
      if (c == '\n' || c == '\t') c = ' ';
    // A heading inside a cell is no heading.
    while (!text.empty() && text[0] == '#') text.erase(0, 1);
    return text.empty() || text[0] != ' ' ? text : text.substr(1);
  }

  void Rows(const GumboNode* node, std::vector<std::vector<std::string>>* rows) {
    if (node->type != GUMBO_NODE_ELEMENT || IsSkipped(node, in_main_)) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_TR) {
      std::vector<std::string> row;
      const GumboVector& cells = node->v.element.children;
      for (unsigned i = 0; i < cells.length; ++i) {
        const GumboNode* c = static_cast<const GumboNode*>(cells.data[i]);
        if (c->type == GUMBO_NODE_ELEMENT && (c->v.element.tag == GUMBO_TAG_TD || c->v.element.tag == GUMBO_TAG_TH))
          row.push_back(CellText(c));
      }
      rows->push_back(std::move(row));
      return;
    }
    if (tag == GUMBO_TAG_TABLE && !rows->empty()) return;  // a table inside a cell: read with it
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Rows(static_cast<const GumboNode*>(children.data[i]), rows);
  }

  void Table(const GumboNode* table) {
    EndBlock();
    std::vector<std::vector<std::string>> rows;
    const GumboVector& children = table->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) Rows(static_cast<const GumboNode*>(children.data[i]), &rows);
    std::erase_if(rows, [](const std::vector<std::string>& r) {
      return std::all_of(r.begin(), r.end(), [](const std::string& c) { return c.empty(); });
    });
    if (rows.empty()) return;
    std::size_t width = 0;
    for (const auto& r : rows) width = std::max(width, r.size());
    if (width < 2) {  // a one-column table is a list of paragraphs
      for (const auto& r : rows)
        if (!r.empty() && !r[0].empty()) Emit(r[0]);
      return;
    }
    std::string block;
    for (auto& r : rows) {
      r.resize(width);
      std::string line;
      for (std::size_t c = 0; c < width; ++c) line += (c ? "\t" : "") + r[c];
      if (!block.empty()) block += '\n';
      block += line;
    }
    Emit(block);
  }

  ConvertedText* out_;
  bool in_main_;
  ConvertedText scratch_;
  std::string block_;
  bool space_ = false;
  int heading_ = 0;
  std::vector<int> ol_;  // the open lists: the next item's number, -1 unnumbered
};

}  // namespace

Status HtmlToText(const std::string& name, std::string_view bytes, ConvertedText* out) {
  *out = ConvertedText();
  if (bytes.size() > kMaxHtml)
    return Status::Error(name + ": an HTML page of " + std::to_string(bytes.size()) +
                         " bytes is over the 64 MiB the HTML reader takes");
  if (std::memchr(bytes.data(), '\0', bytes.size()))
    return Status::Error(name + ": binary data (NUL byte) in an HTML file");
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not reported, only survived
  GumboOutput* parsed = gumbo_parse_with_options(&options, bytes.data(), bytes.size());
  if (!parsed) return Status::Error(name + ": the HTML parser failed");
  struct Free {
    const GumboOptions* options;
    GumboOutput* output;
    ~Free() { gumbo_destroy_output(options, output); }
  } free{&options, parsed};
  const GumboNode* root = parsed->root;
  const GumboNode* main = FindMain(root, GUMBO_TAG_MAIN, "main");
  if (!main) main = FindMain(root, GUMBO_TAG_ARTICLE, nullptr);
  if (!main) main = root;
  Writer writer(out, main != root);
  writer.Walk(main);
  writer.Finish();
  if (out->text.find_first_not_of(" \n") == std::string::npos)
    return Status::Error(name + ": no text in the HTML page (outside navigation, scripts and styles)");
  return Status::Ok();
}

}  // namespace nexus
