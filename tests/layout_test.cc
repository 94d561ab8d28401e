// Line building: words with boxes -> lines, cells and columns in reading
// order. Inputs are word boxes laid out as a PDF text layer or Tesseract
// would report them (A4 page, points, top-left origin).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "extract/line_builder.h"
#include "tests/testing/page_words.h"

namespace finsam {
namespace {

using testing::kPageHeight;
using testing::kPageWidth;
using testing::Page;
using testing::Put;
using testing::PutProse;
using testing::PutRight;
using testing::Texts;
using testing::WordWidth;

TEST(BuildLines, TableRowBecomesTabbedCells) {
  PageWords page = Page();
  PutProse(&page, 100);
  Put(&page, 72, 130, "Nettoomsättning");
  Put(&page, 300, 130, "Not 2");
  PutRight(&page, 450, 130, "652 184");
  PutRight(&page, 530, 130, "651 500");
  EXPECT_EQ(Texts(BuildLines(page))[1],
            "Nettoomsättning\tNot 2\t652 184\t651 500");
}

TEST(BuildLines, DigitGroupsStayOneCell) {
  PageWords page = Page();
  PutProse(&page, 100);
  // A text layer's thousands space is a quarter em; OCR boxes leave more.
  Put(&page, 72, 130, "Summa eget kapital");
  Put(&page, 380, 130, "8 036 515", 10, 0.25);
  Put(&page, 72, 150, "Summa skulder");
  Put(&page, 380, 150, "1 460 654", 10, 0.8);
  // Two amounts close together are still two cells.
  Put(&page, 72, 170, "Balkongfond");
  PutRight(&page, 300, 170, "44 381");
  PutRight(&page, 335, 170, "3 640");
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[1], "Summa eget kapital\t8 036 515");
  EXPECT_EQ(texts[2], "Summa skulder\t1 460 654");
  EXPECT_EQ(texts[3], "Balkongfond\t44 381\t3 640");
}

// Word boxes of two rows of a born-digital report (pdftotext -bbox of a
// Word document's cash-flow table): the minus signs stand apart.
TEST(BuildLines, SignSetApartBelongsToItsAmount) {
  PageWords page = Page();
  const struct {
    double x0, x1;
    const char* text;
  } kRow[] = {{70.8, 96.6, "Årets"}, {99.4, 176.8, "kassaförändring"},
              {303.2, 306.9, "-"},   {312.4, 329.0, "438"},
              {331.8, 348.3, "192"}, {416.7, 420.3, "-"},
              {431.4, 442.4, "23"},  {445.2, 461.8, "808"}};
  for (const auto& w : kRow) {
    page.words.push_back(Word{w.text, Box{w.x0, 548.5, w.x1, 558.3}});
  }
  PutProse(&page, 600);
  EXPECT_EQ(Texts(BuildLines(page))[0],
            "Årets kassaförändring\t- 438 192\t- 23 808");
}

TEST(BuildLines, JustifiedProseIsNotSplit) {
  PageWords page = Page();
  PutProse(&page, 100);
  PutProse(&page, 114);
  // Justification stretched every space to a full em, wider than the cell
  // gap, but evenly.
  Put(&page, 72, 128,
      "Föreningen har tecknat ett fortlöpande avtal om förvaltning", 10, 1.0);
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[2],
            "Föreningen har tecknat ett fortlöpande avtal om förvaltning");
}

TEST(BuildLines, LinesComeTopToBottomWordsLeftToRight) {
  PageWords page = Page();
  Put(&page, 72, 200, "andra raden");
  Put(&page, 72, 100, "första raden");
  std::reverse(page.words.begin(), page.words.end());
  EXPECT_EQ(Texts(BuildLines(page)),
            (std::vector<std::string>{"första raden", "andra raden"}));
}

TEST(BuildLines, SkewedOcrLinesStayApart) {
  PageWords page = Page();
  // A scan rotated by about one degree: each line falls 8 points over its
  // width, almost a whole line height, and the lines are 14 points apart.
  const std::vector<std::string> words = {
      "Hissen",  "krånglade", "vid",       "flera", "tillfällen", "och",
      "behövde", "extra",     "underhåll", "under", "året"};
  for (int line = 0; line < 3; ++line) {
    double x = 72;
    for (size_t i = 0; i < words.size(); ++i) {
      const double top = 100 + 14 * line + 0.8 * static_cast<double>(i);
      Word w;
      w.text = words[i];
      w.box = Box{x, top, x + WordWidth(w.text, 10), top + 11};
      w.confidence = 0.9f;
      page.words.push_back(w);
      x = w.box.x1 + 3;
    }
  }
  const std::vector<TextLine> lines = BuildLines(page);
  ASSERT_EQ(lines.size(), 3u);
  for (const TextLine& line : lines) {
    EXPECT_EQ(line.text,
              "Hissen krånglade vid flera tillfällen och behövde extra "
              "underhåll under året");
  }
}

TEST(BuildLines, SuperscriptAndLargerWordsStayOnTheirLine) {
  PageWords page = Page();
  // A heading in 16 points and a note column in 10 on one baseline.
  page.words.push_back(Word{"Resultaträkning", Box{72, 92.8, 192, 112}});
  page.words.push_back(Word{"Not", Box{300, 100, 315, 112}});
  page.words.push_back(Word{"2020", Box{400, 100, 420, 112}});
  // "m²" as OCR sees it: a raised small "2" after "m".
  page.words.push_back(Word{"Lån/m", Box{72, 130, 98, 142}});
  page.words.push_back(Word{"2", Box{98.5, 128, 102, 135}, 1.0f, true});
  page.words.push_back(Word{"bostadsrättsyta", Box{105, 130, 180, 142}});
  page.words.push_back(Word{"413", Box{400, 130, 415, 142}});
  EXPECT_EQ(Texts(BuildLines(page)),
            (std::vector<std::string>{"Resultaträkning\tNot\t2020",
                                      "Lån/m 2 bostadsrättsyta\t413"}));
}

TEST(BuildLines, TextLayerPiecesWithoutSpaceAreOneWord) {
  PageWords page = Page();
  // "Org." and "nr" in two fonts: two words to Poppler, with no space.
  Word org{"Org.", Box{72, 100, 90, 112}, 1.0f, false};
  Word nr{"nr", Box{90.3, 100, 100, 112}};
  Word number{"716444-9758", Box{103, 100, 160, 112}};
  page.words = {org, nr, number};
  EXPECT_EQ(BuildLines(page)[0].text, "Org.nr 716444-9758");
}

// Two columns of prose between a full-width title and footer; the right
// column's lines lie `offset` points lower than the left column's.
PageWords TwoColumnPage(double offset) {
  PageWords page = Page();
  Put(&page, 72, 60, "Verksamhetsberättelse 2023 för Samordningsförbundet", 16);
  const char* kLeft[] = {"Förbundet har under året arbetat med",
                         "samordnad rehabilitering för personer",
                         "som behöver stöd från flera parter för",
                         "att nå arbete eller studier och har",
                         "därför utvecklat flera nya insatser",
                         "tillsammans med kommunerna och med",
                         "regionen samt Försäkringskassan och",
                         "Arbetsförmedlingen i hela länet nu.",
                         "Insatserna har följts upp varje kvartal",
                         "av beredningsgruppen och styrelsen."};
  const char* kRight[] = {"Styrelsen har sammanträtt sex gånger",
                          "och beslutat om budget och plan för",
                          "de kommande åren samt om nya projekt",
                          "inom området psykisk hälsa och unga",
                          "vuxna som står långt från arbetslivet",
                          "och som behöver ett samordnat stöd",
                          "under en längre tid för att komma",
                          "vidare mot egen försörjning genom",
                          "arbete eller studier med stöd av",
                          "förbundets medlemmar och partner."};
  for (int i = 0; i < 10; ++i) {
    Put(&page, 56, 100 + 14 * i, kLeft[i]);
    Put(&page, 310, 100 + offset + 14 * i, kRight[i]);
  }
  Put(&page, 72, 780, "Samordningsförbundet Finsam Lekeberg och Örebro");
  return page;
}

class TwoColumns : public ::testing::TestWithParam<double> {};

// Baselines of the two columns in line (0) or not (half a line apart).
INSTANTIATE_TEST_SUITE_P(BuildLines, TwoColumns, ::testing::Values(0.0, 6.0));

TEST_P(TwoColumns, ReadColumnByColumn) {
  const std::vector<TextLine> lines = BuildLines(TwoColumnPage(GetParam()));
  const std::vector<std::string> texts = Texts(lines);
  ASSERT_EQ(texts.size(), 22u);
  EXPECT_EQ(texts[0], "Verksamhetsberättelse 2023 för Samordningsförbundet");
  EXPECT_EQ(texts[1], "Förbundet har under året arbetat med");
  EXPECT_EQ(texts[10], "av beredningsgruppen och styrelsen.");
  EXPECT_EQ(texts[11], "Styrelsen har sammanträtt sex gånger");
  EXPECT_EQ(texts[20], "förbundets medlemmar och partner.");
  EXPECT_EQ(texts[21], "Samordningsförbundet Finsam Lekeberg och Örebro");
  EXPECT_TRUE(lines[11].starts_block);  // the column change
  EXPECT_FALSE(lines[12].starts_block);
  EXPECT_TRUE(lines[21].starts_block);
}

TEST(BuildLines, TableIsNotMistakenForColumns) {
  PageWords page = Page();
  const char* kLabels[] = {
      "Årsavgifter",       "Hyresintäkter lokaler", "Hyresintäkter bostäder",
      "Intäkter bredband", "Fastighetsskatt",       "Försäkringar",
      "Tomträttsavgäld",   "Reparationer",          "Underhåll",
      "Snöröjning"};
  for (int i = 0; i < 10; ++i) {
    Put(&page, 72, 100 + 14 * i, kLabels[i]);
    PutRight(&page, 420, 100 + 14 * i, "9 397 825");
    PutRight(&page, 520, 100 + 14 * i, "8 967 678");
  }
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 10u);
  EXPECT_EQ(texts[0], "Årsavgifter\t9 397 825\t8 967 678");
  EXPECT_EQ(texts[9], "Snöröjning\t9 397 825\t8 967 678");
}

TEST(BuildLines, WordTableIsNotMistakenForColumns) {
  PageWords page = Page();
  // Names | roles: words on both sides, but short rows, not prose.
  const char* kNames[] = {"Gunnar Jonsson",   "Christer Norén",
                          "Kent Asp",         "Nina Romanus",
                          "Hans Ragneskog",   "Marie Hedberg",
                          "Karin Brännström", "Johan Bergström",
                          "Markus Berglund",  "Stig-Olof Eriksson"};
  for (int i = 0; i < 10; ++i) {
    Put(&page, 72, 100 + 14 * i, kNames[i]);
    Put(&page, 300, 100 + 14 * i, "styrelseledamot, vice ordförande");
  }
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 10u);
  EXPECT_EQ(texts[0], "Gunnar Jonsson\tstyrelseledamot, vice ordförande");
  EXPECT_EQ(texts[9], "Stig-Olof Eriksson\tstyrelseledamot, vice ordförande");
}

TEST(BuildLines, ParagraphGapStartsBlock) {
  PageWords page = Page();
  Put(&page, 72, 100, "Föreningens ändamål");
  PutProse(&page, 114);
  PutProse(&page, 128);
  PutProse(&page, 142);
  Put(&page, 72, 180, "Styrelsen");  // after a blank line's worth of space
  PutProse(&page, 194);
  const std::vector<TextLine> lines = BuildLines(page);
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_FALSE(lines[0].starts_block);
  EXPECT_FALSE(lines[1].starts_block);
  EXPECT_FALSE(lines[3].starts_block);
  EXPECT_TRUE(lines[4].starts_block);
  EXPECT_FALSE(lines[5].starts_block);
}

TEST(BuildLines, LineCarriesBoxConfidenceAndWords) {
  PageWords page = Page();
  page.words.push_back(Word{"Sida", Box{72, 800, 92, 812}, 0.9f});
  page.words.push_back(Word{"2", Box{95, 801, 100, 813}, 0.5f});
  const std::vector<TextLine> lines = BuildLines(page);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "Sida 2");
  EXPECT_DOUBLE_EQ(lines[0].box.x0, 72);
  EXPECT_DOUBLE_EQ(lines[0].box.y0, 800);
  EXPECT_DOUBLE_EQ(lines[0].box.x1, 100);
  EXPECT_DOUBLE_EQ(lines[0].box.y1, 813);
  EXPECT_NEAR(lines[0].confidence, 0.7f, 1e-6);
  EXPECT_FLOAT_EQ(lines[0].min_confidence, 0.5f);
  ASSERT_EQ(lines[0].words.size(), 2u);
  EXPECT_EQ(lines[0].words[1].text, "2");
}

TEST(BuildLines, DuplicateWordsDrawnTwiceAppearOnce) {
  PageWords page = Page();
  page.words.push_back(Word{"Balansräkning", Box{72, 100, 140, 112}});
  page.words.push_back(Word{"Balansräkning", Box{72.3, 100, 140.3, 112}});
  EXPECT_EQ(BuildLines(page)[0].text, "Balansräkning");
}

TEST(BuildLines, DegenerateInputIsSafe) {
  EXPECT_TRUE(BuildLines(PageWords()).empty());
  PageWords page;  // no page size
  const double nan = std::numeric_limits<double>::quiet_NaN();
  page.words.push_back(Word{"", Box{1, 1, 2, 2}});
  page.words.push_back(Word{"nan", Box{nan, 1, 2, 2}});
  page.words.push_back(Word{"flat", Box{10, 10, 30, 10}});
  page.words.push_back(Word{"inverted", Box{80, 30, 40, 20}});
  page.words.push_back(Word{"\t\n", Box{90, 20, 100, 30}});
  page.words.push_back(Word{"ra\nd", Box{82, 20, 92, 30}});
  const std::vector<TextLine> lines = BuildLines(page);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "flat");
  EXPECT_EQ(lines[1].text, "inverted rad");
  EXPECT_DOUBLE_EQ(lines[1].box.x0, 40);
}

TEST(JoinLines, BlankLineBeforeBlocksOnly) {
  std::vector<TextLine> lines(3);
  lines[0].text = "Rubrik";
  lines[0].starts_block = true;  // never a blank line at the start
  lines[1].text = "rad ett";
  lines[2].text = "Nytt stycke";
  lines[2].starts_block = true;
  EXPECT_EQ(JoinLines(lines), "Rubrik\nrad ett\n\nNytt stycke");
  EXPECT_EQ(JoinLines({}), "");
}

}  // namespace
}  // namespace finsam
