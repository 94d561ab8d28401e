// `finsam-extract text`: the best text of every page of a PDF.
#include <cmath>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"
#include "pdf/pdf_document.h"
#include "pipeline/page_tables.h"
#include "pipeline/text_pipeline.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage = R"(Usage: finsam-extract text FILE.pdf [options]

Prints the best text of each page: the text layer where it is sound, OCR
where the page is an image or its text layer is broken. Pages are separated
by a form feed (\f). Page furniture (Visma Sign stamps, page numbers, running
headers and footers) is left out of the text and listed in the JSON.

Options:
  --format text|json   text (default), or JSON with per-page source, reason,
                       confidence, role, furniture, tables (rows x columns
                       of cells with their text and box, and whether the
                       table was found from its rulings or its alignment),
                       and for OCR'd pages the resolution and the turn that
                       made them upright
  --raw                text as recognised, without normalisation
  --lexicon FILE       extra words for the normaliser: a word list (names,
                       places), or an archive's vocabulary (from
                       `finsam-extract vocabulary build`); repeatable
  --ocr auto|never|always
                       auto (default): OCR image pages and pages whose text
                       layer is broken or poorer than OCR
  --jobs N             worker threads (default: one per core)
  --orientation osd|recognition|off
                       how OCR finds pages scanned sideways or upside down
                       and reads them upright: osd (default; Tesseract's
                       orientation detection), recognition (reads each
                       turn, slower), off
  --no-clean           OCR the rendered page as it is, without deskewing
                       it or evening its background (to measure what the
                       clean-up buys)
  --no-ink-pass        do not read again the ink OCR's page layout left out
                       (a column, a small table; to measure what that pass
                       costs and buys)
  --min-dpi N          OCR a scan of lower resolution upsampled to N dpi
                       (default 250)
  --pages A-B          only these pages (1-based, e.g. 3-7 or 5)
  --password P         password of an encrypted PDF
  --output FILE, -o FILE
                       write here (atomically) instead of standard output
  --max-pixels N       refuse to render a page larger than N pixels
                       (default 60000000)
  --lang L             Tesseract language (default swe)
  --tessdata DIR       Tesseract data directory (default: Tesseract's own)
  --help               this text

Exit codes: 0 ok, 2 usage, 3 bad input (not a PDF, empty, damaged, no
pages), 4 encrypted, 5 partial (some pages failed; the others are printed),
6 language data missing, 7 output not writable, 1 other failure.
)";

Status ParsePageRange(const std::string& text, TextPipelineOptions* options) {
  const size_t dash = text.find('-');
  const std::string a = text.substr(0, dash);
  const std::string b = dash == std::string::npos ? a : text.substr(dash + 1);
  auto first = ParseInteger(a, 1, 1'000'000);
  auto last = ParseInteger(b, 1, 1'000'000);
  if (!first.ok() || !last.ok() || *last < *first) {
    return Status(ErrorCode::kInvalidArgument,
                  "--pages wants A-B with 1 <= A <= B, got '" + text + "'");
  }
  options->first_page = static_cast<int>(*first);
  options->last_page = static_cast<int>(*last);
  return Status::Ok();
}

std::string RenderText(const DocumentText& doc, bool raw) {
  std::string out;
  for (const PageResult& page : doc.pages) {
    out += raw ? page.raw_text : page.text;
    out += "\n\f";
  }
  return out;
}

// [x0, y0, x1, y1] in points, to a tenth.
nlohmann::ordered_json BoxJson(const Box& b) {
  const auto r = [](double v) { return std::round(v * 10) / 10; };
  return nlohmann::ordered_json::array({r(b.x0), r(b.y0), r(b.x1), r(b.y1)});
}

std::string RenderJson(const std::string& path, const DocumentText& doc,
                       bool raw) {
  nlohmann::ordered_json pages = nlohmann::ordered_json::array();
  for (const PageResult& page : doc.pages) {
    nlohmann::ordered_json p;
    p["number"] = page.number;
    p["status"] = page.status.ok() ? "ok" : "failed";
    if (!page.status.ok()) p["error"] = page.status.ToString();
    p["source"] = PageSourceName(page.source);
    p["reason"] = page.reason;
    p["confidence"] = std::round(page.confidence * 1000) / 1000;
    p["role"] = PageRoleName(page.role);
    p["layer_known_ratio"] = std::round(page.layer_known_ratio * 1000) / 1000;
    if (page.ocr_known_ratio >= 0) {
      p["ocr_known_ratio"] = std::round(page.ocr_known_ratio * 1000) / 1000;
      p["ocr_dpi"] = page.ocr_dpi;
      p["ocr_rotation"] = page.ocr_rotation;
    }
    p["text"] = raw ? page.raw_text : page.text;
    if (!raw) p["raw_text"] = page.raw_text;
    nlohmann::ordered_json furniture = nlohmann::ordered_json::array();
    for (const FurnitureLine& f : page.furniture) {
      furniture.push_back(
          {{"kind", FurnitureKindName(f.kind)}, {"text", f.text}});
    }
    p["furniture"] = std::move(furniture);
    nlohmann::ordered_json tables = nlohmann::ordered_json::array();
    for (const PageTable& t :
         PageTables(page.lines, page.tables, raw ? page.raw_text : page.text)) {
      nlohmann::ordered_json rows = nlohmann::ordered_json::array();
      for (const std::vector<TableCellText>& row : t.rows) {
        nlohmann::ordered_json cells = nlohmann::ordered_json::array();
        for (const TableCellText& cell : row) {
          nlohmann::ordered_json c;
          c["text"] = cell.text;
          if (!cell.text.empty()) c["box"] = BoxJson(cell.box);
          cells.push_back(std::move(c));
        }
        rows.push_back(std::move(cells));
      }
      tables.push_back({{"source", TableSourceName(t.source)},
                        {"columns", t.columns},
                        {"box", BoxJson(t.box)},
                        {"rows", std::move(rows)}});
    }
    p["tables"] = std::move(tables);
    p["milliseconds"] = std::round(page.milliseconds);
    pages.push_back(std::move(p));
  }
  nlohmann::ordered_json root;
  root["file"] = path;
  root["page_count"] = doc.page_count;
  root["pages"] = std::move(pages);
  // Invalid UTF-8 from a damaged text layer is replaced, never thrown on.
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

int Fail(const std::string& file, const Status& status) {
  std::cerr << "finsam-extract text: " << file << ": " << status.ToString()
            << "\n";
  return ExitCodeFor(status);
}

}  // namespace

int RunTextCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"format",   "ocr",         "jobs",       "pages",
                     "password", "output",      "max-pixels", "lang",
                     "tessdata", "orientation", "lexicon",    "min-dpi"};
  spec.repeatable = {"lexicon"};
  spec.boolean = {"raw", "no-clean", "no-ink-pass", "help"};
  auto parsed = ParseOneInputCommand("text", args, spec, kUsage, "PDF");
  if (const int* exit_code = std::get_if<int>(&parsed)) return *exit_code;
  const Flags* flags = &std::get<Flags>(parsed);
  const std::string path = flags->positional()[0];

  TextPipelineOptions options;
  if (Status s = ReadPipelineFlags(*flags, &options); !s.ok()) {
    std::cerr << "finsam-extract text: " << s.message() << "\n";
    return kExitUsage;
  }
  const std::string format = flags->Get("format", "text");
  if (format != "text" && format != "json") {
    std::cerr << "finsam-extract text: --format must be text or json\n";
    return kExitUsage;
  }
  if (flags->Has("max-pixels")) {
    auto px = ParseInteger(flags->Get("max-pixels"), 1, 4'000'000'000LL);
    if (!px.ok()) return Fail(path, px.status());
    options.max_pixels = *px;
  }
  if (flags->Has("min-dpi")) {
    auto dpi = ParseInteger(flags->Get("min-dpi"), 50, 600);
    if (!dpi.ok()) return Fail(path, dpi.status());
    options.min_dpi = static_cast<int>(*dpi);
  }
  if (flags->Has("pages")) {
    Status s = ParsePageRange(flags->Get("pages"), &options);
    if (!s.ok()) return Fail(path, s);
  }
  const bool raw = flags->Has("raw");
  if (flags->Has("no-ink-pass")) options.read_uncovered_ink = false;
  if (flags->Has("no-clean")) {
    options.clean.deskew = false;
    options.clean.normalize_background = false;
  }

  auto file = PdfFile::Open(path, flags->Get("password"));
  if (!file.ok()) return Fail(path, file.status());

  auto dictionary = SwedishDictionary::Open();
  if (!dictionary.ok()) return Fail(path, dictionary.status());
  options.dictionary = dictionary->get();
  std::unique_ptr<Normalizer> normalizer;
  if (!raw) {
    auto created = Normalizer::Create(NormalizerConfigFrom(*flags));
    if (!created.ok()) return Fail(path, created.status());
    normalizer = std::move(created).value();
    options.normalizer = normalizer.get();
  }

  auto doc = ExtractText(**file, options);
  if (!doc.ok()) return Fail(path, doc.status());

  const std::string out =
      format == "json" ? RenderJson(path, *doc, raw) : RenderText(*doc, raw);
  if (Status s = WriteOutput(flags->Get("output"), out); !s.ok()) {
    return Fail(path, s);
  }
  ReportFailedPages("text", path, *doc);
  return FinishProcess(doc->failed_pages() > 0 ? kExitPartial : kExitOk);
}

}  // namespace finsam::cli
