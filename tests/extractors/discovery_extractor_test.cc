// Discovery on made-up sentences: names no gazetteer holds, found by their
// shape and context, and where it stops.
#include <catch2/catch.hpp>

#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

const nexus::Entity* Discovered(const nexus::test::Run& r, const std::string& id) {
  for (const nexus::Entity& e : r.findings.entities)
    if (e.id == id && !e.discovered_by.empty()) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("discovery: a group's name by its head, only where the sentence speaks of armed groups",
          "[discovery]") {
  auto r = RunOn("1. The armed group known as the Zorvan Liberation Front attacked a convoy.\n");
  const nexus::Entity* e = Discovered(r, "group:zorvan_liberation_front");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.group_name");
  CHECK(r.Mentions("group:zorvan_liberation_front"));
  // No armed-group word in the sentence: a front is only a front.
  auto calm = RunOn("1. The Zorvan Liberation Front held a cultural festival.\n");
  CHECK_FALSE(Discovered(calm, "group:zorvan_liberation_front"));
  // Its fighters say so too.
  CHECK(Discovered(RunOn("1. Remnants of the Zorvan Brigade (fewer than 40 fighters) hid in the hills.\n"),
                   "group:zorvan_brigade"));
  // A government's army is no armed group.
  auto army = RunOn("1. Armed clashes with the Zorvan National Army continued.\n");
  CHECK_FALSE(Discovered(army, "group:zorvan_national_army"));
  // Nor a rank in a force.
  auto rank = RunOn("1. Armed factions took part, one led by Zorva Kelbo, now a Brigadier General in the Zorvan "
                    "Army.\n");
  CHECK_FALSE(Discovered(rank, "group:brigadier_general_in_the_zorvan_army"));
  CHECK_FALSE(Discovered(rank, "group:general_in_the_zorvan_army"));
}

TEST_CASE("discovery: 'The group' after a sentence a discovered group opens is that group", "[discovery]") {
  // Also where the sentence names a known group after it, which the mention
  // extractor took "The group" for.
  auto r = RunOn("1. Jaysh Zorvan al-Din is a terrorist organization operating under the umbrella of Al-Nusrah "
                 "Front. The group mainly operates in the provinces of Hama and Idlib.\n");
  CHECK(r.Link("group:jaysh_zorvan_al_din", "region:hama"));
  CHECK_FALSE(r.Link("group:al_nusrah_front", "region:hama"));
  // Where it stops: the known group opens the sentence.
  auto known = RunOn("1. Al-Nusrah Front sheltered Jaysh Zorvan al-Din. The group mainly operates in Hama.\n");
  CHECK_FALSE(known.Link("group:jaysh_zorvan_al_din", "region:hama"));
}

TEST_CASE("discovery: Arabic names of groups, with the acronym that follows", "[discovery]") {
  // Other transliterations of the heads too ("Jaysh", "Liwa", "Saraya").
  CHECK(Discovered(RunOn("1. Jaysh Zorvan al-Din attacked the town.\n"), "group:jaysh_zorvan_al_din"));
  CHECK(Discovered(RunOn("1. Liwa al-Zorvan recruited fighters.\n"), "group:liwa_al_zorvan"));
  auto r = RunOn("1. Katibat Zayd al-Qurrah (KZQ) recruited fighters. KZQ also taxed traders.\n");
  const nexus::Entity* e = Discovered(r, "group:katibat_zayd_al_qurrah");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.arabic_name");
  CHECK(e->aliases == std::vector<std::string>{"KZQ"});
  int uses = 0;
  for (const nexus::Mention& m : r.findings.mentions)
    if (m.entity == "group:katibat_zayd_al_qurrah") ++uses;
  CHECK(uses == 3);  // the name, its acronym in brackets, and the acronym in the next sentence
}

TEST_CASE("discovery: UN bodies by their shape, not documents named like them", "[discovery]") {
  auto r = RunOn("1. The United Nations Regional Office for Zorvania opened in 2020.\n");
  const nexus::Entity* e = Discovered(r, "un_entity:united_nations_regional_office_for_zorvania");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.united_nations_body");
  auto doc = RunOn("1. The United Nations Global Counter-Terrorism Strategy was adopted.\n");
  for (const nexus::Entity& x : doc.findings.entities) CHECK(x.discovered_by.empty());
}

TEST_CASE("discovery: names right before a lower-case head (gangs, coalitions)", "[discovery]") {
  auto r = RunOn("1. The Zorvo Kalen gang blocked the road near the port.\n");
  const nexus::Entity* e = Discovered(r, "group:zorvo_kalen");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.named_before_head");
  // A lone capitalised word opening the sentence is no name.
  CHECK_FALSE(Discovered(RunOn("1. Growing gang violence displaced thousands.\n"), "group:growing"));
  // No capitalised words before the head: nothing.
  CHECK(RunOn("1. The anti-gang unit arrested an officer.\n").findings.entities.empty());
}

TEST_CASE("discovery: a group found by its head also goes by its name with the head", "[discovery]") {
  // "Zorvan militias" is a name of the group "Zorvan" (a people's militias
  // are often named so), also with a head of two words.
  auto r = RunOn("1. In the north, Zorvan militias attacked the village.\n");
  const nexus::Entity* e = Discovered(r, "group:zorvan");
  REQUIRE(e);
  CHECK(e->aliases == std::vector<std::string>{"Zorvan militias"});
  auto two_words = RunOn("1. The Kelbo armed group attacked the village.\n");
  e = Discovered(two_words, "group:kelbo");
  REQUIRE(e);
  CHECK(e->aliases == std::vector<std::string>{"Kelbo armed group"});
  // Where it stops: a faction named after its leader keeps its one name, and
  // a plural head shared by a list is the head of the last name only.
  auto faction = RunOn("1. Armed groups clashed. The Aliyu Ngulde faction attacked the village.\n");
  e = Discovered(faction, "group:aliyu_ngulde_faction");
  REQUIRE(e);
  CHECK(e->aliases.empty());
  auto list = RunOn("1. The Zorvo and Kalen gangs blocked the road.\n");
  e = Discovered(list, "group:zorvo");
  REQUIRE(e);
  CHECK(e->aliases.empty());
}
TEST_CASE("discovery: the examples of the leaders of groups are people, not groups", "[discovery]") {
  auto leaders = RunOn("1. Leaders of criminal groups, such as Zorvo Kalen and Brin Tavel, refused to talk.\n");
  CHECK_FALSE(Discovered(leaders, "group:zorvo_kalen"));
  CHECK_FALSE(Discovered(leaders, "group:brin_tavel"));
  // Where it stops: the examples of the groups themselves.
  CHECK(Discovered(RunOn("1. Criminal groups, such as Zorvo Kalen and Brin Tavel, refused to talk.\n"),
                   "group:zorvo_kalen"));
}

TEST_CASE("discovery: a name found as a place that the document puts before a people's members is a people",
          "[discovery]") {
  // Alone, "Zorvani districts" is a place.
  CHECK(Discovered(RunOn("1. Raids hit Zorvani districts near the border.\n"), "region:zorvani"));
  // With "the Zorvani community" anywhere in the document, it is a people's name.
  auto r = RunOn("1. Raids hit Zorvani districts near the border.\n\n2. Leaders of the Zorvani community "
                 "protested.\n");
  CHECK_FALSE(Discovered(r, "region:zorvani"));
  CHECK_FALSE(r.Mentions("region:zorvani"));
}

TEST_CASE("discovery: a place inside a discovered name is no mention of the place", "[discovery]") {
  auto r = RunOn("1. The armed Movement for the Liberation of Mali attacked a convoy.\n");
  REQUIRE(Discovered(r, "group:movement_for_the_liberation_of_mali"));
  CHECK_FALSE(r.Mentions("region:mali"));
}

TEST_CASE("discovery: places by their head, and plural heads shared by a list", "[discovery]") {
  auto r = RunOn("1. Fighting spread to Zorba Province and to the Kelto district. "
                 "Tests were run in the Alpha and Beta Gamma areas. Troops reached the town of Vintar.\n");
  for (const char* id : {"region:zorba_province", "region:kelto", "region:alpha", "region:beta_gamma",
                         "region:vintar"}) {
    INFO(id);
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.place_name");
  }
  // Not a name that runs into one found already, nor a run with "in" inside.
  auto known = RunOn("1. Weapons reached the Lower Juba region.\n");
  for (const nexus::Entity& e : known.findings.entities) CHECK(e.discovered_by != "discovery.place_name");
  auto inside = RunOn("1. The General Directorate of Intelligence in Bamyan Province met.\n");
  CHECK_FALSE(Discovered(inside, "region:general_directorate_of_intelligence_in_bamyan_province"));
}

TEST_CASE("discovery: a capitalised plural head shared by a list, and the name without its head",
          "[discovery]") {
  auto r = RunOn("1. In Kelmora and Vintaro Prefectures, combatants kidnapped civilians.\n");
  REQUIRE(Discovered(r, "region:kelmora"));
  REQUIRE(Discovered(r, "region:vintaro"));
  // A word that opens the sentence is no part of the name.
  auto opening = RunOn("1. In Zorba Prefecture, fighting continued.\n");
  CHECK(Discovered(opening, "region:zorba_prefecture"));
  CHECK_FALSE(Discovered(opening, "region:in_zorba_prefecture"));
  auto p = RunOn("1. Fighting spread to Zorba Province.\n");
  const nexus::Entity* e = Discovered(p, "region:zorba_province");
  REQUIRE(e);
  CHECK(e->aliases == std::vector<std::string>{"Zorba"});
  // A word of British English in a title is no place.
  CHECK_FALSE(Discovered(RunOn("1. The Council adopted the text by 11 votes in Favour.\n"), "region:favour"));
  // Where it stops: a people's adjective before a plural head says which
  // places, and names none.
  auto people = RunOn("1. Rebels invaded the Zorbanese Provinces of Kelmora and Vintaro.\n");
  CHECK_FALSE(Discovered(people, "region:zorbanese"));
  CHECK_FALSE(Discovered(people, "region:zorbanese_provinces"));
}

TEST_CASE("discovery: a place a preposition governs, parted by a comma from a place it lies in",
          "[discovery]") {
  auto r = RunOn("1. Traffickers were arrested near Vantoro, Zorba Province, and in Kelmi, in the Tarsa "
                 "Department of Haiti.\n");
  const nexus::Entity* town = Discovered(r, "region:vantoro");
  REQUIRE(town);
  CHECK(town->discovered_by == "discovery.place_in_place");
  CHECK(Discovered(r, "region:kelmi"));
  // "the Tarsa Department of Haiti": the department by its head, before "of".
  CHECK(Discovered(r, "region:tarsa_department"));
  // Where it stops: a month, a venue, a place followed by no place.
  auto month = RunOn("1. In March, Mali reported arms trafficking.\n");
  CHECK_FALSE(Discovered(month, "region:march"));
  auto venue = RunOn("1. The Committee met at United Nations Headquarters, New York.\n");
  CHECK_FALSE(Discovered(venue, "region:united_nations_headquarters"));
  // (Alone, "near Vantoro" is still a place, by the rule that asks that no
  // word of English spell it: see below.)
  auto alone = RunOn("1. Traffickers were arrested near Vantoro, while others fled.\n");
  REQUIRE(Discovered(alone, "region:vantoro"));
  CHECK(Discovered(alone, "region:vantoro")->discovered_by != "discovery.place_in_place");
}

TEST_CASE("discovery: a plural place head after a known name is shared by the unknown names listed with it",
          "[discovery]") {
  auto r = RunOn("1. M23 advanced in areas in Masisi, Zorvagongo and Rutshuru territories.\n");
  CHECK(Discovered(r, "region:zorvagongo"));
  CHECK(r.Link("group:m23", "region:zorvagongo"));
  // A territory is a place head too (the DR Congo's "territoires").
  auto territory = RunOn("1. ADF expanded further into Zorvasa territory.\n");
  CHECK(territory.Link("group:adf", "region:zorvasa"));
  auto provinces = RunOn("1. Fighting spread to Kelmora, Kandahar and Helmand Provinces.\n");
  CHECK(Discovered(provinces, "region:kelmora"));
  // Not the end of a hyphenated name, nor a compass point alone.
  auto hyphen = RunOn("1. Operations went on in Hirshabelle, South-West and Galguduud States.\n");
  CHECK_FALSE(Discovered(hyphen, "region:west"));
  auto compass = RunOn("1. Schools closed in the West and Artibonite departments of Haiti.\n");
  CHECK_FALSE(Discovered(compass, "region:west"));
}

TEST_CASE("discovery: a name a comma and 'a' describe as a kind of place", "[discovery]") {
  auto site = RunOn("1. M23 took control of Zorvanga, a gold mining site, on 6 May.\n");
  CHECK(Discovered(site, "region:zorvanga"));
  CHECK(site.Link("group:m23", "region:zorvanga"));
  CHECK(Discovered(RunOn("1. Police arrested four men for drug trafficking in Kelbo, a locality in the commune of "
                         "Cap-Haitien.\n"),
                   "region:kelbo"));
  // Where it stops: the place word inside a longer description ("a town
  // official"), a person, a word opening the sentence.
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab threatened Zorvanga, a town official in Somalia.\n"), "region:zorvanga"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab threatened Zorvanga, a lawyer in Somalia.\n"), "region:zorvanga"));
  CHECK_FALSE(Discovered(RunOn("1. Meanwhile, a village in Somalia was attacked by Al-Shabaab.\n"), "region:meanwhile"));
  CHECK_FALSE(Discovered(RunOn("1. Recently, a village in Somalia was attacked by Al-Shabaab.\n"), "region:recently"));
  // A name opening the sentence is one all the same.
  CHECK(Discovered(RunOn("1. Zorvanga, a large commercial town near Kenya, is a hotspot of arms trafficking.\n"),
                   "region:zorvanga"));
}

TEST_CASE("discovery: the place a group takes control of", "[discovery]") {
  auto r = RunOn("1. The group took control of Katogra on 5 May.\n");
  CHECK(Discovered(r, "region:katogra"));
  CHECK(Discovered(RunOn("1. RSF gained control over Um Zorvada in Darfur.\n"), "region:um_zorvada"));
  // Not words of capitals only (a group's acronym), nor the words of a title.
  CHECK_FALSE(Discovered(RunOn("1. Mali fell under the control of ZRF fighters.\n"), "region:zrf"));
  CHECK_FALSE(Discovered(RunOn("1. The Authority for the Control of Zorvan Beverages met in Mali.\n"),
                         "region:zorvan_beverages"));
}

TEST_CASE("discovery: the place a visit goes to", "[discovery]") {
  CHECK(Discovered(RunOn("1. Members of the mechanism visited Yongoro-Kelbo to meet herders.\n"),
                   "region:yongoro_kelbo"));
  CHECK(Discovered(RunOn("1. The delegation toured Zorvakali and Kelbomir in March.\n"), "region:kelbomir"));
  // Nor people a preposition governs, a title before one of them.
  CHECK_FALSE(Discovered(RunOn("1. The army coordinated movements through Zorva Kelbani and General Mohamed "
                               "Zorvak.\n"),
                         "region:zorva_kelbani"));
  CHECK(Discovered(RunOn("1. The army coordinated movements through Zorva Kelbani and Mahamid.\n"),
                   "region:zorva_kelbani"));
  // Where it stops: the visit's object goes on in lower case (people, not a place).
  CHECK_FALSE(Discovered(RunOn("1. The mission visited Zorvakali herders in March.\n"), "region:zorvakali"));
}

TEST_CASE("discovery: a plural group head shared by a list", "[discovery]") {
  auto r = RunOn("1. The Kolta Verde and Runo Baz gangs extorted trucks near the port.\n");
  CHECK(Discovered(r, "group:kolta_verde"));
  CHECK(Discovered(r, "group:runo_baz"));
}

TEST_CASE("discovery: groups and places a list gives as examples", "[discovery]") {
  auto r = RunOn("1. Children are exploited by gangs such as 300 Zorvo, but also by others such as "
                 "Kelbrook, Vantu Rasa and Village de Marn.\n");
  for (const char* id : {"group:300_zorvo", "group:kelbrook", "group:vantu_rasa", "group:village_de_marn"}) {
    INFO(id);
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.listed_group");
  }
  auto places = RunOn("1. Migrants flew to cities like Zorbota and Kelmaran.\n");
  CHECK(Discovered(places, "region:zorbota"));
  CHECK(Discovered(places, "region:kelmaran"));
  // Where it stops: "groups" needs a word saying what groups; a known name
  // in an item leaves the item to the gazetteer; the list ends at a word
  // that is no item.
  CHECK_FALSE(Discovered(RunOn("1. Vulnerable groups such as Zorbota Women suffered.\n"),
                         "group:zorbota_women"));
  auto known = RunOn("1. Armed groups such as Al-Shabaab and Kelmar Front taxed goods, unlike Vantu.\n");
  CHECK(Discovered(known, "group:kelmar_front"));
  CHECK_FALSE(Discovered(known, "group:vantu"));
  for (const nexus::Entity& e : known.findings.entities) CHECK(e.id.find("shabaab_and") == std::string::npos);
}

TEST_CASE("discovery: places listed with a known place after a place preposition", "[discovery]") {
  auto r = RunOn("1. The cocaine was flown to Zorbota and Kenya, then to Kelmaran, Vantoro and New York.\n");
  for (const char* id : {"region:zorbota", "region:kelmaran", "region:vantoro"}) {
    INFO(id);
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.coordinated_place");
  }
  // Where it stops: no known place in the list; a name of another type in
  // it; an institution; the list as a modifier of a noun; a title.
  CHECK_FALSE(Discovered(RunOn("1. The cocaine was flown to Zorbota and Kelmaran.\n"), "region:zorbota"));
  CHECK_FALSE(Discovered(RunOn("1. Support went to Kenya, Zorbota and UNODC.\n"), "region:zorbota"));
  CHECK_FALSE(Discovered(RunOn("1. Talks were held in Kenya and with the Federal Government.\n"),
                         "region:federal_government"));
  CHECK_FALSE(Discovered(RunOn("1. He led ISIL in Somalia and the Zorbota office.\n"), "region:zorbota"));
  CHECK_FALSE(Discovered(RunOn("Council Considers Charcoal Trade in Somalia, Tensions over Mineral Resources\n"),
                         "region:tensions"));
  // Two names a comma alone joins: a place and what is said of it.
  CHECK_FALSE(Discovered(RunOn("1. The strike killed the head of the brigades in Kenya, Mohammed Kelman.\n"),
                         "region:mohammed_kelman"));
  CHECK(Discovered(RunOn("1. The strike hit targets in Kenya, Zorbota and Kelmaran.\n"), "region:zorbota"));
  // A verb of taking ground, or "control of", governs a list too.
  CHECK(Discovered(RunOn("1. Last month, the militia captured Nyala, Zorbota and Kelmaran.\n"), "region:zorbota"));
  CHECK(Discovered(RunOn("1. Last month, the militia took control of Nyala, Zorbota and Kelmaran.\n"),
                   "region:kelmaran"));
  CHECK_FALSE(Discovered(RunOn("1. Last month, the militia took part of Nyala, Zorbota and Kelmaran.\n"),
                         "region:zorbota"));
}

TEST_CASE("discovery: places listed after a known place and a colon, and in a short sentence", "[discovery]") {
  auto colon = RunOn("1. Regional offices in Kenya: Zorbota, Nairobi, Kelmaran.\n");
  CHECK(Discovered(colon, "region:zorbota"));
  CHECK(Discovered(colon, "region:kelmaran"));
  // A sanctions entry's name in capitals runs into its first sentence and
  // makes no title of it; nor do the list's own names.
  auto entry = RunOn("QDe.999 ZORVAN TRUST\nOperates in Zorbota, Nairobi, Kelmaran and Mombasa.\n");
  CHECK(Discovered(entry, "region:zorbota"));
  CHECK(Discovered(entry, "region:kelmaran"));
  CHECK(Discovered(RunOn("Al-Shabaab operates in Kismayo, Zorbota and Baidoa.\n"), "region:zorbota"));
  // Where it stops: no known place in the list after the colon; a colon
  // after no place; a title with no full stop.
  CHECK_FALSE(Discovered(RunOn("1. Offices in Kenya: Zorbota and Kelmaran.\n"), "region:zorbota"));
  // Nor a word of position alone, a member of an elliptical list.
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab fought in Upper and Lower Juba.\n"), "region:upper"));
  CHECK_FALSE(Discovered(RunOn("1. Offices opened: Zorbota, Nairobi and Kelmaran.\n"), "region:zorbota"));
  CHECK_FALSE(Discovered(RunOn("Council Weighs Trade in Somalia, Zorbota Tensions over Mineral Resources\n"),
                         "region:zorbota_tensions"));
}

TEST_CASE("discovery: a group's name stops before 'in' and a province or district", "[discovery]") {
  auto r = RunOn("1. Fighters joined Katiba Zorvan in Kunar Province, Afghanistan.\n");
  CHECK(Discovered(r, "group:katiba_zorvan"));
  CHECK(r.Link("group:katiba_zorvan", "region:af_knr"));
  // Or before names and the word for a district.
  auto district = RunOn("1. Fighters joined Katiba Zorvan in Veldara district.\n");
  CHECK(Discovered(district, "group:katiba_zorvan"));
  CHECK(district.Link("group:katiba_zorvan", "region:veldara"));
  // Where it stops: a place with no word for a province after it, and a
  // place the rules do not know, stay in the name.
  CHECK(Discovered(RunOn("1. Fighters joined Katiba Zorvan in Kunar.\n"), "group:katiba_zorvan_in_kunar"));
  CHECK(Discovered(RunOn("1. Fighters joined Katiba Zorvan in Veldara Province.\n"),
                   "group:katiba_zorvan_in_veldara_province"));
}

TEST_CASE("discovery: mountains, hills, valleys and forests by their head", "[discovery]") {
  auto r = RunOn("1. Fighters hid in the Kelda mountains and the Varo valley.\n");
  CHECK(Discovered(r, "region:kelda"));
  CHECK(Discovered(r, "region:varo"));
  auto named = RunOn("1. In the Vantor Mountains in Bari region, forces attacked the group.\n");
  const nexus::Entity* e = Discovered(named, "region:vantor_mountains");
  REQUIRE(e);
  CHECK(e->aliases == std::vector<std::string>{"Vantor"});
  // Rivers, plateaus, deserts and oases too.
  auto river = RunOn("1. Hizbullah kept weapons south of the Zarqal River and in the Tarvo Plateau.\n");
  CHECK(Discovered(river, "region:zarqal_river"));
  CHECK(Discovered(river, "region:tarvo_plateau"));
  // Where it stops: a lone capitalised word opening the sentence.
  CHECK_FALSE(Discovered(RunOn("1. Mountain roads were closed.\n"), "region:mountain"));
  CHECK_FALSE(Discovered(RunOn("1. River patrols were stepped up.\n"), "region:river"));
}

TEST_CASE("discovery: a name before 'armed group', 'rebel movement' and the like", "[discovery]") {
  auto r = RunOn("1. The Zorvan armed group attacked the town. The Kelbo rebel movement took the hills.\n");
  CHECK(Discovered(r, "group:zorvan"));
  CHECK(Discovered(r, "group:kelbo"));
  // Where it stops: the end of a hyphenated word ("non-State armed groups"),
  // a word opening the sentence alone.
  CHECK(RunOn("1. The role of non-State armed groups grew.\n").findings.entities.empty());
  CHECK(RunOn("1. Rebel movement leaders met.\n").findings.entities.empty());
}

TEST_CASE("discovery: 'the group' in the next sentence stands for a discovered group", "[discovery]") {
  auto pronoun = [](const nexus::test::Run& r, const std::string& id) {
    for (const nexus::Mention& m : r.findings.mentions)
      if (m.entity == id && m.rule == "pronoun" && m.sentence == 1) return true;
    return false;
  };
  CHECK(pronoun(RunOn("1. The Zorvan Liberation Front, an armed group, attacked a convoy. The group also extorts "
                      "traders.\n"), "group:zorvan_liberation_front"));
  CHECK(pronoun(RunOn("1. The Zorvan Liberation Front, an armed group, attacked a convoy. They also extort "
                      "traders.\n"), "group:zorvan_liberation_front"));
  // Two groups before: the one that opens the sentence as its subject.
  CHECK(pronoun(RunOn("1. The Zorvan Liberation Front, an armed group, fought ISIL. The group also extorts "
                      "traders.\n"), "group:zorvan_liberation_front"));
  // Where it stops: a next sentence naming its own group; two groups before
  // listed together; "the group of experts".
  CHECK_FALSE(pronoun(RunOn("1. The Zorvan Liberation Front, an armed group, attacked a convoy. The group joined "
                            "ISIL.\n"), "group:zorvan_liberation_front"));
  CHECK_FALSE(pronoun(RunOn("1. The Zorvan Liberation Front and ISIL fought the army. The group also extorts "
                            "traders.\n"), "group:zorvan_liberation_front"));
  CHECK_FALSE(pronoun(RunOn("1. The Zorvan Liberation Front, an armed group, attacked a convoy. The group of "
                            "experts wrote.\n"), "group:zorvan_liberation_front"));
}

TEST_CASE("discovery: the name a group is known as, called or dubbed", "[discovery]") {
  auto r = RunOn("1. Members of a group suspected to be affiliated with ISGS, locally known as the Zukarawa, "
                 "re-emerged in Kebbi State.\n");
  const nexus::Entity* e = Discovered(r, "group:zukarawa");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.known_as");
  CHECK(r.Link("group:zukarawa", "group:isgs"));
  CHECK(Discovered(RunOn("1. An early criminal group, known colloquially as \u201cLa Banda\u201d, trafficked "
                         "cocaine.\n"),
                   "group:la_banda"));
  CHECK(Discovered(RunOn("1. A new armed movement calling itself the Free Dunes Front attacked Tessit.\n"),
                   "group:free_dunes_front"));
  // No word for a group before it: a town known as something names no group.
  auto town = RunOn("1. The town known as Zelmat was attacked.\n");
  CHECK_FALSE(Discovered(town, "group:zelmat"));
  // The group word must be in the same stretch of the sentence.
  auto apart = RunOn("1. The group withdrew; the hill, known as Zorva Ridge, was taken.\n");
  CHECK_FALSE(Discovered(apart, "group:zorva_ridge"));
}

TEST_CASE("discovery: a discovered name used again elsewhere in the document", "[discovery]") {
  auto r = RunOn("1. Members of a group locally known as the Zukarawa re-emerged in Kebbi State.\n\n"
                 "2. The Zukarawa attacked soldiers in Kano.\n\n"
                 "3. In 2017 the Zukarawa arrived in Sokoto State from Mali.\n");
  int uses = 0;
  for (const nexus::Mention& m : r.findings.mentions)
    if (m.entity == "group:zukarawa") {
      ++uses;
      if (m.paragraph > 0) CHECK(m.rule == "discovery.use");
    }
  CHECK(uses == 3);
  CHECK(r.Link("group:zukarawa", "region:kano"));
  CHECK(r.Link("group:zukarawa", "region:mali"));
  // Only as written, as a whole word: "Zukarawans" is another word.
  auto other = RunOn("1. A group known as the Zukarawa formed.\n\n2. Zukarawans fled to Kano.\n");
  int more = 0;
  for (const nexus::Mention& m : other.findings.mentions) more += m.entity == "group:zukarawa";
  CHECK(more == 1);
  // A one-word name opening a sentence may be a common word there.
  auto opening = RunOn("1. A militia known as the Volunteers attacked Kano.\n\n2. Volunteers helped the victims.\n");
  int vol = 0;
  for (const nexus::Mention& m : opening.findings.mentions) vol += m.entity == "group:volunteers";
  CHECK(vol == 1);
}

TEST_CASE("discovery: towns listed after 'the towns of', and a town in a known place", "[discovery]") {
  auto r = RunOn("1. Soldiers were attacked near the towns of Drabu and Kelso in the Kano Region of Nigeria.\n");
  CHECK(Discovered(r, "region:drabu"));
  CHECK(Discovered(r, "region:kelso"));
  // "in X in <a known place>", without a comma.
  auto nested = RunOn("1. The faction set up an operational base in Zelmat in the Tahoua Region.\n");
  const nexus::Entity* e = Discovered(nested, "region:zelmat");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.place_in_place");
  // Words of institutions are no place ("in Operation Zorva in Mali").
  CHECK_FALSE(Discovered(RunOn("1. France took part in Operation Zorva in Mali.\n"), "region:operation_zorva"));
  // No known place after it: nothing.
  const nexus::Entity* alone = Discovered(RunOn("1. They met in Zelmat in secret.\n"), "region:zelmat");
  CHECK((!alone || alone->discovered_by != "discovery.place_in_place"));
}

TEST_CASE("discovery: gangs in brackets after a group, and a name whose leader is given", "[discovery]") {
  auto r = RunOn("1. Some Zorva Ansanm gangs (Kelo Ravine, 7 Segonn and Ti Bwak) attacked Kenscoff.\n");
  CHECK(Discovered(r, "group:kelo_ravine"));
  CHECK(Discovered(r, "group:7_segonn"));
  CHECK(Discovered(r, "group:ti_bwak"));
  auto led = RunOn("1. Shootings by 400 Mawozo (led by Joseph Wilson) and Chyen Mekan (led by Claudy Celo) closed "
                   "the airport, the gangs said.\n");
  const nexus::Entity* e = Discovered(led, "group:chyen_mekan");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.led_by");
  // A list of names in a list of examples: the asides in brackets are skipped.
  auto asides = RunOn("1. Control of the road enabled gangs including Delmas 9 (led by X, alias Y), Les Zorvas "
                      "(led by Z) and Simon Pelo (led by W) to take the airport road.\n");
  CHECK(Discovered(asides, "group:delmas_9"));
  CHECK(Discovered(asides, "group:les_zorvas"));
  CHECK(Discovered(asides, "group:simon_pelo"));
  // Where it stops: one name, acronyms and list numbers in brackets; a
  // leader given where no gang or militia is spoken of.
  auto acronyms = RunOn("1. Armed groups (KZQ, QDe.010) attacked the town.\n");
  CHECK_FALSE(Discovered(acronyms, "group:kzq"));
  CHECK_FALSE(Discovered(RunOn("1. The Zorva Council (led by Mr. Kelo) met in Bria.\n"), "group:zorva_council"));
}

TEST_CASE("discovery: the places where a group has bases, with elided articles", "[discovery]") {
  auto r = RunOn("1. Gang members had established temporary bases in Zelmat, Carrefour Bete and Bois d\u2019Avril.\n");
  CHECK(Discovered(r, "region:zelmat"));
  CHECK(Discovered(r, "region:carrefour_bete"));
  CHECK(Discovered(r, "region:bois_davril"));
  // No word for a base, no known place in the list: no places.
  CHECK_FALSE(Discovered(RunOn("1. The award went to Zelmat, Korvo and Bois d\u2019Avril.\n"), "region:zelmat"));
}

TEST_CASE("discovery: 'They' carries a discovered group from sentence to sentence", "[discovery]") {
  auto r = RunOn("1. A group locally known as the Zukarawa re-emerged in Kebbi State. The Zukarawa consist of "
                 "200 fighters. They are well-equipped. They attacked soldiers in Kano.\n");
  CHECK(r.Link("group:zukarawa", "region:kano"));
  // Names joined by two connectors: "Volunteers for the Defence of the Homeland".
  auto long_name = RunOn("1. JNIM attacked local militias, such as the Volunteers for the Defence of the Zorvan "
                         "Homeland.\n");
  CHECK(Discovered(long_name, "group:volunteers_for_the_defence_of_the_zorvan_homeland"));
  CHECK_FALSE(Discovered(long_name, "group:volunteers"));
}

TEST_CASE("discovery: a spelling the rules lack of the known group whose acronym follows is that group",
          "[discovery]") {
  auto r = RunOn("1. HTS harboured other terrorist groups, such as Khatiba Imam al-Bukhari (KIB, QDe.158).\n");
  CHECK_FALSE(Discovered(r, "group:khatiba_imam_al_bukhari"));
  bool name = false;
  for (const nexus::Mention& m : r.findings.mentions)
    name = name || (m.surface == "Khatiba Imam al-Bukhari" && m.entity == "group:katibat_al_imam_al_bukhari");
  CHECK(name);
  // Not when the acronym cannot stand for the name: a group of its own.
  auto other = RunOn("1. HTS harboured other terrorist groups, such as Khatiba Zorvan al-Din (KIB, QDe.158).\n");
  CHECK(Discovered(other, "group:khatiba_zorvan_al_din"));
}

TEST_CASE("discovery: a faction named after its leader, 'the X group', where armed groups are spoken of",
          "[discovery]") {
  auto r = RunOn("1. Among the rival factions, the Zorvan Kelbo group (not listed) attacked a convoy.\n");
  CHECK(Discovered(r, "group:zorvan_kelbo_group"));
  CHECK_FALSE(Discovered(r, "group:zorvan_kelbo"));
  // Not without armed groups in the sentence, nor without "the", nor a name of capitals.
  CHECK_FALSE(Discovered(RunOn("1. In Paris, the Zorvan Kelbo group met the press.\n"), "group:zorvan_kelbo_group"));
  CHECK_FALSE(Discovered(RunOn("1. Rival factions met; Zorvan Kelbo group leaders left.\n"),
                         "group:zorvan_kelbo_group"));
  CHECK_FALSE(Discovered(RunOn("1. Rival factions met the ZKG group.\n"), "group:zkg_group"));
  // A named part of a known group stands for that group (the link rules).
  CHECK_FALSE(Discovered(RunOn("1. Among armed groups, the Zorvan faction of Boko Haram grew.\n"),
                         "group:zorvan_faction"));
}

TEST_CASE("discovery: the places a route joins by dashes, before a word for a route", "[discovery]") {
  auto r = RunOn("1. Attacks occurred along the Zorba\xE2\x80\x93" "Kelbo\xE2\x80\x93" "Bandu Jor axis.\n");
  CHECK(Discovered(r, "region:zorba"));
  CHECK(Discovered(r, "region:kelbo"));
  CHECK(Discovered(r, "region:bandu_jor"));
  CHECK(Discovered(RunOn("1. Al-Shabaab controls the Zorba-Kelbo road.\n"), "region:kelbo"));
  // Not one name alone, nor without a word for a route, nor a prefix.
  CHECK_FALSE(Discovered(RunOn("1. Attacks occurred along the Zorba axis.\n"), "region:zorba"));
  CHECK_FALSE(Discovered(RunOn("1. Attacks occurred near Zorba-Kelbo.\n"), "region:kelbo"));
  CHECK_FALSE(Discovered(RunOn("1. ISIL used the Trans-Zorba highway.\n"), "region:zorba"));
}

TEST_CASE("discovery: capitalised words and a number before a place head", "[discovery]") {
  // The number is part of the name, even where the word alone names a known place.
  auto r = RunOn("1. The Zorvan gang attacked the Kelmora 30 district. Fighting reached the Delmas 12 area.\n");
  for (const char* id : {"region:kelmora_30", "region:delmas_12"}) {
    INFO(id);
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.place_name");
  }
  CHECK(r.Link("group:zorvan", "region:kelmora_30"));
  // Not a number after a lower-case word, nor before a head that names no place.
  auto lower = RunOn("1. Troops reached district 30 area and the Kelmora 30 fighters.\n");
  CHECK_FALSE(Discovered(lower, "region:kelmora_30"));
  for (const nexus::Entity& e : lower.findings.entities) CHECK(e.discovered_by != "discovery.place_name");
}

TEST_CASE("discovery: the items of a list after 'the provinces of' are places", "[discovery]") {
  auto r = RunOn("1. The group operates in the provinces of Hama, Idlib and Zorvaniyah, and in the districts of "
                 "Kelmora and Vintaro.\n");
  for (const char* id : {"region:zorvaniyah", "region:kelmora", "region:vintaro"}) {
    INFO(id);
    CHECK(Discovered(r, id));
  }
  // Where it stops: words of English, and a list after no word for subdivisions.
  CHECK_FALSE(Discovered(RunOn("1. Fighting hit the provinces of Hama and Government.\n"), "region:government"));
  CHECK_FALSE(Discovered(RunOn("1. The leaders of Zorvaniyah and Kelmora met.\n"), "region:zorvaniyah"));
}

TEST_CASE("discovery: places listed after a known place and 'including' are places", "[discovery]") {
  auto r = RunOn("1. The group operated across the southern region of Pakistan, including Zorvaniyah and Kelmora.\n");
  CHECK(Discovered(r, "region:zorvaniyah"));
  CHECK(Discovered(r, "region:kelmora"));
  // Where it stops: no word for places before the known place.
  CHECK_FALSE(Discovered(RunOn("1. The group met leaders of Pakistan, including Zorvaniyah.\n"), "region:zorvaniyah"));
}

TEST_CASE("discovery: the groups the Monitoring Team marks '(not listed)' need no word of armed groups",
          "[discovery]") {
  CHECK(Discovered(RunOn("1. The Zorvan Liberation Army (not listed) claimed the attack.\n"),
                   "group:zorvan_liberation_army"));
  CHECK_FALSE(Discovered(RunOn("1. The Zorvan Liberation Army claimed the attack.\n"), "group:zorvan_liberation_army"));
}

TEST_CASE("discovery: a known group and a place, then an acronym of the group's, name its branch", "[discovery]") {
  auto r = RunOn("1. ISIL Zambia (ISIL-ZA, QDe.999, alias Islamic State Zambia Division) had fighters in Mali. "
                 "ISIL-ZA lost its leader in Gao.\n");
  const nexus::Entity* e = Discovered(r, "group:isil_zambia");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.branch_name");
  CHECK(r.Link("group:isil_zambia", "region:mali"));
  CHECK(r.Link("group:isil_zambia", "region:gao"));  // its acronym, hyphen and all
  CHECK_FALSE(r.Link("group:isil", "region:mali"));     // the names inside its name link nothing
  CHECK_FALSE(r.Link("group:isil", "region:gao"));
  // Where it stops: an acronym that is not the group's; a group that ends the sentence.
  CHECK_FALSE(Discovered(RunOn("1. ISIL Zambia (ZLF) had fighters in Mali.\n"), "group:isil_zambia"));
  CHECK(RunOn("1. Fighters joined ISIL").findings.mentions.size() == 1);
}

TEST_CASE("discovery: a place of one or two letters is no place", "[discovery]") {
  auto r = RunOn("1. The Mission patrolled the ports of Salif and Ra\u2019s Isa once a week.\n");
  CHECK(Discovered(r, "region:salif"));
  CHECK_FALSE(Discovered(r, "region:ra"));
}

TEST_CASE("discovery: names dashes join in the items of a list of routes", "[discovery]") {
  auto r = RunOn("1. Smugglers used several routes, including the following:\n"
                 "\u2022 Zorvel mountains \u2013 Kelmar Al Tain, Sabha\n\n2. Nothing else.\n");
  for (const char* id : {"region:zorvel", "region:kelmar_al_tain"}) {
    INFO(id);
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.route_place");
  }
  // Not the items of a list of anything else, nor names no dash joins.
  auto people = RunOn("1. The meeting included the following speakers:\n"
                      "\u2022 Zorvel \u2013 Kelmar Al Tain\n\n2. Nothing else.\n");
  CHECK_FALSE(Discovered(people, "region:zorvel"));
  auto lone = RunOn("1. Smugglers used several routes, including the following:\n"
                    "\u2022 the Zorvel crossing\n\n2. Nothing else.\n");
  const nexus::Entity* crossing = Discovered(lone, "region:zorvel");  // a place by its head, not a route's
  CHECK((crossing == nullptr || crossing->discovered_by != "discovery.route_place"));
}

TEST_CASE("discovery: a State's forces named after it hold no mention of the place", "[discovery]") {
  // The place's name runs on into capitalised words of armed or police
  // forces, a possessive allowed among them.
  auto r = RunOn("1. The Chad People\u2019s Defence Forces attacked the Zorvan Liberation Front.\n");
  CHECK_FALSE(r.Mentions("region:chad"));
  // Also after another name that a capitalised run goes on from.
  auto police = RunOn("1. Armed groups attacked the Chad Army and the Niger National Police Service.\n");
  CHECK_FALSE(police.Mentions("region:niger"));
  CHECK(police.Mentions("region:chad"));
  // Where it stops: a name of no forces, or a single word after the place.
  auto day = RunOn("1. Armed groups attacked the crowd at the Mali National Day parade.\n");
  CHECK(day.Mentions("region:mali"));
  auto one = RunOn("1. Armed groups moved across Chad Army posts were abandoned.\n");
  CHECK(one.Mentions("region:chad"));
  // "The region" that stood for the place inside the name stands for
  // nothing; where the paragraph names the place on its own, it still does.
  auto ref = RunOn("1. Armed youths attacked the Chad National Police Service. "
                   "Cattle were raided across the region.\n");
  CHECK_FALSE(ref.Mentions("region:chad"));
  auto named = RunOn("1. In Chad, armed youths attacked the Chad National Police Service. "
                     "Cattle were raided across the region.\n");
  CHECK(named.Mentions("region:chad"));
}

TEST_CASE("discovery: a department of a body is no place, a quoted title after a list is none either",
          "[discovery]") {
  auto office = RunOn("1. The Committee asked the Central Monitoring Department to share data on arms "
                      "trafficking. Fighting reached the Zorvan Department.\n");
  CHECK_FALSE(Discovered(office, "region:central_monitoring_department"));
  CHECK(Discovered(office, "region:zorvan_department"));
  auto title = RunOn("1. The meeting was held under the projects \u201cCountering crime in Africa\u201d and "
                     "\u201cStrengthening the capacity of judges\u201d.\n");
  CHECK_FALSE(Discovered(title, "region:strengthening"));
  CHECK(title.Mentions("region:africa"));
}

TEST_CASE("discovery: a name no word of English spells, governed by a place preposition, is a place",
          "[discovery]") {
  auto r = RunOn("1. Al-Shabaab attacked government troops in Kelbrizi on 3 May.\n");
  const nexus::Entity* e = Discovered(r, "region:kelbrizi");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.unknown_place");
  CHECK(r.Link("group:al_shabaab", "region:kelbrizi"));
  // A list, a place word before the name ("Old"), "from" after a word of
  // leaving, and a known place among the listed ones.
  auto list = RunOn("1. Al-Shabaab kept bases in Mbolozi and Old Tarwak, near Kismayo.\n");
  CHECK(Discovered(list, "region:mbolozi"));
  CHECK(Discovered(list, "region:old_tarwak"));
  auto from = RunOn("1. The army dislodged Al-Shabaab from Dielbo and Atarwi on 22 April.\n");
  CHECK(Discovered(from, "region:dielbo"));
  CHECK(Discovered(from, "region:atarwi"));
  // Where it stops: words of English in any case ("Annex", "Arabic",
  // "Operation"), "from" with no word of leaving (a person's statement),
  // a name followed by a possessive or glued to another capitalised word,
  // a preposition inside a title, a list with a group in it.
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab taxed trade, as listed in Annex 4.\n"), "region:annex"));
  CHECK_FALSE(Discovered(RunOn("1. ISIL published videos in Arabic and Kelbrizi.\n"), "region:arabic"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab fighters were killed in Operation Kelbrizi.\n"),
                         "region:operation_kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. A statement from Kelbrizi condemned Al-Shabaab.\n"), "region:kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab grew in Kelbrizi's time.\n"), "region:kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. See Financial Crime in Kelbrizi: Typologies of Al-Shabaab and their funding "
                               "since 2020.\n"),
                         "region:kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. Fighting in Kelbrizi Escalates over Fuel\n"), "region:kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. Clashes in Kelbrizi and Al-Shabaab areas were reported.\n"), "region:kelbrizi"));
}

TEST_CASE("discovery: a name said to be a known group's wing, arm, branch or faction is a group", "[discovery]") {
  auto comma = RunOn("1. He led the Zorvani, the intelligence wing of Al-Shabaab responsible for attacks in Kenya.\n");
  const nexus::Entity* e = Discovered(comma, "group:zorvani");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.part_of_group");
  CHECK(comma.Link("group:zorvani", "group:al_shabaab"));
  CHECK(Discovered(RunOn("1. The Zorvani is Al-Shabaab\u2019s intelligence wing in Kenya.\n"), "group:zorvani"));
  // Where it stops: a known place so described stays a place; no word of a part.
  auto place = RunOn("1. He fled to Kismayo, the stronghold of Al-Shabaab.\n");
  CHECK_FALSE(Discovered(place, "group:kismayo"));
  CHECK_FALSE(Discovered(RunOn("1. He met the Zorvani, the allies of Al-Shabaab.\n"), "group:zorvani"));
}

TEST_CASE("discovery: an unknown place's words may be joined by a hyphen, and an accent is no English",
          "[discovery]") {
  // "Sonde" is an English word; "Sondé" is not.
  auto r = RunOn("1. The Gran Grif gang attacked residents in Pont-Sond\u00e9, killing 115 people.\n");
  CHECK(Discovered(r, "region:pont_sonde"));
  CHECK(r.Link("group:gran_grif", "region:pont_sonde"));
  // Where it stops: a name before a word of institutions is that institution's
  // ("the Al-Karrar office"), and a word of coordination names a body.
  CHECK_FALSE(Discovered(RunOn("1. Mumin remained head of ISIL in Somalia and the Al-Karrar office.\n"),
                         "region:al_karrar"));
  CHECK_FALSE(Discovered(RunOn("1. UNTMIS worked with the Civil-Military Coordination Department of the army.\n"),
                         "region:civil_military_coordination_department"));
}

TEST_CASE("discovery: unknown places after 'through', 'via', a verb of capture, a force's name", "[discovery]") {
  auto through = RunOn("1. Arms were smuggled into Chad through Kelbrizi and via Zorvangba.\n");
  CHECK(Discovered(through, "region:kelbrizi"));
  CHECK(Discovered(through, "region:zorvangba"));
  auto seized = RunOn("1. Al-Shabaab captured Kelbrizi on 3 May and attacked Zorvangba, Baidoa.\n");
  CHECK(Discovered(seized, "region:kelbrizi"));
  CHECK(seized.Link("group:al_shabaab", "region:kelbrizi"));
  CHECK(Discovered(seized, "region:zorvangba"));
  auto forces =
      RunOn("1. Al-Shabaab attacked the National Defence Forces in Kelbrizi on 3 May, killing two soldiers.\n");
  CHECK(Discovered(forces, "region:kelbrizi"));
  auto stronghold = RunOn("1. The army failed to capture Kelbrizi, an Al-Shabaab stronghold, in May.\n");
  CHECK(stronghold.Link("group:al_shabaab", "region:kelbrizi"));
  // Where it stops: a list with an acronym, a word spelt with capitals
  // inside, words of English, an object that is a group.
  CHECK_FALSE(Discovered(RunOn("1. The plan is led through OPM, MoECC and the ministries of Somalia.\n"),
                         "region:moecc"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab attacked Kelbrizi Forces in May.\n"), "region:kelbrizi"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab captured Hope and Faith in May.\n"), "region:hope"));
  CHECK_FALSE(Discovered(RunOn("1. The army attacked Al-Shabaab in May.\n"), "region:al_shabaab"));
  CHECK_FALSE(Discovered(RunOn("1. Al-Shabaab captured Kelbrizi girls in Baidoa last year.\n"), "region:kelbrizi"));
}

TEST_CASE("discovery: a name before a word for an airport, a market, a crossing, a camp or a border post is a place",
          "[discovery]") {
  auto r = RunOn("1. Flights to Kelbrizi airport resumed and trucks used the Zorvangba international border crossing. "
                 "RSF fighters were seen in the Amzot market and the Tarwak camp.\n");
  const nexus::Entity* e = Discovered(r, "region:kelbrizi");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.place_before_facility");
  CHECK(Discovered(r, "region:zorvangba"));
  CHECK(Discovered(r, "region:amzot"));
  CHECK(Discovered(r, "region:tarwak"));
  // Where it stops: words of English before the head, a longer name.
  auto stop = RunOn("1. Gangs looted the Central market and the Border Police camp near the Iron Market airport.\n");
  CHECK_FALSE(Discovered(stop, "region:central"));
  CHECK_FALSE(Discovered(stop, "region:border_police"));
  CHECK_FALSE(Discovered(stop, "region:market"));
  // A border post, also past a compound that describes it.
  CHECK(Discovered(RunOn("1. Officials inaugurated the Bemzoro multi-service border post.\n"), "region:bemzoro"));
  // Where it stops: a post at no border.
  CHECK_FALSE(Discovered(RunOn("1. Officials inaugurated the Bemzoro command post.\n"), "region:bemzoro"));
}

TEST_CASE("discovery: 'and' after the head of a force's name joins two names, not one", "[discovery]") {
  auto r = RunOn("1. Armed clashes erupted in Mali between the Kelbo Defence Forces and the Zorvan Liberation Army.\n");
  CHECK_FALSE(Discovered(r, "group:kelbo_defence_forces_and_the_zorvan_liberation_army"));
  CHECK(Discovered(r, "group:zorvan_liberation_army"));
  // Where it stops: "and" inside a name, after another word.
  auto inside = RunOn("1. Armed clashes erupted in Mali with the Movement for Zorvan Justice and Equality.\n");
  CHECK(Discovered(inside, "group:movement_for_zorvan_justice_and_equality"));
}

TEST_CASE("discovery: a body listed after a place is no place coordinated with it", "[discovery]") {
  auto r = RunOn("1. In a joint statement, the Zorvan Mission in South Sudan, the Regional Authority on Trade and "
                 "UNMISS called on the parties to act.\n");
  CHECK_FALSE(Discovered(r, "region:regional_authority"));
  CHECK(r.Mentions("un_entity:unmiss"));
  // Where it stops: a place listed after a place still is one.
  auto place = RunOn("1. In a joint statement, leaders in South Sudan, the Zorvel Region and Kelbo called for calm.\n");
  CHECK(place.Mentions("region:south_sudan"));
}

TEST_CASE("discovery: a place head confirms the subdivision of a country the document names", "[discovery]") {
  auto r = RunOn("1. The Central African Republic held elections.\n\n"
                 "2. Armed groups attacked civilians in Mbomou, Ouaka and Vakaga Prefectures.\n");
  CHECK(Discovered(r, "region:vakaga") == nullptr);
  CHECK(r.Mentions("region:cf_vk"));
  CHECK(r.Mentions("region:cf_uk"));
  // The plural type word is each name's, as "Vakaga Prefecture" would be:
  // the subdivision, with no country named either.
  auto alone = RunOn("1. Armed groups attacked civilians in Mbomou, Ouaka and Vakaga Prefectures.\n");
  CHECK(alone.Mentions("region:cf_vk"));
  CHECK(Discovered(alone, "region:vakaga") == nullptr);
  // Where it stops: a name that with the type word names no subdivision is a
  // new place.
  auto other = RunOn("1. Armed groups attacked civilians in Zorvangba and Vakaga Prefectures.\n");
  CHECK(other.Mentions("region:cf_vk"));
  CHECK(Discovered(other, "region:zorvangba"));
}

TEST_CASE("discovery: a plural subdivision type is the type word of each name listed before it", "[discovery]") {
  // "Lakes" and "Unity" are too common to be places alone; "Lakes State" is one.
  auto r = RunOn("1. Intercommunal violence continued along the border of Warrap, Lakes and Unity States.\n");
  CHECK(r.Mentions("region:ss_wr"));
  CHECK(r.Mentions("region:ss_lk"));
  CHECK(r.Mentions("region:ss_uy"));
  // Where it stops: "States" after names that are no subdivision with it.
  auto states = RunOn("1. Member States and the Gulf States discussed the Lakes.\n");
  CHECK_FALSE(states.Mentions("region:ss_lk"));
  CHECK(Discovered(states, "region:member") == nullptr);
  // Nor past words that are no list glue: "in Lakes" and a later "Unity States".
  auto apart = RunOn("1. Fighting in Lakes spread while Unity States met.\n");
  CHECK_FALSE(apart.Mentions("region:ss_lk"));
}

TEST_CASE("discovery: places in brackets right after a place lie within it", "[discovery]") {
  auto r = RunOn("1. In the Central African Republic, patrols focused on the prefectures of Haute-Kotto (Zorvangba) and "
                 "Vakaga (Am Dafko, Birao).\n");
  const nexus::Entity* e = Discovered(r, "region:zorvangba");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.place_in_brackets");
  CHECK(Discovered(r, "region:am_dafko"));
  // Where it stops: an aside with words of English, an acronym, a bracket
  // after no place.
  CHECK_FALSE(Discovered(RunOn("1. Gangs attacked Kenscoff (see Zorvangba) last week.\n"), "region:zorvangba"));
  CHECK_FALSE(Discovered(RunOn("1. Gangs attacked Kenscoff (ZORVA) last week.\n"), "region:zorva"));
  CHECK_FALSE(Discovered(RunOn("1. The leader met Zorva Kelbo (Zorvangba) last week.\n"), "region:zorvangba"));
}

TEST_CASE("discovery: names listed before a plural word for small places share it", "[discovery]") {
  auto r = RunOn("1. Other incidents were reported, including killings in the Zorvangba and Kelbrizi localities.\n");
  const nexus::Entity* e = Discovered(r, "region:zorvangba");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.place_name");
  CHECK(Discovered(r, "region:kelbrizi"));
  CHECK(Discovered(RunOn("1. Fighters moved to the Zorva, Kelbo and Amzot villages.\n"), "region:kelbo"));
  CHECK(Discovered(RunOn("1. Fighters moved to the Zorva and Kelbo towns.\n"), "region:zorva"));
  // Where it stops: a compass point.
  auto compass = RunOn("1. Fighters moved to the Upper and Kelbo districts in March.\n");
  CHECK(Discovered(compass, "region:kelbo"));
  CHECK_FALSE(Discovered(compass, "region:upper"));
}

TEST_CASE("discovery: 'local government area' is a place head of three words", "[discovery]") {
  auto r = RunOn("1. The group operated from the Zorvangba, Kelbrizi and Amzot local government areas.\n");
  const nexus::Entity* e = Discovered(r, "region:zorvangba");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.place_name");
  CHECK(Discovered(r, "region:kelbrizi"));
  CHECK(Discovered(r, "region:amzot"));
  CHECK(Discovered(RunOn("1. The group operated from the Zorvangba local government area.\n"), "region:zorvangba"));
  // Where it stops: "local" alone, or before another word, heads nothing.
  CHECK_FALSE(Discovered(RunOn("1. The Zorvangba local leaders met in March.\n"), "region:zorvangba"));
  CHECK_FALSE(Discovered(RunOn("1. The Zorvangba local government officials met in March.\n"), "region:zorvangba"));
}

TEST_CASE("discovery: the place a noun of capture governs", "[discovery]") {
  auto r = RunOn("1. Following the capture of Zorvangba by M23 on 21 January, the situation worsened.\n");
  const nexus::Entity* e = Discovered(r, "region:zorvangba");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.unknown_place");
  CHECK(r.Link("group:m23", "region:zorvangba"));
  CHECK(Discovered(RunOn("1. After the fall of Kelbrizi, the army left the area.\n"), "region:kelbrizi"));
  // Where it stops: a person taken ("the capture of Zorva Kelbo"), goods seized.
  CHECK_FALSE(Discovered(RunOn("1. The capture of Zorva Kelbo by M23 was reported.\n"), "region:zorva_kelbo"));
  CHECK_FALSE(Discovered(RunOn("1. The seizure of Zorvagon by the police was reported.\n"), "region:zorvagon"));
}

TEST_CASE("discovery: 'these areas' after a place preposition stands for the places named before it",
          "[discovery]") {
  // In the sentence itself, discovered places too.
  auto r = RunOn("1. After attacks on the Zorvangba and Kelbrizi localities, MONUSCO deployed patrols to these "
                 "areas.\n");
  REQUIRE(r.Link("un_entity:monusco", "region:zorvangba"));
  CHECK(r.Link("un_entity:monusco", "region:kelbrizi"));
  // Or in the sentence before, when the sentence names none before it.
  auto before = RunOn("1. Clashes were reported in Kismayo and Baidoa. Al-Shabaab moved fighters to those areas.\n");
  CHECK(before.Link("group:al_shabaab", "region:kismayo"));
  CHECK(before.Link("group:al_shabaab", "region:baidoa"));
  // Where it stops: no place preposition before it, another paragraph.
  CHECK_FALSE(RunOn("1. Clashes were reported in Kismayo. Al-Shabaab said these areas were calm.\n")
                  .Link("group:al_shabaab", "region:kismayo"));
  CHECK_FALSE(RunOn("1. Clashes were reported in Kismayo.\n\n2. Al-Shabaab moved fighters to those areas.\n")
                  .Link("group:al_shabaab", "region:kismayo"));
}

TEST_CASE("discovery: 'both countries', 'the two countries' stand for exactly that many places named before",
          "[discovery]") {
  for (const char* text : {"1. Gangs are active in Mali and the Niger. Arms trafficking in both countries grew.\n",
                           "1. Gangs are active in Mali and the Niger. Arms trafficking between the two countries "
                           "grew.\n",
                           "1. Gangs are active in Mali, Gao and the Niger. Arms trafficking in the two countries "
                           "grew.\n"}) {
    INFO(text);
    auto r = RunOn(text);
    CHECK(r.Link("crime:arms_trafficking", "region:mali"));
    CHECK(r.Link("crime:arms_trafficking", "region:niger"));
  }
  // Where it stops: another count of countries, no preposition before it.
  CHECK_FALSE(RunOn("1. Gangs are active in Mali, Chad and the Niger. Arms trafficking in both countries grew.\n")
                  .Link("crime:arms_trafficking", "region:mali"));
  CHECK_FALSE(RunOn("1. Gangs are active in Mali and the Niger. Both countries fight arms trafficking.\n")
                  .Link("crime:arms_trafficking", "region:mali"));
}

TEST_CASE("discovery: a known body's regional office, and the Office of a Special Envoy, are UN bodies",
          "[discovery]") {
  auto r = RunOn("1. The UNODC Regional Office for Southeast Asia and the Pacific held a meeting in Bangkok.\n");
  const nexus::Entity* e = Discovered(r, "un_entity:unodc_regional_office_for_southeast_asia_and_the_pacific");
  REQUIRE(e);
  CHECK(e->discovered_by == "discovery.office_of_a_body");
  CHECK(r.Link("un_entity:unodc_regional_office_for_southeast_asia_and_the_pacific", "region:bangkok"));
  CHECK_FALSE(r.Link("un_entity:unodc", "region:bangkok"));  // the name inside the name links nothing
  // Its office for a region, with no "Regional".
  auto office = RunOn("1. The UNODC Office for West and Central Africa fights maritime crime.\n");
  CHECK(Discovered(office, "un_entity:unodc_office_for_west_and_central_africa"));
  CHECK_FALSE(office.Mentions("region:west_africa"));
  // After a known body's full name too.
  CHECK(Discovered(RunOn("1. The United Nations Office of Counter-Terrorism Programme Office in Nairobi trained "
                         "officers in Kenya.\n"),
                   "un_entity:united_nations_office_of_counter_terrorism_programme_office_in_nairobi"));
  // After another body named with "Office": not its short form.
  auto special = RunOn("1. UNODC trained judges.\n\n2. The Office of the Special Coordinator for Development in the "
                       "Sahel works in Mali.\n");
  CHECK(special.Link("un_entity:office_of_the_special_coordinator_for_development_in_the_sahel", "region:mali"));
  CHECK_FALSE(special.Link("un_entity:unodc", "region:mali"));
  // Where it stops: a person's title, an office of no known body, a national office.
  CHECK_FALSE(Discovered(RunOn("1. The UNODC Regional Office for Southeast Asia Chief spoke in Bangkok.\n"),
                         "un_entity:unodc_regional_office_for_southeast_asia_chief"));
  CHECK_FALSE(Discovered(RunOn("1. The Zorvan Regional Office for Southeast Asia met in Bangkok.\n"),
                         "un_entity:zorvan_regional_office_for_southeast_asia"));
  CHECK_FALSE(Discovered(RunOn("1. The Office of the Special Prosecutor for Haiti met in Port-au-Prince.\n"),
                         "un_entity:office_of_the_special_prosecutor_for_haiti"));
  CHECK(RunOn("1. The UNODC Office in Nigeria trained police.\n").Mentions("region:nigeria"));
}

TEST_CASE("discovery: a known group's name in a spelling the gazetteer misses is that group", "[discovery]") {
  auto r = RunOn("1. Clashes between Twirwaneho and the Red Tabara armed group continued in Minembwe.\n");
  CHECK(r.Mentions("group:red_tabara"));
  CHECK(r.Link("group:red_tabara", "region:minembwe"));
  CHECK_FALSE(Discovered(r, "group:red_tabara"));  // no new entity: the known one
}

TEST_CASE("discovery: a place preposition after a comma governs, and 'control of A and B' names two places",
          "[discovery]") {
  auto r = RunOn("1. M23 continued its expansion towards Zorvangba, through Kelbrizi, with recruitment.\n");
  CHECK(Discovered(r, "region:zorvangba"));
  CHECK(Discovered(r, "region:kelbrizi"));
  auto control = RunOn("1. The army took control of Zorva and Kelbo on 2 May.\n");
  CHECK(Discovered(control, "region:zorva"));
  CHECK(Discovered(control, "region:kelbo"));
  // Where it stops: a group's acronym after "and", a preposition inside a name.
  CHECK_FALSE(Discovered(RunOn("1. M23 took control of Zorva and ADF withdrew.\n"), "region:adf"));
  CHECK_FALSE(Discovered(RunOn("1. The Kelbo Institute Through Zorvangba Studies was founded.\n"),
                         "region:zorvangba_studies"));
}

TEST_CASE("discovery: the names that 'areas, including' or 'districts such as' list are places", "[discovery]") {
  auto r = RunOn("1. M23 intensified operations in surrounding areas, including Zorvangba and Kelbrizi.\n");
  CHECK(Discovered(r, "region:zorvangba"));
  CHECK(Discovered(r, "region:kelbrizi"));
  // Where it stops: words of English ("areas such as Education").
  CHECK_FALSE(Discovered(RunOn("1. Progress was made in areas such as Education and Health.\n"), "region:education"));
}

TEST_CASE("discovery: numbers and a people's adjective before a plural group head name no group",
          "[discovery]") {
  auto r = RunOn("1. Two Zorvanian rebel groups attacked Darfur. Most of the Kelbese armed groups moved to Libya.\n");
  for (const nexus::Entity& e : r.findings.entities) CHECK(e.discovered_by.empty());
  // Where it stops: another name before a plural head, and a people's
  // adjective before a singular head ("the Zorvanian armed group" is one).
  CHECK(Discovered(RunOn("1. The Zorva armed groups attacked Darfur.\n"), "group:zorva"));
  CHECK(Discovered(RunOn("1. The Zorvanian armed group attacked Darfur.\n"), "group:zorvanian"));
}

TEST_CASE("discovery: the place a verb of attack or capture takes, before a comma and a known place",
          "[discovery]") {
  auto r = RunOn("1. The rebels attacked Zorvatown, Upper Nile State, and captured Kelbo, North Kivu.\n");
  for (const char* id : {"region:zorvatown", "region:kelbo"}) {
    const nexus::Entity* e = Discovered(r, id);
    REQUIRE(e);
    CHECK(e->discovered_by == "discovery.place_in_place");
  }
  // "on" after a word of attack, then "in" and the known place.
  CHECK(Discovered(RunOn("1. The gang launched assaults on Zorvil in Saint Marc.\n"), "region:zorvil"));
  CHECK_FALSE(Discovered(RunOn("1. The Council imposed sanctions on Zorvil in Saint Marc.\n"), "region:zorvil"));
  // Where it stops: a person of that place, and a verb that takes no place.
  CHECK_FALSE(Discovered(RunOn("1. Gunmen attacked Zorvan, South Sudan's commissioner.\n"), "region:zorvan"));
  CHECK_FALSE(Discovered(RunOn("1. The rebels praised Zorvan, North Kivu.\n"), "region:zorvan"));
}

TEST_CASE("discovery: a heading's enumerator is no word, so its first word opens it", "[discovery]") {
  for (const char* text : {"B. Indiscriminate gang attacks against the population\n",
                           "IV. Growing gang violence\n", "12. Rising gang attacks in the capital\n"})
    for (const nexus::Entity& e : RunOn(text).findings.entities) CHECK(e.discovered_by.empty());
  // Where it stops: a name after the opening word is still found.
  CHECK(Discovered(RunOn("B. The Zorvo Kalba gang attacked Delmas.\n"), "group:zorvo_kalba"));
}

TEST_CASE("discovery: the examples listed after a known place that a word for places governs", "[discovery]") {
  auto r = RunOn("1. Gangs attacked several locations in the metropolitan area of Port-au-Prince, such as Zorvil, "
                 "Kelbon and Marvak.\n");
  for (const char* id : {"region:zorvil", "region:kelbon", "region:marvak"}) CHECK(Discovered(r, id));
  // Where it stops: no word for places before the known place.
  CHECK_FALSE(Discovered(RunOn("1. Gangs attacked Port-au-Prince, such as Zorvil.\n"), "region:zorvil"));
}

TEST_CASE("discovery: where a route from a known place goes is a place", "[discovery]") {
  auto r = RunOn("1. Patrol teams from Juba to Zorvangba, Kelbrizi and Marvosso were stopped.\n");
  CHECK(Discovered(r, "region:zorvangba"));
  CHECK(Discovered(r, "region:marvosso"));
  // One place is enough, at the end of the sentence too.
  CHECK(Discovered(RunOn("1. A convoy travelled from Juba to Zorvangba.\n"), "region:zorvangba"));
  // Where it stops: a route from no known place, and months.
  CHECK_FALSE(Discovered(RunOn("1. A convoy travelled from the camp to Zorvangba.\n"), "region:zorvangba"));
  CHECK_FALSE(Discovered(RunOn("1. Prices rose from January to March.\n"), "region:march"));
}

TEST_CASE("discovery: a name before 'Administrative Area' is a place", "[discovery]") {
  auto r = RunOn("1. An aircraft was flown from Zorvangba, Greater Kelbo Administrative Area, on 14 November.\n");
  CHECK(Discovered(r, "region:greater_kelbo_administrative_area"));
  // Where it stops: an area of a body's work, not capitalised.
  CHECK_FALSE(Discovered(RunOn("1. The Zorvan administrative area staff met.\n"), "region:zorvan_administrative_area"));
}
