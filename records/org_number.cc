#include "records/org_number.h"

#include <re2/re2.h>

#include <string>

#include "base/luhn.h"

namespace finsam::records {

bool LuhnValid(std::string_view org_number) {
  static const RE2 kForm(R"(^(\d{6})-(\d{4})$)");
  std::string a, b;
  if (!RE2::FullMatch(org_number, kForm, &a, &b)) return false;
  return LuhnCheckDigitHolds(a + b);
}

bool HasOrgNumberLabel(std::string_view line) {
  static const RE2 kLabel(R"((?i)org(?:anisations)?\.?\s*-?\s*n(?:umme)?r)");
  return RE2::PartialMatch(line, kLabel);
}

std::vector<std::string> FindOrgNumbers(std::string_view line, bool labelled) {
  // Six digits, a dash with spaces around it or not, four digits that a
  // normaliser may have grouped ("2 675"); or, labelled, ten in a run. No
  // digit or dash on either side: "2022-2023" and amounts in a row stay out.
  static const RE2 kDashed(
      R"((?:^|[^\d-])(\d{6})\s*[-–]\s*(\d(?:\s?\d){3})(?:[^\d-]|$))");
  static const RE2 kRun(R"((?:^|[^\d-])(\d{6})(\d{4})(?:[^\d-]|$))");
  std::vector<std::string> out;
  for (const RE2* form : {&kDashed, &kRun}) {
    if (form == &kRun && !labelled) break;
    re2::StringPiece input(line.data(), line.size());
    std::string a, b;
    while (RE2::FindAndConsume(&input, *form, &a, &b)) {
      std::string last;
      for (char c : b) {
        if (c != ' ') last += c;
      }
      if (a[2] < '2') continue;  // a personal identity number's month
      out.push_back(a + "-" + last);
    }
    if (!out.empty()) break;
  }
  return out;
}

}  // namespace finsam::records
