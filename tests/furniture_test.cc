// Page furniture: Visma stamps, page numbers and running headers/footers
// are split from the body; real headings stay.
#include "layout/furniture.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "base/word.h"

namespace finsam {
namespace {

constexpr double kHeight = 842;

// A line whose box starts `top` points from the page's top.
TextLine At(double top, std::string text) {
  TextLine line;
  line.text = std::move(text);
  line.box = Box{72, top, 400, top + 12};
  return line;
}

// A line without a box (text that came without positions).
TextLine Plain(std::string text) {
  TextLine line;
  line.text = std::move(text);
  return line;
}

PageLines Lines(std::vector<TextLine> lines) {
  PageLines page;
  page.height = kHeight;
  page.lines = std::move(lines);
  return page;
}

std::vector<std::string> Body(const FurnitureSplit& split) {
  std::vector<std::string> out;
  for (const TextLine& line : split.body) out.push_back(line.text);
  return out;
}

std::vector<std::string> Furniture(const FurnitureSplit& split) {
  std::vector<std::string> out;
  for (const FurnitureLine& line : split.furniture) {
    out.push_back(std::string(FurnitureKindName(line.kind)) + ": " + line.text);
  }
  return out;
}

TEST(SplitFurniture, VismaStampAtTheFoot) {
  const std::vector<FurnitureSplit> splits = SplitFurniture({Lines({
      At(100,
         "Förbundet har avtal med Visma om elektroniskt signerade "
         "protokoll."),
      At(300, "Dokumentet är elektroniskt signerat, se nedan."),
      At(720, "Dokumentet är elektroniskt signerat med Visma Sign"),
      At(735, "Verifiera dokumentet: https://vismasign.frakt.io/verify"),
      At(750, "Verifiering: 3F1C7E2A-0B5D-4E7A"),
      At(790, "¢ visma sign"),
      At(805, "© visma"),
  })});
  ASSERT_EQ(splits.size(), 1u);
  EXPECT_EQ(Body(splits[0]),
            (std::vector<std::string>{
                "Förbundet har avtal med Visma om elektroniskt signerade "
                "protokoll.",
                "Dokumentet är elektroniskt signerat, se nedan."}));
  EXPECT_EQ(Furniture(splits[0]),
            (std::vector<std::string>{
                "visma-stamp: Dokumentet är elektroniskt signerat med Visma "
                "Sign",
                "visma-stamp: Verifiera dokumentet: "
                "https://vismasign.frakt.io/verify",
                "visma-stamp: Verifiering: 3F1C7E2A-0B5D-4E7A",
                "visma-stamp: ¢ visma sign", "visma-stamp: © visma"}));
}

TEST(SplitFurniture, PageNumbersOnlyAtTopOrFoot) {
  const char* kNumbers[] = {"Sida 2",       "2 (332)", "- 3 -", "3/14",
                            "Sida 3 av 14", "sid. 4",  "7"};
  for (const char* number : kNumbers) {
    const std::vector<FurnitureSplit> foot = SplitFurniture(
        {Lines({At(100, "Verksamhet"), At(420, number), At(800, number)})});
    EXPECT_EQ(Body(foot[0]), (std::vector<std::string>{"Verksamhet", number}))
        << number;
    EXPECT_EQ(Furniture(foot[0]),
              (std::vector<std::string>{std::string("page-number: ") + number}))
        << number;
    const std::vector<FurnitureSplit> top =
        SplitFurniture({Lines({At(40, number), At(100, "Verksamhet")})});
    EXPECT_EQ(Body(top[0]), (std::vector<std::string>{"Verksamhet"})) << number;
  }
  // A year alone at the foot (a cover's "2023") is no page number.
  const std::vector<FurnitureSplit> year =
      SplitFurniture({Lines({At(100, "Årsredovisning"), At(790, "2023")})});
  EXPECT_EQ(Body(year[0]),
            (std::vector<std::string>{"Årsredovisning", "2023"}));
}

TEST(SplitFurniture, WithoutBoxesFirstAndLastLinesCount) {
  // OCR text of a Visma-signed report, read back without positions.
  const std::vector<FurnitureSplit> splits = SplitFurniture({Lines({
      Plain("1. Förvaltningsberättelse"),
      Plain("Sida 12 i bilagan gäller budgeten."),
      Plain("5"),
      Plain("Årets resultat blev 5 procent bättre."),
      Plain("Sida 3"),
      Plain("¢ visma sign"),
  })});
  EXPECT_EQ(Body(splits[0]), (std::vector<std::string>{
                                 "1. Förvaltningsberättelse",
                                 "Sida 12 i bilagan gäller budgeten.", "5",
                                 "Årets resultat blev 5 procent bättre."}));
  EXPECT_EQ(Furniture(splits[0]),
            (std::vector<std::string>{"page-number: Sida 3",
                                      "visma-stamp: ¢ visma sign"}));
}

TEST(SplitFurniture, RunningHeaderOnManyPagesOneOffHeadingKept) {
  std::vector<PageLines> pages;
  for (int p = 1; p <= 6; ++p) {
    // OCR misread the header on the last page.
    std::vector<TextLine> lines = {
        At(40, p == 6 ? "Brf Spettet 1O" : "Brf Spettet 10"),
        At(54, "716418-6079")};
    // A heading at the very top of one page, another atop two pages.
    if (p == 3) lines.push_back(At(70, "Resultaträkning"));
    if (p == 4 || p == 5) lines.push_back(At(70, "Balansräkning"));
    lines.push_back(At(300, "Text på sidan " + std::to_string(p)));
    lines.push_back(
        At(800, "Årsredovisning 2020\tSida " + std::to_string(p) + " av 6"));
    pages.push_back(Lines(std::move(lines)));
  }
  const std::vector<FurnitureSplit> splits = SplitFurniture(pages);
  ASSERT_EQ(splits.size(), 6u);
  EXPECT_EQ(Body(splits[0]), (std::vector<std::string>{"Text på sidan 1"}));
  EXPECT_EQ(Body(splits[2]),
            (std::vector<std::string>{"Resultaträkning", "Text på sidan 3"}));
  EXPECT_EQ(Body(splits[4]),
            (std::vector<std::string>{"Balansräkning", "Text på sidan 5"}));
  EXPECT_EQ(Furniture(splits[1]),
            (std::vector<std::string>{
                "running-header: Brf Spettet 10", "running-header: 716418-6079",
                "running-footer: Årsredovisning 2020\tSida 2 av 6"}));
  EXPECT_EQ(Body(splits[5]), (std::vector<std::string>{"Text på sidan 6"}));
}

TEST(SplitFurniture, NumberedHeadingsAtopConsecutivePagesStay) {
  // "Not 12", "Not 13", "Not 14": the same once digits are masked, but too
  // little text to be a running header.
  std::vector<PageLines> pages;
  for (int p = 0; p < 4; ++p) {
    pages.push_back(Lines({At(60, "Not " + std::to_string(12 + p)),
                           At(300, "Innehåll i noten")}));
  }
  const std::vector<FurnitureSplit> splits = SplitFurniture(pages);
  for (int p = 0; p < 4; ++p) {
    EXPECT_EQ(Body(splits[p]).size(), 2u) << p;
  }
}

TEST(SplitFurniture, PageNumberGluedToOcrJunkWithAgreedTotal) {
  std::vector<PageLines> pages;
  for (int p = 32; p <= 35; ++p) {
    std::string number = std::to_string(p) + " (332)";
    if (p == 33) number = "p varje sida " + number;
    pages.push_back(Lines({At(300, "Text"), At(790, number)}));
  }
  const std::vector<FurnitureSplit> splits = SplitFurniture(pages);
  EXPECT_EQ(Furniture(splits[1]),
            (std::vector<std::string>{"page-number: p varje sida 33 (332)"}));
  EXPECT_EQ(Body(splits[1]), (std::vector<std::string>{"Text"}));
}

TEST(SplitFurniture, OnePageOutPerPageIn) {
  EXPECT_TRUE(SplitFurniture({}).empty());
  const std::vector<FurnitureSplit> splits =
      SplitFurniture({Lines({}), Lines({At(400, "Text")})});
  ASSERT_EQ(splits.size(), 2u);
  EXPECT_TRUE(splits[0].body.empty());
  EXPECT_EQ(Body(splits[1]), (std::vector<std::string>{"Text"}));
}

TEST(FurnitureKindName, ContractNames) {
  EXPECT_STREQ(FurnitureKindName(FurnitureKind::kVismaStamp), "visma-stamp");
  EXPECT_STREQ(FurnitureKindName(FurnitureKind::kSigningStamp),
               "signing-stamp");
  EXPECT_STREQ(FurnitureKindName(FurnitureKind::kPageNumber), "page-number");
  EXPECT_STREQ(FurnitureKindName(FurnitureKind::kRunningHeader),
               "running-header");
  EXPECT_STREQ(FurnitureKindName(FurnitureKind::kRunningFooter),
               "running-footer");
}

// Other e-signing services' lines: TellusTalk's up the left margin on
// every page, Scrive's transaction line at the foot. The same words in the
// body stay.
TEST(SplitFurniture, OtherServicesStampsAtTheFootAndUpTheMargin) {
  constexpr double kWidth = 595;
  std::vector<PageLines> pages;
  for (int p = 0; p < 3; ++p) {
    TextLine side;
    side.text = "\ue22b CGB, MM, HOR, OG \u2014 Powered by TellusTalk";
    side.box = Box{18, 300, 30, 560};  // set up the page's edge
    PageLines page = Lines(
        {At(100, "Stämman valde protokolljusterare."),
         At(200, "Protokollet signeras med TellusTalk och Transaktion 1."),
         side,
         At(800, "Transaktion 09222115557481558197 Signerat KOV, PI, PC")});
    page.width = kWidth;
    pages.push_back(std::move(page));
  }
  const std::vector<FurnitureSplit> splits = SplitFurniture(pages);
  for (const FurnitureSplit& split : splits) {
    EXPECT_EQ(Body(split),
              (std::vector<std::string>{
                  "Stämman valde protokolljusterare.",
                  "Protokollet signeras med TellusTalk och Transaktion 1."}));
    EXPECT_EQ(Furniture(split),
              (std::vector<std::string>{
                  "signing-stamp: \ue22b CGB, MM, HOR, OG \u2014 Powered by "
                  "TellusTalk",
                  "signing-stamp: Transaktion 09222115557481558197 Signerat "
                  "KOV, PI, PC"}));
  }
}

// A word alone in the side margin on one page (a margin note, a table's
// last figure) is body text.
TEST(SplitFurniture, LoneMarginWordStaysInTheBody) {
  TextLine side;
  side.text = "7";
  side.box = Box{560, 400, 566, 412};
  PageLines page = Lines({At(100, "Styrelsen har haft sju möten."), side});
  page.width = 595;
  const std::vector<FurnitureSplit> splits = SplitFurniture({page});
  EXPECT_EQ(Body(splits[0]),
            (std::vector<std::string>{"Styrelsen har haft sju möten.", "7"}));
  EXPECT_TRUE(splits[0].furniture.empty());
}

// The OCR text of a 33-page Visma-signed report (shared seed 000): where
// its page ends survived, they read "Sida N" and the "¢ visma sign" stamp.
// Cut into pages there and read back without positions, exactly those two
// lines of each page must go, and nothing from the last, stampless page.
TEST(SplitFurniture, SeedReportStampsAndPageNumbers) {
  const std::string path = FINSAM_SHARED_DIR "/seeds/000_19aabd22bd163055.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "shared material absent: " << path;
  std::vector<PageLines> pages(1);
  std::vector<std::string> numbers;  // each stamped page's "Sida N"
  std::string line, last;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    pages.back().lines.push_back(Plain(line));
    if (line.find("visma sign") != std::string::npos) {
      numbers.push_back(last);
      pages.emplace_back();
    }
    last = line;
  }
  ASSERT_GE(numbers.size(), 4u);
  ASSERT_EQ(pages.size(), numbers.size() + 1);
  const std::vector<FurnitureSplit> splits = SplitFurniture(pages);
  for (size_t p = 0; p < numbers.size(); ++p) {
    EXPECT_EQ(Furniture(splits[p]),
              (std::vector<std::string>{"page-number: " + numbers[p],
                                        "visma-stamp: ¢ visma sign"}))
        << "page " << p + 1;
    EXPECT_EQ(splits[p].body.size() + 2, pages[p].lines.size());
  }
  EXPECT_TRUE(splits.back().furniture.empty());
}

}  // namespace
}  // namespace finsam
