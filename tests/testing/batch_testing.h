// Helpers for the batch tests: synthetic reports as text (a scratch
// directory: scratch_dir.h; running the binary: run_finsam.h).
#ifndef FINSAM_TESTS_TESTING_BATCH_TESTING_H_
#define FINSAM_TESTS_TESTING_BATCH_TESTING_H_

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "tests/testing/files.h"
#include "tests/testing/run_finsam.h"
#include "tests/testing/scratch_dir.h"

namespace finsam::testing {

// Every `from` in `text` replaced by `to` (no regex: GCC 12's std::regex
// trips -Wmaybe-uninitialized under the sanitizers).
inline std::string ReplaceAll(std::string text, const std::string& from,
                              const std::string& to) {
  size_t at = 0;
  while ((at = text.find(from, at)) != std::string::npos) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

inline void WriteFileOrDie(const std::string& path, const std::string& data) {
  std::filesystem::create_directories(
      std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << data;
}

// A Luhn-valid organisation number "222000-NNNC" for `serial` < 1000.
inline std::string OrgNumber(int serial) {
  std::string digits = "222000" +
                       std::string(3 - std::to_string(serial).size(), '0') +
                       std::to_string(serial);
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) {
    int v = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
    sum += v / 10 + v % 10;
  }
  digits += static_cast<char>('0' + (10 - sum % 10) % 10);
  return digits.substr(0, 6) + "-" + digits.substr(6);
}

// The sample annual report (fixtures/text/sample.expected.txt) rewritten
// for another förbund and fiscal year: "Samordningsförbundet NAME", its
// org number, fiscal year `year` (comparison column year - 1) and
// `result` as the year's result (printed "655 955" in the sample).
inline std::string SampleReport(const std::string& name, int serial, int year,
                                const std::string& result = "655 955") {
  std::string text = ReadFileOrEmpty(TextFixture("sample.expected.txt"));
  text = ReplaceAll(text, "2023", "@Y@");
  text = ReplaceAll(text, "2022", "@P@");
  text = ReplaceAll(text, "@Y@", std::to_string(year));
  text = ReplaceAll(text, "@P@", std::to_string(year - 1));
  text = ReplaceAll(text, "Exempelbygd", name);
  text = ReplaceAll(text, "222000-2493", OrgNumber(serial));
  text = ReplaceAll(text, "655 955", result);
  return text;
}

// Every regular file under `dir`, relative path -> contents.
inline std::map<std::string, std::string> ReadTree(const std::string& dir) {
  std::map<std::string, std::string> files;
  std::error_code ec;
  for (std::filesystem::recursive_directory_iterator it(dir, ec), end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    files[std::filesystem::relative(it->path(), dir).string()] =
        ReadFileOrEmpty(it->path().string());
  }
  return files;
}

// summary.jsonl or a meta file without its timings (which differ per run).
inline std::string WithoutTimings(std::string text) {
  const std::string key = "\"timings_ms\":";
  size_t at = 0;
  while ((at = text.find(key, at)) != std::string::npos) {
    const size_t open = text.find('{', at);
    const size_t close = text.find('}', open);
    if (open == std::string::npos || close == std::string::npos) break;
    text.replace(open, close - open + 1, "{}");
    at = open;
  }
  return text;
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_BATCH_TESTING_H_
