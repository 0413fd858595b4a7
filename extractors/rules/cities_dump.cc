// nexus_cities_dump WORDS[:WORDS...] OUT [WORDS_OUT]: writes the world's cities that Debian's
// libgeonames holds (GeoNames' cities of 15,000 people or more) to OUT as
// "name<TAB>country code<TAB>folded name<TAB>slug" lines (the name folded
// and slugged as the gazetteer does, so that start-up need not), sorted by
// folded name and country code (the library's order among equals, the first
// of a name and country kept, so that start-up need not sort), for the build
// to embed next to the iso-codes lists. A city whose name is a word of English
// (a lower-case entry of the first word list, Debian's wamerican: "Mission",
// "Police", "Van", "March") or a month or a day is left out: a capital at
// the start of a sentence or in a title would make it a place. A build-time
// tool; Nexus itself never links libgeonames.
//
// WORDS_OUT, when given, receives every word of the lists (wamerican and
// wbritish, as UN texts spell the British way: "Favour", "Defence"), in any
// case, folded as the tokeniser folds a word (NormalizeName), sorted and once
// each, less the possessive entries ("Abel's"): what the discovery of unknown
// places asks ("Diffra" is no word of English, "Annex" is), embedded in its
// turn.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <geonames/geonames.h>

#include "extractors/reader/tokenizer.h"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::fprintf(stderr, "usage: nexus_cities_dump WORDS[:WORDS...] OUT [WORDS_OUT]\n");
    return 2;
  }
  std::set<std::string> words = {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "monday", "tuesday",
                                 "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::set<std::string> folded;  // every entry, any case, folded
  // Cities are weighed against the first list only: wbritish would drop
  // "Tyre" for the tyres of cars.
  const std::string lists = argv[1];
  for (std::size_t b = 0, n = 0; b <= lists.size(); ++n) {
    const std::size_t e = std::min(lists.find(':', b), lists.size());
    const std::string path = lists.substr(b, e - b);
    b = e + 1;
    std::ifstream list(path);
    if (!list) {
      std::perror(path.c_str());
      return 1;
    }
    for (std::string w; std::getline(list, w);) {
      if (n == 0 && !w.empty() && std::islower(static_cast<unsigned char>(w[0]))) words.insert(w);
      if (w.find('\'') == std::string::npos && !w.empty()) {
        std::string f = nexus::NormalizeName(w);
        if (!f.empty() && f.find(' ') == std::string::npos) folded.insert(std::move(f));
      }
    }
  }
  if (argc == 4) {
    const std::string words_out = argv[3], words_tmp = words_out + ".tmp";
    std::FILE* wf = std::fopen(words_tmp.c_str(), "wb");
    if (!wf) {
      std::perror(words_tmp.c_str());
      return 1;
    }
    for (const std::string& w : folded) std::fprintf(wf, "%s\n", w.c_str());
    if (std::fclose(wf) != 0 || std::rename(words_tmp.c_str(), words_out.c_str()) != 0) {
      std::perror(words_out.c_str());
      return 1;
    }
  }
  auto lower = [](std::string w) {
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  const int n = geonames_get_n_cities();
  if (n <= 0) {
    std::fprintf(stderr, "nexus_cities_dump: libgeonames holds no city\n");
    return 1;
  }
  const std::string out = argv[2], tmp = out + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    std::perror(tmp.c_str());
    return 1;
  }
  struct City {
    std::string name, code, folded, slug;
  };
  std::vector<City> cities;
  for (int i = 0; i < n; ++i) {
    GeonamesCity* city = geonames_get_city(i);
    const char* name = geonames_city_get_name(city);
    const char* code = geonames_city_get_country_code(city);
    if (name && code && *name && *code && !words.count(lower(name)))
      cities.push_back({name, code, nexus::NormalizeName(name), nexus::Slug(name)});
    geonames_city_free(city);
  }
  auto key = [](const City& c) { return std::tie(c.folded, c.code); };
  auto before = [&](const City& a, const City& b) { return key(a) < key(b); };
  auto same = [&](const City& a, const City& b) { return key(a) == key(b); };
  std::stable_sort(cities.begin(), cities.end(), before);
  cities.erase(std::unique(cities.begin(), cities.end(), same), cities.end());
  for (const City& c : cities)
    std::fprintf(f, "%s\t%s\t%s\t%s\n", c.name.c_str(), c.code.c_str(), c.folded.c_str(), c.slug.c_str());
  if (std::fclose(f) != 0 || std::rename(tmp.c_str(), out.c_str()) != 0) {
    std::perror(out.c_str());
    return 1;
  }
  return 0;
}
