#include "extractors/rules/rules.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "extractors/rules/embedded.h"
#include "extractors/rules/json_source.h"
#include "extractors/rules/pending.h"
#include "extractors/rules/schema.h"

namespace nexus {

namespace {

std::vector<std::string> Strings(const rapidjson::Value& v) {
  std::vector<std::string> out;
  if (!v.IsArray()) return out;
  for (const auto& s : v.GetArray())
    if (s.IsString()) out.emplace_back(s.GetString(), s.GetStringLength());
  return out;
}

std::string Str(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return "";
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// Reads an entity the schema has checked; `origin` gets, for each alias, the
// index of the pattern it was expanded from.
Status ReadEntity(const rapidjson::Value& v, std::string_view source, Entity* e,
                  std::vector<std::size_t>* origin) {
  if (!v.IsObject()) return Status::Error(std::string(source) + ": an entity must be an object");
  e->id = Str(v, "id");
  e->label = Str(v, "label");
  e->parent = Str(v, "parent");
  std::string type = Str(v, "type");
  auto parsed = ParseType(type);
  std::string what = std::string(source) + ": entity \"" + e->id + "\": ";
  if (!parsed) return Status::Error(what + "unknown type \"" + type + "\"");
  e->type = *parsed;
  std::string prefix = std::string(TypeName(e->type)) + ":";
  if (e->id.size() <= prefix.size() || e->id.compare(0, prefix.size(), prefix) != 0)
    return Status::Error(what + "id must start with \"" + prefix + "\"");
  if (e->label.empty()) return Status::Error(what + "empty label");
  auto aliases = v.FindMember("aliases");
  if (aliases != v.MemberEnd()) {
    std::vector<std::string> raw = Strings(aliases->value);
    for (std::size_t k = 0; k < raw.size(); ++k) {
      for (std::string& a : ExpandAlternations(raw[k])) {
        if (NormalizeName(a).empty()) return Status::Error(what + "empty alias");
        e->aliases.push_back(std::move(a));
        origin->push_back(k);
      }
    }
  }
  return Status::Ok();
}

}  // namespace

std::vector<std::string> ExpandAlternations(std::string_view phrase) {
  std::size_t open = phrase.find('{');
  std::size_t close = open == std::string_view::npos ? open : phrase.find('}', open);
  if (close == std::string_view::npos) {
    std::string s(phrase);
    // Fold the double spaces an empty alternative leaves.
    std::string out;
    for (char c : s)
      if (!(c == ' ' && (out.empty() || out.back() == ' '))) out.push_back(c);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return {out};
  }
  std::vector<std::string> out;
  std::string_view head = phrase.substr(0, open);
  std::string_view body = phrase.substr(open + 1, close - open - 1);
  std::string_view tail = phrase.substr(close + 1);
  std::size_t start = 0;
  while (true) {
    std::size_t bar = body.find('|', start);
    std::string_view choice = body.substr(start, bar == std::string_view::npos ? bar : bar - start);
    std::string joined = std::string(head) + std::string(choice) + std::string(tail);
    for (std::string& s : ExpandAlternations(joined)) out.push_back(std::move(s));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

Rules::Rules() : pending_(std::make_unique<Pending>()) {}
Rules::~Rules() = default;

Status Rules::LoadDefaults() {
  for (const EmbeddedFile& f : EmbeddedFiles()) {
    if (f.name == "iso-codes/iso_3166-1.json") {
      pending_->iso_countries = std::string(f.data);
    } else if (f.name == "iso-codes/iso_3166-2.json") {
      pending_->iso_subdivisions = std::string(f.data);
    } else if (f.name == "geonames/cities.tsv") {
      pending_->cities = std::string(f.data);
    } else if (f.name == "dict/english.txt") {
      // One folded word a line, sorted by the build (cities_dump.cc).
      english_.clear();
      for (std::size_t at = 0; at < f.data.size();) {
        std::size_t nl = f.data.find('\n', at);
        if (nl == std::string_view::npos) nl = f.data.size();
        if (nl > at) english_.push_back(f.data.substr(at, nl - at));
        at = nl + 1;
      }
    } else {
      Status s = LoadJson(f.name, f.data);
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status Rules::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open rules file: " + std::strerror(errno));
  std::stringstream buf;
  buf << in.rdbuf();
  return LoadJson(path, buf.str());
}

void Rules::AcceptCues(std::vector<std::string> names, std::vector<std::string> apart) {
  std::sort(names.begin(), names.end());
  cue_names_ = std::move(names);
  cues_apart_ = std::move(apart);
}

Status Rules::LoadJson(std::string_view source, std::string_view json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseCommentsFlag>(json.data(), json.size());
  JsonSource src(source, json);
  if (doc.HasParseError())
    return Status::Error(src.Message(doc.GetErrorOffset(),
                                     rapidjson::GetParseError_En(doc.GetParseError())));
  if (Status s = CheckRulesSchema(doc, src, cue_names_.empty() ? nullptr : &cue_names_); !s.ok())
    return s;
  pending_->texts[std::string(source)] = std::string(json);
  if (auto it = doc.FindMember("entities"); it != doc.MemberEnd()) {
    for (rapidjson::SizeType i = 0; i < it->value.Size(); ++i) {
      Pending::Curated c;
      Status s = ReadEntity(it->value[i], source, &c.entity, &c.alias_origin);
      if (!s.ok()) return s;
      c.source = std::string(source);
      c.index = i;
      pending_->curated.push_back(std::move(c));
    }
  }
  if (auto it = doc.FindMember("blockers"); it != doc.MemberEnd())
    for (std::string& b : Strings(it->value)) pending_->blockers.push_back(std::move(b));
  for (const char* key : {"countries", "subdivisions"}) {
    auto it = doc.FindMember(key);
    if (it == doc.MemberEnd() || !it->value.IsObject()) continue;
    auto& target = std::string(key) == "countries" ? pending_->country_overrides
                                                   : pending_->subdivision_overrides;
    for (const auto& m : it->value.GetObject()) {
      Entity& e = target[m.name.GetString()];
      e.id = Str(m.value, "id").empty() ? e.id : Str(m.value, "id");
      e.label = Str(m.value, "label").empty() ? e.label : Str(m.value, "label");
      if (auto a = m.value.FindMember("aliases"); a != m.value.MemberEnd())
        for (std::string& s : Strings(a->value)) e.aliases.push_back(std::move(s));
    }
  }
  if (auto it = doc.FindMember("subdivision_stopwords"); it != doc.MemberEnd())
    for (const std::string& w : Strings(it->value))
      pending_->subdivision_stopwords.insert(NormalizeName(w));
  if (auto it = doc.FindMember("short_form_heads"); it != doc.MemberEnd())
    for (std::string& w : Strings(it->value)) {
      FoldedHead head{NormalizeName(w), {}};
      for (const Token& t : Tokenize(w)) head.words.emplace_back(t.norm);
      folded_heads_.push_back(std::move(head));
      short_form_heads_.push_back(std::move(w));
    }
  bool cues = false;
  if (auto it = doc.FindMember("cues"); it != doc.MemberEnd() && it->value.IsObject()) {
    for (const auto& m : it->value.GetObject())
      for (const std::string& phrase : Strings(m.value)) cues_[m.name.GetString()].Add(phrase);
    cues = true;
  }
  // A crime's commodities are a cue set of their own, named after the crime
  // with a space (no rules file can name a cue set so).
  if (auto it = doc.FindMember("commodities"); it != doc.MemberEnd() && it->value.IsObject()) {
    for (const auto& m : it->value.GetObject())
      for (const std::string& phrase : Strings(m.value))
        cues_[std::string(kCommodityPrefix) + m.name.GetString()].Add(phrase);
    cues = true;
  }
  if (cues) IndexCues();
  return Status::Ok();
}

void Rules::IndexCues() {
  std::vector<const CueSet*> sets;
  commodities_.clear();
  for (auto& [name, set] : cues_) {
    if (name.rfind(kCommodityPrefix, 0) == 0) {
      commodities_.push_back({name.substr(std::string_view(kCommodityPrefix).size()), &set});
      continue;
    }
    if (std::find(cues_apart_.begin(), cues_apart_.end(), name) != cues_apart_.end()) continue;
    set.row_ = sets.size();
    sets.push_back(&set);
  }
  cue_index_.Build(sets);
}

const Entity* Rules::FindEntity(const std::string& id) const {
  if (by_id_.size() > 0) {
    const Entity* const* found = by_id_.Find(std::hash<std::string_view>{}(id),
                                             [&](const Entity* e) { return e->id == id; });
    return found ? *found : nullptr;
  }
  auto it = entities_.find(id);
  return it == entities_.end() ? nullptr : &it->second;
}

const CueSet& Rules::Cues(std::string_view name) const {
  static const CueSet kEmpty;
  auto it = cues_.find(name);
  return it == cues_.end() ? kEmpty : it->second;
}

}  // namespace nexus
