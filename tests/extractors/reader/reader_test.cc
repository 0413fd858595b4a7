#include <catch2/catch.hpp>

#include <string>

#include "app/input.h"
#include "extractors/reader/reader.h"
#include "extractors/reader/sentence_splitter.h"

namespace {

using nexus::BlockKind;
using nexus::Document;
using nexus::Paragraph;

Document Parse(const std::string& text) {
  Document doc;
  nexus::Status s = nexus::ParseDocument("t.md", text, &doc);
  REQUIRE(s.ok());
  return doc;
}

const Paragraph* Find(const Document& doc, const std::string& label) {
  for (const Paragraph& p : doc.paragraphs) {
    if (p.label == label) return &p;
  }
  return nullptr;
}

std::string Text(const Paragraph& p) {
  std::string out;
  for (const auto& s : p.sentences) out += (out.empty() ? "" : " ") + s.text;
  return out;
}

std::string RawOf(const Document& doc, nexus::Span span) {
  return doc.raw.substr(span.begin, span.end - span.begin);
}

// Every span and offset points into raw, in increasing order.
void CheckOffsets(const Document& doc) {
  for (const Paragraph& p : doc.paragraphs) {
    CHECK(p.span.end <= doc.raw.size());
    for (const auto& s : p.sentences) {
      REQUIRE(!s.runs.empty());
      for (std::size_t k = 0; k < s.text.size(); ++k) {
        REQUIRE(s.Offset(k) < s.Offset(k + 1));
        REQUIRE(s.Offset(k) < doc.raw.size());
      }
      CHECK(s.span.end <= doc.raw.size());
      CHECK(p.span.Contains(s.span));
    }
  }
}

}  // namespace

TEST_CASE("reader nests headings by their numbering", "[reader]") {
  Document doc = Parse(
      "# Security Council\n\n"
      "## **II. Links between terrorism and crime**\n\n"
      "### **A. Nature of links**\n\n"
      "8. Text one.\n\n"
      "## **B. Thematic focus**\n\n"
      "### **1. Trafficking in arms**\n\n"
      "17. Text.\n\n"
      "## **2. Human trafficking**\n\n"
      "#### **4. Cultural _property_**\n\n"
      "### **III. Efforts**\n\n"
      "*Strengthening State institutions*\n\n"
      "59. Para.\n");
  REQUIRE(doc.sections.size() == 9);
  CHECK(doc.sections[0].title == "Security Council");
  CHECK(doc.sections[0].parent == -1);
  CHECK(doc.sections[1].title == "II. Links between terrorism and crime");
  CHECK(doc.sections[1].parent == 0);
  CHECK(doc.sections[2].parent == 1);  // A. in II.
  CHECK(doc.sections[3].parent == 1);  // B. in II.
  CHECK(doc.sections[4].parent == 3);  // 1. in B.
  CHECK(doc.sections[5].parent == 3);  // "## 2." still in B.
  CHECK(doc.sections[6].title == "4. Cultural property");
  CHECK(doc.sections[6].parent == 3);
  CHECK(doc.sections[6].level == 4);
  CHECK(doc.sections[7].parent == 0);  // III. beside II.
  CHECK(doc.sections[8].title == "Strengthening State institutions");
  CHECK(doc.sections[8].parent == 7);
  CHECK(RawOf(doc, doc.sections[1].span) == "## **II. Links between terrorism and crime**");
  CHECK(Find(doc, "8")->section == 2);
  CHECK(Find(doc, "17")->section == 4);
  CHECK(Find(doc, "59")->section == 8);
}

TEST_CASE("reader labels numbered paragraphs and list items", "[reader]") {
  Document doc = Parse(
      "90. The following:\n\n(a) First;\n\n(b) Second:\n\n(i) Sub one;\n\n(ii) Sub two;\n\n"
      "(iv) Sub four;\n\n(c) Third;\n\n(d) Fourth.\n\n(h) Eighth.\n\n(i) Ninth.\n\n91. Next.\n\n"
      "(a) Again.\n");
  std::vector<std::string> labels;
  for (const Paragraph& p : doc.paragraphs) labels.push_back(p.label);
  CHECK(labels == std::vector<std::string>{"90", "90(a)", "90(b)", "90(b)(i)", "90(b)(ii)",
                                           "90(b)(iv)", "90(c)", "90(d)", "90(h)", "90(i)", "91",
                                           "91(a)"});
  CHECK(Find(doc, "90(d)")->kind == BlockKind::kListItem);
  CHECK(Text(*Find(doc, "90(d)")) == "Fourth.");
  CHECK(Find(doc, "90")->kind == BlockKind::kParagraph);
  CHECK(Text(*Find(doc, "90")) == "The following:");
}

TEST_CASE("reader reads footnotes and drops their markers from text", "[reader]") {
  Document doc = Parse(
      "24. Violence against girls,<sup>3</sup> constitutes a tactic.<sup>4</sup> Next one.\n\n"
      "<sup>3</sup> Amnesty International, report (2015).\n");
  const Paragraph* p = Find(doc, "24");
  REQUIRE(p);
  REQUIRE(p->sentences.size() == 2);
  CHECK(p->sentences[0].text == "Violence against girls, constitutes a tactic.");
  CHECK(RawOf(doc, p->sentences[0].span) ==
        "Violence against girls,<sup>3</sup> constitutes a tactic.");
  CHECK(p->sentences[1].text == "Next one.");
  const Paragraph* fn = Find(doc, "fn 3");
  REQUIRE(fn);
  CHECK(fn->kind == BlockKind::kFootnote);
  CHECK(Text(*fn) == "Amnesty International, report (2015).");
  CHECK(RawOf(doc, fn->span) == "<sup>3</sup> Amnesty International, report (2015).");
}

TEST_CASE("reader strips markup and keeps exact offsets", "[reader]") {
  std::string raw =
      "1. The <i>World</i> report &amp; the *Daily Telegraph* said [S/2014/815](#) costs "
      "\\$10-15 each.\n";
  Document doc = Parse(raw);
  const Paragraph* p = Find(doc, "1");
  REQUIRE(p);
  REQUIRE(p->sentences.size() == 1);
  const nexus::Sentence& s = p->sentences[0];
  CHECK(s.text == "The World report & the Daily Telegraph said S/2014/815 costs $10-15 each.");
  CHECK(RawOf(doc, s.span) ==
        "The <i>World</i> report &amp; the *Daily Telegraph* said [S/2014/815](#) costs "
        "\\$10-15 each.");
  CHECK(s.Offset(s.text.find("World")) == raw.find("World"));
  CHECK(s.Offset(s.text.find("&")) == raw.find("&amp;"));
  CHECK(s.Offset(s.text.find("Daily")) == raw.find("Daily"));
  CHECK(s.Offset(s.text.find("S/2014")) == raw.find("S/2014"));
  CHECK(s.Offset(s.text.find("$")) == raw.find("$"));
  CHECK(s.RawSpan(s.text.find("Daily"), s.text.find(" said")).begin == raw.find("Daily"));
  CHECK(RawOf(doc, s.RawSpan(s.text.find("Daily"), s.text.find(" said"))) == "Daily Telegraph");
  CHECK(RawOf(doc, p->span) == raw.substr(0, raw.size() - 1));
}

TEST_CASE("reader decodes entities, escapes, autolinks and line breaks", "[reader]") {
  Document doc = Parse(
      "Available from <http://example.org/a_b_c> and snake_case \\_x &lt;b&gt; &quot;q&quot; "
      "it&#39;s a&nbsp;b\ttab\fform<br>break **bold** _it_.\n");
  REQUIRE(doc.paragraphs.size() == 1);
  CHECK(Text(doc.paragraphs[0]) ==
        "Available from http://example.org/a_b_c and snake_case _x <b> \"q\" it's a b tab form "
        "break bold it.");
  CheckOffsets(doc);
}

TEST_CASE("reader joins a paragraph cut by a page break across footnotes", "[reader]") {
  std::string raw =
      "26. UNODC estimated that the Taliban earned \\$155 million from the opiate trade by\n\n"
      "<sup>3</sup> Amnesty International, report.\n\n"
      "---\n\n"
      "<sup>4</sup> Human Rights Watch, report.\n\n\n\n"
      "providing protection to groups in Helmand Province. The influence is felt.\n\n"
      "27. Next paragraph, which affects the\n\n\n\n"
      "sound analysis of threats.\n\n"
      "28. In the year\n\n"
      "2014. It was bad.\n\n"
      "29. Complete.\n\n"
      "Unnumbered text that starts a new paragraph.\n";
  Document doc = Parse(raw);
  const Paragraph* p = Find(doc, "26");
  REQUIRE(p);
  std::string text = Text(*p);
  CHECK(text.find("opiate trade by providing protection") != std::string::npos);
  CHECK(text.find("Helmand Province") != std::string::npos);
  CHECK(text.find("Amnesty") == std::string::npos);
  REQUIRE(p->sentences.size() == 2);
  CHECK(RawOf(doc, p->sentences[0].span).find("Amnesty") != std::string::npos);
  CHECK(p->span.end == raw.find(" The influence") + std::string(" The influence is felt.").size());
  REQUIRE(Find(doc, "fn 3"));
  REQUIRE(Find(doc, "fn 4"));
  CHECK(Text(*Find(doc, "27")) == "Next paragraph, which affects the sound analysis of threats.");
  CHECK(Text(*Find(doc, "28")) == "In the year 2014. It was bad.");
  CHECK(Find(doc, "2014") == nullptr);
  CHECK(doc.paragraphs.back().label.empty());
  CHECK(Text(doc.paragraphs.back()) == "Unnumbered text that starts a new paragraph.");
  CheckOffsets(doc);
}

TEST_CASE("reader reads table rows, continuations and repeated headers", "[reader]") {
  std::string raw =
      "## Annex\n\n"
      "## Activities\n\n"
      "<i>Number</i>\t<i>Entity</i>\t<i>Status of implementation</i>\t<i>Main activities</i>\t"
      "<i>Geographical scope</i>\n"
      "1\tTask Force: borders\tOngoing\tThe Group works on borders. It trains staff.\tGlobal\n"
      "2\tMission in Liberia\tCompleted\tThe Mission supported the Unit. Training and\tLiberia\n"
      "\n"
      "Number\tEntity\tStatus of implementation\tMain activities\tGeographical scope\n"
      "\t\t\t<p>capacity-building of the police uses forensic science.</p>\t\n"
      "3\tUNODC\tOngoing\tUNODC helps.\tGlobal\n";
  Document doc = Parse(raw);
  REQUIRE(doc.paragraphs.size() == 3);
  const Paragraph* r1 = Find(doc, "annex 1");
  const Paragraph* r2 = Find(doc, "annex 2");
  REQUIRE(r1);
  REQUIRE(r2);
  REQUIRE(Find(doc, "annex 3"));
  CHECK(r1->kind == BlockKind::kTableRow);
  CHECK(r1->section == 1);
  REQUIRE(r1->cells.size() == 5);
  CHECK(r1->cells[0].column == "Number");
  CHECK(r1->cells[1].column == "Entity");
  CHECK(r1->cells[3].column == "Main activities");
  CHECK(r1->cells[4].column == "Geographical scope");
  CHECK(r1->cells[2].text == "Ongoing");
  REQUIRE(r1->sentences.size() == 4);
  CHECK(r1->sentences[0].text == "Task Force: borders");
  CHECK(r1->sentences[0].cell == 1);
  CHECK(r1->sentences[1].text == "The Group works on borders.");
  CHECK(r1->sentences[2].cell == 3);
  CHECK(r1->sentences[3].text == "Global");
  CHECK(r1->sentences[3].cell == 4);
  CHECK(r2->cells[3].text ==
        "The Mission supported the Unit. Training and capacity-building of the police uses "
        "forensic science.");
  CHECK(r2->cells[4].text == "Liberia");
  const nexus::Sentence& joined = r2->sentences[2];
  CHECK(joined.text.find("forensic science.") != std::string::npos);
  CHECK(RawOf(doc, joined.span).find("Geographical scope") != std::string::npos);
  CHECK(r2->span.end == raw.find("science.</p>") + std::string("science.</p>").size());
  CheckOffsets(doc);
}

TEST_CASE("reader labels table rows outside annexes by row", "[reader]") {
  Document doc = Parse("No.\tName\tNote\n7\tAlpha\tFirst one.\n8\tBeta\tSecond.\n");
  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(doc.paragraphs[0].label == "row 7");
  CHECK(doc.paragraphs[1].cells[1].column == "Name");
  CHECK(Text(doc.paragraphs[1]) == "Beta Second.");
}

TEST_CASE("reader reads front matter as plain paragraphs", "[reader]") {
  Document doc = Parse("# Security Council\n\nDistr.: General  \n21 May 2015\n\nOriginal: English\n\n---\n");
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(Text(doc.paragraphs[0]) == "Distr.: General");
  CHECK(Text(doc.paragraphs[1]) == "21 May 2015");
  CHECK(Text(doc.paragraphs[2]) == "Original: English");
  CHECK(doc.paragraphs[2].label.empty());
  CHECK(doc.paragraphs[2].section == 0);
}

TEST_CASE("reader survives odd input", "[reader]") {
  const char* inputs[] = {"",          "\n\n\n",   "#",       "####### seven", "<sup>3",
                          "[link(",    "**",       "\\",      "&",             "<",
                          "|",         "\t\t",     "\t\tx\t", "(a)",           "1.",
                          "*a*\n*b*",  "<sup>1</sup>", "&#xD800; &#0; &#99999999;",
                          "[a](b",     "x \xE2\x80\x9C. Y.", "---\n***\n___"};
  for (const char* input : inputs) {
    Document doc;
    CHECK(nexus::ParseDocument("odd", input, &doc).ok());
    CheckOffsets(doc);
  }
  Document doc;
  nexus::Status s = nexus::ParseDocument("bin", std::string("ab\ncd\0", 6), &doc);
  CHECK_FALSE(s.ok());
  CHECK(s.message() == "bin:2:3: binary data (NUL byte)");
}

TEST_CASE("reader stays fast on long runs of markup characters", "[reader]") {
  std::string raw = "1. Contents" + std::string(200000, '.') + " 5.\n\n";
  for (const char* piece : {"&", "<", "[", "*_", "<sup>", "\xE2\x80\x9C. A"}) {
    for (int k = 0; k < 40000; ++k) raw += piece;
    raw += "\n\n";
  }
  Document doc = Parse(raw);
  REQUIRE(Find(doc, "1"));
  // One sentence, cut into pieces of at most kMaxSentenceBytes.
  CHECK(Find(doc, "1")->sentences.size() == 200011 / nexus::kMaxSentenceBytes + 1);
  for (const auto& p : doc.paragraphs)
    for (const auto& s : p.sentences) CHECK(s.text.size() <= nexus::kMaxSentenceBytes);
  CHECK(doc.paragraphs.back().sentences.size() == 40001);  // quotes that never close
  CheckOffsets(doc);
}

TEST_CASE("reader reads a report without line ends as text, not as one heading or row",
          "[reader]") {
  std::string sentence = "ISIL\tsold oil in\tSyria. ";
  for (const char* start : {"# ", "| ", ""}) {
    std::string raw = start;
    while (raw.size() < 40000) raw += sentence;
    if (*start == '|') raw += "|";
    Document doc = Parse(raw);
    INFO(start);
    CHECK(doc.sections.empty());
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].kind == nexus::BlockKind::kParagraph);
    CHECK(doc.paragraphs[0].sentences.size() > 1000);
    CheckOffsets(doc);
  }
}

TEST_CASE("reader parses the sample report", "[reader]") {
  std::string path = std::string(NEXUS_SOURCE_DIR) + "/samples/S_2015_366.txt";
  std::string text;
  REQUIRE(nexus::ReadInput(path, nexus::InputOptions{}, &text).ok());
  Document doc = Parse(text);

  const Paragraph* p26 = Find(doc, "26");
  REQUIRE(p26);
  CHECK(Text(*p26).find("Helmand Province") != std::string::npos);
  CHECK(Text(*p26).find("Amnesty International") == std::string::npos);
  REQUIRE(Find(doc, "5"));
  CHECK(Text(*Find(doc, "5")).find("which affects the sound analysis") != std::string::npos);
  CHECK(Text(*Find(doc, "44")).find("on the part of a terrorist organization") != std::string::npos);

  int rows = 0;
  for (const Paragraph& p : doc.paragraphs) {
    if (p.kind != BlockKind::kTableRow) continue;
    ++rows;
    CHECK(p.label == "annex " + std::to_string(rows));
  }
  CHECK(rows == 59);
  const Paragraph* a13 = Find(doc, "annex 13");
  REQUIRE(a13);
  REQUIRE(a13->cells.size() >= 4);
  CHECK(a13->cells[3].column == "Main activities");
  CHECK(a13->cells[3].text.find("forensic science") != std::string::npos);
  const Paragraph* a28 = Find(doc, "annex 28");
  REQUIRE(a28);
  CHECK(a28->cells[3].text.find("Restoration of Cultural Property") != std::string::npos);
  REQUIRE(Find(doc, "fn 6"));
  CHECK(Find(doc, "fn 6")->kind == BlockKind::kFootnote);

  const Paragraph* p34 = Find(doc, "34");
  REQUIRE(p34);
  REQUIRE(p34->section >= 0);
  CHECK(doc.sections[p34->section].title == "6. Kidnapping for ransom");
  CHECK(Find(doc, "90(b)(iv)"));
  CheckOffsets(doc);
}
