#include <catch2/catch.hpp>

#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

// Whether a and b are linked by a lone pair, not by a rule.
bool LonePair(const nexus::test::Run& r, const std::string& a, const std::string& b) {
  const nexus::Claim* c = r.Link(a, b);
  return c && c->rule == "lone-pair";
}

}  // namespace

TEST_CASE("group-crime: a trigger links them, names in two clauses are no link", "[claims]") {
  auto r = RunOn("1. ISIL generates significant revenue from human trafficking.\n");
  REQUIRE(r.Link("group:isil", "crime:human_trafficking"));
  CHECK_FALSE(r.Link("group:isil", "crime:human_trafficking")->hedged);
  auto bare = RunOn("1. Al-Shabaab; charcoal exports.\n");
  CHECK_FALSE(bare.Link("group:al_shabaab", "crime:charcoal_trafficking"));
}

TEST_CASE("group-crime: a group procuring or acquiring traded goods profits from their trade", "[claims]") {
  auto r = RunOn("1. In the region, groups such as ISIL, Boko Haram and Al-Shabaab appear to be the most "
                 "active in procuring weapons and ammunition.\n");
  for (const char* group : {"group:isil", "group:boko_haram", "group:al_shabaab"}) {
    REQUIRE(r.Link(group, "crime:arms_trafficking"));
    CHECK(r.Link(group, "crime:arms_trafficking")->hedged);  // "appear to be"
  }
}

TEST_CASE("lists link every member", "[claims]") {
  auto r = RunOn("1. ISIL, al-Nusrah Front and the Islamic Movement of Uzbekistan are reportedly "
                 "involved in drug trafficking.\n");
  for (const char* g : {"group:isil", "group:al_nusrah_front", "group:imu"}) {
    const auto* c = r.Link(g, "crime:drug_trafficking");
    REQUIRE(c);
    CHECK(c->hedged);
  }
}

TEST_CASE("locative places link to groups and crimes", "[claims]") {
  auto r = RunOn("1. In Iraq and the Syrian Arab Republic, ISIL is smuggling crude oil.\n");
  CHECK(r.Link("group:isil", "region:iraq"));
  CHECK(r.Link("group:isil", "region:syria"));
  CHECK(r.Link("crime:oil_smuggling", "region:iraq"));
  CHECK(r.Link("crime:oil_smuggling", "region:syria"));
  CHECK(r.Link("group:isil", "crime:oil_smuggling"));
}

TEST_CASE("hedged statements give hedged claims", "[claims]") {
  for (const char* s : {"1. Boko Haram is said to be involved in kidnapping.\n",
                        "1. It is believed that Boko Haram profits from kidnapping.\n",
                        "1. Boko Haram allegedly profits from kidnapping.\n",
                        "1. Boko Haram may be involved in kidnapping.\n",
                        "1. Boko Haram, possibly involved in kidnapping, expanded.\n",
                        "1. Boko Haram was reported to have profited from kidnapping.\n",
                        "1. Suspected Boko Haram fighters profited from kidnapping.\n"}) {
    auto r = RunOn(s);
    const auto* c = r.Link("group:boko_haram", "crime:kidnapping_for_ransom");
    REQUIRE(c);
    CHECK(c->hedged);
  }
}

TEST_CASE("a statement of what a group does, with no word of doubt, is not hedged", "[claims]") {
  auto r = RunOn("1. Boko Haram is involved in kidnapping, which may be its main source of income.\n");
  const auto* c = r.Link("group:boko_haram", "crime:kidnapping_for_ransom");
  REQUIRE(c);
  CHECK_FALSE(c->hedged);
}

TEST_CASE("denied statements give no claim", "[claims]") {
  auto r = RunOn("1. It has been posited that Boko Haram receives funds from drug trafficking, but "
                 "evidence to support that claim has been limited.\n");
  CHECK_FALSE(r.Link("group:boko_haram", "crime:drug_trafficking"));
  auto r2 = RunOn("1. There is no evidence that Al-Shabaab profits from piracy.\n");
  CHECK_FALSE(r2.Link("group:al_shabaab", "crime:piracy"));
  auto r3 = RunOn("1. Al-Shabaab denied any involvement in piracy off Puntland.\n");
  CHECK_FALSE(r3.Link("group:al_shabaab", "crime:piracy"));
  auto r4 = RunOn("1. Al-Shabaab denies the allegations of piracy in Puntland.\n");
  CHECK_FALSE(r4.Link("crime:piracy", "region:puntland"));
  auto r5 = RunOn("1. While no active ties between Al-Qaida and HTS were observed, both grew.\n");
  CHECK_FALSE(r5.Link("group:al_qaida", "group:hts"));
  CHECK_FALSE(r5.Link("group:hts", "group:al_qaida"));
  // Where it stops: a refusal is no denial ("were denied access").
  auto refused = RunOn("1. UNMISS patrols from Juba were denied access by soldiers.\n");
  CHECK(refused.Link("un_entity:unmiss", "region:juba"));
}

TEST_CASE("a heading supplies the crime to the paragraphs under it", "[claims]") {
  auto r = RunOn("### 6. Kidnapping for ransom\n\n"
                 "39. Boko Haram has also targeted officials in Cameroon.\n");
  CHECK(r.Link("group:boko_haram", "crime:kidnapping_for_ransom"));
  CHECK(r.Link("crime:kidnapping_for_ransom", "region:cameroon"));
}

TEST_CASE("a heading's crime is not placed through 'the region'", "[claims]") {
  auto r = RunOn("### 6. Kidnapping for ransom\n\n"
                 "39. Traders on the roads of the Sahel said that a group is active in the region and "
                 "levies taxes on smuggled goods.\n");
  CHECK(r.Link("crime:goods_smuggling", "region:sahel"));
  CHECK_FALSE(r.Link("crime:kidnapping_for_ransom", "region:sahel"));
  // Where it stops: a place the sentence names gets the heading's crime.
  auto named = RunOn("### 6. Kidnapping for ransom\n\n39. Officials were seized in Cameroon.\n");
  CHECK(named.Link("crime:kidnapping_for_ransom", "region:cameroon"));
}

TEST_CASE("a heading's crime links a sentence that names one entity only", "[claims]") {
  // Such a sentence links nothing on its own, and its view is skipped; not
  // under a heading that names a crime.
  auto r = RunOn("### 6. Kidnapping for ransom\n\n"
                 "39. Boko Haram has also targeted officials. Boko Haram is said to hold them.\n");
  const auto* c = r.Link("group:boko_haram", "crime:kidnapping_for_ransom");
  REQUIRE(c);
  CHECK_FALSE(c->hedged);  // the first sentence is not hedged
  auto alone = RunOn("39. Boko Haram has also targeted officials. Boko Haram is said to hold them.\n");
  CHECK(alone.findings.claims.empty());
}

TEST_CASE("sentences with a pair the rules can join are read, others skipped", "[claims]") {
  // Two groups and nothing else: an affiliation.
  auto groups = RunOn("1. ISIL and other entities associated with Al-Qaida attacked.\n");
  CHECK(groups.Link("group:isil", "group:al_qaida"));
  // A place only, or a UN entity only, with the heading's crime.
  auto place = RunOn("### 6. Kidnapping for ransom\n\n39. Officials were seized in Cameroon.\n");
  CHECK(place.Link("crime:kidnapping_for_ransom", "region:cameroon"));
  auto un = RunOn("### 6. Kidnapping for ransom\n\n"
                  "39. According to UNODC, the payments have grown.\n");
  CHECK(un.Link("un_entity:unodc", "crime:kidnapping_for_ransom"));
  // Places only, crimes only, UN entities only: nothing to link.
  for (const char* s : {"1. Iraq and the Syrian Arab Republic border Turkey.\n",
                        "1. Drug trafficking and kidnapping are on the rise.\n",
                        "1. UNODC and the Counter-Terrorism Committee met.\n"})
    CHECK(RunOn(s).findings.claims.empty());
}

TEST_CASE("a UN source links to the crime, not to the places", "[claims]") {
  auto r = RunOn("1. According to the Analytical Support and Sanctions Monitoring Team, the main "
                 "source of revenue for ISIL in Iraq is the illicit sale of oil.\n");
  CHECK(r.Link("un_entity:monitoring_team", "crime:oil_smuggling"));
  CHECK_FALSE(r.Link("un_entity:monitoring_team", "region:iraq"));
  CHECK(r.Link("group:isil", "crime:oil_smuggling"));
}

TEST_CASE("a UN entity that acts in a place links to it", "[claims]") {
  auto r = RunOn("1. The Counter-Terrorism Committee Executive Directorate conducted a visit to "
                 "Mali and the Niger.\n");
  CHECK(r.Link("un_entity:cted", "region:mali"));
  CHECK(r.Link("un_entity:cted", "region:niger"));
}

TEST_CASE("affiliation links groups, and the patron gets no crime", "[claims]") {
  auto r = RunOn("1. The Al-Qaida affiliate in South-East Asia, the Abu Sayyaf Group, collected "
                 "$1.5 million in ransom payments.\n");
  CHECK(r.Link("group:abu_sayyaf_group", "group:al_qaida"));
  CHECK(r.Link("group:abu_sayyaf_group", "crime:kidnapping_for_ransom"));
  CHECK_FALSE(r.Link("group:al_qaida", "crime:kidnapping_for_ransom"));
  auto r2 = RunOn("1. ISIL and other entities associated with Al-Qaida profit from looting of "
                  "cultural property.\n");
  CHECK(r2.Link("group:isil", "group:al_qaida"));
  CHECK_FALSE(r2.Link("group:al_qaida", "crime:cultural_property_trafficking"));
}

TEST_CASE("affiliation: the objects listed after 'such as the', past brackets and unknown names", "[claims]") {
  // Each item's brackets ("(ETIM/TIP, QDe.088)") are an aside; a name the
  // rules lack before a known acronym ("Khatiba al-Tawhid wal-Jihad (KTJ")
  // keeps the list going; the last item is as near as the first.
  auto r = RunOn("1. HTS harboured other groups, such as the Eastern Turkistan Islamic Movement (ETIM/TIP, "
                 "QDe.088), Khatiba al-Tawhid wal-Jihad (KTJ, QDe.168) and Khatiba Imam al-Bukhari (KIB, "
                 "QDe.158).\n");
  CHECK(r.Link("group:hts", "group:etim"));
  CHECK(r.Link("group:hts", "group:katibat_al_tawhid_wal_jihad"));
  CHECK(r.Link("group:hts", "group:katibat_al_imam_al_bukhari"));
  // The items are not each other's affiliates.
  CHECK_FALSE(r.Link("group:etim", "group:katibat_al_imam_al_bukhari"));
  // A later item's own brackets are no subject of their own.
  auto named = RunOn("1. HTS harboured other terrorist groups, such as the Eastern Turkistan Islamic Movement "
                     "(ETIM/TIP, QDe.088) and Khatiba Imam al-Bukhari (KIB, QDe.158).\n");
  CHECK(named.Link("group:hts", "group:katibat_al_imam_al_bukhari"));
  CHECK_FALSE(named.Link("group:etim", "group:katibat_al_imam_al_bukhari"));
  // The other name after a slash and a space is the item's too ("X/ HUM
  // (QDe.008)"): the list goes on, and its later items are no subjects.
  auto slash = RunOn("1. HTS is associated with Harakat ul-Mujahidin/ HUM (QDe.008), Lashkar-e-Tayyiba (QDe.118) "
                     "and Jaish-i-Mohammed (QDe.019).\n");
  CHECK(slash.Link("group:hts", "group:lashkar_e_tayyiba"));
  CHECK(slash.Link("group:hts", "group:jaish_e_mohammed"));
  CHECK_FALSE(slash.Link("group:lashkar_e_tayyiba", "group:harakat_ul_mujahidin"));
  // A list ended by other words does not go on.
  auto ended = RunOn("1. HTS harboured other groups, such as the Eastern Turkistan Islamic Movement (ETIM), "
                     "while fighters of the Islamic Movement of Uzbekistan (IMU) left.\n");
  CHECK(ended.Link("group:hts", "group:etim"));
  CHECK_FALSE(ended.Link("group:hts", "group:imu"));
}

TEST_CASE("affiliation: an object in an apposition after a group is that group's alone", "[claims]") {
  auto r = RunOn("1. The activity of JNIM (QDe.159), an Al-Qaida affiliate, in border areas led ISGS to expand "
                 "eastward.\n");
  CHECK(r.Link("group:jnim", "group:al_qaida"));
  CHECK_FALSE(r.Link("group:isgs", "group:al_qaida"));
  CHECK_FALSE(RunOn("1. JNIM, an Al-Qaida affiliate, and ISGS fought.\n").Link("group:isgs", "group:al_qaida"));
  // Where it stops: an apposition after a place says nothing of the place;
  // the group named after it is the affiliate as before.
  CHECK(RunOn("1. In Mali, an Al-Qaida affiliate, JNIM, expanded.\n").Link("group:jnim", "group:al_qaida"));
}

TEST_CASE("affiliation: 'such terrorist organizations as' names the objects as 'such as' does", "[claims]") {
  auto r = RunOn("1. KTJ also cooperates with such terrorist organizations as the Islamic Movement of Uzbekistan "
                 "(QDe.010) and the Islamic Jihad Group (QDe.119).\n");
  CHECK(r.Link("group:katibat_al_tawhid_wal_jihad", "group:imu"));
  CHECK(r.Link("group:katibat_al_tawhid_wal_jihad", "group:iju"));
  // Where it stops: no affiliation cue before it.
  CHECK_FALSE(RunOn("1. KTJ fought such terrorist organizations as IMU.\n").Link("group:katibat_al_tawhid_wal_jihad",
                                                                                "group:imu"));
}

TEST_CASE("affiliation: groups in brackets after the words for groups a cue governs, with their places",
          "[claims]") {
  auto r = RunOn("1. Al-Qaida sought cooperation with regional terrorist organizations that operate in "
                 "Afghanistan (TTP, ETIM/TIP and Jamaat Ansarullah (not listed)).\n");
  for (const char* g : {"group:ttp", "group:etim", "group:jamaat_ansarullah"}) {
    CHECK(r.Link("group:al_qaida", g));
    CHECK(r.Link(g, "region:afghanistan"));  // the description's place is theirs
  }
  CHECK_FALSE(r.Link("group:ttp", "group:etim"));
  // Not without words for groups before the bracket.
  auto other = RunOn("1. Al-Qaida sought cooperation with the authorities of Afghanistan (TTP and ETIM disagreed).\n");
  CHECK_FALSE(other.Link("group:al_qaida", "group:ttp"));
}

TEST_CASE("affiliation: coalitions, mergers, parts and umbrellas", "[claims]") {
  CHECK(RunOn("1. JNIM is a coalition of Ansar Eddine and Al-Mourabitoun.\n").Link("group:jnim", "group:ansar_eddine"));
  CHECK(RunOn("1. Ansar Eddine and Al-Mourabitoun merged to form JNIM.\n").Link("group:al_mourabitoun", "group:jnim"));
  CHECK(RunOn("1. Ansar Eddine is part of JNIM.\n").Link("group:ansar_eddine", "group:jnim"));
  CHECK(RunOn("1. The TTP operates under the umbrella of the Taliban.\n").Link("group:ttp", "group:taliban"));
  CHECK(RunOn("1. Al-Shabaab maintains links with AQAP.\n").Link("group:al_shabaab", "group:aqap"));
  // Where it stops: two groups side by side, or against each other.
  CHECK_FALSE(RunOn("1. Ansar Eddine attacked JNIM.\n").Link("group:ansar_eddine", "group:jnim"));
}

TEST_CASE("annex rows link their entity to crimes and scope", "[claims]") {
  auto r = RunOn("## Annex\n\n"
                 "<i>Number</i>\t<i>Entity/project/activity</i>\t<i>Status of implementation</i>\t"
                 "<i>Main activities</i>\t<i>Geographical scope</i>\n"
                 "50\tUNODC: kidnapping for ransom\tCompleted\tUNODC published a manual.\tWest Africa\n");
  CHECK(r.Link("un_entity:unodc", "crime:kidnapping_for_ransom"));
  CHECK(r.Link("un_entity:unodc", "region:west_africa"));
}

TEST_CASE("a place belongs to the nearest crime list, not every crime", "[claims]") {
  auto r = RunOn("1. ISIL draws income from extortion, and from trafficking of cultural heritage from "
                 "Iraq.\n");
  CHECK(r.Link("crime:cultural_property_trafficking", "region:iraq"));
  CHECK_FALSE(r.Link("crime:extortion", "region:iraq"));
}

TEST_CASE("a group between a UN body and a place takes the place", "[claims]") {
  auto r = RunOn("1. The Analytical Support and Sanctions Monitoring Team has no information that "
                 "ISIL in Iraq has new income.\n");
  CHECK(r.Link("group:isil", "region:iraq"));
  CHECK_FALSE(r.Link("un_entity:monitoring_team", "region:iraq"));
}

TEST_CASE("the recipient of a report does not act", "[claims]") {
  auto r = RunOn("1. The Counter-Terrorism Committee Executive Directorate studied terrorist "
                 "financing and reported to the Counter-Terrorism Committee.\n");
  CHECK(r.Link("un_entity:cted", "crime:terrorism_financing"));
  CHECK_FALSE(r.Link("un_entity:ctc", "crime:terrorism_financing"));
}

TEST_CASE("a title that ends with a place is no place", "[claims]") {
  auto r = RunOn("1. The Special Representative of the Secretary-General for West Africa met "
                 "officials of the United Nations Office on Drugs and Crime to fight drug trafficking.\n");
  CHECK_FALSE(r.Link("crime:drug_trafficking", "region:west_africa"));
  CHECK_FALSE(r.Link("un_entity:unodc", "region:west_africa"));
}

TEST_CASE("part_of links a place to its country when both are named", "[claims]") {
  auto r = RunOn("1. The city of Mosul, Iraq, is under the control of ISIL.\n");
  CHECK(r.Link("region:mosul", "region:iraq"));
  auto alone = RunOn("1. Mosul is under the control of ISIL.\n");
  CHECK_FALSE(alone.Link("region:mosul", "region:iraq"));
}

TEST_CASE("'They' continues the story of the one group named just before", "[claims]") {
  auto r = RunOn("1. In Afghanistan, the Taliban are involved in the extraction of natural resources. "
                 "They also extort assets from unlicensed mining operations.\n");
  CHECK(r.Link("group:taliban", "crime:extortion"));
  CHECK(r.Link("group:taliban", "crime:illegal_mining"));
  // After two groups named together, "They" is both of them; after one
  // group that fought another, it is the one the sentence is about.
  auto two = RunOn("1. ISIL and Boko Haram grew. They extort traders.\n");
  CHECK(two.Link("group:isil", "crime:extortion"));
  CHECK(two.Link("group:boko_haram", "crime:extortion"));
  auto fought = RunOn("1. ISIL fought Boko Haram. They extort traders.\n");
  CHECK(fought.Link("group:isil", "crime:extortion"));
  CHECK_FALSE(fought.Link("group:boko_haram", "crime:extortion"));
}

TEST_CASE("the next item of a list is not where the place is", "[claims]") {
  auto r = RunOn("1. Concerns include maritime insecurity in the Gulf of Guinea, the illegal wildlife "
                 "trade and organized crime.\n");
  CHECK_FALSE(r.Link("crime:wildlife_trafficking", "region:gulf_of_guinea"));
  auto r2 = RunOn("1. Criminal groups in South-Eastern Europe benefit from human trafficking.\n");
  CHECK(r2.Link("crime:human_trafficking", "region:south_eastern_europe"));
}

TEST_CASE("'its' names the body that belongs to the entity named before", "[mentions]") {
  auto r = RunOn("1. The Counter-Terrorism Committee and its Executive Directorate visited Mali.\n");
  CHECK(r.Mentions("un_entity:ctc"));
  CHECK(r.Mentions("un_entity:cted"));
}

TEST_CASE("a UN body named after the place, with an actor before it, is not there", "[claims]") {
  auto r = RunOn("1. The United Nations Office for Disarmament Affairs and its centres in Africa "
                 "support the activities of the Counter-Terrorism Committee.\n");
  CHECK(r.Link("un_entity:unoda", "region:africa"));
  CHECK_FALSE(r.Link("un_entity:ctc", "region:africa"));
}

TEST_CASE("'possibly X' hedges only the links of X", "[claims]") {
  auto r = RunOn("1. Charcoal traffickers moved cargoes to ports in Bahrain, Kuwait and possibly Oman.\n");
  const auto* kuwait = r.Link("crime:charcoal_trafficking", "region:kuwait");
  const auto* oman = r.Link("crime:charcoal_trafficking", "region:oman");
  REQUIRE(kuwait);
  REQUIRE(oman);
  CHECK_FALSE(kuwait->hedged);
  CHECK(oman->hedged);
}

TEST_CASE("a place inside a list of crimes belongs to its own item", "[claims]") {
  auto r = RunOn("1. The group draws income from extortion, smuggling of crude oil, trafficking of "
                 "antiquities from Iraq and the Syrian Arab Republic and kidnapping for ransom.\n");
  CHECK(r.Link("crime:cultural_property_trafficking", "region:iraq"));
  CHECK(r.Link("crime:cultural_property_trafficking", "region:syria"));
  CHECK_FALSE(r.Link("crime:extortion", "region:iraq"));
  CHECK_FALSE(r.Link("crime:oil_smuggling", "region:iraq"));
  CHECK_FALSE(r.Link("crime:kidnapping_for_ransom", "region:syria"));
  // A place after the whole list is the place of every item.
  auto all = RunOn("1. ISIL profits from extortion and oil smuggling in Iraq.\n");
  CHECK(all.Link("crime:extortion", "region:iraq"));
  CHECK(all.Link("crime:oil_smuggling", "region:iraq"));
}

TEST_CASE("a venue or a beneficiary is no place of a crime, a destination is", "[claims]") {
  auto r = RunOn("1. At a meeting held in Bangui, ministers discussed arms trafficking.\n");
  CHECK_FALSE(r.Link("crime:arms_trafficking", "region:bangui"));
  auto r2 = RunOn("1. Ministers adopted a plan against arms trafficking for Central Africa.\n");
  CHECK_FALSE(r2.Link("crime:arms_trafficking", "region:central_africa"));
  auto r3 = RunOn("1. Cocaine trafficking destined for Europe has grown.\n");
  CHECK(r3.Link("crime:drug_trafficking", "region:europe"));
  auto r4 = RunOn("1. Kidnapping for ransom of foreigners held in Mali has grown.\n");
  CHECK(r4.Link("crime:kidnapping_for_ransom", "region:mali"));
}

TEST_CASE("a crime that is the topic of an activity is not where the activity is", "[claims]") {
  auto r = RunOn("1. UNODC organized mock trials on the financing of terrorism for prosecutors in "
                 "Argentina.\n");
  CHECK(r.Link("un_entity:unodc", "region:argentina"));
  CHECK(r.Link("un_entity:unodc", "crime:terrorism_financing"));
  CHECK_FALSE(r.Link("crime:terrorism_financing", "region:argentina"));
  auto r2 = RunOn("1. The financing of terrorism in Argentina has grown.\n");
  CHECK(r2.Link("crime:terrorism_financing", "region:argentina"));
}

TEST_CASE("a UN body inside a modifier acts only within it", "[claims]") {
  auto r = RunOn("1. States should strengthen border controls, including through assistance provided "
                 "by entities such as UNODC and the United Nations Office for Disarmament Affairs, "
                 "and with special attention to smuggling routes in North Africa.\n");
  CHECK_FALSE(r.Link("un_entity:unodc", "region:north_africa"));
  CHECK_FALSE(r.Link("un_entity:unoda", "region:north_africa"));
  CHECK_FALSE(r.Link("un_entity:unoda", "crime:goods_smuggling"));
  // Without a ", and" that closes the modifier, the place is the body's.
  auto r2 = RunOn("1. States should support programmes against trafficking in cultural property, "
                  "such as those implemented by UNESCO, in Iraq.\n");
  CHECK(r2.Link("un_entity:unesco", "region:iraq"));
  // ", and in X" goes on with the places of the phrase.
  auto more = RunOn("1. Training provided by UNODC in Mali, and in the Niger, improved border "
                    "controls.\n");
  CHECK(more.Link("un_entity:unodc", "region:mali"));
  CHECK(more.Link("un_entity:unodc", "region:niger"));
  // The subject of the sentence acts in all of it.
  auto r3 = RunOn("1. UNODC strengthens border controls, and pays special attention to smuggling "
                  "routes in North Africa.\n");
  CHECK(r3.Link("un_entity:unodc", "region:north_africa"));
}

TEST_CASE("the owner of a noun phrase acts only up to the next item of a list", "[claims]") {
  auto r = RunOn("1. Initiatives include the Coast Initiative, the joint initiative of the United "
                 "Nations Counter-Terrorism Centre to establish a mechanism in the Sahel, the regional "
                 "plan to address drug trafficking in West Africa and a police information system.\n");
  CHECK(r.Link("un_entity:uncct", "region:sahel"));
  CHECK_FALSE(r.Link("un_entity:uncct", "region:west_africa"));
  CHECK_FALSE(r.Link("un_entity:uncct", "crime:drug_trafficking"));
  CHECK(r.Link("crime:drug_trafficking", "region:west_africa"));
  CHECK_FALSE(r.Link("crime:drug_trafficking", "region:sahel"));
}

TEST_CASE("a UN body that reports a statement is not in its places", "[claims]") {
  auto r = RunOn("1. UNODC estimated in its 2013 report that cocaine trafficking through West Africa "
                 "had doubled.\n");
  CHECK(r.Link("un_entity:unodc", "crime:drug_trafficking"));
  CHECK_FALSE(r.Link("un_entity:unodc", "region:west_africa"));
  auto r2 = RunOn("1. UNODC assessed border controls in Mali.\n");
  CHECK(r2.Link("un_entity:unodc", "region:mali"));
}

TEST_CASE("a crime with a place of its own is not at a place in another clause", "[claims]") {
  auto r = RunOn("1. Delegates called for action to stop the illegal charcoal trade in Somalia, and "
                 "pressed Eritrea over its role in the conflict in Yemen.\n");
  CHECK(r.Link("crime:charcoal_trafficking", "region:somalia"));
  CHECK_FALSE(r.Link("crime:charcoal_trafficking", "region:yemen"));
  auto route = RunOn("1. Cocaine trafficking from West Africa to Europe has grown, officials said.\n");
  CHECK(route.Link("crime:drug_trafficking", "region:west_africa"));
  CHECK(route.Link("crime:drug_trafficking", "region:europe"));
}

TEST_CASE("a group that only receives is not where the goods are", "[claims]") {
  auto r = RunOn("1. Security forces seized cargoes destined for Al-Shabaab in Somalia.\n");
  CHECK_FALSE(r.Link("group:al_shabaab", "region:somalia"));
  auto r2 = RunOn("1. Al-Shabaab operates in Somalia.\n");
  CHECK(r2.Link("group:al_shabaab", "region:somalia"));
}

TEST_CASE("illicitly extracted oil is oil smuggling", "[claims]") {
  auto r = RunOn("1. In Iraq, ISIL earns revenue from illicitly extracted crude oil.\n");
  CHECK(r.Link("group:isil", "crime:oil_smuggling"));
  CHECK(r.Link("crime:oil_smuggling", "region:iraq"));
}

TEST_CASE("mentions in different items of a list of noun phrases are not linked", "[claims]") {
  auto r = RunOn("1. The region is dominated by the crisis in the Central African Republic, the "
                 "expansion of Boko Haram, the threat of terrorism and the illegal wildlife trade.\n");
  CHECK_FALSE(r.Link("group:boko_haram", "region:car"));
  CHECK_FALSE(r.Link("crime:wildlife_trafficking", "region:car"));
  // An apposition closed by a comma is no new item, nor is a lone one.
  auto r2 = RunOn("1. Officials said that in Iraq, the country worst hit, ISIL controls oilfields.\n");
  CHECK(r2.Link("group:isil", "region:iraq"));
  auto r3 = RunOn("1. Weapons flow from Libya, the main source of arms trafficking in the Sahel.\n");
  CHECK(r3.Link("crime:arms_trafficking", "region:libya"));
  CHECK(r3.Link("crime:arms_trafficking", "region:sahel"));
}

TEST_CASE("a region named for an effort is no place of the crime", "[claims]") {
  auto r = RunOn("1. UNOCA supports emergency action plans (for North Cameroon) against poaching.\n");
  CHECK_FALSE(r.Link("crime:wildlife_trafficking", "region:cameroon"));
}

TEST_CASE("transiting drugs is drug trafficking", "[claims]") {
  auto r = RunOn("1. Networks are transiting cocaine through Africa for markets in Europe.\n");
  CHECK(r.Link("crime:drug_trafficking", "region:africa"));
  CHECK(r.Link("crime:drug_trafficking", "region:europe"));
}

TEST_CASE("a sentence opening with 'In <place>,' sets the scene for the next one's groups", "[claims]") {
  auto r = RunOn("1. In Algeria, the security situation remained stable. AQIM continued to decline.\n");
  const nexus::Claim* c = r.Link("group:aqim", "region:algeria");
  REQUIRE(c);
  CHECK(c->rule == "group-region.scene");
  // Not when the next sentence names a place of its own, nor two sentences on.
  auto own = RunOn("1. In Algeria, the situation was calm. AQIM moved to Mali.\n");
  CHECK_FALSE(own.Link("group:aqim", "region:algeria"));
  auto far = RunOn("1. In Algeria, the situation was calm. Nothing changed. AQIM declined.\n");
  CHECK_FALSE(far.Link("group:aqim", "region:algeria"));
}

TEST_CASE("the items of a list a colon opens after a crime's routes are that crime's places", "[claims]") {
  auto r = RunOn("1. Smugglers used several arms trafficking routes, including the following:\n"
                 "\u2022 Sabha \u2013 Kufra\n"
                 "\u2022 Kano \u2013 Zorvel (Niger)\n\n"
                 "2. Nothing else.\n");
  for (const char* place : {"region:sabha", "region:kufra", "region:niger"}) {
    INFO(place);
    const nexus::Claim* c = r.Link("crime:arms_trafficking", place);
    REQUIRE(c);
    CHECK(c->rule == "crime-region.list");
    CHECK(c->subject_begin == c->subject_end);  // the crime is the intro's
  }
  CHECK(r.Mentions("region:zorvel"));  // a name the dashes join
  // Not a list whose intro speaks of no route (or the like), nor an item
  // that names a crime of its own.
  auto members = RunOn("1. Arms trafficking networks included the following members:\n"
                       "\u2022 Sabha \u2013 Kufra \u2013 Zorvel\n\n2. Nothing else.\n");
  CHECK_FALSE(members.Link("crime:arms_trafficking", "region:sabha"));
  CHECK_FALSE(members.Mentions("region:zorvel"));
  auto own = RunOn("1. Smugglers used several arms trafficking routes, including the following:\n"
                   "\u2022 kidnapping in Sabha\n\n2. Nothing else.\n");
  CHECK_FALSE(own.Link("crime:arms_trafficking", "region:sabha"));
  // Not a paragraph that no colon ends.
  auto plain = RunOn("1. Smugglers used several arms trafficking routes.\n"
                     "\u2022 Sabha \u2013 Kufra\n\n2. Nothing else.\n");
  CHECK_FALSE(plain.Link("crime:arms_trafficking", "region:sabha"));
}

TEST_CASE("lone pairs: not the group that unnamed groups are only said to be associated with", "[claims]") {
  CHECK_FALSE(RunOn("1. A group associated with Al-Shabaab is active in Somalia.\n")
                  .Link("group:al_shabaab", "region:somalia"));
  CHECK_FALSE(RunOn("1. Elements linked to Al-Shabaab remained in Somalia.\n").Link("group:al_shabaab", "region:somalia"));
  // Where it stops: a named group the cue governs after no word for unnamed groups.
  CHECK(RunOn("1. Somalia, a country associated with Al-Shabaab, held elections.\n")
            .Link("group:al_shabaab", "region:somalia"));
}

TEST_CASE("a UN body that reports, and the crimes of the sentence right after", "[claims]") {
  auto r = RunOn("1. UNODC found that gangs control the coast. In areas along the coast, gangs erect checkpoints "
                 "for extortion.\n");
  const nexus::Claim* c = r.Link("un_entity:unodc", "crime:extortion");
  REQUIRE(c);
  CHECK(c->rule == "un-crime.previous");
  CHECK(c->sentence == 1);
  // Where it stops: a body that reports nothing, a next sentence with a body
  // of its own, and two sentences on.
  CHECK_FALSE(RunOn("1. UNODC opened an office. Gangs erect checkpoints for extortion.\n")
                  .Link("un_entity:unodc", "crime:extortion"));
  CHECK_FALSE(RunOn("1. UNODC found that gangs control the coast. UNESCO said gangs erect checkpoints for "
                    "extortion.\n")
                  .Link("un_entity:unodc", "crime:extortion"));
  CHECK_FALSE(RunOn("1. UNODC found that gangs control the coast. Fishing is common. Gangs erect checkpoints for "
                    "extortion.\n")
                  .Link("un_entity:unodc", "crime:extortion"));
}

TEST_CASE("a UN body that records, and the places the next sentence's passive record names", "[claims]") {
  auto r = RunOn("1. MONUSCO verified 472 grave violations. Grave violations were verified in North Kivu (350), "
                 "Ituri (84) and South Kivu (38) and were attributed to M23.\n");
  const nexus::Claim* c = r.Link("un_entity:monusco", "region:cd_it");
  REQUIRE(c);
  CHECK(c->rule == "un-region.recorded");
  CHECK(c->sentence == 1);
  CHECK(r.Link("un_entity:monusco", "region:cd_nk"));
  CHECK(r.Link("un_entity:monusco", "region:cd_sk"));
  // Where it stops: a body that only speaks; places not of the record's list;
  // a next sentence with a body of its own.
  CHECK_FALSE(RunOn("1. MONUSCO said 40 cases occurred. Most cases were recorded in Ituri.\n")
                  .Link("un_entity:monusco", "region:cd_it"));
  CHECK_FALSE(
      RunOn("1. MONUSCO documented 40 cases. Most occurred in Ituri.\n").Link("un_entity:monusco", "region:cd_it"));
  CHECK_FALSE(RunOn("1. MONUSCO documented 40 cases. Cases were recorded by UNICEF in Ituri.\n")
                  .Link("un_entity:monusco", "region:cd_it"));
}

TEST_CASE("a UN body that conducts visits, and the places the next sentence's passive visits name", "[claims]") {
  // Of the two bodies, the one the words of visiting follow.
  auto r = RunOn("1. On behalf of the Counter-Terrorism Committee, its Executive Directorate continued to conduct "
                 "visits to Member States. In the period, six visits were undertaken, to Chad, Malta and Norway, "
                 "respectively.\n");
  const nexus::Claim* c = r.Link("un_entity:cted", "region:malta");
  REQUIRE(c);
  CHECK(c->rule == "un-region.recorded");
  CHECK(r.Link("un_entity:cted", "region:chad"));
  CHECK(r.Link("un_entity:cted", "region:norway"));
  CHECK_FALSE(r.Link("un_entity:ctc", "region:malta"));
  // Where it stops: visits that no body of the sentence before conducts, and
  // a passive that is no visit.
  CHECK_FALSE(RunOn("1. UNODC held a meeting. Six visits were undertaken, to Chad and Malta.\n")
                  .Link("un_entity:unodc", "region:chad"));
  CHECK_FALSE(RunOn("1. UNODC conducted visits. Six reforms were undertaken in Chad and Malta.\n")
                  .Link("un_entity:unodc", "region:chad"));
}

TEST_CASE("hearsay: a sentence that opens with what witnesses or traders report is hedged", "[claims]") {
  auto traders = RunOn("1. Traders who use the roads of Mali have reported that Al-Shabaab smuggles fuel.\n");
  REQUIRE(traders.Link("group:al_shabaab", "crime:oil_smuggling"));
  CHECK(traders.Link("group:al_shabaab", "crime:oil_smuggling")->hedged);
  auto witnesses = RunOn("1. Witnesses said that ISIL smuggled oil in Iraq.\n");
  REQUIRE(witnesses.Link("group:isil", "crime:oil_smuggling"));
  CHECK(witnesses.Link("group:isil", "crime:oil_smuggling")->hedged);
  // Where it stops: traders who say nothing, and what a UN body reports.
  auto seized = RunOn("1. Traders were forced to pay taxes to Al-Shabaab, which smuggles fuel.\n");
  REQUIRE(seized.Link("group:al_shabaab", "crime:oil_smuggling"));
  CHECK_FALSE(seized.Link("group:al_shabaab", "crime:oil_smuggling")->hedged);
  auto unodc = RunOn("1. UNODC reported that ISIL smuggled oil in Iraq.\n");
  REQUIRE(unodc.Link("group:isil", "crime:oil_smuggling"));
  CHECK_FALSE(unodc.Link("group:isil", "crime:oil_smuggling")->hedged);
}

TEST_CASE("lone pairs: the one entity of a type and the one of another in a clause", "[claims]") {
  // No rule's cue, one group and one place: linked.
  CHECK(LonePair(RunOn("1. Somalia remained the main target of Al-Shabaab.\n"), "group:al_shabaab", "region:somalia"));
  // A rule linked them: the rule's claim, no second one.
  auto ruled = RunOn("1. In Iraq, ISIL is smuggling crude oil.\n");
  REQUIRE(ruled.Link("group:isil", "region:iraq"));
  CHECK(ruled.Link("group:isil", "region:iraq")->rule != "lone-pair");
  // Two groups in the clause: no lone pair for either.
  auto two = RunOn("1. Al-Shabaab and ISIL remained the main threats to Somalia.\n");
  CHECK_FALSE(LonePair(two, "group:al_shabaab", "region:somalia"));
  CHECK_FALSE(LonePair(two, "group:isil", "region:somalia"));
  // Not in a clause that speaks of what could be.
  CHECK_FALSE(RunOn("1. Any confrontation with Al-Shabaab could destabilize Somalia.\n")
                  .Link("group:al_shabaab", "region:somalia"));
  // Not across a ";".
  CHECK_FALSE(RunOn("1. Al-Shabaab regrouped; Somalia held elections.\n").Link("group:al_shabaab", "region:somalia"));
  // Not a place that stands for its government or people, nor a venue, nor a title.
  CHECK_FALSE(RunOn("1. The Government of Kenya condemned Al-Shabaab.\n").Link("group:al_shabaab", "region:kenya"));
  CHECK_FALSE(RunOn("1. Kenyan authorities condemned Al-Shabaab.\n").Link("group:al_shabaab", "region:kenya"));
  CHECK_FALSE(RunOn("1. The group is known for the kidnapping of a French national.\n")
                  .Link("crime:kidnapping_for_ransom", "region:france"));
  CHECK_FALSE(RunOn("1. The study \u201cAl-Shabaab and the Kenyan coast\u201d was published.\n")
                  .Link("group:al_shabaab", "region:kenya"));
  CHECK_FALSE(RunOn("1. A meeting on drug trafficking was held in Vienna.\n")
                  .Link("crime:drug_trafficking", "region:austria"));
  // Nor a place that names talks or an accord ("the Luanda process").
  CHECK_FALSE(RunOn("1. The army launched an operation against FDLR, as agreed under the Luanda process.\n")
                  .Link("group:fdlr", "region:luanda"));
  CHECK_FALSE(RunOn("1. M23 rejected the Doha framework.\n").Link("group:m23", "region:doha"));
  // Quoted speech is no title: its words close with their own comma or full
  // stop inside the marks, or run on into the next sentence.
  CHECK(LonePair(RunOn("1. \u201cIn Somalia, Al-Shabaab and its allies continue their operations,\u201d she said.\n"),
             "group:al_shabaab", "region:somalia"));
  CHECK(LonePair(RunOn("1. \u201cIn Somalia, Al-Shabaab and its allies continue their operations. They are strong.\u201d\n"),
             "group:al_shabaab", "region:somalia"));
  CHECK_FALSE(RunOn("1. The report \u201cIn Somalia, Al-Shabaab and its allies\u201d, 2024, was read.\n")
                  .Link("group:al_shabaab", "region:somalia"));
  // Not in a footnote: a citation.
  CHECK_FALSE(RunOn("1. Text.[^1]\n\n[^1]: Ransoms paid by Europe fund Al-Qaida, New York Times, 2014.\n")
                  .Link("group:al_qaida", "region:europe"));
}

TEST_CASE("lone pairs: one entity and the places of one list, the clause's only places", "[claims]") {
  auto r = RunOn("1. The Houthis held military parades in Sana'a and Hodeidah.\n");
  CHECK(r.Link("group:houthis", "region:sanaa"));
  CHECK(r.Link("group:houthis", "region:hudaydah"));
  auto three = RunOn("1. Somalia, Kenya and Ethiopia remained the main targets of Al-Shabaab.\n");
  CHECK(LonePair(three, "group:al_shabaab", "region:somalia"));
  CHECK(LonePair(three, "group:al_shabaab", "region:ethiopia"));
  // Where it stops: places apart, not one list, leave a choice.
  auto apart = RunOn("1. Somalia remained the main target of Al-Shabaab, which recruits widely in Kenya.\n");
  CHECK_FALSE(LonePair(apart, "group:al_shabaab", "region:kenya"));
  CHECK_FALSE(LonePair(apart, "group:al_shabaab", "region:somalia"));
  // Nor the States that sanction someone, nor the country of a name in brackets.
  CHECK_FALSE(RunOn("1. The senator was sanctioned by Canada and the United States for drug trafficking.\n")
                  .Link("crime:drug_trafficking", "region:canada"));
  CHECK_FALSE(RunOn("1. He was sanctioned by Canada for drug trafficking.\n")
                  .Link("crime:drug_trafficking", "region:canada"));
  CHECK_FALSE(RunOn("1. The maker, Fiocchi Munizioni (Italy), told the Panel of Experts on Haiti of arms "
                    "trafficking.\n")
                  .Link("crime:arms_trafficking", "region:italy"));
}

TEST_CASE("'and said' opens what a speaker goes on to say, an opening scene stops at a clause with its own place",
          "[claims]") {
  auto r = RunOn("1. In Nigeria, the Director pointed to the crimes of Boko Haram and said in Somalia, Al-Shabaab "
                 "earned income from charcoal exports and piracy.\n");
  CHECK(r.Link("group:boko_haram", "region:nigeria"));
  CHECK(r.Link("group:al_shabaab", "region:somalia"));
  CHECK(r.Link("group:al_shabaab", "crime:piracy"));
  CHECK_FALSE(r.Link("group:al_shabaab", "region:nigeria"));
  CHECK_FALSE(r.Link("group:boko_haram", "region:somalia"));
  CHECK_FALSE(r.Link("group:boko_haram", "crime:piracy"));
  CHECK_FALSE(r.Link("crime:piracy", "region:nigeria"));
  // Where it stops: a clause with no place of its own stays in the scene.
  CHECK(RunOn("1. In Nigeria, the Director pointed to the crimes of Boko Haram and said Al-Shabaab recruits "
              "there.\n")
            .Link("group:al_shabaab", "region:nigeria"));
}

TEST_CASE("'in A by X, in B by Y' pairs each place with the groups named after its 'by'", "[claims]") {
  auto r = RunOn("1. Women are forced to work; in West Africa by Boko Haram, in North Africa by AQIM and "
                 "Al-Mourabitoun.\n");
  CHECK(r.Link("group:boko_haram", "region:west_africa"));
  CHECK(r.Link("group:aqim", "region:north_africa"));
  CHECK(r.Link("group:al_mourabitoun", "region:north_africa"));
  CHECK_FALSE(r.Link("group:boko_haram", "region:north_africa"));
  CHECK_FALSE(r.Link("group:aqim", "region:west_africa"));
  // Where it stops: one place so named pairs nothing apart.
  auto one = RunOn("1. Attacks in Mali by JNIM and ISGS grew, also in the Niger.\n");
  CHECK(one.Link("group:isgs", "region:mali"));
  CHECK(one.Link("group:jnim", "region:niger"));
}

TEST_CASE("'respectively' pairs two lists of as many names item by item", "[claims]") {
  auto r = RunOn("1. Al-Shabaab, Boko Haram and JNIM remain active in Somalia, Nigeria and Mali, respectively.\n");
  CHECK(r.Link("group:al_shabaab", "region:somalia"));
  CHECK(r.Link("group:boko_haram", "region:nigeria"));
  CHECK(r.Link("group:jnim", "region:mali"));
  CHECK_FALSE(r.Link("group:al_shabaab", "region:mali"));
  CHECK_FALSE(r.Link("group:jnim", "region:somalia"));
  auto crimes = RunOn("1. Cocaine trafficking and arms smuggling grew in Guinea-Bissau and Libya, respectively.\n");
  CHECK(crimes.Link("crime:drug_trafficking", "region:guinea_bissau"));
  CHECK_FALSE(crimes.Link("crime:drug_trafficking", "region:libya"));
  // Where it stops: without "respectively" every group is at every place; lists of unequal length.
  CHECK(RunOn("1. Al-Shabaab and JNIM remain active in Somalia and Mali.\n").Link("group:jnim", "region:somalia"));
  CHECK(RunOn("1. Al-Shabaab and JNIM remain active in Somalia, Mali and the Niger, respectively.\n")
            .Link("group:jnim", "region:somalia"));
}

TEST_CASE("a participle after a comma opens a clause of its own, which links do not cross", "[claims]") {
  // A resolution's preambular sentence: each participle starts a statement.
  auto r = RunOn("1. Reaffirming its concern at the attacks of M23 in Goma, strongly condemning the illegal "
                 "exploitation of natural resources, and welcoming the work of MONUSCO.\n");
  CHECK(r.Link("group:m23", "region:goma"));
  CHECK_FALSE(r.Link("crime:natural_resource_exploitation", "region:goma"));
  CHECK_FALSE(r.Link("un_entity:monusco", "region:goma"));
  CHECK_FALSE(r.Link("un_entity:monusco", "crime:natural_resource_exploitation"));
  // A UN body still works against the crimes of its own clause.
  CHECK(RunOn("1. Reaffirming its concern at the attacks in Goma, and welcoming the work of MONUSCO against "
              "the illegal exploitation of natural resources.\n")
            .Link("un_entity:monusco", "crime:natural_resource_exploitation"));
  // Where it stops: no comma before the participle, or no participle after it.
  auto plain = RunOn("1. M23 profits from the illegal exploitation of natural resources in Goma, and from "
                     "smuggling.\n");
  CHECK(plain.Link("crime:natural_resource_exploitation", "region:goma"));
}

TEST_CASE("', while' and ', whereas' open a contrasting clause, which links do not cross", "[claims]") {
  for (const char* text : {"1. Armed groups in the Sahel engage in illicit trafficking, while pirates attack ships "
                           "in the Gulf of Guinea.\n",
                           "1. Armed groups in the Sahel engage in illicit trafficking, whereas pirates attack "
                           "ships in the Gulf of Guinea.\n"}) {
    INFO(text);
    auto r = RunOn(text);
    CHECK(r.Link("crime:piracy", "region:gulf_of_guinea"));
    CHECK_FALSE(r.Link("crime:piracy", "region:sahel"));
  }
  // Where it stops: "while" with no comma before it joins what it says, and
  // before a participle it goes on with the clause's own subject.
  CHECK(RunOn("1. Pirates rob ships in the Gulf of Guinea while they wait off Lagos.\n")
            .Link("crime:piracy", "region:gulf_of_guinea"));
  auto doing = RunOn("1. ISIL operates in Syria, while smuggling oil into Turkey.\n");
  CHECK(doing.Link("group:isil", "crime:oil_smuggling"));
  CHECK(doing.Link("group:isil", "region:turkiye"));
}

TEST_CASE("the UN bodies of 'The delegation ...' work in the one place of the visit told before", "[claims]") {
  // The sentence right after, or the one opening the next paragraph.
  for (const char* text : {"1. CTED conducted a visit to Togo in May. The visiting delegation included experts "
                           "from UNODC and UNDP.\n",
                           "1. CTED conducted a visit in May. It covered border security in Togo.\n\n"
                           "2. The delegation included experts from UNODC and UNDP.\n"}) {
    INFO(text);
    auto r = RunOn(text);
    const nexus::Claim* c = r.Link("un_entity:unodc", "region:togo");
    REQUIRE(c);
    CHECK(c->rule == "un-region.delegation");
    CHECK(r.Link("un_entity:undp", "region:togo"));
  }
  // Where it stops: no visit told, two places before, the delegation not
  // opening the sentence, two sentences on.
  for (const char* text : {"1. CTED met officials of Togo in May. The delegation included experts from UNODC.\n",
                           "1. CTED visited Togo and Ghana. The delegation included experts from UNODC.\n",
                           "1. CTED visited Togo. Experts from UNODC joined the delegation later.\n",
                           "1. CTED visited Togo. It met officials. The delegation included experts from "
                           "UNODC.\n"}) {
    INFO(text);
    CHECK_FALSE(RunOn(text).Link("un_entity:unodc", "region:togo"));
  }
}

TEST_CASE("a sentence of crimes without a place speaks of the one place of the sentence before", "[claims]") {
  auto r = RunOn("1. Gangs control the port of Saint-Marc. Arms trafficking and extortion are said to thrive.\n");
  const nexus::Claim* c = r.Link("crime:extortion", "region:saint_marc");
  REQUIRE(c);
  CHECK(c->rule == "crime-region.previous");
  CHECK(c->sentence == 1);
  CHECK(c->hedged);
  CHECK(r.Link("crime:arms_trafficking", "region:saint_marc"));
  // Where it stops: two places before, a place of its own, a denial, two
  // sentences on, another paragraph.
  CHECK_FALSE(RunOn("1. Gangs moved from Saint-Marc to Hinche. Extortion thrives.\n")
                  .Link("crime:extortion", "region:hinche"));
  for (const char* text : {"1. Gangs control Saint-Marc. Extortion thrives in Hinche.\n",
                           "1. Gangs control Saint-Marc. There is no evidence of extortion.\n",
                           "1. Gangs control Saint-Marc. Fishing is common. Extortion thrives.\n",
                           "1. Gangs control Saint-Marc.\n\n2. Extortion thrives.\n"}) {
    INFO(text);
    CHECK_FALSE(RunOn(text).Link("crime:extortion", "region:saint_marc"));
  }
  // The places of a dateline are where the text was written: the one place
  // before is the one after it; with no other place, none.
  auto dated = RunOn("Suva (Fiji), 12 November 2024 - Tonga faces new threats. "
                     "Drug trafficking and money-laundering are two.\n");
  CHECK(dated.Link("crime:drug_trafficking", "region:tonga"));
  CHECK_FALSE(dated.Link("crime:drug_trafficking", "region:fiji"));
  CHECK_FALSE(RunOn("Suva (Fiji), 12 November 2024 - Leaders met today. Drug trafficking is rising.\n")
                  .Link("crime:drug_trafficking", "region:fiji"));
}
