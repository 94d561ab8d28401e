#include "pipeline/text_pipeline.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>

#include "extract/line_builder.h"
#include "extract/page_images.h"
#include "extract/pdf_rulings.h"
#include "extract/text_layer.h"
#include "extract/text_quality.h"
#include "lang/swedish_dictionary.h"
#include "ocr/image_cleaner.h"
#include "ocr/page_renderer.h"
#include "ocr/tesseract_engine.h"

namespace finsam {
namespace {

using Clock = std::chrono::steady_clock;

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

// What one worker thread owns. Poppler documents and Tesseract engines are
// not safe to share between threads, so each worker has its own.
struct Worker {
  PopplerDocumentPtr doc;
  std::unique_ptr<PdfRulingReader> rulings;  // the text layer's rulings
  SwedishDictionary* dictionary = nullptr;   // shared, thread-safe
  std::unique_ptr<TesseractEngine> engine;   // created on first OCR
  Status engine_status;                      // why it could not be created
};

// OCR resolution: a scan's own resolution when it is at least the floor
// (so its pixels are read as they are), otherwise the floor.
int ChooseDpi(const PageImageInfo& images, const TextPipelineOptions& o) {
  if (!images.page_sized) return o.min_dpi;
  const int native = static_cast<int>(std::lround(images.native_dpi));
  return std::clamp(native, o.min_dpi, o.max_dpi);
}

float MeanConfidence(const std::vector<TextLine>& lines) {
  double sum = 0;
  size_t n = 0;
  for (const TextLine& line : lines) {
    for (const Word& w : line.words) {
      sum += w.confidence;
      ++n;
    }
  }
  return n == 0 ? 0.0f : static_cast<float>(sum / n);
}

// The text of the lines between the top and foot margins (7 % and 10 % of
// the page), where stamps and page numbers do not reach.
std::string BodyBandText(const std::vector<TextLine>& lines, double height) {
  std::string text;
  for (const TextLine& line : lines) {
    const double y = line.box.center_y();
    if (y > 0.07 * height && y < 0.90 * height) {
      text += line.text;
      text += '\n';
    }
  }
  return text;
}

struct OcrOutcome {
  std::vector<TextLine> lines;
  std::vector<Table> tables;
  std::string text;
};

Result<OcrOutcome> RunOcr(Worker& worker, const poppler::page& page,
                          double width_pt, double height_pt, int dpi,
                          const TextPipelineOptions& options) {
  if (worker.engine == nullptr) {
    if (!worker.engine_status.ok()) return worker.engine_status;
    EngineOptions engine_options;
    engine_options.language = options.ocr_language;
    engine_options.tessdata_dir = options.tessdata_dir;
    auto engine = TesseractEngine::Create(engine_options);
    if (!engine.ok()) {
      worker.engine_status = engine.status();
      return engine.status();
    }
    worker.engine = std::move(engine).value();
  }
  RenderOptions render;
  render.dpi = dpi;
  render.max_pixels = options.max_pixels;
  auto image = RenderPage(page, render);
  if (!image.ok()) return image.status();
  auto cleaned = CleanForOcr(**image);
  if (!cleaned.ok()) return cleaned.status();
  image.value().reset();  // keep one image per worker alive, not two
  auto words = worker.engine->Recognize(*cleaned->pix, width_pt, height_pt);
  if (!words.ok()) return words.status();
  OcrOutcome outcome;
  PageLayout layout = BuildPageLayout(*words);
  outcome.lines = std::move(layout.lines);
  outcome.tables = std::move(layout.tables);
  outcome.text = JoinLines(outcome.lines);
  return outcome;
}

// Everything about one page up to (not including) furniture removal.
PageResult ProcessPage(Worker& worker, int index, const PageImageInfo& images,
                       const TextPipelineOptions& options) {
  const Clock::time_point start = Clock::now();
  PageResult result;
  result.number = index + 1;
  std::unique_ptr<poppler::page> page(worker.doc->create_page(index));
  if (page == nullptr) {
    result.status = Status(ErrorCode::kCorruptPdf, "page cannot be read");
    return result;
  }
  const WordPredicate is_word = [&worker](std::string_view w) {
    return worker.dictionary->Contains(w);
  };

  PageWords layer_words = ReadTextLayer(*page);
  result.width_pt = layer_words.width;
  result.height_pt = layer_words.height;
  if (!layer_words.words.empty()) {
    layer_words.rulings = worker.rulings->Read(index);
  }
  PageLayout layer_layout = BuildPageLayout(layer_words);
  std::vector<TextLine>& layer_lines = layer_layout.lines;
  std::string layer_text = JoinLines(layer_lines);
  const TextQuality layer_quality = MeasureTextQuality(layer_text, is_word);
  const LayerMeasure measure{
      layer_quality,
      MeasureTextQuality(BodyBandText(layer_lines, layer_words.height),
                         is_word)};
  const PageDecision decision = DecidePage(measure, images, options.ocr_mode);
  result.verdict = decision.verdict;
  result.layer_known_ratio = layer_quality.known_ratio();
  result.reason = LayerVerdictName(decision.verdict);

  bool use_ocr = false;
  if (decision.run_ocr) {
    const int dpi = ChooseDpi(images, options);
    auto ocr = RunOcr(worker, *page, layer_words.width, layer_words.height, dpi,
                      options);
    if (ocr.ok()) {
      const TextQuality ocr_quality = MeasureTextQuality(ocr->text, is_word);
      result.ocr_known_ratio = ocr_quality.known_ratio();
      result.ocr_dpi = dpi;
      use_ocr = !decision.compare || PreferOcr(layer_quality, ocr_quality);
      if (options.ocr_mode == OcrMode::kAlways) {
        result.reason = "ocr-forced";
      } else if (decision.compare) {
        result.reason += use_ocr ? "; ocr-better" : "; text-layer-better";
      }
      if (use_ocr) {
        result.lines = std::move(ocr->lines);
        result.tables = std::move(ocr->tables);
        result.raw_text = std::move(ocr->text);
        result.source = PageSource::kOcr;
        result.confidence = MeanConfidence(result.lines);
      }
    } else if (decision.verdict == LayerVerdict::kEmpty ||
               ocr.status().code() == ErrorCode::kTooLarge) {
      // Nothing to fall back on (or the page is refused as a whole).
      result.status = ocr.status();
      result.milliseconds = MillisecondsSince(start);
      return result;
    } else {
      result.reason += "; ocr-failed (" + ocr.status().ToString() + ")";
    }
  } else if (options.ocr_mode == OcrMode::kNever &&
             decision.verdict != LayerVerdict::kSound) {
    result.reason += "; ocr-disabled";
  }

  if (!use_ocr) {
    result.lines = std::move(layer_lines);
    result.tables = std::move(layer_layout.tables);
    result.raw_text = std::move(layer_text);
    const bool damaged = decision.verdict == LayerVerdict::kLettersMissing ||
                         decision.verdict == LayerVerdict::kUnmappedGlyphs ||
                         decision.verdict == LayerVerdict::kPoor;
    result.source = damaged && options.normalizer != nullptr
                        ? PageSource::kTextLayerRestored
                        : PageSource::kTextLayer;
    result.confidence = decision.verdict == LayerVerdict::kSound
                            ? 1.0f
                            : static_cast<float>(layer_quality.known_ratio());
  }
  result.milliseconds = MillisecondsSince(start);
  return result;
}

// Runs `task(worker, i)` for i in [0, count) on `jobs` threads, each with
// its own Worker built by `make_worker`.
template <typename MakeWorker, typename Task>
Status RunParallel(int count, int jobs, MakeWorker make_worker, Task task) {
  std::atomic<int> next{0};
  std::mutex status_mu;
  Status first_error;
  const auto loop = [&] {
    Result<Worker> worker = make_worker();
    if (!worker.ok()) {
      std::lock_guard<std::mutex> lock(status_mu);
      if (first_error.ok()) first_error = worker.status();
      return;
    }
    for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
      task(*worker, i);
    }
  };
  const int threads = std::max(1, std::min(jobs, count));
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int t = 1; t < threads; ++t) pool.emplace_back(loop);
  loop();
  for (std::thread& t : pool) t.join();
  // Work is only lost if every worker failed to start; then report why.
  return next.load() >= count ? Status::Ok() : first_error;
}

}  // namespace

const char* PageSourceName(PageSource source) {
  switch (source) {
    case PageSource::kTextLayer:
      return "text-layer";
    case PageSource::kTextLayerRestored:
      return "text-layer-restored";
    case PageSource::kOcr:
      return "ocr";
  }
  return "text-layer";
}

int DocumentText::failed_pages() const {
  return static_cast<int>(
      std::count_if(pages.begin(), pages.end(),
                    [](const PageResult& p) { return !p.status.ok(); }));
}

Result<DocumentText> ExtractText(const PdfFile& file,
                                 const TextPipelineOptions& options) {
  const Clock::time_point start = Clock::now();
  const int page_count = file.page_count();
  const int first = options.first_page;
  const int last = options.last_page == 0 ? page_count : options.last_page;
  if (first < 1 || last < first || last > page_count) {
    return Status(ErrorCode::kInvalidArgument,
                  "page range " + std::to_string(first) + "-" +
                      std::to_string(last) + " is outside 1-" +
                      std::to_string(page_count));
  }
  const int count = last - first + 1;
  int jobs = options.jobs;
  if (jobs <= 0) jobs = static_cast<int>(std::thread::hardware_concurrency());

  const std::vector<PageImageInfo> images =
      InventoryPageImages(file.bytes(), file.password(), page_count);

  DocumentText doc;
  doc.page_count = page_count;
  doc.pages.resize(static_cast<size_t>(count));

  std::unique_ptr<SwedishDictionary> own_dictionary;
  SwedishDictionary* dictionary = options.dictionary;
  if (dictionary == nullptr) {
    auto opened = SwedishDictionary::Open();
    if (!opened.ok()) return opened.status();
    own_dictionary = std::move(opened).value();
    dictionary = own_dictionary.get();
  }
  const auto make_worker = [&file, dictionary]() -> Result<Worker> {
    Worker worker;
    auto pdf = file.NewPopplerDocument();
    if (!pdf.ok()) return pdf.status();
    worker.doc = std::move(pdf).value();
    worker.rulings =
        std::make_unique<PdfRulingReader>(file.bytes(), file.password());
    worker.dictionary = dictionary;
    return worker;
  };
  Status status =
      RunParallel(count, jobs, make_worker, [&](Worker& worker, int i) {
        const int index = first - 1 + i;
        doc.pages[static_cast<size_t>(i)] = ProcessPage(
            worker, index, images[static_cast<size_t>(index)], options);
      });
  if (!status.ok()) return status;

  // Furniture is judged across pages (running headers repeat).
  std::vector<PageLines> page_lines(doc.pages.size());
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    page_lines[i].height = doc.pages[i].height_pt;
    page_lines[i].lines = doc.pages[i].lines;
  }
  std::vector<FurnitureSplit> splits = SplitFurniture(page_lines);
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    PageResult& page = doc.pages[i];
    if (!page.status.ok()) continue;
    page.lines = std::move(splits[i].body);
    page.furniture = std::move(splits[i].furniture);
    page.raw_text = JoinLines(page.lines);
    page.role = ClassifyPageRole(page.raw_text, page.number - 1, page_count);
  }

  // Normalised as one text, so the normaliser weighs its evidence (how
  // damaged the letters are) over the whole document, not page by page,
  // knowing the words its sound pages print.
  if (options.normalizer != nullptr) {
    Vocabulary sound_words;
    NormalizeOptions normalize = options.normalize_options;
    if (std::any_of(doc.pages.begin(), doc.pages.end(),
                    [](const PageResult& p) { return !IsSoundPage(p); })) {
      CollectSoundWords(doc, &sound_words);
      normalize.document_vocabulary = &sound_words;
    }
    static constexpr std::string_view kPageBreak = "\n\f\n";
    std::string joined;
    for (size_t i = 0; i < doc.pages.size(); ++i) {
      if (i > 0) joined += kPageBreak;
      joined += doc.pages[i].raw_text;
    }
    const std::string normalized =
        options.normalizer->Normalize(joined, normalize).text;
    size_t from = 0;
    for (PageResult& page : doc.pages) {
      size_t to = normalized.find(kPageBreak, from);
      if (to == std::string::npos) to = normalized.size();
      page.text = normalized.substr(from, to - from);
      from = std::min(normalized.size(), to + kPageBreak.size());
    }
  } else {
    for (PageResult& page : doc.pages) page.text = page.raw_text;
  }
  doc.milliseconds = MillisecondsSince(start);
  return doc;
}

bool IsSoundPage(const PageResult& page) {
  return page.status.ok() && page.source == PageSource::kTextLayer &&
         page.verdict == LayerVerdict::kSound;
}

void CollectSoundWords(const DocumentText& doc, Vocabulary* vocabulary) {
  for (const PageResult& page : doc.pages) {
    if (!IsSoundPage(page)) continue;
    CollectVocabulary(page.raw_text, vocabulary);
    // Running headers and feet name the organisation and its address
    // ("Myggdalsvägen 102, 135 43 TYRESÖ") on every page.
    for (const FurnitureLine& line : page.furniture) {
      CollectVocabulary(line.text, vocabulary);
    }
  }
}

}  // namespace finsam
