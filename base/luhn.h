// The Luhn check digit, which ends Swedish organisation and personal
// identity numbers ("769612-2675": over the ten digits) and bankgiro
// numbers. One home for the normaliser (an identifier is never regrouped
// as an amount) and the records (org_number_valid).
#ifndef FINSAM_BASE_LUHN_H_
#define FINSAM_BASE_LUHN_H_

#include <string_view>

namespace finsam {

// True when `digits` is one or more ASCII digits, nothing else, and its
// last digit is the Luhn check digit of the others.
inline bool LuhnCheckDigitHolds(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  for (size_t k = 0; k < digits.size(); ++k) {
    const char c = digits[digits.size() - 1 - k];
    if (c < '0' || c > '9') return false;
    int d = c - '0';
    if (k % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 == 0;
}

}  // namespace finsam

#endif  // FINSAM_BASE_LUHN_H_
