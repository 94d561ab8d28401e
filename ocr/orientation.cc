#include "ocr/orientation.h"

#include <tesseract/baseapi.h>
#include <tesseract/publictypes.h>

#include <new>
#include <utility>

#include "ocr/serial_openmp.h"
#include "ocr/tesseract_quiet.h"

namespace finsam {
namespace {

// Resolution assumed for an image that does not carry one.
constexpr int kDefaultDpi = 300;

// Fewer words than this say nothing about the page's orientation (a stamp,
// a page number on a picture).
constexpr size_t kMinWordsToJudge = 8;
// A word of at least this many letters is wider than tall when upright.
constexpr size_t kMinLettersOnEnd = 3;
// Share of such words standing on end that makes a page sideways. The
// rotated real scan (Asketorp's statement, read as it lay): 0.97.
constexpr double kSidewaysShare = 0.5;
// Mean word confidence under which a page may be upside down. The
// fixtures and the Spettet scan turned 180 degrees: 0.31-0.43; upright real
// scans: 0.60 and above (bench-text's orientation run).
constexpr float kGarbledConfidence = 0.55f;

size_t CodePoints(const std::string& text) {
  size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

TurnSign JudgeUpright(const PageWords& words) {
  if (words.words.size() < kMinWordsToJudge) return TurnSign::kNone;
  size_t long_words = 0;
  size_t on_end = 0;
  for (const Word& word : words.words) {
    if (CodePoints(word.text) < kMinLettersOnEnd) continue;
    ++long_words;
    on_end += word.box.height() > word.box.width();
  }
  if (long_words >= kMinWordsToJudge &&
      static_cast<double>(on_end) >= kSidewaysShare * long_words) {
    return TurnSign::kSideways;
  }
  if (MeanWordConfidence(words) < kGarbledConfidence) return TurnSign::kGarbled;
  return TurnSign::kNone;
}

float MeanWordConfidence(const PageWords& words) {
  if (words.words.empty()) return 0;
  double sum = 0;
  for (const Word& word : words.words) sum += word.confidence;
  return static_cast<float>(sum / words.words.size());
}

OrientationDetector::OrientationDetector(
    std::unique_ptr<tesseract::TessBaseAPI> api)
    : api_(std::move(api)) {}

OrientationDetector::~OrientationDetector() {
  if (api_ != nullptr) api_->End();
}

Result<std::unique_ptr<OrientationDetector>> OrientationDetector::Create(
    const std::string& tessdata_dir) {
  std::unique_ptr<tesseract::TessBaseAPI> api;
  try {
    api = std::make_unique<tesseract::TessBaseAPI>();
  } catch (const std::bad_alloc&) {
    return Status(ErrorCode::kOcrFailed, "out of memory creating Tesseract");
  }
  QuietTesseract(*api);
  const char* datapath = tessdata_dir.empty() ? nullptr : tessdata_dir.c_str();
  // OSD's classifier is the legacy engine's; the LSTM models have none.
  if (api->Init(datapath, "osd", tesseract::OEM_TESSERACT_ONLY) != 0) {
    return Status(ErrorCode::kDataMissing,
                  "Tesseract cannot load its orientation data (osd) from " +
                      (datapath != nullptr ? tessdata_dir
                                           : std::string("the default "
                                                         "tessdata")) +
                      "; install the package tesseract-ocr-osd");
  }
  api->SetPageSegMode(tesseract::PSM_OSD_ONLY);
  return std::unique_ptr<OrientationDetector>(
      new OrientationDetector(std::move(api)));
}

Result<OrientationGuess> OrientationDetector::Detect(const Pix& image) {
  // Tesseract copies the image in SetImage; the const_cast only satisfies
  // its non-const signature.
  Pix* pix = const_cast<Pix*>(&image);
  if (pixGetWidth(pix) <= 0 || pixGetHeight(pix) <= 0) {
    return Status(ErrorCode::kInvalidArgument, "empty image");
  }
  int dpi = pixGetXRes(pix);
  if (dpi <= 0) dpi = kDefaultDpi;
  const SerialOpenMp serial;
  OrientationGuess guess;
  bool found = false;
  try {
    api_->SetImage(pix);
    api_->SetSourceResolution(dpi);
    found = api_->DetectOrientationScript(&guess.degrees, &guess.confidence,
                                          nullptr, nullptr);
  } catch (const std::bad_alloc&) {
    api_->Clear();
    return Status(ErrorCode::kOcrFailed, "out of memory detecting orientation");
  }
  api_->Clear();
  if (!found) {
    return Status(ErrorCode::kOcrFailed,
                  "too little text to tell which way up");
  }
  return guess;
}

Result<PixPtr> TurnUpright(const Pix& image, int degrees) {
  if (degrees % 90 != 0 || degrees < 0 || degrees >= 360) {
    return Status(ErrorCode::kInvalidArgument,
                  "a page turns by 0, 90, 180 or 270 degrees, not " +
                      std::to_string(degrees));
  }
  Pix* pix = const_cast<Pix*>(&image);  // read only
  // pixRotateOrth turns clockwise by quarter turns.
  const int quarter_turns = (4 - degrees / 90) % 4;
  PixPtr turned(quarter_turns == 0 ? pixCopy(nullptr, pix)
                                   : pixRotateOrth(pix, quarter_turns));
  if (turned == nullptr) {
    return Status(ErrorCode::kTooLarge, "cannot turn the page image");
  }
  if (quarter_turns % 2 == 1) {
    pixSetResolution(turned.get(), pixGetYRes(pix), pixGetXRes(pix));
  } else {
    pixCopyResolution(turned.get(), pix);
  }
  return turned;
}

}  // namespace finsam
