// MiniPdf: writes small, valid PDFs in memory for tests.
//
// Each page draws its lines with Helvetica in WinAnsiEncoding, so Latin-1
// letters (å ä ö) extract correctly. Enough to exercise loading, the text
// layer, classification and bad-input handling without fixture files.
#ifndef FINSAM_TESTS_TESTING_MINI_PDF_H_
#define FINSAM_TESTS_TESTING_MINI_PDF_H_

#include <string>
#include <vector>

namespace finsam::testing {

struct MiniPage {
  std::vector<std::string> lines;  // UTF-8; Latin-1 characters only
  double font_size = 11;
  double width = 595;  // points (A4 by default)
  double height = 842;
  // Content-stream operators drawn before the text (rules, boxes).
  std::string graphics = {};
  int rotate = 0;  // the page's /Rotate
};

// A PDF with one page per entry (zero entries gives a PDF whose page tree
// is empty). Lines start 72 pt from the top-left, 1.4 font sizes apart.
std::string MiniPdf(const std::vector<MiniPage>& pages);

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_MINI_PDF_H_
