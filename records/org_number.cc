#include "records/org_number.h"

#include <re2/re2.h>

#include <string>

namespace finsam::records {

bool LuhnValid(std::string_view org_number) {
  static const RE2 kForm(R"(^(\d{6})-(\d{4})$)");
  std::string a, b;
  if (!RE2::FullMatch(org_number, kForm, &a, &b)) return false;
  const std::string digits = a + b;
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    int d = digits[i] - '0';
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

}  // namespace finsam::records
