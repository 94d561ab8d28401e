#include "batch/archive_vocabulary.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>

#include "base/atomic_file.h"
#include "base/files.h"
#include "normalize/normalizer.h"
#include "pdf/pdf_document.h"
#include "pipeline/text_pipeline.h"

namespace finsam::batch {

Result<ArchiveVocabulary> CollectArchiveVocabulary(
    const std::vector<BatchInput>& inputs, SwedishDictionary* dictionary,
    int jobs, const std::string& password) {
  std::vector<const BatchInput*> pdfs;
  for (const BatchInput& input : inputs) {
    const std::string& p = input.path;
    if (p.size() >= 4) {
      std::string ext = p.substr(p.size() - 4);
      std::transform(ext.begin(), ext.end(), ext.begin(),
                     [](unsigned char c) { return std::tolower(c); });
      if (ext == ".pdf") pdfs.push_back(&input);
    }
  }
  TextPipelineOptions options;
  options.ocr_mode = OcrMode::kNever;
  options.jobs = 1;
  options.dictionary = dictionary;
  std::atomic<size_t> next{0};
  std::mutex mu;
  ArchiveVocabulary result;
  Status failure;
  const auto work = [&] {
    ArchiveVocabulary mine;
    for (size_t i = next++; i < pdfs.size(); i = next++) {
      auto file = PdfFile::Open(pdfs[i]->path, password);
      if (!file.ok()) {
        ++mine.skipped;
        continue;
      }
      auto text = ExtractText(**file, options);
      if (!text.ok()) {
        if (text.status().code() == ErrorCode::kDataMissing) {
          std::lock_guard<std::mutex> lock(mu);
          failure = text.status();
          return;
        }
        ++mine.skipped;
        continue;
      }
      ++mine.documents;
      for (const PageResult& page : text->pages) {
        mine.sound_pages += IsSoundPage(page);
      }
      CollectSoundWords(*text, &mine.vocabulary);
    }
    std::lock_guard<std::mutex> lock(mu);
    result.vocabulary.Merge(mine.vocabulary);
    result.documents += mine.documents;
    result.sound_pages += mine.sound_pages;
    result.skipped += mine.skipped;
  };
  const int threads =
      std::max(1, std::min(jobs, static_cast<int>(pdfs.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  if (!failure.ok()) return failure;
  return result;
}

std::string TextDigest(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx",
                static_cast<unsigned long long>(hash));
  return hex;
}

namespace {

// What the vocabulary was collected from: every input's path, size and
// modification time.
std::string InputsStamp(const std::vector<BatchInput>& inputs) {
  namespace fs = std::filesystem;
  std::string stamp;
  for (const BatchInput& input : inputs) {
    std::error_code ec;
    const auto size = fs::file_size(input.path, ec);
    const auto time = fs::last_write_time(input.path, ec);
    stamp += input.path + "\t" + std::to_string(ec ? 0 : size) + "\t" +
             std::to_string(time.time_since_epoch().count()) + "\n";
  }
  return TextDigest(stamp) + "\n";
}

}  // namespace

Result<ArchiveVocabulary> BatchArchiveVocabulary(
    const std::vector<BatchInput>& inputs, const std::string& out_dir, int jobs,
    const std::string& password, bool* reused) {
  const std::string path = out_dir + "/archive.vocab";
  const std::string stamp_path = path + ".inputs";
  const std::string stamp = InputsStamp(inputs);
  *reused = false;
  if (auto old = ReadFile(stamp_path); old.ok() && *old == stamp) {
    auto cached = ReadVocabularyFile(path);
    if (cached.ok()) {
      *reused = true;
      ArchiveVocabulary result;
      result.vocabulary = std::move(cached).value();
      return result;
    }
  }
  auto dictionary = SwedishDictionary::Open();
  if (!dictionary.ok()) return dictionary.status();
  auto collected =
      CollectArchiveVocabulary(inputs, dictionary->get(), jobs, password);
  if (!collected.ok()) return collected.status();
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (Status s = WriteFileAtomically(path, collected->vocabulary.Serialize());
      !s.ok()) {
    return s;
  }
  if (Status s = WriteFileAtomically(stamp_path, stamp); !s.ok()) return s;
  return collected;
}

}  // namespace finsam::batch
