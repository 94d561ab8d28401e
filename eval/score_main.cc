// finsam-score [--within] REFERENCE HYPOTHESIS: prints character and word
// error rates as one JSON line, for the benchmark scripts. --within scores
// the reference against the stretch of the hypothesis closest to it (a
// table transcribed alone against a whole page's text; characters only).
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "eval/error_rate.h"

namespace {

bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = std::move(buffer).str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const bool within = argc == 4 && std::string(argv[1]) == "--within";
  if (within) {
    ++argv;
    --argc;
  }
  if (argc != 3) {
    std::cerr << "usage: finsam-score [--within] REFERENCE HYPOTHESIS\n";
    return 2;
  }
  std::string reference, hypothesis;
  if (!ReadFile(argv[1], &reference) || !ReadFile(argv[2], &hypothesis)) {
    std::cerr << "finsam-score: cannot read " << argv[1] << " or " << argv[2]
              << "\n";
    return 3;
  }
  if (within) {
    const finsam::ErrorCount chars =
        finsam::CharacterErrorsWithin(reference, hypothesis);
    std::cout << "{\"cer\": " << chars.rate()
              << ", \"char_errors\": " << chars.errors
              << ", \"chars\": " << chars.reference << "}\n";
    return 0;
  }
  const finsam::ErrorCount chars =
      finsam::CharacterErrors(reference, hypothesis);
  const finsam::ErrorCount words = finsam::WordErrors(reference, hypothesis);
  std::cout << "{\"cer\": " << chars.rate()
            << ", \"char_errors\": " << chars.errors
            << ", \"chars\": " << chars.reference
            << ", \"wer\": " << words.rate()
            << ", \"word_errors\": " << words.errors
            << ", \"words\": " << words.reference << "}\n";
  return 0;
}
