#include "normalize/normalizer.h"

#include <algorithm>
#include <utility>

#include "lang/lexicon.h"
#include "normalize/diacritic_restorer.h"
#include "normalize/number_formatter.h"
#include "normalize/unicode_cleaner.h"

namespace finsam {
namespace {

Edit ToEdit(const LetterEdit& e) {
  Edit edit;
  edit.line = static_cast<int>(e.line) + 1;
  edit.column = static_cast<int>(e.begin) + 1;
  edit.before = e.before;
  edit.after = e.after;
  edit.reason = e.reason;
  edit.confidence = e.confidence;
  edit.why = e.why;
  return edit;
}

// Letters: every word of the document decided at once (damage rates are a
// property of the document), then the applied edits spliced into the lines.
std::string RestoreLetters(const DiacriticRestorer& restorer,
                           std::string_view text, float min_confidence,
                           bool explain, std::vector<Edit>* edits,
                           std::vector<Edit>* uncertain) {
  const std::vector<std::string_view> lines = SplitLines(text);
  const std::vector<LetterEdit> decisions =
      restorer.Restore(lines, min_confidence, explain);
  for (const LetterEdit& e : decisions) {
    (e.applied ? edits : uncertain)->push_back(ToEdit(e));
  }
  return ApplyEdits(lines, decisions);
}

}  // namespace

struct Normalizer::Impl {
  std::shared_ptr<const Lexicon> lexicon;
  std::unique_ptr<DiacriticRestorer> restorer;
  UnicodeCleaner cleaner;
  NumberFormatter numbers;
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create(
    const NormalizerConfig& config) {
  const std::string dir = config.data_dir.empty()
                              ? std::string(kDefaultLexiconDir)
                              : config.data_dir;
  auto lexicon = Lexicon::Load(dir, config.lexicon_files);
  if (!lexicon.ok()) return lexicon.status();
  auto impl = std::make_unique<Impl>();
  impl->lexicon = std::move(lexicon).value();
  auto restorer = DiacriticRestorer::Create(impl->lexicon);
  if (!restorer.ok()) return restorer.status();
  impl->restorer = std::move(restorer).value();
  return std::unique_ptr<Normalizer>(new Normalizer(std::move(impl)));
}

NormalizedText Normalizer::Normalize(std::string_view text,
                                     const NormalizeOptions& options) const {
  NormalizedText result;
  // Stages run in order, each on the previous one's output; an edit's column
  // is relative to the text its stage saw (unicode, then letters, then
  // numbers), which equals the input column unless an earlier stage changed
  // the same line before it.
  std::string current(text);
  if (options.unicode) {
    current = impl_->cleaner.Clean(current, &result.edits, &result.uncertain,
                                   options.min_confidence);
  }
  if (options.letters) {
    current = RestoreLetters(*impl_->restorer, current, options.min_confidence,
                             options.explain, &result.edits, &result.uncertain);
  }
  if (options.numbers) {
    current = impl_->numbers.Format(current, &result.edits, &result.uncertain,
                                    options.min_confidence);
  }
  auto by_position = [](const Edit& a, const Edit& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  };
  std::stable_sort(result.edits.begin(), result.edits.end(), by_position);
  std::stable_sort(result.uncertain.begin(), result.uncertain.end(),
                   by_position);
  result.text = std::move(current);
  return result;
}

}  // namespace finsam
