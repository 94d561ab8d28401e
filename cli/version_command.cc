// finsam-extract --version: the program, its data and the libraries in use.
#include <leptonica/allheaders.h>
#include <poppler-version.h>
#include <qpdf/qpdf-c.h>
#include <tesseract/baseapi.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/data_dir.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "lang/swedish_dictionary.h"

namespace finsam::cli {

namespace {

constexpr const char* kHelp = R"(Usage: finsam-extract --version

Prints the version of finsam-extract, the data directory in use and the
version of its language tables (a hash of the tables and the Debian packages
they were built from), then the versions of Tesseract, Leptonica, Poppler,
hunspell and qpdf. The data directory is the first of
EXE_DIR/../share/finsam-extract, EXE_DIR (a build tree) and $FINSAM_DATA_DIR
that holds lexicon/words.tsv, where EXE_DIR is the folder of the binary.

Exit codes: 0 ok, 2 usage, 6 language data missing (everything else is
printed all the same).
)";

std::string LeptonicaVersion() {
  char* text = getLeptonicaVersion();
  std::string version = text != nullptr ? text : "unknown";
  lept_free(text);
  // "leptonica-1.82.0"
  constexpr std::string_view kPrefix = "leptonica-";
  if (version.rfind(kPrefix, 0) == 0) version.erase(0, kPrefix.size());
  return version;
}

}  // namespace

int RunVersionCommand(const std::vector<std::string>& args) {
  if (!args.empty()) {
    if (args[0] == "--help" || args[0] == "-h") {
      std::cout << kHelp;
      return kExitOk;
    }
    std::cerr << "finsam-extract version: unexpected argument '" << args[0]
              << "' (see --help)\n";
    return kExitUsage;
  }
  int exit_code = kExitOk;
  std::cout << "finsam-extract " << FINSAM_VERSION << "\n";
  auto data_dir = FindDataDir();
  if (data_dir.ok()) {
    std::cout << "data: " << *data_dir << "\n"
              << "data version: " << DataVersion(*data_dir) << "\n";
  } else {
    std::cout << "data: missing\n";
    std::cerr << "finsam-extract: " << data_dir.status().message() << "\n";
    exit_code = kExitMissingData;
  }
  // Runtime versions, from the shared libraries actually loaded; hunspell
  // has no version call, so its version is the one the build linked against
  // (its soname, libhunspell-1.7, pins the minor version).
  const std::string dictionary = std::string(kDefaultHunspellPrefix) + ".dic";
  std::error_code ec;
  const bool have_dictionary = std::filesystem::is_regular_file(dictionary, ec);
  const char* tessdata = std::getenv("TESSDATA_PREFIX");
  std::cout << "tesseract " << tesseract::TessBaseAPI::Version()
            << " (tessdata: "
            << (tessdata != nullptr ? tessdata : "the library's default")
            << ")\n"
            << "leptonica " << LeptonicaVersion() << "\n"
            << "poppler " << poppler::version_string() << "\n"
            << "hunspell " << FINSAM_HUNSPELL_VERSION << " (dictionary "
            << dictionary << (have_dictionary ? "" : ", missing") << ")\n"
            << "qpdf " << qpdf_get_qpdf_version() << "\n";
  return exit_code;
}

}  // namespace finsam::cli
