// A scratch directory for a test.
#ifndef FINSAM_TESTS_TESTING_SCRATCH_DIR_H_
#define FINSAM_TESTS_TESTING_SCRATCH_DIR_H_

#include <stdlib.h>  // mkdtemp

#include <filesystem>
#include <string>
#include <system_error>

namespace finsam::testing {

// A directory under /tmp removed with everything in it at the end.
class ScratchDir {
 public:
  ScratchDir() {
    char pattern[] = "/tmp/finsam-test-XXXXXX";
    const char* made = mkdtemp(pattern);
    path_ = made ? made : "";
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& rel) const {
    return path_ + "/" + rel;
  }

 private:
  std::string path_;
};

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_SCRATCH_DIR_H_
