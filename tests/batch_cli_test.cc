// Tests of `finsam-extract batch`, `merge` and `compare` as a user (or a
// cluster) runs them: bad documents among good ones, name collisions,
// determinism across --jobs, resume after a kill, shards and merge.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "batch/report_db.h"
#include "tests/testing/batch_testing.h"

namespace finsam {
namespace {

namespace fs = std::filesystem;
using testing::ProcessResult;
using testing::ReadFileOrEmpty;
using testing::ReadTree;
using testing::RunFinsam;
using testing::SampleReport;
using testing::ScratchDir;
using testing::WithoutTimings;
using testing::WriteFileOrDie;

constexpr int kExitSomeFailed = 10;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Writes `count` reports of different förbund and years under `root`.
void WriteArchive(const std::string& root, int count) {
  for (int i = 0; i < count; ++i) {
    const int year = 2019 + i % 5;
    WriteFileOrDie(root + "/" + std::to_string(year) + "/forbund" +
                       std::to_string(i) + ".txt",
                   SampleReport("Förbund" + std::to_string(i / 5), i / 5 + 1,
                                year, std::to_string(100 + i) + " 000"));
  }
}

// The outputs that must not depend on how the batch ran: everything but
// the timings.
std::map<std::string, std::string> Comparable(const std::string& out) {
  auto tree = ReadTree(out);
  for (auto& [name, contents] : tree) {
    if (name == "summary.jsonl" || name.ends_with(".meta.json")) {
      contents = WithoutTimings(contents);
    }
  }
  return tree;
}

void ExpectSameTrees(const std::map<std::string, std::string>& a,
                     const std::map<std::string, std::string>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [name, contents] : a) {
    auto it = b.find(name);
    ASSERT_NE(it, b.end()) << name;
    EXPECT_EQ(contents, it->second) << name;
  }
}

TEST(BatchCliTest, CorruptInputsAmongGoodOnesDoNotStopTheBatch) {
  ScratchDir dir;
  WriteArchive(dir / "arch", 3);
  fs::create_directories(dir / "arch/bad");
  for (const char* bad :
       {"empty", "encrypted", "not_a_pdf", "truncated", "zero_pages"}) {
    fs::copy_file(
        std::string(FINSAM_SOURCE_DIR) + "/fixtures/bad/" + bad + ".pdf",
        dir / ("arch/bad/" + std::string(bad) + ".pdf").c_str(),
        fs::copy_options::none);
  }
  const ProcessResult run =
      RunFinsam({"batch", dir / "arch", "--out", dir / "out", "--jobs", "2",
                 "--ocr", "never"},
                dir.path());
  ASSERT_EQ(run.exit_code, kExitSomeFailed) << run.err;
  const auto summary = Lines(ReadFileOrEmpty(dir / "out/summary.jsonl"));
  ASSERT_EQ(summary.size(), 8u);
  const auto failures = Lines(ReadFileOrEmpty(dir / "out/failures.jsonl"));
  ASSERT_EQ(failures.size(), 5u);
  std::set<std::string> codes;
  for (const std::string& line : failures) {
    const auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["kind"], "permanent") << line;
    EXPECT_NE(j["path"].get<std::string>().find("/bad/"), std::string::npos);
    EXPECT_FALSE(j["reason"].get<std::string>().empty());
    codes.insert(j["code"].get<std::string>());
  }
  EXPECT_TRUE(codes.count("encrypted")) << run.err;
  EXPECT_TRUE(codes.count("corrupt-pdf") || codes.count("not-pdf"));
  int records = 0;
  for (const auto& [name, contents] : ReadTree(dir / "out/docs")) {
    if (!name.ends_with(".record.json")) continue;
    ++records;
    // By the input's path: the file name's hash prefix may spell "bad".
    const auto record = nlohmann::json::parse(contents);
    EXPECT_EQ(record["source"]["path"].get<std::string>().find("/bad/"),
              std::string::npos)
        << "record for " << name;
    EXPECT_EQ(record["document"]["type"], "arsredovisning");
  }
  EXPECT_EQ(records, 3);
  // key_figures.csv: a header and rows of the three good documents only.
  const auto csv = Lines(ReadFileOrEmpty(dir / "out/key_figures.csv"));
  ASSERT_GT(csv.size(), 3u);
  EXPECT_EQ(csv[0], "path,sha256,org_number,fiscal_year,key,year,value");
  for (size_t i = 1; i < csv.size(); ++i) {
    EXPECT_EQ(csv[i].find("/bad/"), std::string::npos) << csv[i];
  }

  // Only bad inputs: none succeeded, permanently.
  const ProcessResult only_bad = RunFinsam(
      {"batch", dir / "arch/bad", "--out", dir / "out-bad", "--ocr", "never"},
      dir.path());
  EXPECT_EQ(only_bad.exit_code, 12) << only_bad.err;
  // A path that does not exist is a bad command, named on stderr.
  const ProcessResult missing =
      RunFinsam({"batch", dir / "nowhere", "--out", dir / "out-x"}, dir.path());
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("nowhere"), std::string::npos) << missing.err;
}

TEST(BatchCliTest, SameFileNameInTwoDirectoriesKeepsBothDocuments) {
  ScratchDir dir;
  WriteFileOrDie(dir / "arch/norr/rapport.txt",
                 SampleReport("Norrby", 1, 2021));
  WriteFileOrDie(dir / "arch/syd/rapport.txt",
                 SampleReport("Söderby", 2, 2021));
  const ProcessResult run =
      RunFinsam({"batch", dir / "arch", "--out", dir / "out"}, dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::set<std::string> organisations;
  int records = 0;
  for (const auto& [name, contents] : ReadTree(dir / "out/docs")) {
    if (!name.ends_with(".record.json")) continue;
    ++records;
    EXPECT_NE(name.find("-rapport.record.json"), std::string::npos) << name;
    const auto record = nlohmann::json::parse(contents);
    organisations.insert(
        record["document"]["organisation"]["name"].get<std::string>());
  }
  EXPECT_EQ(records, 2);
  EXPECT_EQ(organisations,
            (std::set<std::string>{"Samordningsförbundet Norrby",
                                   "Samordningsförbundet Söderby"}));
}

TEST(BatchCliTest, RecordsAreByteIdenticalWhateverJobs) {
  ScratchDir dir;
  WriteArchive(dir / "arch", 6);
  fs::create_directories(dir / "arch/pdf");
  for (const char* pdf : {"born_digital.pdf", "visma_signed.pdf"}) {
    fs::copy_file(testing::TextFixture(pdf),
                  dir / ("arch/pdf/" + std::string(pdf)).c_str());
  }
  const ProcessResult one =
      RunFinsam({"batch", dir / "arch", "--out", dir / "one", "--jobs", "1",
                 "--ocr", "never"},
                dir.path());
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const ProcessResult two =
      RunFinsam({"batch", dir / "arch", "--out", dir / "two", "--jobs", "2",
                 "--ocr", "never"},
                dir.path());
  ASSERT_EQ(two.exit_code, 0) << two.err;
  ExpectSameTrees(Comparable(dir / "one"), Comparable(dir / "two"));
  // And the record is what `records` prints for the same file.
  const std::string pdf = dir / "arch/pdf/born_digital.pdf";
  const ProcessResult records =
      RunFinsam({"records", pdf, "--ocr", "never", "--jobs", "1"}, dir.path());
  ASSERT_EQ(records.exit_code, 0) << records.err;
  bool found = false;
  for (const auto& [name, contents] : ReadTree(dir / "two/docs")) {
    if (name.ends_with("born_digital.record.json")) {
      EXPECT_EQ(contents, records.out);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(BatchCliTest, TextInputsGetTheNormaliserAndRecordOfRecords) {
  // OCR text whose letters were folded, as a data cleaner saves it: the
  // batch record must be byte for byte what `records FILE.txt` prints.
  ScratchDir dir;
  WriteFileOrDie(dir / "arch/folded.txt",
                 "Arsredovisning 2021\n\nSamordningsforbundet Norrby\n"
                 "Organisationsnummer 222000-2493\n\n"
                 "Forvaltningsberattelse\n"
                 "Styrelsen for Samordningsforbundet Norrby avger harmed "
                 "arsredovisning for rakenskapsaret 2021.\n");
  const ProcessResult batch = RunFinsam(
      {"batch", dir / "arch", "--out", dir / "out", "--jobs", "1"}, dir.path());
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  const ProcessResult records =
      RunFinsam({"records", dir / "arch/folded.txt"}, dir.path());
  ASSERT_EQ(records.exit_code, 0) << records.err;
  EXPECT_NE(records.out.find("\"Årsredovisning 2021\""), std::string::npos)
      << records.out;
  bool found = false;
  for (const auto& [name, contents] : ReadTree(dir / "out/docs")) {
    if (name.ends_with("folded.record.json")) {
      EXPECT_EQ(contents, records.out);
      found = true;
    } else if (name.ends_with("folded.txt")) {
      EXPECT_NE(contents.find("Förvaltningsberättelse"), std::string::npos)
          << contents;
    }
  }
  EXPECT_TRUE(found);
}

TEST(BatchCliTest, ResumesAfterTheProcessIsKilledMidRun) {
  ScratchDir dir;
  constexpr int kDocuments = 200;
  WriteArchive(dir / "arch", kDocuments);
  const std::vector<std::string> args = {"batch",      dir / "arch", "--out",
                                         dir / "out",  "--jobs",     "1",
                                         "--progress", "none"};
  const pid_t pid = testing::StartFinsam(args, dir.path());
  ASSERT_GT(pid, 0);
  // Kill it once a few documents are done, without warning (SIGKILL: no
  // handler runs, as for a power cut or the OOM killer).
  int done = 0;
  bool exited = false;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    done = 0;
    std::error_code ec;
    for (fs::directory_iterator it(dir / "out/docs", ec), end; !ec && it != end;
         it.increment(ec)) {
      done += it->path().string().ends_with(".meta.json");
    }
    if (done >= 10) break;
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ASSERT_FALSE(exited) << "the batch finished before it could be killed";
  ASSERT_GE(done, 10);
  kill(pid, SIGKILL);
  testing::WaitFinsam(pid, dir.path());
  EXPECT_FALSE(testing::FileExists(dir / "out/summary.jsonl"))
      << "the run was not interrupted";
  // Whatever is there is complete: every record parses.
  int records = 0;
  for (const auto& [name, contents] : ReadTree(dir / "out/docs")) {
    if (!name.ends_with(".record.json")) continue;
    ++records;
    EXPECT_FALSE(nlohmann::json::parse(contents, nullptr, false).is_discarded())
        << name;
  }
  EXPECT_GE(records, 10);
  EXPECT_LT(records, kDocuments);

  const ProcessResult resumed = RunFinsam(args, dir.path());
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  // At least the documents done before the kill were not redone.
  const size_t at = resumed.err.find(" resumed from earlier outputs");
  ASSERT_NE(at, std::string::npos) << resumed.err;
  const size_t number = resumed.err.rfind(' ', at - 1);
  EXPECT_GE(std::stoi(resumed.err.substr(number + 1, at - number - 1)), 10)
      << resumed.err;

  const ProcessResult whole =
      RunFinsam({"batch", dir / "arch", "--out", dir / "whole", "--jobs", "2"},
                dir.path());
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  const auto resumed_tree = Comparable(dir / "out");
  for (const auto& [name, contents] : resumed_tree) {
    EXPECT_EQ(name.find(".tmp-"), std::string::npos) << "left over: " << name;
  }
  ExpectSameTrees(resumed_tree, Comparable(dir / "whole"));
  EXPECT_EQ(Lines(ReadFileOrEmpty(dir / "out/summary.jsonl")).size(),
            static_cast<size_t>(kDocuments));
}

// Kills the batch (SIGKILL) as soon as it starts converting the document
// named STEM for the `run`-th time (its NAME.attempt mark in OUT/docs says
// so); false if the batch ended first.
bool KillWhenConverting(const std::vector<std::string>& args,
                        const std::string& out, const std::string& stem,
                        int run, const std::string& logs) {
  const pid_t pid = testing::StartFinsam(args, logs);
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    std::error_code ec;
    for (fs::directory_iterator it(out + "/docs", ec), end; !ec && it != end;
         it.increment(ec)) {
      const std::string name = it->path().string();
      if (name.ends_with("-" + stem + ".attempt") &&
          ReadFileOrEmpty(name).ends_with(" " + std::to_string(run) + "\n")) {
        kill(pid, SIGKILL);
        testing::WaitFinsam(pid, logs);
        return true;
      }
    }
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  kill(pid, SIGKILL);
  testing::WaitFinsam(pid, logs);
  return false;
}

TEST(BatchCliTest, ADocumentThatKillsTheProcessTwiceIsNotTriedAgain) {
#ifdef FINSAM_SANITIZE_BUILD
  // The kills are timed against a sanitized binary's much slower start-up
  // and OCR; run by hand the same sequence gives exit 11 there too, but the
  // test's timing does not hold. It runs in the ordinary build.
  GTEST_SKIP() << "kill timing not reliable under the sanitizers";
#endif
  ScratchDir dir;
  WriteFileOrDie(dir / "arch/a.txt", SampleReport("Norrby", 1, 2021));
  fs::copy_file(testing::TextFixture("scanned.pdf"), dir / "arch/scan.pdf");
  // OCR of the scan takes seconds: time to kill the run while it is busy
  // with it, as a crash in a library or the OOM killer would.
  const std::vector<std::string> args = {
      "batch", dir / "arch", "--out",  dir / "out",  "--jobs",
      "1",     "--ocr",      "always", "--progress", "none"};
  ASSERT_TRUE(KillWhenConverting(args, dir / "out", "scan", 1, dir.path()));
  ASSERT_TRUE(KillWhenConverting(args, dir / "out", "scan", 2, dir.path()));
  const ProcessResult third = RunFinsam(args, dir.path());
  // The text succeeded, the scan is given up on: some failed, transiently.
  EXPECT_EQ(third.exit_code, 11) << third.err;
  const auto failures = Lines(ReadFileOrEmpty(dir / "out/failures.jsonl"));
  ASSERT_EQ(failures.size(), 1u);
  const auto failure = nlohmann::json::parse(failures[0]);
  EXPECT_EQ(failure["code"], "killed");
  EXPECT_EQ(failure["kind"], "transient");
  EXPECT_NE(failure["path"].get<std::string>().find("scan.pdf"),
            std::string::npos);
  EXPECT_NE(failure["reason"].get<std::string>().find("2 runs"),
            std::string::npos)
      << failure["reason"];
  EXPECT_EQ(Lines(ReadFileOrEmpty(dir / "out/summary.jsonl")).size(), 2u);
}

TEST(BatchCliTest, ShardsPartitionTheArchiveAndMergeEqualsOneRun) {
  ScratchDir dir;
  WriteArchive(dir / "arch", 15);
  // The same archive under another mount point: shard keys are relative.
  fs::create_directories(dir / "mnt/elsewhere/arch");
  fs::copy(dir / "arch", dir / "mnt/elsewhere/arch",
           fs::copy_options::recursive);
  const ProcessResult whole =
      RunFinsam({"batch", dir / "arch", "--out", dir / "whole", "--db",
                 dir / "whole.sqlite"},
                dir.path());
  ASSERT_EQ(whole.exit_code, 0) << whole.err;

  // Shard 0 by flag, shard 1 as a Kubernetes Indexed Job, shard 2 as a
  // Slurm array task (--array=1-3).
  const std::string base = dir / "arch";
  ASSERT_EQ(RunFinsam({"batch", base, "--out", dir / "s0", "--shard", "0/3",
                       "--db", dir / "s0.sqlite"},
                      dir.path())
                .exit_code,
            0);
  ASSERT_EQ(
      RunFinsam({"batch", base, "--out", dir / "s1", "--db", dir / "s1.sqlite"},
                dir.path(),
                {{"JOB_COMPLETION_INDEX", "1"}, {"FINSAM_SHARD_COUNT", "3"}})
          .exit_code,
      0);
  ASSERT_EQ(
      RunFinsam({"batch", base, "--out", dir / "s2", "--db", dir / "s2.sqlite"},
                dir.path(),
                {{"SLURM_ARRAY_TASK_ID", "3"},
                 {"SLURM_ARRAY_TASK_MIN", "1"},
                 {"SLURM_ARRAY_TASK_COUNT", "3"}})
          .exit_code,
      0);
  std::map<std::string, int> seen;
  size_t largest = 0;
  for (const char* shard : {"s0", "s1", "s2"}) {
    const auto lines =
        Lines(ReadFileOrEmpty(dir / (std::string(shard) + "/summary.jsonl")));
    largest = std::max(largest, lines.size());
    for (const std::string& line : lines) {
      ++seen[nlohmann::json::parse(line)["path"].get<std::string>()];
    }
  }
  EXPECT_EQ(seen.size(), 15u);
  for (const auto& [path, count] : seen) EXPECT_EQ(count, 1) << path;
  EXPECT_LT(largest, 15u) << "one shard took everything";
  // The shares do not depend on where the archive is mounted.
  const ProcessResult moved =
      RunFinsam({"batch", dir / "mnt/elsewhere/arch", "--out", dir / "moved",
                 "--shard", "0/3"},
                dir.path());
  ASSERT_EQ(moved.exit_code, 0);
  EXPECT_EQ(Lines(ReadFileOrEmpty(dir / "moved/summary.jsonl")).size(),
            Lines(ReadFileOrEmpty(dir / "s0/summary.jsonl")).size());

  const ProcessResult merged =
      RunFinsam({"merge", dir / "s0", dir / "s1/", dir / "s2", "--out",
                 dir / "merged", "--db", dir / "merged.sqlite"},
                dir.path());
  ASSERT_EQ(merged.exit_code, 0) << merged.err;
  ExpectSameTrees(Comparable(dir / "merged"), Comparable(dir / "whole"));

  const std::vector<std::string> compare = {
      "compare", "--key", "result_for_year", "--years", "2018-2023", "--format",
      "csv",     "--db"};
  auto with_db = [&](const std::string& db) {
    auto args = compare;
    args.push_back(db);
    return RunFinsam(args, dir.path());
  };
  const ProcessResult a = with_db(dir / "whole.sqlite");
  const ProcessResult b = with_db(dir / "merged.sqlite");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_EQ(a.out, b.out);
  // The shards' own databases merged give the same table.
  const ProcessResult dbs =
      RunFinsam({"merge", dir / "s0.sqlite", dir / "s1.sqlite",
                 dir / "s2.sqlite", "--db", dir / "from-shard-dbs.sqlite"},
                dir.path());
  ASSERT_EQ(dbs.exit_code, 0) << dbs.err;
  EXPECT_EQ(with_db(dir / "from-shard-dbs.sqlite").out, a.out);
  // Three förbund, a header, and Förbund0's 2019 result (document 0).
  EXPECT_EQ(Lines(a.out).size(), 4u) << a.out;
  EXPECT_NE(a.out.find("Samordningsförbundet Förbund0,"), std::string::npos)
      << a.out;
  EXPECT_NE(a.out.find(",100000,"), std::string::npos) << a.out;

  // An unfinished shard is refused.
  fs::remove(dir / "s2/summary.jsonl");
  const ProcessResult refused = RunFinsam(
      {"merge", dir / "s0", dir / "s2", "--out", dir / "m2"}, dir.path());
  EXPECT_EQ(refused.exit_code, 3) << refused.err;
  EXPECT_NE(refused.err.find("s2"), std::string::npos) << refused.err;
}

TEST(BatchCliTest, DatabaseKeepsHistoryAcrossRunsAndCompareShowsCurrent) {
  ScratchDir dir;
  WriteFileOrDie(dir / "in2021/norrby.txt",
                 SampleReport("Norrby", 1, 2021, "100 000"));
  WriteFileOrDie(dir / "in2021/norrby2022.txt",
                 SampleReport("Norrby", 1, 2022, "200 000"));
  const std::string db = dir / "r.sqlite";
  ASSERT_EQ(
      RunFinsam({"batch", dir / "in2021", "--out", dir / "out1", "--db", db},
                dir.path())
          .exit_code,
      0);
  // Next year's submission corrects the 2022 report.
  WriteFileOrDie(dir / "rättelse/norrby2022-v2.txt",
                 SampleReport("Norrby", 1, 2022, "250 000"));
  const ProcessResult second =
      RunFinsam({"batch", dir / "rättelse", "--out", dir / "out2", "--db", db},
                dir.path());
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("1 new current"), std::string::npos) << second.err;
  const ProcessResult table =
      RunFinsam({"compare", "--db", db, "--key", "result_for_year", "--years",
                 "2021-2022"},
                dir.path());
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("100 000  250 000"), std::string::npos) << table.out;
  {
    auto opened = batch::ReportDb::OpenReadOnly(db);
    ASSERT_TRUE(opened.ok());
    auto st = (*opened)->sqlite().Prepare(
        "SELECT COUNT(*), SUM(is_current) FROM documents WHERE fiscal_year = "
        "2022");
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(*st->Step());
    EXPECT_EQ(st->ColumnInt(0), 2);  // both submissions kept
    EXPECT_EQ(st->ColumnInt(1), 1);  // one current
  }

  const ProcessResult json = RunFinsam(
      {"compare", "--db", db, "--key", "result_for_year", "--format", "json"},
      dir.path());
  ASSERT_EQ(json.exit_code, 0);
  const auto j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["rows"][0]["values"]["2022"], 250000);
  EXPECT_EQ(RunFinsam({"compare", "--db", dir / "none.sqlite", "--key", "x"},
                      dir.path())
                .exit_code,
            3);
}

}  // namespace
}  // namespace finsam
