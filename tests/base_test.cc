#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "base/core_budget.h"
#include "base/files.h"
#include "base/luhn.h"
#include "base/sha256.h"
#include "base/status.h"
#include "base/text.h"

namespace finsam {
namespace {

TEST(StatusTest, OkByDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "ok");
}

TEST(StatusTest, CarriesCodeAndMessage) {
  Status s(ErrorCode::kNotPdf, "no %PDF header");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), ErrorCode::kNotPdf);
  EXPECT_EQ(s.ToString(), "not-pdf: no %PDF header");
}

TEST(ResultTest, HoldsValueOrStatus) {
  Result<int> good(42);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad(Status(ErrorCode::kTooLarge, "too many pixels"));
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), ErrorCode::kTooLarge);
}

TEST(ReadFileTest, ReadsBytesAndNamesWhatWentWrong) {
  const std::filesystem::path dir =
      std::filesystem::path(FINSAM_BINARY_DIR) / "base-test-out";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "bytes.bin").string();
  const std::string bytes("a\0b\r\n\xff", 6);
  std::ofstream(path, std::ios::binary) << bytes;
  auto read = ReadFile(path);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(*read, bytes);

  auto missing = ReadFile((dir / "nowhere.txt").string());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "no such file");
  auto folder = ReadFile(dir.string());
  EXPECT_EQ(folder.status().code(), ErrorCode::kIoError);
  EXPECT_EQ(folder.status().message(), "is a directory");
}

TEST(TextTest, GroupsThousandsTheSwedishWay) {
  EXPECT_EQ(GroupThousands("8036515"), "8 036 515");
  EXPECT_EQ(GroupThousands("123"), "123");
  EXPECT_EQ(GroupThousands("1234"), "1 234");
  EXPECT_EQ(GroupThousands(""), "");
  EXPECT_EQ(GroupedInteger(-4479290), "-4 479 290");
  EXPECT_EQ(GroupedInteger(0), "0");
  EXPECT_EQ(GroupedMagnitude(-4479290), "4 479 290");
  // Every int64_t has a magnitude, the most negative too.
  EXPECT_EQ(GroupedInteger(std::numeric_limits<int64_t>::min()),
            "-9 223 372 036 854 775 808");
}

TEST(TextTest, CsvFieldQuotesOnlyWhenItMust) {
  EXPECT_EQ(CsvField("Brf Lindh"), "Brf Lindh");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"hej\""), "\"say \"\"hej\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("a;b"), "a;b");
  EXPECT_EQ(CsvField("a;b", ';'), "\"a;b\"");
}

TEST(TextTest, SplitPagesAtFormFeeds) {
  EXPECT_EQ(SplitPages("a\n\fb\n\f"), (std::vector<std::string>{"a\n", "b\n"}));
  // After the last form feed only a lone newline is no page.
  EXPECT_EQ(SplitPages("a\fb").size(), 2u);
  EXPECT_EQ(SplitPages("a\f\n").size(), 1u);
  EXPECT_EQ(SplitPages("a\f\f").size(), 2u);  // an empty page inside
  EXPECT_TRUE(SplitPages("").empty());
}

TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // Two blocks of padding (56 bytes and more).
  EXPECT_EQ(
      Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Luhn, CheckDigitOfOrganisationNumbers) {
  EXPECT_TRUE(LuhnCheckDigitHolds("2220002493"));    // a Finsam förbund
  EXPECT_TRUE(LuhnCheckDigitHolds("7696122675"));    // Brf Kastanjen 4
  EXPECT_FALSE(LuhnCheckDigitHolds("7696122676"));   // last digit off by one
  EXPECT_FALSE(LuhnCheckDigitHolds("769612-2675"));  // digits only
  EXPECT_FALSE(LuhnCheckDigitHolds(""));
}

TEST(CoreBudget, LendsWhatIsFreeAndTakesItBack) {
  CoreBudget budget(2);
  EXPECT_EQ(budget.TryTake(3), 2);
  EXPECT_EQ(budget.TryTake(1), 0);
  budget.Give(1);
  EXPECT_EQ(budget.TryTake(0), 0);
  EXPECT_EQ(budget.TryTake(5), 1);
}

}  // namespace
}  // namespace finsam
