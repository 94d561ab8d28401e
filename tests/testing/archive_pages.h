// Two pages of one housing cooperative's archive, for the tests of an
// archive that teaches itself (the pipeline within one PDF, batch across
// PDFs): its minutes, printed correctly, and its annual report, whose text
// layer lost every å/ä/ö. The names and streets are the minutes' own.
#ifndef FINSAM_TESTS_TESTING_ARCHIVE_PAGES_H_
#define FINSAM_TESTS_TESTING_ARCHIVE_PAGES_H_

#include "tests/testing/mini_pdf.h"

namespace finsam::testing {

inline MiniPage SoundMinutesPage() {
  return {{
      "Protokoll fört vid föreningsstämma i Brf Sjötungan.",
      "Stämman hölls i lokalen på Myggdalsvägen 12 i Tyresö.",
      "Ordförande var Anna Bäckström och sekreterare Per Öhlund.",
      "Föreningen äger fastigheten Sjötungan 4 på Myggdalsvägen.",
  }};
}

inline MiniPage LostLettersReportPage() {
  return {{
      "rsredovisning fr Brf Sjtungan, org nr 716420-1234.",
      "Freningen ger fastigheten Sjtungan 4 p Myggdalsvgen i Tyres.",
      "Styrelsen har under ret haft tta mten. Ordfrande har varit",
      "Anna Bckstrm. Freningens lgenheter r upplten med bostadsrtt.",
      "Underhllsplanen visar att stambyte behvs inom tio r.",
      "Fr att mta kostnaderna hjs rsavgiften med fem procent.",
  }};
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_ARCHIVE_PAGES_H_
