#include "batch/shard.h"

#include <charconv>
#include <cstdint>
#include <string>

#include "base/sha256.h"

namespace finsam::batch {
namespace {

constexpr int kMaxShards = 100'000;

std::optional<long long> ParseNumber(std::string_view text) {
  long long value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

Result<ShardSpec> MakeShard(long long index, long long count,
                            const std::string& origin) {
  if (count < 1 || count > kMaxShards) {
    return Status(
        ErrorCode::kInvalidArgument,
        origin + ": shard count must be 1.." + std::to_string(kMaxShards));
  }
  if (index < 0 || index >= count) {
    return Status(ErrorCode::kInvalidArgument,
                  origin + ": shard index " + std::to_string(index) +
                      " is outside 0.." + std::to_string(count - 1));
  }
  return ShardSpec{static_cast<int>(index), static_cast<int>(count), origin};
}

}  // namespace

Result<ShardSpec> ParseShard(std::string_view text) {
  const size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    return Status(
        ErrorCode::kInvalidArgument,
        "--shard must be K/N (0-based K), got '" + std::string(text) + "'");
  }
  auto k = ParseNumber(text.substr(0, slash));
  auto n = ParseNumber(text.substr(slash + 1));
  if (!k || !n) {
    return Status(
        ErrorCode::kInvalidArgument,
        "--shard must be K/N (0-based K), got '" + std::string(text) + "'");
  }
  return MakeShard(*k, *n, "--shard");
}

Result<std::optional<ShardSpec>> ShardFromEnvironment(const EnvLookup& getenv,
                                                      int count_flag) {
  auto number = [&](const char* name) -> Result<std::optional<long long>> {
    const char* value = getenv(name);
    if (value == nullptr || *value == '\0') {
      return std::optional<long long>();
    }
    auto n = ParseNumber(value);
    if (!n) {
      return Status(ErrorCode::kInvalidArgument,
                    std::string(name) + " is not a number: '" + value + "'");
    }
    return std::optional<long long>(*n);
  };
  auto k8s_index = number("JOB_COMPLETION_INDEX");
  if (!k8s_index.ok()) return k8s_index.status();
  if (k8s_index->has_value()) {
    long long count = count_flag;
    if (count <= 0) {
      auto env_count = number("FINSAM_SHARD_COUNT");
      if (!env_count.ok()) return env_count.status();
      if (!env_count->has_value()) {
        return Status(ErrorCode::kInvalidArgument,
                      "JOB_COMPLETION_INDEX is set but neither --shard-count "
                      "nor FINSAM_SHARD_COUNT gives the number of shards");
      }
      count = **env_count;
    }
    auto spec = MakeShard(**k8s_index, count, "JOB_COMPLETION_INDEX");
    if (!spec.ok()) return spec.status();
    return std::optional<ShardSpec>(*spec);
  }
  auto slurm_id = number("SLURM_ARRAY_TASK_ID");
  if (!slurm_id.ok()) return slurm_id.status();
  if (slurm_id->has_value()) {
    auto slurm_count = number("SLURM_ARRAY_TASK_COUNT");
    if (!slurm_count.ok()) return slurm_count.status();
    auto slurm_min = number("SLURM_ARRAY_TASK_MIN");
    if (!slurm_min.ok()) return slurm_min.status();
    long long count = count_flag;
    if (count <= 0) {
      if (!slurm_count->has_value()) {
        return Status(ErrorCode::kInvalidArgument,
                      "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT "
                      "is not");
      }
      count = **slurm_count;
    }
    const long long index = **slurm_id - slurm_min->value_or(0);
    auto spec = MakeShard(index, count, "SLURM_ARRAY_TASK_ID");
    if (!spec.ok()) return spec.status();
    return std::optional<ShardSpec>(*spec);
  }
  return std::optional<ShardSpec>();
}

int ShardOf(std::string_view key, int count) {
  if (count <= 1) return 0;
  const std::string hex = Sha256Hex(key);
  uint64_t value = 0;
  for (int i = 0; i < 16; ++i) {
    const char c = hex[static_cast<size_t>(i)];
    value =
        value * 16 + static_cast<uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  return static_cast<int>(value % static_cast<uint64_t>(count));
}

}  // namespace finsam::batch
