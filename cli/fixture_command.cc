// `finsam-extract fixture`: regression fixtures a data cleaner keeps true.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"
#include "fixtures_tool/fixture_compare.h"
#include "fixtures_tool/fixture_loop.h"
#include "fixtures_tool/fixture_store.h"
#include "fixtures_tool/fixture_text.h"
#include "fixtures_tool/word_corrections.h"
#include "lang/swedish_dictionary.h"
#include "normalize/normalizer.h"
#include "pdf/pdf_document.h"
#include "pipeline/page_normalization.h"

namespace finsam::cli {
namespace {

namespace fs = std::filesystem;
using fixture::Fixture;

constexpr const char* kUsage =
    R"(Usage: finsam-extract fixture add FILE.pdf|FILE.txt DIR [--tolerance X]
                                   [--ocr M]
       finsam-extract fixture check ROOT [--strict]
       finsam-extract fixture accept DIR|ROOT
       finsam-extract fixture learn ROOT [--min-fixtures N] [--keep]
                                         [--lexicon FILE]

Regression fixtures: a report with the text it should give.

  add     makes the fixture folder DIR from a PDF, or from OCR text whose
          pages are split by form feeds (as `text` writes it; it goes through
          the normaliser as in `records FILE.txt`): input.pdf or input.txt,
          expected.txt (the tool's text now, pages split by form feeds, for a
          data cleaner to correct), accepted.txt and record.json (the baseline), fixture.json
          (tool version, date, input sha256, tolerance). A corrections file
          DIR/corrections.tsv (page, line, before, after; tab-separated) may
          be written instead of editing expected.txt.
  check   re-runs every fixture under ROOT (fixture folders, and fixture
          sets such as fixtures/text/ with a manifest.json) and reports per
          fixture the character error rate against the corrected expected
          text beside the baseline's, record fields that changed and checks
          whose status changed. A fixture regresses when its CER rises by
          more than its tolerance or a check gets worse (--strict: any record
          change too).
  accept  takes the new output as the baseline (accepted.txt, record.json,
          manifest). expected.txt follows while it is still the tool's own;
          once corrected it is kept.
  learn   finds words corrected the same way in several fixtures, shows how
          every fixture's CER changes when the normaliser knows them, and
          with --keep appends them to the domain lexicon (default
          data/finsam_vocabulary.txt; rebuild to bake them in).

Options:
  --tolerance X       add: allowed CER rise (0..1, default 0.005)
  --ocr auto|never|always
                      add: the OCR mode the fixture runs with (default auto)
  --strict            check: a changed record field is a regression too
  --min-fixtures N    learn: corrections made in at least N fixtures
                      (default 2)
  --keep              learn: append the candidates to the lexicon unless a
                      fixture gets worse beyond its tolerance
  --lexicon FILE      learn: the word list to extend
  --jobs N            worker threads per fixture (default: one per core)
  --help              this text

Exit codes: 0 ok, 2 usage, 3 bad input (no fixture, a missing or damaged
fixture file, a stale correction), 6 language data missing, 7 output not
writable, 20 a fixture regressed (check), 1 other failure.
)";

int Fail(const std::string& what, const Status& status) {
  std::cerr << "finsam-extract fixture: " << what << ": " << status.message()
            << "\n";
  // A damaged fixture file is bad input, not a bad command line.
  if (status.code() == ErrorCode::kInvalidArgument) return kExitBadInput;
  return ExitCodeFor(status);
}

std::string Rate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.4f", value);
  return buffer;
}

std::string Seconds(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.1f s", value);
  return buffer;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

// The shared language models, loaded once per command.
struct Models : LanguageModels {
  TextPipelineOptions options;
};

Result<Models> LoadModels(const Flags& flags) {
  Models models;
  if (flags.Has("jobs")) {
    auto jobs = ParseInteger(flags.Get("jobs"), 1, 256);
    if (!jobs.ok()) return jobs.status();
    models.options.jobs = static_cast<int>(*jobs);
  }
  auto loaded = LoadLanguageModels();
  if (!loaded.ok()) return loaded.status();
  static_cast<LanguageModels&>(models) = std::move(loaded).value();
  models.UseIn(&models.options);
  return models;
}

std::string Where(const Fixture& f) {
  return f.in_set ? (f.input.parent_path() / f.name).string()
                  : f.manifest_path.parent_path().string();
}

// ---- add ----------------------------------------------------------------

int Add(const Flags& flags) {
  if (flags.positional().size() != 3) {
    std::cerr << "finsam-extract fixture add: give FILE.pdf or FILE.txt and "
                 "DIR (see --help)\n";
    return kExitUsage;
  }
  const std::string input = flags.positional()[1];
  const std::string dir = flags.positional()[2];
  double tolerance = fixture::kDefaultCerTolerance;
  if (flags.Has("tolerance")) {
    const std::string text = flags.Get("tolerance");
    char* end = nullptr;
    errno = 0;
    tolerance = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno != 0 ||
        !std::isfinite(tolerance) || tolerance < 0 || tolerance > 1) {
      std::cerr << "finsam-extract fixture add: --tolerance wants a number "
                   "from 0 to 1, got '"
                << text << "'\n";
      return kExitUsage;
    }
  }
  const std::string ocr = flags.Get("ocr", "auto");
  if (!ParseOcrMode(ocr)) {
    std::cerr << "finsam-extract fixture add: --ocr must be auto, never or "
                 "always\n";
    return kExitUsage;
  }
  auto models = LoadModels(flags);
  if (!models.ok()) return Fail(input, models.status());
  auto added = fixture::AddFixture(input, dir, tolerance, ocr, models->options);
  if (!added.ok()) {
    const int code = Fail(input, added.status());
    // An existing folder is the user's mistake on the command line.
    return added.status().code() == ErrorCode::kInvalidArgument ? kExitUsage
                                                                : code;
  }
  std::cout << "fixture add: " << dir << ": " << added->manifest.pages
            << " pages; correct " << added->expected.string() << " (or write "
            << added->corrections.string() << "), then run `fixture check`\n";
  return FinishProcess(kExitOk);
}

// ---- check --------------------------------------------------------------

void PrintVerdict(const Fixture& f, const fixture::Verdict& v,
                  const fixture::Expectation& e, bool strict, double seconds) {
  std::cout << "  " << Where(f) << ": " << (v.regression ? "REGRESSED" : "ok")
            << "  CER " << Rate(v.now.cer) << " (" << v.now.errors << "/"
            << v.now.reference << ")";
  if (v.baseline.has_value()) {
    std::cout << ", baseline " << Rate(v.baseline->cer);
  } else {
    std::cout << ", never accepted";
  }
  std::cout << ", tolerance " << Rate(f.manifest.cer_tolerance);
  if (e.corrections > 0) {
    std::cout << ", " << e.corrections << " corrections";
  }
  std::cout << " (" << Seconds(seconds) << ")\n";
  for (const std::string& reason : v.reasons) {
    std::cout << "    regression: " << reason << "\n";
  }
  if (!v.now.pages_off.empty()) {
    std::cout << "    pages differing from the expected text:";
    for (int p : v.now.pages_off) std::cout << " " << p;
    std::cout << "\n";
  }
  for (const fixture::CheckChange& c : v.checks) {
    std::cout << "    check " << c.id << ": "
              << (c.before.empty() ? "absent" : c.before) << " -> "
              << (c.after.empty() ? "absent" : c.after) << "\n";
  }
  if (!v.fields.empty()) {
    std::cout << "    record: " << v.fields.size() << " fields changed"
              << (strict ? " (--strict: a regression)" : "") << "\n";
    const size_t shown = std::min<size_t>(v.fields.size(), 12);
    for (size_t i = 0; i < shown; ++i) {
      const fixture::FieldChange& c = v.fields[i];
      std::cout << "      " << c.path << ": "
                << (c.before.empty() ? "(absent)" : c.before) << " -> "
                << (c.after.empty() ? "(absent)" : c.after) << "\n";
    }
    if (shown < v.fields.size()) {
      std::cout << "      ... " << v.fields.size() - shown << " more\n";
    }
  }
}

int Check(const Flags& flags) {
  if (flags.positional().size() != 2) {
    std::cerr << "finsam-extract fixture check: give one ROOT folder (see "
                 "--help)\n";
    return kExitUsage;
  }
  const std::string root = flags.positional()[1];
  const bool strict = flags.Has("strict");
  auto fixtures = fixture::FindFixtures(root);
  if (!fixtures.ok()) return Fail(root, fixtures.status());
  auto models = LoadModels(flags);
  if (!models.ok()) return Fail(root, models.status());

  const auto start = std::chrono::steady_clock::now();
  int ok = 0;
  int regressed = 0;
  int broken = 0;
  for (const Fixture& f : *fixtures) {
    auto expectation = fixture::ReadExpectation(f);
    if (!expectation.ok()) {
      std::cerr << "finsam-extract fixture: " << Where(f) << ": "
                << expectation.status().message() << "\n";
      ++broken;
      continue;
    }
    const auto fixture_start = std::chrono::steady_clock::now();
    auto run = fixture::RunFixture(f, models->options);
    if (!run.ok()) {
      std::cerr << "finsam-extract fixture: " << Where(f) << ": "
                << run.status().message() << "\n";
      ++broken;
      continue;
    }
    const double seconds = SecondsSince(fixture_start);
    fixture::Verdict verdict = fixture::Judge(
        expectation->corrected, run->pages, expectation->accepted, run->record,
        expectation->record, f.manifest);
    if (strict && !verdict.fields.empty()) {
      verdict.regression = true;
      verdict.reasons.push_back(std::to_string(verdict.fields.size()) +
                                " record fields changed");
    }
    if (f.has_manifest && !f.manifest.input_sha256.empty() &&
        f.manifest.input_sha256 != run->input_sha256) {
      verdict.regression = true;
      verdict.reasons.push_back("the input's sha256 is not the accepted one");
    }
    PrintVerdict(f, verdict, *expectation, strict, seconds);
    if (verdict.regression) {
      ++regressed;
    } else {
      ++ok;
    }
  }
  std::cout << "fixture check: " << fixtures->size() << " fixtures: " << ok
            << " ok, " << regressed << " regressed, " << broken
            << " broken, in " << Seconds(SecondsSince(start)) << "\n";
  if (broken > 0) return FinishProcess(kExitBadInput);
  return FinishProcess(regressed > 0 ? kExitFixtureRegression : kExitOk);
}

// ---- accept -------------------------------------------------------------

int Accept(const Flags& flags) {
  if (flags.positional().size() != 2) {
    std::cerr << "finsam-extract fixture accept: give one fixture folder or "
                 "ROOT (see --help)\n";
    return kExitUsage;
  }
  const std::string root = flags.positional()[1];
  auto fixtures = fixture::FindFixtures(root);
  if (!fixtures.ok()) return Fail(root, fixtures.status());
  auto models = LoadModels(flags);
  if (!models.ok()) return Fail(root, models.status());
  for (Fixture& f : *fixtures) {
    auto run = fixture::RunFixture(f, models->options);
    if (!run.ok()) return Fail(Where(f), run.status());
    auto outcome = fixture::AcceptRun(f, *run);
    if (!outcome.ok()) return Fail(Where(f), outcome.status());
    std::cout << "fixture accept: " << Where(f) << ": baseline updated"
              << (outcome->expected_replaced
                      ? "; expected.txt follows the new output"
                      : "")
              << "\n";
  }
  return FinishProcess(kExitOk);
}

// ---- learn --------------------------------------------------------------

// The pages' texts as recognised, to normalise as the pipeline does.
std::vector<std::string_view> RawTexts(const DocumentText& doc) {
  std::vector<std::string_view> raw;
  for (const PageResult& page : doc.pages) raw.push_back(page.raw_text);
  return raw;
}

// A temporary word list for the trial normaliser; removed when done.
class TempWordList {
 public:
  static Result<TempWordList> Write(const std::vector<std::string>& words) {
    std::string path =
        (fs::temp_directory_path() / "finsam-learn-XXXXXX").string();
    const int fd = mkstemp(path.data());
    if (fd < 0) return Status(ErrorCode::kIoError, std::strerror(errno));
    close(fd);
    std::string text;
    for (const std::string& w : words) text += w + "\n";
    Status s = WriteFileAtomically(path, text);
    if (!s.ok()) {
      std::remove(path.c_str());
      return s;
    }
    return TempWordList(path);
  }
  TempWordList(TempWordList&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
  }
  TempWordList(const TempWordList&) = delete;
  TempWordList& operator=(const TempWordList&) = delete;
  TempWordList& operator=(TempWordList&&) = delete;
  ~TempWordList() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  explicit TempWordList(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

std::set<std::string> ListedWords(const std::string& path) {
  std::set<std::string> words;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    const size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos) continue;
    const size_t e = line.find_last_not_of(" \t\r");
    words.insert(line.substr(b, e - b + 1));
  }
  return words;
}

int Learn(const Flags& flags) {
  if (flags.positional().size() != 2) {
    std::cerr << "finsam-extract fixture learn: give one ROOT folder (see "
                 "--help)\n";
    return kExitUsage;
  }
  const std::string root = flags.positional()[1];
  int min_fixtures = 2;
  if (flags.Has("min-fixtures")) {
    auto n = ParseInteger(flags.Get("min-fixtures"), 1, 1000);
    if (!n.ok()) {
      std::cerr << "finsam-extract fixture learn: " << n.status().message()
                << "\n";
      return kExitUsage;
    }
    min_fixtures = static_cast<int>(*n);
  }
  const std::string lexicon =
      flags.Get("lexicon", "data/finsam_vocabulary.txt");
  const bool keep = flags.Has("keep");
  if (keep && !fs::is_regular_file(lexicon)) {
    std::cerr << "finsam-extract fixture learn: " << lexicon
              << ": not found (run from the project folder or give "
                 "--lexicon)\n";
    return kExitUsage;
  }
  auto fixtures = fixture::FindFixtures(root);
  if (!fixtures.ok()) return Fail(root, fixtures.status());
  auto models = LoadModels(flags);
  if (!models.ok()) return Fail(root, models.status());

  // The raw text once per fixture: normalisation is what the trial changes.
  struct Raw {
    const Fixture* fixture;
    DocumentText doc;
    fixture::Expectation expectation;
  };
  std::vector<Raw> raws;
  std::map<std::string, std::vector<fixture::WordCorrection>> by_fixture;
  for (const Fixture& f : *fixtures) {
    auto expectation = fixture::ReadExpectation(f);
    if (!expectation.ok()) return Fail(Where(f), expectation.status());
    auto doc = fixture::RawPages(f, models->options);
    if (!doc.ok()) return Fail(f.input.string(), doc.status());
    std::vector<std::string> pages;
    for (NormalizedPage& p :
         NormalizePages(RawTexts(*doc), *models->normalizer,
                        models->options.normalize_options)) {
      pages.push_back(std::move(p.text));
    }
    by_fixture[Where(f)] =
        fixture::FindWordCorrections(pages, expectation->corrected);
    raws.push_back(
        Raw{&f, std::move(doc).value(), std::move(expectation).value()});
  }
  const std::set<std::string> known = ListedWords(lexicon);
  std::vector<fixture::LexiconCandidate> candidates;
  for (fixture::LexiconCandidate& c :
       fixture::FindLexiconCandidates(by_fixture, min_fixtures)) {
    if (known.count(c.correction.after) == 0) {
      candidates.push_back(std::move(c));
    }
  }
  if (candidates.empty()) {
    std::cout << "fixture learn: no word corrected the same way in "
              << min_fixtures << " or more fixtures (" << fixtures->size()
              << " fixtures looked at)\n";
    return FinishProcess(kExitOk);
  }
  std::vector<std::string> words;
  std::cout << "fixture learn: candidates (tool wrote -> cleaner wrote, "
               "fixtures):\n";
  for (const fixture::LexiconCandidate& c : candidates) {
    std::cout << "  " << c.correction.before << " -> " << c.correction.after
              << "  (" << c.fixtures.size() << ":";
    for (const std::string& name : c.fixtures) std::cout << " " << name;
    std::cout << ")\n";
    if (std::find(words.begin(), words.end(), c.correction.after) ==
        words.end()) {
      words.push_back(c.correction.after);
    }
  }

  auto list = TempWordList::Write(words);
  if (!list.ok()) return Fail("temporary word list", list.status());
  NormalizerConfig trial_config;
  trial_config.lexicon_files = {list->path()};
  auto trial = Normalizer::Create(trial_config);
  if (!trial.ok()) return Fail(root, trial.status());

  std::cout << "fixture learn: effect on every fixture (CER against the "
               "corrected text, now -> with the words):\n";
  bool worse = false;
  for (const Raw& raw : raws) {
    const auto score = [&](const Normalizer& normalizer) {
      std::vector<std::string> pages;
      for (NormalizedPage& p :
           NormalizePages(RawTexts(raw.doc), normalizer,
                          models->options.normalize_options)) {
        pages.push_back(std::move(p.text));
      }
      return fixture::ScoreText(raw.expectation.corrected, pages);
    };
    const fixture::TextScore before = score(*models->normalizer);
    const fixture::TextScore after = score(**trial);
    const bool got_worse =
        after.cer > before.cer + raw.fixture->manifest.cer_tolerance + 1e-12;
    worse = worse || got_worse;
    std::cout << "  " << Where(*raw.fixture) << ": " << Rate(before.cer)
              << " -> " << Rate(after.cer)
              << (after.errors < before.errors   ? "  better"
                  : after.errors > before.errors ? "  WORSE"
                                                 : "  same")
              << "\n";
  }
  if (!keep) {
    std::cout << "fixture learn: nothing kept; run again with --keep to add "
              << words.size() << " words to " << lexicon << "\n";
    return FinishProcess(kExitOk);
  }
  if (worse) {
    std::cerr << "finsam-extract fixture: learn: not kept: a fixture gets "
                 "worse beyond its tolerance\n";
    return FinishProcess(kExitFixtureRegression);
  }
  auto existing = fixture::ReadFixtureFile(lexicon);
  if (!existing.ok()) return Fail(lexicon, existing.status());
  std::string text = *existing;
  if (!text.empty() && text.back() != '\n') text += '\n';
  text += "# Learned from fixture corrections (finsam-extract fixture learn, " +
          fixture::UtcNow() + ")\n";
  for (const std::string& w : words) text += w + "\n";
  Status s = WriteFileAtomically(lexicon, text);
  if (!s.ok()) return Fail(lexicon, s);
  std::cout << "fixture learn: kept " << words.size() << " words in " << lexicon
            << "; rebuild (cmake --build) to bake them into the "
            << "lexicon tables\n";
  return FinishProcess(kExitOk);
}

}  // namespace

int RunFixtureCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"tolerance", "ocr", "min-fixtures", "lexicon", "jobs"};
  spec.boolean = {"help", "strict", "keep"};
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) {
    std::cerr << "finsam-extract fixture: " << flags.status().message()
              << " (see --help)\n";
    return kExitUsage;
  }
  if (flags->Has("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  const std::string action =
      flags->positional().empty() ? "" : flags->positional()[0];
  if (action == "add") return Add(*flags);
  if (action == "check") return Check(*flags);
  if (action == "accept") return Accept(*flags);
  if (action == "learn") return Learn(*flags);
  std::cerr << "finsam-extract fixture: give add, check, accept or learn "
               "(see --help)\n";
  return kExitUsage;
}

}  // namespace finsam::cli
