// Page roles from a page's body text: cover, table of contents, Visma
// signature page, body. OCR may have folded å/ä/ö, so every marker is also
// tried folded.
#include "layout/page_role.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

constexpr const char* kCover =
    "Finsam Lekeberg och Örebro\n"
    "Årsredovisning\n"
    "2023\n"
    "\n"
    "Beslutad av styrelsen 2024-03-27\n"
    "Organisationsnummer: 222000-2493";

// The same cover as Tesseract read it from seed 000 (letters folded).
constexpr const char* kOcrCover =
    "Dnr\nFinsam 7in:\nLekeberg Orebro\nArsredovisning\n2023\n"
    "Beslutad av styrelsen 2024-03-27\nOrganisationsnummer: 222000-2493";

constexpr const char* kBody =
    "1. Förvaltningsberättelse\n"
    "Samordningsförbundet Finsam Lekeberg och Örebro bildades 2009 och har\n"
    "till uppgift att stödja samverkan mellan Försäkringskassan,\n"
    "Arbetsförmedlingen, Region Örebro län och kommunerna.\n"
    "Årets resultat\t-412 807\t-216 129";

TEST(ClassifyPageRole, CoverOnlyAsFirstPage) {
  EXPECT_EQ(ClassifyPageRole(kCover, 0, 33), PageRole::kCover);
  EXPECT_EQ(ClassifyPageRole(kOcrCover, 0, 33), PageRole::kCover);
  EXPECT_EQ(ClassifyPageRole(kCover, 4, 33), PageRole::kBody);
  // A one-page document is all body.
  EXPECT_EQ(ClassifyPageRole(kCover, 0, 1), PageRole::kBody);
}

TEST(ClassifyPageRole, FirstPageOfProseIsBody) {
  EXPECT_EQ(ClassifyPageRole(kBody, 0, 14), PageRole::kBody);
  EXPECT_EQ(ClassifyPageRole("", 3, 14), PageRole::kBody);
}

TEST(ClassifyPageRole, TableOfContentsByHeading) {
  EXPECT_EQ(ClassifyPageRole("Innehållsförteckning\nFörvaltningsberättelse\n"
                             "Resultaträkning",
                             1, 14),
            PageRole::kToc);
  EXPECT_EQ(ClassifyPageRole("Innehåll\n\nVerksamhet\nEkonomi", 1, 14),
            PageRole::kToc);
  // The word in running text is no heading.
  EXPECT_EQ(ClassifyPageRole("Innehåll och omfattning av insatserna har\n"
                             "ändrats under året.",
                             5, 14),
            PageRole::kBody);
}

TEST(ClassifyPageRole, TableOfContentsByOcrDotLeaders) {
  // Seed 000's contents page without its heading: leaders became "ccc".
  constexpr const char* kToc =
      "1.  FORVALTNINGSBERATTELSE ....cccosmimmnmmsssssssssssssssees 3\n"
      "1.1. Oversikt dver verksamhetens UtVECKIING........cccvvevvviiivi 4\n"
      "1.2. Viktiga forhallanden for resultat .........ccccoeeveveeeveve, 4\n"
      "2. RESULTATRAKNING....ccccsmmrmmermmessmrssmsssesssesssessssss 24\n"
      "3. BALANSRAKNING ....covtrmrerrmmsesssesssessessssssssssesssesss 25";
  EXPECT_EQ(ClassifyPageRole(kToc, 1, 33), PageRole::kToc);
}

TEST(ClassifyPageRole, TableOfContentsByTabbedRisingPageNumbers) {
  constexpr const char* kToc =
      "Förvaltningsberättelse\t1\nResultaträkning\t6\nBalansräkning\t7\n"
      "Noter\t9\nUnderskrifter\t13\nRevisionsberättelse\t14";
  EXPECT_EQ(ClassifyPageRole(kToc, 1, 14), PageRole::kToc);
  // Small amounts in a table do not rise like page numbers.
  constexpr const char* kTable =
      "Elkostnad/m² totalyta\t42\nVärmekostnad/m² totalyta\t124\n"
      "Vattenkostnad/m² totalyta\t25\nKapitalkostnader/m² totalyta\t9\n"
      "Soliditet (%)\t91\nAntal lägenheter\t15";
  EXPECT_EQ(ClassifyPageRole(kTable, 4, 14), PageRole::kBody);
}

constexpr const char* kVismaPage =
    "Signature page / Allekirjoitussivu / Signatursida / Signatursiden / "
    "Underskriftsside\n"
    "Detta dokument innehåller 33 sidor före denna sida\n"
    "This document contains 33 pages before this page\n"
    "Anna Lindqvist\n"
    "Ordförande, Samordningsförbundet Finsam Lekeberg och Örebro\n"
    "Company - Yritys - Företag - Selskap - Virksomhed: Finsam\n"
    "Signed - Allekirjoitettu - Signerat - Signert - Underskrevet: "
    "2024-03-27 14:02:11 UTC (SE)";

TEST(ClassifyPageRole, VismaSignaturePageAnywhere) {
  EXPECT_EQ(ClassifyPageRole(kVismaPage, 33, 34), PageRole::kSignaturePage);
  EXPECT_EQ(ClassifyPageRole(kVismaPage, 0, 34), PageRole::kSignaturePage);
}

TEST(ClassifyPageRole, OcrFoldedSignaturePage) {
  EXPECT_EQ(ClassifyPageRole("Detta dokument innehaller 33 sidor fore denna "
                             "sida\nAnna Lindqvist",
                             33, 34),
            PageRole::kSignaturePage);
  // Only signers and times survived: two signed times still tell it.
  EXPECT_EQ(ClassifyPageRole("Anna Lindqvist\nSignerat 2024-03-27 14:02:11\n"
                             "Goran Akesson\nSignerat 2024-03-27 15:47:36",
                             33, 34),
            PageRole::kSignaturePage);
  // A body page that mentions signing once is body.
  EXPECT_EQ(ClassifyPageRole("Protokollet signerades 2024-03-27 14:02 av "
                             "ordföranden.\nÖvriga frågor",
                             5, 34),
            PageRole::kBody);
}

TEST(PageRoleName, ContractNames) {
  EXPECT_STREQ(PageRoleName(PageRole::kCover), "cover");
  EXPECT_STREQ(PageRoleName(PageRole::kToc), "toc");
  EXPECT_STREQ(PageRoleName(PageRole::kBody), "body");
  EXPECT_STREQ(PageRoleName(PageRole::kSignaturePage), "signature-page");
}

}  // namespace
}  // namespace finsam
