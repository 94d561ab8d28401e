// Checking a record against schema/record.schema.json from a test.
#ifndef FINSAM_TESTS_TESTING_RECORD_SCHEMA_H_
#define FINSAM_TESTS_TESTING_RECORD_SCHEMA_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace finsam::testing {

// Writes `record` to BUILD/records-test-out/NAME.json and validates it with
// scripts/validate-record (Debian's python3-jsonschema) against `schema`
// (relative to the source tree; "": the record's); a failure names the
// file. Skips when the validator cannot run here.
inline void ExpectValidRecord(const nlohmann::ordered_json& record,
                              const std::string& name,
                              const std::string& schema = "") {
  if (std::system("/usr/bin/python3 -c 'import jsonschema' 2>/dev/null") != 0) {
    GTEST_SKIP() << "python3-jsonschema not installed (scripts/packages.txt)";
  }
  const std::filesystem::path dir =
      std::filesystem::path(FINSAM_BINARY_DIR) / "records-test-out";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / (name + ".json")).string();
  std::ofstream(path) << record.dump(2) << "\n";
  const std::string cmd =
      "/usr/bin/python3 " + std::string(FINSAM_SOURCE_DIR) +
      "/scripts/validate-record " +
      (schema.empty() ? std::string()
                      : "--schema " + std::string(FINSAM_SOURCE_DIR) + "/" +
                            schema + " ") +
      path;
  EXPECT_EQ(std::system(cmd.c_str()), 0) << "schema errors in " << path;
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_RECORD_SCHEMA_H_
