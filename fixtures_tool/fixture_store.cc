#include "fixtures_tool/fixture_store.h"

#include <algorithm>
#include <ctime>

#include "base/files.h"
#include "classify/page_classifier.h"

namespace finsam::fixture {
namespace fs = std::filesystem;
namespace {

Result<nlohmann::json> ReadJson(const fs::path& path) {
  auto text = ReadFixtureFile(path);
  if (!text.ok()) return text.status();
  nlohmann::json json = nlohmann::json::parse(*text, nullptr, false);
  if (json.is_discarded()) {
    return Status(ErrorCode::kInvalidArgument,
                  path.string() + ": not valid JSON");
  }
  return json;
}

Status LoadManifest(Fixture& fixture) {
  std::error_code error;
  if (!fs::exists(fixture.manifest_path, error)) return Status::Ok();
  auto json = ReadJson(fixture.manifest_path);
  if (!json.ok()) return json.status();
  auto manifest = Manifest::FromJson(*json);
  if (!manifest.ok()) {
    return Status(
        manifest.status().code(),
        fixture.manifest_path.string() + ": " + manifest.status().message());
  }
  fixture.manifest = std::move(manifest).value();
  fixture.has_manifest = true;
  return Status::Ok();
}

bool IsSet(const fs::path& dir) {
  std::error_code error;
  if (!fs::is_regular_file(dir / "manifest.json", error)) return false;
  auto json = ReadJson(dir / "manifest.json");
  return json.ok() && json->is_object() && json->contains("fixtures") &&
         (*json)["fixtures"].is_array();
}

bool IsFolderFixture(const fs::path& dir) {
  std::error_code error;
  return fs::is_regular_file(dir / "fixture.json", error);
}

Result<std::vector<Fixture>> SetFixtures(const fs::path& dir) {
  auto json = ReadJson(dir / "manifest.json");
  if (!json.ok()) return json.status();
  std::vector<Fixture> out;
  for (const nlohmann::json& entry : (*json)["fixtures"]) {
    if (!entry.is_object() || !entry.contains("file") ||
        !entry["file"].is_string()) {
      continue;
    }
    const std::string file = entry["file"].get<std::string>();
    const fs::path input = dir / file;
    const std::string name = input.stem().string();
    Fixture f;
    f.name = name;
    f.in_set = true;
    f.input = input;
    f.expected = entry.contains("expected") && entry["expected"].is_string()
                     ? dir / entry["expected"].get<std::string>()
                     : dir / (name + ".expected.txt");
    f.corrections = dir / (name + ".corrections.tsv");
    f.accepted = dir / (name + ".accepted.txt");
    f.record = dir / (name + ".record.json");
    f.manifest_path = dir / (name + ".fixture.json");
    Status s = LoadManifest(f);
    if (!s.ok()) return s;
    out.push_back(std::move(f));
  }
  return out;
}

Status Collect(const fs::path& dir, int depth, std::vector<Fixture>& out) {
  if (IsFolderFixture(dir)) {
    Fixture f = FolderFixture(dir);
    Status s = LoadManifest(f);
    if (!s.ok()) return s;
    // The input beside the manifest (input.pdf or input.txt); a file name
    // only, never a path out of the folder.
    const fs::path named = fs::path(f.manifest.input_file).filename();
    if (!named.empty()) f.input = dir / named;
    out.push_back(std::move(f));
    return Status::Ok();
  }
  if (IsSet(dir)) {
    auto set = SetFixtures(dir);
    if (!set.ok()) return set.status();
    for (Fixture& f : *set) out.push_back(std::move(f));
    return Status::Ok();
  }
  if (depth >= 4) return Status::Ok();
  std::vector<fs::path> children;
  std::error_code error;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, error)) {
    if (e.is_directory(error) && e.path().filename() != "bad") {
      children.push_back(e.path());
    }
  }
  std::sort(children.begin(), children.end());
  for (const fs::path& child : children) {
    Status s = Collect(child, depth + 1, out);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

nlohmann::ordered_json Manifest::ToJson() const {
  nlohmann::ordered_json j;
  j["format"] = kManifestFormat;
  j["tool_version"] = tool_version;
  j["created"] = created;
  j["accepted"] = accepted;
  j["input"] = {{"file", input_file},
                {"sha256", input_sha256},
                {"bytes", input_bytes},
                {"pages", pages}};
  j["options"] = {{"ocr", ocr}};
  if (!tool_expected_sha256.empty()) {
    j["expected"] = {{"written_by_tool_sha256", tool_expected_sha256}};
  }
  j["tolerance"] = {{"cer", cer_tolerance},
                    {"checks_may_worsen", checks_may_worsen}};
  return j;
}

Result<Manifest> Manifest::FromJson(const nlohmann::json& j) {
  if (!j.is_object() || j.value("format", "") != kManifestFormat) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string("not a fixture manifest (format must be ") +
                      kManifestFormat + ")");
  }
  Manifest m;
  m.tool_version = j.value("tool_version", "");
  m.created = j.value("created", "");
  m.accepted = j.value("accepted", "");
  if (j.contains("input") && j["input"].is_object()) {
    const nlohmann::json& input = j["input"];
    m.input_file = input.value("file", "input.pdf");
    m.input_sha256 = input.value("sha256", "");
    m.input_bytes = input.value("bytes", 0LL);
    m.pages = input.value("pages", 0);
  }
  if (j.contains("options") && j["options"].is_object()) {
    m.ocr = j["options"].value("ocr", "auto");
  }
  if (j.contains("expected") && j["expected"].is_object()) {
    m.tool_expected_sha256 = j["expected"].value("written_by_tool_sha256", "");
  }
  if (j.contains("tolerance") && j["tolerance"].is_object()) {
    const nlohmann::json& t = j["tolerance"];
    m.cer_tolerance = t.value("cer", kDefaultCerTolerance);
    m.checks_may_worsen = t.value("checks_may_worsen", false);
  }
  if (!(m.cer_tolerance >= 0 && m.cer_tolerance <= 1)) {
    return Status(ErrorCode::kInvalidArgument,
                  "tolerance.cer must be from 0 to 1");
  }
  if (!ParseOcrMode(m.ocr)) {
    return Status(ErrorCode::kInvalidArgument,
                  "options.ocr must be auto, never or always");
  }
  return m;
}

Fixture FolderFixture(const fs::path& dir) {
  Fixture f;
  f.name = dir.filename().string();
  if (f.name.empty()) f.name = dir.parent_path().filename().string();
  f.input = dir / "input.pdf";
  f.expected = dir / "expected.txt";
  f.corrections = dir / "corrections.tsv";
  f.accepted = dir / "accepted.txt";
  f.record = dir / "record.json";
  f.manifest_path = dir / "fixture.json";
  return f;
}

Result<std::vector<Fixture>> FindFixtures(const fs::path& root) {
  std::error_code error;
  if (!fs::is_directory(root, error)) {
    return Status(ErrorCode::kNotFound, "no such folder");
  }
  std::vector<Fixture> out;
  Status s = Collect(root, 0, out);
  if (!s.ok()) return s;
  if (out.empty()) {
    return Status(ErrorCode::kNotFound,
                  "no fixture here (no fixture.json, no manifest.json with "
                  "\"fixtures\")");
  }
  return out;
}

Result<std::string> ReadFixtureFile(const fs::path& path) {
  auto bytes = ReadFile(path.string());
  if (!bytes.ok()) {
    return Status(bytes.status().code(),
                  path.string() + ": " + bytes.status().message());
  }
  return bytes;
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

}  // namespace finsam::fixture
