#include <gtest/gtest.h>

#include "base/status.h"

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

}  // namespace
}  // namespace finsam
