// Flags: a small command-line parser for the sub-commands.
//
// Accepts "--name value", "--name=value", boolean "--name", and positional
// arguments; "-" is a positional (standard input); "-h" is "--help" and
// "-o" is "--output" when the spec takes it. Unknown flags are an
// error, so a typo never silently does something else.
#ifndef FINSAM_CLI_FLAGS_H_
#define FINSAM_CLI_FLAGS_H_

#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "base/status.h"

namespace finsam::cli {

struct FlagSpec {
  std::set<std::string> with_value;  // e.g. "format", "jobs"
  std::set<std::string> boolean;     // e.g. "raw", "help"
  std::set<std::string> repeatable;  // subset of with_value
};

class Flags {
 public:
  // Errors: kInvalidArgument naming the offending argument.
  static Result<Flags> Parse(const std::vector<std::string>& args,
                             const FlagSpec& spec);

  bool Has(const std::string& name) const { return values_.count(name) > 0; }
  // The last value given, or `fallback`.
  std::string Get(const std::string& name,
                  const std::string& fallback = "") const;
  // Every value of a repeatable flag, in order.
  std::vector<std::string> GetAll(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::vector<std::string>> values_;
  std::vector<std::string> positional_;
};

// Parses a whole decimal number in [min, max]; kInvalidArgument otherwise.
Result<long long> ParseInteger(const std::string& text, long long min,
                               long long max);

// Parses the value of `--flag` as a number in [0, 1]; kInvalidArgument
// "--flag wants a number from 0 to 1, got '...'" otherwise.
Result<double> ParseFraction(const std::string& flag, const std::string& text);

// What the commands that read one input (text, normalize, records,
// signatures, review) do first: parse `args` by `spec`, answer --help with
// `usage`, and want exactly one positional argument, named `what` in the
// error ("PDF", "file", "FILE or -"). Returns the flags to go on with, or
// the exit code to return now: 0 after printing the help, 2 after a
// one-line usage error that names `command`.
std::variant<Flags, int> ParseOneInputCommand(
    const std::string& command, const std::vector<std::string>& args,
    const FlagSpec& spec, const char* usage, const std::string& what);

}  // namespace finsam::cli

#endif  // FINSAM_CLI_FLAGS_H_
