#!/usr/bin/env bash
# Runs `batch` as a real Slurm job array on this machine and checks that the
# merged shards equal a single-process run (records, texts, summaries,
# database). Starts its own munged, slurmctld and slurmd from a temporary
# directory (a minimal slurm.conf, ports chosen free) and stops them at the
# end, whatever happens. Needs root and Debian's slurm-wlm and munge
# (scripts/packages.txt); exits 77 (CTest: skipped) without them.
#
# usage: batch_slurm_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build_dir="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
binary="$build_dir/finsam-extract"

skip() { echo "SKIPPED: $*"; exit 77; }
[[ "$(id -u)" == 0 ]] || skip "needs root to start slurmctld and slurmd"
for tool in munged mungekey slurmctld slurmd sbatch sinfo python3; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (slurm-wlm, munge)"
done

tmp="$(mktemp -d /tmp/finsam-slurm-XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() {
  echo "FAILED: $*"
  for log in "$tmp"/*.log; do echo "== $log"; tail -20 "$log"; done
  exit 1
}

# munge: a private key and socket.
mkdir -p "$tmp/munge"
chmod 0700 "$tmp/munge"
mungekey --create --keyfile="$tmp/munge/munge.key" >/dev/null
munged --foreground --force --socket="$tmp/munge/socket" \
  --key-file="$tmp/munge/munge.key" --pid-file="$tmp/munge/munged.pid" \
  --seed-file="$tmp/munge/seed" --log-file="$tmp/munged.log" \
  >"$tmp/munged.out.log" 2>&1 &
pids+=($!)

read -r ctld_port slurmd_port < <(python3 -c '
import socket
ports = []
socks = []
for _ in range(2):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
    ports.append(s.getsockname()[1])
print(*ports)')
host="$(hostname -s)"
cpus="$(nproc)"
mkdir -p "$tmp/state" "$tmp/spool"
cat >"$tmp/slurm.conf" <<CONF
ClusterName=finsamtest
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$tmp/munge/socket
CredType=cred/munge
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/slurmctld.log
SlurmdLogFile=$tmp/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/builtin
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=finsam Nodes=$host Default=YES MaxTime=10 State=UP
CONF
export SLURM_CONF="$tmp/slurm.conf"
for _ in $(seq 50); do [[ -S "$tmp/munge/socket" ]] && break; sleep 0.1; done
[[ -S "$tmp/munge/socket" ]] || fail "munged did not start"
slurmctld -D -i -f "$SLURM_CONF" >"$tmp/slurmctld.out.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >"$tmp/slurmd.out.log" 2>&1 &
pids+=($!)
ready=0
for _ in $(seq 60); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle'; then ready=1; break; fi
  sleep 0.5
done
[[ $ready == 1 ]] || fail "the Slurm node did not become idle within 30 s"

# An archive of the fixtures: texts and born-digital PDFs (no OCR needed).
archive="$tmp/archive"
mkdir -p "$archive/text" "$archive/pdf"
cp "$source_dir"/fixtures/text/*.expected.txt "$archive/text/"
cp "$source_dir/fixtures/text/sample.expected.txt" "$archive/pdf/sample.txt"
cp "$source_dir/fixtures/text/born_digital.pdf" \
   "$source_dir/fixtures/text/visma_signed.pdf" "$archive/pdf/"
chmod -R a+rX "$tmp"

FINSAM_EXTRACT="$binary" timeout 90 sbatch --wait --quiet --array=0-2 \
  --cpus-per-task=1 --output="$tmp/task-%a.log" \
  "$source_dir/scripts/slurm-array.sh" "$archive" "$tmp/out" --ocr never \
  || fail "the array job did not succeed"
for task in 0 1 2; do
  [[ -f "$tmp/out/out-shard-$task/summary.jsonl" ]] || fail "task $task wrote no summary"
done
"$binary" merge "$tmp"/out/out-shard-*/ --out "$tmp/merged" \
  --db "$tmp/merged.sqlite" 2>"$tmp/merge.log" || fail "merge failed"
"$binary" batch "$archive" --out "$tmp/single" --db "$tmp/single.sqlite" \
  --ocr never --progress none 2>"$tmp/single.log" || fail "single run failed"

inputs="$(find "$archive" -type f | wc -l)"
python3 - "$tmp/merged" "$tmp/single" "$inputs" <<'PY' || fail "merged shards differ from the single run"
import json, os, re, sys
def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            data = open(p, "rb").read().decode()
            if f.endswith(".meta.json"):
                j = json.loads(data); j.pop("timings_ms"); data = json.dumps(j)
            elif f == "summary.jsonl":
                lines = [json.loads(l) for l in data.splitlines()]
                for l in lines: l.pop("timings_ms")
                data = json.dumps(lines)
            out[os.path.relpath(p, root)] = data
    return out
a, b = tree(sys.argv[1]), tree(sys.argv[2])
if a != b:
    print("only in merged:", sorted(set(a) - set(b)))
    print("only in single:", sorted(set(b) - set(a)))
    print("differ:", sorted(k for k in a if k in b and a[k] != b[k]))
    sys.exit(1)
n = sum(1 for k in a if k.endswith(".record.json"))
if n != int(sys.argv[3]):
    print("expected", sys.argv[3], "records, got", n); sys.exit(1)
PY
shards_used=0
for task in 0 1 2; do
  [[ -s "$tmp/out/out-shard-$task/summary.jsonl" ]] && shards_used=$((shards_used + 1))
done
[[ $shards_used -ge 2 ]] || fail "the inputs were not spread over the shards"
for db in merged single; do
  "$binary" compare --db "$tmp/$db.sqlite" --key result_for_year \
    --years 2019-2024 --format csv >"$tmp/compare-$db.csv" \
    || fail "compare on $db failed"
done
cmp -s "$tmp/compare-merged.csv" "$tmp/compare-single.csv" \
  || fail "compare differs between merged and single databases"
grep -q '222000-2493' "$tmp/compare-single.csv" || fail "compare shows no förbund"
echo "PASSED: a 3-task Slurm array over $inputs inputs merged equals one run"
