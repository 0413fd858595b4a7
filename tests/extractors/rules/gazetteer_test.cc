#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/rules/gazetteer.h"

using nexus::Alias;
using nexus::Gazetteer;
using nexus::Match;
using nexus::Tokenize;

namespace {

Gazetteer Make() {
  Gazetteer g;
  g.Add(Alias{"region:niger", "Niger"});
  g.Add(Alias{"region:nigeria", "Nigeria"});
  g.Add(Alias{"group:al_qaida", "Al-Qaida"});
  g.Add(Alias{"group:aqim", "Al-Qaida in the Islamic Maghreb"});
  g.Add(Alias{"group:let", "LeT"});
  g.Add(Alias{"crime:drug_trafficking", "drug trafficking"});
  g.Add(Alias{"", "Lake Chad Basin Commission"});
  g.Add(Alias{"region:lake_chad_basin", "Lake Chad Basin"});
  return g;
}

std::vector<std::string> Ids(const Gazetteer& g, const std::string& text) {
  std::vector<std::string> out;
  auto tokens = Tokenize(text);
  for (const auto& m : g.Find(text, tokens)) out.push_back(m.aliases.front()->entity);
  return out;
}

}  // namespace

TEST_CASE("longest match wins", "[gazetteer]") {
  Gazetteer g = Make();
  CHECK(Ids(g, "Al-Qaida in the Islamic Maghreb") == std::vector<std::string>{"group:aqim"});
  CHECK(Ids(g, "al Qaida in Iraq") == std::vector<std::string>{"group:al_qaida"});
  CHECK(Ids(g, "Niger and Nigeria") == std::vector<std::string>{"region:niger", "region:nigeria"});
}

TEST_CASE("a blocker hides the names inside it", "[gazetteer]") {
  Gazetteer g = Make();
  CHECK(Ids(g, "the Lake Chad Basin Commission") == std::vector<std::string>{""});
  CHECK(Ids(g, "the Lake Chad Basin region") == std::vector<std::string>{"region:lake_chad_basin"});
}

TEST_CASE("proper names need a capital, acronyms their exact case", "[gazetteer]") {
  Gazetteer g = Make();
  CHECK(Ids(g, "niger").empty());
  CHECK(Ids(g, "let them").empty());
  CHECK(Ids(g, "by LeT") == std::vector<std::string>{"group:let"});
  CHECK(Ids(g, "Drug Trafficking and drug trafficking").size() == 2);
}

TEST_CASE("an acronym right before a dollar sign is a currency's prefix", "[gazetteer]") {
  Gazetteer g;
  g.Add(Alias{"region:united_states", "US"});
  CHECK(Ids(g, "arms from the US reach Haiti") == std::vector<std::string>{"region:united_states"});
  CHECK(Ids(g, "let us act").empty());
  CHECK(Ids(g, "a ransom of US$ 2 million").empty());
  CHECK(Ids(g, "a ransom of US$2 million").empty());
  CHECK(Ids(g, "losses of US $18 billion").empty());
}

TEST_CASE("lookup by folded words", "[gazetteer]") {
  Gazetteer g = Make();
  CHECK(g.Lookup({"niger"}).size() == 1);
  CHECK(g.Lookup({"chad"}).empty());
}

TEST_CASE("lookup by a range of tokens", "[gazetteer]") {
  Gazetteer g = Make();
  auto t = Tokenize("near the Lake Chad Basin today");
  REQUIRE(g.Lookup(t, 2, 5).size() == 1);
  CHECK(g.Lookup(t, 2, 5).front()->entity == "region:lake_chad_basin");
  CHECK(g.Lookup(t, 2, 4).empty());
  CHECK(g.Lookup(t, 0, 1).empty());
}

TEST_CASE("many words of every length, and words no name has", "[gazetteer]") {
  // Enough words to make the word table grow several times, with lengths
  // around the hash's 4-, 8- and 16-byte steps and shared beginnings.
  Gazetteer g;
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) {
    std::string w = "W" + std::string(static_cast<std::size_t>(i % 23), 'a') + std::to_string(i);
    words.push_back(w);
    g.Add(Alias{"id:" + std::to_string(i), w});
  }
  std::vector<Match> found;
  std::string text;
  for (int i = 0; i < 3000; i += 7) text += words[static_cast<std::size_t>(i)] + " Wzz ";
  auto tokens = Tokenize(text);
  g.Find(text, tokens, &found);
  REQUIRE(found.size() == (3000 + 6) / 7);
  for (std::size_t k = 0; k < found.size(); ++k)
    CHECK(found[k].aliases.front()->entity == "id:" + std::to_string(7 * k));
  CHECK(g.Lookup({"wzz"}).empty());
  CHECK(g.Lookup({"w"}).empty());
  CHECK(g.Lookup({std::string(200, 'w')}).empty());
}

TEST_CASE("names of many words that share their first words", "[gazetteer]") {
  // One first word with thousands of next words, and chains three words
  // deep, so the table of edges grows several times; the text interleaves
  // the names with their own words in other orders, which start or continue
  // no name.
  Gazetteer g;
  for (int i = 0; i < 2000; ++i) {
    const std::string n = std::to_string(i);
    g.Add(Alias{"a:" + n, "Office of W" + n});
    g.Add(Alias{"b:" + n, "Office of W" + n + " and X" + n});
  }
  g.Add(Alias{"c", "Office"});
  std::string text;
  for (int i = 0; i < 2000; i += 5) {
    const std::string n = std::to_string(i);
    text += "Office of W" + n + " and X" + n + ", then Office of W" + n + " and X" +
            std::to_string(i + 1) + "; of W" + n + " Office X" + n + ". ";
  }
  std::vector<Match> found;
  auto tokens = Tokenize(text);
  g.Find(text, tokens, &found);
  std::vector<std::string> got;
  for (const Match& m : found) got.push_back(m.aliases.front()->entity);
  std::vector<std::string> want;
  for (int i = 0; i < 2000; i += 5) {
    const std::string n = std::to_string(i);
    want.insert(want.end(), {"b:" + n, "a:" + n, "c"});
  }
  CHECK(got == want);
  CHECK(g.Lookup({"office", "of", "w17", "and", "x17"}).size() == 1);
  CHECK(g.Lookup({"office", "of", "w17", "and", "x18"}).empty());
  CHECK(g.Lookup({"office", "of"}).empty());
  CHECK(g.Lookup({"office"}).size() == 1);
}

TEST_CASE("exact case compares letters: typographic apostrophes and dashes are no letters", "[gazetteer]") {
  Gazetteer g;
  g.Add(Alias{"region:ndjamena", "N'Djamena"});
  g.Add(Alias{"group:let", "LeT"});
  // PDFs and word processors write ’ for '; the letters are the same.
  CHECK(Ids(g, "a meeting in N’Djamena.") == std::vector<std::string>{"region:ndjamena"});
  CHECK(Ids(g, "a meeting in N'Djamena.") == std::vector<std::string>{"region:ndjamena"});
  CHECK(Ids(g, "a meeting in NDjamena.") == std::vector<std::string>{"region:ndjamena"});
  // The case of the letters still counts.
  CHECK(Ids(g, "a meeting in Ndjamena.").empty());
  CHECK(Ids(g, "let them go").empty());
  CHECK(Ids(g, "the LeT cell") == std::vector<std::string>{"group:let"});
}

TEST_CASE("exact case lets a title capitalise a word's first letter, and only that", "[gazetteer]") {
  Gazetteer g;
  g.Add(Alias{"group:zmo", "Mouvement pour l'unité et le jihad de l'Ouest"});
  g.Add(Alias{"group:splm_io", "SPLM-iO"});
  CHECK(Ids(g, "the Mouvement pour l'unité et le jihad de l'Ouest met") == std::vector<std::string>{"group:zmo"});
  CHECK(Ids(g, "the Mouvement Pour L’Unité Et Le Jihad De L’Ouest met") == std::vector<std::string>{"group:zmo"});
  CHECK(Ids(g, "the SPLM-IO met") == std::vector<std::string>{"group:splm_io"});
  // Where it stops: a capital the name has is needed; a capital inside a
  // word is no title's.
  CHECK(Ids(g, "the mouvement pour l'unité et le jihad de l'ouest met").empty());
  CHECK(Ids(g, "the Mouvement pour l'uNité et le jihad de l'Ouest met").empty());
  CHECK(Ids(g, "the SPlM-iO met").empty());
}
