#include "normalize/unicode_cleaner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "tests/testing/files.h"

namespace finsam {
namespace {

class UnicodeCleanerTest : public ::testing::Test {
 protected:
  std::string Clean(std::string_view line) const {
    return cleaner_.CleanLine(line, 1, nullptr);
  }
  void ExpectUntouched(std::string_view line) const {
    std::vector<Edit> edits;
    EXPECT_EQ(cleaner_.CleanLine(line, 1, &edits), line);
    EXPECT_TRUE(edits.empty())
        << line << ": " << edits[0].before << " -> " << edits[0].after;
  }

  const UnicodeCleaner cleaner_;
};

TEST_F(UnicodeCleanerTest, ComposesDecomposedLetters) {
  // a + ring, a + diaeresis, o + diaeresis, capitals, e + acute.
  EXPECT_EQ(Clean("Fo\u0308rsa\u0308kringskassan pa\u030A o\u0308ver"),
            "Försäkringskassan på över");
  EXPECT_EQ(Clean("A\u030Arsredovisning O\u0308rebro A\u0308ven"),
            "Årsredovisning Örebro Även");
  EXPECT_EQ(Clean("ide\u0301 Mu\u0308ller"), "idé Müller");
  // Spacing marks in front of their vowel, as some PDF text layers give.
  EXPECT_EQ(Clean("f¨or ˚ar"), "för år");
  // Already composed text and marks the table does not know stay.
  ExpectUntouched("Försäkringskassan på över Årsredovisning é");
  ExpectUntouched("q\u0308 \u0308");
}

TEST_F(UnicodeCleanerTest, ExpandsLigatures) {
  EXPECT_EQ(Clean("eﬀektiv ﬁnansiering ﬂykting eﬃcient ﬄ"),
            "effektiv finansiering flykting efficient ffl");
}

TEST_F(UnicodeCleanerTest, RemovesSoftHyphensAndInvisibles) {
  EXPECT_EQ(Clean("Försäkrings\u00ADkassan"), "Försäkringskassan");
  EXPECT_EQ(Clean("\uFEFFsam\u200Bordning\u2060"), "samordning");
  EXPECT_EQ(Clean(std::string("a\001b\177c")), "abc");
}

TEST_F(UnicodeCleanerTest, NoBreakSpacesBecomeSpaces) {
  EXPECT_EQ(Clean("8\u00A0036\u202F515\u2009kr"), "8 036 515 kr");
}

TEST_F(UnicodeCleanerTest, KeepsCorrectTypographyAndLayout) {
  ExpectUntouched("”Jag har blivit mer öppen.”");
  ExpectUntouched("och så vidare… 2019–2024");
  ExpectUntouched("\fKolumn\tvärde\r");
  // A hyphenated line end is not joined: lines are kept.
  ExpectUntouched("Forsakrings-");
  ExpectUntouched("https://example.se/a|b och x|y");
  ExpectUntouched("Region Örebro län | Box 1613 | 701 16 Örebro");
  ExpectUntouched("se [1] och [2]");
  ExpectUntouched("© Lantmäteriet 2023");
}

TEST_F(UnicodeCleanerTest, RemovesLogoJunk) {
  std::vector<Edit> edits;
  EXPECT_EQ(cleaner_.CleanLine("¢ visma sign", 9, &edits), "visma sign");
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].line, 9);
  EXPECT_EQ(edits[0].column, 1);
  EXPECT_EQ(edits[0].before, "¢ ");
  EXPECT_EQ(edits[0].after, "");
  EXPECT_EQ(edits[0].reason, "logo-junk");
  EXPECT_EQ(Clean("© Visma Sign"), "Visma Sign");
}

TEST_F(UnicodeCleanerTest, CentSignBulletBecomesBullet) {
  EXPECT_EQ(Clean(" ¢ Kunskapsoverforing i teamet."),
            " • Kunskapsoverforing i teamet.");
  EXPECT_EQ(Clean("¢ 80 % Arbetsmarknadskonsulent"),
            "• 80 % Arbetsmarknadskonsulent");
  ExpectUntouched("kostar 5¢");
}

TEST_F(UnicodeCleanerTest, LetterBulletBecomesBullet) {
  // Seed 000: Tesseract read the report's bullets as "e" (and "o"), at
  // the start of a line and where a second column's list begins.
  EXPECT_EQ(Clean("e Fortsatt arbete med samsyn"),
            "• Fortsatt arbete med samsyn");
  EXPECT_EQ(Clean("e 20 % Arbetsmarknadskonsulent, Lekebergs kommun."),
            "• 20 % Arbetsmarknadskonsulent, Lekebergs kommun.");
  EXPECT_EQ(Clean("Skapa en analysgrupp. e En Lokal behovsanalys har"),
            "Skapa en analysgrupp. • En Lokal behovsanalys har");
  EXPECT_EQ(Clean("Genomforda e Jobbat ihop nytt team."),
            "Genomforda • Jobbat ihop nytt team.");
  std::vector<Edit> edits;
  cleaner_.Clean("e Utreda huruvida", &edits);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].before, "e");
  EXPECT_EQ(edits[0].after, "•");
  EXPECT_EQ(edits[0].reason, "ocr-confusion");
  // Letters that are letters: a list of options, a hyphenated word, a
  // lower-case word after "e", Word's second-level bullet "o", an "e"
  // inside a line before a page number.
  ExpectUntouched("alternativ a, b, c, d eller e.");
  ExpectUntouched("e-post till kansliet");
  ExpectUntouched("vitamin e och c");
  ExpectUntouched("o Deltagare känner att insatser är organiserade");
  ExpectUntouched("verksamhetens utveckling e 4");
  ExpectUntouched("e");
}

TEST_F(UnicodeCleanerTest, TableOfContentsLeaderReadAsLetters) {
  // Seed 000's table of contents: Tesseract read the dot leaders as dots
  // and the letters that look like dots.
  EXPECT_EQ(Clean("1.  FORVALTNINGSBERATTELSE ....cccosmimmnmmsssssssees 3"),
            "1.  FORVALTNINGSBERATTELSE ..... 3");
  EXPECT_EQ(Clean("ekonomisk StallNiNg .........ccccoeeveveeeverennen, 4"),
            "ekonomisk StallNiNg ..... 4");
  EXPECT_EQ(
      Clean("verksamhetens UtVECKIING........cccvvevvviiivieceetceeee e 4"),
      "verksamhetens UtVECKIING ..... 4");
  EXPECT_EQ(
      Clean("1.6. personalforhAllanden.............coeveeriiiiieinesn s 22"),
      "1.6. personalforhAllanden ..... 22");
  std::vector<Edit> edits;
  cleaner_.Clean("3. BALANSRAKNING ....covtrmrerrmmsessnes 25", &edits);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0].reason, "toc-leader");
  EXPECT_EQ(edits[0].after, ".....");
  // Clean leaders, words after the dots, and dots inside prose stay.
  ExpectUntouched("1.4. Styrning och uppfoljning av verksamheten ... 6");
  ExpectUntouched("Förvaltningsberättelse .................... 3");
  ExpectUntouched("Bilaga ..... sidan 5");
  ExpectUntouched("Vi vet inte... men 12");
  ExpectUntouched("ekonomisk ställning ..... 4");
}

TEST_F(UnicodeCleanerTest, CapitalIReadAsBracketOrBar) {
  EXPECT_EQ(Clean("[ Verksamhetsplan och budget 2023, Budgetplan 2024-2025"),
            "I Verksamhetsplan och budget 2023, Budgetplan 2024-2025");
  EXPECT_EQ(Clean("e | Coachingteamet Lekeberg har 84 % av svarande"),
            "• I Coachingteamet Lekeberg har 84 % av svarande");
  // A table border is not a word.
  EXPECT_EQ(Clean("| Deltagare | 50 % 17 %"), "Deltagare 50 % 17 %");
}

TEST_F(UnicodeCleanerTest, RemovesTableRules) {
  EXPECT_EQ(Clean("5. Tas erfarenheter systematiskt 86 % 100% | 100 %"),
            "5. Tas erfarenheter systematiskt 86 % 100% 100 %");
  EXPECT_EQ(Clean("aktorer och | Parternas chefsgrupp | 80 % 20 % 0%"),
            "aktorer och Parternas chefsgrupp 80 % 20 % 0%");
  EXPECT_EQ(Clean("pa 2023 | 2022 | 2021"), "pa 2023 2022 2021");
  EXPECT_EQ(Clean("nuvarande stod | 0 % 0% 0%"), "nuvarande stod 0 % 0% 0%");
  EXPECT_EQ(Clean("2023-03-31-2026-03-30. | 2019-10-10"),
            "2023-03-31-2026-03-30. 2019-10-10");
  EXPECT_EQ(Clean("Belopp tkr Intikt | Kostnad"), "Belopp tkr Intikt Kostnad");
  EXPECT_EQ(Clean("Summa ] 100"), "Summa 100");
  EXPECT_EQ(Clean("stod |"), "stod");
}

TEST_F(UnicodeCleanerTest, EditsCarryByteColumnsAndReproduceTheOutput) {
  const std::string line = "Å\u00A0eﬀekt | o\u0308ver\u00ADsikt";
  std::vector<Edit> edits;
  const std::string out = cleaner_.CleanLine(line, 2, &edits);
  EXPECT_EQ(out, "Å effekt översikt");
  ASSERT_EQ(edits.size(), 5u);
  EXPECT_EQ(edits[0].column, 3);  // after the two bytes of "Å"
  EXPECT_EQ(edits[0].reason, "unicode");
  EXPECT_EQ(edits[1].reason, "ligature");
  EXPECT_EQ(edits[2].reason, "table-rule");
  EXPECT_EQ(edits[3].before, "o\u0308");
  EXPECT_EQ(edits[3].after, "ö");
  EXPECT_EQ(edits[4].reason, "soft-hyphen");
  std::string rebuilt;
  size_t pos = 0;
  for (const Edit& e : edits) {
    EXPECT_EQ(e.line, 2);
    const size_t at = static_cast<size_t>(e.column - 1);
    ASSERT_GE(at, pos);
    ASSERT_EQ(line.substr(at, e.before.size()), e.before);
    rebuilt += line.substr(pos, at - pos) + e.after;
    pos = at + e.before.size();
  }
  rebuilt += line.substr(pos);
  EXPECT_EQ(rebuilt, out);
}

TEST_F(UnicodeCleanerTest, LowConfidenceIsListedNotApplied) {
  std::vector<Edit> edits;
  std::vector<Edit> uncertain;
  const std::string line = "[ Verksamhetsplan";
  EXPECT_EQ(cleaner_.CleanLine(line, 1, &edits, &uncertain, 0.8f), line);
  EXPECT_TRUE(edits.empty());
  ASSERT_EQ(uncertain.size(), 1u);
  EXPECT_EQ(uncertain[0].after, "I");
  EXPECT_EQ(uncertain[0].reason, "ocr-confusion");
}

TEST_F(UnicodeCleanerTest, KeepsLinesAndIsIdempotent) {
  const std::string text =
      "¢ visma sign\n[ Verksamhetsplan\n\n\fa\u00A0b |\ne | Coachingteamet\n";
  const std::string once = cleaner_.Clean(text, nullptr);
  EXPECT_EQ(once,
            "visma sign\nI Verksamhetsplan\n\n\fa b\n• I Coachingteamet\n");
  std::vector<Edit> edits;
  EXPECT_EQ(cleaner_.Clean(once, &edits), once);
  EXPECT_TRUE(edits.empty());
}

TEST_F(UnicodeCleanerTest, PassesInvalidUtf8Through) {
  const std::string bad = "\xFF\xC3(\xE2\x82 \xED\xA0\x80 \xC0\xAF";
  EXPECT_EQ(Clean(bad), bad);
  EXPECT_EQ(Clean("a\xCC"), "a\xCC");  // truncated mark
}

TEST_F(UnicodeCleanerTest, RandomLinesAreKeptAndIdempotent) {
  const std::vector<std::string> pieces = {
      "a",          "o",      "I",      "e",      " ",      "  ",     "\t",
      "\f",         "\n",     "|",      "[",      "]",      "¢",      "©",
      "visma sign", "\u0308", "\u030A", "\u00A8", "\u00A0", "\u00AD", "\u200B",
      "\uFB01",     "\uFB03", "\xFF",   "\xC3",   "\001",   "Kumla",  "12",
      "•",          "Box",    "”"};
  std::mt19937 rng(20261124);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int k = rng() % 24; k > 0; --k) text += pieces[rng() % pieces.size()];
    for (const float threshold : {0.0f, 0.6f}) {
      const std::string once =
          cleaner_.Clean(text, nullptr, nullptr, threshold);
      ASSERT_EQ(std::count(once.begin(), once.end(), '\n'),
                std::count(text.begin(), text.end(), '\n'));
      std::vector<Edit> edits;
      ASSERT_EQ(cleaner_.Clean(once, &edits, nullptr, threshold), once)
          << "input: " << text;
      ASSERT_TRUE(edits.empty());
    }
  }
}

std::string FindSeed(const std::string& dir, const std::string& prefix) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) == 0) return entry.path().string();
  }
  return "";
}

// Splits at '\n' exactly as the formatter counts lines (a missing final
// newline does not lose a line).
std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

// Standalone junk glyphs on a line: "|", "[", "]", "¢", "©".
int JunkCount(const std::string& line) {
  std::istringstream in(line);
  std::string t;
  int n = 0;
  while (in >> t) {
    n += t == "|" || t == "[" || t == "]" || t == "¢" || t == "©";
  }
  return n;
}

TEST_F(UnicodeCleanerTest, MatchesTheHandCorrectedSeed) {
  const std::string shared = FINSAM_SHARED_DIR;
  const std::string seed = FindSeed(shared + "/seeds", "000_");
  const std::string gold_path = shared + "/corpus/000.gold.txt";
  if (seed.empty() || !testing::FileExists(gold_path)) {
    GTEST_SKIP() << "shared material not found under " << shared;
  }
  const std::string raw = testing::ReadFileOrEmpty(seed);
  std::vector<Edit> edits;
  const std::vector<std::string> in = SplitLines(raw);
  const std::vector<std::string> out = SplitLines(cleaner_.Clean(raw, &edits));
  const std::vector<std::string> gold =
      SplitLines(testing::ReadFileOrEmpty(gold_path));
  ASSERT_EQ(out.size(), in.size());
  ASSERT_EQ(gold.size(), in.size());
  int junk_lines = 0;
  int agree = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    if (JunkCount(in[i]) == 0) continue;
    ++junk_lines;
    if (JunkCount(out[i]) == JunkCount(gold[i])) {
      ++agree;
    } else {
      ADD_FAILURE() << "line " << i + 1 << ": " << out[i]
                    << "\n gold: " << gold[i];
    }
  }
  // Every removed or replaced glyph is one the gold also changed.
  for (const Edit& e : edits) {
    EXPECT_NE(gold[e.line - 1].find(e.after), std::string::npos)
        << "line " << e.line << ": " << e.before << " -> " << e.after;
  }
  std::cout << "seed 000: " << junk_lines << " lines with junk glyphs, "
            << agree << " cleaned as in the gold; " << edits.size()
            << " edits\n";
  // Measured: 44 of 44 lines, 49 edits.
  EXPECT_EQ(agree, junk_lines);
}

}  // namespace
}  // namespace finsam
