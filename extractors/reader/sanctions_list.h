// The Security Council Consolidated Sanctions List (XML as published), opened
// once for both its readers: the input format (sanctions_text.cc) and the
// importer of its names (extractors/rules/sanctions_import.h).
#ifndef NEXUS_EXTRACTORS_READER_SANCTIONS_LIST_H_
#define NEXUS_EXTRACTORS_READER_SANCTIONS_LIST_H_

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace nexus {

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses the list (no network, no entity expansion) and checks that its root
// is CONSOLIDATED_LIST; errors name `name`, with line:column for bad XML.
Status OpenSanctionsList(const std::string& name, std::string_view bytes, XmlDocPtr* doc);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_READER_SANCTIONS_LIST_H_
