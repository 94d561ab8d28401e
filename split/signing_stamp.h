// Whether two pages' e-signing stamps name one signing transaction.
//
// A stamp ("Transaktion 09222115557481553863 Signerat LN, RK"; Visma's
// "Verifiera: https://sign.visma.net/verify/f02b77c1-94d3-...") names the
// signed document by an id. Two transactions' ids differ: a UUID in nearly
// every character, Scrive's sequential numbers in their last four digits
// of twenty (brf-malmohus17 2021-22). From a text layer the stamps are
// compared exactly. Read by OCR (either page), a stamp differs page to page
// by misread letters (the skogsbygden-scan probe: "fö2b77c1" / "f02b77c1"
// / "fO2b77c1", "0b57" / "0h57", the logo read as "e", "ee" or "Oo"), so
// the ids are compared with the glyphs OCR confuses made one and a few
// differences allowed; a stamp whose id OCR lost says nothing.
#ifndef FINSAM_SPLIT_SIGNING_STAMP_H_
#define FINSAM_SPLIT_SIGNING_STAMP_H_

#include <string>
#include <string_view>

namespace finsam::split {

// The stamp's id: its words that hold a digit, folded and joined, with the
// glyphs OCR confuses in ids made one (o -> 0, l and i -> 1, s -> 5,
// z -> 2, h -> b). "" when no word holds a digit
// ("Detta dokument har signerats genom GetAccept").
std::string StampId(std::string_view stamp);

// True when stamps `a` and `b` (as printed) may be one transaction's;
// `ocr`: either was read by OCR.
bool SameSigning(std::string_view a, std::string_view b, bool ocr);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_SIGNING_STAMP_H_
