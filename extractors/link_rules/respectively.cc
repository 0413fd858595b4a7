// "Al-Shabaab, Boko Haram and JNIM remain active in Somalia, Nigeria and
// Mali, respectively": two lists of as many names, of two types, in a
// clause that says "respectively" pair item by item. Of the claims the rules
// made between the two lists, only the pairs of the same rank stay; a pair
// of the same rank that no rule linked is linked when the rules linked the
// lists at all (with the relation they used).
#include <algorithm>

#include "extractors/link_rules/helpers.h"
#include "extractors/link_rules/link_rule.h"

namespace nexus {
namespace {

using namespace link_rules;

// Only list glue between mentions a and b (a before b): commas, "and",
// "or", "the".
bool Glued(const SentenceView& v, const MentionAt* a, const MentionAt* b) {
  if (b->first < a->last) return false;
  for (std::size_t i = a->last; i < b->first; ++i) {
    const std::string_view w = v.tokens()[i].norm;
    if (w != "and" && w != "or" && w != "the") return false;
  }
  const std::string& text = v.text->text;
  for (std::size_t k = a->mention->end; k < b->mention->begin; ++k)
    if (text[k] == ';' || text[k] == '(' || text[k] == ')') return false;
  return true;
}

// The lists of two names or more of `type` in `clause`, in order, each item
// a distinct entity.
std::vector<std::vector<const MentionAt*>> ListsOf(const SentenceView& v, EntityType type, int clause) {
  std::vector<const MentionAt*> of;
  for (const MentionAt& m : v.mentions)
    if (m.mention->type == type && m.clause == clause) of.push_back(&m);
  std::sort(of.begin(), of.end(), [](const MentionAt* a, const MentionAt* b) { return a->first < b->first; });
  std::vector<std::vector<const MentionAt*>> lists;
  std::vector<const MentionAt*> run;
  auto close = [&] {
    if (run.size() >= 2) lists.push_back(run);
    run.clear();
  };
  for (const MentionAt* m : of) {
    if (!run.empty() && !Glued(v, run.back(), m)) close();
    const bool repeated = std::any_of(run.begin(), run.end(), [&](const MentionAt* r) {
      return r->mention->entity == m->mention->entity;
    });
    if (repeated) {
      close();
      continue;
    }
    run.push_back(m);
  }
  close();
  return lists;
}

// The rank of the claim's end in `list` (by its span), or -1.
int RankOf(const std::vector<const MentionAt*>& list, const std::string& id, std::size_t begin) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i]->mention->entity == id && list[i]->mention->begin == begin) return static_cast<int>(i);
  return -1;
}

}  // namespace

void KeepRespectivePairs(const LinkContext& x, std::size_t first_claim, std::vector<Claim>* out) {
  if (first_claim == out->size()) return;  // nothing linked in the sentence: no pairs to sort out
  const SentenceView& v = x.v;
  const Tokens& t = v.tokens();
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k].norm != "respectively") continue;
    const int clause = v.ClauseOf(k);
    std::vector<std::vector<const MentionAt*>> lists;
    for (EntityType type : {EntityType::kGroup, EntityType::kCrime, EntityType::kRegion, EntityType::kUnEntity})
      for (auto& list : ListsOf(v, type, clause))
        if (list.back()->last <= k) lists.push_back(std::move(list));
    // Two lists of as many items, the nearest before "respectively".
    for (std::size_t b = lists.size(); b-- > 1;) {
      for (std::size_t a = b; a-- > 0;) {
        const auto& la = lists[a];
        const auto& lb = lists[b];
        if (la.size() != lb.size() || la[0]->mention->type == lb[0]->mention->type) continue;
        std::string relation;
        bool subject_in_a = true;
        std::vector<bool> linked(la.size(), false);
        for (std::size_t c = first_claim; c < out->size(); ++c) {
          Claim& claim = (*out)[c];
          int ra = RankOf(la, claim.subject, claim.subject_begin), rb = RankOf(lb, claim.object, claim.object_begin);
          bool forward = true;
          if (ra < 0 || rb < 0) {
            ra = RankOf(la, claim.object, claim.object_begin);
            rb = RankOf(lb, claim.subject, claim.subject_begin);
            forward = false;
          }
          if (ra < 0 || rb < 0) continue;
          relation = claim.relation;
          subject_in_a = forward;
          if (ra == rb) linked[ra] = true;
          else claim.relation.clear();  // dropped below
        }
        if (relation.empty()) continue;
        for (std::size_t i = 0; i < la.size(); ++i)
          if (!linked[i]) {
            const MentionAt* s = subject_in_a ? la[i] : lb[i];
            const MentionAt* o = subject_in_a ? lb[i] : la[i];
            Claim claim = MakeClaim("", v, s, o, "", "respectively");
            claim.relation = relation;
            out->push_back(std::move(claim));
          }
        out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first_claim), out->end(),
                                  [](const Claim& c) { return c.relation.empty(); }),
                   out->end());
        return;
      }
    }
  }
}

}  // namespace nexus
