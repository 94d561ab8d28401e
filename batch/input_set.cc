#include "batch/input_set.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace finsam::batch {
namespace fs = std::filesystem;
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(c));
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

// "dir/" + "a/b.pdf" without doubling the slash.
std::string Join(const std::string& root, const std::string& rel) {
  if (root.empty() || root == ".") return rel;
  if (root.back() == '/') return root + rel;
  return root + "/" + rel;
}

bool IsExcluded(const fs::path& dir, const std::vector<std::string>& excluded) {
  for (const std::string& e : excluded) {
    std::error_code ec;
    if (fs::equivalent(dir, e, ec)) return true;
  }
  return false;
}

Status AddDirectory(const std::string& root,
                    const std::vector<std::string>& excluded,
                    std::vector<BatchInput>& out) {
  std::error_code ec;
  fs::recursive_directory_iterator it(root, ec), end;
  if (ec) {
    return Status(ErrorCode::kIoError,
                  root + ": cannot list directory: " + ec.message());
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      return Status(ErrorCode::kIoError,
                    root + ": cannot list directory: " + ec.message());
    }
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (IsExcluded(it->path(), excluded)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(type_ec)) continue;
    const std::string name = it->path().filename().string();
    if (!IsReportFileName(name)) continue;
    std::string rel = fs::relative(it->path(), root, type_ec).generic_string();
    if (type_ec || rel.empty()) continue;
    out.push_back({Join(root, rel), rel});
  }
  return Status::Ok();
}

Status AddManifest(const std::string& manifest, std::vector<BatchInput>& out) {
  std::ifstream in(manifest, std::ios::binary);
  if (!in) return Status(ErrorCode::kIoError, manifest + ": cannot read");
  const std::string dir = fs::path(manifest).parent_path().string();
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view entry = Trim(line);
    if (entry.empty() || entry.front() == '#') continue;
    const std::string rel(entry);
    const std::string path = fs::path(rel).is_absolute() ? rel : Join(dir, rel);
    out.push_back({path, rel});
  }
  if (in.bad()) return Status(ErrorCode::kIoError, manifest + ": read failed");
  return Status::Ok();
}

Result<bool> IsManifestFile(const std::string& path) {
  const std::string lower = Lower(path);
  if (EndsWith(lower, ".pdf")) return false;
  if (!EndsWith(lower, ".txt")) return true;
  // A report as text is usually larger than any sane manifest prefix; the
  // first 64 KiB decide.
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(ErrorCode::kIoError, path + ": cannot read");
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return LooksLikeManifest(head);
}

}  // namespace

bool IsReportFileName(std::string_view name) {
  const std::string lower = Lower(name);
  return EndsWith(lower, ".pdf") || EndsWith(lower, ".txt");
}

bool LooksLikeManifest(std::string_view contents) {
  if (contents.find('\f') != std::string_view::npos) return false;
  int entries = 0;
  size_t start = 0;
  while (start < contents.size()) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    const std::string_view line = Trim(contents.substr(start, end - start));
    start = end + 1;
    if (line.empty() || line.front() == '#') continue;
    if (!IsReportFileName(line)) return false;
    ++entries;
  }
  return entries > 0;
}

Result<std::vector<BatchInput>> CollectInputs(const InputArguments& args) {
  std::vector<BatchInput> out;
  for (const std::string& manifest : args.manifests) {
    Status s = AddManifest(manifest, out);
    if (!s.ok()) return s;
  }
  for (const std::string& path : args.paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      return Status(ErrorCode::kNotFound, path + ": no such file or directory");
    }
    if (fs::is_directory(st)) {
      Status s = AddDirectory(path, args.exclude_dirs, out);
      if (!s.ok()) return s;
      continue;
    }
    auto manifest = IsManifestFile(path);
    if (!manifest.ok()) return manifest.status();
    if (*manifest) {
      Status s = AddManifest(path, out);
      if (!s.ok()) return s;
    } else {
      out.push_back({path, path});
    }
  }
  std::sort(
      out.begin(), out.end(), [](const BatchInput& a, const BatchInput& b) {
        return a.path != b.path ? a.path < b.path : a.shard_key < b.shard_key;
      });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const BatchInput& a, const BatchInput& b) {
                          return a.path == b.path;
                        }),
            out.end());
  return out;
}

}  // namespace finsam::batch
