// Swedish organisation numbers ("222000-2493"): the record's
// document.organisation.org_number, the audit report's, and the
// org_number_valid check. One home for finding them in a line.
#ifndef FINSAM_RECORDS_ORG_NUMBER_H_
#define FINSAM_RECORDS_ORG_NUMBER_H_

#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

// True when `org_number` is written "NNNNNN-NNNN" and its last digit is the
// Luhn check digit of the other nine.
bool LuhnValid(std::string_view org_number);

// True when `line` carries an organisation number's label ("Org.nr",
// "org nr", "Organisationsnummer").
bool HasOrgNumberLabel(std::string_view line);

// The organisation numbers printed in `line`, in order, each written
// "NNNNNN-NNNN" whether or not its check digit holds. Read as printed
// ("769612-2675") and in the forms OCR and digit grouping make of it:
// spaces around the dash and inside the last four ("769612 - 2 675").
// Ten digits run together ("7696122675") count only when `labelled` (the
// caller knows a label stands on or just above the line): unlabelled, they
// are as likely an amount. A personal identity number ("19" years, a month
// in the third and fourth digit: third digit 0 or 1) is never one.
std::vector<std::string> FindOrgNumbers(std::string_view line, bool labelled);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_ORG_NUMBER_H_
