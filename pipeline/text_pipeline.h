// TextPipeline: a PDF in, the best text of each page out.
//
// For every page: read the text layer, judge it, OCR the page when the layer
// is missing, broken or poorer than OCR, rebuild lines in reading order, take
// page furniture (Visma stamps, page numbers, running headers) out of the
// body, decide the page's role, and normalise the text. Pages are independent
// tasks on `jobs` worker threads; each worker owns its Poppler document
// and Tesseract engine; the input bytes, the dictionary and the normaliser
// are shared (both are thread-safe).
#ifndef FINSAM_PIPELINE_TEXT_PIPELINE_H_
#define FINSAM_PIPELINE_TEXT_PIPELINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/core_budget.h"
#include "base/status.h"
#include "classify/page_classifier.h"
#include "lang/swedish_dictionary.h"
#include "lang/vocabulary.h"
#include "layout/furniture.h"
#include "layout/page_role.h"
#include "layout/table.h"
#include "layout/text_line.h"
#include "normalize/normalizer.h"
#include "ocr/image_cleaner.h"
#include "pdf/pdf_document.h"

namespace finsam {

enum class PageSource { kTextLayer, kTextLayerRestored, kOcr };

// How OCR finds pages scanned sideways or upside down. It looks only at
// pages whose first reading says they may be turned (ocr/orientation.h:
// words on end, or the confidence of text read upside down), then reads
// them again turned upright and keeps the better reading.
enum class OrientationMethod {
  // Tesseract's orientation detection (tesseract-ocr-osd) names the turn;
  // one more recognition. Without the osd data: as kRecognition.
  kOsd,
  // Recognition at each candidate turn (90 and 270 for a sideways page,
  // and 180 for a garbled one), the most confident wins.
  kRecognition,
  kOff,  // read every page as it lies
};

// "text-layer", "text-layer-restored", "ocr" (the record contract's names).
const char* PageSourceName(PageSource source);

struct PageResult {
  int number = 0;  // 1-based page number in the PDF
  Status status;   // not OK: the page failed; the text fields are empty
  PageSource source = PageSource::kTextLayer;
  LayerVerdict verdict = LayerVerdict::kSound;  // the text layer's judgement
  std::string reason;    // why this source: e.g. "no-text-layer", "ocr-forced"
  float confidence = 0;  // 0..1: OCR word confidence, or layer quality
  double layer_known_ratio = 0;  // share of dictionary words in the layer
  double ocr_known_ratio = -1;   // same for OCR, -1 when OCR did not run
  int ocr_dpi = 0;  // the OCR image's pixels per inch of paper; 0: no OCR
  // How far the page's text was turned clockwise (0, 90, 180, 270); OCR read
  // it turned back upright, and the lines' boxes and the page size are the
  // upright page's.
  int ocr_rotation = 0;
  double width_pt = 0;  // page size as displayed, in points
  double height_pt = 0;
  PageRole role = PageRole::kBody;
  std::vector<TextLine> lines;  // body lines, with word boxes
  // Tables on the page; a body line that is a table row names its table
  // and row (TextLine::table, table_row). A table whose rows were all page
  // furniture stays listed, with no lines naming it.
  std::vector<Table> tables;
  std::vector<FurnitureLine> furniture;
  std::string raw_text;  // body text as recognised
  std::string text;      // body text normalised (== raw_text if not asked)
  // The normaliser's edits that made `text` from `raw_text`, and the
  // decisions it withheld; `line` counts this page's lines from 1.
  std::vector<Edit> edits;
  std::vector<Edit> uncertain;
  double milliseconds = 0;
};

struct TextPipelineOptions {
  OcrMode ocr_mode = OcrMode::kAuto;
  int jobs = 0;                     // 0: one per core
  int first_page = 1;               // 1-based, inclusive
  int last_page = 0;                // 0: the last page
  int64_t max_pixels = 60'000'000;  // per rendered page
  // OCR resolution floor: a scan with fewer pixels per inch is upsampled
  // to it. Set by measurement (scripts/bench-text, resolution rows): 250
  // instead of 300 read as well (bench-records on the 150- and 200-dpi
  // scans Sjötungan 2012, Malmöhus 2019, Ångturbinen 2014: 51 of 54 fields
  // either way; Spettet downsampled to 150 dpi: 9.4 % CER against 10.3 %)
  // in 11 % less time; 200 lost fields (46 of 54: digit groups merge).
  int min_dpi = 250;
  // Pages that are not one page-sized scan (a broken text layer, a mixed
  // page) are rendered at this resolution.
  int render_dpi = 300;
  int max_dpi = 400;         // a scan's native resolution is used up to this
  std::string tessdata_dir;  // empty: Tesseract's default
  std::string ocr_language = "swe";
  OrientationMethod orientation = OrientationMethod::kOsd;
  // The page image's clean-up before OCR (deskew, background); switched off
  // only to measure what it buys (scripts/bench-text).
  CleanOptions clean;
  // Read again, as blocks of text, the ink OCR's page layout left out
  // (ocr/uncovered_ink.h); switched off only to measure what it buys.
  bool read_uncovered_ink = true;
  // Not owned; null means no normalisation (text == raw_text).
  const Normalizer* normalizer = nullptr;
  // Not owned; null means the run opens hunspell-sv itself. A caller that
  // runs the pipeline more than once (a batch) loads it once and passes it.
  SwedishDictionary* dictionary = nullptr;
  NormalizeOptions normalize_options;
  // Not owned; may be null. Cores beyond `jobs` that the pages may borrow
  // while they run (a batch's threads that found no document left); each
  // is given back when its worker runs out of pages.
  CoreBudget* spare_cores = nullptr;
};

struct DocumentText {
  int page_count = 0;             // pages in the PDF
  std::vector<PageResult> pages;  // the pages asked for, in order
  double milliseconds = 0;

  // Pages whose status is not OK.
  int failed_pages() const;
};

// A page whose text comes from a text layer judged sound: what it prints
// is spelt right (no OCR, no lost letters).
bool IsSoundPage(const PageResult& page);

// Counts the words of `doc`'s sound pages, body and furniture (running
// headers name the organisation), into `vocabulary` (CollectVocabulary):
// the archive's and the document's own words.
void CollectSoundWords(const DocumentText& doc, Vocabulary* vocabulary);

// Runs the pipeline over `file`. Fails as a whole only for a bad page range
// or missing language data needed for every page; a page that fails is
// reported in its PageResult and the others still come out.
Result<DocumentText> ExtractText(const PdfFile& file,
                                 const TextPipelineOptions& options);

}  // namespace finsam

#endif  // FINSAM_PIPELINE_TEXT_PIPELINE_H_
