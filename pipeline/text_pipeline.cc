#include "pipeline/text_pipeline.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <mutex>
#include <thread>

#include "classify/text_quality.h"
#include "lang/swedish_dictionary.h"
#include "layout/line_builder.h"
#include "ocr/image_cleaner.h"
#include "ocr/image_rulings.h"
#include "ocr/orientation.h"
#include "ocr/page_renderer.h"
#include "ocr/tesseract_engine.h"
#include "ocr/uncovered_ink.h"
#include "pdf/page_images.h"
#include "pdf/pdf_rulings.h"
#include "pdf/text_layer.h"
#include "pipeline/image_text.h"
#include "pipeline/page_normalization.h"

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
  // Created on the first page that may be turned.
  std::unique_ptr<OrientationDetector> orientation;
  Status orientation_status;  // why it could not be created
};

// How a page is rendered for OCR: at `render_dpi` pixels per inch of the
// page as declared, giving an image of `image_dpi` pixels per inch of paper.
struct OcrResolution {
  int render_dpi = 0;
  int image_dpi = 0;
};

// A scan is read at its own resolution when that is at least the floor (so
// its pixels are read as they are) and no more than the ceiling; other
// pages at render_dpi. The scan's resolution comes from its pixels, not from
// the page size, which may be wrong (extract/page_images.h).
OcrResolution ChooseResolution(const PageImageInfo& images,
                               const TextPipelineOptions& o) {
  if (!images.page_sized) return {o.render_dpi, o.render_dpi};
  const int image_dpi = std::clamp(
      static_cast<int>(std::lround(images.scan_dpi)), o.min_dpi, o.max_dpi);
  // Declared page inches per inch of paper: 1 unless the page size is wrong.
  const double page_scale = images.native_dpi / images.scan_dpi;
  const int render_dpi =
      std::max(1, static_cast<int>(std::lround(image_dpi * page_scale)));
  return {render_dpi, image_dpi};
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
  int rotation = 0;   // clockwise turn of the page's text, in degrees
  int ink_words = 0;  // words read from ink the page layout left out
};

// A sideways page read as it lay may have its words right and only their
// order wrong, at the confidence of an upright page; the reading turned
// upright wins unless it is this much less confident. The rotated real scan:
// 0.93 as it lay, 0.94 turned upright, 0.43 turned the wrong way.
constexpr float kSidewaysMargin = 0.1f;

// The turns worth a reading for a page that may be turned: the one OSD
// names (none when OSD finds the page upright or cannot tell), or, by
// recognition, every turn the sign allows.
std::vector<int> CandidateTurns(Worker& worker, const Pix& image, TurnSign sign,
                                const TextPipelineOptions& options) {
  if (options.orientation == OrientationMethod::kOsd) {
    if (worker.orientation == nullptr && worker.orientation_status.ok()) {
      auto detector = OrientationDetector::Create(options.tessdata_dir);
      if (detector.ok()) {
        worker.orientation = std::move(detector).value();
      } else {
        worker.orientation_status = detector.status();
      }
    }
    if (worker.orientation != nullptr) {
      auto guess = worker.orientation->Detect(image);
      if (!guess.ok() || guess->degrees == 0) return {};
      return {guess->degrees};
    }
  }
  if (sign == TurnSign::kSideways) return {90, 270};
  return {180, 90, 270};
}

// Reads a page that may be turned again, turned upright, when that reading
// is better; `words` and `rotation` are replaced then.
void ReadUpright(Worker& worker, const Pix& image, double width_pt,
                 double height_pt, const TextPipelineOptions& options,
                 PageWords* words, int* rotation) {
  const TurnSign sign = JudgeUpright(*words);
  if (sign == TurnSign::kNone) return;
  float best = MeanWordConfidence(*words) -
               (sign == TurnSign::kSideways ? kSidewaysMargin : 0.0f);
  for (int degrees : CandidateTurns(worker, image, sign, options)) {
    auto turned = TurnUpright(image, degrees);
    if (!turned.ok()) return;  // out of memory: keep the reading there is
    const bool across = degrees % 180 != 0;
    auto reading = worker.engine->Recognize(
        **turned, across ? height_pt : width_pt, across ? width_pt : height_pt);
    if (!reading.ok()) continue;
    const float confidence = MeanWordConfidence(*reading);
    if (confidence > best) {
      best = confidence;
      *words = std::move(reading).value();
      *rotation = degrees;
    }
  }
}

// The worker's engine, created on first use.
Status EnsureEngine(Worker& worker, const TextPipelineOptions& options) {
  if (worker.engine != nullptr) return Status::Ok();
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
  return Status::Ok();
}

// Reads the blocks of ink no word of `words` covers (ocr/uncovered_ink.h)
// as blocks of text and adds the words that look like text and are not on
// a word already read. Returns the number of words added.
int ReadUncoveredInk(TesseractEngine& engine, const Pix& image,
                     const WordPredicate& is_word, PageWords* words) {
  const int width_px = pixGetWidth(const_cast<Pix*>(&image));
  const int height_px = pixGetHeight(const_cast<Pix*>(&image));
  if (width_px <= 0 || !(words->width > 0) || !(words->height > 0)) return 0;
  const double sx = width_px / words->width;
  const double sy = height_px / words->height;
  std::vector<PixelBox> read;
  for (const Word& w : words->words) {
    read.push_back(PixelBox{static_cast<int>(w.box.x0 * sx),
                            static_cast<int>(w.box.y0 * sy),
                            static_cast<int>(std::ceil(w.box.width() * sx)),
                            static_cast<int>(std::ceil(w.box.height() * sy))});
  }
  const std::vector<Word> before = words->words;
  const auto on_a_word = [&before](const Word& w) {
    const double x = w.box.center_x(), y = w.box.center_y();
    return std::any_of(before.begin(), before.end(), [x, y](const Word& b) {
      return x >= b.box.x0 && x <= b.box.x1 && y >= b.box.y0 && y <= b.box.y1;
    });
  };
  // Each block is judged on its own; one too small to judge (a column's
  // year header, two rows above its amounts: "2022") is added when all its
  // words read as text and some larger block was kept.
  std::vector<Word> kept, small;
  const ImageTextThresholds judge;
  for (const PixelBox& block : FindUncoveredInk(image, read)) {
    auto block_words =
        engine.RecognizeBlock(image, block, words->width, words->height);
    if (!block_words.ok()) continue;
    std::vector<Word> fresh;
    for (Word& w : block_words->words) {
      if (!on_a_word(w)) fresh.push_back(std::move(w));
    }
    if (fresh.empty()) continue;
    if (static_cast<int>(fresh.size()) < judge.min_region_words) {
      if (std::all_of(fresh.begin(), fresh.end(), [&](const Word& w) {
            return ReadsAsText(w, is_word, judge);
          })) {
        small.insert(small.end(), fresh.begin(), fresh.end());
      }
      continue;
    }
    std::vector<Word> text = KeepTextLikeWords(fresh, is_word, judge);
    kept.insert(kept.end(), text.begin(), text.end());
  }
  if (kept.empty()) return 0;
  kept.insert(kept.end(), small.begin(), small.end());
  const int added = static_cast<int>(kept.size());
  for (Word& w : kept) words->words.push_back(std::move(w));
  return added;
}

Result<OcrOutcome> RunOcr(Worker& worker, const poppler::page& page,
                          double width_pt, double height_pt,
                          OcrResolution resolution,
                          const WordPredicate& is_word,
                          const TextPipelineOptions& options) {
  if (Status engine = EnsureEngine(worker, options); !engine.ok()) {
    return engine;
  }
  RenderOptions render;
  render.dpi = resolution.render_dpi;
  render.resolution = resolution.image_dpi;
  render.max_pixels = options.max_pixels;
  auto image = RenderPage(page, render);
  if (!image.ok()) return image.status();
  auto cleaned = CleanForOcr(**image, options.clean);
  if (!cleaned.ok()) return cleaned.status();
  image.value().reset();  // keep one image per worker alive, not two
  auto words = worker.engine->Recognize(*cleaned->pix, width_pt, height_pt);
  if (!words.ok()) return words.status();
  OcrOutcome outcome;
  if (options.orientation != OrientationMethod::kOff) {
    ReadUpright(worker, *cleaned->pix, width_pt, height_pt, options,
                &words.value(), &outcome.rotation);
  }
  // The page layout may have left out a column or a small table; its ink
  // is read again (the image is upright only as it lay).
  if (options.read_uncovered_ink && outcome.rotation == 0) {
    outcome.ink_words =
        ReadUncoveredInk(*worker.engine, *cleaned->pix, is_word, &*words);
  }
  // A scan's table rules are in its pixels, deskewed with the text and
  // turned as the reading that was kept.
  const Pix& pix = *cleaned->pix;
  const int rotation = outcome.rotation;
  RulingSource rulings(
      [&pix, rotation, width_pt, height_pt]() -> std::vector<Ruling> {
        if (rotation == 0) return FindImageRulings(pix, width_pt, height_pt);
        auto turned = TurnUpright(pix, rotation);
        if (!turned.ok()) return {};
        const bool across = rotation % 180 != 0;
        return FindImageRulings(**turned, across ? height_pt : width_pt,
                                across ? width_pt : height_pt);
      });
  PageLayout layout = BuildPageLayout(*words, &rulings);
  outcome.lines = std::move(layout.lines);
  outcome.tables = std::move(layout.tables);
  outcome.text = JoinLines(outcome.lines);
  return outcome;
}

// The words OCR reads in one image region of a page, in page points, that
// look like text (pipeline/image_text.h); none when it cannot be read.
std::vector<Word> ReadImageRegion(Worker& worker, const poppler::page& page,
                                  const ImageRegion& region,
                                  const WordPredicate& is_word,
                                  const TextPipelineOptions& options,
                                  int* dpi) {
  if (!EnsureEngine(worker, options).ok()) return {};
  RenderOptions render;
  // The image's own pixels, upsampled to the floor scans get.
  render.dpi = std::clamp(static_cast<int>(std::lround(region.pixels_per_inch)),
                          options.min_dpi, options.max_dpi);
  render.max_pixels = options.max_pixels;
  render.clip = region.box;
  auto image = RenderPage(page, render);
  if (!image.ok()) return {};
  auto cleaned = CleanForOcr(**image, options.clean);
  if (!cleaned.ok()) return {};
  image.value().reset();
  const Box clip = ClipInPoints(render);
  auto words =
      worker.engine->Recognize(*cleaned->pix, clip.width(), clip.height());
  if (!words.ok()) return {};
  for (Word& w : words->words) {
    w.box.x0 += clip.x0;
    w.box.x1 += clip.x0;
    w.box.y0 += clip.y0;
    w.box.y1 += clip.y0;
  }
  *dpi = render.dpi;
  return KeepTextLikeWords(words->words, is_word);
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

  const PageWords layer_words = ReadTextLayer(*page);
  result.width_pt = layer_words.width;
  result.height_pt = layer_words.height;
  RulingSource rulings(
      [&worker, index] { return worker.rulings->Read(index); });
  PageLayout layer_layout = BuildPageLayout(layer_words, &rulings);
  std::vector<TextLine>& layer_lines = layer_layout.lines;
  std::string layer_text = JoinLines(layer_lines);
  const TextQuality layer_quality = MeasureTextQuality(layer_text, is_word);
  // The body band matters only on a page-sized scan (a stamped scan has
  // words in its margins only), and only for its word count: no dictionary
  // look-ups there, and none at all on other pages (a quarter of a
  // born-digital page's time went to measuring the band twice).
  const LayerMeasure measure{
      layer_quality,
      images.page_sized
          ? MeasureTextQuality(BodyBandText(layer_lines, layer_words.height),
                               [](std::string_view) { return false; })
          : layer_quality};
  const PageDecision decision = DecidePage(measure, images, options.ocr_mode);
  result.verdict = decision.verdict;
  result.layer_known_ratio = layer_quality.known_ratio();
  result.reason = LayerVerdictName(decision.verdict);

  bool use_ocr = false;
  if (decision.run_ocr) {
    const OcrResolution resolution = ChooseResolution(images, options);
    auto ocr = RunOcr(worker, *page, layer_words.width, layer_words.height,
                      resolution, is_word, options);
    if (ocr.ok()) {
      const TextQuality ocr_quality = MeasureTextQuality(ocr->text, is_word);
      result.ocr_known_ratio = ocr_quality.known_ratio();
      result.ocr_dpi = resolution.image_dpi;
      use_ocr = !decision.compare || PreferOcr(layer_quality, ocr_quality);
      if (options.ocr_mode == OcrMode::kAlways) {
        result.reason = "ocr-forced";
      } else if (decision.compare) {
        result.reason += use_ocr ? "; ocr-better" : "; text-layer-better";
      }
      result.ocr_rotation = ocr->rotation;
      if (ocr->ink_words > 0) {
        result.reason +=
            "; uncovered-ink (" + std::to_string(ocr->ink_words) + " words)";
      }
      if (use_ocr) {
        if (ocr->rotation % 180 != 0) {
          std::swap(result.width_pt, result.height_pt);
        }
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

  // A sound born-digital page may show words only in a picture of them.
  if (!decision.run_ocr && options.ocr_mode == OcrMode::kAuto &&
      !images.page_sized &&
      MayHoldImageText(images.largest_width_px, images.largest_height_px,
                       layer_words.width, layer_words.height)) {
    PageDrawing drawing = worker.rulings->ReadDrawing(index);
    PageWords merged = layer_words;
    int regions_read = 0;
    for (const ImageRegion& region :
         FindTextlessImages(drawing.images, layer_words)) {
      int dpi = 0;
      std::vector<Word> words =
          ReadImageRegion(worker, *page, region, is_word, options, &dpi);
      if (words.empty()) continue;
      ++regions_read;
      result.ocr_dpi = std::max(result.ocr_dpi, dpi);
      merged.words.insert(merged.words.end(), words.begin(), words.end());
    }
    if (regions_read > 0) {
      RulingSource drawn(std::move(drawing.rulings));
      layer_layout = BuildPageLayout(merged, &drawn);
      layer_text = JoinLines(layer_lines);
      result.reason += "; image-text-ocr (" + std::to_string(regions_read) +
                       (regions_read == 1 ? " image)" : " images)");
    }
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

// The order in which workers take the pages [first, first + count), as
// offsets from `first`: the largest page images first, so that what is left
// when one worker runs out of pages is a short page and neither core idles
// long at the end. Stored image bytes predict a page's OCR time (see
// PageImageInfo::image_bytes): on five real scans this order came within
// 2 % of the order by measured page time; Ångturbinen 2014, two workers:
// 13.7 s in page order, 12.4 s by image bytes, 12.3 s the ideal split.
// Ties keep page order, and a page's result does not depend on when it is
// read, so the output is the same in any order.
std::vector<int> WorkOrder(const std::vector<PageImageInfo>& images, int first,
                           int count) {
  std::vector<int> order(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) order[static_cast<size_t>(i)] = i;
  const auto bytes = [&](int i) {
    return images[static_cast<size_t>(first - 1 + i)].image_bytes;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](int a, int b) { return bytes(a) > bytes(b); });
  return order;
}

// A borrowed core pays for its worker (a Poppler document and a Tesseract
// model, about 0.2 s) only when this many pages are still unclaimed.
constexpr int kPagesWorthABorrowedCore = 2;

// Runs `task(worker, i)` for every i in `order`, taken in that order by
// `jobs` threads, each with its own Worker built by `make_worker`; before
// each of its pages the calling thread adds a thread for every core it can
// borrow from `spare` (may be null) while enough pages are left.
template <typename MakeWorker, typename Task>
Status RunParallel(const std::vector<int>& order, int jobs, CoreBudget* spare,
                   MakeWorker make_worker, Task task) {
  const int count = static_cast<int>(order.size());
  std::atomic<int> next{0};
  std::mutex status_mu;
  Status first_error;
  std::function<void(bool)> loop;
  loop = [&](bool borrows) {
    Result<Worker> worker = make_worker();
    if (!worker.ok()) {
      std::lock_guard<std::mutex> lock(status_mu);
      if (first_error.ok()) first_error = worker.status();
      return;
    }
    std::vector<std::thread> borrowed;
    for (int k = next.fetch_add(1); k < count; k = next.fetch_add(1)) {
      while (borrows && spare != nullptr &&
             count - next.load() >= kPagesWorthABorrowedCore &&
             spare->TryTake(1) == 1) {
        borrowed.emplace_back([&loop, spare] {
          loop(false);
          spare->Give(1);
        });
      }
      task(*worker, order[static_cast<size_t>(k)]);
    }
    for (std::thread& t : borrowed) t.join();
  };
  const int threads = std::max(1, std::min(jobs, count));
  std::vector<std::thread> pool;
  pool.reserve(threads - 1);
  for (int t = 1; t < threads; ++t) pool.emplace_back(loop, false);
  loop(true);
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
  Status status = RunParallel(
      WorkOrder(images, first, count), jobs, options.spare_cores, make_worker,
      [&](Worker& worker, int i) {
        const int index = first - 1 + i;
        doc.pages[static_cast<size_t>(i)] = ProcessPage(
            worker, index, images[static_cast<size_t>(index)], options);
      });
  if (!status.ok()) return status;

  // Furniture is judged across pages (running headers repeat).
  std::vector<PageLines> page_lines(doc.pages.size());
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    page_lines[i].height = doc.pages[i].height_pt;
    page_lines[i].width = doc.pages[i].width_pt;
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

  // Normalised as one text (pipeline/page_normalization.h), knowing the
  // words the document's sound pages print.
  if (options.normalizer != nullptr) {
    Vocabulary sound_words;
    NormalizeOptions normalize = options.normalize_options;
    if (std::any_of(doc.pages.begin(), doc.pages.end(),
                    [](const PageResult& p) { return !IsSoundPage(p); })) {
      CollectSoundWords(doc, &sound_words);
      normalize.document_vocabulary = &sound_words;
    }
    std::vector<std::string_view> raw;
    for (const PageResult& page : doc.pages) raw.push_back(page.raw_text);
    std::vector<NormalizedPage> normalized =
        NormalizePages(raw, *options.normalizer, normalize);
    for (size_t i = 0; i < doc.pages.size(); ++i) {
      doc.pages[i].text = std::move(normalized[i].text);
      doc.pages[i].edits = std::move(normalized[i].edits);
      doc.pages[i].uncertain = std::move(normalized[i].uncertain);
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
