// The Visma signature page as narrow columns and scanners leave it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "records/visma_signature_page.h"

namespace finsam::records {
namespace {

// The signers read from a signature page whose rows after Visma's head
// are `rows`; none when the text is not read as such a page.
std::vector<VismaSigner> SignersOf(const std::string& rows) {
  const std::string head =
      "Detta dokument innehåller 6 sidor före denna sida\n"
      "This document contains 6 pages before this page\n";
  auto page = ParseVismaSignaturePage(SplitRecordText(head + rows));
  if (!page) return {};
  return page->signers;
}

// Two columns whose company label wraps before "Virksomhed:", as a page
// two signers wide prints it; the second row's values on the lines below.
TEST(ParseVismaSignaturePage, CompanyLabelWrappedInTwoColumns) {
  const std::string label =
      "Company - Yritys - Företag - Selskap -\t\tCompany - Yritys - Företag "
      "- Selskap -\n";
  const std::string text =
      "HANNA ELISABETH LINDQVIST\t\tBIRGER NORDAHL\n"
      "2025-02-24 09:12:44 UTC SE\t\t2025-02-24 13:30:02 UTC SE\n"
      "237751aa4462ebfc5f915ef09cfbac6e7687a66e\t\t"
      "569c803601a5ba50ad38835eddd6ff552fa73207\n" +
      label +
      "Virksomhed: Region Exempel\t\tVirksomhed: Nora kommun\n"
      "MARIE LOUISE FRANZÉN\t\tROBERT ANDERS EKHOLM\n"
      "2025-02-25 07:48:19 UTC SE\t\t2025-02-25 16:05:55 UTC SE\n" +
      label + "Virksomhed: Lerby kommun\t\tVirksomhed: Försäkringskassan\n";
  const std::vector<VismaSigner> signers = SignersOf(text);
  ASSERT_EQ(signers.size(), 4u);
  const std::vector<std::string> names = {
      "HANNA ELISABETH LINDQVIST", "BIRGER NORDAHL", "MARIE LOUISE FRANZÉN",
      "ROBERT ANDERS EKHOLM"};
  const std::vector<std::string> companies = {
      "Region Exempel", "Nora kommun", "Lerby kommun", "Försäkringskassan"};
  for (size_t i = 0; i < names.size(); ++i) {
    EXPECT_EQ(signers[i].name, names[i]);
    EXPECT_EQ(signers[i].company, companies[i]) << names[i];
  }
  EXPECT_EQ(signers[3].time, "2025-02-25T16:05:55Z");
  EXPECT_EQ(signers[1].hash, "569c803601a5ba50ad38835eddd6ff552fa73207");
}

// One column, the label wrapped the same way.
TEST(ParseVismaSignaturePage, CompanyLabelWrappedInOneColumn) {
  const std::string text =
      "KARIN LUNDQVIST 2025-02-21 13:05:42 UTC SE\n"
      "Company - Yritys - Företag - Selskap -\n"
      "Virksomhed: Nora kommun\n"
      "PER EK 2025-02-21 14:11:03 UTC SE\n"
      "Company - Yritys - Företag -\n"
      "Selskap - Virksomhed: Region Exempel\n";
  const std::vector<VismaSigner> signers = SignersOf(text);
  ASSERT_EQ(signers.size(), 2u);
  EXPECT_EQ(signers[0].company, "Nora kommun");
  EXPECT_EQ(signers[1].company, "Region Exempel");
}

// OCR of a 300-dpi scan of that page: spaced time separators, a
// lower-case zone, a speck read as a quote, the hash read as a word, and
// lines of specks between the rows.
TEST(ParseVismaSignaturePage, ScannedRowsAsOcrReadsThem) {
  const std::string text =
      "MARIE LOUISE FRANZÉN\t\tROBERT ANDERS EKHOLM\n"
      "2025- 02- 25 07: 48: 19 uTC SE\t\t2025- 02-25 16: 05: 55 UTC SE "
      "LAINBGR\n"
      "Company - Yritys - Företag - Selskap -\t\tCompany Yritys - Företag - "
      "Selskap\n"
      "\t\t- -\n"
      "Virksomhed: Lerby kommun\t\tVirksomhed: Försäkringskassan\n"
      "CECILIA MARGARETA VON BAHR\t\tJENNY KAROLINA MALMBERG\n"
      "2025- 02- 26 11: 41: 37 UTC SE\t\t2025- '03- 03 10: 20: 08 UTC SE\n"
      ".\t\t.\n"
      "Company - Yritys - Företag - Selskap -\t\tCompany - Yritys - Företag "
      "- Selskap -\n"
      "Virksomhed: Arbetsförmedlingen\t\tVirksomhed: Ernst & Young AB\n";
  const std::vector<VismaSigner> signers = SignersOf(text);
  ASSERT_EQ(signers.size(), 4u);
  EXPECT_EQ(signers[0].time, "2025-02-25T07:48:19Z");
  EXPECT_EQ(signers[1].time, "2025-02-25T16:05:55Z");
  EXPECT_EQ(signers[1].company, "Försäkringskassan");
  EXPECT_EQ(signers[2].name, "CECILIA MARGARETA VON BAHR");
  EXPECT_EQ(signers[3].time, "2025-03-03T10:20:08Z");
  EXPECT_EQ(signers[3].company, "Ernst & Young AB");
}

// The time, country and hash of a two-column row wrapped below its names,
// OCR reading the hashes' 1s as l.
TEST(ParseVismaSignaturePage, ScannedHashesWithLettersForDigits) {
  const std::string text =
      "KARIN ELISABET LUNDQVIST\tPER OLOF EK\n"
      "2025-02-21 13:05:42 UTC\tSE\t5261eelle34b96db6332404cc1dac261963fb5ff"
      "\t2025-02-21 14:11:03 "
      "UTC\tSE\tab12cd34ef56abl2cd34abl2cd34ef56ab12cd34\n"
      "Company - Yritys - Företag - Selskap - Virksomhed: Nora kommun\tCompany "
      "- Yritys - Företag - Selskap - Virksomhed: Region Exempel\n";
  const std::vector<VismaSigner> signers = SignersOf(text);
  ASSERT_EQ(signers.size(), 2u);
  EXPECT_EQ(signers[0].time, "2025-02-21T13:05:42Z");
  EXPECT_EQ(signers[0].hash, "5261ee11e34b96db6332404cc1dac261963fb5ff");
  EXPECT_EQ(signers[1].time, "2025-02-21T14:11:03Z");
  EXPECT_EQ(signers[1].company, "Region Exempel");
}

}  // namespace
}  // namespace finsam::records
