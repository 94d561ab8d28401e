// The finsam-extract binary finds its data from where it sits (installed
// layout, build tree) or from $FINSAM_DATA_DIR, says where it looked when the
// data is missing (exit 6), and --version names the data and libraries.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/testing/batch_testing.h"

namespace finsam {
namespace {

namespace fs = std::filesystem;
using testing::ProcessResult;
using testing::ReadFileOrEmpty;

class DataDirCliTest : public ::testing::Test {
 protected:
  // Runs `binary args` with FINSAM_DATA_DIR unset unless `data_dir` is given,
  // "Forsakringskassan 8036515" on standard input.
  ProcessResult Run(const std::string& binary, const std::string& args,
                    const std::string& data_dir = "") {
    const std::string out = dir_ + "/stdout";
    const std::string err = dir_ + "/stderr";
    const std::string env = data_dir.empty()
                                ? "env -u FINSAM_DATA_DIR "
                                : "env FINSAM_DATA_DIR='" + data_dir + "' ";
    const std::string cmd = "echo 'Forsakringskassan 8036515' | " + env + "'" +
                            binary + "' " + args + " >'" + out + "' 2>'" + err +
                            "'";
    const int status = std::system(cmd.c_str());
    ProcessResult run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadFileOrEmpty(out);
    run.err = ReadFileOrEmpty(err);
    return run;
  }

  // A copy of the build's binary at DIR/PREFIX/bin/finsam-extract, away from
  // the build tree.
  std::string CopyBinary(const std::string& prefix) {
    const fs::path bin = fs::path(dir_) / prefix / "bin";
    fs::create_directories(bin);
    fs::copy_file(std::string(FINSAM_BINARY_DIR) + "/finsam-extract",
                  bin / "finsam-extract");
    return (bin / "finsam-extract").string();
  }

  static std::string BuildDir() {
    return fs::canonical(FINSAM_BINARY_DIR).string();
  }

  testing::ScratchDir scratch_;
  const std::string dir_ = fs::canonical(scratch_.path()).string();
};

TEST_F(DataDirCliTest, TheBuildTreeBinaryUsesTheBuildTreeData) {
  const ProcessResult run = Run(BuildDir() + "/finsam-extract", "normalize -");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "Försäkringskassan 8 036 515\n");
}

TEST_F(DataDirCliTest, ACopyWithoutDataSaysWhereItLookedAndExits6) {
  const std::string binary = CopyBinary("away");
  const ProcessResult run = Run(binary, "normalize -");
  EXPECT_EQ(run.exit_code, 6) << run.err;
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_NE(
      run.err.find(dir_ + "/away/share/finsam-extract, " + dir_ + "/away/bin;"),
      std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("FINSAM_DATA_DIR"), std::string::npos) << run.err;
  EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
}

TEST_F(DataDirCliTest, ACopyFindsTheDataNamedByTheEnvironment) {
  const std::string binary = CopyBinary("away");
  const ProcessResult run = Run(binary, "normalize -", BuildDir());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "Försäkringskassan 8 036 515\n");
}

TEST_F(DataDirCliTest, AnInstalledLayoutFindsShareBesideBin) {
  const std::string binary = CopyBinary("usr");
  const fs::path share = fs::path(dir_) / "usr/share/finsam-extract";
  fs::create_directories(share);
  fs::create_directory_symlink(BuildDir() + "/lexicon", share / "lexicon");
  // The installed data wins over the environment's.
  const ProcessResult run = Run(binary, "--version", "/nonexistent");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\ndata: " + share.string() + "\n"), std::string::npos)
      << run.out;
  EXPECT_EQ(Run(binary, "normalize -").out, "Försäkringskassan 8 036 515\n");
}

TEST_F(DataDirCliTest, VersionNamesTheProgramItsDataAndTheLibraries) {
  const ProcessResult run = Run(BuildDir() + "/finsam-extract", "--version");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(
      run.out.rfind(std::string("finsam-extract ") + FINSAM_VERSION + "\n", 0),
      0u)
      << run.out;
  EXPECT_NE(run.out.find("\ndata: " + BuildDir() + "\n"), std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("\ndata version: sha256:"), std::string::npos)
      << run.out;
  for (const char* library :
       {"tesseract", "leptonica", "poppler", "hunspell", "qpdf"}) {
    // "tesseract 5.3.0": the name, a space and a version starting in a digit.
    const auto at = run.out.find(std::string("\n") + library + " ");
    ASSERT_NE(at, std::string::npos) << library << "\n" << run.out;
    const char first = run.out[at + 2 + std::string(library).size()];
    EXPECT_TRUE(first >= '0' && first <= '9') << library << "\n" << run.out;
  }
  EXPECT_EQ(Run(BuildDir() + "/finsam-extract", "version").out, run.out);
}

TEST_F(DataDirCliTest, VersionWithoutDataPrintsTheRestAndExits6) {
  const ProcessResult run = Run(CopyBinary("away"), "--version");
  EXPECT_EQ(run.exit_code, 6) << run.err;
  EXPECT_NE(run.out.find("\ndata: missing\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\ntesseract "), std::string::npos) << run.out;
  EXPECT_NE(run.err.find(dir_ + "/away/bin"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace finsam
