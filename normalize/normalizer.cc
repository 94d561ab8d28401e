#include "normalize/normalizer.h"

#include <algorithm>
#include <utility>

#include "base/data_dir.h"
#include "base/files.h"
#include "lang/lexicon.h"
#include "lang/swedish_letters.h"
#include "normalize/diacritic_restorer.h"
#include "normalize/number_formatter.h"
#include "normalize/unicode_cleaner.h"
#include "normalize/word_tokenizer.h"

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
                           std::string_view text, const RestoreOptions& options,
                           std::vector<Edit>* edits,
                           std::vector<Edit>* uncertain) {
  const std::vector<std::string_view> lines = SplitLines(text);
  const std::vector<LetterEdit> decisions = restorer.Restore(lines, options);
  for (const LetterEdit& e : decisions) {
    (e.applied ? edits : uncertain)->push_back(ToEdit(e));
  }
  return ApplyEdits(lines, decisions);
}

// The file's bytes, or an error whose message names the file.
Result<std::string> ReadNamedFile(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) {
    return Status(text.status().code(), path + ": " + text.status().message());
  }
  return text;
}

}  // namespace

void CollectVocabulary(std::string_view text, Vocabulary* vocabulary) {
  for (std::string_view line : SplitLines(text)) {
    for (const WordToken& t : TokenizeLine(line)) {
      if (t.kind != WordToken::Kind::kWord) continue;
      // Letters only: OCR's digits ("6versiktlig") and '&' are damage.
      bool letters = true;
      for (size_t i = 0; i < t.text.size() && letters;) {
        int len = 1;
        letters = IsLetter(DecodeUtf8(t.text, i, &len));
        i += len;
      }
      if (!letters) continue;
      vocabulary->Add(ToLower(t.text),
                      CasePatternOf(t.text) == CasePattern::kCapitalized);
    }
  }
}

Result<Vocabulary> ReadVocabularyFile(const std::string& path) {
  auto text = ReadNamedFile(path);
  if (!text.ok()) return text.status();
  auto vocabulary = Vocabulary::Parse(*text);
  if (!vocabulary.ok()) {
    return Status(vocabulary.status().code(),
                  path + ": " + vocabulary.status().message());
  }
  return vocabulary;
}

struct Normalizer::Impl {
  std::shared_ptr<const Lexicon> lexicon;
  std::unique_ptr<DiacriticRestorer> restorer;
  // The archive's words: vocabulary files and the config's vocabulary.
  Vocabulary archive;
  UnicodeCleaner cleaner;
  NumberFormatter numbers;
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Normalizer::~Normalizer() = default;

Result<std::unique_ptr<Normalizer>> Normalizer::Create(
    const NormalizerConfig& config) {
  std::string dir = config.data_dir;
  if (dir.empty()) {
    auto data_dir = FindDataDir();
    if (!data_dir.ok()) return data_dir.status();
    dir = LexiconDir(*data_dir);
  }
  auto impl = std::make_unique<Impl>();
  // Vocabulary files go to the restorer, word lists to the lexicon.
  std::vector<std::string> word_lists;
  for (const std::string& file : config.lexicon_files) {
    auto text = ReadNamedFile(file);
    if (!text.ok()) return text.status();
    if (!Vocabulary::IsVocabularyText(*text)) {
      word_lists.push_back(file);
      continue;
    }
    auto vocabulary = Vocabulary::Parse(*text);
    if (!vocabulary.ok()) {
      return Status(vocabulary.status().code(),
                    file + ": " + vocabulary.status().message());
    }
    impl->archive.Merge(*vocabulary);
  }
  if (config.vocabulary != nullptr) impl->archive.Merge(*config.vocabulary);
  auto lexicon = Lexicon::Load(dir, word_lists);
  if (!lexicon.ok()) return lexicon.status();
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
    RestoreOptions restore;
    restore.min_confidence = options.min_confidence;
    restore.explain = options.explain;
    restore.vocabularies = {&impl_->archive, options.document_vocabulary};
    current = RestoreLetters(*impl_->restorer, current, restore, &result.edits,
                             &result.uncertain);
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
