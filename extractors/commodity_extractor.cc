#include "extractors/commodity_extractor.h"

#include <algorithm>
#include <tuple>

namespace nexus {
namespace {

// Whether text[b, e) holds a mark that ends a clause.
bool ClauseBreak(const std::string& text, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e && k < text.size(); ++k)
    if (text[k] == ';' || text[k] == ':' || text[k] == '.' || text[k] == '(' || text[k] == ')')
      return true;
  return false;
}

}  // namespace

CommodityExtractor::CommodityExtractor(const Rules& rules)
    : rules_(rules), activity_(rules.Cues("trade_activity")) {}

void CommodityExtractor::Extract(const Document& doc, Findings* findings) const {
  if (rules_.commodities().empty() || activity_.empty()) return;
  std::vector<Mention> added;
  CueMatches matches;
  std::vector<std::pair<std::size_t, std::size_t>> activities, taken;
  auto& known = findings->mentions;  // in (paragraph, sentence, begin) order
  std::size_t next = 0;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const Sentence& sentence = doc.paragraphs[p].sentences[s];
      // The bytes the mentions of this sentence already hold.
      taken.clear();
      while (next < known.size() && std::tie(known[next].paragraph, known[next].sentence) < std::tie(p, s))
        ++next;
      for (std::size_t k = next;
           k < known.size() && known[k].paragraph == p && known[k].sentence == s; ++k)
        taken.push_back({known[k].begin, known[k].end});
      const Tokens& t = sentence.tokens;
      if (t.empty()) continue;
      rules_.MatchCues(t, &matches);
      if (!activity_.AnyIn(matches, 0, t.size())) continue;
      // Words of trade, but not those inside a name already found ("trafficking
      // victims" is human trafficking, not a trade in what stands near it).
      activities.clear();
      for (std::size_t i = 0; i < t.size(); ++i) {
        const std::size_t n = activity_.MatchAt(matches, i);
        if (!n) continue;
        const std::size_t b = t[i].begin, e = t[i + n - 1].end;
        if (std::none_of(taken.begin(), taken.end(), [&](const auto& r) { return b < r.second && r.first < e; }))
          activities.push_back({i, i + n});
      }
      if (activities.empty()) continue;
      for (const Rules::Commodity& c : rules_.commodities()) {
        if (!c.words->AnyIn(matches, 0, t.size())) continue;
        const Entity* crime = rules_.FindEntity(c.crime);
        if (!crime) continue;
        for (std::size_t i = 0; i < t.size(); ++i) {
          const std::size_t n = c.words->MatchAt(matches, i);
          if (!n) continue;
          const std::size_t begin = t[i].begin, end = t[i + n - 1].end;
          const bool inside = std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
            return begin < r.second && r.first < end;
          });
          if (inside) continue;
          const bool traded = std::any_of(activities.begin(), activities.end(), [&](const auto& a) {
            const std::size_t lo = std::min(a.first, i), hi = std::max(a.first, i);
            if (hi - lo > kReach || (a.first < i + n && i < a.second)) return false;
            const std::size_t from = a.first < i ? t[a.second - 1].end : end;
            const std::size_t to = a.first < i ? begin : t[a.first].begin;
            return from > to || !ClauseBreak(sentence.text, from, to);
          });
          if (!traded) continue;
          Mention m;
          m.entity = crime->id;
          m.type = EntityType::kCrime;
          m.paragraph = p;
          m.sentence = s;
          m.begin = begin;
          m.end = end;
          m.span = sentence.RawSpan(begin, end);
          m.surface = sentence.text.substr(begin, end - begin);
          m.rule = "commodity";
          added.push_back(std::move(m));
          taken.push_back({begin, end});
        }
      }
    }
  }
  if (added.empty()) return;
  for (Mention& m : added) known.push_back(std::move(m));
  std::stable_sort(known.begin(), known.end(), [](const Mention& a, const Mention& b) {
    return std::tie(a.paragraph, a.sentence, a.begin) < std::tie(b.paragraph, b.sentence, b.begin);
  });
}

}  // namespace nexus
