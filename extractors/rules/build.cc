// Rules::Finish: turns the loaded rules files and iso-codes lists into
// entities and the gazetteer.
#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>
#include <unordered_map>

#include <rapidjson/document.h>

#include "extractors/rules/gazetteer.h"
#include "extractors/rules/rules.h"
#include "extractors/rules/pending.h"

namespace nexus {

namespace {

std::string Get(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

void AddUnique(std::vector<std::string>* list, const std::string& s) {
  if (!s.empty() && std::find(list->begin(), list->end(), s) == list->end()) list->push_back(s);
}

// "Iran, Islamic Republic of" -> "Islamic Republic of Iran".
std::string Uninvert(const std::string& name) {
  std::size_t comma = name.find(", ");
  if (comma == std::string::npos) return "";
  return name.substr(comma + 2) + " " + name.substr(0, comma);
}

// Subdivision kinds that make a name a place when they follow it.
bool IsTypeWord(const std::string& type) {
  static const std::set<std::string> kWords = {
      "Province", "Governorate", "State", "Region", "District", "Department",
      "County", "Prefecture", "Oblast", "Emirate", "Territory", "Division"};
  return kWords.count(type) > 0;
}

}  // namespace

Status Rules::Finish() {
  Status s = AddCurated();
  if (!s.ok()) return s;
  s = BuildIsoRegions();
  if (!s.ok()) return s;
  BuildCities();
  for (const auto& [id, e] : entities_) AddAliases(e, false);
  for (const std::string& b : pending_->blockers) {
    Alias a;
    a.name = b;
    gazetteer_.Add(std::move(a));
  }
  for (const auto& [id, e] : entities_) {
    by_id_.Insert(std::hash<std::string_view>{}(id), &e);
    if (!cities_.count(id)) folded_labels_[static_cast<int>(e.type)].emplace_back(&e, NormalizeName(e.label));
  }
  return Status::Ok();
}

Status Rules::AddCurated() {
  for (std::size_t ci = 0; ci < pending_->curated.size(); ++ci) {
    const Pending::Curated& c = pending_->curated[ci];
    auto [it, fresh] = entities_.emplace(c.entity.id, c.entity);
    Entity& e = it->second;
    if (!fresh) {  // a later file overrides label and parent, adds aliases
      if (e.type != c.entity.type)
        return Status::Error(pending_->Where(c, c.entity.aliases.size() + 1,
                                             "entity \"" + e.id + "\" redefined with another type"));
      e.label = c.entity.label;
      if (!c.entity.parent.empty()) e.parent = c.entity.parent;
      for (const std::string& a : c.entity.aliases) AddUnique(&e.aliases, a);
    }
    for (std::size_t n = 0; n <= c.entity.aliases.size(); ++n) {
      const std::string& name = n < c.entity.aliases.size() ? c.entity.aliases[n] : c.entity.label;
      std::string key = NormalizeName(name);
      auto [own, added] = pending_->owner.emplace(key, e.id);
      if (added) pending_->owner_at.emplace(key, std::make_pair(ci, n));
      if (added || own->second == e.id) continue;
      std::string first;
      if (auto at = pending_->owner_at.find(key); at != pending_->owner_at.end()) {
        const Entity& other = pending_->curated[at->second.first].entity;
        const std::string& other_name = at->second.second < other.aliases.size()
                                            ? other.aliases[at->second.second]
                                            : other.label;
        // "JEM" (Justice and Equality Movement) and "JeM" (Jaish-e-Mohammed):
        // two names that match only in their own case may have two owners.
        if (MatchesInOwnCase(name) && MatchesInOwnCase(other_name) && name != other_name) continue;
        first = pending_->Where(pending_->curated[at->second.first], at->second.second, "");
        first = " (" + first.substr(0, first.find(": ")) + ")";
      }
      return Status::Error(pending_->Where(c, n, "entity \"" + e.id + "\": the name \"" + name +
                                                     "\" already names \"" + own->second + "\"" +
                                                     first));
    }
  }
  return Status::Ok();
}

Status Rules::BuildIsoRegions() {
  Pending& p = *pending_;
  if (p.iso_countries.empty()) return Status::Ok();
  rapidjson::Document doc;
  doc.Parse(p.iso_countries.c_str());
  if (doc.HasParseError() || !doc.HasMember("3166-1"))
    return Status::Error("iso-codes/iso_3166-1.json: not an iso-codes country list");
  std::map<std::string, std::string>& country_id = p.country_id;
  for (const auto& c : doc["3166-1"].GetArray()) {
    std::string code = Get(c, "alpha_2"), name = Get(c, "name");
    std::string common = Get(c, "common_name");
    const Entity* over = p.country_overrides.count(code) ? &p.country_overrides[code] : nullptr;
    Entity e;
    e.type = EntityType::kRegion;
    e.id = over && !over->id.empty() ? over->id : "region:" + Slug(common.empty() ? name : common);
    e.label = over && !over->label.empty() ? over->label : name;
    std::vector<std::string> names = {name, Get(c, "official_name"), common, Uninvert(name)};
    if (over) names.insert(names.end(), over->aliases.begin(), over->aliases.end());
    for (const std::string& n : names) {
      if (n.empty() || n == e.label) continue;
      auto own = p.owner.find(NormalizeName(n));
      if (own != p.owner.end() && own->second != e.id) continue;  // a curated name wins
      AddUnique(&e.aliases, n);
    }
    for (const std::string& n : e.aliases) p.owner.emplace(NormalizeName(n), e.id);
    p.owner.emplace(NormalizeName(e.label), e.id);
    country_id[code] = e.id;
    countries_.insert(e.id);
    auto [it, fresh] = entities_.emplace(e.id, e);
    if (!fresh)
      for (const std::string& a : e.aliases) AddUnique(&it->second.aliases, a);
  }
  if (p.iso_subdivisions.empty()) return Status::Ok();
  doc.Parse(p.iso_subdivisions.c_str());
  if (doc.HasParseError() || !doc.HasMember("3166-2"))
    return Status::Error("iso-codes/iso_3166-2.json: not an iso-codes subdivision list");
  for (const auto& d : doc["3166-2"].GetArray()) {
    std::string code = Get(d, "code"), name = Get(d, "name"), type = Get(d, "type");
    std::string folded = NormalizeName(name);
    if (p.subdivision_stopwords.count(folded) || p.owner.count(folded)) continue;
    Entity e;
    e.type = EntityType::kRegion;
    e.id = "region:" + Slug(code);
    e.label = name;
    e.parent = country_id[code.substr(0, code.find('-'))];
    if (p.subdivision_overrides.count(code))
      for (const std::string& a : p.subdivision_overrides[code].aliases) AddUnique(&e.aliases, a);
    if (IsTypeWord(type)) AddUnique(&e.aliases, name + " " + type);
    // "Haute-Sangha / Mambéré-Kadéï": a subdivision of two names goes by
    // each, with its type word too.
    for (std::size_t b = 0, slash; b < name.size(); b = slash + 3) {
      slash = name.find(" / ", b);
      if (slash == std::string::npos) slash = name.size();
      if (b == 0 && slash == name.size()) break;
      const std::string part = name.substr(b, slash - b);
      const std::string part_folded = NormalizeName(part);
      if (part.empty() || p.subdivision_stopwords.count(part_folded) || p.owner.count(part_folded)) continue;
      AddUnique(&e.aliases, part);
      if (IsTypeWord(type)) AddUnique(&e.aliases, part + " " + type);
    }
    if (entities_.count(e.id)) continue;
    p.subdivision_names.insert(folded);
    for (const std::string& a : e.aliases) p.subdivision_names.insert(NormalizeName(a));
    subdivisions_.insert(e.id);
    entities_.emplace(e.id, std::move(e));
  }
  return Status::Ok();
}

namespace {

// A city of an Arabic-speaking country is spelt with or without the "h"
// of a final tā' marbūṭa ("Tarhuna" and "Tarhunah", "Misratah" and
// "Misrata"): the other spelling of its name, or empty when it has none.
std::string ArabicEndingVariant(std::string_view name, std::string_view code) {
  static constexpr std::string_view kArabic[] = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA",
                                                 "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE"};
  if (std::find(std::begin(kArabic), std::end(kArabic), code) == std::end(kArabic) || name.size() < 4 ||
      name.find(' ') != std::string_view::npos)
    return {};
  if (name.ends_with("ah")) return std::string(name.substr(0, name.size() - 1));
  if (name.back() == 'a' && name[name.size() - 2] != 'a') return std::string(name) + "h";
  return {};
}

}  // namespace

// The cities of libgeonames that no other name of the rules holds: a
// country's, a subdivision's, a curated place's or entity's, or a stop
// word's ("Police", a town of Poland, stays a word). A name that cities of
// several countries share gives one entity per country ("region:tripoli_gr"),
// the name of one country's cities one entity ("region:hinche"). Each is
// a weak name of its country: it counts where the country is named (see
// the mention extractor).
void Rules::BuildCities() {
  Pending& p = *pending_;
  // The countries by their alpha-2 code, at hand.
  std::vector<const std::string*> country(26 * 26, nullptr);
  auto slot = [](std::string_view code) -> int {
    if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return -1;
    return (code[0] - 'A') * 26 + (code[1] - 'A');
  };
  for (const auto& [code, id] : p.country_id)
    if (slot(code) >= 0) country[slot(code)] = &id;
  struct City {
    std::string_view name, code, folded, slug;
  };
  std::vector<City> cities;
  cities.reserve(p.cities.size() / 24);
  std::string key;
  std::string_view all = p.cities;
  for (std::size_t b = 0; b < all.size();) {
    std::size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view line = all.substr(b, e - b);
    b = e + 1;
    // name, country code, folded name, slug
    std::string_view field[4];
    std::size_t n = 0;
    for (std::size_t f = 0; n < 4; ++n) {
      const std::size_t tab = line.find('\t', f);
      field[n] = line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f);
      if (tab == std::string_view::npos) {
        ++n;
        break;
      }
      f = tab + 1;
    }
    if (n != 4 || field[2].empty() || slot(field[1]) < 0 || !country[slot(field[1])]) continue;
    key.assign(field[2]);
    if (p.owner.count(key) || p.subdivision_names.count(key) || p.subdivision_stopwords.count(key)) continue;
    cities.push_back({field[0], field[1], field[2], field[3]});
  }
  // One city a name and country; a name several countries share gets the
  // country's code in its id. The build's dump comes sorted (cities_dump.cc).
  auto by_name = [](const City& x, const City& y) {
    return std::tie(x.folded, x.code) < std::tie(y.folded, y.code);
  };
  if (!std::is_sorted(cities.begin(), cities.end(), by_name))
    std::stable_sort(cities.begin(), cities.end(), by_name);
  cities.erase(std::unique(cities.begin(), cities.end(),
                           [](const City& x, const City& y) { return x.folded == y.folded && x.code == y.code; }),
               cities.end());
  cities_.reserve(cities.size());
  for (std::size_t i = 0; i < cities.size(); ++i) {
    const City& c = cities[i];
    const bool shared = (i > 0 && cities[i - 1].folded == c.folded) ||
                        (i + 1 < cities.size() && cities[i + 1].folded == c.folded);
    Entity e;
    e.type = EntityType::kRegion;
    e.id = "region:";
    e.id += c.slug;
    if (shared) {
      e.id += '_';
      e.id += static_cast<char>(std::tolower(static_cast<unsigned char>(c.code[0])));
      e.id += static_cast<char>(std::tolower(static_cast<unsigned char>(c.code[1])));
    }
    auto [it, fresh] = entities_.try_emplace(e.id);
    if (!fresh) continue;
    e.label = c.name;
    e.parent = *country[slot(c.code)];
    // The other spelling, unless another entity goes by it.
    std::string other = ArabicEndingVariant(c.name, c.code);
    if (!other.empty() && !p.owner.count(NormalizeName(other))) e.aliases.push_back(std::move(other));
    cities_.insert(e.id);
    it->second = std::move(e);
  }
}

namespace {

// The name in the other spelling of English, where it has one of the words
// that UN texts spell both ways: "International Maritime Organisation",
// "United Nations Development Program", "Counter-Terrorism Center". Empty
// when it has none.
std::string OtherSpelling(const std::string& name) {
  static const std::pair<std::string_view, std::string_view> kPairs[] = {
      {"rganization", "rganisation"}, {"rganisation", "rganization"}, {"Programme", "Program"},
      {"Centre", "Center"},           {"Center", "Centre"},           {"Defence", "Defense"},
      {"Labour", "Labor"}};
  std::string out = name;
  bool changed = false;
  for (const auto& [from, to] : kPairs) {
    for (std::size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size())) {
      out.replace(at, from.size(), to);
      changed = true;
    }
    if (changed) break;  // one word of a name is enough to say which spelling it uses
  }
  return changed ? out : std::string();
}

}  // namespace

void Rules::AddAliases(const Entity& e, bool) {
  const bool city = cities_.count(e.id) > 0;
  bool subdivision = subdivisions_.count(e.id) > 0 || city;
  std::vector<std::string> names = e.aliases;
  names.push_back(e.label);
  // The other spelling of a UN body's or a group's name.
  if (e.type == EntityType::kUnEntity || e.type == EntityType::kGroup) {
    const std::size_t n = names.size();
    for (std::size_t i = 0; i < n; ++i)
      if (std::string other = OtherSpelling(names[i]);
          !other.empty() && std::find(names.begin(), names.end(), other) == names.end())
        names.push_back(std::move(other));
  }
  for (const std::string& n : names) {
    // A city's name is nobody else's (BuildCities).
    if (subdivision && !city && pending_->owner.count(NormalizeName(n))) continue;
    Alias a;
    a.entity = e.id;
    a.target = &e;  // entities_ is a map: its entities do not move
    a.name = n;
    if (subdivision) {
      a.type_word = n != e.label && IsTypeWord(n.substr(n.rfind(' ') + 1));
      a.weak = !a.type_word;
    }
    a.city = city;
    gazetteer_.Add(std::move(a));
  }
}

}  // namespace nexus
