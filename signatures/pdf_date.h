// PDF dates ("D:20240327140211+01'00'", PDF 32000-1 7.9.4) as ISO 8601.
#ifndef FINSAM_SIGNATURES_PDF_DATE_H_
#define FINSAM_SIGNATURES_PDF_DATE_H_

#include <string>
#include <string_view>

namespace finsam::signatures {

// "D:20240327140211+01'00'" -> "2024-03-27T14:02:11+01:00"; "...Z" ->
// "...Z". Missing trailing fields default as the standard says (month and
// day 01, time 00). "" when the text is not a PDF date or states no time
// zone: a time without zone cannot be placed and the record's times always
// carry one.
std::string PdfDateToIso(std::string_view pdf_date);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_PDF_DATE_H_
