#include "cli/flags.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <utility>

#include "cli/exit_codes.h"

namespace finsam::cli {

Result<Flags> Flags::Parse(const std::vector<std::string>& args,
                           const FlagSpec& spec) {
  Flags flags;
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positional || arg.size() < 2 || arg[0] != '-') {
      flags.positional_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positional = true;
      continue;
    }
    if (arg == "-h") {
      flags.values_["help"].push_back("");
      continue;
    }
    // "-o FILE" is "--output FILE" wherever the command writes a file.
    const bool short_output = arg == "-o" && spec.with_value.count("output");
    if (arg.rfind("--", 0) != 0 && !short_output) {
      return Status(ErrorCode::kInvalidArgument, "unknown option " + arg);
    }
    std::string name = short_output ? "output" : arg.substr(2);
    std::string value;
    bool has_inline_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_inline_value = true;
    }
    if (spec.boolean.count(name) > 0) {
      if (has_inline_value) {
        return Status(ErrorCode::kInvalidArgument,
                      "--" + name + " takes no value");
      }
      flags.values_[name].push_back("");
      continue;
    }
    if (spec.with_value.count(name) == 0) {
      return Status(ErrorCode::kInvalidArgument, "unknown option --" + name);
    }
    if (!has_inline_value) {
      if (i + 1 >= args.size()) {
        return Status(ErrorCode::kInvalidArgument,
                      "--" + name + " needs a value");
      }
      value = args[++i];
    }
    std::vector<std::string>& slot = flags.values_[name];
    if (!slot.empty() && spec.repeatable.count(name) == 0) slot.clear();
    slot.push_back(value);
  }
  return flags;
}

std::string Flags::Get(const std::string& name,
                       const std::string& fallback) const {
  auto it = values_.find(name);
  if (it == values_.end() || it->second.empty()) return fallback;
  return it->second.back();
}

std::vector<std::string> Flags::GetAll(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>{} : it->second;
}

Result<long long> ParseInteger(const std::string& text, long long min,
                               long long max) {
  if (text.empty()) {
    return Status(ErrorCode::kInvalidArgument, "empty number");
  }
  errno = 0;
  char* end = nullptr;
  const long long value = std::strtoll(text.c_str(), &end, 10);
  if (errno != 0 || end == nullptr || *end != '\0' || value < min ||
      value > max) {
    return Status(ErrorCode::kInvalidArgument,
                  "'" + text + "' is not a whole number from " +
                      std::to_string(min) + " to " + std::to_string(max));
  }
  return value;
}

Result<double> ParseFraction(const std::string& flag, const std::string& text) {
  char* end = nullptr;
  errno = 0;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || errno != 0 || !std::isfinite(value) ||
      value < 0 || value > 1) {
    return Status(
        ErrorCode::kInvalidArgument,
        "--" + flag + " wants a number from 0 to 1, got '" + text + "'");
  }
  return value;
}

std::variant<Flags, int> ParseOneInputCommand(
    const std::string& command, const std::vector<std::string>& args,
    const FlagSpec& spec, const char* usage, const std::string& what) {
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) {
    std::cerr << "finsam-extract " << command << ": "
              << flags.status().message() << " (see --help)\n";
    return kExitUsage;
  }
  if (flags->Has("help")) {
    std::cout << usage;
    return kExitOk;
  }
  if (flags->positional().size() != 1) {
    std::cerr << "finsam-extract " << command << ": give exactly one " << what
              << " (see --help)\n";
    return kExitUsage;
  }
  return std::move(flags).value();
}

}  // namespace finsam::cli
