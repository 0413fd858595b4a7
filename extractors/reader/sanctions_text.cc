// The Security Council Consolidated Sanctions List (XML as published) as a
// document: one paragraph for each listed entity, "Name (REF), listed on
// DATE (LIST sanctions list): NARRATIVE", the name in title case, the
// narrative (COMMENTS1) as the list gives it, without its INTERPOL web link.
// The link rules then find what the narratives state ("Associated with
// Al-Qaida (QDe.004)"), with the list as their evidence. Individuals are
// not read (the graph has no people).
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <string>

#include "extractors/reader/converted_text.h"
#include "extractors/reader/converter_text.h"
#include "extractors/reader/sanctions_list.h"
#include "extractors/reader/title_case.h"

namespace nexus {
namespace {

std::string Text(const xmlNode* parent, const char* name) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(c->name), name) != 0) continue;
    xmlChar* content = xmlNodeGetContent(c);
    std::string s = content ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    return FoldWhiteSpace(s);
  }
  return "";
}

}  // namespace

Status OpenSanctionsList(const std::string& name, std::string_view bytes, XmlDocPtr* doc) {
  static const bool initialized = [] {  // once, before any thread parses
    xmlInitParser();
    return true;
  }();
  (void)initialized;
  doc->reset(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!*doc) {
    const xmlError* e = xmlGetLastError();
    return Status::Error(name + (e ? ":" + std::to_string(e->line) + ":" + std::to_string(e->int2) : "") +
                         ": not well-formed XML" +
                         (e && e->message ? std::string(": ") + FoldWhiteSpace(e->message) : ""));
  }
  const xmlNode* root = xmlDocGetRootElement(doc->get());
  if (!root || std::strcmp(reinterpret_cast<const char*>(root->name), "CONSOLIDATED_LIST") != 0)
    return Status::Error(name + ": not the UN Security Council Consolidated List (no CONSOLIDATED_LIST root)");
  return Status::Ok();
}

Status SanctionsListToText(const std::string& name, std::string_view bytes, ConvertedText* out) {
  *out = ConvertedText();
  XmlDocPtr doc;
  if (Status s = OpenSanctionsList(name, bytes, &doc); !s.ok()) return s;
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  out->text = "# United Nations Security Council Consolidated List\n";
  for (const xmlNode* list = root->children; list; list = list->next) {
    if (list->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(list->name), "ENTITIES") != 0)
      continue;
    for (const xmlNode* e = list->children; e; e = e->next) {
      if (e->type != XML_ELEMENT_NODE || std::strcmp(reinterpret_cast<const char*>(e->name), "ENTITY") != 0)
        continue;
      const std::string entity = Text(e, "FIRST_NAME");
      if (entity.empty()) continue;
      std::string narrative = Text(e, "COMMENTS1");
      const std::size_t link = narrative.find("INTERPOL-UN Security Council Special Notice");
      if (link != std::string::npos) narrative = FoldWhiteSpace(narrative.substr(0, link));
      std::string line = TitleCaseName(entity) + " (" + Text(e, "REFERENCE_NUMBER") + "), listed on " +
                         Text(e, "LISTED_ON") + " (" + Text(e, "UN_LIST_TYPE") + " sanctions list)";
      line += narrative.empty() ? "." : ": " + narrative;
      out->text += "\n" + EscapeForReader(line, false) + "\n";
    }
  }
  return Status::Ok();
}

}  // namespace nexus
