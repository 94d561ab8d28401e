#include "ocr/tesseract_engine.h"

#include <tesseract/baseapi.h>
#include <tesseract/publictypes.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cctype>
#include <new>
#include <string>
#include <utility>

#include "ocr/serial_openmp.h"
#include "ocr/tesseract_quiet.h"

namespace finsam {
namespace {

// Resolution assumed for an image that does not carry one: what the
// renderer uses by default.
constexpr int kDefaultDpi = 300;

// Owns a string Tesseract allocated with new[].
struct TessStringDeleter {
  void operator()(char* text) const { delete[] text; }
};
using TessString = std::unique_ptr<char[], TessStringDeleter>;

// Tesseract's word text with any white space removed (Word::text has none).
std::string StripSpaces(const char* text) {
  std::string out;
  for (const char* p = text; *p != '\0'; ++p) {
    const auto c = static_cast<unsigned char>(*p);
    if (!std::isspace(c)) out.push_back(*p);
  }
  return out;
}

// Debian names the language packages tesseract-ocr-<lang>.
std::string PackageHint(const std::string& language) {
  std::string hint;
  size_t start = 0;
  while (start <= language.size()) {
    size_t end = language.find('+', start);
    if (end == std::string::npos) end = language.size();
    if (end > start) {
      std::string lang = language.substr(start, end - start);
      std::transform(lang.begin(), lang.end(), lang.begin(), [](char c) {
        return c == '_' ? '-'
                        : static_cast<char>(
                              std::tolower(static_cast<unsigned char>(c)));
      });
      if (!hint.empty()) hint += " ";
      hint += "tesseract-ocr-" + lang;
    }
    start = end + 1;
  }
  return hint;
}

}  // namespace

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api)
    : api_(std::move(api)) {}

TesseractEngine::~TesseractEngine() {
  if (api_ != nullptr) api_->End();
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::Create(
    const EngineOptions& options) {
  if (options.language.empty()) {
    return Status(ErrorCode::kInvalidArgument, "no OCR language given");
  }
  if (options.page_segmentation_mode < tesseract::PSM_AUTO ||
      options.page_segmentation_mode >= tesseract::PSM_COUNT ||
      options.page_segmentation_mode == tesseract::PSM_SPARSE_TEXT_OSD) {
    // Modes 0-2 and 12 need OSD data or do no recognition at all.
    return Status(ErrorCode::kInvalidArgument,
                  "unsupported page segmentation mode " +
                      std::to_string(options.page_segmentation_mode));
  }
  std::unique_ptr<tesseract::TessBaseAPI> api;
  try {
    api = std::make_unique<tesseract::TessBaseAPI>();
  } catch (const std::bad_alloc&) {
    return Status(ErrorCode::kOcrFailed, "out of memory creating Tesseract");
  }
  QuietTesseract(*api);
  const char* datapath =
      options.tessdata_dir.empty() ? nullptr : options.tessdata_dir.c_str();
  const int init =
      api->Init(datapath, options.language.c_str(), tesseract::OEM_LSTM_ONLY);
  if (init != 0) {
    return Status(
        ErrorCode::kDataMissing,
        "Tesseract cannot load language '" + options.language + "' from " +
            (datapath != nullptr ? options.tessdata_dir
                                 : std::string("the default tessdata")) +
            "; install the package " + PackageHint(options.language));
  }
  api->SetPageSegMode(
      static_cast<tesseract::PageSegMode>(options.page_segmentation_mode));
  api->SetVariable("tessedit_do_invert", options.try_inverted_text ? "1" : "0");
  for (const auto& [name, value] : options.variables) {
    if (!api->SetVariable(name.c_str(), value.c_str())) {
      return Status(ErrorCode::kInvalidArgument,
                    "unknown Tesseract parameter '" + name + "'");
    }
  }
  return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(api)));
}

Result<PageWords> TesseractEngine::Recognize(const Pix& image,
                                             double page_width_pt,
                                             double page_height_pt) {
  return Run(image, nullptr, page_width_pt, page_height_pt);
}

Result<PageWords> TesseractEngine::RecognizeBlock(const Pix& image,
                                                  const PixelBox& block,
                                                  double page_width_pt,
                                                  double page_height_pt) {
  if (block.w <= 0 || block.h <= 0) {
    return Status(ErrorCode::kInvalidArgument, "empty block");
  }
  const tesseract::PageSegMode mode = api_->GetPageSegMode();
  api_->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  Result<PageWords> words = Run(image, &block, page_width_pt, page_height_pt);
  api_->SetPageSegMode(mode);
  return words;
}

Result<PageWords> TesseractEngine::Run(const Pix& image, const PixelBox* block,
                                       double page_width_pt,
                                       double page_height_pt) {
  // Tesseract copies the image in SetImage; the const_cast only satisfies
  // its non-const signature.
  Pix* pix = const_cast<Pix*>(&image);
  const int width = pixGetWidth(pix);
  const int height = pixGetHeight(pix);
  if (width <= 0 || height <= 0) {
    return Status(ErrorCode::kInvalidArgument, "empty image");
  }
  if (!(page_width_pt > 0) || !(page_height_pt > 0)) {
    return Status(ErrorCode::kInvalidArgument, "page size must be positive");
  }
  int dpi = pixGetXRes(pix);
  if (dpi <= 0) dpi = kDefaultDpi;

  PageWords page;
  page.width = page_width_pt;
  page.height = page_height_pt;
  const SerialOpenMp serial;
  try {
    api_->SetImage(pix);
    // Tesseract reads the resolution from the Pix too, but only when it is
    // plausible; saying it explicitly also silences "Estimating resolution".
    api_->SetSourceResolution(dpi);
    api_->SetVariable("user_defined_dpi", std::to_string(dpi).c_str());
    if (block != nullptr) {
      api_->SetRectangle(block->x, block->y, block->w, block->h);
    }
    const int rc = api_->Recognize(nullptr);
    if (rc != 0) {
      api_->Clear();
      return Status(ErrorCode::kOcrFailed, "Tesseract recognition failed (" +
                                               std::to_string(rc) + ")");
    }
    const double sx = page_width_pt / width;
    const double sy = page_height_pt / height;
    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    if (it != nullptr && !it->Empty(tesseract::RIL_WORD)) {
      do {
        TessString text(it->GetUTF8Text(tesseract::RIL_WORD));
        if (text == nullptr) continue;
        Word word;
        word.text = StripSpaces(text.get());
        if (word.text.empty()) continue;
        int left = 0, top = 0, right = 0, bottom = 0;
        if (!it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right,
                             &bottom)) {
          continue;
        }
        word.box.x0 = std::clamp(left * sx, 0.0, page_width_pt);
        word.box.y0 = std::clamp(top * sy, 0.0, page_height_pt);
        word.box.x1 = std::clamp(right * sx, word.box.x0, page_width_pt);
        word.box.y1 = std::clamp(bottom * sy, word.box.y0, page_height_pt);
        word.confidence = std::clamp(
            it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
        page.words.push_back(std::move(word));
      } while (it->Next(tesseract::RIL_WORD));
    }
  } catch (const std::bad_alloc&) {
    api_->Clear();
    return Status(ErrorCode::kOcrFailed, "out of memory during OCR");
  }
  // Frees the page's image and results but keeps the loaded model, so the
  // next page starts clean without reloading the language.
  api_->Clear();
  return page;
}

}  // namespace finsam
