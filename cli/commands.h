// Sub-commands of the finsam-extract front end. Each takes the arguments after
// the sub-command name and returns the process exit code (see exit_codes.h).
#ifndef FINSAM_CLI_COMMANDS_H_
#define FINSAM_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace finsam::cli {

int RunTextCommand(const std::vector<std::string>& args);
int RunNormalizeCommand(const std::vector<std::string>& args);
int RunRecordsCommand(const std::vector<std::string>& args);
int RunSignaturesCommand(const std::vector<std::string>& args);
int RunBatchCommand(const std::vector<std::string>& args);
int RunMergeCommand(const std::vector<std::string>& args);
int RunCompareCommand(const std::vector<std::string>& args);
int RunReviewCommand(const std::vector<std::string>& args);
int RunFixtureCommand(const std::vector<std::string>& args);
// --version: the program, its data directory and data version, and the
// versions of the libraries in use.
int RunVersionCommand(const std::vector<std::string>& args);
int RunVocabularyCommand(const std::vector<std::string>& args);

}  // namespace finsam::cli

#endif  // FINSAM_CLI_COMMANDS_H_
