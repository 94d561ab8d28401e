// Running build/finsam-extract as a child process from a test, the way a
// user runs it: standard input /dev/null, standard output and error kept.
#ifndef FINSAM_TESTS_TESTING_RUN_FINSAM_H_
#define FINSAM_TESTS_TESTING_RUN_FINSAM_H_

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "tests/testing/files.h"

namespace finsam::testing {

struct ProcessResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Starts build/finsam-extract with `args`, standard output and error to
// files in `log_dir`; returns the pid.
inline pid_t StartFinsam(const std::vector<std::string>& args,
                         const std::string& log_dir,
                         const std::map<std::string, std::string>& env = {}) {
  const std::string binary = std::string(FINSAM_BINARY_DIR) + "/finsam-extract";
  const pid_t pid = fork();
  if (pid == 0) {
    const int out =
        open((log_dir + "/stdout").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err =
        open((log_dir + "/stderr").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int in = open("/dev/null", O_RDONLY);
    dup2(out, 1);
    dup2(err, 2);
    dup2(in, 0);
    // A test run inside a cluster job must not inherit its shard.
    for (const char* name :
         {"JOB_COMPLETION_INDEX", "FINSAM_SHARD_COUNT", "SLURM_ARRAY_TASK_ID",
          "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN"}) {
      unsetenv(name);
    }
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(binary.c_str()));
    for (const std::string& a : args)
      argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

inline ProcessResult WaitFinsam(pid_t pid, const std::string& log_dir) {
  int status = 0;
  waitpid(pid, &status, 0);
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFileOrEmpty(log_dir + "/stdout");
  r.err = ReadFileOrEmpty(log_dir + "/stderr");
  return r;
}

inline ProcessResult RunFinsam(
    const std::vector<std::string>& args, const std::string& log_dir,
    const std::map<std::string, std::string>& env = {}) {
  return WaitFinsam(StartFinsam(args, log_dir, env), log_dir);
}

// Runs `finsam-extract ARGS` through /bin/sh: ARGS is one shell string, so a
// test quotes paths as a user would type them. Standard output and error go
// through files in `dir` (which must exist).
inline ProcessResult RunFinsamShell(const std::string& args,
                                    const std::string& dir) {
  const std::string out = dir + "/stdout";
  const std::string err = dir + "/stderr";
  const std::string cmd = std::string(FINSAM_BINARY_DIR) + "/finsam-extract " +
                          args + " >'" + out + "' 2>'" + err + "' </dev/null";
  const int status = std::system(cmd.c_str());
  ProcessResult run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = ReadFileOrEmpty(out);
  run.err = ReadFileOrEmpty(err);
  return run;
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_RUN_FINSAM_H_
