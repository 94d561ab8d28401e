// RecordText: a document's cleaned text as numbered lines on numbered pages.
//
// The pipeline's text separates pages with form feeds and has furniture
// (Visma stamps, "Sida N" footers) removed. Hand-made and older texts have
// no form feeds but keep the furniture, so without form feeds the "Sida N"
// footers are used as page ends and stamp lines are dropped. A line whose
// page cannot be told (footers missing or skipping) has page 0: the
// extractors then take page numbers from the table of contents. Markup a
// document converter left ("## 5 Budget", "<b>Summa</b>", "**Mål**") is
// taken out of every line.
#ifndef FINSAM_RECORDS_RECORD_TEXT_H_
#define FINSAM_RECORDS_RECORD_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

struct Line {
  std::string text;  // without trailing '\r'; tabs kept (table cells)
  int page = 0;      // 1-based; 0 when unknown
};

struct RecordText {
  std::vector<Line> lines;
  int page_count = 0;        // pages seen (form feeds or last footer)
  bool page_breaks = false;  // true when pages came from form feeds
};

// Splits `text` into lines and pages as described above.
RecordText SplitRecordText(std::string_view text);

// The cells of a line: runs separated by a tab or by two or more spaces
// (a text layer's layout gap), trimmed, empty ones left out.
std::vector<std::string> LineCells(const std::string& line);

// True for page furniture that may remain in hand-made text: "Sida 3",
// "Sida 3 av 33", "visma sign" stamps (with OCR specks before them).
bool IsFurnitureLine(std::string_view line);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_RECORD_TEXT_H_
