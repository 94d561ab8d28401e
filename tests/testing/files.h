// Test helpers for reading fixtures and the optional shared material.
#ifndef FINSAM_TESTS_TESTING_FILES_H_
#define FINSAM_TESTS_TESTING_FILES_H_

#include <fstream>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/text.h"

namespace finsam::testing {

inline std::string ReadFileOrEmpty(const std::string& path) {
  auto bytes = ReadFile(path);
  return bytes.ok() ? std::move(bytes).value() : std::string();
}

inline bool FileExists(const std::string& path) {
  return std::ifstream(path).good();
}

using ::finsam::SplitPages;  // base/text.h

// fixtures/text/NAME (the project's generated fixtures).
inline std::string TextFixture(const std::string& name) {
  return std::string(FINSAM_SOURCE_DIR) + "/fixtures/text/" + name;
}

// The language tables this build generated (BUILD/lexicon).
inline std::string BuildLexiconDir() {
  return std::string(FINSAM_BINARY_DIR) + "/lexicon";
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_FILES_H_
