// Tables end to end: the generated table fixtures (scripts/fixtures/tables.py)
// through the text pipeline, rows and cells as the expected text has them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "eval/error_rate.h"
#include "pdf/pdf_document.h"
#include "pipeline/page_tables.h"
#include "pipeline/text_pipeline.h"
#include "tests/testing/files.h"

namespace finsam {
namespace {

using testing::SplitPages;
using testing::TextFixture;

DocumentText Extract(const std::string& name) {
  auto file = PdfFile::Open(TextFixture(name));
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  if (!file.ok()) return {};
  TextPipelineOptions options;
  options.jobs = 2;
  auto doc = ExtractText(**file, options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : DocumentText{};
}

// The page's lines without the blank ones layout puts between blocks.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    if (end > begin) out.push_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

TEST(TableFixture, BornDigitalRowsAreTheExpectedLines) {
  const DocumentText doc = Extract("tables_born_digital.pdf");
  const std::vector<std::string> expected = SplitPages(testing::ReadFileOrEmpty(
      TextFixture("tables_born_digital.expected.txt")));
  ASSERT_EQ(doc.pages.size(), 4u);
  ASSERT_EQ(expected.size(), 4u);
  for (size_t p = 0; p < 4; ++p) {
    EXPECT_EQ(Lines(doc.pages[p].raw_text), Lines(expected[p]))
        << "page " << p + 1;
  }
}

TEST(TableFixture, CellsOfTheGoalTable) {
  const DocumentText doc = Extract("tables_born_digital.pdf");
  ASSERT_EQ(doc.pages.size(), 4u);
  const PageResult& page = doc.pages[0];
  const std::vector<PageTable> tables =
      PageTables(page.lines, page.tables, page.text);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].source, TableSource::kRules);
  EXPECT_EQ(tables[0].columns, 3);
  ASSERT_EQ(tables[0].rows.size(), 4u);
  EXPECT_EQ(tables[0].rows[2][1].text,
            "Träffar om kompetensutveckling inom Individ- och "
            "familjeomsorgen");
  EXPECT_EQ(tables[0].rows[3][1].text,
            "Ny mall för Karlskoga-/ Degerfors och Laxå");
}

// The same pages scanned: OCR misreads some characters, but rows and cells
// come out as on the text layer.
TEST(TableFixture, ScannedRowsStayRows) {
  const DocumentText doc = Extract("tables_scanned.pdf");
  const std::vector<std::string> expected = SplitPages(
      testing::ReadFileOrEmpty(TextFixture("tables_scanned.expected.txt")));
  ASSERT_EQ(doc.pages.size(), 4u);
  ASSERT_EQ(expected.size(), 4u);
  // Page 1, the ruled goal table: within 2 % of the expected characters in
  // the expected order (interleaved cells would cost a quarter).
  EXPECT_LT(CharacterErrors(expected[0], doc.pages[0].raw_text).rate(), 0.02);
  const std::vector<std::string> lines = Lines(doc.pages[0].raw_text);
  ASSERT_GE(lines.size(), 4u);
  // The goal table's rows: one line each, three fields.
  int rows_with_three_cells = 0;
  for (const std::string& line : lines) {
    if (std::count(line.begin(), line.end(), '\t') == 2)
      ++rows_with_three_cells;
  }
  EXPECT_EQ(rows_with_three_cells, 4);
}

}  // namespace
}  // namespace finsam
