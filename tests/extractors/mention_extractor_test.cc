#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <string_view>

#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

// The entities the mentions of `text` that `rule` found stand for.
std::set<std::string> FoundBy(const char* text, std::string_view rule) {
  std::set<std::string> ids;
  for (const auto& m : RunOn(text).findings.mentions)
    if (m.rule == rule) ids.insert(m.entity);
  return ids;
}

}  // namespace

TEST_CASE("gazetteer names, variants and possessives", "[mentions]") {
  auto r = RunOn("1. In Iraq, al-Qaida and the Taliban's allies met Da'esh in the Syrian Arab Republic.\n");
  CHECK(r.Mentions("region:iraq"));
  CHECK(r.Mentions("group:al_qaida"));
  CHECK(r.Mentions("group:taliban"));
  CHECK(r.Mentions("group:isil"));
  CHECK(r.Mentions("region:syria"));
  CHECK(RunOn("1. Sympathizers travelled within the Schengen area.\n").Mentions("region:schengen_area"));
  // A UN body's name with the country's other spelling ("of Congo").
  CHECK(RunOn("1. The United Nations Organization Stabilization Mission in the Democratic Republic of Congo "
              "patrolled Beni.\n")
            .Mentions("un_entity:monusco"));
}

TEST_CASE("a group's factions named after their leaders are groups of their own", "[mentions]") {
  auto r = RunOn("1. The Sudan Liberation Army/Minni Minawi (SLA/MM), SLA-TC and SLA/AW fought the Sudan "
                 "Liberation Army.\n");
  for (const char* id : {"group:sla_mm", "group:sla_tc", "group:sla_aw", "group:sla"}) CHECK(r.Mentions(id));
  // Where it stops: the movement's own name is no faction.
  CHECK_FALSE(RunOn("1. The Sudan Liberation Movement/Army fought.\n").Mentions("group:sla_mm"));
}

TEST_CASE("'the city', 'the town', 'the area' stand for the one such place named just before", "[mentions]") {
  auto anaphora = [](const char* text) { return FoundBy(text, "anaphora"); };
  CHECK(anaphora("1. M23 seized Goma. The group extorted traders in the city.\n") ==
        std::set<std::string>{"region:goma"});
  CHECK(anaphora("1. JNIM besieged Bamako, and fuel ran short in the capital.\n") ==
        std::set<std::string>{"region:bamako"});
  CHECK(anaphora("1. Fighting spread across the Sahel. Traffickers left the area.\n") ==
        std::set<std::string>{"region:sahel"});
  // Where it stops: a country, two towns before it, "the town of X", and an
  // unknown name that may be the town.
  CHECK(anaphora("1. Gangs attacked Haiti. They left the city.\n").empty());
  CHECK(anaphora("1. M23 seized Goma and Bukavu. The group extorted traders in the town.\n").empty());
  CHECK(anaphora("1. M23 seized Goma. The group then entered the town of Kibumba.\n").empty());
  CHECK(anaphora("1. M23 seized Goma. Later Zorvaville fell after the army left the town.\n").empty());
}

TEST_CASE("'caught in the crossfire' is the fighting the sentence before told of, and at its places",
          "[mentions]") {
  auto events = [](const char* text) { return FoundBy(text, "anaphora.event"); };
  CHECK(events("1. Fighting continued in Upper Nile. An UNMISS patrol was caught in the crossfire.\n") ==
        std::set<std::string>{"region:ss_nu"});
  CHECK(events("1. Fighting continued in Upper Nile. Two civilians were killed in the clashes.\n") ==
        std::set<std::string>{"region:ss_nu"});
  // Where it stops: an event with places of its own, and no word of harm before "in".
  CHECK(events("1. Fighting continued in Upper Nile. Two men were involved in the attacks in Juba.\n").empty());
  CHECK(events("1. Fighting continued in Upper Nile. UNMISS was interested in the fighting.\n").empty());
}

TEST_CASE("a name inside a longer name is no mention", "[mentions]") {
  auto r = RunOn("1. The Monitoring Group on Somalia and Eritrea met the Lake Chad Basin Commission.\n");
  CHECK_FALSE(r.Mentions("region:somalia"));
  CHECK_FALSE(r.Mentions("region:lake_chad_basin"));
  CHECK_FALSE(r.Mentions("region:chad"));
  // A group's name without its article is still its name, and names no place.
  auto isil = RunOn("1. The Council expands sanctions to Islamic State in Iraq and Levant.\n");
  CHECK(isil.Mentions("group:isil"));
  CHECK_FALSE(isil.Mentions("region:iraq"));
  CHECK_FALSE(isil.Mentions("region:levant"));
  // A sea is one place, not the region it borders.
  auto sea = RunOn("1. Boats crossed the Caribbean Sea towards the Darien Gap.\n");
  CHECK(sea.Mentions("region:caribbean_sea"));
  CHECK(sea.Mentions("region:darien_gap"));
  CHECK_FALSE(sea.Mentions("region:caribbean"));
}

TEST_CASE("'African' before the countries, States or borders of the continent names Africa", "[mentions]") {
  CHECK(RunOn("1. CTED visited African Member States.\n").Mentions("region:africa"));
  CHECK(RunOn("1. Narcotics moved across African borders.\n").Mentions("region:africa"));
  // Where it stops: the name of a body or a region that holds the word.
  auto r = RunOn("1. The Economic Community of West African States met the Central African States.\n");
  CHECK_FALSE(r.Mentions("region:africa"));
  CHECK(r.Mentions("region:central_africa"));
  CHECK_FALSE(RunOn("1. The African Union deployed troops.\n").Mentions("region:africa"));
}

TEST_CASE("Niger, Nigeria and the Niger", "[mentions]") {
  auto r = RunOn("1. Refugees fled from Nigeria to the Niger.\n");
  CHECK(r.Mentions("region:nigeria"));
  CHECK(r.Mentions("region:niger"));
}

TEST_CASE("an acronym defined in the text is an alias for the rest of it", "[mentions]") {
  auto r = RunOn("1. The United Nations Office on Drugs and Crime (ONUDC) works. Later, ONUDC trained "
                 "police. Elsewhere, ONUDC is unknown.\n");
  std::size_t later = 0;
  for (const auto& m : r.findings.mentions)
    if (m.entity == "un_entity:unodc" && m.rule == "acronym" && m.sentence >= 1) ++later;
  CHECK(later == 2);
  bool alias = false;
  for (const auto& e : r.findings.entities)
    alias = alias || (e.id == "un_entity:unodc" && e.aliases == std::vector<std::string>{"ONUDC"});
  CHECK(alias);
  // Not before its definition.
  auto before = RunOn("1. ONUDC met. The United Nations Office on Drugs and Crime (ONUDC) works.\n");
  for (const auto& m : before.findings.mentions) CHECK(m.sentence == 1);
}

TEST_CASE("short forms resolve to the entity named last in full", "[mentions]") {
  auto r = RunOn("1. According to the Analytical Support and Sanctions Monitoring Team, funds moved. "
                 "The Monitoring Team also said more.\n");
  std::size_t team = 0;
  for (const auto& m : r.findings.mentions)
    if (m.entity == "un_entity:monitoring_team") ++team;
  CHECK(team == 2);
}

TEST_CASE("a subdivision needs its country nearby or its kind", "[mentions]") {
  CHECK(RunOn("1. Poppy is grown in Helmand Province.\n").Mentions("region:af_hel"));
  CHECK(RunOn("1. In Afghanistan, poppy is grown in Helmand.\n").Mentions("region:af_hel"));
  CHECK_FALSE(RunOn("1. The Centre held a meeting.\n").Mentions("region:bf_03"));
  // The United Nations' spelling of a governorate is one place, not two.
  auto lebanon = RunOn("1. Israel struck infrastructure in Janta, Baalbek-Hirmil Governorate, in Lebanon.\n");
  CHECK(lebanon.Mentions("region:lb_bh"));
  CHECK_FALSE(lebanon.Mentions("region:baalbek"));
  // The Somali name of a region with the English spelling of its river.
  CHECK(RunOn("1. Arms arrived through the ports of Marka in Shabelle Hoose.\n").Mentions("region:so_sh"));
  CHECK(RunOn("1. Fighting continued in Juba Dhexe.\n").Mentions("region:so_jd"));
}

TEST_CASE("elliptical pairs name both regions", "[mentions]") {
  auto r = RunOn("1. Such activities are prevalent in East and West Africa.\n");
  CHECK(r.Mentions("region:east_africa"));
  CHECK(r.Mentions("region:west_africa"));
  // Two regions joined by "and" are two, not the one region a compound names.
  auto sahel = RunOn("1. Weapons are smuggled across the Sahel and Sahara.\n");
  CHECK(sahel.Mentions("region:sahel"));
  CHECK(sahel.Mentions("region:sahara"));
  CHECK_FALSE(sahel.Mentions("region:sahel_sahara"));
  CHECK(RunOn("1. Weapons are smuggled across the Sahelo-Saharan strip.\n").Mentions("region:sahel_sahara"));
  // A member of two words: "Latin American and Caribbean countries".
  auto two = RunOn("1. Drugs flow to the North American and European markets.\n");
  CHECK(two.Mentions("region:north_america"));
  CHECK(two.Mentions("region:europe"));
}

TEST_CASE("the Kivus are a region of their own, in the DR Congo", "[mentions]") {
  CHECK(RunOn("1. FDLR troops operated in the Kivus.\n").Link("group:fdlr", "region:kivus"));
}

TEST_CASE("a world region's adjective before a word for lands or markets names the region", "[mentions]") {
  CHECK(RunOn("1. Cells were arrested in several European countries.\n").Mentions("region:europe"));
  CHECK(RunOn("1. Demand grew in Asian markets.\n").Mentions("region:asia"));
  CHECK(RunOn("1. Migrants were extorted on African routes.\n").Mentions("region:africa"));
  CHECK(RunOn("1. ISIL reached several sub-Saharan African countries.\n").Mentions("region:sub_saharan_africa"));
  CHECK(RunOn("1. Tablets were seized across the Arab region.\n").Mentions("region:arab_region"));
  // Where it stops: the adjective alone, or in an organization's name.
  CHECK_FALSE(RunOn("1. European experts met.\n").Mentions("region:europe"));
  auto org = RunOn("1. The Economic Community of Central African States and the League of Arab States met.\n");
  CHECK_FALSE(org.Mentions("region:central_africa"));
  CHECK_FALSE(org.Mentions("region:arab_region"));
}

TEST_CASE("a crime's beginning shared by a list, past a qualifier no member's name has", "[mentions]") {
  auto r = RunOn("1. The ports are hubs for illicit trafficking in weapons, drugs and persons.\n");
  CHECK(r.Mentions("crime:arms_trafficking"));
  CHECK(r.Mentions("crime:drug_trafficking"));
  CHECK(r.Mentions("crime:human_trafficking"));
  // Where it stops: the list must follow the name ("persons" alone is no crime).
  auto apart = RunOn("1. The ports are hubs for illicit trafficking in weapons; persons wait there.\n");
  CHECK_FALSE(apart.Mentions("crime:human_trafficking"));
}

TEST_CASE("a crime inside the name of a non-UN body is no mention of the crime", "[mentions]") {
  for (const char* text : {"1. UNOCT worked with the Eurasian Group on Combating Money Laundering and Terrorist "
                           "Financing in Zorva.\n",
                           "1. UNODC worked with the Intergovernmental Action Group against Money-Laundering in "
                           "West Africa.\n"}) {
    INFO(text);
    CHECK_FALSE(RunOn(text).Mentions("crime:money_laundering"));
  }
  // Where it stops: the crime named on its own.
  CHECK(RunOn("1. UNOCT worked against money-laundering in Zorva.\n").Mentions("crime:money_laundering"));
}

TEST_CASE("a UN body's name in the other spelling of English is the body", "[mentions]") {
  auto r = RunOn("1. Experts of the International Maritime Organisation, the United Nations Development Program "
                 "and the United Nations Counter-Terrorism Center met.\n");
  CHECK(r.Mentions("un_entity:imo"));
  CHECK(r.Mentions("un_entity:undp"));
  CHECK(r.Mentions("un_entity:uncct"));
  // Where it stops: a word of the name alone.
  CHECK_FALSE(RunOn("1. The Maritime Organisation met.\n").Mentions("un_entity:imo"));
}

TEST_CASE("mentions carry exact raw spans", "[mentions]") {
  std::string text = "1. Attacks in <i>Mali</i> grew.\n";
  auto r = RunOn(text);
  for (const auto& m : r.findings.mentions) {
    if (m.entity != "region:mali") continue;
    CHECK(text.substr(m.span.begin, m.span.size()) == "Mali");
    return;
  }
  FAIL("no mention of Mali");
}

TEST_CASE("'the region' stands for the places named just before", "[mentions]") {
  auto r = RunOn("1. The situation in West Africa and the Sahel remained fragile. Piracy and drug "
                 "trafficking continued to affect the region.\n");
  std::size_t anaphora = 0;
  for (const auto& m : r.findings.mentions)
    if (m.rule == "anaphora" && m.sentence == 1) ++anaphora;
  CHECK(anaphora == 2);
  CHECK(RunOn("1. Piracy affects the region.\n").findings.mentions.size() == 1);
}

TEST_CASE("'the region' stands for the last places its own sentence named before it", "[mentions]") {
  CHECK(FoundBy("1. The Chair of Malta spoke of Afghanistan. JNIM, active in West Africa and the Sahel, "
                "has destabilized the region.\n",
                "anaphora") == std::set<std::string>{"region:west_africa", "region:sahel"});
  // Where it stops: only the last list of places, not the earlier places of the sentence.
  CHECK(FoundBy("1. Mali asked whether JNIM, active in West Africa, destabilized the region.\n", "anaphora") ==
        std::set<std::string>{"region:west_africa"});
}

TEST_CASE("unknown groups and UN bodies are discovered by the shape of their names", "[mentions]") {
  auto r = RunOn("1. The Free Coastal Brigades, an armed group, smuggled fuel. The United Nations "
                 "Office for Coastal Affairs in Mali (UNOCAM) trained police. Later UNOCAM met.\n");
  bool group = false, un = false, acronym = false, mali = false;
  for (const auto& m : r.findings.mentions) {
    group = group || (m.type == nexus::EntityType::kGroup && m.rule == "discovery.group_name");
    un = un || (m.type == nexus::EntityType::kUnEntity && m.rule == "discovery.united_nations_body");
    acronym = acronym || m.rule == "discovery.acronym";
    mali = mali || (m.entity == "region:mali" && m.sentence == 1);
  }
  CHECK(group);
  CHECK(un);
  CHECK(acronym);
  CHECK_FALSE(mali);  // a name inside the unknown name is no mention
  bool marked = false;
  for (const auto& e : r.findings.entities)
    marked = marked || e.discovered_by == "discovery.united_nations_body";
  CHECK(marked);
}

TEST_CASE("a locative cue confirms a subdivision whose country is not named", "[mentions]") {
  auto r = RunOn("1. Attacks in Masvingo rose. Masvingo is far.\n");
  std::size_t n = 0;
  for (const auto& m : r.findings.mentions)
    if (m.entity == "region:zw_mv") {
      CHECK(m.rule == "discovery.locative_subdivision");
      CHECK(m.sentence == 0);
      ++n;
    }
  CHECK(n == 1);
  // So it does the later items of its list, elliptical or not.
  auto mentioned = [](const char* text, const char* id) {
    for (const auto& m : RunOn(text).findings.mentions)
      if (m.entity == id) return true;
    return false;
  };
  CHECK(mentioned("1. Fighting resumed in Central and Western Equatoria.\n", "region:ss_ew"));
  CHECK(mentioned("1. Fighting resumed in Central and Western Equatoria.\n", "region:ss_ec"));
  CHECK(mentioned("1. Patrols went to Juba. Attacks in Jonglei, Upper Nile and Masvingo rose.\n", "region:zw_mv"));
  // Where it stops: a lower-case word between the preposition and the name.
  CHECK_FALSE(mentioned("1. Attacks in Jonglei rose and Masvingo is far.\n", "region:zw_mv"));
}

TEST_CASE("references: 'the country' is the country named last, 'the group' the group before",
          "[mentions]") {
  auto r = RunOn("1. Several groups are active in Afghanistan. Foreign fighters operate in the country.\n");
  bool country = false;
  for (const nexus::Mention& m : r.findings.mentions)
    country = country || (m.entity == "region:afghanistan" && m.rule == "anaphora" && m.sentence == 1);
  CHECK(country);
  // A region that is no country is not "the country".
  auto sahel = RunOn("1. Trafficking grew across the Sahel. Officials in the country were worried.\n");
  for (const nexus::Mention& m : sahel.findings.mentions) CHECK(m.rule != "anaphora");

  auto g = RunOn("1. Boko Haram attacked a convoy. Since then, the group has relied on kidnapping.\n");
  bool group = false;
  for (const nexus::Mention& m : g.findings.mentions)
    group = group || (m.entity == "group:boko_haram" && m.rule == "pronoun" && m.sentence == 1);
  CHECK(group);
  CHECK(g.Link("group:boko_haram", "crime:kidnapping_for_ransom"));
  // "Its" opening a sentence; not when the sentence names its own group first.
  auto its = RunOn("1. Al-Shabaab was weakened. Its fighters extorted traders.\n");
  CHECK(its.Link("group:al_shabaab", "crime:extortion"));
  auto own = RunOn("1. Boko Haram attacked a convoy. ISIL, the group said, profits from oil smuggling.\n");
  for (const nexus::Mention& m : own.findings.mentions) CHECK(m.rule != "pronoun");
  // "The terrorist organization", "the movement", "the militia" too; not "the movement of goods".
  CHECK(RunOn("1. Boko Haram remains resilient. The terrorist organization is active in Cameroon.\n")
            .Link("group:boko_haram", "region:cameroon"));
  CHECK(RunOn("1. Al-Shabaab remains resilient. The movement has expanded into Puntland.\n")
            .Link("group:al_shabaab", "region:puntland"));
  auto goods = RunOn("1. ISIL remains resilient. The movement of goods in Syria slowed.\n");
  for (const nexus::Mention& m : goods.findings.mentions) CHECK(m.rule != "pronoun");
  // A mid-sentence "its" before what a group has or does; not after another actor.
  CHECK(RunOn("1. Al-Shabaab remained resilient. The scale of its attacks in Puntland increased.\n")
            .Link("group:al_shabaab", "region:puntland"));
  auto army = RunOn("1. Al-Shabaab remained resilient. The army increased its operations in Puntland.\n");
  for (const nexus::Mention& m : army.findings.mentions) CHECK(m.rule != "pronoun");
  auto thing = RunOn("1. Al-Shabaab remained resilient. The scale of its budget in Puntland grew.\n");
  for (const nexus::Mention& m : thing.findings.mentions) CHECK(m.rule != "pronoun");
  // Words that rank what it has may come first, and a crime named before it is its own.
  for (const char* text : {"1. Al-Shabaab remained resilient. Extortion remains its main source of income.\n",
                           "1. Al-Shabaab remained resilient. Extortion of traders provides most of its revenue.\n"}) {
    INFO(text);
    CHECK(RunOn(text).Link("group:al_shabaab", "crime:extortion"));
  }
  auto ranked = RunOn("1. Al-Shabaab remained resilient. Somalia kept its main sources of revenue.\n");
  for (const nexus::Mention& m : ranked.findings.mentions) CHECK(m.rule != "pronoun");
  // "Both groups", "the two groups", "these groups" and an opening "They"
  // after a sentence that named two groups and no one subject group.
  for (const char* text : {"1. JNIM and ISGS expanded. Both groups kidnapped civilians in Menaka.\n",
                           "1. JNIM and ISGS expanded. The two groups kidnapped civilians in Menaka.\n",
                           "1. JNIM and ISGS expanded. These groups kidnapped civilians in Menaka.\n",
                           "1. JNIM and ISGS expanded. They kidnapped civilians in Menaka.\n",
                           "1. JNIM and ISGS expanded. Their fighters kidnapped civilians in Menaka.\n"}) {
    INFO(text);
    auto both = RunOn(text);
    CHECK(both.Link("group:jnim", "region:menaka"));
    CHECK(both.Link("group:isgs", "region:menaka"));
  }
  // Where it stops: one group the sentence before is about ("They" is
  // JNIM), a group named before the reference, another paragraph.
  auto subject = RunOn("1. JNIM fought ISGS. They kidnapped civilians in Menaka.\n");
  CHECK_FALSE(subject.Link("group:isgs", "region:menaka"));
  auto named = RunOn("1. JNIM and ISGS expanded. ISWAP and both groups met in Menaka.\n");
  CHECK_FALSE(named.Link("group:jnim", "region:menaka"));
  auto apart = RunOn("1. JNIM and ISGS expanded.\n\n2. Both groups kidnapped civilians in Menaka.\n");
  CHECK_FALSE(apart.Link("group:jnim", "region:menaka"));
  // "it", the subject right after an opening phrase that names no other actor.
  CHECK(RunOn("1. Al-Shabaab remained resilient. Consisting of 300 fighters dispersed across Puntland, it "
              "focused on extortion.\n")
            .Link("group:al_shabaab", "region:puntland"));
  CHECK(RunOn("1. Al-Shabaab remained resilient. In Puntland, they focused on extortion.\n")
            .Link("group:al_shabaab", "region:puntland"));
  auto army_it = RunOn("1. Al-Shabaab remained resilient. Despite the army's efforts in Puntland, it focused on "
                       "extortion.\n");
  for (const nexus::Mention& m : army_it.findings.mentions) CHECK(m.rule != "pronoun");
  // A name after "the" in the opening phrase that nothing known holds may
  // be who "they" are.
  auto people = RunOn("1. Al-Shabaab remained resilient. Although the Zorvani were few, they held Puntland.\n");
  for (const nexus::Mention& m : people.findings.mentions) CHECK(m.rule != "pronoun");
  // "Their" only before what a group has or does.
  CHECK(RunOn("1. Al-Shabaab remained resilient. Their fighters attacked Baidoa.\n")
            .Link("group:al_shabaab", "region:baidoa"));
  auto homes = RunOn("1. Al-Shabaab remained resilient. Their homes in Baidoa were burned.\n");
  for (const nexus::Mention& m : homes.findings.mentions) CHECK(m.rule != "pronoun");
  // "The coalition" is the group the sentence before called a coalition,
  // and no other.
  CHECK(RunOn("1. Gangs joined the Viv Ansanm coalition. The coalition expanded into Kenscoff.\n")
            .Link("group:viv_ansanm", "region:kenscoff"));
  CHECK_FALSE(RunOn("1. ISIL lost ground. The coalition struck targets in Raqqa.\n").Link("group:isil", "region:raqqa"));
  // "The organized criminal groups": the words of the head that followed
  // the one group's name in the sentence before.
  CHECK(RunOn("1. Traffickers armed the 400 Mawozo organized criminal groups in Haiti. The organized criminal "
              "groups, known for extortion, grew.\n")
            .Link("group:400_mawozo", "crime:extortion"));
  CHECK_FALSE(RunOn("1. Traffickers armed the 400 Mawozo gang in Haiti. The organized criminal groups, known for "
                    "extortion, grew.\n")
                  .Link("group:400_mawozo", "crime:extortion"));
  auto expletive = RunOn("1. Al-Shabaab remained resilient. In Puntland, it was unclear who paid.\n");
  for (const nexus::Mention& m : expletive.findings.mentions) CHECK(m.rule != "pronoun");
  // A verb that also tells what a group does: expletive only before the words that make it so.
  CHECK(RunOn("1. Al-Shabaab advanced. In Gedo, it took control of Kismayo.\n").Link("group:al_shabaab", "region:kismayo"));
  CHECK(RunOn("1. Al-Shabaab advanced. It has expanded into Puntland.\n").Link("group:al_shabaab", "region:puntland"));
  CHECK(RunOn("1. Al-Shabaab advanced. It remained active in Puntland.\n").Link("group:al_shabaab", "region:puntland"));
  for (const char* text : {"1. Al-Shabaab advanced. In Gedo, it took years to rebuild the roads.\n",
                           "1. Al-Shabaab advanced. It has been reported that Gedo fell.\n",
                           "1. Al-Shabaab advanced. It remained unclear who held Gedo.\n"})
    for (const nexus::Mention& m : RunOn(text).findings.mentions) CHECK(m.rule != "pronoun");
  // "those groups", "this group": the one group named before, in the sentence or the one before.
  auto those = RunOn("1. Fighters joined Al-Shabaab and associated groups; the sources of financing of those "
                     "groups include extortion.\n");
  CHECK(those.Link("group:al_shabaab", "crime:extortion"));
  CHECK(RunOn("1. Al-Shabaab remained resilient. This group profits from extortion.\n")
            .Link("group:al_shabaab", "crime:extortion"));
  // Not when two groups come before it, nor "these groups" of nobody.
  auto two = RunOn("1. Al-Shabaab and Boko Haram grew; these groups profit from extortion.\n");
  for (const nexus::Mention& m : two.findings.mentions) CHECK(m.rule != "anaphora");
  auto none = RunOn("1. Smuggling grew. These groups profit from extortion.\n");
  for (const nexus::Mention& m : none.findings.mentions) CHECK(m.type != nexus::EntityType::kGroup);
}

TEST_CASE("references: 'both entities' and 'It' stand for the UN entities of the sentence before",
          "[mentions]") {
  auto r = RunOn("1. UNODC and UNESCO visited the region. Both entities then trained officials in Mali.\n");
  int both = 0;
  for (const nexus::Mention& m : r.findings.mentions)
    if (m.rule == "anaphora" && m.sentence == 1) ++both;
  CHECK(both == 2);
  auto it = RunOn("1. UNOCA met the Government of Chad. It supports action plans for Cameroon.\n");
  bool pronoun = false;
  for (const nexus::Mention& m : it.findings.mentions)
    pronoun = pronoun || (m.entity == "un_entity:unoca" && m.rule == "pronoun");
  CHECK(pronoun);
  // "It" after a sentence that named a group is not the UN entity's.
  auto mixed = RunOn("1. UNOCA reported on the LRA. It attacked villages.\n");
  for (const nexus::Mention& m : mixed.findings.mentions) CHECK(m.rule != "pronoun");
}

TEST_CASE("references: 'She said' stands for the UN entity the speaker named before spoke for", "[mentions]") {
  auto speaker = [](const char* text) { return FoundBy(text, "pronoun.speaker"); };
  const std::set<std::string> unodc = {"un_entity:unodc"};
  // In the next paragraph, at the start of the sentence or after a comma.
  CHECK(speaker("Jane Doe, Executive Director of UNODC, told the Council that crime is rising.\n\n"
                "She pointed out that piracy is rising in the Gulf of Guinea.\n") == unodc);
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "More broadly, she said, piracy is rising.\n") == unodc);
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "Piracy is rising, he also stressed.\n") == unodc);
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "She said that Al-Shabaab taxes charcoal.\n") == unodc);
  // Where it stops: a State's speaker since, no verb of speech, a sentence
  // that names a UN entity of its own, or no UN entity told as the speaker's.
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "The representative of Mali then spoke.\n\nHe said that kidnappings are rising.\n")
            .empty());
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "The representative of Mali took the floor.\n\nHe said that kidnappings are rising.\n")
            .empty());
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "She travelled to Mali.\n").empty());
  CHECK(speaker("Jane Doe, Executive Director of UNODC, briefed the Council.\n\n"
                "She said that UNDP helps Mali.\n").empty());
  CHECK(speaker("The representative of France said that piracy is rising.\n\n"
                "She added that kidnappings are rising.\n").empty());
}

TEST_CASE("references: 'The briefing' stands for the UN entity that gave the briefing told before", "[mentions]") {
  auto briefer = [](const char* text) { return FoundBy(text, "anaphora.briefing"); };
  CHECK(briefer("The Committee heard a briefing by the Office for the Coordination of Humanitarian Affairs (OCHA). "
                "The briefing covered the situation in Somalia.\n") == std::set<std::string>{"un_entity:ocha"});
  CHECK(briefer("The Committee was briefed by UNODC.\n\nThe briefing covered piracy.\n") ==
        std::set<std::string>{"un_entity:unodc"});
  // Where it stops: a briefing nobody of the UN gave, or a sentence that
  // names its own UN entity.
  CHECK(briefer("The Committee heard a briefing by Kenya. The briefing covered piracy.\n").empty());
  CHECK(briefer("The Committee was briefed by UNODC. The briefing by UNDP covered Somalia.\n").empty());
}

TEST_CASE("a sanctions list entity's telegraphic sentences have the listed entity as their subject",
          "[mentions]") {
  auto subject = [](const char* text) { return FoundBy(text, "ellipsis.entry"); };
  const std::set<std::string> mjn = {"group:muhammad_jamal_network"};
  // After its reference number, in the same paragraph or the next one ...
  CHECK(subject("QDe.136 MUHAMMAD JAMAL NETWORK (MJN)\nTerrorist group established in 2011. Multiple training "
                "camps in Egypt and Libya.\n") == mjn);
  CHECK(subject("QDe.136 MUHAMMAD JAMAL NETWORK (MJN)\n\nTerrorist group established in 2011. Multiple training "
                "camps in Egypt and Libya.\n") == mjn);
  // ... as Nexus reads the list's XML, and past a participle's objects.
  CHECK(subject("Muhammad Jamal Network (QDe.136), listed on 2013-10-21 (Al-Qaida sanctions list): Terrorist "
                "group. Funded and supported by AQAP.\n") == mjn);
  CHECK(subject("QDe.136 MUHAMMAD JAMAL NETWORK (MJN)\nTerrorist group. Principally composed of foreign fighters "
                "and associated with AQAP.\n") == mjn);
  // Where it stops: an individual's entry, a sentence with a subject or a
  // group of its own, and a group the entry's narrative names later.
  CHECK(subject("QDi.318 MUHAMMAD JAMAL AL KASHIF\nLeader of Muhammad Jamal Network. Multiple training camps in "
                "Egypt.\n").empty());
  CHECK(subject("QDe.136 MUHAMMAD JAMAL NETWORK (MJN)\nTerrorist group. Reportedly AQAP trained its men.\n").empty());
  CHECK(subject("QDe.136 MUHAMMAD JAMAL NETWORK (MJN)\nTerrorist group established in 2011. The camps are in "
                "Egypt. Members of AQAP trained in Libya. Review pursuant to resolution 2253 was concluded.\n")
            .empty());
  // A listed entity the rules do not know is the group of its entry's name
  // on the lists of terrorist groups (ISIL and Al-Qaida, the Taliban), in
  // both layouts; not on the others, which also list companies and banks.
  const std::set<std::string> trust = {"group:zorvan_relief_trust"};
  CHECK(subject("QDe.999 ZORVAN RELIEF TRUST\nCharity that funds Al-Qaida. Multiple offices in Syria.\n") == trust);
  CHECK(subject("Zorvan Relief Trust (TAe.099), listed on 2012-06-29 (Taliban sanctions list): Charity. Multiple "
                "offices in Pakistan.\n") == trust);
  CHECK(FoundBy("QDe.999 ZORVAN RELIEF TRUST\nCharity that funds Al-Qaida.\n", "sanctions.entry") == trust);
  // The groups the sanctions list names apart stay apart: Al-Mourabitoun and
  // the battalions that formed it; the BLA and its Majeed Brigade.
  auto merged = RunOn("1. Al-Mulathamun Battalion and MUJAO merged to form Al-Mourabitoun.\n");
  CHECK(merged.Mentions("group:al_moulathamoun"));
  CHECK(merged.Mentions("group:al_mourabitoun"));
  auto bla = RunOn("1. The Balochistan Liberation Army said the Majeed Brigade attacked.\n");
  CHECK(bla.Mentions("group:bla"));
  CHECK(bla.Mentions("group:majeed_brigade"));
  // The Monitoring Team's "(ACR, not listed)" defines the acronym too.
  CHECK(RunOn("1. The Majeed Brigade (MB, not listed) carried out attacks. MB operated across Pakistan.\n")
            .Link("group:majeed_brigade", "region:pakistan"));
  // A place inside its name is no mention of its own; the acronym after the
  // name is the group's other name.
  auto zi = RunOn("QDe.998 ZORVAN RELIEF SOCIETY INDONESIA (ZRSI)\nCharity wing of Al-Qaida.\n");
  CHECK(zi.Mentions("group:zorvan_relief_society_indonesia"));
  CHECK_FALSE(zi.Mentions("region:indonesia"));
  for (const nexus::Entity& e : zi.findings.entities)
    if (e.id == "group:zorvan_relief_society_indonesia") CHECK(e.aliases == std::vector<std::string>{"ZRSI"});
  // "The group" and "It" after the sentence that opens the entry stand for
  // the listed entity, not for a group its narrative names there.
  for (const char* text : {"QDe.998 ZORVAN AL-DIN (ZAD)\nZorvan al-Din is a terrorist organization operating under "
                           "the umbrella of Al-Nusrah Front (QDe.137). The group attacked Hama.\n",
                           "QDe.998 ZORVAN AL-DIN (ZAD)\nZorvan al-Din is a terrorist organization. It attacked "
                           "Hama.\n"}) {
    INFO(text);
    auto g = RunOn(text);
    CHECK(g.Link("group:zorvan_al_din", "region:hama"));
    CHECK_FALSE(g.Link("group:al_nusrah_front", "region:hama"));
  }
  CHECK(subject("CDe.999 ZORVAN TRADING HOUSE\nCompany that buys gold. Multiple offices in Goma.\n").empty());
  CHECK(FoundBy("CDe.999 ZORVAN TRADING HOUSE\nCompany that buys gold.\n", "sanctions.entry").empty());
}

TEST_CASE("references: 'The programme' stands for the UN entities that carry out the work named before",
          "[mentions]") {
  auto r = RunOn("1. A programme was implemented by UNODC and UNESCO. The programme trained officials in Mali.\n");
  int work = 0;
  for (const nexus::Mention& m : r.findings.mentions)
    if (m.rule == "anaphora" && m.sentence == 1) ++work;
  CHECK(work == 2);
  // Where it stops: the sentence before named no such work, ...
  auto other = RunOn("1. UNODC and UNESCO met in Vienna. The programme trained officials in Mali.\n");
  for (const nexus::Mention& m : other.findings.mentions) CHECK(m.rule != "anaphora");
  // ... or named a group too (the work may be the group's), ...
  auto group = RunOn("1. UNODC studied a project of the LRA. The project trained fighters in Chad.\n");
  for (const nexus::Mention& m : group.findings.mentions) CHECK(m.rule != "anaphora");
  // ... or only partners "in collaboration with" of the one who made it, ...
  auto partners = RunOn("1. UNODC, in collaboration with UNESCO and UNDP, developed a programme. The programme "
                        "trained officials in Mali.\n");
  int carried = 0;
  for (const nexus::Mention& m : partners.findings.mentions)
    if (m.rule == "anaphora" && m.sentence == 1) {
      ++carried;
      CHECK(m.entity == "un_entity:unodc");
    }
  CHECK(carried == 1);
  // ... or the noun does not open the sentence ...
  auto inside = RunOn("1. A project of UNODC started. Officials praised the project in Mali.\n");
  for (const nexus::Mention& m : inside.findings.mentions) CHECK(m.rule != "anaphora");
  // ... nor its clause after a short opening phrase that names nothing.
  auto opening = RunOn("1. A programme led by UNODC assisted 67 States. As part of this support, the programme "
                       "trained officials in Mali.\n");
  CHECK(opening.Link("un_entity:unodc", "region:mali"));
  auto named = RunOn("1. A programme led by UNODC assisted 67 States. As part of support for Chad, the programme "
                     "trained officials in Mali.\n");
  for (const nexus::Mention& m : named.findings.mentions) CHECK(m.rule != "anaphora");
  // "These projects" after projects the sentence before's body supported.
  auto these = RunOn("1. Two pilot projects supported by MONUSCO were completed. These projects, ongoing since "
                     "2022, were implemented in Ituri.\n");
  CHECK(these.Link("un_entity:monusco", "region:cd_it"));
  // Where it stops: other works than those named before.
  auto others = RunOn("1. Two pilot projects supported by MONUSCO were completed. These campaigns were held in "
                      "Ituri.\n");
  CHECK_FALSE(others.Link("un_entity:monusco", "region:cd_it"));
}

TEST_CASE("'the Panel' never named in full is the expert panel of the country the document names most, "
          "or its paragraph names first",
          "[mentions]") {
  auto r = RunOn("1. Gangs in Haiti buy arms. Haiti and Jamaica share a sea.\n\n2. The Panel reported arms trafficking.\n");
  CHECK(r.Mentions("un_entity:panel_of_experts_haiti"));
  // A panel the document named before wins.
  auto named = RunOn("1. The Panel of Experts on Libya visited Haiti and Haiti.\n\n2. The Panel reported arms trafficking.\n");
  CHECK_FALSE(named.Mentions("un_entity:panel_of_experts_haiti"));
  // Before any country, the one its own paragraph names.
  auto here = RunOn("1. The Panel reported arms trafficking in Haiti.\n");
  CHECK(here.Mentions("un_entity:panel_of_experts_haiti"));
  // Where it stops: no country named before nor in its paragraph, or one without a panel.
  auto none = RunOn("1. The Panel reported arms trafficking.\n\n2. Gangs in Haiti buy arms.\n");
  CHECK_FALSE(none.Mentions("un_entity:panel_of_experts_haiti"));
  auto france = RunOn("1. Gangs in France buy arms.\n\n2. The Panel reported arms trafficking.\n");
  for (const nexus::Mention& m : france.findings.mentions) CHECK(m.rule != "short_form.topic");
  // "The Group" is a group of experts, never the country's panel ...
  auto libya = RunOn("1. Gangs in Libya buy arms.\n\n2. The Group reported arms trafficking.\n");
  for (const nexus::Mention& m : libya.findings.mentions) CHECK(m.rule != "short_form.topic");
  // ... and "the Group" of a country that has one is that group.
  auto congo = RunOn("1. Armed groups in the Democratic Republic of the Congo buy arms.\n\n"
                     "2. The Group reported arms trafficking.\n");
  CHECK(congo.Mentions("un_entity:group_of_experts_drc"));
}

TEST_CASE("a group named right before 'and <group's> Committee' shares the committee's name",
          "[mentions]") {
  auto r = RunOn("1. The ISIL (Da'esh) and Al-Qaida Sanctions Committee met on terrorist financing.\n");
  CHECK(r.Mentions("un_entity:committee_1267"));
  CHECK_FALSE(r.Mentions("group:isil"));
  // A group and a committee listed apart stay two mentions.
  auto apart = RunOn("1. ISIL, and the Al-Qaida Sanctions Committee, were discussed.\n");
  CHECK(apart.Mentions("group:isil"));
}

TEST_CASE("a sanctions committee by its resolution, with or without the year, or as 'the NNNN Sanctions Committee'",
          "[mentions]") {
  CHECK(RunOn("1. The Committee established pursuant to resolution 2653 met.\n").Mentions("un_entity:committee_2653"));
  CHECK(RunOn("1. The Committee established pursuant to resolution 2653 (2022) met.\n")
            .Mentions("un_entity:committee_2653"));
  CHECK(RunOn("1. The 2140 Sanctions Committee met.\n").Mentions("un_entity:committee_2140"));
  // Where it stops: a resolution alone is no committee.
  CHECK_FALSE(RunOn("1. Resolution 2653 was adopted.\n").Mentions("un_entity:committee_2653"));
}

TEST_CASE("country adjectives name the country, Ethiopia's Somali Region keeps its name", "[mentions]") {
  auto r = RunOn("1. Egyptian security services arrested a Moroccan national.\n");
  CHECK(r.Mentions("region:egypt"));
  CHECK(r.Mentions("region:morocco"));
  auto et = RunOn("1. Fighting spread to the Somali Region of Ethiopia.\n");
  CHECK(et.Mentions("region:et_so"));
  CHECK_FALSE(et.Mentions("region:somalia"));
}

TEST_CASE("references: 'this criminal activity' stands for the one crime of the sentence before",
          "[mentions]") {
  auto r = RunOn("1. Poaching of elephants grew. This criminal activity funds the Lord's Resistance Army.\n");
  CHECK(r.Link("group:lra", "crime:wildlife_trafficking"));
  // Two crimes before: which one is meant is not said.
  auto two = RunOn("1. Poaching and kidnapping grew. This activity funds the Lord's Resistance Army.\n");
  for (const nexus::Mention& m : two.findings.mentions) CHECK(m.rule != "anaphora");
}

TEST_CASE("references: 'the latter' and 'the former' stand for one of the last two groups named", "[mentions]") {
  auto r = RunOn("1. There was no link between ISIL and the ADF, but the latter remained a threat in Beni.\n");
  CHECK(r.Link("group:adf", "region:beni"));
  CHECK_FALSE(r.Link("group:isil", "region:beni"));
  CHECK(RunOn("1. ISIL and the ADF met. The former remained active in Mali.\n").Link("group:isil", "region:mali"));
  // Where it stops: one group only before it.
  for (const nexus::Mention& m : RunOn("1. ISIL met the latter in Mali.\n").findings.mentions)
    CHECK(m.rule != "pronoun");
}

TEST_CASE("references: 'The three-day meeting' takes up the workshop the UN bodies of the sentence before held",
          "[mentions]") {
  auto r = RunOn("1. UNODC and UNICRI organized a regional workshop on terrorism. The three-day regional meeting was "
                 "held in Cotonou.\n");
  CHECK(r.Link("un_entity:unodc", "region:cotonou"));
  CHECK(r.Link("un_entity:unicri", "region:cotonou"));
  // Where it stops: no work named in the sentence before.
  CHECK_FALSE(RunOn("1. UNODC and UNICRI studied terrorism. The regional meeting was held in Cotonou.\n")
                  .Link("un_entity:unodc", "region:cotonou"));
}

TEST_CASE("references: 'The main objectives of the visit' take up the visit the UN bodies of the sentence before made",
          "[mentions]") {
  auto r = RunOn("1. CTED and UNOCA conducted a visit to the Lake Chad Basin in 2017. The main objectives of the "
                 "visit were to assess threats in Cameroon and Chad.\n");
  CHECK(r.Link("un_entity:cted", "region:cameroon"));
  CHECK(r.Link("un_entity:unoca", "region:chad"));
  CHECK(RunOn("1. CTED made a visit to Zorva. The purpose of this visit was to assess threats in Chad.\n")
            .Link("un_entity:cted", "region:chad"));
  // Where it stops: no visit named in the sentence before, or the purpose of
  // something else.
  CHECK_FALSE(RunOn("1. CTED and UNOCA studied terrorism. The main objectives of the visit were to assess "
                    "threats in Cameroon.\n")
                  .Link("un_entity:cted", "region:cameroon"));
  CHECK_FALSE(RunOn("1. CTED and UNOCA conducted a visit to Zorva. The main objectives of the fighters were to "
                    "seize towns in Cameroon.\n")
                  .Link("un_entity:cted", "region:cameroon"));
}

TEST_CASE("references: 'these crimes', 'such activities' stand for every crime of the sentence before",
          "[mentions]") {
  auto r = RunOn("1. Networks earn billions from migrant smuggling and human trafficking. Zorvan and Malian "
                 "territories are places of origin and transit for these crimes.\n");
  CHECK(r.Mentions("crime:migrant_smuggling"));
  CHECK(r.Link("crime:migrant_smuggling", "region:mali"));
  CHECK(r.Link("crime:human_trafficking", "region:mali"));
  // Where it stops: "such crimes as" names its own; a crime of its own named
  // before; a crime two sentences or a paragraph away.
  for (const char* text : {"1. Networks earn billions from migrant smuggling. Mali fights such crimes as piracy.\n",
                           "1. Networks earn billions from migrant smuggling. Piracy in Mali feeds these crimes.\n",
                           "1. Networks earn billions from migrant smuggling. Herders met. Mali fights these "
                           "crimes.\n",
                           "1. Networks earn billions from migrant smuggling.\n\n2. Mali fights these crimes.\n"}) {
    INFO(text);
    auto stop = RunOn(text);
    for (const nexus::Mention& m : stop.findings.mentions) CHECK(m.rule != "anaphora");
  }
}

TEST_CASE("references: 'the first route', 'these routes' are routes of the one crime named just before",
          "[mentions]") {
  // In the same paragraph, or opening the next.
  for (const char* text : {"1. Cocaine trafficking grew along four routes. The first route runs from Zorva to Mali.\n",
                           "1. Cocaine trafficking grew along four routes.\n\n2. The first route runs from Zorva to "
                           "Mali.\n",
                           "1. Cocaine trafficking grew. These routes run through Mali.\n"}) {
    INFO(text);
    CHECK(RunOn(text).Link("crime:drug_trafficking", "region:mali"));
  }
  // Where it stops: a route of no crime, a crime two paragraphs before, a
  // paragraph it does not open.
  for (const char* text : {"1. Herders moved along four routes. The first route runs from Zorva to Mali.\n",
                           "1. Cocaine trafficking grew.\n\n2. Herders met.\n\n3. The first route runs to Mali.\n",
                           "1. Cocaine trafficking grew.\n\n2. Herders met. The first route runs to Mali.\n"}) {
    INFO(text);
    CHECK_FALSE(RunOn(text).Link("crime:drug_trafficking", "region:mali"));
  }
}

TEST_CASE("crimes: synthetic drugs traded and made, cyber-enabled fraud, the country team", "[mentions]") {
  auto r = RunOn("1. The production and trafficking of synthetic drugs and cyber-enabled fraud grew.\n");
  CHECK(r.Mentions("crime:drug_production"));
  CHECK(r.Mentions("crime:drug_trafficking"));
  CHECK(r.Mentions("crime:cybercrime"));
  CHECK(RunOn("1. The country team supports Somalia.\n").Mentions("un_entity:unct"));
  // Where it stops: fraud that is not said to be cyber-enabled.
  CHECK_FALSE(RunOn("1. Electoral fraud grew.\n").Mentions("crime:cybercrime"));
}

TEST_CASE("crimes worded as what is made or who is moved", "[mentions]") {
  CHECK(RunOn("1. Large production bases for the manufacture of methamphetamine grew.\n").Mentions("crime:drug_production"));
  CHECK(RunOn("1. Police found clandestine laboratories near the border.\n").Mentions("crime:drug_production"));
  CHECK(RunOn("1. Networks were smuggling migrants by sea.\n").Mentions("crime:migrant_smuggling"));
  CHECK(RunOn("1. Zorvan nationals are increasingly being smuggled by sea.\n").Mentions("crime:migrant_smuggling"));
  CHECK(RunOn("1. Networks were smuggling people across the border.\n").Mentions("crime:migrant_smuggling"));
  CHECK(RunOn("1. Armed groups profit from illicit trade in resources.\n").Mentions("crime:natural_resource_exploitation"));
  CHECK(RunOn("1. The victims of traffickers were rescued.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. Forty nationals were rescued from a trafficking hub near Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. Women reported severe abuse by traffickers.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. Families relied on smuggling networks to arrange travel to Zorva.\n")
            .Mentions("crime:migrant_smuggling"));
  // Where they stop: production and smuggling of other things.
  CHECK_FALSE(RunOn("1. The production of cement rose.\n").Mentions("crime:drug_production"));
  CHECK_FALSE(RunOn("1. Cigarettes were being smuggled by sea.\n").Mentions("crime:migrant_smuggling"));
  CHECK_FALSE(RunOn("1. Zorvan nationals smuggled cigarettes by sea.\n").Mentions("crime:migrant_smuggling"));
  // Smugglers who arrange a shipment, and traffickers who are rescued or
  // abused themselves, name no crime against people.
  CHECK_FALSE(RunOn("1. Smuggling networks arranged the shipment of fuel.\n").Mentions("crime:migrant_smuggling"));
  CHECK_FALSE(RunOn("1. Two traffickers were rescued from the sea.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. In the Lake Chad Basin, ISWAP imposes levies on fishermen.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. Militias collected illegal tolls at checkpoints.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. The Government imposed taxes on imports.\n").Mentions("crime:extortion"));
  // A body's name holds no crime and no place ("a name inside a name"), hyphenated or not.
  auto giaba = RunOn("1. Experts of the Intergovernmental Action Group against Money-Laundering in West Africa met.\n");
  CHECK_FALSE(giaba.Mentions("crime:money_laundering"));
  CHECK_FALSE(giaba.Mentions("region:west_africa"));
  // Taxes a group levies where it rules, or calls illegal.
  CHECK(RunOn("1. In areas under its control, the Zorvan Front continued to levy taxes.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. Militias collected illegal taxes on the roads.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Income taxes rose in Zorva.\n").Mentions("crime:extortion"));
}

TEST_CASE("references: the goods or the cargo of the one crime the sentence before named", "[mentions]") {
  auto count = [](const nexus::test::Run& r, const std::string& id) {
    int n = 0;
    for (const nexus::Mention& m : r.findings.mentions)
      if (m.entity == id && m.rule == "anaphora" && m.sentence == 1) ++n;
    return n;
  };
  CHECK(count(RunOn("1. Arms trafficking to Somalia grew. Some of the weapons were sent to Kenya.\n"),
              "crime:arms_trafficking") == 1);
  CHECK(count(RunOn("1. Cocaine trafficking rose. The shipment reached Guinea-Bissau.\n"),
              "crime:drug_trafficking") == 1);
  // Where it stops: goods that are no word of the crime's names; a sentence
  // naming its own crime; two crimes before.
  CHECK(count(RunOn("1. Arms trafficking to Somalia grew. The charcoal was sent to Kenya.\n"),
              "crime:arms_trafficking") == 0);
  CHECK(count(RunOn("1. Arms trafficking to Somalia grew. The weapons fuelled drug trafficking.\n"),
              "crime:arms_trafficking") == 0);
  CHECK(count(RunOn("1. Arms trafficking and kidnapping grew. The weapons were sent to Kenya.\n"),
              "crime:arms_trafficking") == 0);
}

TEST_CASE("references: a group's people stand for the one group their paragraph named", "[mentions]") {
  auto members = [](const nexus::test::Run& r, const std::string& id) {
    int n = 0;
    for (const nexus::Mention& m : r.findings.mentions)
      if (m.entity == id && m.rule == "pronoun") ++n;
    return n;
  };
  CHECK(members(RunOn("1. Al-Shabaab lost ground. Trade was slow. Its senior leaders moved to Kismayo, and "
                      "fighters stayed in Baidoa.\n"), "group:al_shabaab") >= 1);
  CHECK(members(RunOn("1. Al-Shabaab lost ground. Trade was slow. Fighters stayed in Baidoa.\n"),
                "group:al_shabaab") == 1);
  // Where it stops: a paragraph that named two groups; another paragraph;
  // foreign terrorist fighters; a sentence naming its own group.
  CHECK(members(RunOn("1. Al-Shabaab and ISIL clashed. Fighters stayed in Baidoa.\n"), "group:al_shabaab") == 0);
  CHECK(members(RunOn("1. Al-Shabaab lost ground.\n\n2. Fighters stayed in Baidoa.\n"), "group:al_shabaab") == 0);
  CHECK(members(RunOn("1. Al-Shabaab lost ground. Foreign terrorist fighters stayed in Baidoa.\n"),
                "group:al_shabaab") == 0);
  CHECK(members(RunOn("1. Al-Shabaab lost ground. ISIL fighters stayed in Baidoa.\n"), "group:al_shabaab") == 0);
}

TEST_CASE("crimes by paraphrase: taxing people, fees collected from them, looted gold", "[mentions]") {
  CHECK(RunOn("1. ISWAP taxed fishermen around Lake Chad.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. JNIM collected fees from travellers in Mopti.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. RSF looted gold from mines in Darfur.\n").Mentions("crime:illegal_mining"));
  // Where it stops: a tax no armed actor takes from people, fees no one collects.
  CHECK_FALSE(RunOn("1. The Government taxed imports heavily.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Fees rose for travellers in Mopti.\n").Mentions("crime:extortion"));
  // Documents forged or altered, also listed: "stolen, forged or altered travel documents".
  CHECK(RunOn("1. Fighters travel with stolen, forged or altered travel documents.\n").Mentions("crime:document_forgery"));
  CHECK(RunOn("1. Fighters travel with altered passports.\n").Mentions("crime:document_forgery"));
  CHECK_FALSE(RunOn("1. Fighters travel with stolen passports.\n").Mentions("crime:document_forgery"));
  // Money demanded for something, at or upon something.
  CHECK(RunOn("1. Soldiers demanded money for driving violations at checkpoints.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. Police demanded payments upon entry into Zorva.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. The Assembly demanded payment of arrears by Member States.\n").Mentions("crime:extortion"));
  // Extortion: racketeering, people forced to pay taxes (also as French spells it).
  CHECK(RunOn("1. The gang lives off racketeering in Zorva.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. The gang lives off extorsion in Zorva.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. The gang hijacked trucks to force drivers to pay taxes in Zorva.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. The law forced businesses to register in Zorva.\n").Mentions("crime:extortion"));
  // Levies on a trade, and the trade taxed; dues received.
  auto levies = RunOn("1. The Taliban collect levies on heroin shipments.\n");
  CHECK(levies.Mentions("crime:extortion"));
  CHECK(levies.Mentions("crime:drug_trafficking"));
  CHECK(RunOn("1. The group receives dues from traders in Zorva.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Members pay their dues to the association.\n").Mentions("crime:extortion"));
  // Corruption: public money diverted, officials paid off.
  CHECK(RunOn("1. Officials were accused of diverting public funds.\n").Mentions("crime:corruption"));
  CHECK(RunOn("1. The network kept going by paying off customs officials in Zorva.\n").Mentions("crime:corruption"));
  CHECK_FALSE(RunOn("1. The Ministry spent public funds on schools.\n").Mentions("crime:corruption"));
  CHECK_FALSE(RunOn("1. The company paid off its debts.\n").Mentions("crime:corruption"));
  // Human trafficking: people enslaved.
  CHECK(RunOn("1. Fighters abducted and sexually enslaved girls in Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. The group enslaved women from the villages.\n").Mentions("crime:human_trafficking"));
  CHECK_FALSE(RunOn("1. The report recalls how empires enslaved nations.\n").Mentions("crime:human_trafficking"));
}

TEST_CASE("crimes by paraphrase: taxes imposed on people, hostages held, fundraising, unlicensed mines",
          "[mentions]") {
  CHECK(RunOn("1. The group imposed taxes on shops in Zorva.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. The group collected taxes from herders in Zorva.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. Two engineers were held hostage in Zorva.\n").Mentions("crime:kidnapping_for_ransom"));
  CHECK(RunOn("1. Supporters ran crowdfunding campaigns for ISIL.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. ISIL financial facilitators moved to Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. JNIM profits from illegal gold mining in Zorva.\n").Mentions("crime:illegal_mining"));
  CHECK(RunOn("1. Sympathizers provided financial and logistical support in Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. Thousands of workers are trafficked into scam centres in Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. He is a senior ISIL financier in Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. He took part in the financing of terrorist groups in Zorva.\n").Mentions("crime:terrorism_financing"));
  // Where it stops: taxes no one imposes on anyone, a hostage situation
  // word without "held" or "taken", gold mining with no word of illegality.
  CHECK_FALSE(RunOn("1. Taxes rose for shops in Zorva.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Negotiators trained for hostage crises in Zorva.\n").Mentions("crime:kidnapping_for_ransom"));
  CHECK_FALSE(RunOn("1. Industrial gold mining grew in Zorva.\n").Mentions("crime:illegal_mining"));
  CHECK_FALSE(RunOn("1. A study will be conducted with the financial support of Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. Weapons are trafficked into Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK_FALSE(RunOn("1. He took part in the financing of the new hospital in Zorva.\n").Mentions("crime:terrorism_financing"));
}

TEST_CASE("ISIL's regional offices are names of ISIL", "[mentions]") {
  CHECK(RunOn("1. The Al-Siddiq office assumed oversight of the Caucasus.\n").Mentions("group:isil"));
  CHECK(RunOn("1. He was head of the Karrar \u201coffice\u201d in Somalia.\n").Mentions("group:isil"));
  // Where it stops: an office of no known name.
  CHECK_FALSE(RunOn("1. The regional office in Nairobi opened.\n").Mentions("group:isil"));
}

TEST_CASE("a crime's phrase that ends with its giver names no crime when a UN body gives", "[mentions]") {
  CHECK_FALSE(RunOn("1. Field offices in Zorva rely on financial support from UNDP.\n").Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. The trials had financial support from the United Nations Development Programme.\n")
                  .Mentions("crime:terrorism_financing"));
  // Where it stops: a group gives, or the phrase ends with the one given to.
  CHECK(RunOn("1. Cells in Zorva had financial support from ISIL.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. ISIL gave financial support to UNDP staff in Zorva.\n").Mentions("crime:terrorism_financing"));
}

TEST_CASE("a named group's financing, funding or finances is terrorism financing, its taxation extortion", "[mentions]") {
  for (const char* text : {"1. The ban cut ISGS financing in Zorva.\n", "1. ISGS's finances grew in Zorva.\n",
                           "1. ISGS\u2019s funding grew in Zorva.\n",
                           "1. The plan disrupts ISGS operations and finances in Zorva.\n"}) {
    INFO(text);
    CHECK(RunOn(text).Mentions("crime:terrorism_financing"));
  }
  // Its taxation is extortion.
  CHECK(RunOn("1. ISGS's taxation of herders grew in Zorva.\n").Mentions("crime:extortion"));
  // Where it stops: the word not right after the name, or after no group.
  CHECK_FALSE(RunOn("1. ISGS attacked the financing office in Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. Zorva taxation grew.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Zorva financing grew.\n").Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. The plan disrupts ISGS operations and their finances in Zorva.\n")
                  .Mentions("crime:terrorism_financing"));
}

TEST_CASE("crimes by paraphrase: persons sold as slaves, the travel of fighters financed, and names: the human "
          "rights monitoring mission in Ukraine, JEM and JeM",
          "[mentions]") {
  CHECK(RunOn("1. The group sold them multiple times as sexual slaves.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. The group sold women as wives.\n").Mentions("crime:human_trafficking"));
  CHECK_FALSE(RunOn("1. The group sold them fuel.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. It financed the travel of foreign terrorist fighters to Zorva.\n")
            .Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. The ministry financed the travel of the delegates.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. The human rights monitoring mission in Ukraine documented 24 cases.\n").Mentions("un_entity:hrmmu"));
  // "JEM" in capitals is the Darfur movement, "JeM" Jaish-e-Mohammed.
  CHECK(RunOn("1. SAF and JEM moved reinforcements to Tina.\n").Mentions("group:jem"));
  CHECK_FALSE(RunOn("1. SAF and JEM moved reinforcements to Tina.\n").Mentions("group:jaish_e_mohammed"));
  CHECK(RunOn("1. JeM attacked a convoy.\n").Mentions("group:jaish_e_mohammed"));
}

TEST_CASE("crimes by paraphrase: trafficking for a purpose is trafficking in persons, sexual exploitation alone is "
          "not, undocumented people smuggled",
          "[mentions]") {
  CHECK(RunOn("1. Victims were subjected to trafficking for the purposes of sexual exploitation in Zorva.\n")
            .Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. Women were trafficked for forced labour.\n").Mentions("crime:human_trafficking"));
  // Where it stops: exploitation with no trafficker (hunger, "survival sex").
  CHECK_FALSE(RunOn("1. Sexual exploitation in the form of survival sex was pervasive in Zorva.\n")
                  .Mentions("crime:human_trafficking"));
  // People smuggled with a word of their status between.
  CHECK(RunOn("1. Seven individuals attempted to smuggle undocumented people into Zorva.\n")
            .Mentions("crime:migrant_smuggling"));
  CHECK_FALSE(RunOn("1. Seven individuals attempted to smuggle undocumented goods into Zorva.\n")
                  .Mentions("crime:migrant_smuggling"));
}

TEST_CASE("crimes by paraphrase: oil bunkering and theft, sources of funding for terrorists, people trafficked, "
          "revenues from natural resources, the charcoal ban",
          "[mentions]") {
  CHECK(RunOn("1. Networks turned to oil bunkering in Zorva.\n").Mentions("crime:oil_smuggling"));
  CHECK(RunOn("1. Pipeline theft grew in Zorva.\n").Mentions("crime:oil_smuggling"));
  CHECK(RunOn("1. Gold is a source of funding for terrorist groups in Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK(RunOn("1. Thousands have also been trafficked into Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. Criminals trafficked people, weapons and drugs across Zorva.\n").Mentions("crime:human_trafficking"));
  // A drug's market is its trade; a market of other goods is not a crime.
  CHECK(RunOn("1. The cocaine market remains concentrated in Zorva.\n").Mentions("crime:drug_trafficking"));
  CHECK(RunOn("1. The synthetic drug market in Zorva grew.\n").Mentions("crime:drug_trafficking"));
  CHECK_FALSE(RunOn("1. The labour market in Zorva grew.\n").Mentions("crime:drug_trafficking"));
  CHECK(RunOn("1. The network was trafficking women and girls into Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK_FALSE(RunOn("1. The people of Zorva trafficked in hope.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. The group derived revenues from natural resources in Zorva.\n")
            .Mentions("crime:natural_resource_exploitation"));
  CHECK(RunOn("1. Members urged States to implement the charcoal ban.\n").Mentions("crime:charcoal_trafficking"));
  CHECK(RunOn("1. Fuel, taxed by terrorist groups, flows across Zorva.\n").Mentions("crime:extortion"));
  CHECK(RunOn("1. Scam centres spread across the Mekong.\n").Mentions("region:mekong"));
  // Armed wings are groups of their own; Gaza is the Strip; a common
  // misnaming of UNODC; the Council's Military Staff Committee.
  auto wing = RunOn("1. The Hamas Qassam Brigades commander was killed in Gaza City.\n");
  CHECK(wing.Mentions("group:hamas"));
  CHECK(wing.Mentions("group:qassam_brigades"));
  CHECK(wing.Mentions("region:gaza_city"));
  CHECK(RunOn("1. Strikes continued in Gaza.\n").Mentions("region:gaza_strip"));
  CHECK(RunOn("1. The United Nations Office for Drugs and Crime met in Zorva.\n").Mentions("un_entity:unodc"));
  CHECK(RunOn("1. The Military Staff Committee visited South Sudan.\n").Mentions("un_entity:military_staff_committee"));
  CHECK(RunOn("1. The United Nations' Inter-Agency Coordination Group against Trafficking in Persons (ICAT) met.\n")
            .Mentions("un_entity:icat"));
  // "the Pacific" is the region of its island countries; "Asia and the
  // Pacific" stays one region, the ocean another.
  CHECK(RunOn("1. Traffickers now target the island countries of the Pacific.\n").Mentions("region:pacific"));
  CHECK(RunOn("1. Networks operate across Southeast Asia and the Pacific.\n").Mentions("region:pacific"));
  CHECK_FALSE(RunOn("1. Networks operate across Asia and the Pacific.\n").Mentions("region:pacific"));
  CHECK_FALSE(RunOn("1. Boats crossed the Pacific Ocean.\n").Mentions("region:pacific"));
  CHECK_FALSE(RunOn("1. Pacific settlement of disputes was discussed.\n").Mentions("region:pacific"));
  CHECK_FALSE(RunOn("1. The Pacific Islands Forum met.\n").Mentions("region:pacific"));
  // Haiti's departments by their French and English names, South Sudan's historical regions.
  auto departments = RunOn("1. Gangs spread in the West, Artibonite and Center departments and in Nippes.\n");
  CHECK(departments.Mentions("region:ht_ou"));
  CHECK(departments.Mentions("region:ht_ce"));
  CHECK(departments.Mentions("region:ht_ni"));
  CHECK(RunOn("1. Fighting spread across Greater Upper Nile.\n").Mentions("region:greater_upper_nile"));
  CHECK(RunOn("1. The United Nations country team in Syria supports returnees.\n").Mentions("un_entity:unct"));
  CHECK_FALSE(RunOn("1. The West condemned the attacks.\n").Mentions("region:ht_ou"));
  CHECK(RunOn("1. UNOCT trained guards to counter the smuggling of nuclear and radiological materials.\n")
            .Mentions("crime:cbrn_trafficking"));
  CHECK(RunOn("1. Weapons were trafficked from the US.\n").Mentions("region:united_states"));
  CHECK_FALSE(RunOn("1. Let us fight trafficking; ransoms reached US$ 5 million and 3 million US dollars.\n")
                  .Mentions("region:united_states"));
  CHECK(RunOn("1. Criminal networks recruit victims to work in Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK(RunOn("1. The resources of Zorva are being illegally exploited by armed groups.\n")
            .Mentions("crime:natural_resource_exploitation"));
  // Where it stops: bunkering of ships with fuel as a trade, a source of
  // funding for anyone else, goods trafficked.
  CHECK_FALSE(RunOn("1. Ship bunkering services grew in Zorva.\n").Mentions("crime:oil_smuggling"));
  CHECK_FALSE(RunOn("1. Tourism is a source of funding for schools in Zorva.\n").Mentions("crime:terrorism_financing"));
  CHECK_FALSE(RunOn("1. Weapons have also been trafficked into Zorva.\n").Mentions("crime:human_trafficking"));
  CHECK_FALSE(RunOn("1. Fuel, taxed by the Government, flows across Zorva.\n").Mentions("crime:extortion"));
  CHECK_FALSE(RunOn("1. Hospitals treat victims in Zorva.\n").Mentions("crime:human_trafficking"));
}

TEST_CASE("a group named right after 'counter-' or 'anti-' is what the compound opposes: named, linked nowhere",
          "[mentions]") {
  auto coalition = RunOn("1. The counter-Da\u2019esh coalition met in Washington.\n");
  CHECK(coalition.Mentions("group:isil"));
  CHECK_FALSE(coalition.Link("group:isil", "region:washington_dc"));
  auto operations = RunOn("1. Anti-ISIL operations continued in Iraq.\n");
  CHECK(operations.Mentions("group:isil"));
  CHECK_FALSE(operations.Link("group:isil", "region:iraq"));
  // Where it stops: a group whose own name begins so, and the group named apart.
  CHECK(RunOn("1. Anti-Balaka militias attacked Bangui.\n").Link("group:anti_balaka", "region:bangui"));
  CHECK(RunOn("1. The coalition fought ISIL in Iraq.\n").Link("group:isil", "region:iraq"));
}

TEST_CASE("references: a paragraph opening with 'The group' goes on about the one group of the paragraph before",
          "[mentions]") {
  auto pronouns = [](const nexus::test::Run& r, const std::string& id) {
    int n = 0;
    for (const nexus::Mention& m : r.findings.mentions)
      if (m.entity == id && m.rule == "pronoun" && m.paragraph >= 1) ++n;
    return n;
  };
  CHECK(pronouns(RunOn("1. Al-Shabaab was listed in 2010.\n\n2. The group operates in Baidoa.\n"),
                 "group:al_shabaab") == 1);
  // Where it stops: the paragraph before named two groups; it is not the
  // paragraph right before; "the group" later in the paragraph.
  CHECK(pronouns(RunOn("1. Al-Shabaab joined ISIL.\n\n2. The group operates in Baidoa.\n"), "group:isil") == 0);
  CHECK(pronouns(RunOn("1. Al-Shabaab was listed.\n\n2. Trade fell.\n\n3. The group operates in Baidoa.\n"),
                 "group:al_shabaab") == 0);
}

TEST_CASE("cities of libgeonames: weak names that need their country, and a name of their own",
          "[mentions]") {
  const nexus::Rules& rules = nexus::test::DefaultRules();
  const nexus::Entity* hinche = rules.FindEntity("region:hinche");
  REQUIRE(hinche);
  CHECK(hinche->parent == "region:haiti");
  // A city whose name is an English word is left out of the list.
  CHECK_FALSE(rules.FindEntity("region:mission"));
  CHECK_FALSE(rules.FindEntity("region:police"));
  // The country named in the paragraph confirms the city.
  CHECK(RunOn("1. Police seized cocaine near Hinche, in central Haiti.\n").Mentions("region:hinche"));
  // A place preposition confirms it when only one city has that name.
  CHECK(RunOn("1. Police seized cocaine in Hinche on 14 November.\n").Mentions("region:hinche"));
  // Neither: not a place.
  CHECK_FALSE(RunOn("1. Hinche said the seizure was large.\n").Mentions("region:hinche"));
  // Part of a longer name ("Wilson Hinche", "Hinche Relief Fund"): no place.
  CHECK_FALSE(RunOn("1. In Haiti, Wilson Hinche led the gang.\n").Mentions("region:hinche"));
  CHECK_FALSE(RunOn("1. In Haiti, the Hinche Relief Fund paid the ransom.\n").Mentions("region:hinche"));
  // Lower case is no name.
  CHECK_FALSE(RunOn("1. In Haiti, hinche is a word here.\n").Mentions("region:hinche"));
  // An unconfirmed city leaves its words free for a short form: "the Mission".
  auto r = RunOn("1. The United Nations Multidimensional Integrated Stabilization Mission in the Central African "
                 "Republic (MINUSCA) opened a base. The Mission deployed in Bria.\n");
  std::size_t minusca = 0;
  for (const nexus::Mention& m : r.findings.mentions) minusca += m.entity == "un_entity:minusca";
  CHECK(minusca == 3);
}

TEST_CASE("cities of libgeonames: an Arabic name goes by both spellings of its last 'a'", "[mentions]") {
  const nexus::Rules& rules = nexus::test::DefaultRules();
  const nexus::Entity* tarhuna = rules.FindEntity("region:tarhuna");
  REQUIRE(tarhuna);
  CHECK(std::find(tarhuna->aliases.begin(), tarhuna->aliases.end(), "Tarhunah") != tarhuna->aliases.end());
  CHECK(RunOn("1. In Libya, the militia controlled the town of Tarhunah.\n").Mentions("region:tarhuna"));
  // And the other way: "Mizdah" in GeoNames, "Mizda" in the text.
  CHECK(RunOn("1. In Libya, the brigade moved to Mizda.\n").Mentions("region:mizdah"));
  // Where it stops: only in Arabic-speaking countries (Nigeria's "Zaria" keeps one spelling).
  const nexus::Entity* zaria = rules.FindEntity("region:zaria");
  REQUIRE(zaria);
  CHECK(zaria->aliases.empty());
}

TEST_CASE("references: 'It' for the group of the sentence before, and the group that opens one naming several",
          "[mentions]") {
  auto it = RunOn("1. ISGS remained resilient. It also strengthened its axis along the corridor to Niamey.\n");
  bool found = false;
  for (const nexus::Mention& m : it.findings.mentions)
    found = found || (m.entity == "group:isgs" && m.sentence == 1 && m.rule == "pronoun");
  CHECK(found);
  CHECK(it.Link("group:isgs", "region:niamey"));
  // An expletive "It" is nobody.
  auto expletive = RunOn("1. ISGS remained resilient. It was unclear whether the convoy reached Niamey.\n");
  CHECK_FALSE(expletive.Link("group:isgs", "region:niamey"));
  // "It is (also) poised", "it was responsible": what a group is or does.
  auto poised = RunOn("1. ISGS remained resilient. It is also poised to expand operations into Niamey.\n");
  CHECK(poised.Link("group:isgs", "region:niamey"));
  auto likely = RunOn("1. ISGS remained resilient. It is likely that traders paid in Niamey.\n");
  CHECK_FALSE(likely.Link("group:isgs", "region:niamey"));
  // "It was reported to be ...": a word of report raising the group to an
  // infinitive; "It was reported that ..." stays an expletive.
  auto raised = RunOn("1. ISGS remained resilient. It was reported to be recruiting fighters in Niamey.\n");
  CHECK(raised.Link("group:isgs", "region:niamey"));
  auto reported = RunOn("1. ISGS remained resilient. It was reported that traders paid in Niamey.\n");
  CHECK_FALSE(reported.Link("group:isgs", "region:niamey"));
  // After a UN body, "It" is the body's.
  auto unit = RunOn("1. UNODC assessed ISGS. It trained officers in Niamey.\n");
  CHECK_FALSE(unit.Link("group:isgs", "region:niamey"));
  // The group opening a sentence that names another: "The group" next is it.
  auto subject = RunOn("1. ISWAP remained the most active ISIL affiliate. The group's operations were limited "
                       "to Borno State in Nigeria.\n");
  CHECK(subject.Link("group:iswap", "region:nigeria"));
  CHECK_FALSE(subject.Link("group:isil", "region:nigeria"));
  // Two groups listed as the subject: no one group.
  auto both = RunOn("1. ISWAP and Boko Haram clashed again. The group's operations were limited to Borno State "
                    "in Nigeria.\n");
  CHECK_FALSE(both.Link("group:iswap", "region:nigeria"));
  CHECK_FALSE(both.Link("group:boko_haram", "region:nigeria"));
  // "the group" followed by a name is that name's, not a reference.
  auto named = RunOn("1. ISWAP attacked Maiduguri. A militant from the group Zorvan Jamaat was killed in Borno "
                     "State in Nigeria.\n");
  CHECK_FALSE(named.Link("group:iswap", "region:nigeria"));
  // The group that follows an opening phrase is the subject too.
  auto opening = RunOn("1. Pressured in Mali by JNIM, ISGS aimed to expand. It attacked towns near Niamey.\n");
  CHECK(opening.Link("group:isgs", "region:niamey"));
  CHECK_FALSE(opening.Link("group:jnim", "region:niamey"));
  // A sentence that says "its" before naming another group goes on about
  // the group before; one that names the other group first does not.
  auto goes_on = RunOn("1. ISGS aimed to expand. Renewed attacks signalled its intent to exploit zones free from "
                       "JNIM competition. It attacked towns near Niamey.\n");
  CHECK(goes_on.Link("group:isgs", "region:niamey"));
  CHECK_FALSE(goes_on.Link("group:jnim", "region:niamey"));
  auto turns = RunOn("1. ISGS aimed to expand. JNIM renewed its attacks on the army. It attacked towns near "
                     "Niamey.\n");
  CHECK(turns.Link("group:jnim", "region:niamey"));
  CHECK_FALSE(turns.Link("group:isgs", "region:niamey"));
}

TEST_CASE("references: 'Those clashes' opening a sentence are the clashes of the groups of the sentence before",
          "[mentions]") {
  auto r = RunOn("1. Heavy clashes erupted between the 444th Brigade and the Deterrence Apparatus. Those clashes "
                 "were followed by urban warfare in populated areas of Tripoli.\n");
  CHECK(r.Link("group:brigade_444", "region:tripoli"));
  CHECK(r.Link("group:radaa", "region:tripoli"));
  // Where it stops: a sentence that names its own group, more than two
  // groups before, no word for fighting, another paragraph.
  auto own = RunOn("1. Clashes erupted between the 444th Brigade and the Deterrence Apparatus. Those clashes "
                   "drew ISIL fighters to Tripoli.\n");
  CHECK_FALSE(own.Link("group:brigade_444", "region:tripoli"));
  auto three = RunOn("1. ISIL, JNIM and Al-Shabaab were named. Those attacks took place in Tripoli.\n");
  CHECK_FALSE(three.Link("group:isil", "region:tripoli"));
  auto words = RunOn("1. The 444th Brigade met the Deterrence Apparatus. Those talks took place in Tripoli.\n");
  CHECK_FALSE(words.Link("group:brigade_444", "region:tripoli"));
  auto other = RunOn("1. Clashes erupted between the 444th Brigade and the Deterrence Apparatus.\n\n"
                     "2. Those clashes were followed by urban warfare in Tripoli.\n");
  CHECK_FALSE(other.Link("group:brigade_444", "region:tripoli"));
}

TEST_CASE("references: 'During these clashes' opening a sentence stands for the places of the sentence before",
          "[mentions]") {
  auto r = RunOn("1. Clashes erupted in Malakal between two militias. During these clashes, an UNMISS helicopter "
                 "came under fire.\n");
  CHECK(r.Link("un_entity:unmiss", "region:malakal"));
  // Where it stops: no event word, another paragraph.
  auto talks = RunOn("1. Talks were held in Malakal. During these talks, an UNMISS helicopter came under fire.\n");
  CHECK_FALSE(talks.Link("un_entity:unmiss", "region:malakal"));
  auto other = RunOn("1. Clashes erupted in Malakal.\n\n2. During these clashes, an UNMISS helicopter came under "
                     "fire.\n");
  CHECK_FALSE(other.Link("un_entity:unmiss", "region:malakal"));
}

TEST_CASE("a place whose name runs on into another capitalised word is a word of a longer name",
          "[mentions]") {
  // "Carrefour Bete" is not Carrefour; "Kandahar Provinces" is Kandahar.
  CHECK_FALSE(RunOn("1. In Haiti, gangs set up bases in Carrefour Bete.\n").Mentions("region:carrefour_haiti"));
  CHECK(RunOn("1. In Haiti, gangs set up bases in Carrefour.\n").Mentions("region:carrefour_haiti"));
  CHECK(RunOn("1. Attacks rose in Helmand and Kandahar Provinces.\n").Mentions("region:kandahar"));
  // Nor a place's governments.
  CHECK(RunOn("1. The Lake Chad Basin Governments met.\n").Mentions("region:lake_chad_basin"));
}

TEST_CASE("shared heads: regional adjectives before a plural head, subdivisions of one country",
          "[mentions]") {
  auto r = RunOn("1. Arms trafficking is common in the North and West African regions.\n");
  CHECK(r.Mentions("region:north_africa"));
  CHECK(r.Mentions("region:west_africa"));
  CHECK_FALSE(r.Mentions("region:west_african"));
  // A subdivision needs its country named; in a list with one that has it,
  // it shares the head.
  auto states = RunOn("1. In South Sudan, fighting spread in Central and Western Equatoria.\n");
  CHECK(states.Mentions("region:ss_ec"));
  CHECK(states.Mentions("region:ss_ew"));
  CHECK_FALSE(states.Mentions("region:central"));
  // Without it, a place preposition before the list confirms its items
  // (as it confirms one); with neither, none is named.
  CHECK(RunOn("1. Fighting spread in Central and Western Equatoria.\n").Mentions("region:ss_ec"));
  auto alone = RunOn("1. Central and Western Equatoria suffered fighting.\n");
  CHECK_FALSE(alone.Mentions("region:ss_ec"));
  // Two coordinated names are two regions, even where the pair is a usual
  // grouping; a body named after the pair names neither.
  auto lac = RunOn("1. Cocaine seizures rose in Latin America and the Caribbean.\n");
  CHECK(lac.Mentions("region:latin_america"));
  CHECK(lac.Mentions("region:caribbean"));
  auto eclac = RunOn("1. The Economic Commission for Latin America and the Caribbean met.\n");
  CHECK_FALSE(eclac.Mentions("region:latin_america"));
  CHECK_FALSE(eclac.Mentions("region:caribbean"));
}

TEST_CASE("South Sudan's armed opposition by its names and acronyms", "[mentions]") {
  auto r = RunOn("1. SPLM/A-IO and NAS elements attacked Yei, while SSOA forces defected.\n");
  CHECK(r.Mentions("group:splm_a_io"));
  CHECK(r.Mentions("group:national_salvation_front"));
  CHECK(r.Mentions("group:ssoa"));
}

TEST_CASE("gazetteer: South Sudan's states by their full names, MONUSCO's brigade, Council and Council-made bodies",
          "[mentions]") {
  auto states = RunOn("1. In South Sudan, clashes continued in Lakes State and Unity State.\n");
  CHECK(states.Mentions("region:ss_lk"));
  CHECK(states.Mentions("region:ss_uy"));
  // Where it stops: the English words alone name no state.
  CHECK_FALSE(RunOn("1. In South Sudan, the lakes and unity of the country were praised.\n").Mentions("region:ss_lk"));
  CHECK(RunOn("1. The Force Intervention Brigade deployed to Mbau.\n").Mentions("un_entity:force_intervention_brigade"));
  CHECK(RunOn("1. The Commission on Human Rights in South Sudan reported killings.\n")
            .Mentions("un_entity:commission_human_rights_south_sudan"));
  CHECK(RunOn("1. The Informal Expert Group on Women and Peace and Security met on the Sahel.\n")
            .Mentions("un_entity:iegwps"));
}
