// What the link rules share: where mentions stand to one another in a
// sentence, the phrase that governs a place, the scope of a UN body's words.
#ifndef NEXUS_EXTRACTORS_LINK_RULES_HELPERS_H_
#define NEXUS_EXTRACTORS_LINK_RULES_HELPERS_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/sentence_view.h"
#include "graph/findings.h"

namespace nexus::link_rules {

using T = EntityType;

Claim MakeClaim(const char* relation, const SentenceView& v, const MentionAt* a,
                const MentionAt* b, const std::string& b_id, const char* rule);

std::size_t Distance(const MentionAt* a, const MentionAt* b);

// Where the dateline that opens a sentence ends ("Suva (Fiji), 12 November
// 2024 - ..."): the first token after its dash, or 0 when there is none. Its
// places are where the text was written, not what it is about.
std::size_t DatelineEnd(const Sentence& sentence);

// Whether one of `mentions` stands between a and b: "the Monitoring Team has
// no information that ISIL in Iraq ..." places ISIL, not the Team.
bool Between(const std::vector<const MentionAt*>& mentions, const MentionAt* a, const MentionAt* b);

// Whether a cue of `cues`, of up to four words, ends right before token i.
bool CueEndsAt(const CueSet& cues, const SentenceView& v, std::size_t i);

// The token where the phrase that governs a place begins: before the place,
// the other places listed with it, their articles, bracketed asides and,
// given `skip`, the words that may stand between a locative cue and its place
// ("in Mali, the Niger and Chad" -> "in"; "for North Cameroon" -> "for"; "via
// Pakistan (160 tons) and, to a lesser extent, Central Asia" -> "via").
std::size_t PlaceHead(const SentenceView& v, const MentionAt* place,
                      const CueSet* skip = nullptr);

// The UN bodies listed with `u` after it ("UNODC, the Office for Disarmament
// Affairs and the Centre"): the last token of that list.
std::size_t ListEnd(const SentenceView& v, const std::vector<const MentionAt*>& units,
                    const MentionAt* u);

// Where the words that `u` is the actor of end. A UN body named inside a
// modifier ("assistance provided by X", "entities such as X", "the initiative
// of X") acts only within that phrase, which ends at the next ", and", ",
// as", ", while" or ", but": what the sentence goes on to say after it is not
// that body's. A body that is the subject of the sentence acts in all of it.
std::size_t ActorScope(const LinkCues& cues, const SentenceView& v,
                       const std::vector<const MentionAt*>& units, const MentionAt* u);

// "... a mechanism in six States in the Sahel region, the ECOWAS plan to
// address drug trafficking": a mention that ends an item of a list of noun
// phrases (", the ...") is not linked to one named in a later item. An
// apposition is no new item: a name right after ", the" ("..., the Abu
// Sayyaf Group"), or a phrase that a comma closes before the sentence goes on
// ("ISIL, the largest group, controls ..."). A mention that opens the
// sentence ("In Afghanistan, the Taliban ...") sets the scene for all of it.
bool EarlierListItem(const SentenceView& v, const MentionAt* a, const MentionAt* b);

// "Khatiba Imam al-Bukhari (KIB) (from Central Asia) and Ajnad al-Qawqaz
// (from North Caucasus)": whether `m` stands in a bracket right after a name
// (past other brackets), and the mention of that name (nullptr for a name
// the sentence's mentions do not hold). A bracket after a common word
// ("attacks (in Mogadishu)") has no owner.
struct BracketName {
  bool named = false;
  const MentionAt* mention = nullptr;
};
BracketName BracketOwner(const SentenceView& v, const MentionAt* m);

// Whether a word of `people` stands at most `reach` words before the "from"
// that governs place `r` (and the places listed with it): where those people
// come from.
bool PeopleFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* r,
                std::initializer_list<std::string_view> people, std::size_t reach);

// "17 missionaries from the United States and Canada were kidnapped": where
// the people a crime against persons (kidnapping, extortion) takes come from
// (a word for people at most three words before "from") is not where it
// happens; a trade's origin is (a route).
bool VictimsFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* crime, const MentionAt* r);

// "killing one peacekeeper from Kenya", "troops from Chad": the country a
// peacekeeper, soldier or national named right before "from" comes from
// (at most three words before it) is no place where the group that harms
// him, or the mission he serves, is.
bool ServesFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* r);

// A place that is no place of a crime: the venue of a meeting ("agreed at a
// meeting held in Bangui") or the beneficiary of an effort ("a strategy ...
// for Central Africa"), but not a destination ("cocaine destined for Europe").
// "the Chadian authorities", "the Kenya Government": a place (or its
// adjective) right before its authorities, government or officials, which
// stands for that State.
bool StateWordAfter(const SentenceView& v, const MentionAt* place);

bool NotCrimePlace(const LinkCues& cues, const SentenceView& v, const MentionAt* place);
// The venue of talks between parties: "talks in Doha", "the Luanda process".
bool Venue(const LinkCues& cues, const SentenceView& v, const MentionAt* place);

// A crime that is the topic of an activity ("mock trials on the financing of
// terrorism"): the places of the sentence are where the activity is.
bool CrimeAsTopic(const LinkCues& cues, const SentenceView& v, const MentionAt* crime);

// "... in the Gulf of Guinea, the illegal wildlife trade": whether a place
// followed by a crime is only the item of a list before the crime's (list
// glue, articles and the place's own list between them).
bool Siblings(const SentenceView& v, const MentionAt* place, const MentionAt* crime);

// The first token of what `u` reports: "UNODC estimated in its 2013 report
// that ...", "The Group has received information that ..."; or of what it
// reports on ("The Panel has previously reported on cases ..."); the
// sentence's end when it reports nothing. A body that reports a statement
// is its source, not an actor in the places it is about.
std::size_t ReportedFrom(const LinkCues& cues, const SentenceView& v, const MentionAt* u);

// A group that only receives ("cargoes destined for Al-Shabaab", "paying dues
// to AQIM"): the places named after it are where the goods and payers go,
// not where the group is.
bool Recipient(const LinkCues& cues, const SentenceView& v, const MentionAt* g);

// Whether `g` stands aside for another: the group an affiliation phrase
// governs ("a group associated with Y": Y does not act), unless a part of
// it is meant ("the Z faction of Boko Haram, which operated near
// Gwagwada") and no other group of the clause is there to act.
bool StandsAside(const SentenceView& v, const std::vector<const MentionAt*>& groups, const MentionAt* g);

// Which clauses of the sentence hold a cue of `cues` (by clause index).
std::vector<bool> ClausesWith(const CueSet& cues, const SentenceView& v);
inline bool InClause(const std::vector<bool>& has, int clause) {
  return clause >= 0 && clause < static_cast<int>(has.size()) && has[clause];
}

}  // namespace nexus::link_rules

#endif  // NEXUS_EXTRACTORS_LINK_RULES_HELPERS_H_
