// Where finsam-extract finds its data: the language tables that
// scripts/build-lexicon generates (lexicon/) and their version stamp.
//
// Nothing is compiled in, so an installed tree, an unpacked package or a
// container can sit anywhere. A data directory is tried, in order:
//   1. EXE_DIR/../share/finsam-extract  the installed layout
//                                       (PREFIX/bin + PREFIX/share)
//   2. EXE_DIR                          the build tree (BUILD/finsam-extract
//                                       beside BUILD/lexicon)
//   3. $FINSAM_DATA_DIR                 a binary copied away from its data
// where EXE_DIR is the folder of the running executable (/proc/self/exe).
// The first that holds lexicon/words.tsv wins.
#ifndef FINSAM_BASE_DATA_DIR_H_
#define FINSAM_BASE_DATA_DIR_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace finsam {

// The environment variable that names a data directory (candidate 3).
inline constexpr char kDataDirEnv[] = "FINSAM_DATA_DIR";
// A folder is a data directory when it holds this file.
inline constexpr char kDataDirMarker[] = "lexicon/words.tsv";

// The candidates above for an executable at `executable` (an absolute path)
// and the value of $FINSAM_DATA_DIR (nullptr or "" when unset), lexically
// normalised. Pure: touches no file.
std::vector<std::string> DataDirCandidates(const std::string& executable,
                                           const char* env_value);

// The first of `candidates` that holds kDataDirMarker. Errors: kDataMissing
// whose message names every folder tried, in order, and how to fix it.
Result<std::string> FirstDataDir(const std::vector<std::string>& candidates);

// FirstDataDir(DataDirCandidates(/proc/self/exe, $FINSAM_DATA_DIR)).
// Errors: kDataMissing as above.
Result<std::string> FindDataDir();

// The folder of the language tables inside a data directory.
std::string LexiconDir(const std::string& data_dir);

// The first line of DATA_DIR/lexicon/VERSION, the stamp the build writes
// beside the tables (a hash of the tables and the Debian packages they were
// built from), or "unknown" when there is none.
std::string DataVersion(const std::string& data_dir);

}  // namespace finsam

#endif  // FINSAM_BASE_DATA_DIR_H_
