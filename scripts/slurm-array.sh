#!/usr/bin/env bash
# A Slurm job array over an archive: each array task converts its share of
# the inputs (finsam-extract batch reads SLURM_ARRAY_TASK_ID, _COUNT and
# _MIN, so the shard needs no arguments), into OUT/out-shard-TASK_ID/.
#
#   jobid=$(sbatch --parsable --array=0-15 scripts/slurm-array.sh ARCHIVE OUT)
#   sbatch --dependency=afterok:$jobid --wrap \
#     "finsam-extract merge OUT/out-shard-*/ --out OUT/merged --db OUT/reports.sqlite"
#
# Extra arguments go to `batch` (e.g. --ocr never). Re-submitting the same
# array resumes: finished documents are skipped. Exit codes are batch's:
# 10/12 (only bad inputs failed; see failures.jsonl) need no retry, 11/13
# and signals (out of memory, node lost) do: `scontrol requeue` the task or
# re-submit. FINSAM_EXTRACT names the binary (default: on PATH).
#SBATCH --job-name=finsam-batch
#SBATCH --cpus-per-task=2
# Add --mem-per-cpu (about 1G per OCR job) as your site requires.
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: sbatch --array=0-N scripts/slurm-array.sh ARCHIVE OUT [batch options]" >&2
  exit 2
fi
archive="$1"
out="$2"
shift 2
: "${SLURM_ARRAY_TASK_ID:?not running as a Slurm array task}"
exec "${FINSAM_EXTRACT:-finsam-extract}" batch "$archive" \
  --out "$out/out-shard-$SLURM_ARRAY_TASK_ID" \
  --jobs "${SLURM_CPUS_PER_TASK:-1}" --progress plain "$@"
