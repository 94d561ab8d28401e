#!/usr/bin/env bash
# The Debian package as a user installs it (issue 16). Unpacks the .deb that
# the package_build test made (BUILD/package-test/, by cpack) into a
# temporary root with dpkg -x, and runs the unpacked finsam-extract's `text`
# (one page through OCR), `records` and `batch` on the project's fixtures
# from a folder outside the checkout, with FINSAM_DATA_DIR unset and the
# build tree and the checkout out of reach: in a private mount namespace an
# empty file system is mounted over each (where the kernel forbids that,
# strace shows that nothing under them is even looked at). Every output must
# be byte-identical to the build tree's binary's. Also checks the package's
# layout and Depends, its manual page and its bash completion.
#
# usage: package_test.sh BUILD_DIR SOURCE_DIR
# Exits 77 (CTest: skipped) when neither unshare nor strace can be used.
set -euo pipefail
build_dir="$(cd "$1" && pwd -P)"
source_dir="$(cd "$2" && pwd -P)"
fail() { echo "FAILED: $*"; exit 1; }

debs=("$build_dir"/package-test/finsam-extract_*.deb)
[[ ${#debs[@]} == 1 && -f "${debs[0]}" ]] ||
  fail "expected one package in $build_dir/package-test/ (the package_build test makes it)"
deb="${debs[0]}"

tmp="$(mktemp -d /tmp/finsam-package-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
dpkg -x "$deb" "$root"
installed="$root/usr/bin/finsam-extract"

# --- The package: its files, its Depends, nothing of this machine's trees.
for file in bin/finsam-extract \
    share/finsam-extract/lexicon/words.tsv share/finsam-extract/lexicon/VERSION \
    share/finsam-extract/schema/record.v1.schema.json \
    share/man/man1/finsam-extract.1.gz \
    share/bash-completion/completions/finsam-extract \
    share/doc/finsam-extract/copyright share/doc/finsam-extract/changelog.gz \
    share/doc/finsam-extract/examples/slurm-array.sh \
    share/doc/finsam-extract/examples/k8s-indexed-job.yaml; do
  [[ -f "$root/usr/$file" ]] || fail "the package lacks /usr/$file"
done
for dir in "$build_dir" "$source_dir"; do
  if grep -q -a -F "$dir" "$installed"; then
    fail "the packaged binary has $dir compiled in"
  fi
done
# The Kubernetes example names the image of this version (Containerfile).
version="$(dpkg-deb -f "$deb" Version)"
grep -q "image: .*/finsam-extract:$version\$" \
  "$root/usr/share/doc/finsam-extract/examples/k8s-indexed-job.yaml" ||
  fail "the Kubernetes example does not name the finsam-extract:$version image"
depends="$(dpkg-deb -f "$deb" Depends)"
for package in tesseract-ocr-swe hunspell-sv libtesseract5 libpoppler-cpp \
    libhunspell liblept5 libqpdf libsqlite3 libc6; do
  grep -q "$package" <<<"$depends" || fail "Depends lacks $package: $depends"
done

# --- The same commands through both binaries, from a folder outside the
# checkout, on copies of the fixtures.
work="$tmp/work"
mkdir -p "$work/in/archive"
fixtures="$source_dir/fixtures/text"
cp "$fixtures/scanner_ocr_layer.pdf" "$fixtures/born_digital.pdf" \
  "$fixtures/visma_signed.pdf" "$work/in/"
cp "$fixtures/born_digital.pdf" "$fixtures/visma_signed.pdf" "$work/in/archive/"
cp "$fixtures/sample.expected.txt" "$work/in/archive/sample.txt"
cd "$work"

run_all() {  # BINARY OUT
  local bin="$1" out="$2"
  mkdir -p "$out"
  "$bin" --version >"$out/version"
  # A scanner's OCR layer: the page is OCRed and both texts compared.
  "$bin" text in/scanner_ocr_layer.pdf --format json -o "$out/ocr.json"
  "$bin" text in/visma_signed.pdf -o "$out/visma.txt"
  "$bin" records in/born_digital.pdf -o "$out/born_digital.record.json"
  "$bin" records in/visma_signed.pdf --format csv -o "$out/visma.csv"
  "$bin" batch in/archive --out "$out/batch" --db "$out/batch.sqlite" \
    --ocr never --progress none
  "$bin" compare --db "$out/batch.sqlite" --key result_for_year \
    --years 2019-2024 --format csv >"$out/compare.csv"
}
export -f run_all

env -u FINSAM_DATA_DIR bash -c 'set -e; run_all "$@"' _ \
  "$build_dir/finsam-extract" "$work/build" || fail "the build tree's binary failed"

if unshare --mount true 2>/dev/null; then
  how="with the build tree and the checkout hidden (mount namespace)"
  unshare --mount --propagation private env -u FINSAM_DATA_DIR bash -c '
    set -e
    for dir in "$1" "$2"; do
      # One of them may hold the other, and so be hidden already.
      [[ -d "$dir" ]] && mount -t tmpfs -o ro,size=4k finsam-hidden "$dir"
    done
    [[ ! -e "$1/CMakeCache.txt" && ! -e "$2/CMakeLists.txt" ]] ||
      { echo "the trees are still visible"; exit 1; }
    run_all "$3" "$4"' _ "$build_dir" "$source_dir" "$installed" "$work/pkg" ||
    fail "the packaged binary failed $how"
elif strace -f -qq -o /dev/null true 2>/dev/null; then
  how="from outside the trees (strace: nothing under them looked at)"
  strace -f -qq -e trace=%file,%process -o "$tmp/strace.log" \
    env -u FINSAM_DATA_DIR bash -c 'set -e; run_all "$@"' _ \
    "$installed" "$work/pkg" || fail "the packaged binary failed"
  # The trace sees file access at all: the installed tables were opened.
  grep -qF "$root/usr/share/finsam-extract/lexicon/words.tsv" "$tmp/strace.log" ||
    fail "strace did not record the tables being opened"
  if grep -F -e "$build_dir" -e "$source_dir" "$tmp/strace.log"; then
    fail "the packaged binary looked into the build tree or the checkout"
  fi
else
  echo "SKIPPED: neither unshare --mount nor strace can run here, so the build tree cannot be put out of reach"
  exit 77
fi

# --- Byte-identical outputs; the installed binary used the installed data.
grep -qx "data: $root/usr/share/finsam-extract" pkg/version ||
  fail "the packaged binary did not use its own data: $(cat pkg/version)"
[[ "$(head -n 1 pkg/version)" == "$(head -n 1 build/version)" ]] ||
  fail "versions differ"
for out in ocr.json visma.txt born_digital.record.json visma.csv compare.csv; do
  # A page's run time ("milliseconds") is the one field that may differ.
  cmp -s <(grep -v '"milliseconds": ' "build/$out") \
    <(grep -v '"milliseconds": ' "pkg/$out") ||
    { diff "build/$out" "pkg/$out" | head -20; fail "$out differs"; }
done
grep -q '"source": "ocr"' pkg/ocr.json ||
  fail "the scanner page was not OCRed"
python3 "$source_dir/tests/testing/same_batch_output.py" build/batch pkg/batch \
  --records 3 || fail "batch outputs differ"
grep -q '222000-2493' pkg/compare.csv || fail "compare shows no förbund"

# --- The manual page has every command; the completion offers them.
commands="$("$installed" --help | awk '/^Commands:/ { on = 1; next }
                                       on && /^  [a-z]/ { print $1 }')"
for command in $commands; do
  zcat "$root/usr/share/man/man1/finsam-extract.1.gz" | grep -qx ".SS $command" ||
    fail "the manual page has no section for $command"
done
completion="$root/usr/share/bash-completion/completions/finsam-extract"
complete_words() {  # WORD... : what Tab offers after them
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
           _finsam_extract; echo "${COMPREPLY[*]}"' _ "$completion" "$@"
}
[[ "$(complete_words "$installed" rec)" == "records" ]] ||
  fail "completion of 'rec': $(complete_words "$installed" rec)"
[[ "$(complete_words "$installed" text --ocr "")" == "auto never always" ]] ||
  fail "completion of 'text --ocr': $(complete_words "$installed" text --ocr "")"
complete_words "$installed" batch --sh | grep -qw -- --shard-count ||
  fail "completion of 'batch --sh': $(complete_words "$installed" batch --sh)"

echo "PASSED: the unpacked package ran text, records and batch $how; outputs byte-identical to the build tree's"
