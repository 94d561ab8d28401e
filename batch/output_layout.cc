#include "batch/output_layout.h"

#include "base/sha256.h"

namespace finsam::batch {
namespace {

constexpr size_t kMaxStemBytes = 80;

// Keeps letters, digits, '.', '-', '_' and every non-ASCII byte (å, ä, ö in
// UTF-8); anything else becomes '_'. Cut on a UTF-8 boundary.
std::string SafeStem(std::string_view name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = u >= 0x80 || (c >= 'a' && c <= 'z') ||
                      (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == '_';
    out += keep ? c : '_';
  }
  if (out.size() > kMaxStemBytes) {
    size_t cut = kMaxStemBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out.resize(cut);
  }
  if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
  return out;
}

}  // namespace

std::string DocumentBaseName(std::string_view path) {
  std::string_view name = path;
  const size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return Sha256Hex(path).substr(0, 12) + "-" + SafeStem(name);
}

DocumentPaths DocumentOutputPaths(const std::string& out_dir,
                                  std::string_view input_path) {
  const std::string base =
      DocsDir(out_dir) + "/" + DocumentBaseName(input_path);
  return {base + ".txt", base + ".record.json", base + ".meta.json",
          base + ".attempt"};
}

std::string DocsDir(const std::string& out_dir) { return out_dir + "/docs"; }
std::string SummaryPath(const std::string& out_dir) {
  return out_dir + "/summary.jsonl";
}
std::string KeyFiguresPath(const std::string& out_dir) {
  return out_dir + "/key_figures.csv";
}
std::string FailuresPath(const std::string& out_dir) {
  return out_dir + "/failures.jsonl";
}

bool IsAbandonedTemporary(std::string_view file_name) {
  const size_t at = file_name.rfind(".tmp-");
  return at != std::string_view::npos && file_name.size() - at == 11;
}

}  // namespace finsam::batch
