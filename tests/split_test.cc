// split/: page numbers, title kinds, and packages split into documents:
// the package fixture (scripts/fixtures/package.py) and seed 001.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/report_record.h"
#include "records/record_builder.h"
#include "split/document_kind.h"
#include "split/package_records.h"
#include "split/package_split.h"
#include "split/page_number.h"
#include "split/signing_stamp.h"
#include "split/text_pages.h"
#include "testing/files.h"

namespace finsam::split {
namespace {

using testing::ReadFileOrEmpty;

TEST(PageNumber, ReadsTheStylesReportsPrint) {
  EXPECT_EQ(ParsePageNumber("Sida 3 av 14"),
            (PrintedPageNumber{3, 14, PageNumberStyle::kSida}));
  EXPECT_EQ(ParsePageNumber("Sida 21"),
            (PrintedPageNumber{21, 0, PageNumberStyle::kSida}));
  EXPECT_EQ(ParsePageNumber("Sida: 2"),
            (PrintedPageNumber{2, 0, PageNumberStyle::kSida}));
  EXPECT_EQ(ParsePageNumber("Sida 1Signering av justerare"),
            (PrintedPageNumber{1, 0, PageNumberStyle::kSida}));
  EXPECT_EQ(ParsePageNumber("33 (332)"),
            (PrintedPageNumber{33, 332, PageNumberStyle::kParen}));
  EXPECT_EQ(ParsePageNumber("3/14"),
            (PrintedPageNumber{3, 14, PageNumberStyle::kSlash}));
  EXPECT_EQ(ParsePageNumber("- 3 -"),
            (PrintedPageNumber{3, 0, PageNumberStyle::kDash}));
  EXPECT_EQ(ParsePageNumber(" 2 "),
            (PrintedPageNumber{2, 0, PageNumberStyle::kBare}));
}

TEST(PageNumber, LeavesOtherLinesAlone) {
  EXPECT_FALSE(ParsePageNumber("2019"));   // a year
  EXPECT_FALSE(ParsePageNumber("5 (3)"));  // total below the number
  EXPECT_FALSE(ParsePageNumber("0"));      // no page 0
  EXPECT_FALSE(ParsePageNumber("Summa 3 400"));
  EXPECT_FALSE(ParsePageNumber("Sidan visar"));
}

TEST(TitleKind, NamesTheKindATitleLineNames) {
  EXPECT_EQ(TitleKind("Årsredovisning 2019"), DocumentKind::kAnnualReport);
  EXPECT_EQ(TitleKind("rsredovisning 2019"), DocumentKind::kAnnualReport);
  EXPECT_EQ(TitleKind("Samordningsförbundet Finsam Degerfors Karlskoga "
                      "Årsredovisning 2019"),
            DocumentKind::kAnnualReport);
  EXPECT_EQ(TitleKind("Revisionsberättelse"), DocumentKind::kAuditReport);
  EXPECT_EQ(TitleKind("REVISORERNAS GRANSKNINGSRAPPORT FÖR ÅR 2019"),
            DocumentKind::kAuditReport);
  EXPECT_EQ(TitleKind("Föredragningslista"), DocumentKind::kAgenda);
  EXPECT_EQ(TitleKind("Kallelse och föredragningslista"),
            DocumentKind::kAgenda);
  EXPECT_EQ(TitleKind("Bilaga 1"), DocumentKind::kAppendix);
  EXPECT_EQ(TitleKind("Protokoll fört vid ordinarie föreningsstämma"),
            DocumentKind::kMinutes);
  EXPECT_EQ(TitleKind("Framställan från Styrelsen till årsmötet 9 april 2025 "
                      "om"),
            DocumentKind::kMotion);
  EXPECT_EQ(TitleKind("MOTION 1:"), DocumentKind::kMotion);
  EXPECT_EQ(TitleKind("Fullmakt till stämma"), DocumentKind::kProxyForm);
  EXPECT_EQ(TitleKind("Revisions-PM 2016"), DocumentKind::kMemo);
  EXPECT_EQ(TitleKind("PM om fasadrenoveringen"), DocumentKind::kMemo);
  EXPECT_EQ(TitleKind("Verksamhetsberättelse 2023"),
            DocumentKind::kActivityReport);
  // A compound names its kind by its last part.
  EXPECT_EQ(TitleKind("ÅRSMÖTESPROTOKOLL år 2022"), DocumentKind::kMinutes);
  EXPECT_EQ(TitleKind("Stämmokallelse"), DocumentKind::kAgenda);
  // A long word OCR split in two ("Arsre dovisning 2014" on a scanned
  // cover); a short one is not joined ("Bi laga 2").
  EXPECT_EQ(TitleKind("Arsre dovisning 2014"), DocumentKind::kAnnualReport);
  EXPECT_EQ(TitleKind("Bi laga 2"), DocumentKind::kOther);
}

TEST(TitleKind, ProseTocAndPluralsNameNone) {
  EXPECT_EQ(TitleKind("Årsredovisningar för"), DocumentKind::kOther);
  EXPECT_EQ(TitleKind("Revisionsberättelse ........ 18"), DocumentKind::kOther);
  EXPECT_EQ(TitleKind("Revisionsberättelse 18"), DocumentKind::kOther);
  EXPECT_EQ(TitleKind("1. Protokollsjustering"), DocumentKind::kOther);
  // A numbered heading is a chapter (seed 000's "9. Bilaga").
  EXPECT_EQ(TitleKind("9. Bilaga"), DocumentKind::kOther);
  EXPECT_EQ(TitleKind("Årsredovisningen är upprättad enligt lag."),
            DocumentKind::kOther);
  EXPECT_EQ(TitleKind("Vi har granskat förbundets årsredovisning för år "
                      "2019 och styrelsens förvaltning"),
            DocumentKind::kOther);
}

PackagePage Page(std::string text, std::vector<std::string> numbers = {},
                 std::vector<std::string> running = {}) {
  PackagePage p;
  p.text = std::move(text);
  p.page_number_lines = std::move(numbers);
  p.running_lines = std::move(running);
  p.running_known = true;
  return p;
}

// Body lines that make a page longer than a cover.
constexpr char kBodyLines[] = "Rad ett\nRad två\nRad tre\nRad fyra\nRad fem\n";

std::vector<std::pair<int, int>> Ranges(const std::vector<PackageDocument>& d) {
  std::vector<std::pair<int, int>> out;
  for (const PackageDocument& doc : d) {
    out.emplace_back(doc.first_page, doc.last_page);
  }
  return out;
}

TEST(SplitPackage, OneReportStaysWhole) {
  const std::string header = "Brf Exempel – Årsredovisning 2023";
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2023\nBrf Exempel\n"),
      Page("Förvaltningsberättelse\nStyrelsen avger härmed\n", {"Sida 2 av 4"},
           {header}),
      Page("Resultaträkning\nÅrets resultat 12 300\n", {"Sida 3 av 4"},
           {header}),
      Page("Underskrifter\nStockholm 2024-03-01\nAnna Berg\nOrdförande\n",
           {"Sida 4 av 4"}, {header})};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
}

TEST(SplitPackage, AuditReportAfterTheReportStartsADocument) {
  const std::string header = "Brf Exempel – Årsredovisning 2023";
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2023\nBrf Exempel\n"),
      Page("Resultaträkning\nÅrets resultat 12 300\n", {"Sida 2 av 3"},
           {header}),
      Page("Underskrifter\nStockholm 2024-03-01\nAnna Berg\nOrdförande\n",
           {"Sida 3 av 3"}, {header}),
      // Printed as the report's page 4: its title wins all the same.
      Page("Revisionsberättelse\nTill föreningsstämman i Brf Exempel\n",
           {"Sida 4 av 4"}),
      Page("Uttalanden\nVi tillstyrker att stämman beviljar ansvarsfrihet.\n"),
  };
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs), (std::vector<std::pair<int, int>>{{1, 3}, {4, 5}}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].kind, DocumentKind::kAnnualReport);
  EXPECT_EQ(docs[1].kind, DocumentKind::kAuditReport);
}

TEST(SplitPackage, NumberingRestartAndHeaderChangeStartDocuments) {
  std::vector<PackagePage> pages = {
      Page("Inledning\nText\n", {"Sida 1 av 2"}, {"Region A"}),
      Page("Mer text\n", {"Sida 2 av 2"}, {"Region A"}),
      Page("Beslut\nText\n", {"Sida 1 av 2"}, {"Region A"}),  // restart
      Page("Mer\n", {"Sida 2 av 2"}, {"Region A"}),
      Page("Annat\n", {}, {"Kommun B"}),  // header changes
      Page("Annat igen\n", {}, {"Kommun B"}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}, {5, 6}}));
}

// A booklet's running line on every page: a title alone under it is a part
// of the booklet (a one-page plan inside the activity report); a title
// with the numbering restarted under the same line starts a document.
TEST(SplitPackage, ATitleAloneUnderTheSameRunningLineIsAPart) {
  const std::string header = "Årsmöte Exempelklubben 2024-02-14";
  std::vector<PackagePage> pages = {
      Page("Verksamhetsberättelse 2023\nExempelklubben\nStyrelsen\n", {},
           {header}),
      Page("Tävlingar\nUnder året deltog klubben i sju tävlingar.\n", {},
           {header}),
      Page("Exempelklubben - Verksamhetsplan 2025\nPlanen från 2022 "
           "ligger kvar.\nEkonomi\nEn tydlig budget per aktivitet.\n"
           "Träning\nFler tränare till de yngsta.\nTävling\nFler "
           "deltagare i seriespel.\n",
           {}, {header}),
      Page("Sponsorer\nVi tackar våra sponsorer.\n", {}, {header}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
  pages[2].page_number_lines = {"Sida 1 av 2"};
  pages[3].page_number_lines = {"Sida 2 av 2"};
  pages[1].page_number_lines = {"Sida 2 av 2"};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
}

// A booklet's appendix numbered in its running line ("1(2)<TAB>Bilaga 1")
// and then an accounting printout headed by the organisation number: the
// number is the page's, and the headers differ by their words (masked,
// "1(2)" and "716407-5322" were one; stenalderns 2025, numbers invented).
TEST(SplitPackage, ANumberInTheRunningLineIsThePagesNumber) {
  std::vector<PackagePage> pages = {
      Page("Årsberättelse\nExempelsamfälligheten\nStyrelsen har mötts.\n", {},
           {"1(2)\tBilaga 1"}),
      Page("Ekonomi\nKostnaderna är återkommande.\n", {}, {"2(2)\tBilaga 1"}),
      Page("Exempelsamfälligheten\tBalansrapport\tSida: 1\nTILLGÅNGAR\n", {},
           {"712345-6789\tUtskrivet: 2025-03-26"}),
      Page("Exempelsamfälligheten\tBalansrapport\tSida: 2\nSKULDER\n", {},
           {"712345-6789\tUtskrivet: 2025-03-26"}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
  // "3(2)" is no page number: the running line goes on ("# bilaga"
  // against "# bilaga"), one document.
  pages[0].running_lines = {"1(4)\tBilaga 1"};
  pages[1].running_lines = {"2(4)\tBilaga 1"};
  pages[2].running_lines = {"3(2)\tBilaga 1"};
  pages[3].running_lines = {"3(2)\tBilaga 1"};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
}

// One-page motions in a booklet, each with "1" beside its label in one
// header row and the same running line above: each numbered 1 is another.
TEST(SplitPackage, ANumberBesideTheTitleRestartsUnderTheSameRunningLine) {
  const std::string header = "Framställan från styrelsen till årsmötet om";
  std::vector<PackagePage> pages = {
      Page("1\tBilaga 4a\ngemensamma skötseldagar\nBakgrund\nText.\n", {},
           {header}),
      Page("1\tBilaga 4b\nen arbetsgrupp för gångvägarna\nBakgrund\nText.\n",
           {}, {header}),
      Page("1\tBilaga 4c\nfastighetsboxar\nBakgrund\nText.\n", {}, {header}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 1}, {2, 2}, {3, 3}}));
}

// A label beside a cell naming a kind names the document ("Budget och
// utfall ... Bilaga 5" over a table head "Budget 2025"), and a page closed
// by signatures runs into no next page whatever its last word ("Revisor
// i", a speck OCR read).
TEST(SplitPackage, TheBookletsLabelNamesThePageAfterSignatures) {
  std::vector<PackagePage> pages = {
      Page("Revisionsberättelse\nVi har granskat räkenskaperna.\n"
           "Vi tillstyrker ansvarsfrihet.\nAnna Berg\tErik Lund\n"
           "Revisor\ti\n"),
      Page("Budget och utfall\t\tBilaga 5\nKonto\tBudget 2025\tBudget 2024\n"
           "3021 Avgifter\t425 124\t408 374\n"),
  };
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs), (std::vector<std::pair<int, int>>{{1, 1}, {2, 2}}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].kind, DocumentKind::kAppendix);
  EXPECT_EQ(docs[1].title, "Bilaga 5");
}

// A scanned booklet: OCR breaks its labels ("Di laga 2,", "Bi laga 2"),
// prints one as the running line ("Bilaga 3-1") and reads a table's cell
// beside another ("Bilaga 6 Summa" on the first page of appendix 6,
// "Bilaga 6" on its second; stenalderns 2017, text invented).
TEST(SplitPackage, AScannedBookletsLabelsAsOcrReadsThem) {
  std::vector<PackagePage> pages = {
      Page("Bilaga 1\nVerksamhetsberättelse 2016\nStyrelsen har mötts.\n"),
      Page("Di laga 2,\nResultaträkning 2016\nÅrets resultat\t26 607 kr\n"),
      Page("Bi laga 2\nBalansräkning 2016\nSumma tillgångar\t872 769 kr\n"),
      Page("Underhållsplan 2017-2021\nKalkylen visar kostnaderna.\n", {},
           {"Bilaga 3-1"}),
      Page("Debiteringslängd 2017\tBilaga 6 Summa\nExempelvägen 1\t5 310\n"),
      Page("Debiteringslängd 2017\tBilaga 6\nExempelvägen 85\t5 310\n"),
  };
  // Full pages, no covers.
  for (PackagePage& page : pages) {
    page.ocr = true;
    for (int line = 0; line < 6; ++line) page.text += "Rad\t1 000\n";
  }
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs),
            (std::vector<std::pair<int, int>>{{1, 1}, {2, 3}, {4, 4}, {5, 6}}));
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[1].title, "Bilaga 2");
  EXPECT_EQ(docs[2].title, "Bilaga 3-1");
  // From a text layer the broken label is no title.
  for (PackagePage& page : pages) page.ocr = false;
  EXPECT_EQ(SplitPackage(pages).front().last_page, 3);
}

// A scanned report whose statements print a running line its
// förvaltningsberättelse did not: the statements are the report's.
TEST(SplitPackage, AnAnnualReportsStatementsAreItsOwnUnderANewRunningLine) {
  const std::string header = "HSB:s Brf Exempel";
  std::vector<PackagePage> pages = {
      Page("Årsredovisning\nför\nBrf Exempel\n2007\n"),
      Page("Förvaltningsberättelse\nStyrelsen avger härmed\nårsredovisning."
           "\nFöreningen äger fastigheten.\nUnderhåll\nStammar byts.\n"
           "Föreningens resultat framgår av resultaträkningen.\n"),
      Page("Resultaträkning\t2007\t2006\nNettoomsättning\t100\t90\n"
           "Årets resultat\t10\t9\n",
           {}, {header}),
      Page("CI\nBalansräkning\t2007-12-31\t2006-12-31\nSumma "
           "tillgångar\t500\t480\n",
           {}, {header}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
  // Under another document's title the same running line still starts one.
  pages[2].text = "Protokoll\nfört vid årsstämma\n" + pages[2].text;
  pages[2].text.insert(0, "");
  EXPECT_EQ(Ranges(SplitPackage(pages)).size(), 2u);
}

// Notes numbered on from the page before are the same report's, though
// its running lines change on them; notes that start again at 1 are not.
TEST(SplitPackage, NotesNumberedOnHoldTheDocument) {
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2020\nBrf Exempel\n"),
      Page("Noter\nNot 1 Redovisningsprinciper\nNot 2 Nettoomsättning\n", {},
           {"Brf Exempel 769600-0001"}),
      Page("Not 3 Driftkostnader\nUnderhåll -405 399\nNot 4 Skatt\n", {},
           {"Noter till årsredovisningen"}),
      Page("Not 6 Skulder\nSBAB 2 917 500\n", {}, {"Brf Exempel 2020"}),
      Page("Not 1 Redovisningsprinciper\nText\n", {}, {"Kommun B"}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}, {5, 5}}));
}

TEST(SplitPackage, ASentenceRunningOverThePageBreakHoldsTheDocument) {
  std::vector<PackagePage> pages = {
      Page("Föredragningslista\n1. Ärende\natt godkänna årsredovisningen,\n"),
      Page("Föredragningslista 2\natt bevilja ansvarsfrihet.\n"),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}}));
}

TEST(SplitPackage, BlankAndSignaturePagesEndTheDocumentBefore) {
  PackagePage signature = Page("Signature page\nAnna Berg\n");
  signature.signature_page = true;
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2023\nBrf Exempel\n"), Page(""), signature,
      Page("Revisionsberättelse\nTill stämman\n")};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 3}, {4, 4}}));
}

// OCR misreads page numbers and running lines: a number that breaks the
// sequence on an OCR page starts nothing unless it is 1, and a running
// line read by OCR is not compared with the text layer's garbled one
// (brf-flygplansfabriken 2023's pages, numbers invented).
TEST(SplitPackage, OcrMisreadsStartNothing) {
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2023\nBrf Exempel\n"),
      Page("Förvaltningsberättelse\nText\n", {"Sida 1 av 5"}, {"Brf Exempel"}),
      Page("Styrelse\nText\n", {"Sida 2 av 5"}, {"Brf Exempel"}),
      Page("QE KXFOK\nText\n", {"Sida 3 av 5"}),  // a broken layer
      Page("Nyckeltal\nText\n", {"Sida 3 av 5"}, {"Brf Exempel"}),  // 4
      Page("Noter\nText\n", {"Sida 5 av 5"}, {"Brf Exempel"}),
  };
  for (int i : {1, 2, 4, 5}) pages[i].ocr = true;
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 6}}));
  // A number 1 after "Sida 5 av 5" restarts, read by OCR or not.
  pages.push_back(Page("Text\n", {"Sida 1 av 5"}, {"Brf Exempel"}));
  pages.back().ocr = true;
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 6}, {7, 7}}));
  // From a text layer, the misread "Sida 3 av 5" would restart too.
  for (PackagePage& page : pages) page.ocr = false;
  const std::vector<PackageDocument> layer = SplitPackage(pages);
  ASSERT_GE(layer.size(), 2u);
  EXPECT_EQ(layer[1].first_page, 5);
}

// Stamps of one Visma transaction as OCR reads them page to page, and of
// another transaction (ids invented; the misreadings the skogsbygden-scan
// probe shows: the logo as "e" or "Oo", O for 0, "bla5" for "b1a5", h for b).
const char kVismaStamp[] =
    "e visma sign\tDokumentet är signerat elektroniskt. Verifiera: "
    "https://sign.visma.net/verify/7c41e0b2-58a3-4f1d-b1a5-93de0b6f2c18";
const char kVismaStampMisread[] =
    "Oo visma sign\tDokumentet är signerat elektroniskt. Verifiera: "
    "https://sign.visma net/verify/7c41eOb2-58a3-4f1d-bla5-93de0h6f2c18";
const char kOtherVismaStamp[] =
    "e visma sign\tDokumentet är signerat elektroniskt. Verifiera: "
    "https://sign.visma.net/verify/2f9d61a7-0c3e-48b5-a2d9-5e17c4b08a63";

TEST(SigningStamp, OcrMisreadingsOfOneIdAreOneTransaction) {
  EXPECT_EQ(StampId("Transaktion 09222115557481553863 Signerat LN, RK"),
            "09222115557481553863");
  EXPECT_EQ(StampId("Detta dokument har signerats genom GetAccept"), "");
  EXPECT_TRUE(SameSigning(kVismaStamp, kVismaStampMisread, /*ocr=*/true));
  EXPECT_FALSE(SameSigning(kVismaStamp, kOtherVismaStamp, /*ocr=*/true));
  // From a text layer a stamp is compared as printed.
  EXPECT_FALSE(SameSigning(kVismaStamp, kVismaStampMisread, /*ocr=*/false));
  EXPECT_TRUE(SameSigning(kVismaStamp, kVismaStamp, /*ocr=*/false));
  // Scrive's next transaction differs in its last digits only: another one,
  // one misread digit is not.
  EXPECT_FALSE(SameSigning("Transaktion 09222115557481553863 Signerat LN",
                           "Transaktion 09222115557481558197 Signerat LN",
                           /*ocr=*/true));
  EXPECT_TRUE(SameSigning("Transaktion 09222115557481553863 Signerat LN",
                          "Transaktion 09222115557481558863 Signerat LN",
                          /*ocr=*/true));
  // An id OCR cut short or lost tells nothing.
  EXPECT_TRUE(SameSigning(kVismaStamp, "visma sign", /*ocr=*/true));
  EXPECT_TRUE(SameSigning(
      kVismaStamp,
      "e visma sign Dokumentet är signerat elektroniskt. Verifiera: "
      "https://sign.visma.net/verify/7c41e0b2-58a3-4f1d",
      /*ocr=*/true));
}

// A scanned Visma-signed report: its stamp read differently on each page
// starts nothing; another transaction's stamp starts a document.
TEST(SplitPackage, AScannedStampMisreadIsOneSigning) {
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2024\nSamordningsförbundet Exempel\n"),
      Page("Förvaltningsberättelse\nFörbundet har under året\n"),
      Page("Resultaträkning\nÅrets resultat 12 300\n"),
      Page("Styrelsens arbete\nStyrelsen har sammanträtt sex gånger\n"),
  };
  for (PackagePage& page : pages) page.ocr = true;
  pages[0].signing_stamps = {kVismaStamp};
  pages[1].signing_stamps = {kVismaStampMisread};
  pages[2].signing_stamps = {kVismaStamp};
  pages[3].signing_stamps = {kVismaStampMisread};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
  pages[3].signing_stamps = {kOtherVismaStamp};
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 3}, {4, 4}}));
}

// Two audit reports of one title: the second starts after the first's
// signatures (Lindh 2011: the elected auditor's, then the authorised
// auditor's; names invented).
TEST(SplitPackage, ASignedDocumentEndsBeforeItsTitleRepeats) {
  std::vector<PackagePage> pages = {
      Page("Årsredovisning 2023\nBrf Exempel\n"),
      Page("REVISIONSBERÄTTELSE\nTill föreningsstämman i Brf Exempel\n"
           "Jag tillstyrker.\nGöteborg den 2 mars 2024\nErik Berg\n"
           "Förtroendevald revisor\n"),
      Page("REVISIONSBERÄTTELSE\nTill föreningsstämman i Brf Exempel\n"
           "Rapport om årsredovisningen\n"),
      Page("REVISIONSBERÄTTELSE\nUttalanden\nJag har granskat.\n"
           "Styrelsens ansvar\nStyrelsen ansvarar.\nRevisorns ansvar\n"
           "Jag ansvarar.\nJag tillstyrker.\n"),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 1}, {2, 2}, {3, 4}}));
}

// A cover, then the report's title page of the same kind: one document
// (a scanned annual report's pages 1 and 2); a cover of another kind
// after it starts one.
TEST(SplitPackage, ACoverGoesOnToItsTitlePage) {
  std::vector<PackagePage> pages = {
      Page("Brf Exempel\nÅrsredovisning 2014\n"),
      Page("Årsredovisning\nför\nBrf Exempel\n769610-0614\nRäkenskapsåret\n"
           "2014\n"),
      Page("Förvaltningsberättelse\nStyrelsen avger härmed årsredovisning.\n"),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 3}}));
  pages[1].text = "Verksamhetsplan\nför\nBrf Exempel\n2015\n";
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 1}, {2, 3}}));
}

// A cover that names no kind ("ÅRSMÖTE" and a date, Lindh 2013's page 1)
// is the cover of the titled page after it: one document, named by that
// page. A titled page after it that is not right after the cover starts
// one as before.
TEST(SplitPackage, AnUntitledCoverIsTheNextTitlesCover) {
  std::vector<PackagePage> pages = {
      Page("\"Doktor Exempel\nÅRSMÖTE\n14 maj 2013\n"),
      Page("Brf Doktor Exempel\nOrg.nr. 716444-9758\nÅrsredovisning\nför\n"
           "räkenskapsåret\n2012-01-01--2012-12-31\n"),
      Page("FÖRVALTNINGSBERÄTTELSE\nStyrelsen avger härmed årsredovisning.\n"),
  };
  std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs), (std::vector<std::pair<int, int>>{{1, 3}}));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].kind, DocumentKind::kAnnualReport);
  pages.insert(pages.begin() + 1, Page("Dagens program\nKaffe och fika.\n"));
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
}

// A report's own table of contents lists its parts: their titles start
// no document (kalmar nation's bokslut 1990: "Bokslut lånekassan ..." and
// "Budget 90" on pages its contents list). An audit report after them
// starts one, listed or not; without the contents each title starts one.
TEST(SplitPackage, TitlesItsContentsListArePartsOfTheReport) {
  const std::string body = kBodyLines;
  std::vector<PackagePage> pages = {
      Page("EXEMPEL NATION\nBOKSLUT 1990\nInnehåll\n"
           "Ekonomisk förvaltningsberättelse\nHUVUDRÖRELSE\n"
           "Resultaträkning 1990\t3\nBokslut lånekassa per 1990-12-31\t5\n"
           "BUDGET\nBudget för Exempel Nation 1991\t6\n"
           "Revisionsberättelse\t7\n"),
      Page("Ekonomisk förvaltningsberättelse\nÅret gick bra.\n" + body),
      Page("Resultaträkning 1990\nIntäkter\t186 358\n" + body),
      Page("Balansräkning 1990\nKassa\t156\n" + body),
      Page("Bokslut lånekassan per 1990-12-31\nBank\t72 449\n" + body),
      Page("Budget 90\tutfall 90\tbudget 91\nIntäkter\t60 000\n" + body),
      Page("Revisionsberättelse\nUndertecknade revisorer tillstyrker "
           "ansvarsfrihet.\n"),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 6}, {7, 7}}));
  pages[0].text = "EXEMPEL NATION\nBOKSLUT 1990\n";
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}, {5, 5}, {6, 6}, {7, 7}}));
}

// A booklet's contents beside its annual report's parts list a nomination
// and a proxy form: never a report's parts, they start documents.
TEST(SplitPackage, ANominationTheContentsListIsADocument) {
  const std::string body = kBodyLines;
  std::vector<PackagePage> pages = {
      Page("ÅRSREDOVISNING 2023\nHSB Brf Exempel\nInnehåll\n"
           "Förvaltningsberättelse\t2\nResultaträkning\t3\n"
           "Valberedningens förslag\t4\nFullmakt\t5\n"),
      Page("Förvaltningsberättelse\nStyrelsen avger årsredovisning.\n" + body),
      Page("Resultaträkning\nIntäkter\t186 358\n" + body),
      Page("Valberedningens förslag\nTill ordförande föreslås Anna Berg.\n" +
           body),
      Page("Fullmakt\nHärmed befullmäktigas ombudet.\n" + body),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 3}, {4, 4}, {5, 5}}));
}

// An e-signing service's evidence placed before the document it signs
// (TellusTalk's "Signerat dokument" page) is that document's first page.
TEST(SplitPackage, EvidenceBeforeTheDocumentIsItsOwn) {
  PackagePage evidence = Page("Signerat dokument\nvia https://min.ebox.nu\n");
  evidence.signature_page = true;
  std::vector<PackagePage> pages = {
      evidence, Page("Protokoll fört vid ordinarie föreningsstämma\nText\n"),
      Page("Mer text\n")};
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs), (std::vector<std::pair<int, int>>{{1, 3}}));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].kind, DocumentKind::kMinutes);
}

// A document whose page number reached its own total ("Sida 2 av 2") is
// over: the page after it starts another, titled or not. Signature pages
// after it are its own; a sentence running over holds it.
TEST(SplitPackage, ANumberAtItsTotalEndsTheDocument) {
  const std::string body = kBodyLines;
  std::vector<PackagePage> pages = {
      Page("Förvaltningsberättelse\nStyrelsen avger härmed\n" + body,
           {"Sida 1 av 2"}),
      Page("Resultaträkning\nÅrets resultat 12 300\n" + body, {"Sida 2 av 2"}),
      Page("Om föreningens år\nVi har renoverat taket.\n" + body),
      Page("Vi tillstyrker ansvarsfrihet.\n" + body),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
  PackagePage signatures = Page("Signerat dokument\nAnna Berg\n");
  signatures.signature_page = true;
  pages.insert(pages.begin() + 2, signatures);
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 3}, {4, 5}}));
  pages[1].text = "Resultaträkning\nDen redovisas enligt lag och\n";
  pages.erase(pages.begin() + 2);
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
}

// A list of the package's documents announcing "Bilaga 2 - <title>": the
// page that opens with the title, its label not printed, starts appendix 2
// (seed 001's appendices 2 and 3). Two words do not name a page.
TEST(SplitPackage, AnAppendixTheListAnnouncesStartsAtItsTitle) {
  const std::string body = kBodyLines;
  const std::string list =
      "Ärende 4\nBeslutsunderlag\nTjänsteskrivelse om förbunden\n"
      "Bilaga 1 - Måluppfyllelse av åtagande under året\n"
      "Bilaga 2 - Sammanställning av insatser för deltagare, individinriktade\n"
      "Bilaga 3 - Deltagarnas enkät\n";
  std::vector<PackagePage> pages = {
      Page(list + body),
      Page("Bilaga 1\nMåluppfyllelse av åtagande\n" + body),
      Page("Mottagningsteamet har nått sina mål.\n" + body),
      Page("Sammanställning av insatser för deltagare.\nCoachingteam\n" + body),
      Page("Fler deltagare än året före.\n" + body),
      Page("Deltagarnas enkät\n" + body),
  };
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs),
            (std::vector<std::pair<int, int>>{{1, 1}, {2, 3}, {4, 6}}));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[2].kind, DocumentKind::kAppendix);
}

// A meeting booklet under one running line: the notice holds no other
// document, so the annual report's title after it starts one, and so does
// its management report where the booklet's report opens with it.
TEST(SplitPackage, ABookletsReportAfterTheNoticeStartsUnderItsRunningLine) {
  const std::string header = "HSB Brf Exempel";
  const std::string body = kBodyLines;
  std::vector<PackagePage> pages = {
      Page("Kallelse till ordinarie föreningsstämma\nTid: 19.00\n" + body, {},
           {header}),
      Page("Dagordning\n1. Stämmans öppnande\n" + body, {}, {header}),
      Page("Årsredovisning 2023\nför HSB Brf Exempel\n" + body, {}, {header}),
      Page("Resultaträkning\nÅrets resultat 12 300\n" + body, {}, {header}),
  };
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
  pages[2].text =
      "Förvaltningsberättelse\nStyrelsen för HSB Brf Exempel "
      "avger härmed årsredovisning.\n" +
      body;
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  EXPECT_EQ(Ranges(docs), (std::vector<std::pair<int, int>>{{1, 2}, {3, 4}}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].kind, DocumentKind::kAnnualReport);
  // Inside an annual report the management report is its own part.
  pages[0].text = "Årsredovisning 2023\nför HSB Brf Exempel\n" + body;
  pages[1].text = "Innehåll\nFörvaltningsberättelse 2\nResultaträkning 3\n";
  EXPECT_EQ(Ranges(SplitPackage(pages)),
            (std::vector<std::pair<int, int>>{{1, 4}}));
}

TEST(SplitPackage, NoPagesNoDocuments) {
  EXPECT_TRUE(SplitPackage({}).empty());
}

TEST(TextPages, FormFeedsMakePagesAndEdgeNumbersGoAside) {
  const TextPages tp = PagesOfText("Rubrik\nText\nSida 1 av 2\n\fMer\n\f");
  ASSERT_EQ(tp.pages.size(), 2u);
  EXPECT_TRUE(tp.page_breaks);
  EXPECT_EQ(tp.pages[0].text, "Rubrik\nText\n");
  EXPECT_EQ(tp.pages[0].page_number_lines,
            std::vector<std::string>{"Sida 1 av 2"});
  EXPECT_EQ(tp.first_line, (std::vector<int>{1, 4}));
  EXPECT_EQ(tp.last_line, (std::vector<int>{3, 4}));
}

TEST(TextPages, WithoutFormFeedsPagesEndAtPageNumbers) {
  const TextPages tp =
      PagesOfText(" Första sidan\ntext\n2 (9)\n\n Andra sidan\n- bullet\n");
  // The second page starts after "2 (9)"; " Andra sidan" one line later
  // is no page of its own.
  ASSERT_EQ(tp.pages.size(), 2u);
  EXPECT_FALSE(tp.page_breaks);
  EXPECT_EQ(tp.first_line, (std::vector<int>{1, 4}));
  EXPECT_EQ(tp.last_line, (std::vector<int>{3, 6}));
  EXPECT_EQ(tp.pages[0].page_number_lines, std::vector<std::string>{"2 (9)"});
}

// An audit report that names no addressee is the organisation's that its
// pages name (kalmar nation's bokslut 2025: "Som revisor för Kalmar
// Nation ..." under the running header "Kalmar nation (262000-0931)", a
// header the pipeline puts in the furniture): it joins the accounts of
// that organisation, a "bokslut" as much as an "årsredovisning", and the
// file stays one record, the whole file's.
TEST(PackageRecords, AnAuditNamingNoAddresseeJoinsItsPagesOrganisation) {
  Report report;
  report.input.path = "bokslut.txt";
  report.input.text =
      "Årsbokslut 2023\n"
      "Resultaträkning\t2023\t2022\n"
      "Medlemsavgifter\t120 000\t115 000\n"
      "Årets resultat\t8 500\t-1 200\n"
      "\f"
      "Revisionsberättelse 2023\n"
      "Som revisor för nationen har jag granskat organisationens "
      "redovisning för verksamhetsåret 2023.\n"
      "Jag rekommenderar att bokslutet för verksamhetsåret 2023 godkänns och "
      "att styrelsen beviljas ansvarsfrihet för det gångna "
      "verksamhetsåret.\n"
      "Lund, 2024-04-23\n"
      "Kent Berg\n"
      "Revisor\n"
      "\f";
  report.input.furniture =
      "Nation Lärkträdet (716400-1237)\n\fNation Lärkträdet "
      "(716400-1237)\n\f";
  report.record = records::BuildRecord(report.input);
  ASSERT_EQ(report.record.document.org_number, "716400-1237");
  const std::vector<PackagePart> parts = SplitReport(report);
  ASSERT_EQ(parts.size(), 2u);
  const std::vector<records::ReportRecord> out = PartRecords(report, parts);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].part_of.has_value());
  ASSERT_TRUE(out[0].audit.has_value());
  EXPECT_EQ(out[0].audit->org_number, "716400-1237");
  EXPECT_EQ(out[0].audit->date, "2024-04-23");
  EXPECT_EQ(out[0].audit->first_page, 2);
}

// Accounts that name no organisation the records read, and an audit report
// of the same year naming none either, on the page after: one document.
// Another year's audit report, or one not right after them, stays apart.
TEST(PackageRecords, AnUnnamedAuditJoinsTheUnnamedAccountsBeforeIt) {
  auto report_of = [](const std::string& audit_year) {
    Report report;
    report.input.path = "bokslut.txt";
    report.input.text =
        "BOKSLUT 1990\n"
        "Resultaträkning\t1990\t1989\n"
        "Intäkter\t186 358\t159 460\n"
        "Årets resultat\t-12 973\t-12 460\n"
        "\f"
        "Revisionsberättelse\n"
        "Vi har granskat räkenskaperna och styrelsens förvaltning för "
        "räkenskapsåret " +
        audit_year +
        ".\n"
        "Vi tillstyrker att styrelsen beviljas ansvarsfrihet för "
        "verksamhetsåret.\n"
        "Lund den 24 januari 1991\n"
        "\f";
    report.record = records::BuildRecord(report.input);
    return report;
  };
  const Report same = report_of("1990");
  ASSERT_EQ(same.record.document.fiscal_year, 1990);
  const std::vector<PackagePart> parts = SplitReport(same);
  ASSERT_EQ(parts.size(), 2u);
  const std::vector<records::ReportRecord> out = PartRecords(same, parts);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_TRUE(out[0].audit.has_value());
  EXPECT_EQ(out[0].audit->first_page, 2);
  EXPECT_EQ(out[0].audit->discharge, std::optional<bool>(true));

  const Report other = report_of("1989");
  EXPECT_EQ(PartRecords(other, SplitReport(other)).size(), 2u);
}

// An audit report that opens half-way down the page of the board's
// signatures starts no document of its own, yet it is the report's audit;
// a contents line naming it and a sentence about it open none.
TEST(PackageRecords, AnAuditOpeningUnderTheSignaturesIsTheReportsAudit) {
  Report report;
  report.input.path = "arsredovisning.txt";
  report.input.text =
      "Samordningsförbundet Bergsjö\n"
      "Årsredovisning 2023\n"
      "Organisationsnummer 222000-1883\n"
      "Innehåll\n"
      "Förvaltningsberättelse 2\n"
      "Revisionsberättelse 3\n"
      "\f"
      "Förvaltningsberättelse\n"
      "Revisionsberättelsen för 2022 lämnades i april.\n"
      "Resultaträkning\t2023\t2022\n"
      "Verksamhetens intäkter\t4 000 000\t3 900 000\n"
      "Årets resultat\t-12 000\t40 000\n"
      "\f"
      "Styrelsens underskrifter\n"
      "Styrelsen har fastställt årsredovisningen den 14 mars 2024.\n"
      "Bergsjö den 14 mars 2024\n"
      "Karin Lund\tPer Ek\n"
      "Ordförande\tVice ordförande\n"
      "Eva Sand\tLars Berg\n"
      "Ledamot\tLedamot\n"
      "Revisionsberättelse för år 2023\n"
      "Till styrelsen i Samordningsförbundet Bergsjö, org.nr 222000-1883.\n"
      "Vi har granskat förbundets verksamhet och räkenskaper för år 2023.\n"
      "Vi tillstyrker att styrelsen beviljas ansvarsfrihet och att "
      "årsredovisningen godkänns.\n"
      "Bergsjö den 2 april 2024\n"
      "Olle Nord\tMaria Ås\n"
      "Revisor\tRevisor\n"
      "\f";
  report.record = records::BuildRecord(report.input);
  ASSERT_EQ(report.record.document.type, "arsredovisning");
  const std::vector<PackagePart> parts = SplitReport(report);
  ASSERT_EQ(parts.size(), 1u);
  const std::vector<records::ReportRecord> out = PartRecords(report, parts);
  ASSERT_EQ(out.size(), 1u);
  ASSERT_TRUE(out[0].audit.has_value());
  EXPECT_EQ(out[0].audit->title, "Revisionsberättelse för år 2023");
  EXPECT_EQ(out[0].audit->first_page, 3);
  EXPECT_EQ(out[0].audit->last_page, 3);
  EXPECT_EQ(out[0].audit->discharge, std::optional<bool>(true));
  EXPECT_EQ(out[0].audit->date, "2024-04-02");
  EXPECT_EQ(out[0].audit->auditors.size(), 2u);
  AttachWholeFileAudit(&report);
  EXPECT_EQ(report.record.audit, out[0].audit);
}

// The package fixture through the pure stage: its text and furniture as
// make-fixtures wrote them (the pipeline's own reading is tested by
// package_cli_test).
TEST(SplitFixture, PackageSplitsIntoItsFiveDocuments) {
  const std::string dir = std::string(FINSAM_SOURCE_DIR) + "/fixtures/text/";
  const std::string text = ReadFileOrEmpty(dir + "package.expected.txt");
  const std::string furniture = ReadFileOrEmpty(dir + "package.furniture.txt");
  const auto expected =
      nlohmann::json::parse(ReadFileOrEmpty(dir + "package.documents.json"));
  ASSERT_FALSE(text.empty());
  const TextPages body = PagesOfText(text + "\f");
  const TextPages furn = PagesOfText(furniture + "\f");
  ASSERT_EQ(body.pages.size(), 10u);
  ASSERT_EQ(furn.pages.size(), 10u);
  std::vector<PackagePage> pages;
  for (size_t i = 0; i < body.pages.size(); ++i) {
    PackagePage p = body.pages[i];
    p.running_known = true;
    p.page_number_lines = furn.pages[i].page_number_lines;
    for (const std::string& line : {furn.pages[i].text}) {
      if (!line.empty()) p.running_lines.push_back(line);
    }
    pages.push_back(std::move(p));
  }
  const std::vector<PackageDocument> docs = SplitPackage(pages);
  ASSERT_EQ(docs.size(), expected["documents"].size());
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto& want = expected["documents"][i];
    EXPECT_EQ(docs[i].first_page, want["first_page"].get<int>()) << i;
    EXPECT_EQ(docs[i].last_page, want["last_page"].get<int>()) << i;
    EXPECT_EQ(DocumentKindName(docs[i].kind), want["kind"].get<std::string>())
        << i;
  }
}

}  // namespace
}  // namespace finsam::split

namespace finsam::split {
namespace {

// Seed 001: a 332-page meeting package as 2773 lines of text without form
// feeds (pages cut as split/text_pages.h says), so documents are line
// ranges. Read by hand: the agenda, a memo, the annual-report item (its
// cover sheet and memo), the förbund's e-mail, its annual report (lines
// 378-1329: text pages, signature page, then its audit pages, which had
// no text), and appendices 1-4.
TEST(SplitSeed, MeetingPackageSplitsIntoItsDocuments) {
  const std::string text = testing::ReadFileOrEmpty(
      std::string(FINSAM_SHARED_DIR) + "/seeds/001_c063391de694481f.txt");
  if (text.empty())
    GTEST_SKIP() << "../shared/seeds absent: seed 001 not split";
  const std::vector<int> true_starts = {194,  246,  347,  378,
                                        1330, 1578, 2013, 2622};
  constexpr int kTolerance = 3;  // lines: page ends in text are inferred
  const TextPages tp = PagesOfText(text);
  const std::vector<PackageDocument> docs = SplitPackage(tp.pages);
  std::vector<int> starts;
  for (const PackageDocument& d : docs) {
    const int first = tp.first_line[d.first_page - 1];
    const int last = tp.last_line[d.last_page - 1];
    std::printf("lines %d-%d %s '%s'\n", first, last, DocumentKindName(d.kind),
                d.title.c_str());
    if (first > 1) starts.push_back(first);
  }
  int found = 0;
  int wrong = 0;
  for (int s : starts) {
    bool near = false;
    for (int t : true_starts) near = near || std::abs(s - t) <= kTolerance;
    if (near) {
      ++found;
    } else {
      ++wrong;
    }
  }
  std::printf("seed 001: %d of %zu document starts found, %d wrong\n", found,
              true_starts.size(), wrong);
  // The annual report is one document, from its first page to its audit
  // pages.
  bool report_whole = false;
  for (const PackageDocument& d : docs) {
    const int first = tp.first_line[d.first_page - 1];
    const int last = tp.last_line[d.last_page - 1];
    report_whole = report_whole || (std::abs(first - 378) <= kTolerance &&
                                    std::abs(last - 1329) <= kTolerance);
  }
  EXPECT_TRUE(report_whole);
  // As measured: 8 of 8 starts (appendices 2 and 3 begin without a label,
  // by the titles the agenda's list gave them), one wrong (appendix 4's
  // second running head).
  EXPECT_GE(found, 8);
  EXPECT_LE(wrong, 1);
}

}  // namespace
}  // namespace finsam::split
