// Swedish organisation numbers ("222000-2493"): the record's
// document.organisation.org_number and the org_number_valid check.
#ifndef FINSAM_RECORDS_ORG_NUMBER_H_
#define FINSAM_RECORDS_ORG_NUMBER_H_

#include <string_view>

namespace finsam::records {

// True when `org_number` is written "NNNNNN-NNNN" and its last digit is the
// Luhn check digit of the other nine.
bool LuhnValid(std::string_view org_number);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_ORG_NUMBER_H_
