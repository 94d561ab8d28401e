// Tables: printed lines of a table row whose cells wrap become one row, one
// field per column; tables that already read line by line stay as they
// were. Word boxes are laid out as a text layer would report them (10-pt
// words 12 pt high, half an em a character).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/line_builder.h"
#include "tests/testing/page_words.h"

namespace finsam {
namespace {

using testing::Page;
using testing::Put;
using testing::PutProse;
using testing::PutRight;
using testing::Texts;

// Three text columns of a Finsam goal table ("Mål | Aktiviteter |
// Måluppfyllelse/Effekt"), at these x positions, each cell's lines 12 pt
// apart; rows `row_gap` apart.
constexpr double kGoalX[3] = {72, 250, 420};

struct GoalRow {
  std::vector<std::string> cells[3];  // each cell's printed lines
};

// Lays out `rows` from `top`; returns the y below the table. `rulings`
// receives a ruling between rows when asked.
double PutGoalTable(PageWords* page, double top,
                    const std::vector<GoalRow>& rows, double row_gap,
                    bool ruled) {
  double y = top;
  for (const GoalRow& row : rows) {
    size_t lines = 0;
    for (int c = 0; c < 3; ++c) {
      for (size_t k = 0; k < row.cells[c].size(); ++k) {
        Put(page, kGoalX[c], y + 12.0 * static_cast<double>(k),
            row.cells[c][k]);
      }
      lines = std::max(lines, row.cells[c].size());
    }
    y += 12.0 * static_cast<double>(lines) + row_gap;
    if (ruled) {
      page->rulings.push_back(
          Ruling{68, y - row_gap / 2, 560, y - row_gap / 2});
    }
  }
  return y;
}

std::vector<GoalRow> GoalRows() {
  return {
      {{{"Mål"}, {"Aktiviteter"}, {"Måluppfyllelse/Effekt"}}},
      {{{"Erbjuda gemensamma utbildningar", "för handläggare inom",
         "rehabiliteringsområdet"},
        {"Anordna tre temadagar för", "handläggare från alla",
         "parter under våren,"},
        {"Deltagarna uppger att de fått", "nya kunskaper om varandras",
         "uppdrag. Målet är uppfyllt"}}},
      {{{"Öka samverkan kring unga", "som varken arbetar eller", "studerar"},
        {"Två nätverksträffar med", "kommunernas", "kompetens-"},
        {"Målet är delvis uppfyllt."}}},
  };
}

constexpr char kGoalRow1[] =
    "Erbjuda gemensamma utbildningar för handläggare inom "
    "rehabiliteringsområdet\tAnordna tre temadagar för handläggare från alla "
    "parter under våren,\tDeltagarna uppger att de fått nya kunskaper om "
    "varandras uppdrag. Målet är uppfyllt";

TEST(Tables, PaddedRowsOfWrappedCellsBecomeOneLineEach) {
  PageWords page = Page();
  PutProse(&page, 60);
  PutGoalTable(&page, 100, GoalRows(), /*row_gap=*/7, /*ruled=*/false);
  const PageLayout layout = BuildPageLayout(page);
  const std::vector<std::string> texts = Texts(layout.lines);
  ASSERT_EQ(texts.size(), 4u);
  EXPECT_EQ(texts[1], "Mål\tAktiviteter\tMåluppfyllelse/Effekt");
  EXPECT_EQ(texts[2], kGoalRow1);
  // "kompetens-" ends its cell: nothing below joins it.
  EXPECT_EQ(texts[3],
            "Öka samverkan kring unga som varken arbetar eller studerar\tTvå "
            "nätverksträffar med kommunernas kompetens-\tMålet är delvis "
            "uppfyllt.");
  ASSERT_EQ(layout.tables.size(), 1u);
  const Table& table = layout.tables[0];
  EXPECT_EQ(table.columns, 3);
  EXPECT_TRUE(table.joined_rows);
  EXPECT_EQ(table.source, TableSource::kAlignment);
  EXPECT_EQ(table.row_lines, (std::vector<int>{1, 3, 3}));
  EXPECT_EQ(layout.lines[2].table, 0);
  EXPECT_EQ(layout.lines[2].table_row, 1);
  EXPECT_EQ(layout.lines[2].cell_columns, (std::vector<int>{0, 1, 2}));
  // The cell's box spans its three lines.
  EXPECT_DOUBLE_EQ(table.cell_boxes[1][0].y0, 100 + 12 + 7);
  EXPECT_DOUBLE_EQ(table.cell_boxes[1][0].y1, 100 + 12 + 7 + 36);
}

TEST(Tables, RuledRowsWithoutPaddingJoinBetweenRulings) {
  PageWords page = Page();
  PutProse(&page, 60);
  std::vector<GoalRow> rows = GoalRows();
  // Capitals where the cells go on: only the rulings tell the rows apart.
  rows[1].cells[0] = {"Erbjuda gemensamma utbildningar", "För handläggare",
                      "Inom rehabiliteringsområdet"};
  PutGoalTable(&page, 100, rows, /*row_gap=*/0, /*ruled=*/true);
  const PageLayout layout = BuildPageLayout(page);
  const std::vector<std::string> texts = Texts(layout.lines);
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[2].substr(0, texts[2].find('\t')),
            "Erbjuda gemensamma utbildningar För handläggare Inom "
            "rehabiliteringsområdet");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_EQ(layout.tables[0].source, TableSource::kRules);
}

TEST(Tables, RulingKeepsLinesApartThatTextWouldJoin) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Insats");
  Put(&page, 300, 100, "Ansvarig");
  Put(&page, 72, 112, "Arbetsträning");
  Put(&page, 300, 112, "kommunen");
  Put(&page, 72, 124, "språkstöd");  // lower case, but ruled off
  Put(&page, 300, 124, "regionen");
  page.rulings.push_back(Ruling{68, 123.5, 400, 123.5});
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[2], "Arbetsträning\tkommunen");
  EXPECT_EQ(texts[3], "språkstöd\tregionen");
}

// A statement row whose label wraps to a second line, values on the first
// (HSB layout): one row, the empty note field kept.
TEST(Tables, WrappedLabelJoinsItsValues) {
  PageWords page = Page();
  PutProse(&page, 60);
  double y = 100;
  const auto row = [&](const char* label, const char* note, const char* v1,
                       const char* v2) {
    Put(&page, 72, y, label);
    if (note[0] != '\0') Put(&page, 330, y, note);
    PutRight(&page, 460, y, v1);
    PutRight(&page, 540, y, v2);
    y += 12;
  };
  row("Personalkostnader", "Not 6", "-772 279", "-712 815");
  row("Av- och nedskrivningar av materiella och", "", "-9 351 715",
      "-7 051 439");
  Put(&page, 72, y, "immateriella anläggningstillgångar");
  y += 12;
  row("Summa rörelsekostnader", "", "-43 038 272", "-36 460 288");
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[1], "Personalkostnader\tNot 6\t-772 279\t-712 815");
  EXPECT_EQ(texts[2],
            "Av- och nedskrivningar av materiella och immateriella "
            "anläggningstillgångar\t\t-9 351 715\t-7 051 439");
  EXPECT_EQ(texts[3], "Summa rörelsekostnader\t\t-43 038 272\t-36 460 288");
}

// Values set between the two lines of their label (centred in the row).
TEST(Tables, ValuesBetweenTheLinesOfTheirLabel) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Erhållen ränta");
  PutRight(&page, 460, 100, "10 110");
  PutRight(&page, 540, 100, "10 571");
  Put(&page, 72, 112,
      "Kassaflöde från den löpande verksamheten före förändringar av");
  PutRight(&page, 460, 118, "8 774 493");
  PutRight(&page, 540, 118, "10 126 418");
  Put(&page, 72, 124, "rörelsekapital");
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[2],
            "Kassaflöde från den löpande verksamheten före förändringar av "
            "rörelsekapital\t8 774 493\t10 126 418");
}

// Column headers set over several lines, bottom-aligned, with the first
// column's header on the last line (HSB's "Förändringar i eget kapital").
TEST(Tables, BottomAlignedHeaderBecomesOneRow) {
  PageWords page = Page();
  PutProse(&page, 60);
  // Four value columns, right-aligned at these x.
  constexpr double kRight[4] = {280, 380, 460, 540};
  PutRight(&page, kRight[1], 100, "Disposition av");
  PutRight(&page, kRight[1], 112, "föregående års");
  PutRight(&page, kRight[0], 124, "Belopp vid");
  PutRight(&page, kRight[1], 124, "resultat enligt");
  PutRight(&page, kRight[2], 124, "Förändring");
  PutRight(&page, kRight[3], 124, "Belopp vid");
  Put(&page, 72, 136, "Bundet eget kapital");
  PutRight(&page, kRight[0], 136, "årets ingång");
  PutRight(&page, kRight[1], 136, "stämmans beslut");
  PutRight(&page, kRight[2], 136, "under året");
  PutRight(&page, kRight[3], 136, "årets utgång");
  const char* kValues[2][4] = {{"6 208 000", "0", "0", "6 208 000"},
                               {"8 921 303", "678 221", "0", "9 599 524"}};
  for (int i = 0; i < 2; ++i) {
    const double y = 154 + 16 * i;
    Put(&page, 72, y, i == 0 ? "Inbetalade insatser" : "Underhållsfond");
    for (int c = 0; c < 4; ++c) PutRight(&page, kRight[c], y, kValues[i][c]);
  }
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[1],
            "Bundet eget kapital\tBelopp vid årets ingång\tDisposition av "
            "föregående års resultat enligt stämmans beslut\tFörändring under "
            "året\tBelopp vid årets utgång");
  EXPECT_EQ(texts[2], "Inbetalade insatser\t6 208 000\t0\t0\t6 208 000");
}

// A result report's column headers: each period's first date ends in a
// dash, its last date on the line below, in a header boxed by two rulings.
TEST(Tables, PeriodSplitOverTwoHeaderLinesIsOneCell) {
  PageWords page = Page();
  PutProse(&page, 60);
  page.rulings.push_back(Ruling{68, 98, 545, 98});
  Put(&page, 72, 100, "Belopp i kr");
  PutRight(&page, 460, 100, "2024-01-01-");
  PutRight(&page, 540, 100, "2023-01-01-");
  PutRight(&page, 460, 112, "2024-12-31");
  PutRight(&page, 540, 112, "2023-12-31");
  page.rulings.push_back(Ruling{68, 125, 545, 125});
  const char* kRows[3][3] = {
      {"3021 Avgift gemensam", "769 303,80", "347 883,20"},
      {"3015 Avgift garage", "127 102,80", "6 015,20"},
      {"3031 Fonduttag", "117 500,00", "112 100,00"}};
  for (int i = 0; i < 3; ++i) {
    const double y = 130 + 12 * i;
    Put(&page, 72, y, kRows[i][0]);
    PutRight(&page, 460, y, kRows[i][1]);
    PutRight(&page, 540, y, kRows[i][2]);
  }
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 5u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[1],
            "Belopp i kr\t2024-01-01-2024-12-31\t2023-01-01-2023-12-31");
  EXPECT_EQ(texts[2], "3021 Avgift gemensam\t769 303,80\t347 883,20");
}

// A spreadsheet's header row: each cell centred on its own number of
// lines, so the printed lines overlap in height; they are one row.
TEST(Tables, OverlappingHeaderLinesAreOneRow) {
  PageWords page = Page();
  PutProse(&page, 60);
  constexpr double kRight[3] = {300, 400, 500};
  page.rulings.push_back(Ruling{68, 96, 505, 96});
  PutRight(&page, kRight[2], 100, "Årsavgift");
  PutRight(&page, kRight[1], 107, "Resultaträkning");
  Put(&page, 72, 114, "Konto");
  PutRight(&page, kRight[0], 114, "Budget 2025");
  PutRight(&page, kRight[1], 114, "2024");
  PutRight(&page, kRight[2], 114, "2025 inkl");
  PutRight(&page, kRight[2], 121, "moms");
  page.rulings.push_back(Ruling{68, 135, 505, 135});
  const char* kRows[2][4] = {
      {"3021 Avgifter alla", "425 124", "769 304", "5 061"},
      {"3015 Avgifter garage", "49 265", "127 103", "835"}};
  for (int i = 0; i < 2; ++i) {
    const double y = 138 + 12 * i;
    Put(&page, 72, y, kRows[i][0]);
    for (int c = 0; c < 3; ++c) PutRight(&page, kRight[c], y, kRows[i][c + 1]);
  }
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(
      texts[1],
      "Konto\tBudget 2025\tResultaträkning 2024\tÅrsavgift 2025 inkl moms");
  EXPECT_EQ(texts[2], "3021 Avgifter alla\t425 124\t769 304\t5 061");
}

// A name set against the second line of its role: the role's first line
// opens the row the name is on.
TEST(Tables, RoleLineAboveItsNameJoinsTheNameBelow) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "KPMG Malmö");
  Put(&page, 300, 100, "Auktoriserad revisor");
  Put(&page, 300, 112, "Förtroendevald");
  Put(&page, 72, 124, "Karla Ortega Vasques");
  Put(&page, 300, 124, "revisor");
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 3u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[1], "KPMG Malmö\tAuktoriserad revisor");
  EXPECT_EQ(texts[2], "Karla Ortega Vasques\tFörtroendevald revisor");
}

// A remark under an amount belongs to it (multi-year overview).
TEST(Tables, RemarkUnderAmountJoinsIt) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Belopp i tkr");
  PutRight(&page, 400, 100, "2023");
  PutRight(&page, 540, 100, "2022");
  Put(&page, 72, 114, "Intäkter");
  PutRight(&page, 400, 114, "8 012");
  PutRight(&page, 540, 114, "8 039");
  PutRight(&page, 400, 126, "(inkl ESF)");
  PutRight(&page, 540, 126, "(inkl ESF)");
  Put(&page, 72, 140, "Årets resultat");
  PutRight(&page, 400, 140, "656");
  PutRight(&page, 540, 140, "2");
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 4u) << ::testing::PrintToString(texts);
  EXPECT_EQ(texts[2], "Intäkter\t8 012 (inkl ESF)\t8 039 (inkl ESF)");
  EXPECT_EQ(texts[3], "Årets resultat\t656\t2");
}

TEST(Tables, TableThatReadsLineByLineKeepsItsLinesAndIsTagged) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Verksamhetens intäkter");
  Put(&page, 300, 100, "Not 2");
  PutRight(&page, 460, 100, "8 011 783");
  PutRight(&page, 540, 100, "8 038 718");
  Put(&page, 72, 114, "Finansiella intäkter");
  PutRight(&page, 460, 114, "12 450");
  PutRight(&page, 540, 114, "1 120");
  const PageLayout layout = BuildPageLayout(page);
  const std::vector<std::string> texts = Texts(layout.lines);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[1], "Verksamhetens intäkter\tNot 2\t8 011 783\t8 038 718");
  EXPECT_EQ(texts[2], "Finansiella intäkter\t12 450\t1 120");
  ASSERT_EQ(layout.tables.size(), 1u);
  EXPECT_FALSE(layout.tables[0].joined_rows);
  EXPECT_EQ(layout.tables[0].columns, 4);
  EXPECT_EQ(layout.lines[2].table, 0);
  EXPECT_EQ(layout.lines[2].cell_columns, (std::vector<int>{0, 2, 3}));
  EXPECT_EQ(layout.lines[0].table, -1);
}

TEST(Tables, BulletListIsNoTable) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "•");
  Put(&page, 90, 100,
      "Information till medlemmar om vad man får för pengarna,");
  Put(&page, 90, 112, "informationsblad (uppnådd)");
  Put(&page, 72, 124, "•");
  Put(&page, 90, 124, "Ordna avslutningar varje år.");
  const PageLayout layout = BuildPageLayout(page);
  EXPECT_EQ(Texts(layout.lines).size(), 4u);
  EXPECT_TRUE(layout.tables.empty());
}

TEST(Tables, NamesOverRolesStayTwoLines) {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Dennis Rikemanson");
  Put(&page, 250, 100, "Niklas Larsson");
  Put(&page, 420, 100, "Ida Larsson");
  Put(&page, 72, 112, "Ordförande");
  Put(&page, 250, 112, "Kassör");
  Put(&page, 420, 112, "Ledamot");
  EXPECT_EQ(Texts(BuildLines(page)).size(), 3u);
}

TEST(Tables, WordsAlongTheMarginAreALineOfTheirOwn) {
  PageWords page = Page();
  PutProse(&page, 100);
  PutProse(&page, 112);
  // "Powered by TellusTalk" written bottom to top in the left margin.
  page.words.push_back(Word{"TellusTalk", Box{8, 315, 20, 361}, 1, true, 3});
  page.words.push_back(Word{"by", Box{8, 364, 20, 374}, 1, true, 3});
  page.words.push_back(Word{"Powered", Box{8, 377, 20, 416}, 1, true, 3});
  const std::vector<std::string> texts = Texts(BuildLines(page));
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0].find("TellusTalk"), std::string::npos);
  EXPECT_EQ(texts[2], "Powered by TellusTalk");
}

}  // namespace
}  // namespace finsam
