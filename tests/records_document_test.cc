// Document facts: type, title, organisation, fiscal year, adoption, dnr.
#include <gtest/gtest.h>

#include "records/document_info.h"
#include "records/loose_figures.h"
#include "records/year_tables.h"

namespace finsam::records {
namespace {

DocumentInfo Read(const std::string& text) {
  RecordText t = SplitRecordText(text);
  return ExtractDocumentInfo(t, ExtractSections(t));
}

TEST(DocumentInfo, CoverOfAFinsamReport) {
  DocumentInfo info = Read(
      "Dnr\n\nFinsam\nLekeberg Örebro\n\nÅrsredovisning\n2023\n\n"
      "Beslutad av styrelsen 2024-03-27\n\nOrganisationsnummer: 222000-2493\n"
      "\fFinsam Lekeberg och Örebro har som mål.\n"
      "Finsam Lekeberg och Örebro har möjlighet.\n");
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.title, "Årsredovisning 2023");
  EXPECT_EQ(info.org_number, "222000-2493");
  EXPECT_EQ(info.organisation_name, "Finsam Lekeberg och Örebro");
  EXPECT_EQ(info.fiscal_year, 2023);
  EXPECT_EQ(info.adopted_date, "2024-03-27");
  EXPECT_EQ(info.adopted_by, "styrelsen");
  EXPECT_TRUE(info.diarienummer.empty());  // "Dnr" with no number
}

TEST(DocumentInfo, NameAboveTheNumberIsReadQuietly) {
  // The name printed above the number on a cover. Its pattern once had a
  // counted repetition over a Unicode class, and RE2 printed "DFA out of
  // memory" to stderr for every such cover.
  testing::internal::CaptureStderr();
  DocumentInfo info = Read(
      "Årsredovisning\nExempelföreningen Ideell Förening\n"
      "Org.nr 222000-2493\n\nStyrelsen\n");
  const std::string noise = testing::internal::GetCapturedStderr();
  EXPECT_EQ(info.organisation_name, "Exempelföreningen Ideell Förening");
  EXPECT_EQ(noise, "");
  // Over 61 letters it is a sentence, not a name.
  info = Read("Årsredovisning\n" + std::string("Ö") + std::string(61, 'a') +
              "\nOrg.nr 222000-2493\n");
  EXPECT_EQ(info.organisation_name, "");
}

TEST(DocumentInfo, OwnersOfInterventionsAreOtherOrganisations) {
  // Seed 003: a plan names the owner of a bought service twice; the
  // report's own name is in its budget heading.
  DocumentInfo info = Read(
      "# Verksamhetsplan och budget 2024\n"
      "<b>Insatsägare och samverkansparter</b>\tSamordningsförbundet Centrala "
      "Östergötland. Finsam Lekeberg och Örebro köper konceptet.\n"
      "<b>Projektägare</b>\tSamordningsförbundet Centrala Östergötland.\n"
      "<b>BUDGET 2024</b> <b>Finsam Lekeberg och Örebro</b>\t<b>Budget</b>\n");
  EXPECT_EQ(info.type, "verksamhetsplan");
  EXPECT_EQ(info.organisation_name, "Finsam Lekeberg och Örebro");
}

TEST(DocumentInfo, NumberedHousingCooperativeKeepsItsNumber) {
  EXPECT_EQ(Read("Brf Spettet 10\nårsredovisning\nBrf Spettet 10\n")
                .organisation_name,
            "Brf Spettet 10");
  // A page number or a year after the name is not part of it.
  EXPECT_EQ(Read("Brf Kasen 3 (13)\nBrf Kasen 4 av 14\n").organisation_name,
            "Brf Kasen");
  EXPECT_EQ(Read("Brf Kasen 2023\nBrf Kasen 2024\n").organisation_name,
            "Brf Kasen");
}

// No heading over the board's signatures: the place and date with board
// members signing under it; the auditors' own place and date, and a table
// row ending in a date, are not it (invented names).
TEST(BoardSignatureDate, PlaceAndDateOverBoardNames) {
  const std::vector<std::string> board = {"Lisa Ek", "Olof Rask",
                                          "Hanna Kvist"};
  const RecordText text = SplitRecordText(
      "Årsredovisning 2023\nLisa Ek\tOrdförande\t2022-07-13\n"
      "Olof Rask\tLedamot\t2021-05-02\n"
      "\fRevisionsberättelse 2023\nVi tillstyrker ansvarsfrihet.\n"
      "Mälarby den 14 mars 2024\nOlle Nord\tMaria Ås\n"
      "\fMälarby 2024-02-20\n\nLisa Ek\n\nOlof Rask\n\nHanna Kvist\n");
  EXPECT_EQ(BoardSignatureDate(text, board), "2024-02-20");
  // One board member under it is not the board's block.
  EXPECT_EQ(BoardSignatureDate(SplitRecordText("Mälarby 2024-02-20\nLisa Ek\n"
                                               "Olle Nord\n"),
                               board),
            "");
}

// Invented sentences in the forms a förbund's report uses.
TEST(ReadBalanceRequirementInProse, SentencesAndTheirSigns) {
  std::vector<LooseFigure> f = ReadBalanceRequirementInProse(
      SplitRecordText("Förbundet redovisar ett positivt balanskravsresultat "
                      "för 2019 som\nuppgick till 323 481 kr. Resultatet "
                      "förklaras av vakanser.\n"),
      2020);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].key, "balance_requirement_result");
  EXPECT_EQ(f[0].year, 2019);
  EXPECT_EQ(f[0].value, 323481);
  // The fiscal year when the sentence names none; "negativt" signs it.
  f = ReadBalanceRequirementInProse(
      SplitRecordText("Det negativa balanskravsresultatet blev 412 tkr.\n"),
      2023);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].year, 2023);
  EXPECT_EQ(f[0].value, -412000);
  f = ReadBalanceRequirementInProse(
      SplitRecordText("Balanskravsresultatet uppgår till ett underskott om "
                      "58 000 kr.\n"),
      2023);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value, -58000);
  // No amount, or no year to give it: nothing.
  EXPECT_TRUE(ReadBalanceRequirementInProse(
                  SplitRecordText("Balanskravsresultatet är positivt.\n"), 2023)
                  .empty());
  EXPECT_TRUE(ReadBalanceRequirementInProse(
                  SplitRecordText("Balanskravsresultatet blev 5 000 kr.\n"), 0)
                  .empty());
}

// A key figure table of its own, not an overview (invented figures); a
// kronor row under it is not read (only unitless keys are).
TEST(ReadUnitlessRows, KeyFigureTable) {
  std::vector<LooseFigure> f = ReadUnitlessRows(
      SplitRecordText("Nyckeltal\t2023\t2022\nSoliditet, %\t85,9\t78\n"
                      "Antal anställda\t4\t3\nÅrets resultat\t-267\t409\n"));
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].key, "equity_ratio_percent");
  EXPECT_EQ(f[0].year, 2023);
  EXPECT_TRUE(f[0].has_decimals);
  EXPECT_DOUBLE_EQ(f[0].exact, 85.9);
  EXPECT_EQ(f[1].value, 78);
  EXPECT_EQ(f[3].key, "employees");
  EXPECT_EQ(f[3].year, 2022);
  EXPECT_EQ(f[3].value, 3);
  // Without a header row there are no years to give.
  EXPECT_TRUE(
      ReadUnitlessRows(SplitRecordText("Soliditet, %\t85,9\t78\n")).empty());
}

// Year-headed tables wherever they stand: each header with the rows on the
// lines under it, the columns after its years ("Andel %", one column)
// split off; a row beyond the window or a header with no rows gives none.
TEST(FindYearTables, HeadersAndTheirRows) {
  const std::vector<YearTable> tables =
      FindYearTables(SplitRecordText("Medlemsbidrag, tkr\t2024\t2023\tAndel %\n"
                                     "Staten\t2 000\t1 900\t50\n"
                                     "Region Västerland\t1 000\t950\t25\n"
                                     "Förbundet bildades 2009.\n"
                                     "Nyckeltal 2024 2023\n"
                                     "\n"
                                     "\n"
                                     "Soliditet, %\t81\t79\n"),
                     2);
  ASSERT_EQ(tables.size(), 2u);
  EXPECT_EQ(tables[0].header_line, 0u);
  EXPECT_EQ(tables[0].years, (std::vector<int>{2024, 2023}));
  EXPECT_EQ(tables[0].title, "Medlemsbidrag, tkr");
  ASSERT_EQ(tables[0].rows.size(), 2u);
  EXPECT_EQ(tables[0].rows[1].line, 2u);
  EXPECT_EQ(tables[0].rows[1].row.label, "Region Västerland");
  ASSERT_EQ(tables[0].rows[1].row.cells.size(), 2u);
  EXPECT_DOUBLE_EQ(tables[0].rows[1].row.cells[1]->value, 950);
  EXPECT_EQ(tables[1].title, "Nyckeltal");
  EXPECT_TRUE(tables[1].rows.empty());  // three lines down: out of reach
}

// OCR read the percent sign as digits (the lead's Mälarvik scan:
// "Soliditet, 20"); the head-count's label gains no percent.
TEST(ReadUnitlessRows, PercentSignReadAsDigits) {
  std::vector<LooseFigure> f =
      ReadUnitlessRows(SplitRecordText("Nyckeltal\t\t\t2023\t\t2022\n"
                                       "Soliditet, 20\t\t\t78\t\t77\n"
                                       "Antal anställda, 20\t\t\t4\t\t4\n"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].key, "equity_ratio_percent");
  EXPECT_EQ(f[0].value, 78);
  EXPECT_EQ(f[1].year, 2022);
  EXPECT_EQ(f[1].value, 77);
  // The comma read as another mark ("Soliditet; 20").
  for (const char* label : {"Soliditet; 20", "Soliditet : 20"}) {
    std::vector<LooseFigure> g = ReadUnitlessRows(SplitRecordText(
        "Nyckeltal\t2023\t2022\n" + std::string(label) + "\t81\t79\n"));
    ASSERT_EQ(g.size(), 2u) << label;
    EXPECT_EQ(g[0].key, "equity_ratio_percent") << label;
    EXPECT_EQ(g[1].value, 79) << label;
  }
}

// Key figures in sentences with the year before in parentheses, or first
// ("från ... till"); units as printed, "kr" or none, minus as U+2212.
TEST(ReadKeyFiguresInProse, TheYearAndTheYearBefore) {
  std::vector<LooseFigure> f = ReadKeyFiguresInProse(
      SplitRecordText(
          "Årets resultat blev 312 405 kr (\u2212"
          "98 212 kr). Eget kapital "
          "uppgick vid\nårets slut till 2 987 330 kr (föregående år 2 674 925 "
          "kr).\nSoliditeten uppgick till 71,5 % (64 %).\n\n"
          "Förbundet har 3 anställda (2).\n"),
      2024);
  ASSERT_EQ(f.size(), 8u);
  EXPECT_EQ(f[0].key, "result_for_year");
  EXPECT_EQ(f[0].year, 2024);
  EXPECT_EQ(f[0].value, 312405);
  EXPECT_EQ(f[1].year, 2023);
  EXPECT_EQ(f[1].value, -98212);
  EXPECT_EQ(f[2].key, "equity");
  EXPECT_EQ(f[3].value, 2674925);
  EXPECT_EQ(f[4].key, "equity_ratio_percent");
  EXPECT_TRUE(f[4].has_decimals);
  EXPECT_DOUBLE_EQ(f[4].exact, 71.5);
  EXPECT_EQ(f[5].value, 64);
  EXPECT_EQ(f[6].key, "employees");
  EXPECT_EQ(f[7].value, 2);
  // The year before first, tkr, a deficit in words, no unit in kronor.
  f = ReadKeyFiguresInProse(
      SplitRecordText("Soliditeten ökade från 64 % föregående år till 71 %.\n"
                      "Resultatet blev ett underskott om 143 tkr (210 tkr).\n"
                      "Det egna kapitalet var 2 450 112 (2 593 982).\n"),
      2023);
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(f[0].key, "equity_ratio_percent");
  EXPECT_EQ(f[0].year, 2023);
  EXPECT_EQ(f[0].value, 71);
  EXPECT_EQ(f[1].year, 2022);
  EXPECT_EQ(f[1].value, 64);
  EXPECT_EQ(f[2].value, -143000);
  EXPECT_EQ(f[3].value, 210000);
  EXPECT_EQ(f[4].key, "equity");
  EXPECT_EQ(f[5].value, 2593982);
  // OCR read the percent signs as "20" and "90".
  f = ReadKeyFiguresInProse(
      SplitRecordText("Soliditeten uppgick till 69 20 (67 90).\n"), 2024);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value, 69);
  EXPECT_EQ(f[1].year, 2023);
  EXPECT_EQ(f[1].value, 67);
  // Not figures of a key: a count after "Resultatet", a change "med",
  // a subject the vocabulary does not name, no fiscal year.
  EXPECT_TRUE(ReadKeyFiguresInProse(
                  SplitRecordText("Resultatet var 45 deltagare i arbete.\n"
                                  "Kostnaderna ökade med 120 000 kr.\n"
                                  "Insatsen kostade 80 000 kr.\n\n"
                                  "Not 6 Anställda och personalkostnader\n\n"
                                  "Antalet har ökat med 103,7 "
                                  "tillsvidareanställda.\n"),
                  2024)
                  .empty());
  EXPECT_TRUE(ReadKeyFiguresInProse(
                  SplitRecordText("Årets resultat blev 312 405 kr.\n"), 0)
                  .empty());
}

// A key figure table with the years as rows: the header's key labels name
// the columns, the caption's unit applies; a column no key names
// ("Intäkter") is not read.
TEST(ReadTransposedTables, YearsAsRows) {
  std::vector<LooseFigure> f = ReadTransposedTables(
      SplitRecordText("Flerårsöversikt (tkr)\n"
                      "År\tIntäkter\tResultat\tEget kapital\tSoliditet %\n"
                      "2024\t6 143\t312\t2 987\t71\n"
                      "2023\t5 899\t\u2212"
                      "98\t2 675\t64\n"
                      "Kommentar till översikten.\n"));
  ASSERT_EQ(f.size(), 6u);
  EXPECT_EQ(f[0].key, "result_for_year");
  EXPECT_EQ(f[0].year, 2024);
  EXPECT_EQ(f[0].value, 312000);
  EXPECT_EQ(f[1].key, "equity");
  EXPECT_EQ(f[1].value, 2987000);
  EXPECT_EQ(f[2].key, "equity_ratio_percent");
  EXPECT_EQ(f[2].value, 71);
  EXPECT_EQ(f[3].year, 2023);
  EXPECT_EQ(f[3].value, -98000);
  // A broken fiscal year is its ending year; a header with one key is no
  // key figure table.
  f = ReadTransposedTables(
      SplitRecordText("År\tResultat\tSoliditet %\n2023/24\t1 200\t55\n"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].year, 2024);
  EXPECT_EQ(f[0].value, 1200);
  f = ReadTransposedTables(
      SplitRecordText("År\tResultat\tSoliditet %\n1999/00\t1 200\t55\n"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].year, 2000);
  EXPECT_TRUE(ReadTransposedTables(
                  SplitRecordText("År\tDeltagare\tSoliditet %\n2024\t12\t55\n"))
                  .empty());
  // OCR read "Soliditet %" as "Soliditet 24".
  f = ReadTransposedTables(
      SplitRecordText("År\tResultat\tSoliditet 24\n2024\t-143 870\t57\n"));
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].key, "equity_ratio_percent");
  EXPECT_EQ(f[1].value, 57);
}

TEST(DocumentInfo, OcrFoldedCover) {
  DocumentInfo info = Read(
      "Arsredovisning\n2023\nBeslutad av styrelsen 2024-03-27\n"
      "Organisationsnummer: 222000-2493\n");
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.fiscal_year, 2023);
  EXPECT_EQ(info.adopted_date, "2024-03-27");
}

TEST(DocumentInfo, LuhnRejectsMisreadNumber) {
  DocumentInfo info = Read("Årsredovisning 2023\nOrg.nr 222000-2494\n");
  EXPECT_TRUE(info.org_number.empty());
  EXPECT_EQ(info.org_number_printed, "222000-2494");
}

TEST(DocumentInfo, PersonalIdentityNumberIsNotTheOrganisation) {
  // A personal number (third digit < 2) that passes Luhn is not taken.
  DocumentInfo info =
      Read("Protokoll\nJustering 811218-9876 och 716444-9758\n");
  EXPECT_EQ(info.type, "protokoll");
  EXPECT_EQ(info.org_number, "716444-9758");
}

TEST(DocumentInfo, HousingCooperative) {
  DocumentInfo info = Read(
      " Årsredovisning\n         för\n\nBrf Doktor Lindh\n     716444-9758\n\n"
      "    Räkenskapsåret\n\n        2018\n\fStyrelsen för Brf Doktor Lindh "
      "får "
      "härmed avge årsredovisning för räkenskapsåret 2018.\n");
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.title, "Årsredovisning för Brf Doktor Lindh");
  EXPECT_EQ(info.organisation_name, "Brf Doktor Lindh");
  EXPECT_EQ(info.org_number, "716444-9758");
  EXPECT_EQ(info.fiscal_year, 2018);
}

TEST(DocumentInfo, NoCoverTitle) {
  DocumentInfo info = Read(
      "Förvaltningsberättelse\nStyrelsen för Samordningsförbundet Exempelbygd, "
      "organisationsnummer\n222000-2493, avger härmed årsredovisning för "
      "räkenskapsåret 2023.\n");
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.organisation_name, "Samordningsförbundet Exempelbygd");
  EXPECT_EQ(info.org_number, "222000-2493");
  EXPECT_EQ(info.fiscal_year, 2023);
  EXPECT_TRUE(info.title.empty());
}

TEST(DocumentInfo, ComposedTitle) {
  EXPECT_EQ(ComposeTitle("arsredovisning", "Brf Exempel", 2025, "2024-09-01"),
            "Årsredovisning för Brf Exempel 2024/2025");
  EXPECT_EQ(ComposeTitle("arsredovisning", "Brf Exempel", 2023, "2023-01-01"),
            "Årsredovisning för Brf Exempel 2023");
  EXPECT_EQ(ComposeTitle("delarsrapport", "", 2023, ""), "Delårsrapport 2023");
  EXPECT_EQ(ComposeTitle("verksamhetsplan", "Finsam Nora", 0, ""),
            "Verksamhetsplan för Finsam Nora");
  EXPECT_EQ(ComposeTitle("other", "Brf Exempel", 2023, ""), "");
  EXPECT_EQ(ComposeTitle("arsredovisning", "", 0, ""), "");
}

TEST(DocumentInfo, TypeFromWhatTheReportHoldsAndTheFullestName) {
  // The text opens at "1. Förvaltningsberättelse"; the name is printed in
  // full once, with its abbreviation, which the sentences then use.
  DocumentInfo info = Read(
      "1. Förvaltningsberättelse\n"
      "Årsredovisningen innehåller förvaltningsberättelse, resultaträkning "
      "och balansräkning.\n"
      "Styrelsen för SVN avger härmed sin rapport.\n"
      "Samordningsförbundet Västra Nyland (SVN) bildades 2010.\n");
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.organisation_name, "Samordningsförbundet Västra Nyland");
}

TEST(DocumentInfo, FiscalYearNotFollowingTheCalendar) {
  DocumentInfo info = Read(
      "Årsredovisning\nBrf Exempel\n\n2024-09-01 – 2025-08-31\n"
      "\fFörvaltningsberättelse\nräkenskapsåret\n2024-09-01 till "
      "2025-08-31\n");
  EXPECT_EQ(info.fiscal_year, 2025);
  EXPECT_EQ(info.fiscal_start, "2024-09-01");
  EXPECT_EQ(info.fiscal_end, "2025-08-31");
}

// An accounting program's report prints the year with two digits; a
// verksamhetsberättelse names its year as "verksamhetsåret".
TEST(DocumentInfo, FiscalYearOfAClubsReport) {
  DocumentInfo info = Read(
      "Resultatrapport\nRäkenskapsår: 23-01-01 - 23-12-31\tSenaste vernr:"
      "\t23 305\n");
  EXPECT_EQ(info.fiscal_year, 2023);
  EXPECT_EQ(info.fiscal_start, "2023-01-01");
  EXPECT_EQ(info.fiscal_end, "2023-12-31");
  info = Read("Verksamhetsberättelse\n\nför verksamhetsåret 2023\nFörord\n");
  EXPECT_EQ(info.fiscal_year, 2023);
  // Two-digit dates without the label are not a fiscal period.
  info = Read("Protokoll\nMöte 23-01-01 - 23-12-31\n");
  EXPECT_TRUE(info.fiscal_end.empty());
}

TEST(DocumentInfo, AdoptionPlaceAndDateUnderSignatures) {
  DocumentInfo info = Read(
      "Årsredovisning 2021\nStyrelsens underskrift\nKarlskoga 2022-02-07\n"
      "Anna Berg\nOrdförande\n");
  EXPECT_EQ(info.adopted_date, "2022-02-07");
  EXPECT_EQ(info.adopted_by, "styrelsen");
  info = Read(
      "Årsredovisning 2024\nStyrelsens underskrift\nDen 21 februari 2025\n");
  EXPECT_EQ(info.adopted_date, "2025-02-21");
  info = Read(
      "Årsredovisning 2023\nStyrelsens underskrift\n"
      "Åby den 27 mars 2024\n");
  EXPECT_EQ(info.adopted_date, "2024-03-27");
}

TEST(DocumentInfo, AdoptionIsNotTheAuditReportsDate) {
  // The signatures' section runs on into the audit report (Kalmar nation
  // 2025's layout): the date under the report is the auditors'.
  const std::string board =
      "Årsbokslut 2025\nUNDERSKRIFTER\nUnderskrift\tUnderskrift\n\n"
      "Eva Lund\tOla Berg\nOrdförande\tKassör\n";
  const std::string audit =
      "\fRevisionsberättelse 2025\nSom revisor har jag granskat "
      "föreningens bokslut.\nUppsala, 2026-04-23\n\nKim Sten\nRevisor\n";
  EXPECT_EQ(Read(board + audit).adopted_date, "");
  const DocumentInfo info = Read(
      "Årsbokslut 2025\nUNDERSKRIFTER\nUppsala 2026-03-02\n"
      "Eva Lund\tOla Berg\nOrdförande\tKassör\n" +
      audit);
  EXPECT_EQ(info.adopted_date, "2026-03-02");
}

TEST(DocumentInfo, TypesAndDiarienummer) {
  EXPECT_EQ(Read("Delårsrapport 2023-08-31\n").type, "delarsrapport");
  EXPECT_EQ(Read("Verksamhetsplan och budget 2024\n").type, "verksamhetsplan");
  EXPECT_EQ(Read("Protokoll fört vid styrelsemöte\n").type, "protokoll");
  EXPECT_EQ(Read("Minnesanteckningar\n").type, "other");
  DocumentInfo info =
      Read("Protokoll\nDnr: SN 2023/12\nDiarienummer 2024-0031\n");
  EXPECT_EQ(info.diarienummer,
            (std::vector<std::string>{"SN 2023/12", "2024-0031"}));
}

// A stämma package (invented): the notice first, then the association's
// verksamhetsberättelse and its accounts, no title and no words saying what
// it is; the statements' column headers set the period over two lines.
TEST(DocumentInfo, AnnualReportFromItsPartsAndAPeriodOverTwoHeaderLines) {
  const std::string accounts =
      "Resultaträkning 2016\n"
      "Not\t2016-07-01\t2015-07-01\n"
      "2017-06-30\t2016-06-30\n"
      "Avgifter\t300 000 kr\t280 000 kr\n"
      "Balansräkning 2016\n"
      "Summa tillgångar\t900 000 kr\t800 000 kr\n";
  DocumentInfo info = Read(
      "Kallelse till årsmöte\n"
      "Dagordning\n"
      "\fVerksamhetsberättelse mars 2016 - mars 2017\n"
      "Styrelsen har sammanträtt 7 gånger.\n"
      "\f" +
      accounts);
  EXPECT_EQ(info.type, "arsredovisning");
  EXPECT_EQ(info.fiscal_start, "2016-07-01");
  EXPECT_EQ(info.fiscal_end, "2017-06-30");
  EXPECT_EQ(info.fiscal_year, 2017);
  // Accounts alone, or the report named only in a sentence, are not enough.
  EXPECT_EQ(Read("Kallelse till årsmöte\n\f" + accounts).type, "other");
  EXPECT_EQ(
      Read("Styrelsen läser verksamhetsberättelsen på mötet.\n\f" + accounts)
          .type,
      "other");
}

TEST(FindSwedishDate, Forms) {
  EXPECT_EQ(FindSwedishDate("Karlskoga 2022-02-07"), "2022-02-07");
  EXPECT_EQ(FindSwedishDate("den 21 februari 2025"), "2025-02-21");
  EXPECT_EQ(FindSwedishDate("2023-13-40"), "");
  EXPECT_EQ(FindSwedishDate("ingen"), "");
}

}  // namespace
}  // namespace finsam::records
