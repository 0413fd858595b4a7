#include "extractors/rules/schema.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <vector>

#include "extractors/rules/rules.h"
#include "extractors/rules/pending.h"
#include "extractors/reader/tokenizer.h"
#include "graph/entity.h"

namespace nexus {
namespace {

using Json = rapidjson::Value;
constexpr std::string_view kTypes = "group, crime, region or un_entity";

std::string Text(const Json& v) { return std::string(v.GetString(), v.GetStringLength()); }

const Json* Member(const Json& obj, const char* key) {
  auto it = obj.FindMember(key);
  return it == obj.MemberEnd() ? nullptr : &it->value;
}

bool IdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
}

class Checker {
 public:
  Checker(const JsonSource& src, const std::vector<std::string>* cue_names)
      : src_(src), cue_names_(cue_names) {}

  Status At(const std::string& pointer, const std::string& message) const {
    return Status::Error(src_.Message(src_.Find(pointer), message));
  }

  // Unknown and repeated keys of the object at `pointer`.
  Status Keys(const Json& obj, const std::string& pointer, std::initializer_list<const char*> known,
              const std::string& what) const {
    std::set<std::string> seen;
    for (const auto& m : obj.GetObject()) {
      std::string key = Text(m.name);
      // Where the key stands is looked up only for a message: finding it
      // indexes the whole file.
      auto at = [&] { return src_.FindKey(JsonSource::Child(pointer, key)); };
      bool ok = std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; });
      if (!ok) {
        std::string list;
        for (const char* k : known) list += std::string(list.empty() ? "" : ", ") + k;
        return Status::Error(
            src_.Message(at(), "unknown key \"" + key + "\" in " + what + " (expected " + list + ")"));
      }
      if (!seen.insert(key).second)
        return Status::Error(src_.Message(at(), "key \"" + key + "\" given twice in " + what));
    }
    return Status::Ok();
  }

  // A string that folds to something; a pattern when `pattern`. Messages
  // start with `prefix` and call the string `noun`.
  Status Phrase(const Json& v, const std::string& pointer, bool pattern, const std::string& prefix,
                const std::string& noun) const {
    if (!v.IsString()) return At(pointer, prefix + noun + " must be a string");
    std::string phrase = Text(v);
    std::string problem;
    std::size_t bad = pattern ? CheckPattern(phrase, &problem) : std::string_view::npos;
    if (bad != std::string_view::npos)
      return Status::Error(src_.Message(src_.FindInString(pointer, bad), prefix + noun + ": " + problem));
    for (const std::string& p : pattern ? ExpandAlternations(phrase) : std::vector<std::string>{phrase})
      if (NormalizeName(p).empty() && p.find('*') == std::string::npos)
        return At(pointer, prefix + "empty " + noun + (phrase.empty() ? "" : " (\"" + phrase + "\")"));
    return Status::Ok();
  }

  Status List(const Json& v, const std::string& pointer, bool pattern, const std::string& prefix,
              const std::string& noun) const {
    if (!v.IsArray())
      return At(pointer, prefix + "\"" + LastKey(pointer) + "\" must be a list of strings");
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
      if (Status s = Phrase(v[i], JsonSource::Child(pointer, i), pattern, prefix, noun); !s.ok())
        return s;
    return Status::Ok();
  }

  // An entity id: "<type>:" and a slug.
  Status Id(const Json& v, const std::string& pointer, EntityType type, const std::string& what) const {
    if (!v.IsString()) return At(pointer, what + "\"id\" must be a string");
    std::string id = Text(v), prefix = std::string(TypeName(type)) + ":";
    bool ok = id.size() > prefix.size() && id.compare(0, prefix.size(), prefix) == 0 &&
              std::all_of(id.begin() + static_cast<std::ptrdiff_t>(prefix.size()), id.end(), IdChar);
    if (!ok)
      return At(pointer, what + "id must be \"" + prefix +
                             "\" followed by lower-case letters, digits, '_', '-' or '.'");
    return Status::Ok();
  }

  Status Entity(const Json& v, const std::string& p) const {
    if (!v.IsObject()) return At(p, "an entity must be an object");
    if (Status s = Keys(v, p, {"id", "type", "label", "aliases", "parent"}, "an entity"); !s.ok()) return s;
    const Json* id = Member(v, "id");
    if (!id) return At(p, "an entity needs an \"id\"");
    std::string what = id->IsString() ? "entity \"" + Text(*id) + "\": " : "";
    const Json* type = Member(v, "type");
    if (!type) return At(p, what + "no \"type\" (" + std::string(kTypes) + ")");
    auto parsed = type->IsString() ? ParseType(Text(*type)) : std::nullopt;
    if (!parsed)
      return At(JsonSource::Child(p, "type"),
                what + "unknown type " + (type->IsString() ? "\"" + Text(*type) + "\"" : "") +
                    " (expected " + std::string(kTypes) + ")");
    if (Status s = Id(*id, JsonSource::Child(p, "id"), *parsed, what); !s.ok()) return s;
    const Json* label = Member(v, "label");
    if (!label) return At(p, what + "no \"label\"");
    if (!label->IsString() || NormalizeName(Text(*label)).empty())
      return At(JsonSource::Child(p, "label"), what + "empty label");
    if (const Json* parent = Member(v, "parent"); parent && !parent->IsString())
      return At(JsonSource::Child(p, "parent"), what + "\"parent\" must be an entity id");
    if (const Json* aliases = Member(v, "aliases"))
      return List(*aliases, JsonSource::Child(p, "aliases"), true, what, "alias");
    return Status::Ok();
  }

  // countries / subdivisions: {code: {id?, label?, aliases?}}.
  Status Overrides(const Json& v, const std::string& p) const {
    if (!v.IsObject()) return At(p, "\"" + LastKey(p) + "\" must be an object keyed by code");
    for (const auto& m : v.GetObject()) {
      std::string at = JsonSource::Child(p, Text(m.name));
      std::string what = "\"" + Text(m.name) + "\": ";
      if (!m.value.IsObject()) return At(at, what + "must be an object");
      if (Status s = Keys(m.value, at, {"id", "label", "aliases"}, "an override"); !s.ok()) return s;
      if (const Json* id = Member(m.value, "id"))
        if (Status s = Id(*id, JsonSource::Child(at, "id"), EntityType::kRegion, what); !s.ok()) return s;
      if (const Json* label = Member(m.value, "label"); label && !label->IsString())
        return At(JsonSource::Child(at, "label"), what + "\"label\" must be a string");
      if (const Json* aliases = Member(m.value, "aliases"))
        if (Status s = List(*aliases, JsonSource::Child(at, "aliases"), false, what, "alias"); !s.ok())
          return s;
    }
    return Status::Ok();
  }

  // {"crime:...": [pattern]}: the words of what a crime trades.
  Status Commodities(const Json& v, const std::string& p) const {
    if (!v.IsObject()) return At(p, "\"commodities\" must be an object of lists, by crime id");
    for (const auto& m : v.GetObject()) {
      const std::string at = JsonSource::Child(p, Text(m.name));
      if (Text(m.name).rfind("crime:", 0) != 0 || Text(m.name).size() <= 6)
        return Status::Error(src_.Message(src_.FindKey(at), "commodities \"" + Text(m.name) +
                                                                "\": expected a crime id (crime:...)"));
      if (Status s = List(m.value, at, true, "commodities \"" + Text(m.name) + "\": ", "commodity");
          !s.ok())
        return s;
    }
    return Status::Ok();
  }

  Status Cues(const Json& v, const std::string& p) const {
    if (!v.IsObject()) return At(p, "\"cues\" must be an object of lists");
    for (const auto& m : v.GetObject()) {
      if (cue_names_ && !std::binary_search(cue_names_->begin(), cue_names_->end(), Text(m.name))) {
        std::string list;
        for (const std::string& k : *cue_names_) list += (list.empty() ? "" : ", ") + k;
        return Status::Error(src_.Message(src_.FindKey(JsonSource::Child(p, Text(m.name))),
                                          "cues \"" + Text(m.name) +
                                              "\": no link rule reads this cue set (expected one of " +
                                              list + ")"));
      }
      if (Status s = List(m.value, JsonSource::Child(p, Text(m.name)), true,
                          "cues \"" + Text(m.name) + "\": ", "cue");
          !s.ok())
        return s;
    }
    return Status::Ok();
  }

 private:
  static std::string LastKey(const std::string& pointer) {
    return pointer.substr(pointer.rfind('/') + 1);
  }
  const JsonSource& src_;
  const std::vector<std::string>* cue_names_;  // sorted; nullptr: any name
};

}  // namespace

std::size_t CheckPattern(std::string_view phrase, std::string* problem) {
  std::size_t open = std::string_view::npos;
  // The phrases a pattern stands for: the product of its groups'
  // alternatives, capped so that a file cannot ask for millions of names.
  std::size_t expansions = 1, alternatives = 1;
  for (std::size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == '|' && open != std::string_view::npos) ++alternatives;
    if (c == '{') {
      alternatives = 1;
      if (open != std::string_view::npos) {
        *problem = "'{' inside '{...}': alternatives do not nest";
        return i;
      }
      open = i;
    } else if (c == '}') {
      if (open == std::string_view::npos) {
        *problem = "'}' without a '{' before it";
        return i;
      }
      if (i == open + 1) {
        *problem = "'{}' has no alternative";
        return open;
      }
      expansions *= alternatives;
      if (expansions > kMaxPatternExpansions) {
        *problem = "the alternatives stand for more than " + std::to_string(kMaxPatternExpansions) +
                   " phrases; split the pattern";
        return open;
      }
      open = std::string_view::npos;
    } else if (c == '|' && open == std::string_view::npos) {
      *problem = "'|' outside '{...}'";
      return i;
    }
  }
  if (open != std::string_view::npos) {
    *problem = "'{' is never closed";
    return open;
  }
  return std::string_view::npos;
}

Status CheckRulesSchema(const rapidjson::Value& root, const JsonSource& source,
                        const std::vector<std::string>* cue_names) {
  Checker check(source, cue_names);
  if (!root.IsObject()) return check.At("", "rules must be a JSON object");
  Status s = check.Keys(root, "",
                        {"entities", "blockers", "countries", "subdivisions", "subdivision_stopwords",
                         "short_form_heads", "cues", "commodities"},
                        "a rules file");
  for (const auto& m : root.GetObject()) {
    if (!s.ok()) break;
    std::string key = Text(m.name), p = JsonSource::Child("", key);
    if (key == "entities") {
      if (!m.value.IsArray()) return check.At(p, "\"entities\" must be a list of entities");
      for (rapidjson::SizeType i = 0; s.ok() && i < m.value.Size(); ++i)
        s = check.Entity(m.value[i], JsonSource::Child(p, i));
    } else if (key == "countries" || key == "subdivisions") {
      s = check.Overrides(m.value, p);
    } else if (key == "cues") {
      s = check.Cues(m.value, p);
    } else if (key == "commodities") {
      s = check.Commodities(m.value, p);
    } else {
      std::string what = key == "blockers" ? "blocker" : key == "short_form_heads" ? "short form head"
                                                                                   : "stopword";
      s = check.List(m.value, p, false, "", what);
    }
  }
  return s;
}

std::string Rules::Pending::Where(const Curated& c, std::size_t name, const std::string& message) const {
  auto text = texts.find(c.source);
  if (text == texts.end()) return c.source + ": " + message;
  JsonSource src(c.source, text->second);
  std::string entity = JsonSource::Child(JsonSource::Child("", "entities"), c.index);
  std::string pointer = name < c.alias_origin.size()
                            ? JsonSource::Child(JsonSource::Child(entity, "aliases"), c.alias_origin[name])
                            : name == c.alias_origin.size() ? JsonSource::Child(entity, "label")
                                                            : JsonSource::Child(entity, "type");
  return src.Message(src.Find(pointer), message);
}

}  // namespace nexus
