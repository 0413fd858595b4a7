// SentenceView: one sentence with its tokens and the mentions in it, the
// unit the link rules work on.
#ifndef NEXUS_EXTRACTORS_SENTENCE_VIEW_H_
#define NEXUS_EXTRACTORS_SENTENCE_VIEW_H_

#include <array>
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractors/rules/rules.h"
#include "extractors/reader/tokenizer.h"
#include "graph/document.h"
#include "graph/findings.h"

namespace nexus {

struct MentionAt {
  const Mention* mention = nullptr;
  std::size_t first = 0, last = 0;  // token range
  int clause = 0;                   // index of the ';'-separated clause
  bool locative = false;            // a region governed by a locative cue
  bool source = false;              // "according to <it>"
  bool recipient = false;           // "reported to <it>"
  bool hedged = false;              // "possibly <it>": its links are hedged
  bool affiliate_object = false;    // "associated with <it>"
  bool named_part = false;          // "<it> factions": a part named after it, which acts
  // An affiliation's object listed after another ("cooperation with A, B and
  // <it>"): the first token of the list's first item; else `first`.
  std::size_t list_first = 0;
  // An object named as an example of what the cue governs ("cooperation with
  // organizations that operate in the country (<it>, ...)", "harboured
  // groups from Central Asia, such as <it>"): the tokens of that
  // description, whose places are its own. Empty when none.
  std::size_t described_first = 0, described_last = 0;
  // "the X gangs (<it>, ...)", "connections with other X affiliates such as
  // <it>": the group it belongs to.
  const Mention* member_of = nullptr;
};

struct SentenceView {
  std::size_t paragraph = 0, sentence = 0;
  const Sentence* text = nullptr;
  // The sentence's words (made by the reader).
  const Tokens& tokens() const { return text->tokens; }
  CueMatches cues;  // what every cue set matches at each token
  std::vector<MentionAt> mentions;
  std::vector<int> clauses;  // clause index of every token
  // "... acts by ISIL, including: the abduction ... near Tikrit; attacks in
  // Baghdad": the first token after a colon whose list of items ';' parts,
  // and the clause the colon ends (colon_clause -1 when there is none).
  std::size_t colon_items = 0;
  int colon_clause = -1;
  bool hedged = false;
  bool denied = false;

  std::vector<const MentionAt*> OfType(EntityType type) const;
  int ClauseOf(std::size_t token) const;
};

// The cue sets the views and the link rules use, looked up by name once,
// when the claim extractor is made (the rules must outlive it).
struct LinkCues {
  explicit LinkCues(const Rules& rules);
  // The names of the cue sets the views read (the link rules name theirs).
  static constexpr std::array<const char*, 14> kViewCues = {
      "hedge", "denial", "locative", "locative_skip", "region_title", "source", "source_suffix",
      "recipient", "affiliation", "affiliation_suffix", "part_suffix", "hedge_mention", "hearsay_source",
      "clause_opener"};
  const Rules& rules;
  // Read by the views.
  const CueSet &hedge, &denial, &locative, &locative_skip, &region_title, &source, &source_suffix,
      &recipient, &affiliation, &affiliation_suffix, &part_suffix, &hedge_mention, &hearsay_source,
      &clause_opener;
  // Read by the link rules.
  const CueSet &not_crime_place, &venue, &venue_suffix, &crime_place_for, &crime_topic, &un_nested, &un_possessor,
      &reporting, &route_end, &narrowing, &group_recipient, &people_of, &affiliation_compound,
      &affiliation_between, &affiliation_reciprocal, &affiliation_supply, &affiliation_supplied,
      &affiliation_given_by, &recorded;
  // The relations' trigger cues.
  const CueSet &group_crime, &group_region, &un_activity, &crime_region;
  // The places a UN body is named for, read off its label's end ("Panel of
  // Experts on Yemen", "... Mission in the Central African Republic",
  // "Office for West Africa and the Sahel"): by UN body's id, sorted.
  std::unordered_map<std::string, std::vector<std::string>> mandates;
};

// The places a UN body's label names it for: the regions that alone fill
// what follows its last "in", "on", "for" or "concerning" (with "the",
// "and" and commas between), unless that word is inside a group's name
// ("... Islamic State in Iraq and the Levant").
std::vector<std::string> MandatePlaces(const Rules& rules, std::string_view label);

// Where an opening "In <places>," ends (the byte of its comma): before the
// sentence's first comma only "In", places (`in_place(begin, end)`: whether
// a token's bytes lie inside a place's mention), "the" and "and"; npos when
// the sentence opens otherwise.
template <typename InPlace>
std::size_t OpeningScene(const Sentence& sentence, InPlace in_place) {
  const Tokens& t = sentence.tokens;
  const std::size_t comma = sentence.text.find(',');
  if (t.size() < 3 || t[0].norm != "in" || comma == std::string::npos) return std::string::npos;
  for (std::size_t i = 1; i < t.size() && t[i].begin < comma; ++i)
    if (!in_place(t[i].begin, t[i].end) && t[i].norm != "the" && t[i].norm != "and") return std::string::npos;
  return comma;
}

// Whether only list glue stands in text[b, e): commas, "and", "or", "as well
// as", and bracketed asides without a name ("(IMU, QDe.010)").
bool ListGlue(const std::string& text, std::size_t b, std::size_t e);

// Whether a dash or a colon stands right before token i after a plural word
// for places that a locative cue governs ("from all of its bordering Member
// States – Ethiopia, ..."): the places listed there name those places.
bool ListOfPlacesNamed(const LinkCues& cues, const SentenceView& v, std::size_t i);

// A bracketed aside of a few words without a name ("(160 tons)") that ends
// right before token i: its first token; i when there is none.
std::size_t AsideStart(const SentenceView& v, std::size_t i);
// One that starts at token i: the token after it; i when there is none.
std::size_t AsideEnd(const SentenceView& v, std::size_t i);

// "the Al-Qaida-affiliated JNIM", "an Al-Qaida-linked militant group known
// as JNIM": when group h is the first half of such a compound, the group it
// describes (the first within three words after the compound's second half,
// or named "known as" or "called" within five); else nullptr.
const MentionAt* CompoundDescribed(const LinkCues& cues, const SentenceView& v, const MentionAt& h);

// Marks as affiliation objects the groups listed right after one (only
// commas, "and", "or" and bracketed asides between them).
void ShareAffiliation(SentenceView* v);

// Marks as members of a group the groups listed in brackets right after
// its name: "some Viv Ansanm gangs (A, B and C)".
void MembersInBrackets(SentenceView* v);

// Which sentences get a view, given the paragraph and the sentence's
// mentions: a caller that can tell that a sentence yields nothing spares
// its view (cue table, clauses, roles).
using ViewFilter = std::function<bool(std::size_t paragraph, std::span<const Mention* const> mentions)>;

// Makes the view of every sentence of `doc` that has at least one mention
// (and that `wanted` accepts, when given), in order, and calls `use` with
// each. One view is made at a time, in one object whose memory is kept from
// sentence to sentence: a view is valid during its call only, and a long
// document costs the memory of its largest sentence's view, not of all.
void ForEachView(const Document& doc, const Findings& findings, const LinkCues& cues,
                 const ViewFilter& wanted, const std::function<void(const SentenceView&)>& use);

}  // namespace nexus

#endif  // NEXUS_EXTRACTORS_SENTENCE_VIEW_H_
