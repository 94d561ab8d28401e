// PageTables: the grid of a page's tables, with the cell text the page's
// (normalised) text shows.
#include "pipeline/page_tables.h"

#include <gtest/gtest.h>

#include "layout/line_builder.h"
#include "tests/testing/page_words.h"

namespace finsam {
namespace {

using testing::Page;
using testing::Put;
using testing::PutProse;
using testing::PutRight;

PageLayout StatementPage() {
  PageWords page = Page();
  PutProse(&page, 60);
  Put(&page, 72, 100, "Personalkostnader");
  Put(&page, 330, 100, "Not 6");
  PutRight(&page, 460, 100, "-772 279");
  PutRight(&page, 540, 100, "-712 815");
  Put(&page, 72, 112, "Av- och nedskrivningar av materiella och");
  PutRight(&page, 460, 112, "-9 351 715");
  PutRight(&page, 540, 112, "-7 051 439");
  Put(&page, 72, 124, "immateriella anlaggningstillgangar");
  return BuildPageLayout(page);
}

TEST(PageTables, CellsFromTheTextTheyAreGiven) {
  const PageLayout layout = StatementPage();
  std::string text = JoinLines(layout.lines);
  // As the normaliser would give it back: same lines, letters restored.
  const size_t at = text.find("anlaggningstillgangar");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 21, "anläggningstillgångar");
  const std::vector<PageTable> tables =
      PageTables(layout.lines, layout.tables, text);
  ASSERT_EQ(tables.size(), 1u);
  const PageTable& t = tables[0];
  EXPECT_EQ(t.columns, 4);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0][1].text, "Not 6");
  EXPECT_EQ(t.rows[1][0].text,
            "Av- och nedskrivningar av materiella och immateriella "
            "anläggningstillgångar");
  EXPECT_EQ(t.rows[1][1].text, "");
  EXPECT_DOUBLE_EQ(t.rows[1][1].box.x1, 0);  // an empty cell has no box
  EXPECT_EQ(t.rows[1][3].text, "-7 051 439");
  EXPECT_DOUBLE_EQ(t.rows[1][0].box.y1, 136);  // two printed lines
}

TEST(PageTables, LineWhoseTabsMovedFallsBackToItsWords) {
  const PageLayout layout = StatementPage();
  std::string text = JoinLines(layout.lines);
  const size_t tab = text.find("\tNot 6");
  ASSERT_NE(tab, std::string::npos);
  text[tab] = ' ';  // one field fewer than columns
  const std::vector<PageTable> tables =
      PageTables(layout.lines, layout.tables, text);
  ASSERT_EQ(tables.size(), 1u);
  EXPECT_EQ(tables[0].rows[0][0].text, "Personalkostnader");
  EXPECT_EQ(tables[0].rows[0][1].text, "Not 6");
}

TEST(PageTables, NoTablesNoRows) {
  PageWords page = Page();
  PutProse(&page, 60);
  const PageLayout layout = BuildPageLayout(page);
  EXPECT_TRUE(
      PageTables(layout.lines, layout.tables, JoinLines(layout.lines)).empty());
}

}  // namespace
}  // namespace finsam
