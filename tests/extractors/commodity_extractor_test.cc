// Crimes named by what they trade, on made-up sentences: where a commodity
// word is a crime and where it is not.
#include <catch2/catch.hpp>

#include <set>

#include "extractors/test_util.h"

using nexus::test::RunOn;

namespace {

// The crimes the commodity rule found, by id.
std::set<std::string> Commodities(const std::string& text) {
  std::set<std::string> out;
  for (const nexus::Mention& m : RunOn(text).findings.mentions)
    if (m.rule == "commodity") out.insert(m.entity);
  return out;
}

}  // namespace

TEST_CASE("commodities: a list after a word of trade names one crime each", "[commodities]") {
  CHECK(Commodities("1. ISIL was involved in smuggling weapons, drugs and fuel.\n") ==
        std::set<std::string>{"crime:arms_trafficking", "crime:drug_trafficking", "crime:oil_smuggling"});
  CHECK(Commodities("1. ISIL was involved in smuggling weapons and tobacco.\n") ==
        std::set<std::string>{"crime:arms_trafficking", "crime:goods_smuggling"});
  CHECK(Commodities("1. The cocaine was seized in Mali.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. These missiles are covertly shipped to Yemen.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Police officers were trafficking materiel to gangs in Mali.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Boko Haram was involved in trafficking of people and natural and mineral resources.\n")
            .count("crime:natural_resource_exploitation"));
  // Materiel with no word of trade near it is not traded.
  CHECK(Commodities("1. The army of Mali lacked materiel.\n").empty());
}

TEST_CASE("commodities: countries of origin and of transhipment for goods trade them", "[commodities]") {
  CHECK(Commodities("1. Colombia and Brazil are the countries of origin and transhipment for cocaine.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  // Where it stops: people's country of origin tells of where they come from.
  CHECK(Commodities("1. Most migrants named Mali as their country of origin.\n").empty());
}

TEST_CASE("commodities: procuring, procurement and acquisition are words of trade", "[commodities]") {
  CHECK(Commodities("1. Al-Shabaab has been procuring weapons from Yemen.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. The procurement of weapons in Yemen grew.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. The acquisition of explosives by Al-Shabaab in Somalia continued.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
}

TEST_CASE("commodities: providing goods trades them", "[commodities]") {
  CHECK(Commodities("1. By providing arms, ammunition and vehicles, RSF empowered the militias.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. The network provided weapons to fighters in Zorva.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  // Where it stops: a provision named by its noun, and no goods provided.
  CHECK(Commodities("1. The Programme on Terrorist Use of Weapons worked through the provision of training.\n")
            .empty());
  CHECK(Commodities("1. The Mission provided training to the police.\n").empty());
}

TEST_CASE("commodities: 'fuel' as a verb names no goods", "[commodities]") {
  CHECK(Commodities("1. Networks supplying weapons fuel violence in Zorva.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Networks supplying weapons fuel the conflict in Zorva.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  // Where it stops: fuel the goods, also before "the".
  CHECK(Commodities("1. Networks transported fuel the army had bought in Zorva.\n") ==
        std::set<std::string>{"crime:oil_smuggling"});
}

TEST_CASE("commodities: the distribution of goods trades them, and a group's seizure takes them by force",
          "[commodities]") {
  CHECK(Commodities("1. Gangs in Haiti specialized in the storage and distribution of weapons.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Police seized weapons destined for Al-Shabaab.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  // Where it stops: the group (or its members) seized them.
  CHECK(Commodities("1. Al-Shabaab seized weapons from an army base in Zorva.\n").empty());
  CHECK(Commodities("1. ISIL (Da'esh) members seized stockpiles of heavy weaponry in Zorva.\n").empty());
}

TEST_CASE("commodities: buying goods, revenues or profits from them, taxes on them trade them", "[commodities]") {
  CHECK(Commodities("1. The Council condemned those buying oil from ISIL.\n") ==
        std::set<std::string>{"crime:oil_smuggling"});
  CHECK(Commodities("1. Brokers in Zorva bought weapons for Al-Shabaab.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Al-Shabaab derived revenues from charcoal and natural resources in Zorva.\n") ==
        std::set<std::string>{"crime:charcoal_trafficking", "crime:natural_resource_exploitation"});
  // A tax names extortion and the trade it is levied on.
  CHECK(Commodities("1. JNIM levies taxes on gold in Zorva.\n") == std::set<std::string>{"crime:illegal_mining"});
  CHECK(RunOn("1. JNIM levies taxes on gold in Zorva.\n").Mentions("crime:extortion"));
  CHECK(Commodities("1. The taxation of charcoal by Al-Shabaab continued in Zorva.\n") ==
        std::set<std::string>{"crime:charcoal_trafficking"});
  CHECK(Commodities("1. ISIL profited from antiquities in Zorva.\n") ==
        std::set<std::string>{"crime:cultural_property_trafficking"});
  CHECK(Commodities("1. Traders smuggle their purchases to black markets in Zorva and sell firearms.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Firearms reach black markets in Zorva.\n") == std::set<std::string>{"crime:arms_trafficking"});
  // Where it stops: no goods, goods of no crime, or goods the word only
  // qualifies.
  CHECK(Commodities("1. Revenues from tourism in Zorva fell.\n").empty());
  CHECK(Commodities("1. Farmers in Zorva bought seeds and tools.\n").empty());
  CHECK(Commodities("1. Taxes on fuel prices in Zorva rose.\n").empty());
}

TEST_CASE("commodities: the words of an amount do not count in a word of trade's reach, interdictions",
          "[commodities]") {
  CHECK(Commodities("1. The unit in Zorva seized two contaminated containers with over a tonne of cocaine.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. The unit in Zorva interdicted a container with 1.5 tons of cocaine.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. The unit in Zorva seized a container with 1.5 tons of cocaine.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  // Where it stops: as many other words are still too many.
  CHECK(Commodities("1. The unit in Zorva seized two containers that the port scanner had flagged as unusual, "
                    "and then burned its cocaine.\n")
            .empty());
}

TEST_CASE("commodities: a transit hub or point for goods trades them", "[commodities]") {
  CHECK(Commodities("1. Mali remains a transit hub for cocaine.\n") == std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. Guinea-Bissau is a transit point for weapons.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Mali remains a cultural hub for music.\n").empty());
}

TEST_CASE("commodities: goods that transit, flow or are sold are traded", "[commodities]") {
  CHECK(Commodities("1. Cocaine transits through Mali.\n") == std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. Arms flowed into Libya.\n") == std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. The group sells fuel in Mali.\n") == std::set<std::string>{"crime:oil_smuggling"});
  CHECK(Commodities("1. Mali is a transit country for cocaine.\n") == std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. The firm was listed for supplying arms to gangs in Mali.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Cocaine reaches Europe via Mali.\n") == std::set<std::string>{"crime:drug_trafficking"});
  // Where it stops: goods that only stand there.
  CHECK(Commodities("1. Fuel prices in Mali doubled.\n").empty());
}

TEST_CASE("commodities: no word of trade, or not near, or across a clause, names nothing",
          "[commodities]") {
  // Nor a sentence that names no group, place or UN entity to link the crime to.
  CHECK(Commodities("1. The group was involved in smuggling weapons.\n").empty());
  CHECK(Commodities("1. ISIL made advances in weapons and technology.\n").empty());
  CHECK(Commodities("1. Weapons were displayed in Mali; smuggling of cattle continued.\n").empty());
  CHECK(Commodities("1. Heroin was one of many things the report, in a long and winding passage about "
                    "other matters in Mali, later said were seized.\n")
            .empty());
}

TEST_CASE("commodities: a word for goods that only qualifies the noun after it names none", "[commodities]") {
  CHECK(Commodities("1. Attacks on water and fuel stations hampered the delivery of aid in Mali.\n").empty());
  CHECK(Commodities("1. Oil prices rose as shipments to Mali slowed.\n").empty());
  CHECK(Commodities("1. Imagery shows an oil slick originating near the ship's last position.\n").empty());
  // Where it stops: the goods themselves, even before other nouns.
  CHECK(Commodities("1. Fuel smuggled to Mali was seized near the fuel depot.\n") ==
        std::set<std::string>{"crime:oil_smuggling"});
}

TEST_CASE("commodities: not inside a name already found, nor by a trade word inside one",
          "[commodities]") {
  // "drug trafficking" is a crime's name already: no second mention in it.
  CHECK(Commodities("1. Drug trafficking grew in Mali.\n").empty());
  // "trafficking victims" is human trafficking; the migrants beside it are not smuggled.
  CHECK(Commodities("1. The exploitation of illegal migrants and trafficking victims continued in Libya.\n").empty());
}

TEST_CASE("commodities: the crime found links like any other", "[commodities]") {
  auto r = RunOn("1. Al-Shabaab received arms through the port of Kismayo.\n");
  CHECK(r.Link("group:al_shabaab", "crime:arms_trafficking"));
  CHECK(r.Link("crime:arms_trafficking", "region:kismayo"));
}

TEST_CASE("commodities: goods listed with traded goods are traded too, past the word's reach", "[commodities]") {
  CHECK(Commodities("1. In Haiti, police seized a 12-gauge shotgun and 9 kg of marijuana in Hinche.\n") ==
        std::set<std::string>{"crime:arms_trafficking", "crime:drug_trafficking"});
  // Not across a clause, nor without a list between them.
  CHECK(Commodities("1. In Haiti, police seized a 12-gauge shotgun; later 9 kg of marijuana were burned.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. In Haiti, police seized a 12-gauge shotgun from the house of a man growing nothing "
                    "but fresh marijuana.\n") == std::set<std::string>{"crime:arms_trafficking"});
  // A list of goods that a crime named in full interrupts goes on past it.
  CHECK(Commodities("1. In Mali, the porous border facilitates the illicit flow of weapons, munitions, contraband, drugs "
                    "and persons.\n") ==
        std::set<std::string>{"crime:arms_trafficking", "crime:drug_trafficking"});
  // Not when other words stand between: "drugs" here are not what flows.
  CHECK(Commodities("1. In Mali, the porous border facilitates the illicit flow of weapons, munitions, while the "
                    "authorities study drugs.\n") == std::set<std::string>{"crime:arms_trafficking"});
}

TEST_CASE("commodities: a word of trade after a list trades every item of it, gold, minerals, humans",
          "[commodities]") {
  CHECK(Commodities("1. Spices, fuel, gold, guns, humans and more are being trafficked across the Sahel.\n") ==
        std::set<std::string>{"crime:oil_smuggling", "crime:illegal_mining", "crime:arms_trafficking",
                              "crime:human_trafficking"});
  auto listed = RunOn("1. Trafficking in drugs, natural resources and precious stones is common in Mali.\n");
  CHECK(listed.Mentions("crime:drug_trafficking"));
  CHECK(listed.Mentions("crime:natural_resource_exploitation"));
  CHECK(listed.Mentions("crime:illegal_mining"));
  // Where it stops: back from a crime named in full ("trafficking victims"),
  // across a clause, or with no word of trade.
  CHECK(Commodities("1. The exploitation of migrants and trafficking victims grew in Central Asia.\n").empty());
  CHECK(Commodities("1. Gold prices rose in Mali; guns were smuggled into Niger.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
  CHECK(Commodities("1. Gold and diamonds are mined legally in Mali.\n").empty());
}

TEST_CASE("commodities: a destination or a market for goods trades them", "[commodities]") {
  CHECK(Commodities("1. Tonga is being targeted as a destination country for methamphetamine.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  CHECK(Commodities("1. Europe remains the main market for cocaine from Mali.\n") ==
        std::set<std::string>{"crime:drug_trafficking"});
  // Where it stops: a destination for no goods.
  CHECK(Commodities("1. Mali is a destination for tourists and traders.\n").empty());
}

TEST_CASE("commodities: people who only move name no smuggling, people someone moves do", "[commodities]") {
  CHECK(Commodities("1. A spike of migrants moved into Mali near ISIL bases.\n").empty());
  CHECK(Commodities("1. Flows of migrants reached the Niger, where ISIL operates.\n").empty());
  // Where it stops: a word that needs someone to move them, and other goods' flows.
  CHECK(Commodities("1. ISIL transported migrants to Libya.\n") == std::set<std::string>{"crime:migrant_smuggling"});
  CHECK(Commodities("1. Flows of weapons reached ISIL in the Niger.\n") ==
        std::set<std::string>{"crime:arms_trafficking"});
}
