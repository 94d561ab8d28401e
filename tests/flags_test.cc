#include "cli/flags.h"

#include <gtest/gtest.h>

namespace finsam::cli {
namespace {

FlagSpec Spec() {
  FlagSpec spec;
  spec.with_value = {"format", "jobs", "lexicon"};
  spec.boolean = {"raw", "help"};
  spec.repeatable = {"lexicon"};
  return spec;
}

TEST(FlagsTest, ParsesValuesBooleansAndPositionals) {
  auto flags = Flags::Parse(
      {"a.pdf", "--format", "json", "--raw", "--jobs=2", "-"}, Spec());
  ASSERT_TRUE(flags.ok()) << flags.status().ToString();
  EXPECT_EQ(flags->Get("format"), "json");
  EXPECT_EQ(flags->Get("jobs"), "2");
  EXPECT_TRUE(flags->Has("raw"));
  EXPECT_FALSE(flags->Has("help"));
  EXPECT_EQ(flags->positional(), (std::vector<std::string>{"a.pdf", "-"}));
}

TEST(FlagsTest, RepeatableKeepsAllOthersKeepLast) {
  auto flags = Flags::Parse(
      {"--lexicon", "a", "--lexicon", "b", "--jobs", "1", "--jobs", "3"},
      Spec());
  ASSERT_TRUE(flags.ok());
  EXPECT_EQ(flags->GetAll("lexicon"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(flags->GetAll("jobs"), (std::vector<std::string>{"3"}));
}

TEST(FlagsTest, RejectsUnknownMissingValueAndValueOnBoolean) {
  EXPECT_EQ(Flags::Parse({"--nope"}, Spec()).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Flags::Parse({"--format"}, Spec()).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Flags::Parse({"--raw=1"}, Spec()).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Flags::Parse({"-x"}, Spec()).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(FlagsTest, ShortOutputOnlyWhereTheCommandWritesAFile) {
  FlagSpec spec = Spec();
  spec.with_value.insert("output");
  auto flags = Flags::Parse({"a.pdf", "-o", "out.txt"}, spec);
  ASSERT_TRUE(flags.ok()) << flags.status().ToString();
  EXPECT_EQ(flags->Get("output"), "out.txt");
  EXPECT_EQ(flags->positional(), (std::vector<std::string>{"a.pdf"}));
  EXPECT_EQ(Flags::Parse({"-o", "out.txt"}, Spec()).status().code(),
            ErrorCode::kInvalidArgument);
  EXPECT_EQ(Flags::Parse({"-o"}, spec).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(FlagsTest, DoubleDashEndsOptions) {
  auto flags = Flags::Parse({"--", "--raw"}, Spec());
  ASSERT_TRUE(flags.ok());
  EXPECT_FALSE(flags->Has("raw"));
  EXPECT_EQ(flags->positional(), (std::vector<std::string>{"--raw"}));
}

TEST(ParseIntegerTest, AcceptsRangeRejectsJunk) {
  EXPECT_EQ(*ParseInteger("42", 1, 100), 42);
  EXPECT_FALSE(ParseInteger("0", 1, 100).ok());
  EXPECT_FALSE(ParseInteger("4x", 1, 100).ok());
  EXPECT_FALSE(ParseInteger("", 1, 100).ok());
  EXPECT_FALSE(ParseInteger("99999999999999999999", 1, 100).ok());
}

TEST(ParseFractionTest, AcceptsZeroToOneRejectsJunk) {
  EXPECT_DOUBLE_EQ(*ParseFraction("min-confidence", "0.6"), 0.6);
  EXPECT_DOUBLE_EQ(*ParseFraction("min-confidence", "1"), 1.0);
  for (const char* bad : {"", "1.5", "-0.1", "0.5x", "nan", "inf"}) {
    auto value = ParseFraction("min-confidence", bad);
    ASSERT_FALSE(value.ok()) << bad;
    EXPECT_EQ(value.status().message(),
              "--min-confidence wants a number from 0 to 1, got '" +
                  std::string(bad) + "'");
  }
}

TEST(ParseOneInputCommandTest, FlagsHelpOrAUsageExit) {
  FlagSpec spec = Spec();
  auto parsed =
      ParseOneInputCommand("text", {"a.pdf", "--raw"}, spec, "usage\n", "PDF");
  ASSERT_TRUE(std::holds_alternative<Flags>(parsed));
  EXPECT_TRUE(std::get<Flags>(parsed).Has("raw"));
  EXPECT_EQ(std::get<Flags>(parsed).positional()[0], "a.pdf");
  ::testing::internal::CaptureStdout();
  auto help = ParseOneInputCommand("text", {"--help"}, spec, "usage\n", "PDF");
  EXPECT_EQ(::testing::internal::GetCapturedStdout(), "usage\n");
  ASSERT_TRUE(std::holds_alternative<int>(help));
  EXPECT_EQ(std::get<int>(help), 0);
  ::testing::internal::CaptureStderr();
  auto two = ParseOneInputCommand("text", {"a.pdf", "b.pdf"}, spec, "", "PDF");
  EXPECT_EQ(::testing::internal::GetCapturedStderr(),
            "finsam-extract text: give exactly one PDF (see --help)\n");
  ASSERT_TRUE(std::holds_alternative<int>(two));
  EXPECT_EQ(std::get<int>(two), 2);
}

}  // namespace
}  // namespace finsam::cli
