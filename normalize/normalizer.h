// Normalizer: damaged Swedish text in, correct Swedish text out, line by line.
//
// Contract:
//  * Lines are kept: the output has exactly as many '\n'-separated lines as
//    the input, and edits happen only inside lines (a data cleaner can diff a
//    fixture line by line). Form feeds (page breaks) are kept where they are.
//  * Letters: restores å/ä/ö that were folded (a/o), dropped, or garbled by
//    OCR ("6versiktlig", "férbundet", "ldn"), and leaves alone correct words,
//    names, URLs, e-mail addresses, English words and codes. A decision below
//    the confidence threshold is not applied but listed as uncertain.
//  * Numbers: Swedish grouping and signs ("8036515" -> "8 036 515",
//    "55%" -> "55 %"), never touching years, dates, organisation numbers,
//    telephone numbers, postcodes, case numbers or page references.
//  * Unicode: NFC, ligatures expanded, soft hyphens and logo junk removed.
//  * Pure and deterministic; Normalize() is const and thread-safe, so one
//    instance serves every worker.
#ifndef FINSAM_NORMALIZE_NORMALIZER_H_
#define FINSAM_NORMALIZE_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lang/vocabulary.h"

namespace finsam {

// The default of NormalizeOptions::min_confidence (--min-confidence):
// decisions scored below it are listed as uncertain, not applied. Every
// stage scores its decisions against this line (number_formatter.cc names
// its scores by it). Set when the normaliser was first written, not tuned
// on a measurement since.
inline constexpr float kDefaultMinConfidence = 0.6f;

struct NormalizeOptions {
  bool letters = true;  // --no-letters turns this off
  bool numbers = true;  // --no-numbers turns this off
  bool unicode = true;  // NFC, ligatures, soft hyphens, junk
  // Decisions with a confidence below this are not applied (listed instead).
  float min_confidence = kDefaultMinConfidence;
  // Fill Edit::why for letter decisions (normalize --changes prints it).
  bool explain = false;
  // Words this document prints correctly on its sound pages (not owned;
  // may be null): a folded twin on a damaged page of the same document
  // reads as them (the pipeline collects them, CollectVocabulary).
  const Vocabulary* document_vocabulary = nullptr;
};

// One edit (or one withheld decision). Lines and columns are 1-based;
// the column is a byte offset into the input line, counting from 1. The
// stages run in order (unicode, letters, numbers), each on the previous
// one's output: a column is exact unless an earlier stage changed the same
// line before it.
struct Edit {
  int line = 0;
  int column = 0;
  std::string before;
  std::string after;
  std::string reason;  // e.g. "folded", "dropped", "ocr-confusion",
                       // "number-grouping", "unicode"
  float confidence = 0;
  // Letter decisions with NormalizeOptions::explain: the chosen reading's
  // score and the written word's, feature by feature ("år -0.52 = prior
  // +8.26 folded -4.09 context +3.00; as written -3.61 = prior +6.91
  // context -10.52"). Empty otherwise.
  std::string why = {};
};

struct NormalizedText {
  std::string text;
  std::vector<Edit> edits;      // applied, in input order
  std::vector<Edit> uncertain;  // considered but withheld (below threshold)
};

struct NormalizerConfig {
  // Directory holding the generated language tables; empty means the
  // lexicon/ of the data directory FindDataDir() finds (base/data_dir.h:
  // beside the installed or the build tree's binary, or $FINSAM_DATA_DIR).
  std::string data_dir;
  // Extra word lists (one word per line, UTF-8): names, places, programme
  // names that must be accepted and preferred. A file that starts with
  // Vocabulary::kHeader is an archive's vocabulary instead
  // (`finsam-extract vocabulary build`): the words its sound pages print,
  // with counts.
  std::vector<std::string> lexicon_files;
  // An archive's vocabulary collected in memory (batch's first pass); may
  // be null. Merged with the vocabulary files.
  std::shared_ptr<const Vocabulary> vocabulary;
};

// Counts the words of `text` (a sound page: a text layer judged sound, not
// OCR) into `vocabulary`: words of letters only, as the restorer reads
// them; numbers, codes, URLs and e-mail addresses are left out.
void CollectVocabulary(std::string_view text, Vocabulary* vocabulary);

// The archive's vocabulary in `path` (Vocabulary::kHeader first), or an
// error naming the file: kNotFound / kIoError when it cannot be read,
// kInvalidArgument when it is not a vocabulary.
Result<Vocabulary> ReadVocabularyFile(const std::string& path);

class Normalizer {
 public:
  // Errors: kDataMissing (tables or dictionaries not found), kNotFound /
  // kIoError for a lexicon file.
  static Result<std::unique_ptr<Normalizer>> Create(
      const NormalizerConfig& config);
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  NormalizedText Normalize(std::string_view text,
                           const NormalizeOptions& options) const;

 private:
  struct Impl;
  explicit Normalizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_NORMALIZER_H_
