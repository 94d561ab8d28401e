// Tests of the fixture loop (fixtures_tool/): corrections, comparisons,
// learning candidates, discovery and the add/accept round trip on disk.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "base/text.h"
#include "fixtures_tool/corrections.h"
#include "fixtures_tool/fixture_compare.h"
#include "fixtures_tool/fixture_loop.h"
#include "fixtures_tool/fixture_store.h"
#include "fixtures_tool/fixture_text.h"
#include "fixtures_tool/word_corrections.h"
#include "lang/swedish_dictionary.h"
#include "normalize/normalizer.h"
#include "pdf/pdf_document.h"
#include "tests/testing/files.h"
#include "tests/testing/scratch_dir.h"

namespace finsam::fixture {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

TEST(FixtureText, SplitsAndJoinsPages) {
  const std::string text = "a\nb\n\fc\n";
  const auto pages = SplitPages(text);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0], "a\nb\n");
  EXPECT_EQ(pages[1], "c\n");
  EXPECT_EQ(JoinPages(pages), text);
  EXPECT_EQ(JoinPages({"x", "y"}), "x\n\fy\n");
  EXPECT_EQ(PageLines("a\n\nb\n"), (std::vector<std::string>{"a", "", "b"}));
}

TEST(Corrections, ParsesAndApplies) {
  auto parsed = ParseCorrections(
      "page\tline\tbefore\tafter\n# a comment\n\n2\t1\tsmnt\tsamt\n"
      "1\t2\tFor\\tx\tFör\\tx\n");
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  ASSERT_EQ(parsed->size(), 2u);
  EXPECT_EQ((*parsed)[0].page, 2);
  EXPECT_EQ((*parsed)[1].before, "For\tx");
  auto applied =
      ApplyCorrections({"rubrik\nFor\tx 12\n", "a smnt b\n"}, *parsed);
  ASSERT_TRUE(applied.ok()) << applied.status().ToString();
  EXPECT_EQ((*applied)[0], "rubrik\nFör\tx 12\n");
  EXPECT_EQ((*applied)[1], "a samt b\n");
  // Written and read back unchanged.
  auto again = ParseCorrections(FormatCorrections(*parsed));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)[1].after, "För\tx");
}

TEST(Corrections, RejectsBadRowsAndStaleCorrections) {
  auto bad = ParseCorrections("1\t2\tonly three\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("row 1"), std::string::npos);
  EXPECT_FALSE(ParseCorrections("x\t2\ta\tb\n").ok());
  EXPECT_FALSE(ParseCorrections("0\t2\ta\tb\n").ok());
  EXPECT_FALSE(ParseCorrections("1\t2\t\tb\n").ok());

  const std::vector<std::string> pages = {"a b c\n"};
  auto stale = ApplyCorrections(pages, {Correction{1, 1, "zz", "y"}});
  ASSERT_FALSE(stale.ok());
  EXPECT_NE(stale.status().message().find("'zz' is not on the line"),
            std::string::npos);
  EXPECT_FALSE(ApplyCorrections(pages, {Correction{2, 1, "a", "y"}}).ok());
  EXPECT_FALSE(ApplyCorrections(pages, {Correction{1, 5, "a", "y"}}).ok());
}

TEST(FixtureCompare, DiffsRecordsIgnoringRunFields) {
  const Json before = {{"generator", "finsam-extract 0.1.0"},
                       {"source", {{"path", "a.pdf"}, {"pages", 3}}},
                       {"key_figures", {{"equity", {{"2023", 100}}}}},
                       {"people", {{{"name", "Anna"}}}}};
  Json after = before;
  after["generator"] = "finsam-extract 0.2.0";
  after["source"]["path"] = "elsewhere/a.pdf";
  EXPECT_TRUE(DiffRecords(before, after).empty());
  after["key_figures"]["equity"]["2023"] = 101;
  after["people"].push_back({{"name", "Göran"}});
  const auto changes = DiffRecords(before, after);
  ASSERT_EQ(changes.size(), 2u);
  EXPECT_EQ(changes[0].path, "/key_figures/equity/2023");
  EXPECT_EQ(changes[0].before, "100");
  EXPECT_EQ(changes[0].after, "101");
  EXPECT_EQ(changes[1].path, "/people/1/name");
  EXPECT_EQ(changes[1].before, "");
}

TEST(FixtureCompare, ChecksThatGetWorse) {
  const Json before = {{"checks",
                        {{{"id", "a"}, {"status", "pass"}},
                         {{"id", "b"}, {"status", "fail"}},
                         {{"id", "c"}, {"status", "warn"}}}}};
  const Json after = {{"checks",
                       {{{"id", "a"}, {"status", "warn"}},
                        {{"id", "b"}, {"status", "pass"}},
                        {{"id", "d"}, {"status", "fail"}}}}};
  const auto changes = DiffChecks(before, after);
  ASSERT_EQ(changes.size(), 4u);
  EXPECT_EQ(changes[0].id, "a");
  EXPECT_TRUE(changes[0].worse);
  EXPECT_EQ(changes[1].id, "b");
  EXPECT_FALSE(changes[1].worse);
  EXPECT_EQ(changes[2].id, "c");  // gone
  EXPECT_TRUE(changes[2].worse);
  EXPECT_EQ(changes[3].id, "d");  // new: not a regression
  EXPECT_FALSE(changes[3].worse);
}

TEST(FixtureCompare, RegressionIsMeasuredFromTheBaseline) {
  const std::vector<std::string> expected = {"Försäkringskassan och samt\n"};
  const std::vector<std::string> baseline = {"Forsakringskassan och samt\n"};
  Manifest manifest;
  manifest.cer_tolerance = 0.01;
  // The same output as accepted: not a regression although it has errors.
  Verdict same = Judge(expected, baseline, baseline, Json::object(),
                       Json::object(), manifest);
  EXPECT_FALSE(same.regression);
  EXPECT_GT(same.now.cer, 0.05);
  EXPECT_EQ(same.now.pages_off, std::vector<int>{1});
  // One more error than the baseline, within 1 %? 1/26 is not.
  Verdict worse = Judge(expected, {"Forsakringskassan och smnt\n"}, baseline,
                        Json::object(), Json::object(), manifest);
  EXPECT_TRUE(worse.regression);
  ASSERT_FALSE(worse.reasons.empty());
  EXPECT_NE(worse.reasons[0].find("CER"), std::string::npos);
  // Better than the baseline.
  Verdict better = Judge(expected, expected, baseline, Json::object(),
                         Json::object(), manifest);
  EXPECT_FALSE(better.regression);
  EXPECT_EQ(better.now.cer, 0);
  // A wider tolerance absorbs the extra error.
  manifest.cer_tolerance = 0.1;
  EXPECT_FALSE(Judge(expected, {"Forsakringskassan och smnt\n"}, baseline,
                     Json::object(), Json::object(), manifest)
                   .regression);
  // A missing page always counts.
  EXPECT_TRUE(Judge({"a\n", "b\n"}, {"a\n"}, std::nullopt, Json::object(),
                    std::nullopt, manifest)
                  .regression);
}

TEST(FixtureCompare, WorseCheckIsARegressionUnlessAllowed) {
  const std::vector<std::string> text = {"x\n"};
  const Json before = {{"checks", {{{"id", "sums"}, {"status", "pass"}}}}};
  const Json after = {{"checks", {{{"id", "sums"}, {"status", "fail"}}}}};
  Manifest manifest;
  Verdict v = Judge(text, text, text, after, before, manifest);
  EXPECT_TRUE(v.regression);
  ASSERT_EQ(v.checks.size(), 1u);
  manifest.checks_may_worsen = true;
  EXPECT_FALSE(Judge(text, text, text, after, before, manifest).regression);
}

TEST(WordCorrections, FindsWordFixesLineByLine) {
  const std::vector<std::string> output = {
      "Rubrik « x\n\nMedlemmar: Forsakringskassan, Region.\n8 036 515 smnt\n",
      "en rad som ändrats helt om\n"};
  const std::vector<std::string> corrected = {
      "Rubrik • x\nMedlemmar: Försäkringskassan, Region.\n8 036 515 samt\n",
      "en annan rad\n"};
  const auto found = FindWordCorrections(output, corrected);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].before, "Forsakringskassan");
  EXPECT_EQ(found[0].after, "Försäkringskassan");
  EXPECT_EQ(found[1].before, "smnt");
  EXPECT_EQ(found[1].after, "samt");
}

TEST(WordCorrections, CandidatesNeedSeveralFixturesAndOneAnswer) {
  std::map<std::string, std::vector<WordCorrection>> by_fixture;
  by_fixture["a"] = {{"Finsamm", "Finsam"}, {"smnt", "samt"}, {"til", "till"}};
  by_fixture["b"] = {{"Finsamm", "Finsam"}, {"til", "tills"}};
  by_fixture["c"] = {{"Finsamm", "Finsam"}, {"smnt", "samt"}};
  const auto candidates = FindLexiconCandidates(by_fixture, 2);
  ASSERT_EQ(candidates.size(), 2u);
  EXPECT_EQ(candidates[0].correction.after, "Finsam");
  EXPECT_EQ(candidates[0].fixtures, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(candidates[1].correction.after, "samt");
  // "til" was corrected two ways: left out.
  EXPECT_TRUE(FindLexiconCandidates(by_fixture, 4).empty());
}

class FixtureDirTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(dir_.empty()); }
  void Write(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    ASSERT_TRUE(WriteFileAtomically(path.string(), text).ok());
  }
  testing::ScratchDir scratch_;
  const fs::path dir_ = scratch_.path();
};

TEST_F(FixtureDirTest, FindsFolderFixturesAndSets) {
  Write(
      dir_ / "one" / "fixture.json",
      R"({"format": "finsam-extract/fixture/v1", "tolerance": {"cer": 0.02}})");
  Write(dir_ / "set" / "manifest.json",
        R"({"fixtures": [{"file": "a.pdf", "expected": "a.expected.txt"},
                         {"file": "b.pdf"}]})");
  Write(
      dir_ / "set" / "b.fixture.json",
      R"({"format": "finsam-extract/fixture/v1", "options": {"ocr": "never"}})");
  Write(dir_ / "bad" / "fixture.json", "{}");  // bad inputs are skipped
  auto found = FindFixtures(dir_);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 3u);
  EXPECT_EQ((*found)[0].name, "one");
  EXPECT_TRUE((*found)[0].has_manifest);
  EXPECT_DOUBLE_EQ((*found)[0].manifest.cer_tolerance, 0.02);
  EXPECT_EQ((*found)[0].expected, dir_ / "one" / "expected.txt");
  EXPECT_EQ((*found)[1].name, "a");
  EXPECT_TRUE((*found)[1].in_set);
  EXPECT_FALSE((*found)[1].has_manifest);
  EXPECT_EQ((*found)[1].accepted, dir_ / "set" / "a.accepted.txt");
  EXPECT_EQ((*found)[2].name, "b");
  EXPECT_EQ((*found)[2].manifest.ocr, "never");
  EXPECT_EQ((*found)[2].expected, dir_ / "set" / "b.expected.txt");
}

TEST_F(FixtureDirTest, DamagedManifestOrEmptyRootIsAnError) {
  EXPECT_EQ(FindFixtures(dir_ / "missing").status().code(),
            ErrorCode::kNotFound);
  EXPECT_EQ(FindFixtures(dir_).status().code(), ErrorCode::kNotFound);
  Write(dir_ / "x" / "fixture.json", R"({"format": "something/else"})");
  auto found = FindFixtures(dir_);
  ASSERT_FALSE(found.ok());
  EXPECT_NE(found.status().message().find("fixture.json"), std::string::npos);
}

TEST_F(FixtureDirTest, ProjectFixturesAreASet) {
  auto found = FindFixtures(std::string(FINSAM_SOURCE_DIR) + "/fixtures");
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  int in_set = 0;
  for (const Fixture& f : *found) {
    in_set += f.in_set ? 1 : 0;
    EXPECT_TRUE(fs::exists(f.input)) << f.input;
    EXPECT_TRUE(fs::exists(f.expected)) << f.expected;
    // Every fixture CI checks has a baseline to be measured against.
    EXPECT_TRUE(f.has_manifest) << f.name;
    EXPECT_TRUE(fs::exists(f.accepted)) << f.accepted;
    EXPECT_TRUE(fs::exists(f.record)) << f.record;
  }
  EXPECT_GE(in_set, 6);  // fixtures/text/
}

// The loop on disk with the real pipeline, on the fast born-digital fixture.
class FixtureLoopTest : public FixtureDirTest {
 protected:
  static void SetUpTestSuite() {
    auto dictionary = SwedishDictionary::Open();
    auto normalizer = Normalizer::Create(NormalizerConfig{});
    if (!dictionary.ok() || !normalizer.ok()) return;
    dictionary_ = std::move(dictionary).value().release();
    normalizer_ = std::move(normalizer).value().release();
  }
  static void TearDownTestSuite() {
    delete dictionary_;
    delete normalizer_;
    dictionary_ = nullptr;
    normalizer_ = nullptr;
  }
  void SetUp() override {
    FixtureDirTest::SetUp();
    if (normalizer_ == nullptr) GTEST_SKIP() << "language data missing";
    options_.jobs = 2;
    options_.dictionary = dictionary_;
    options_.normalizer = normalizer_;
  }
  static SwedishDictionary* dictionary_;
  static Normalizer* normalizer_;
  TextPipelineOptions options_;
  QuietPoppler quiet_;
};
SwedishDictionary* FixtureLoopTest::dictionary_ = nullptr;
Normalizer* FixtureLoopTest::normalizer_ = nullptr;

TEST_F(FixtureLoopTest, AddCorrectCheckAccept) {
  const fs::path pdf = testing::TextFixture("born_digital.pdf");
  const fs::path dir = dir_ / "born";
  auto added = AddFixture(pdf, dir, 0.001, "never", options_);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  for (const char* name : {"input.pdf", "expected.txt", "accepted.txt",
                           "record.json", "fixture.json"}) {
    EXPECT_TRUE(fs::exists(dir / name)) << name;
  }
  auto found = FindFixtures(dir);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  Fixture f = (*found)[0];
  EXPECT_EQ(f.manifest.pages, 3);
  EXPECT_EQ(f.manifest.ocr, "never");
  EXPECT_DOUBLE_EQ(f.manifest.cer_tolerance, 0.001);
  EXPECT_EQ(f.manifest.input_sha256.size(), 64u);
  EXPECT_FALSE(f.manifest.created.empty());

  // Fresh: the output is its own expectation.
  auto run = RunFixture(f, options_);
  ASSERT_TRUE(run.ok()) << run.status().ToString();
  auto e = ReadExpectation(f);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  Verdict v = Judge(e->corrected, run->pages, e->accepted, run->record,
                    e->record, f.manifest);
  EXPECT_FALSE(v.regression);
  EXPECT_EQ(v.now.cer, 0);
  EXPECT_TRUE(v.fields.empty());

  // A cleaner's correction the tool does not make: now off by the
  // correction, and so is the baseline: no regression.
  const std::string page2 = SplitPages(*ReadFile(f.expected))[1];
  const std::string line1 = PageLines(page2)[0];
  Write(f.corrections,
        "page\tline\tbefore\tafter\n2\t1\t" + line1 + "\t" + line1 + " X\n");
  e = ReadExpectation(f);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->corrections, 1);
  v = Judge(e->corrected, run->pages, e->accepted, run->record, e->record,
            f.manifest);
  EXPECT_GT(v.now.cer, 0);
  EXPECT_FALSE(v.regression);

  // A worse output than the accepted one is a regression.
  std::vector<std::string> damaged = run->pages;
  damaged[0].replace(0, 30, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  v = Judge(e->corrected, damaged, e->accepted, run->record, e->record,
            f.manifest);
  EXPECT_TRUE(v.regression);

  // A stale correction is reported, not skipped.
  Write(f.corrections, "1\t1\tno such words\tx\n");
  EXPECT_EQ(ReadExpectation(f).status().code(), ErrorCode::kInvalidArgument);
  fs::remove(f.corrections);

  // Accept while expected.txt is the tool's own: it follows the output.
  FixtureRun changed = *run;
  changed.pages[0] += "ny rad\n";
  auto outcome = AcceptRun(f, changed);
  ASSERT_TRUE(outcome.ok());
  EXPECT_TRUE(outcome->expected_replaced);
  EXPECT_EQ(*ReadFile(f.expected), JoinPages(changed.pages));
  // Once a cleaner has edited expected.txt, accepting keeps it.
  Write(f.expected, "korrigerad\n");
  outcome = AcceptRun(f, *run);
  ASSERT_TRUE(outcome.ok());
  EXPECT_FALSE(outcome->expected_replaced);
  EXPECT_EQ(*ReadFile(f.expected), "korrigerad\n");
  EXPECT_EQ(*ReadFile(f.accepted), JoinPages(run->pages));
}

TEST_F(FixtureLoopTest, AddRefusesAFullFolderAndBadInput) {
  Write(dir_ / "full" / "something.txt", "x");
  auto full = AddFixture(testing::TextFixture("born_digital.pdf"),
                         dir_ / "full", 0.005, "never", options_);
  EXPECT_EQ(full.status().code(), ErrorCode::kInvalidArgument);
  auto bad =
      AddFixture(std::string(FINSAM_SOURCE_DIR) + "/fixtures/bad/not_a_pdf.pdf",
                 dir_ / "bad-input", 0.005, "never", options_);
  EXPECT_EQ(bad.status().code(), ErrorCode::kNotPdf);
  EXPECT_FALSE(fs::exists(dir_ / "bad-input"));
  auto truncated =
      AddFixture(std::string(FINSAM_SOURCE_DIR) + "/fixtures/bad/empty.pdf",
                 dir_ / "empty", 0.005, "never", options_);
  EXPECT_FALSE(truncated.ok());
  EXPECT_FALSE(fs::exists(dir_ / "empty"));
}

}  // namespace
}  // namespace finsam::fixture
