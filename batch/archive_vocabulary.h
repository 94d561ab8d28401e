// CollectArchiveVocabulary: the words an archive prints correctly, counted
// over the sound pages (text layers judged sound, not OCR) of every PDF.
//
// Reports of one organisation, region or year repeat their names and
// terms; the normaliser of every damaged page then knows them (issue 15).
// The text layers are read without OCR, so collecting costs about what
// `text --raw --ocr never` does. Text inputs are left out: nothing says
// whether their letters are sound.
//
// Deterministic: counts are summed, so the same inputs give the same
// vocabulary whatever their order, sharding or the number of threads.
#ifndef FINSAM_BATCH_ARCHIVE_VOCABULARY_H_
#define FINSAM_BATCH_ARCHIVE_VOCABULARY_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "batch/input_set.h"
#include "lang/swedish_dictionary.h"
#include "lang/vocabulary.h"

namespace finsam::batch {

struct ArchiveVocabulary {
  Vocabulary vocabulary;
  int documents = 0;    // PDFs read
  int sound_pages = 0;  // pages counted
  // PDFs that could not be read (damaged, encrypted): left out, as the
  // batch itself reports them.
  int skipped = 0;
};

// `dictionary` (not owned, thread-safe) judges the text layers; `jobs` >= 1
// threads read the PDFs. Fails only when language data is missing.
Result<ArchiveVocabulary> CollectArchiveVocabulary(
    const std::vector<BatchInput>& inputs, SwedishDictionary* dictionary,
    int jobs, const std::string& password = "");

// The vocabulary of a batch over `inputs` (all of them, whatever the
// shard) writing to `out_dir`: read back from OUT/archive.vocab when it was
// collected from the same inputs (paths, sizes and modification times, in
// OUT/archive.vocab.inputs), so a resumed run does not read the archive
// again; otherwise collected and written there (atomically). `reused` says
// which. Errors: kDataMissing (hunspell-sv), kIoError (OUT not writable).
Result<ArchiveVocabulary> BatchArchiveVocabulary(
    const std::vector<BatchInput>& inputs, const std::string& out_dir, int jobs,
    const std::string& password, bool* reused);

// A short stable name of `text` (64-bit FNV-1a, hex): for fingerprints.
std::string TextDigest(std::string_view text);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_ARCHIVE_VOCABULARY_H_
