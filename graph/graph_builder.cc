#include "graph/graph_builder.h"

#include "graph/relation.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_set>

namespace nexus {
namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// The entity without its aliases (a crime kind's node lists only the
// wordings the documents use), made without copying them.
Entity WithoutAliases(const Entity& e) {
  return Entity{e.id, e.type, e.label, {}, e.parent, e.discovered_by};
}

}  // namespace

void GraphBuilder::Add(const Document& doc, const Findings& findings) {
  graph_->AddDocument(DocumentInfo{doc.name, doc.symbol, doc.date, doc.title, doc.sha256, {}});
  // What this document adds to known entities (acronyms it defines).
  std::map<std::string, Entity> local;
  for (const Entity& e : findings.entities) {
    auto [it, fresh] = local.emplace(e.id, e);
    if (!fresh) it->second.aliases.insert(it->second.aliases.end(), e.aliases.begin(), e.aliases.end());
  }
  auto entity = [&](const std::string& id) -> const Entity* {
    if (const Entity* e = lookup_(id)) return e;
    auto it = local.find(id);
    return it == local.end() ? nullptr : &it->second;
  };
  // Entities known to have their node by now: adding an entity twice
  // changes nothing, and a claim's ends mostly are among them.
  std::unordered_set<const Entity*> added;
  for (const Mention& m : findings.mentions) {
    const Entity* e = entity(m.entity);
    if (!e) continue;
    if (e->type != EntityType::kCrime) {
      if (added.insert(e).second) graph_->AddEntity(*e);
      continue;
    }
    // A crime kind has hundreds of wordings in the rules; its node lists the
    // ones the documents use.
    std::string said = Lower(m.surface);
    bool wording = said != Lower(e->label) && m.rule != "elliptical";
    // Nothing new: the node is there with this wording (node aliases are sorted).
    if (const Entity* node = graph_->FindEntity(e->id);
        node && (!wording || std::binary_search(node->aliases.begin(), node->aliases.end(), said)))
      continue;
    Entity seen = WithoutAliases(*e);
    if (wording) seen.aliases.push_back(said);
    graph_->AddEntity(seen);
    added.insert(e);
  }
  // What the document adds to an entity counts when the document names it
  // (not when another document did: the graph must not depend on their order).
  if (!local.empty()) {
    std::unordered_set<std::string_view> named;
    for (const Mention& m : findings.mentions) named.insert(m.entity);
    for (const auto& [id, e] : local)
      if (named.count(id)) graph_->AddEntity(e);
  }
  // The quantities of each sentence, found once rather than per claim.
  std::map<std::pair<std::size_t, std::size_t>, std::vector<const Quantity*>> quantities;
  for (const Quantity& q : findings.quantities) quantities[{q.paragraph, q.sentence}].push_back(&q);
  Evidence ev;  // reused: its strings keep their buffers from claim to claim
  ev.document = doc.name;
  const Relation* relation = nullptr;
  for (const Claim& c : findings.claims) {
    const Entity* s = entity(c.subject);
    const Entity* t = entity(c.object);
    if (!relation || c.relation != relation->name) relation = FindRelation(c.relation);
    if (!s || !t || s->id == t->id || !relation || s->type != relation->from || t->type != relation->to)
      continue;
    for (const Entity* end : {s, t}) {
      if (added.count(end)) continue;
      if (!graph_->FindEntity(end->id))
        graph_->AddEntity(end->type == EntityType::kCrime ? WithoutAliases(*end) : *end);
      added.insert(end);
    }
    const Paragraph& p = doc.paragraphs[c.paragraph];
    const Sentence& sentence = p.sentences[c.sentence];
    ev.paragraph = p.label;
    ev.paragraph_index = c.paragraph;
    ev.sentence = c.sentence;
    ev.span = sentence.span;
    ev.page = static_cast<std::size_t>(doc.PageOf(sentence.span.begin));
    ev.text = sentence.text;
    ev.hedged = c.hedged;
    ev.rule = c.rule;
    ev.marks.clear();
    ev.quantities.clear();
    if (c.subject_end > c.subject_begin) ev.marks.emplace_back(c.subject_begin, c.subject_end);
    if (c.object_end > c.object_begin) ev.marks.emplace_back(c.object_begin, c.object_end);
    if (auto q = quantities.find({c.paragraph, c.sentence}); q != quantities.end())
      for (const Quantity* x : q->second) ev.quantities.push_back(*x);
    graph_->AddEvidence(s->id, t->id, relation->name, relation->kind, ev);
  }
  // Activities: their sentence is stored as the evidence of the actor ->
  // crime claim just added.
  ActivityEvidence activity;
  activity.document = doc.name;
  for (const ActivityClaim& a : findings.activities) {
    const Entity* actor = entity(a.actor);
    const Entity* crime = entity(a.crime);
    if (!actor || !crime || !graph_->FindEntity(actor->id) || !graph_->FindEntity(crime->id)) continue;
    activity.span = doc.paragraphs[a.paragraph].sentences[a.sentence].span;
    activity.hedged = a.hedged;
    activity.places.clear();
    for (const auto& [region, rule] : a.places)
      if (const Entity* r = entity(region)) activity.places.push_back({r->id, rule});
    graph_->AddActivity(a.relation, actor->id, crime->id, activity);
  }
}

}  // namespace nexus
