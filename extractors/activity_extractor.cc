#include "extractors/activity_extractor.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace nexus {
namespace {

// The relation that places an actor of an actor -> crime relation.
const char* PlacingOf(const std::string& relation) {
  return relation == "profits_from" ? "operates_in" : relation == "counters" ? "active_in" : nullptr;
}

// One sentence's claims, made into its activities.
void ActivitiesOf(const std::vector<const Claim*>& claims, std::vector<ActivityClaim>* out) {
  // crime -> its places (occurs_in), with the rule; actor -> its places.
  std::map<std::string, std::map<std::string, std::string>> crime_places, actor_places;
  // crime -> the actors of the sentence that have it.
  std::map<std::string, std::set<std::string>> actors_of;
  for (const Claim* c : claims) {
    if (c->relation == "occurs_in") crime_places[c->subject].try_emplace(c->object, c->rule);
    else if (c->relation == "operates_in" || c->relation == "active_in")
      actor_places[c->subject].try_emplace(c->object, c->rule);
    else if (c->relation == "profits_from" || c->relation == "counters")
      actors_of[c->object].insert(c->subject);
  }
  std::set<std::tuple<std::string, std::string, std::string>> done;
  for (const Claim* c : claims) {
    const char* placing = PlacingOf(c->relation);
    if (!placing || !done.insert({c->relation, c->subject, c->object}).second) continue;
    const std::string &actor = c->subject, &crime = c->object;
    std::map<std::string, std::string> places;
    const auto& mine = actor_places[actor];
    // A group's crime: the crime's places, all of them when this group alone
    // has the crime here. A UN entity's work: only where it works (where the
    // crime it reports on happens is not).
    const bool shared = actors_of[crime].size() > 1;
    if (c->relation == "profits_from")
      for (const auto& [region, rule] : crime_places[crime])
        if (!shared || mine.count(region)) places.try_emplace(region, rule);
    // The actor's places, but those the sentence gives another crime only.
    for (const auto& [region, rule] : mine) {
      bool elsewhere = false;
      for (const auto& [other, regions] : crime_places)
        if (other != crime && regions.count(region) && !crime_places[crime].count(region)) elsewhere = true;
      if (!elsewhere) places.try_emplace(region, rule);
    }
    if (places.empty()) continue;
    ActivityClaim a;
    a.relation = c->relation;
    a.actor = actor;
    a.crime = crime;
    a.paragraph = c->paragraph;
    a.sentence = c->sentence;
    a.hedged = c->hedged;
    a.places.assign(places.begin(), places.end());
    out->push_back(std::move(a));
  }
}

}  // namespace

void ActivityExtractor::Extract(const Document&, Findings* findings) const {
  // The claims by sentence, in order (they come sentence by sentence, but
  // table rows and scenes come after: sort pointers, keep the claims).
  std::vector<const Claim*> all;
  all.reserve(findings->claims.size());
  for (const Claim& c : findings->claims) all.push_back(&c);
  std::stable_sort(all.begin(), all.end(), [](const Claim* a, const Claim* b) {
    return std::tie(a->paragraph, a->sentence) < std::tie(b->paragraph, b->sentence);
  });
  std::vector<const Claim*> sentence;
  for (std::size_t i = 0; i < all.size();) {
    sentence.clear();
    std::size_t j = i;
    for (; j < all.size() && all[j]->paragraph == all[i]->paragraph && all[j]->sentence == all[i]->sentence; ++j)
      sentence.push_back(all[j]);
    ActivitiesOf(sentence, &findings->activities);
    i = j;
  }
}

}  // namespace nexus
