#include "exporters/vocabulary.h"

#include <cstdlib>

namespace nexus {

const std::vector<TypeLook>& TypeLooks() {
  static const std::vector<TypeLook> kLooks = {
      {EntityType::kGroup, "Group", "#f4cccc", "#990000", "octagon", "octagon"},
      {EntityType::kCrime, "Crime", "#fce5cd", "#b45f06", "diamond", "diamond"},
      {EntityType::kRegion, "Region", "#d9ead3", "#38761d", "ellipse", "ellipse"},
      {EntityType::kUnEntity, "UnEntity", "#cfe2f3", "#1155cc", "box", "rectangle"},
  };
  return kLooks;
}

const TypeLook& LookOf(EntityType type) {
  for (const TypeLook& look : TypeLooks())
    if (look.type == type) return look;
  return TypeLooks().front();
}

const std::vector<RelationLook>& RelationLooks() {
  static const std::vector<RelationLook> kLooks = {
      {"profits_from", "#990000"}, {"operates_in", "#7f6000"},     {"occurs_in", "#b45f06"},
      {"counters", "#1155cc"},     {"active_in", "#6fa8dc"},       {"affiliated_with", "#741b47"},
      {"part_of", "#38761d"},
  };
  return kLooks;
}

const char* RelationColor(std::string_view relation) {
  for (const RelationLook& look : RelationLooks())
    if (relation == look.relation) return look.color;
  return "#555555";
}

std::string RelationshipType(std::string_view relation) {
  std::string out;
  for (char c : relation) {
    if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') out += c;
    else out += '_';
  }
  return out.empty() ? "RELATED" : out;
}

void HexColor(const char* hex, int rgb[3]) {
  for (int i = 0; i < 3; ++i) {
    const char part[3] = {hex[1 + 2 * i], hex[2 + 2 * i], 0};
    rgb[i] = static_cast<int>(std::strtol(part, nullptr, 16));
  }
}

std::string ActivityNodeId(std::size_t index) { return "activity:" + std::to_string(index + 1); }

std::string ActivityNodeLabel(const KnowledgeGraph& graph, const Activity& a) {
  auto label = [&](const std::string& id) {
    const Entity* e = graph.FindEntity(id);
    return e && !e->label.empty() ? e->label : id;
  };
  std::vector<std::string> places;
  for (const auto& [region, weight] : a.PlaceWeights()) places.push_back(label(region));
  return label(a.actor) + " \u2013 " + label(a.crime) + " \u2013 " + Join(places, ", ");
}

std::vector<ActivityNodeLink> ActivityNodeLinks(const Activity& a) {
  std::vector<ActivityNodeLink> out = {{a.actor, "actor", a.weight()}, {a.crime, "crime", a.weight()}};
  for (const auto& [region, weight] : a.PlaceWeights()) out.push_back({region, "place", weight});
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::string EvidenceLine(const Evidence& ev) {
  std::string line = ev.document + " \xC2\xB6";
  line += ev.paragraph.empty() ? "#" + std::to_string(ev.paragraph_index) : ev.paragraph;
  line += " s." + std::to_string(ev.sentence) + " [" + std::to_string(ev.span.begin) + "," +
          std::to_string(ev.span.end) + "): " + ev.text;
  return line;
}

std::string SentenceId(std::string_view document, const Span& span) {
  std::string id(document);
  for (char& c : id)
    if (c == ';') c = ',';
  return id + "#" + std::to_string(span.begin) + "-" + std::to_string(span.end);
}

}  // namespace nexus
