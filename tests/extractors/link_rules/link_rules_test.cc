// Each link rule on its own, on made-up sentences: what it links and where
// it stops. The rule is run alone on the sentence's view, so a claim here
// comes from that rule and no other.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "extractors/extractor.h"
#include "extractors/link_rules/link_rule.h"
#include "extractors/rules/rules.h"
#include "extractors/test_util.h"
#include "graph/relation.h"

namespace {

using nexus::Claim;
using nexus::LinkRule;
using nexus::test::DefaultRules;

// The claims `rule` alone makes on every sentence of `text` (a heading's
// crime included, as the claim extractor gives it).
std::set<std::string> Links(const LinkRule& rule, const std::string& text) {
  nexus::test::Run run = nexus::test::RunOn(text);
  const nexus::LinkCues cues(DefaultRules());
  std::vector<Claim> claims;
  nexus::ForEachView(run.doc, run.findings, cues, nullptr, [&](const nexus::SentenceView& v) {
    if (v.denied) return;
    nexus::LinkContext x(v, cues);
    rule.link(x, &claims);
  });
  std::set<std::string> out;
  for (const Claim& c : claims) {
    CHECK(c.relation == rule.relation);
    out.insert(c.subject + " " + c.object + (c.hedged ? " hedged" : ""));
  }
  return out;
}

}  // namespace

TEST_CASE("link rules: one per relation, each named in the relations table", "[link_rules]") {
  std::set<std::string> ruled;
  for (const LinkRule& rule : nexus::LinkRules()) {
    INFO(rule.relation);
    CHECK(nexus::FindRelation(rule.relation));
    CHECK(ruled.insert(rule.relation).second);
  }
  // part_of is made per document (a region and its parent both named), not per sentence.
  for (const nexus::Relation& r : nexus::Relations())
    if (std::string(r.name) != "part_of") CHECK(ruled.count(r.name));
}

TEST_CASE("cue sets: those read are exactly those the default rules define", "[link_rules]") {
  std::vector<std::string> read = nexus::CueNamesRead();
  for (const std::string& name : read) {
    INFO(name);
    CHECK_FALSE(DefaultRules().Cues(name).empty());
  }
  // The defaults load with only these names accepted (a stray set would fail).
  nexus::Rules strict;
  strict.AcceptCues(read);
  CHECK(strict.LoadDefaults().ok());
}

TEST_CASE("cue sets: a rules file with a cue set nothing reads is refused", "[link_rules]") {
  nexus::Rules rules;
  rules.AcceptCues(nexus::CueNamesRead());
  nexus::Status s = rules.LoadJson("mine.json", "{\n  \"cues\": {\"hedges\": [\"rumour has it\"]}\n}\n");
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("mine.json:2:") == 0);
  CHECK(s.message().find("\"hedges\": no link rule reads this cue set") != std::string::npos);
  nexus::Rules ok;
  ok.AcceptCues(nexus::CueNamesRead());
  CHECK(ok.LoadJson("mine.json", "{\"cues\": {\"hedge\": [\"rumour has it\"]}}").ok());
}

TEST_CASE("profits_from: a trigger in the clause, not co-occurrence", "[link_rules]") {
  const LinkRule rule = nexus::ProfitsFromRule();
  CHECK(Links(rule, "1. Boko Haram earns revenue from kidnapping in Nigeria.\n") ==
        std::set<std::string>{"group:boko_haram crime:kidnapping_for_ransom"});
  CHECK(Links(rule, "1. Boko Haram; kidnapping.\n").empty());
  // Too far apart: more than 40 words between the group and the crime.
  CHECK(Links(rule, "1. Boko Haram earns revenue"
                        " from what the report calls, in a very long digression that goes on and on"
                        " about many other matters of the region and its people and their history"
                        " and their neighbours and their trade and their roads and their rivers and"
                        " their markets and their towns, kidnapping.\n")
            .empty());
}

TEST_CASE("profits_from: a group's own crime, financing or taxation named right after it", "[link_rules]") {
  const LinkRule rule = nexus::ProfitsFromRule();
  CHECK(Links(rule, "1. The ban cut Boko Haram financing last year.\n") ==
        std::set<std::string>{"group:boko_haram crime:terrorism_financing"});
  CHECK(Links(rule, "1. The plan disrupts Boko Haram operations and finances.\n") ==
        std::set<std::string>{"group:boko_haram crime:terrorism_financing"});
  CHECK(Links(rule, "1. Boko Haram's taxation of herders grew.\n") ==
        std::set<std::string>{"group:boko_haram crime:extortion"});
  CHECK(Links(rule, "1. Boko Haram's oil smuggling grew.\n") ==
        std::set<std::string>{"group:boko_haram crime:oil_smuggling"});
  // Where it stops: a crime named apart from the group, with no trigger.
  CHECK(Links(rule, "1. Boko Haram; financing of terrorism.\n").empty());
  CHECK(Links(rule, "1. Boko Haram's leader spoke of piracy.\n").empty());
  // Another group's own crime is not the clause's other group's.
  CHECK(Links(rule, "1. The HTS takeover was expected to pose problems for ISIL financing and revenue.\n") ==
        std::set<std::string>{"group:isil crime:terrorism_financing"});
  // Where it stops: a subject's verb is no group's own crime ("ISIL and ANF smuggle oil").
  CHECK(Links(rule, "1. ISIL and Al-Nusrah Front smuggle oil.\n") ==
        std::set<std::string>{"group:isil crime:oil_smuggling", "group:al_nusrah_front crime:oil_smuggling"});
}

TEST_CASE("profits_from: a group another's action is aimed at takes no crime of the rest of the clause",
          "[link_rules]") {
  const LinkRule rule = nexus::ProfitsFromRule();
  CHECK(Links(rule, "1. UNODC works on disrupting Al-Shabaab's finances, implementing the charcoal ban and "
                    "preventing piracy.\n") == std::set<std::string>{"group:al_shabaab crime:terrorism_financing"});
  const auto against = Links(rule, "1. ISIL carried out operations against SDF to raise money by extorting oil "
                                   "traders.\n");
  CHECK(against.count("group:isil crime:extortion"));
  CHECK_FALSE(against.count("group:sdf crime:extortion"));
  // Where it stops: the group acts itself.
  CHECK(Links(rule, "1. Al-Shabaab finances its operations through the charcoal trade.\n")
            .count("group:al_shabaab crime:charcoal_trafficking"));
}

TEST_CASE("operates_in: the groups given as examples of a place's groups are at that place", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Haitian gangs, such as the \u201c400 Mawozo\u201d and \u201cViv Ansanm\u201d groups, "
                    "bought weapons.\n") ==
        std::set<std::string>{"group:400_mawozo region:haiti", "group:viv_ansanm region:haiti"});
  CHECK(Links(rule, "1. Somali armed groups including Al-Shabaab recruit children.\n") ==
        std::set<std::string>{"group:al_shabaab region:somalia"});
  // Where it stops: a group that is no example, or one the list does not reach.
  CHECK(Links(rule, "1. Somali armed groups recruit children, Al-Shabaab said.\n").empty());
  CHECK(Links(rule, "1. Haitian gangs such as 400 Mawozo grew; Viv Ansanm bought weapons.\n") ==
        std::set<std::string>{"group:400_mawozo region:haiti"});
}

TEST_CASE("operates_in: the items of a list a colon opens after the group, parted by semicolons", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. The Council condemned the acts of ISIL, including: the abduction of tribesmen from "
                    "outside Tikrit; the attacks on civilians in Baghdad.\n") ==
        std::set<std::string>{"group:isil region:tikrit", "group:isil region:baghdad"});
  // Where it stops: ';' with no colon before it parts clauses as ever.
  CHECK(Links(rule, "1. The Council condemned the acts of ISIL; attacks on civilians continued in Baghdad.\n")
            .empty());
}

TEST_CASE("operates_in: a place a locative cue governs, not where goods go", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Al-Shabaab operates in Somalia.\n") ==
        std::set<std::string>{"group:al_shabaab region:somalia"});
  CHECK(Links(rule, "1. Cargoes destined for Al-Shabaab were seized in Kenya.\n").empty());
}

TEST_CASE("affiliated_with: an affiliation phrase governs the other group", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. Al-Nusrah Front is associated with Al-Qaida.\n") ==
        std::set<std::string>{"group:al_nusrah_front group:al_qaida"});
  CHECK(Links(rule, "1. Al-Nusrah Front and Al-Qaida were both named.\n").empty());
  // A group named as another's fighting force or armed wing.
  CHECK(Links(rule, "1. Al-Nusrah Front remained the main Al-Qaida fighting force in the area.\n") ==
        std::set<std::string>{"group:al_nusrah_front group:al_qaida"});
  // ... or its affiliated groups, listed in brackets.
  CHECK(Links(rule, "1. Al-Qaida-affiliated groups (including TTP and IMU) kept their weapons.\n") ==
        std::set<std::string>{"group:ttp group:al_qaida", "group:imu group:al_qaida"});
  // Where it stops: a force that is not named for a group.
  CHECK(Links(rule, "1. Al-Nusrah Front fought Al-Qaida and the main fighting force of the State.\n").empty());
  // Not the earlier item of a list whose later item, opened by "the", is the affiliation's object.
  CHECK(Links(rule, "1. Cases were attributed to ISIL and the Al-Shabaab splinter groups.\n").empty());
  CHECK(Links(rule, "1. Cases were attributed to ISIL, an Al-Shabaab splinter group.\n") ==
        std::set<std::string>{"group:isil group:al_shabaab"});
  // An affiliation named before both ("Affiliation with AQIM enabled JNIM ..."), or kept.
  CHECK(Links(rule, "1. Affiliation with AQIM still enabled JNIM to unify its katiba.\n") ==
        std::set<std::string>{"group:jnim group:aqim"});
  CHECK(Links(rule, "1. JNIM kept its affiliation with AQIM.\n") == std::set<std::string>{"group:jnim group:aqim"});
}

TEST_CASE("occurs_in: the place of the nearest crime, not a meeting's venue", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Drug trafficking through Guinea-Bissau has grown.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:guinea_bissau"});
  CHECK(Links(rule, "1. Measures against drug trafficking were agreed at a meeting held in Dakar.\n").empty());
}

TEST_CASE("occurs_in: a place that 'of' joins to the crime's name", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Rwanda called for an end to the illegal exploitation of the natural resources of the "
                    "Democratic Republic of the Congo.\n") ==
        std::set<std::string>{"crime:natural_resource_exploitation region:drc"});
  // Where it stops: a place after another noun ("the people of"), and a crime
  // that is only the topic of a meeting.
  CHECK(Links(rule, "1. The illegal exploitation of minerals worried the people of Uganda.\n").empty());
  CHECK(Links(rule, "1. Officials attended a workshop on money-laundering of Kenya.\n").empty());
  // A workshop on preventing a crime, some words before it: its topic too.
  CHECK(Links(rule, "1. UNODC held a workshop on preventing and denying the benefits of kidnapping for ransom "
                    "in Amman, Jordan.\n").empty());
  // Where that stops: a comma or a capitalised word between make another phrase.
  CHECK_FALSE(Links(rule, "1. A workshop on prevention was held, and kidnapping for ransom spread in Amman.\n").empty());
}

TEST_CASE("occurs_in: goods listed with their quantities share the place", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Police seized a shotgun and 9 kg of marijuana in Hinche.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:hinche", "crime:drug_trafficking region:hinche"});
  // Where it stops: other words between the goods make two statements.
  CHECK(Links(rule, "1. Police seized a shotgun and smugglers sold 9 kg of marijuana in Hinche.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:hinche"});
}

TEST_CASE("occurs_in: a place that faces a crime, or is the source of goods", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Haiti faces rising kidnappings and extortion.\n") ==
        std::set<std::string>{"crime:kidnapping_for_ransom region:haiti", "crime:extortion region:haiti"});
  CHECK(Links(rule, "1. Colombia and Peru remain the main sources of cocaine.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:colombia", "crime:drug_trafficking region:peru"});
  CHECK(Links(rule, "1. Kismayo remains a hotspot for kidnapping.\n") ==
        std::set<std::string>{"crime:kidnapping_for_ransom region:kismayo"});
  // Where it stops: a crime in a clause of its own.
  CHECK(Links(rule, "1. Haiti faces elections; kidnappings rose elsewhere.\n").empty());
}

TEST_CASE("counters: a UN body that acts on a crime, or reports it", "[link_rules]") {
  const LinkRule rule = nexus::CountersRule();
  CHECK(Links(rule, "1. UNODC trains prosecutors to counter money-laundering.\n") ==
        std::set<std::string>{"un_entity:unodc crime:money_laundering"});
  CHECK(Links(rule, "1. UNODC and money-laundering.\n").empty());
}

TEST_CASE("counters and active_in: a body whose speaker is named after her words is their source", "[link_rules]") {
  for (const char* text : {"1. Piracy is rising in the Gulf of Guinea, said Jane Doe, Executive Director of UNODC.\n",
                           "1. \u201cPiracy is rising in the Gulf of Guinea\u201d, Jane Doe of UNODC told the Council.\n",
                           "1. \u201cPiracy is rising in the Gulf of Guinea\u201d remarked Jane Doe of UNODC.\n",
                           "1. Piracy is rising in the Gulf of Guinea, cautioned Jane Doe of UNODC.\n"}) {
    INFO(text);
    CHECK(Links(nexus::CountersRule(), text) == std::set<std::string>{"un_entity:unodc crime:piracy"});
    CHECK(Links(nexus::ActiveInRule(), text).empty());
  }
  // A body that "said that ..." is the source of what follows, like "reported that".
  CHECK(Links(nexus::ActiveInRule(), "1. The Head of UNSMIL said that armed groups in Tripoli profit from fuel "
                                     "smuggling.\n").empty());
  // Where it stops: a body the speaker names in her own words is no source.
  CHECK(Links(nexus::ActiveInRule(), "1. Jane Doe said that UNODC trains officers in Mali.\n") ==
        std::set<std::string>{"un_entity:unodc region:mali"});
}

TEST_CASE("active_in: where a UN body works, not where its report looks", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. UNODC supports border control projects in Mali.\n") ==
        std::set<std::string>{"un_entity:unodc region:mali"});
  CHECK(Links(rule, "1. UNODC estimated that trafficking in Mali grew.\n").empty());
  // Nor the places of what it reports on.
  CHECK(Links(rule, "1. UNODC has reported on trafficking cases in Mali and supports investigations.\n").empty());
  // The plural kind of the places listed: "in the governorates of A, B and C".
  CHECK(Links(rule, "1. UNODC trained judges in the governorates of Ninawa, Kirkuk and Anbar.\n") ==
        std::set<std::string>{"un_entity:unodc region:iq_ni", "un_entity:unodc region:kirkuk",
                              "un_entity:unodc region:iq_an"});
  // Where it stops: the kind word alone governs nothing.
  CHECK(Links(rule, "1. The governorates of Ninawa and Kirkuk asked UNODC for training.\n").empty());
}

TEST_CASE("occurs_in: goods seized by a State's agency were seized there", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. The charcoal was seized by Omani authorities.\n") ==
        std::set<std::string>{"crime:charcoal_trafficking region:oman"});
  CHECK(Links(rule, "1. Kenyan police seized two tons of heroin.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:kenya"});
  CHECK(Links(rule, "1. The weapons were intercepted by the Yemeni coast guard.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:yemen"});
  // Where it stops: an agency that does something else, or a seizure by no State's agency.
  CHECK(Links(rule, "1. Kenyan police condemned the heroin trade.\n").empty());
  CHECK(Links(rule, "1. The heroin was seized by Kenyan traders.\n").empty());
}

TEST_CASE("occurs_in: a nationality of people is no place of the crime", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  // "hub" makes every place of the sentence a candidate; the nationals' countries stay out.
  CHECK(Links(rule, "1. Eritrean and Somali nationals were held for ransom at a trafficking hub in Libya.\n")
            .count("crime:kidnapping_for_ransom region:somalia") == 0);
  CHECK(Links(rule, "1. Eritrean and Somali nationals were held for ransom at a trafficking hub in Libya.\n")
            .count("crime:kidnapping_for_ransom region:libya") == 1);
}

TEST_CASE("occurs_in: a crime that threatens the stability or security of a place", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Piracy continued to pose threats to the stability of Mali.\n") ==
        std::set<std::string>{"crime:piracy region:mali"});
  CHECK(Links(rule, "1. Arms trafficking undermines the peace and security of the Sahel.\n").empty());
  // Through "the region" standing for the places of the sentence before.
  CHECK(Links(rule, "1. The situation in Chad remained fragile. Piracy threatened the security of the region.\n")
            .empty());
  CHECK(Links(rule, "1. The situation in Chad remained fragile. Piracy posed a threat to the security of the "
                    "region.\n") == std::set<std::string>{"crime:piracy region:chad"});
}

TEST_CASE("operates_in: the places a group attacks or whose offices cover them", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. The scale of TTP attacks on Pakistan grew.\n") ==
        std::set<std::string>{"group:ttp region:pakistan"});
  CHECK(Links(rule, "1. ISIL kept its offices covering Iraq and Türkiye.\n") ==
        std::set<std::string>{"group:isil region:iraq", "group:isil region:turkiye"});
  // An assault or an offensive too, past the communities a place holds.
  CHECK(Links(rule, "1. Viv Ansanm launched an assault against the mountainous communities of nearby "
                    "Kenscoff.\n") == std::set<std::string>{"group:viv_ansanm region:kenscoff"});
  CHECK(Links(rule, "1. The TTP offensive against Pakistan grew.\n") ==
        std::set<std::string>{"group:ttp region:pakistan"});
  // Where it stops: attacks on what is no place.
  CHECK(Links(rule, "1. TTP attacks on soldiers grew.\n").empty());
  CHECK(Links(rule, "1. The TTP offensive against soldiers of nearby Pakistan's army grew.\n").empty());
}

TEST_CASE("active_in: the government, authorities or services of a place it works with", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. IOM provided equipment to the Government of Iraq.\n") ==
        std::set<std::string>{"un_entity:iom region:iraq"});
  CHECK(Links(rule, "1. UNODC trained officers from the border security services of Chad.\n") ==
        std::set<std::string>{"un_entity:unodc region:chad"});
  // ... or that it works together with.
  CHECK(Links(rule, "1. UNDP partnered with the Government of Iraq to strengthen local capacities.\n") ==
        std::set<std::string>{"un_entity:undp region:iraq"});
  CHECK(Links(rule, "1. A workshop was organized by UNODC in collaboration with the authorities of Kenya.\n") ==
        std::set<std::string>{"un_entity:unodc region:kenya"});
  CHECK(Links(rule, "1. UNODC worked with the authorities of Kenya.\n") ==
        std::set<std::string>{"un_entity:unodc region:kenya"});
  // Past the other UN bodies listed before it.
  CHECK(Links(rule, "1. UNODC worked with UNDP and the Government of Kenya.\n") ==
        std::set<std::string>{"un_entity:unodc region:kenya", "un_entity:undp region:kenya"});
  // Where it stops: a government named without a place word before it.
  CHECK(Links(rule, "1. UNODC said the Government of Chad trained officers.\n").empty());
  CHECK(Links(rule, "1. UNODC welcomed the statement of the Government of Kenya.\n").empty());
}

TEST_CASE("active_in: a UN body's report is the source, not an actor, also through its acronym",
          "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. Seizures rose in Asia, says the UNODC report on drug trafficking.\n").empty());
  CHECK(Links(rule, "1. Demand in Asia grew, according to a United Nations Office on Drugs and Crime "
                    "(UNODC) report on drug trafficking.\n")
            .empty());
  CHECK(Links(rule, "1. In the port of Marigot, 200 rounds were seized, a seizure already reported by UNODC.\n").empty());
  // Where it stops: the body itself, named the same way, acts.
  CHECK(Links(rule, "1. The United Nations Office on Drugs and Crime (UNODC) trained police in Asia.\n") ==
        std::set<std::string>{"un_entity:unodc region:asia"});
}

TEST_CASE("operates_in: a place in brackets right after a name is that name's alone", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  // The bracket follows ISIL (past its acronym's bracket): Al-Shabaab is not in Iraq.
  CHECK(Links(rule, "1. Al-Shabaab fighters met the Islamic State in Iraq and the Levant (ISIL) (based in Iraq).\n") ==
        std::set<std::string>{"group:isil region:iraq"});
  // A bracket after a name no mention holds: none of the groups is there.
  CHECK(Links(rule, "1. Al-Shabaab hosted men of Zorvan Brigade (from Yemen).\n").empty());
  // Where it stops: a bracket after a common word is no name's aside.
  CHECK(Links(rule, "1. Al-Shabaab carried out attacks (in Kismayo).\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo"});
  // A place in brackets after a place is the larger one it lies in, where the group is too.
  CHECK(Links(rule, "1. Al-Shabaab carried out attacks in Kismayo (Lower Juba).\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo", "group:al_shabaab region:so_jh"});
}

TEST_CASE("occurs_in: each leg of a route, also 'to markets in X' after a comma", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Heroin trafficking runs from Afghanistan via Pakistan, or through Central Asia to markets in the "
                    "Russian Federation.\n")
            .count("crime:drug_trafficking region:russian_federation") == 1);
  // Where it stops: a place after a comma with no route word is another crime's scene.
  CHECK(Links(rule, "1. Drug trafficking grew in Mali, and officials met in Chad.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:mali"});
}

TEST_CASE("occurs_in: places past bracketed figures and 'to a lesser extent', and destinations", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Heroin is trafficked from Afghanistan mostly via Pakistan (160 tons) and Chad (115 tons) "
                    "and, to a lesser extent, Central Asia (90 tons).\n") ==
        std::set<std::string>{"crime:drug_trafficking region:afghanistan", "crime:drug_trafficking region:pakistan",
                              "crime:drug_trafficking region:chad", "crime:drug_trafficking region:central_asia"});
  CHECK(Links(rule, "1. Customs officers seized Haiti-bound firearms.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:haiti"});
  CHECK(Links(rule, "1. Chad bound itself to report firearms seizures.\n").empty());
  CHECK(Links(rule, "1. Weapons were dispatched to the Bay region.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:so_by"});
  // Where it stops: past an aside, a place after a comma and no list word is
  // another statement's.
  CHECK(Links(rule, "1. Drug trafficking grew in Mali (by 20 per cent), and officials met in Chad.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:mali"});
}

TEST_CASE("occurs_in: a crime that is the means of the one before shares its place", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Fighters stopped trucks in Kismayo to raise money by extorting traders.\n") ==
        std::set<std::string>{"crime:terrorism_financing region:kismayo", "crime:extortion region:kismayo"});
  // Where it stops: another word between them makes the second crime a
  // statement of its own.
  CHECK(Links(rule, "1. Fighters stopped trucks in Kismayo to raise money, later helped by extorting traders.\n") ==
        std::set<std::string>{"crime:terrorism_financing region:kismayo"});
}

TEST_CASE("occurs_in: the crimes of a 'where' clause that describes the place", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Migrants were rescued from a trafficking hub in Tripoli, where they had been held for "
                    "ransom.\n") ==
        std::set<std::string>{"crime:human_trafficking region:tripoli", "crime:kidnapping_for_ransom region:tripoli"});
  // Where it stops: a "where" that no comma opens right after the place.
  CHECK(Links(rule, "1. Migrants were rescued from a trafficking hub in Tripoli and asked where ransom was "
                    "paid.\n") == std::set<std::string>{"crime:human_trafficking region:tripoli"});
}

TEST_CASE("affiliated_with: a name and its bracket, before and after an affiliation cue", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  // The bracket is the subject of the clause after it, not the object of "merged with".
  CHECK(Links(rule, "1. AIAI merged with Harakat Al-Shabaab Al-Mujaahidiin (Al-Shabaab), which was accepted "
                    "as an affiliate of Al-Qaida.\n")
            .count("group:al_shabaab group:al_qaida") == 1);
}

TEST_CASE("operates_in: the places of the attack a group claims in the next sentence", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. On 8 May, a convoy was ambushed near Kismayo, Somalia. "
                    "Al-Shabaab claimed responsibility for the attack.\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo", "group:al_shabaab region:somalia"});
  // Where it stops: only the sentence right before, in the same paragraph;
  // an attack nobody claims; a claim of something else.
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo.\n\n2. Al-Shabaab claimed responsibility for the attack.\n")
            .empty());
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. The talks stalled. "
                    "Al-Shabaab claimed responsibility for the attack.\n")
            .empty());
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. Al-Shabaab condemned the attack.\n").empty());
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. Al-Shabaab claimed the territory.\n").empty());
  // The claim in the passive ("This attack was claimed by X"); the group a
  // compound names only describes the claimant.
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. This attack was claimed by Al-Shabaab.\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo"});
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. The attack was later claimed by an "
                    "Al-Qaida-affiliated group known as Al-Shabaab.\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo"});
  CHECK(Links(rule, "1. A convoy was ambushed near Kismayo. This attack was condemned by Al-Shabaab.\n").empty());
}

TEST_CASE("affiliated_with: past words that describe the group, and the examples of the groups governed",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. ISIL gave financial support to the sanctioned armed group Allied Democratic Forces.\n") ==
        std::set<std::string>{"group:isil group:adf"});
  CHECK(Links(rule, "1. HTS harboured other terrorist groups composed of foreign fighters, such as Al-Shabaab "
                    "and Boko Haram.\n") ==
        std::set<std::string>{"group:hts group:al_shabaab", "group:hts group:boko_haram"});
  // Where it stops: a verb between the cue and the name; examples after
  // another group; a list no affiliation cue governs.
  CHECK(Links(rule, "1. ISIL gave support to fighters who later joined Al-Shabaab.\n").empty());
  CHECK(Links(rule, "1. HTS harboured fighters of TTP, such as Boko Haram.\n").count("group:hts group:boko_haram") == 0);
  CHECK(Links(rule, "1. HTS attacked terrorist groups such as Al-Shabaab.\n").empty());
}

TEST_CASE("affiliated_with: the examples of another group's affiliates, and a group a suffix phrase describes",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. JNIM kept connections with other Al-Qaida affiliates such as Al-Shabaab and AQAP.\n") ==
        std::set<std::string>{"group:jnim group:al_qaida", "group:jnim group:al_shabaab", "group:jnim group:aqap",
                              "group:al_shabaab group:al_qaida", "group:aqap group:al_qaida"});
  CHECK(Links(rule, "1. JNIM collaborated with Ansarul Islam.\n") ==
        std::set<std::string>{"group:jnim group:ansarul_islam"});
  // The group the suffix phrase names is the described group's, not an
  // object listed before the phrase.
  CHECK(Links(rule, "1. Detainees linked to ISIL (Da'esh) and the Al-Qaida affiliate Hurras al-Din (HAD) escaped.\n") ==
        std::set<std::string>{"group:hurras_al_din group:al_qaida"});
  // Where it stops: a group between the cue and the examples that is no
  // suffix phrase's.
  CHECK(Links(rule, "1. JNIM kept connections with fighters of Al-Qaida, such as Al-Shabaab.\n")
            .count("group:jnim group:al_shabaab") == 0);
}

TEST_CASE("affiliated_with: an apposition opened by 'the', a coalition including groups, splits, supplies",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. ISWAP, the ISIL affiliate in West Africa, attacked Maiduguri.\n") ==
        std::set<std::string>{"group:iswap group:isil"});
  CHECK(Links(rule, "1. JNIM is an umbrella coalition including Ansar Eddine and Katiba Macina.\n") ==
        std::set<std::string>{"group:jnim group:ansar_eddine", "group:jnim group:katiba_macina"});
  CHECK(Links(rule, "1. ISWAP emerged from a split within Boko Haram.\n") ==
        std::set<std::string>{"group:iswap group:boko_haram"});
  CHECK(Links(rule, "1. The Houthis supplied weapons to Al-Shabaab.\n") ==
        std::set<std::string>{"group:houthis group:al_shabaab"});
  // Where it stops: a list whose later item "the" opens is no apposition;
  // fighters who defect; a supply of what no partner gives.
  CHECK(Links(rule, "1. Attacks were attributed to SPLA-IO and the NAS splinter groups.\n").empty());
  CHECK(Links(rule, "1. Many fighters defected from ISGS and joined JNIM.\n").empty());
  CHECK(Links(rule, "1. The Houthis supplied food to Al-Shabaab.\n").empty());
}

TEST_CASE("affiliated_with: the groups that joined another, and the armed wings of the examples", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. The attacks were led by Hamas, joined by the PFLP.\n") ==
        std::set<std::string>{"group:hamas group:pflp"});
  CHECK(Links(rule, "1. The attacks were led by Hamas, joined by other armed groups, including the military arms "
                    "of the PFLP, the DFLP and the Popular Resistance Committees.\n") ==
        std::set<std::string>{"group:hamas group:pflp", "group:hamas group:dflp",
                              "group:hamas group:popular_resistance_committees"});
  // Where it stops: a wing's word without "military" or "armed"; no cue before the examples.
  CHECK(Links(rule, "1. The attacks were led by Hamas, joined by other armed groups, including the political "
                    "arms of the PFLP.\n")
            .empty());
  CHECK(Links(rule, "1. Hamas attacked armed groups, including the military arms of the PFLP.\n").empty());
}

TEST_CASE("affiliated_with: a bond named before a list of three joins each two, the nearest group before an "
          "object is the one affiliated", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. There was collaboration between TTP, the Afghan Taliban and AQIS.\n") ==
        std::set<std::string>{"group:ttp group:taliban", "group:taliban group:aqis", "group:ttp group:aqis"});
  CHECK(Links(rule, "1. As ISIL-K expanded, the Taliban mobilized groups such as IMU and Jamaat Ansarullah.\n") ==
        std::set<std::string>{"group:taliban group:imu", "group:taliban group:jamaat_ansarullah"});
  CHECK(Links(rule, "1. The Council noted Boko Haram's linkages with ISIL.\n") ==
        std::set<std::string>{"group:boko_haram group:isil"});
  // Groups listed together before the object are all affiliated with it.
  CHECK(Links(rule, "1. TTP and IMU pledged allegiance to ISIL.\n") ==
        std::set<std::string>{"group:ttp group:isil", "group:imu group:isil"});
}

TEST_CASE("affiliated_with: a coalition and the groups it comprises, named after 'namely'", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. The Coalition des patriotes pour le changement (CPC), comprising the strongest armed groups "
                    "in the country, namely, the anti-balaka and the 3R, attacked Bangui.\n") ==
        std::set<std::string>{"group:cpc group:anti_balaka", "group:cpc group:3r"});
  CHECK(Links(rule, "1. The Coalition des patriotes pour le changement (CPC) is made up of the anti-balaka and the "
                    "3R.\n") == std::set<std::string>{"group:cpc group:anti_balaka", "group:cpc group:3r"});
  // Where it stops: "namely" after no affiliation cue.
  CHECK(Links(rule, "1. The CPC attacked two armed groups, namely, the anti-balaka and the 3R.\n").empty());
}

TEST_CASE("affiliated_with: support for a group, and 'the affiliated groups' of the clause's group",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. ISWAP support for ISGS continued.\n") == std::set<std::string>{"group:iswap group:isgs"});
  CHECK(Links(rule, "1. JNIM pressed on in areas where the affiliated groups Ansarul Islam and Boko Haram led "
                    "attacks.\n") ==
        std::set<std::string>{"group:jnim group:ansarul_islam", "group:jnim group:boko_haram"});
  // Where it stops: support for people, and groups affiliated with no one named.
  CHECK(Links(rule, "1. ISWAP support for local fighters continued while Boko Haram withdrew.\n").empty());
  CHECK(Links(rule, "1. ISWAP, like the other affiliates, lost ground.\n").empty());
}

TEST_CASE("occurs_in: off a coast, along the land borders with a country", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Piracy operations continued off the coast of Somalia.\n") ==
        std::set<std::string>{"crime:piracy region:somalia"});
  CHECK(Links(rule, "1. Contraband thrives along the land borders with the Dominican Republic.\n") ==
        std::set<std::string>{"crime:goods_smuggling region:dominican_republic"});
  // Where it stops: "with" alone governs no place.
  CHECK(Links(rule, "1. Contraband was discussed with Somalia.\n").empty());
}

TEST_CASE("occurs_in: past a group that holds the place ('from Al-Shabaab-controlled Kismayo')", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Charcoal was exported from Al-Shabaab-controlled Kismayo.\n") ==
        std::set<std::string>{"crime:charcoal_trafficking region:kismayo"});
  // Where it stops: a group that does not hold it ("Al-Shabaab fighters in").
  CHECK(Links(rule, "1. Charcoal was exported by Al-Shabaab-linked traders, Kismayo said.\n").empty());
}

TEST_CASE("affiliated_with: backing, alignment, agreements and a group's factions", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. M23, backed by ISIL, seized the hills.\n") == std::set<std::string>{"group:m23 group:isil"});
  CHECK(Links(rule, "1. JNIM remained aligned with Al-Qaida.\n") == std::set<std::string>{"group:jnim group:al_qaida"});
  CHECK(Links(rule, "1. ISGS sought an agreement with ISWAP.\n") == std::set<std::string>{"group:isgs group:iswap"});
  CHECK(Links(rule, "1. FDLR fought under the banner of Wazalendo.\n") ==
        std::set<std::string>{"group:fdlr group:wazalendo"});
  CHECK(Links(rule, "1. Katiba Macina forms part of JNIM.\n") == std::set<std::string>{"group:katiba_macina group:jnim"});
  // A faction named after its group, and the other group the clause names.
  CHECK(Links(rule, "1. Within the Boko Haram factions, ISWAP gained ground.\n") ==
        std::set<std::string>{"group:iswap group:boko_haram"});
  // A coalition named after its group.
  CHECK(Links(rule, "1. Leading the Viv Ansanm coalition, Ti Bwa attacked Kenscoff.\n") ==
        std::set<std::string>{"group:ti_bwa group:viv_ansanm"});
  // Where it stops: support from a body that is no group, a fight.
  CHECK(Links(rule, "1. M23, backed by the population, seized the hills while ISIL withdrew.\n").empty());
  CHECK(Links(rule, "1. ISGS fought ISWAP near Menaka.\n").empty());
}

TEST_CASE("affiliated_with: a list of the groups governed goes on past listed people and 'the leadership of'",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. Muhammad Jamal Network is linked to Al-Qaida (QDe.004), Aiman al-Zawahiri (QDi.006), "
                    "and the leadership of AQAP (QDe.129) and AQIM (QDe.014).\n") ==
        std::set<std::string>{"group:muhammad_jamal_network group:al_qaida",
                              "group:muhammad_jamal_network group:aqap", "group:muhammad_jamal_network group:aqim"});
  // The acronym in brackets after a group governed is governed too, unless a
  // relative clause makes it the subject of what follows.
  CHECK(Links(nexus::OperatesInRule(), "1. Katiba Macina, which forms part of Jama'a Nusrat ul-Islam wa "
                                       "al-Muslimin (JNIM), operates near Mopti.\n") ==
        std::set<std::string>{"group:katiba_macina region:mopti"});
  // Where it stops: a person with no reference of the list ends the list.
  CHECK_FALSE(Links(rule, "1. Muhammad Jamal Network is linked to Al-Qaida, its founder Aiman al-Zawahiri, and "
                          "AQAP.\n")
                  .count("group:muhammad_jamal_network group:aqap"));
}

TEST_CASE("affiliated_with: a group's compound ('the Al-Qaida-linked X'), branches and funding from it",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  const std::set<std::string> jnim = {"group:jnim group:al_qaida"};
  CHECK(Links(rule, "1. The Al-Qaida-affiliated JNIM attacked Mali.\n") == jnim);
  CHECK(Links(rule, "1. The Al-Qaida-linked JNIM attacked Mali.\n") == jnim);
  CHECK(Links(rule, "1. The attack was claimed by an Al-Qaida-affiliated militant group known as JNIM.\n") == jnim);
  CHECK(Links(rule, "1. JNIM, Al-Qaida's Sahel branch, attacked Mali.\n") == jnim);
  CHECK(Links(rule, "1. Boko Haram and its splinter faction ISWAP attacked Borno.\n") ==
        std::set<std::string>{"group:iswap group:boko_haram"});
  CHECK(Links(rule, "1. ISWAP receives funding from ISIL.\n") == std::set<std::string>{"group:iswap group:isil"});
  // Where it stops: a compound with no group right after it, a possessive
  // with no word of parts, a group it does not describe.
  CHECK(Links(rule, "1. Al-Qaida-linked fighters attacked Mali, where JNIM is strong.\n").empty());
  CHECK(Links(rule, "1. An Al-Qaida-affiliated militant group in the region known as JNIM attacked Mali.\n").empty());
  CHECK(Links(rule, "1. JNIM used Al-Qaida's old routes in Mali.\n").empty());
  CHECK(Links(rule, "1. Boko Haram and its fighters clashed with ISWAP.\n").empty());
}

TEST_CASE("occurs_in: not where the people a kidnapping takes come from", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Two engineers from China were kidnapped in Nigeria.\n") ==
        std::set<std::string>{"crime:kidnapping_for_ransom region:nigeria"});
  CHECK(nexus::test::RunOn("1. Last week, 17 missionaries from the United States and Canada were kidnapped.\n")
            .Link("crime:kidnapping_for_ransom", "region:canada") == nullptr);
  // Where it stops: a trade's origin is on its route.
  CHECK(Links(rule, "1. Traffickers smuggled migrants from Libya to Italy.\n") ==
        std::set<std::string>{"crime:migrant_smuggling region:libya", "crime:migrant_smuggling region:italy"});
}

TEST_CASE("affiliated_with: a group formed, founded, created or registered by another", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. Harakat ul-Mujahidin was registered by members of Jaish-i-Mohammed.\n") ==
        std::set<std::string>{"group:harakat_ul_mujahidin group:jaish_e_mohammed"});
  CHECK(Links(rule, "1. Ansar al-Shari'a was founded by AQAP.\n") ==
        std::set<std::string>{"group:ansar_al_sharia group:aqap"});
  // Where it stops: registered by no group.
  CHECK(Links(rule, "1. Harakat ul-Mujahidin was registered by a businessman in Karachi.\n").empty());
}

TEST_CASE("affiliated_with: not the two sides of a fight's 'between ... and'", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. Fighting continued between M23 and the army together with the Wazalendo coalition.\n").empty());
  CHECK(Links(rule, "1. Clashes between M23 and the Wazalendo coalition continued.\n").empty());
  // Where it stops: allies on one side, or no fight.
  CHECK(Links(rule, "1. M23 fought alongside the Wazalendo coalition.\n") ==
        std::set<std::string>{"group:m23 group:wazalendo"});
  CHECK(Links(rule, "1. Talks between the army and M23, alongside the Wazalendo coalition, stalled.\n") ==
        std::set<std::string>{"group:m23 group:wazalendo"});
}

TEST_CASE("affiliated_with: two groups a hyphen or a slash joins name one alliance", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  const std::set<std::string> m23 = {"group:m23 group:afc"};
  CHECK(Links(rule, "1. Rwanda backs the Mouvement du 23 mars (M23)-Alliance Fleuve Congo (AFC) fighters.\n") ==
        m23);
  CHECK(Links(rule, "1. The M23-AFC proxies took Goma.\n") == m23);
  CHECK(Links(rule, "1. AFC/M23 took Goma.\n") == std::set<std::string>{"group:afc group:m23"});
  // Where it stops: a rivalry named so, and groups a space or a word keeps apart.
  CHECK(Links(rule, "1. ISGS-JNIM clashes continued in Menaka.\n").empty());
  CHECK(Links(rule, "1. ISGS - the rival of JNIM - attacked Menaka.\n").empty());
  CHECK(Links(rule, "1. ISGS and JNIM attacked Menaka.\n").empty());
}

TEST_CASE("affiliated_with: the gangs listed in brackets after a group are its members", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  CHECK(Links(rule, "1. Some Viv Ansanm gangs (Krache Dife, Kraze Bary\u00e8 and Ti Bwa) attacked Kenscoff.\n") ==
        std::set<std::string>{"group:krache_dife group:viv_ansanm", "group:kraze_barye group:viv_ansanm",
                              "group:ti_bwa group:viv_ansanm"});
  // A group's own other names, or one name only, are no members.
  CHECK(Links(rule, "1. Islamic State in Iraq and the Levant (ISIL, Da'esh) attacked Mosul.\n").empty());
  CHECK(Links(rule, "1. Viv Ansanm gangs (Krache Dife) attacked Kenscoff.\n").empty());
}

TEST_CASE("operates_in: a place a group invades or occupies", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Viv Ansanm attempted to invade P\u00e9tion-Ville.\n") ==
        std::set<std::string>{"group:viv_ansanm region:petion_ville"});
  CHECK(Links(rule, "1. The Baz Taliban gang kept occupying Kenscoff.\n") ==
        std::set<std::string>{"group:baz_taliban region:kenscoff"});
  // A place a group exploits (as a corridor, a base), with no preposition.
  CHECK(Links(rule, "1. Both Al-Shabaab and Boko Haram exploit Puntland as a transit corridor.\n") ==
        std::set<std::string>{"group:al_shabaab region:puntland", "group:boko_haram region:puntland"});
  // Where it stops: the place of another clause.
  CHECK(Links(rule, "1. Al-Shabaab exploited the weakness of the army; Puntland voted in May.\n").empty());
}

TEST_CASE("occurs_in: a port or an airport used for a crime", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Traders used the port of Marigot to smuggle weapons.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:marigot"});
  // No crime in the clause: nothing.
  CHECK(Links(rule, "1. Traders used the port of Marigot; weapons were found in a warehouse later.\n").count(
            "crime:arms_trafficking region:marigot") == 0);
}

TEST_CASE("operates_in: the groups in brackets after a list of places are at those places only",
          "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Gangs held bases in Kenscoff and Tabarre (Krache Dife and Ti Bwa gangs), as well as in "
                    "Zorvel (Kraze Bary\u00e8 gangs).\n") ==
        std::set<std::string>{"group:krache_dife region:kenscoff", "group:krache_dife region:tabarre",
                              "group:ti_bwa region:kenscoff", "group:ti_bwa region:tabarre",
                              "group:kraze_barye region:zorvel"});
  // A bracket with other words is an aside, not a list of the place's groups.
  CHECK(Links(rule, "1. Ti Bwa attacked Kenscoff (see annex 3, Krache Dife).\n").count("group:ti_bwa region:kenscoff") == 1);
}

TEST_CASE("operates_in: a group in a description of the places listed before it is at those places only",
          "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Officials were trained in Basra and Baghdad, as well as in Kirkuk and Diyala, governorates "
                    "that are among the most affected by ISIL.\n") ==
        std::set<std::string>{"group:isil region:kirkuk", "group:isil region:iq_di"});
  // One adjective may stand before the word for places.
  CHECK(Links(rule, "1. Officials were trained in Baghdad, as well as in Kirkuk, northern districts where ISIL "
                    "remains active.\n") == std::set<std::string>{"group:isil region:kirkuk"});
  // Where it stops: no word for places after the comma, and the group reaches
  // the places of its clause as before.
  CHECK(Links(rule, "1. Officials were trained in Baghdad, as well as in Kirkuk, where ISIL remains active.\n") ==
        std::set<std::string>{"group:isil region:baghdad", "group:isil region:kirkuk"});
}

TEST_CASE("operates_in: a place before a word for its State's people stands for the State", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Leaders criticized the Chadian authorities for their inaction against RSF attacks.\n")
            .empty());
  // Where it stops: the place itself, after a word of attack.
  CHECK(Links(rule, "1. Leaders criticized the inaction against RSF attacks in Chad.\n") ==
        std::set<std::string>{"group:rsf region:chad"});
}

TEST_CASE("operates_in: places a group secured", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. The advance of Kraze Barye included securing neighbourhoods such as Kenscoff and "
                    "Thomassin.\n") ==
        std::set<std::string>{"group:kraze_barye region:kenscoff", "group:kraze_barye region:thomassin"});
}

TEST_CASE("operates_in: a faction of a group, unnamed, stands for the group", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. The Adamu faction of Boko Haram, which had operated near Kano, was dislodged.\n") ==
        std::set<std::string>{"group:boko_haram region:kano"});
  // A group only associated with it does not act ("a group associated with AQIM is active in the region").
  CHECK(Links(rule, "1. A group associated with Boko Haram is active in Kano.\n").empty());
  // Another group of the clause acts: the one governed stands aside.
  CHECK(Links(rule, "1. ISWAP, a faction of Boko Haram, operated near Kano.\n").count("group:boko_haram region:kano") == 0);
  // Factions named after their group act, whatever other group the clause names.
  CHECK(Links(rule, "1. The army retook areas held by ISWAP and local Boko Haram factions in Borno.\n")
            .count("group:boko_haram region:ng_bo") == 1);
}

TEST_CASE("operates_in: a group-controlled place only, not the other places of the clause", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. The flow of weapons from Yemen to Al-Shabaab-controlled areas in Somalia continued.\n") ==
        std::set<std::string>{"group:al_shabaab region:somalia"});
  CHECK(Links(rule, "1. Charcoal left Al-Shabaab-held Kismayo for Oman.\n") ==
        std::set<std::string>{"group:al_shabaab region:kismayo"});
  // The group named on its own still acts at the places of its clause.
  CHECK(Links(rule, "1. Al-Shabaab received weapons in Somalia from Yemen.\n").count("group:al_shabaab region:somalia") == 1);
}

TEST_CASE("operates_in: not a group another group of the clause draws on ('from X')", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Al-Shabaab set up camps in Puntland, recruiting fighters from Boko Haram.\n") ==
        std::set<std::string>{"group:al_shabaab region:puntland"});
  // A group that "from" governs with no other group before it still acts.
  CHECK(Links(rule, "1. Fighters from Boko Haram attacked villages in Borno.\n") ==
        std::set<std::string>{"group:boko_haram region:ng_bo"});
  // Nor a threat or attacks from it: the group acts there.
  CHECK(Links(rule, "1. Al-Shabaab noted the threat from Boko Haram in Borno.\n") ==
        std::set<std::string>{"group:al_shabaab region:ng_bo", "group:boko_haram region:ng_bo"});
}

TEST_CASE("operates_in: a coalition named after a group acts, unless it is what another is part of",
          "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Local White Army factions attacked Nasir.\n") ==
        std::set<std::string>{"group:white_army region:nasir"});
  CHECK(Links(rule, "1. ETIM was part of the HTS coalition that overthrew the government, and stationed its "
                    "members in Damascus.\n") == std::set<std::string>{"group:etim region:damascus"});
}

TEST_CASE("operates_in: the one group acting in a sentence reaches further", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  // 30 words between: past the reach of a group among others, within a lone group's.
  const std::string lone = "1. ETIM, which was part of the HTS coalition that overthrew the previous government of "
                           "the country in December 2024 after a long offensive across several provinces and many "
                           "towns, later stationed its members in Damascus.\n";
  CHECK(Links(rule, lone) == std::set<std::string>{"group:etim region:damascus"});
  // Where it stops: another group that acts in the sentence; and beyond 35 words.
  CHECK(Links(rule, "1. ETIM, which fought ISIL and the government of the country in December 2024 after a long "
                    "offensive across several provinces and many towns and villages of the north, later stationed "
                    "its members in Damascus.\n")
            .count("group:etim region:damascus") == 0);
  CHECK(Links(rule, "1. ETIM, which was part of the HTS coalition that overthrew the previous government of the "
                    "country in December 2024 after a long offensive across several provinces and many towns and "
                    "villages of the north and of the east of the country during the winter of that year, later "
                    "stationed its members in Damascus.\n")
            .empty());
}

TEST_CASE("operates_in: not where the peacekeepers or nationals a group harms come from", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. AAKG elements ambushed a patrol near Zemio, killing one peacekeeper from Kenya.\n") ==
        std::set<std::string>{"group:aakg region:zemio"});
  CHECK(Links(rule, "1. ISIL abducted two nationals from Türkiye in Kirkuk.\n") ==
        std::set<std::string>{"group:isil region:kirkuk"});
  // Where it stops: fighters from a place are the group's there.
  CHECK(Links(rule, "1. ISIL sent fighters from Syria.\n") == std::set<std::string>{"group:isil region:syria"});
}

TEST_CASE("operates_in: not where a person is arrested or held", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Zorva Kelbo was arrested by the authorities in Rwanda and replaced as the commander of the "
                    "CNDP.\n")
            .empty());
  CHECK(Links(rule, "1. MPC decided to join CPC-F, citing the continued detention of its leader in Chad.\n").empty());
  // Where it stops: a group's members arrested there, or the group that
  // made the arrest.
  CHECK(Links(rule, "1. Three ISIL-K operatives were arrested in Austria.\n") ==
        std::set<std::string>{"group:isil_k region:austria"});
  CHECK(Links(rule, "1. RSF arbitrarily arrested a leader, who remained detained in Kutum.\n") ==
        std::set<std::string>{"group:rsf region:kutum"});
}

TEST_CASE("operates_in: not the venue of talks between parties", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. M23 withdrew from Walikale as peace talks initiatives in Qatar were unfolding.\n") ==
        std::set<std::string>{"group:m23 region:walikale"});
  CHECK(Links(rule, "1. The army fought FDLR in Rutshuru, as agreed under the Luanda process.\n") ==
        std::set<std::string>{"group:fdlr region:rutshuru"});
  // Also each place of a list before a plural word for talks.
  CHECK(Links(rule, "1. The army fought FDLR in Rutshuru under the Luanda and Nairobi processes.\n") ==
        std::set<std::string>{"group:fdlr region:rutshuru"});
  // Where it stops: talks are no venue word when the group is in the place.
  CHECK(Links(rule, "1. M23 held positions in Qatar before the talks.\n") ==
        std::set<std::string>{"group:m23 region:qatar"});
  // Nor is a war named after its places a place of the group.
  CHECK(Links(rule, "1. ISIL-linked violence in Europe was driven by the Gaza and Israel conflict.\n") ==
        std::set<std::string>{"group:isil region:europe"});
  CHECK(Links(rule, "1. ISIL fighters returned from the Syria war to Iraq.\n") ==
        std::set<std::string>{"group:isil region:iraq"});
}

TEST_CASE("link rules: the places of a dateline are where the text was written", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "Bamako (Mali), 12 May 2024 - Cocaine trafficking rose in the Niger.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:niger"});
  CHECK(Links(rule, "BAMAKO, 12 May - Cocaine trafficking rose in the Niger.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:niger"});
  // The agency that sends it, in brackets after the date.
  CHECK(Links(rule, "BAMAKO, 12 May (UN Information Service) -- Cocaine trafficking rose in the Niger.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:niger"});
  // Where it stops: a place that opens a sentence with no date and dash.
  CHECK(Links(rule, "In Bamako, 12 tons of cocaine were seized in May 2024 by customs.\n").count(
            "crime:drug_trafficking region:bamako") == 1);
}

TEST_CASE("link rules: a place that only says whose delegate speaks is linked to nothing", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Ghana's representative said ISIL fighters operate in Mali.\n") ==
        std::set<std::string>{"group:isil region:mali"});
  CHECK(Links(rule, "1. The representative of France said ISIL fighters operate in Mali.\n") ==
        std::set<std::string>{"group:isil region:mali"});
  CHECK(Links(rule, "1. The Minister for Foreign Affairs of France said ISIL fighters operate in Mali.\n") ==
        std::set<std::string>{"group:isil region:mali"});
  // Where it stops: a place's own people or forces do act there, and
  // several representatives of a place are the place's own.
  CHECK(Links(rule, "1. ISIL fighters attacked Ghana's army in May.\n") ==
        std::set<std::string>{"group:isil region:ghana"});
  CHECK(Links(rule, "1. ISIL fighters attacked representatives of Ghana in May.\n") ==
        std::set<std::string>{"group:isil region:ghana"});
  CHECK(Links(rule, "1. ISIL fighters attacked the Ministry of Defence of Ghana in May.\n") ==
        std::set<std::string>{"group:isil region:ghana"});
}

TEST_CASE("operates_in: a place listed after 'as well as' shares the preposition", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. ISIL fighters operate in Mali and the Niger, as well as Chad.\n") ==
        std::set<std::string>{"group:isil region:mali", "group:isil region:niger", "group:isil region:chad"});
  // Where it stops: a place after "as well as" with no place before it.
  CHECK(Links(rule, "1. ISIL recruited fighters, as well as Chad's soldiers.\n").empty());
}

TEST_CASE("occurs_in: a place right before traded goods is where they come from", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Traffickers transporting looted Libyan firearms rode into the Sahel.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:libya", "crime:arms_trafficking region:sahel"});
  // Where it stops: goods no word of trade names, a place not right before them.
  CHECK(Links(rule, "1. Libyan firearms were old.\n").empty());
  CHECK(Links(rule, "1. Libya's army paraded firearms last year.\n").empty());
  // (Goods its police seized are another matter: see "goods seized by a State's agency".)
  CHECK(Links(rule, "1. Libya's police seized firearms last year.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:libya"});
}

TEST_CASE("occurs_in: items qualified in a list share its place, a place singled out of a larger one",
          "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Cyberscams and related underground banking have spread across Asia.\n") ==
        std::set<std::string>{"crime:cybercrime region:asia", "crime:money_laundering region:asia"});
  CHECK(Links(rule, "1. Drug trafficking has spread across Asia, particularly in Thailand.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:asia", "crime:drug_trafficking region:thailand"});
  // Where it stops: a word that is no qualifier parts the items; a place of its own before a comma.
  CHECK(Links(rule, "1. Cyberscams and profitable underground banking have spread across Asia.\n") ==
        std::set<std::string>{"crime:money_laundering region:asia"});
  CHECK(Links(rule, "1. Drug trafficking has spread across Asia, while Thailand reported arrests.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:asia"});
}

TEST_CASE("occurs_in: the comma of a list after a place does not part the list's later items from it",
          "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Heroin seizures rose across Africa with Lagos, Accra and Cotonou airports high on the list.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:africa", "crime:drug_trafficking region:lagos",
                              "crime:drug_trafficking region:accra", "crime:drug_trafficking region:cotonou"});
  // Where it stops: a comma before the list still parts it from the place.
  CHECK(Links(rule, "1. Heroin seizures rose across Africa, while Lagos, Accra and Cotonou hosted talks.\n") ==
        std::set<std::string>{"crime:drug_trafficking region:africa"});
}

TEST_CASE("occurs_in: a place singled out after a comma is no place of its own", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  // Words between the larger place and the narrowing do not part them.
  CHECK(Links(rule, "1. Cyberscams have spread across Asia and become a problem, particularly in Thailand "
                    "and Cambodia.\n") ==
        std::set<std::string>{"crime:cybercrime region:asia", "crime:cybercrime region:thailand",
                              "crime:cybercrime region:cambodia"});
  CHECK(Links(rule, "1. Cyberscams have spread across Asia and become a problem, in particular in Thailand.\n") ==
        std::set<std::string>{"crime:cybercrime region:asia", "crime:cybercrime region:thailand"});
  // Any preposition of place after the narrowing word.
  CHECK(Links(rule, "1. Migrants have been smuggled from Libya to Europe, including across the Mediterranean.\n") ==
        std::set<std::string>{"crime:migrant_smuggling region:libya", "crime:migrant_smuggling region:europe",
                              "crime:migrant_smuggling region:mediterranean"});
  // Where it stops: another phrase it could narrow comes between ("including
  // links to terrorism"), and a place with no narrowing word.
  CHECK(Links(rule, "1. Cyberscams have spread across Asia, including links to terrorism, particularly in "
                    "Thailand.\n") == std::set<std::string>{"crime:cybercrime region:asia"});
  CHECK(Links(rule, "1. Cyberscams have spread across Asia and become a problem, in Thailand.\n") ==
        std::set<std::string>{"crime:cybercrime region:asia"});
  // "including X" with no "in", and the places a dash lists after a plural
  // word for places that a locative cue governs.
  CHECK(Links(rule, "1. Firearms are trafficked into Kenya from many sources, including Ethiopia.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:kenya", "crime:arms_trafficking region:ethiopia"});
  CHECK(Links(rule, "1. Firearms are trafficked into Kenya from all of its bordering States \u2013 Ethiopia and "
                    "Uganda \u2013 and by sea.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:kenya", "crime:arms_trafficking region:ethiopia",
                              "crime:arms_trafficking region:uganda"});
  // Where it stops: a dash after a word that names no places.
  CHECK(Links(rule, "1. Firearms are trafficked into Kenya by many actors \u2013 Ethiopia and Uganda objected.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:kenya"});
}

TEST_CASE("occurs_in: a participle with its object after the place tells what is done there", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. The group operates near Aleppo and Idlib, extorting funds from traders.\n") ==
        std::set<std::string>{"crime:extortion region:aleppo", "crime:extortion region:idlib"});
  // "on the outskirts (edge, banks) of" governs a place like "near".
  CHECK(Links(rule, "1. The group operates on the outskirts of Aleppo, extorting funds.\n") ==
        std::set<std::string>{"crime:extortion region:aleppo"});
  // Where it stops: a crime named as the next item of a list after the place.
  CHECK(Links(rule, "1. Piracy rose in the Gulf of Guinea, smuggling of migrants in the Sahel.\n") ==
        std::set<std::string>{"crime:piracy region:gulf_of_guinea", "crime:migrant_smuggling region:sahel"});
}

TEST_CASE("active_in: a mission deploys, patrols, escorts or protects in a place", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. MONUSCO deployed patrols to Beni.\n") ==
        std::set<std::string>{"un_entity:monusco region:beni"});
  CHECK(Links(rule, "1. MINUSCA escorted a convoy in Bangui.\n") ==
        std::set<std::string>{"un_entity:minusca region:bangui"});
  // Where it stops: no activity of the body.
  CHECK(Links(rule, "1. MONUSCO was named in Beni.\n").empty());
}

TEST_CASE("operates_in: a group fought by another is no actor at the other's places", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. ISIL operations against SDF continued, many targeting fuel trucks in Raqqa.\n") ==
        std::set<std::string>{"group:isil region:raqqa"});
  CHECK(Links(rule, "1. To engage M23, ADF attacks rose in Beni.\n") == std::set<std::string>{"group:adf region:beni"});
  // Where it stops: with no other group, the target is where it is fought.
  CHECK(Links(rule, "1. The army led operations against Al-Shabaab in Baidoa.\n") ==
        std::set<std::string>{"group:al_shabaab region:baidoa"});
}

TEST_CASE("occurs_in: where the participants come from is no place of the crime", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. The Centre trained officials from Mali and the Niger on arms trafficking.\n").empty());
  // Where it stops: goods from a place.
  CHECK(Links(rule, "1. Arms trafficking from Mali to the Niger grew.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:mali", "crime:arms_trafficking region:niger"});
}

TEST_CASE("active_in: where the refugees a body serves come from is not where it works", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. Refugees, including 700 from Mali, were assisted by UNHCR in the Niger.\n") ==
        std::set<std::string>{"un_entity:unhcr region:niger"});
  // Nor where its peacekeepers come from.
  CHECK(Links(rule, "1. Gunmen attacked a MINUSCA patrol near Bria, killing one peacekeeper from Kenya.\n") ==
        std::set<std::string>{"un_entity:minusca region:bria"});
  // Nor where the people it works with returned from.
  CHECK(Links(rule, "1. UNODC trained practitioners in Iraq working with children returned from the Niger.\n") ==
        std::set<std::string>{"un_entity:unodc region:iraq"});
  // Where it stops: officials from a place the body trains are its work there.
  CHECK(Links(rule, "1. UNODC trained officials from Mali.\n") == std::set<std::string>{"un_entity:unodc region:mali"});
}

TEST_CASE("operates_in: a place before a group and a comma, in the phrase of a nearer group before it", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  const std::set<std::string> isil = {"group:isil region:west_africa", "group:isil region:sahel"};
  CHECK(Links(rule, "1. Detailing ISIL's operations in West Africa and the Sahel, the Chair reported in her "
                    "briefing to the Council that Al-Shabaab had grown.\n") == isil);
  // Where it stops: the later group nearer the place, a comma between the
  // first group and the place, and a place with no group before it.
  CHECK(Links(rule, "1. Detailing ISIL's operations in West Africa and the Sahel, she said that Al-Shabaab "
                    "had grown.\n") == std::set<std::string>{"group:isil region:west_africa", "group:isil region:sahel",
                                                                "group:al_shabaab region:sahel"});
  CHECK(Links(rule, "1. ISIL, which lost ground, is weaker in the Sahel, said the Chair of Al-Shabaab.\n") ==
        std::set<std::string>{"group:isil region:sahel", "group:al_shabaab region:sahel"});
  CHECK(Links(rule, "1. In Mali, ISIL and Al-Shabaab recruited fighters.\n") ==
        std::set<std::string>{"group:isil region:mali", "group:al_shabaab region:mali"});
}

TEST_CASE("operates_in: a place's '-based' compound is the place of the group it describes only", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. Al-Shabaab kept contacts with the Yemen-based Al-Qaida in the Arabian Peninsula.\n") ==
        std::set<std::string>{"group:aqap region:yemen"});
  // Where it stops: a place with no compound is the clause's.
  CHECK(Links(rule, "1. Al-Shabaab kept contacts in Yemen with Al-Qaida in the Arabian Peninsula.\n").count(
            "group:al_shabaab region:yemen") == 1);
}

TEST_CASE("active_in: the places a UN body's label names it for", "[link_rules]") {
  using V = std::vector<std::string>;
  CHECK(nexus::MandatePlaces(DefaultRules(), "Panel of Experts on Yemen") == V{"region:yemen"});
  CHECK(nexus::MandatePlaces(DefaultRules(), "United Nations Office for West Africa and the Sahel") ==
        V{"region:sahel", "region:west_africa"});
  CHECK(nexus::MandatePlaces(DefaultRules(), "Mission in the Central African Republic") == V{"region:central_african_republic"});
  // Where it stops: the keyword inside a group's name; words that are no
  // place; a place followed by more words; a venue ("at").
  CHECK(nexus::MandatePlaces(DefaultRules(), "Investigative Team for Crimes of Islamic State in Iraq and the Levant")
            .empty());
  CHECK(nexus::MandatePlaces(DefaultRules(), "United Nations Office on Drugs and Crime").empty());
  CHECK(nexus::MandatePlaces(DefaultRules(), "Working Group on Somalia Sanctions Matters").empty());
  CHECK(nexus::MandatePlaces(DefaultRules(), "United Nations Office at Geneva").empty());
}

TEST_CASE("active_in: a UN body and the place it is named for, wherever the sentence names it", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. The Panel of Experts on Yemen considers that the conflict in Yemen has no military end.\n") ==
        std::set<std::string>{"un_entity:panel_of_experts_yemen region:yemen"});
  CHECK(Links(rule, "1. Weapons reached Lebanon without the consent of UNIFIL.\n") ==
        std::set<std::string>{"un_entity:unifil region:lebanon"});
  // Where it stops: another place; the body as the source of what is said.
  CHECK(Links(rule, "1. The Panel of Experts on Yemen noted that Oman and Yemen share a border.\n") ==
        std::set<std::string>{"un_entity:panel_of_experts_yemen region:yemen"});
  CHECK(Links(rule, "1. According to the Panel of Experts on Yemen, arms reached Yemen by sea.\n").empty());
  // A committee whose label names a group, named after its country
  // elsewhere ("Somalia Sanctions Committee"): that country.
  CHECK(Links(rule, "1. The 751 Committee discussed the charcoal stockpiles, and Somalia replied.\n") ==
        std::set<std::string>{"un_entity:committee_751 region:somalia"});
}

TEST_CASE("active_in: the place a body's meeting or briefing is focused on", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. The open briefing focused on West Africa and was held jointly by the Counter-Terrorism "
                    "Committee and UNODC.\n") ==
        std::set<std::string>{"un_entity:ctc region:west_africa", "un_entity:unodc region:west_africa"});
  CHECK(Links(rule, "1. UNODC held a meeting devoted to Libya.\n") ==
        std::set<std::string>{"un_entity:unodc region:libya"});
  // Where it stops: a place the body is only said to speak of.
  CHECK(Links(rule, "1. UNODC spoke on Libya.\n").empty());
}

TEST_CASE("mentions: the entity overseeing sanctions on a country is its sanctions committee", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. The Security Council entity overseeing sanctions on Somalia received a final report.\n") ==
        std::set<std::string>{"un_entity:committee_751 region:somalia"});
  CHECK(Links(rule, "1. The body overseeing the sanctions against Libya met in New York.\n")
            .count("un_entity:committee_1970 region:libya"));
  // Where it stops: a country with no sanctions committee; no word of sanctions.
  CHECK(Links(rule, "1. The entity overseeing sanctions on Kenya met.\n").empty());
  CHECK(Links(rule, "1. The entity overseeing elections in Somalia met.\n").empty());
}

TEST_CASE("affiliated_with: a bond named before two groups or made by them together, help given to one",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  const std::set<std::string> pair = {"group:isgs group:iswap"};
  CHECK(Links(rule, "1. Ties between ISGS and ISWAP grew in 2024.\n") == pair);
  CHECK(Links(rule, "1. The alliance between ISGS (Sahel) and ISWAP held.\n") == pair);
  CHECK(Links(rule, "1. ISGS and ISWAP coordinated attacks near Menaka.\n") == pair);
  CHECK(Links(rule, "1. ISGS and ISWAP joined forces near Menaka.\n") == pair);
  CHECK(Links(rule, "1. ISGS provided training to ISWAP.\n") == pair);
  CHECK(Links(rule, "1. The Islamic State in the Greater Sahara (ISGS) and ISWAP have exchanged fighters.\n") == pair);
  // Where it stops: a fight between them, groups not listed together, a bond
  // too far before them, help given to no group.
  CHECK(Links(rule, "1. Clashes between ISGS and ISWAP continued.\n").empty());
  CHECK(Links(rule, "1. Ties between the towns grew as ISGS attacked and ISWAP withdrew.\n").empty());
  CHECK(Links(rule, "1. ISGS, which fought the army, and ISWAP coordinated nothing.\n").empty());
  CHECK(Links(rule, "1. ISGS provided training to recruits; ISWAP watched.\n").empty());
}

TEST_CASE("affiliated_with: what one group gives another ('provided B with', 'support by A to B')",
          "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  const std::set<std::string> pair = {"group:iswap group:isgs"};
  CHECK(Links(rule, "1. ISGS continued to provide ISWAP with logistical and operational space.\n") == pair);
  CHECK(Links(rule, "1. ISGS supplied the ISWAP with weapons and fighters.\n") == pair);
  CHECK(Links(rule, "1. Reports of financial support by ISGS to the armed group ISWAP grew.\n") == pair);
  CHECK(Links(rule, "1. Support from the Islamic State in the Greater Sahara (ISGS) to ISWAP grew.\n") == pair);
  // Where it stops: nothing given after "with", no group giving it before
  // the verb, another clause, support by one group to no group.
  CHECK(Links(rule, "1. ISGS provided ISWAP with a pretext for its attacks.\n").empty());
  CHECK(Links(rule, "1. The army provided ISWAP with weapons when ISGS fled.\n").empty());
  CHECK(Links(rule, "1. ISGS attacked Menaka; the army provided ISWAP with weapons.\n").empty());
  CHECK(Links(rule, "1. Support by ISGS to local traders near ISWAP positions grew.\n").empty());
}

TEST_CASE("affiliated_with: groups under another's label, and a group that only names an event", "[link_rules]") {
  const LinkRule rule = nexus::AffiliatedWithRule();
  const std::set<std::string> pair = {"group:isgs group:iswap"};
  CHECK(Links(rule, "1. ISGS worked with other armed groups operating under the ISWAP label.\n") == pair);
  CHECK(Links(rule, "1. ISGS worked with other armed groups operating under the ISWAP/Wilayat Gharb (WG) "
                    "banner.\n") == pair);
  // Where it stops: no label after the name, a comma before the head.
  CHECK(Links(rule, "1. ISGS fought under the ISWAP commanders in the north.\n").empty());
  CHECK(Links(rule, "1. ISGS fled under the ISWAP attacks, and the new label stayed.\n").empty());
  // "the ISWAP-led offensive": ISWAP names the offensive; the cooperation is ISGS's.
  CHECK(Links(rule, "1. JNIM stayed out of the ISWAP-led offensive but maintained cooperation with ISGS.\n") ==
        std::set<std::string>{"group:jnim group:isgs"});
}

TEST_CASE("operates_in: past the reach, the places of a list of the group's acts, each near the last", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  const std::string acts =
      "1. ISGS conducted several attacks, including the attack on soldiers guarding a long and much disputed "
      "pipeline near the towns of Salkam and Tibiri in the Dosso Region on 13 July and the attack in the "
      "village of Mera on 9 November.\n";
  CHECK(Links(rule, acts).count("group:isgs region:mera"));
  // Every item of a long list, the one right after the last linked too.
  const std::string list =
      "1. ISGS mainly operates in the provinces of Hama and Idlib, in the Syrian Arab Republic, and also conducts "
      "operations in Turkey, Kyrgyzstan, Uzbekistan, the Russian Federation, Tajikistan, Kazakhstan, Egypt, "
      "Afghanistan and Ukraine.\n";
  for (const char* place : {"region:tajikistan", "region:kazakhstan", "region:egypt", "region:afghanistan",
                            "region:ukraine"}) {
    INFO(place);
    CHECK(Links(rule, list).count(std::string("group:isgs ") + place));
  }
  // Where it stops: another group between, or a place far from the last one.
  const std::string other =
      "1. ISGS conducted several attacks, including the attack on soldiers guarding a long and much disputed "
      "pipeline near the towns of Salkam and Tibiri in the Dosso Region on 13 July while ISWAP carried out the "
      "attack in the village of Mera on 9 November.\n";
  CHECK_FALSE(Links(rule, other).count("group:isgs region:mera"));
  const std::string far =
      "1. ISGS attacked Tibiri on 13 July, and over the following months the army, the gendarmerie, the police and "
      "many local militias of the area kept patrolling the roads that lead from the river to the town of Mera.\n";
  CHECK_FALSE(Links(rule, far).count("group:isgs region:mera"));
}

TEST_CASE("operates_in: 'In <places>,' opening the sentence sets the scene for all of it", "[link_rules]") {
  const LinkRule rule = nexus::OperatesInRule();
  CHECK(Links(rule, "1. In Mali and the Niger, there are many reports of abuses against civilians, particularly of "
                    "abduction of women and girls and of recruitment of children, by JNIM and ISGS.\n") ==
        std::set<std::string>{"group:jnim region:mali", "group:jnim region:niger", "group:isgs region:mali",
                              "group:isgs region:niger"});
  // Where it stops: an opening phrase with more than places, a place later on.
  CHECK(Links(rule, "1. In the wake of events in Mali, there are many reports, from several sources over the years, of "
                    "abuses against civilians, particularly of abduction of women and girls and of recruitment of "
                    "children, by JNIM.\n")
            .empty());
}

TEST_CASE("occurs_in: a crime that affects places, a place that produces drugs", "[link_rules]") {
  const LinkRule rule = nexus::OccursInRule();
  CHECK(Links(rule, "1. Trafficking in persons affects Libya and Chad.\n") ==
        std::set<std::string>{"crime:human_trafficking region:libya", "crime:human_trafficking region:chad"});
  CHECK(Links(rule, "1. Myanmar and the Lao People's Democratic Republic are major opium producers.\n") ==
        std::set<std::string>{"crime:drug_production region:myanmar", "crime:drug_production region:laos"});
  // Where it stops: what affects a place in another clause.
  CHECK(Links(rule, "1. Drought affects Libya; arms trafficking grew in Chad.\n") ==
        std::set<std::string>{"crime:arms_trafficking region:chad"});
}

TEST_CASE("active_in: list items a one-word compass adjective opens share the preposition", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. UNOCA works in North Cameroon, Northeastern Nigeria and Southwestern Chad.\n") ==
        std::set<std::string>{"un_entity:unoca region:cameroon", "un_entity:unoca region:nigeria",
                              "un_entity:unoca region:chad"});
  // Where it stops: a capitalised word that is no compass adjective.
  CHECK(Links(rule, "1. UNOCA works in North Cameroon, Zorvan Nigeria and Chad.\n") ==
        std::set<std::string>{"un_entity:unoca region:cameroon"});
}

TEST_CASE("active_in: the places a body works with, assists, supports or visits", "[link_rules]") {
  const LinkRule rule = nexus::ActiveInRule();
  CHECK(Links(rule, "1. UNODC supported a risk assessment with Kenya and Somalia.\n") ==
        std::set<std::string>{"un_entity:unodc region:kenya", "un_entity:unodc region:somalia"});
  CHECK(Links(rule, "1. The programme of UNODC continued to assist Kenya and Somalia.\n") ==
        std::set<std::string>{"un_entity:unodc region:kenya", "un_entity:unodc region:somalia"});
  // Where it stops: a border with places, others along with them.
  CHECK(Links(rule, "1. UNODC supports a project on the borders with Kenya and Somalia.\n").empty());
  CHECK(Links(rule, "1. UNODC, along with Kenya and Somalia, supports the project.\n").empty());
}
