#include "extractors/commodity_extractor.h"

#include <algorithm>
#include <tuple>

#include "extractors/quantity_extractor.h"

namespace nexus {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Whether text[b, e) holds a mark that ends a clause (not the point of a
// number: "1.5 tons").
bool ClauseBreak(const std::string& text, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e && k < text.size(); ++k) {
    if (text[k] == '.' && k > 0 && k + 1 < text.size() && IsDigit(text[k - 1]) && IsDigit(text[k + 1])) continue;
    if (text[k] == ';' || text[k] == ':' || text[k] == '.' || text[k] == '(' || text[k] == ')') return true;
  }
  return false;
}

constexpr std::string_view kExtortion = "crime:extortion";

// The nouns a word for goods may qualify without naming goods.
bool IsQualifiedNoun(std::string_view w) {
  for (std::string_view x : {"station", "stations", "price", "prices", "sector", "industry", "subsidy", "subsidies",
                             "shortage", "shortages", "policy", "policies", "consumption", "facilities",
                             "infrastructure", "slick", "slicks", "spill", "spills", "leak", "leaks"})
    if (w == x) return true;
  return false;
}

// What "fuel" fuels when it is a verb: "fuel violence", "fuel the conflict".
bool FuelledNoun(std::string_view w) {
  for (std::string_view x : {"violence", "conflict", "conflicts", "insecurity", "instability", "tensions", "tension",
                             "crime", "criminality", "unrest", "fighting", "recruitment", "grievances", "demand",
                             "corruption", "terrorism", "extremism"})
    if (w == x) return true;
  return false;
}

// The words of an amount, which the reach of a word of trade does not
// count ("seized two containers with over a tonne of cocaine").
bool IsAmountWord(const Token& w) {
  if (!w.norm.empty() && IsDigit(w.norm[0])) return true;
  for (std::string_view x : {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                             "hundreds", "thousands", "million", "millions", "billion", "over", "about", "nearly",
                             "almost", "approximately", "some", "more", "than", "least"})
    if (w.norm == x) return true;
  return IsMeasureWord(w.norm);
}

// "Da'esh members seized stockpiles of heavy weaponry": a group that seizes
// takes by force; its seizure is no interdiction of a trade. Whether a group
// named in sentence (p, s) of `known` (from `first`) ends right before token
// i, or before a word for its members there.
bool SeizedByGroup(const std::vector<Mention>& known, std::size_t first, std::size_t p, std::size_t s,
                   const Tokens& t, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && (t[k - 1].norm == "members" || t[k - 1].norm == "fighters" || t[k - 1].norm == "elements" ||
                t[k - 1].norm == "militants" || t[k - 1].norm == "combatants"))
    --k;
  if (k == 0) return false;
  const std::size_t before = t[k - 1].end;
  for (std::size_t m = first; m < known.size() && known[m].paragraph == p && known[m].sentence == s; ++m)
    if (known[m].type == EntityType::kGroup && known[m].end <= before && before <= known[m].end + 2) return true;
  return false;
}

}  // namespace

CommodityExtractor::CommodityExtractor(const Rules& rules) : rules_(rules) {
  const CueSet& activity = rules.Cues("trade_activity");
  std::vector<const CueSet*> rows = {&activity};
  for (const Rules::Commodity& c : rules.commodities()) rows.push_back(c.words);
  rows.push_back(&rules.Cues("people_goods"));
  rows.push_back(&rules.Cues("self_movement"));
  index_.Build(rows);
  empty_ = activity.empty() || rules.commodities().empty();
}

void CommodityExtractor::Extract(const Document& doc, Findings* findings) const {
  if (empty_) return;
  std::vector<Mention> added;
  CueMatches matches;
  std::vector<std::pair<std::size_t, std::size_t>> activities, taken;
  struct Goods {
    const Entity* crime;
    std::size_t i, n, begin, end;
    bool traded;
  };
  std::vector<Goods> goods;
  auto& known = findings->mentions;  // in (paragraph, sentence, begin) order
  std::size_t next = 0;
  for (std::size_t p = 0; p < doc.paragraphs.size(); ++p) {
    for (std::size_t s = 0; s < doc.paragraphs[p].sentences.size(); ++s) {
      const Sentence& sentence = doc.paragraphs[p].sentences[s];
      // The bytes the mentions of this sentence already hold. A crime named
      // here links only with a group, a place or a UN entity of the same
      // sentence: a sentence that names none is passed over.
      taken.clear();
      bool linkable = false;
      while (next < known.size() && std::tie(known[next].paragraph, known[next].sentence) < std::tie(p, s))
        ++next;
      for (std::size_t k = next;
           k < known.size() && known[k].paragraph == p && known[k].sentence == s; ++k) {
        // A tax names the trade it is levied on too ("taxes on heroin
        // shipments": extortion, and drug trafficking): its words are no
        // name that hides goods or a word of trade.
        if (known[k].entity != kExtortion) taken.push_back({known[k].begin, known[k].end});
        linkable = linkable || known[k].type != EntityType::kCrime;
      }
      const Tokens& t = sentence.tokens;
      if (t.empty() || !linkable) continue;
      index_.Match(t, &matches);
      if (!matches.Any(0)) continue;
      // Words of trade, but not those inside a name already found ("trafficking
      // victims" is human trafficking, not a trade in what stands near it).
      const std::size_t people_row = rules_.commodities().size() + 1, self_row = people_row + 1;
      activities.clear();
      for (std::size_t i = 0; i < t.size(); ++i) {
        const std::size_t n = matches.At(0, i);
        if (!n) continue;
        const std::size_t b = t[i].begin, e = t[i + n - 1].end;
        if (t[i].norm == "seized" && SeizedByGroup(known, next, p, s, t, i)) continue;
        if (std::none_of(taken.begin(), taken.end(), [&](const auto& r) { return b < r.second && r.first < e; }))
          activities.push_back({i, i + n});
      }
      bool crime_here = false;
      for (std::size_t k = next; k < known.size() && known[k].paragraph == p && known[k].sentence == s; ++k)
        crime_here = crime_here || known[k].type == EntityType::kCrime;
      if (activities.empty() && !crime_here) continue;
      // The goods named near a word of trade; then the goods listed with
      // those ("seized a shotgun and 9 kg of marijuana": marijuana is
      // seized too, past the reach of "seized").
      goods.clear();
      for (std::size_t row = 1; row <= rules_.commodities().size(); ++row) {
        if (!matches.Any(row)) continue;
        const Entity* crime = rules_.FindEntity(rules_.commodities()[row - 1].crime);
        if (!crime) continue;
        for (std::size_t i = 0; i < t.size(); ++i) {
          const std::size_t n = matches.At(row, i);
          if (!n) continue;
          const std::size_t begin = t[i].begin, end = t[i + n - 1].end;
          const bool inside = std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
            return begin < r.second && r.first < end;
          });
          if (inside) continue;
          // A word for goods that only qualifies the noun after it names no
          // goods: "fuel stations", "oil prices", "drug policy".
          if (i + n < t.size() && t[i + n].begin == end + 1 && sentence.text[end] == ' ' &&
              IsQualifiedNoun(t[i + n].norm))
            continue;
          // "fuel" as a verb: "weapons that fuel violence", "to fuel the conflict".
          if (n == 1 && t[i].norm == "fuel" && i + 1 < t.size()) {
            std::size_t w = i + 1;
            if (w + 1 < t.size() && (t[w].norm == "the" || t[w].norm == "their" || t[w].norm == "its" ||
                                     t[w].norm == "further" || t[w].norm == "more"))
              ++w;
            if (FuelledNoun(t[w].norm)) continue;
          }
          // People move of themselves: "migrants moved into Turkana" is no
          // smuggling; a word that needs someone to move them is.
          const bool people = matches.At(people_row, i) > 0;
          const bool traded = std::any_of(activities.begin(), activities.end(), [&](const auto& a) {
            if (people && matches.At(self_row, a.first)) return false;
            const std::size_t lo = std::min(a.first, i), hi = std::max(a.first, i);
            if (a.first < i + n && i < a.second) return false;
            std::size_t words = hi - lo;
            for (std::size_t k = lo + 1; k < hi && words > kReach; ++k) words -= IsAmountWord(t[k]);
            if (words > kReach) return false;
            const std::size_t from = a.first < i ? t[a.second - 1].end : end;
            const std::size_t to = a.first < i ? begin : t[a.first].begin;
            return from > to || !ClauseBreak(sentence.text, from, to);
          });
          goods.push_back({crime, i, n, begin, end, traded});
        }
      }
      // A crime named in full starts or continues such a list too ("the
      // illicit flow of weapons, munitions, contraband, drugs and persons").
      for (std::size_t k = next; k < known.size() && known[k].paragraph == p && known[k].sentence == s; ++k) {
        if (known[k].type != EntityType::kCrime) continue;
        std::size_t i = 0;
        while (i < t.size() && t[i].end <= known[k].begin) ++i;
        std::size_t j = i;
        while (j < t.size() && t[j].begin < known[k].end) ++j;
        if (j > i) goods.push_back({nullptr, i, j - i, known[k].begin, known[k].end, true});
      }
      std::sort(goods.begin(), goods.end(), [](const Goods& x, const Goods& y) { return x.i < y.i; });
      // Whether two neighbouring goods are items of one list: "and" or "or"
      // between them, or only commas and crimes named in full ("the flow of
      // weapons, munitions, contraband, drugs and persons"), in one clause.
      auto listed = [&](const Goods& prev, const Goods& next) {
        if (next.i - (prev.i + prev.n) > kListReach) return false;
        bool joined = false, only_items = true;
        for (std::size_t k = prev.i + prev.n; k < next.i; ++k) {
          joined = joined || t[k].norm == "and" || t[k].norm == "or";
          only_items = only_items && std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
                         return t[k].begin < r.second && r.first < t[k].end;
                       });
        }
        if (only_items && !joined) {
          for (std::size_t c = prev.end; c < next.begin && only_items; ++c) {
            const bool in_item = std::any_of(taken.begin(), taken.end(),
                                             [&](const auto& r) { return r.first <= c && c < r.second; });
            only_items = in_item || sentence.text[c] == ',' || sentence.text[c] == ' ';
          }
          joined = only_items;
        }
        return joined && !ClauseBreak(sentence.text, prev.end, next.begin);
      };
      // Forward from traded goods or a crime named in full; then backward,
      // since the word of trade may follow the list ("fuel, gold, guns and
      // humans are being trafficked"), but only from goods a word of trade
      // governs ("the exploitation of migrants and trafficking victims": no
      // trade in migrants).
      for (std::size_t g = 1; g < goods.size(); ++g)
        if (goods[g - 1].traded && !goods[g].traded && listed(goods[g - 1], goods[g])) goods[g].traded = true;
      for (std::size_t g = goods.size(); g-- > 1;)
        if (goods[g].traded && goods[g].crime && !goods[g - 1].traded && listed(goods[g - 1], goods[g]))
          goods[g - 1].traded = true;
      for (const Goods& g : goods) {
        if (!g.crime || !g.traded || std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
              return g.begin < r.second && r.first < g.end;
            }))
          continue;
        Mention m;
        m.entity = g.crime->id;
        m.type = EntityType::kCrime;
        m.paragraph = p;
        m.sentence = s;
        m.begin = g.begin;
        m.end = g.end;
        m.span = sentence.RawSpan(g.begin, g.end);
        m.surface = sentence.text.substr(g.begin, g.end - g.begin);
        m.rule = "commodity";
        added.push_back(std::move(m));
        taken.push_back({g.begin, g.end});
      }
    }
  }
  AddMentionsInOrder(&known, std::move(added));
}

}  // namespace nexus
