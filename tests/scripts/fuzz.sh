#!/usr/bin/env bash
# Fuzzing the engine. Not part of `npm test` (it runs for minutes and needs nightly Rust); the
# test suite replays what it keeps: the corpus (src-tauri/engine/fuzz/corpus/<target>/) and the
# crashes (src-tauri/engine/fuzz/artifacts/<target>/), through the same targets
# (src-tauri/engine/fuzz/targets.rs). Commit both after a run.
#
#   bash tests/scripts/fuzz.sh [seconds per target, default 120] [target ...]
#       coverage-guided, with libFuzzer (cargo fuzz): every target, or those named. New inputs
#       that reach new code are merged into the corpus; a crash is kept in artifacts/.
#   bash tests/scripts/fuzz.sh --loop [seconds per target]
#       the test suite's random loop (tests/fuzz.rs) in release mode. FUZZ_SEED=N repeats a run.
#   bash tests/scripts/fuzz.sh --compare [seconds per target, default 60]
#       both, side by side on parse, project and pdf: executions per second, and the coverage
#       reached (libFuzzer's edge count; the loop's inputs are run through the same instrumented
#       build to count its edges). Both start from the same seeds, not the kept corpus.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
fuzz=src-tauri/engine/fuzz
export CARGO_TARGET_DIR="${FUZZ_TARGET_DIR:-$HOME/.cache/erfaringsplan-fuzz/target}"

mode=fuzz
case "${1:-}" in
--loop) mode=loop && shift ;;
--compare) mode=compare && shift ;;
esac
seconds="${1:-$([ "$mode" = compare ] && echo 60 || echo 120)}"
shift || true

run_loop() {
  FUZZ_SECONDS="$1" cargo test --release -q -p erfaringsplan-engine --test fuzz fuzz_parse_project_pdf \
    -- --nocapture 2>&1 | grep -vE "^(running|test result|$|\.)"
}

if [ "$mode" = loop ]; then
  run_loop "$seconds"
  exit 0
fi

# cargo fuzz needs nightly Rust (for the sanitizer) and the cargo-fuzz tool.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse project pdf xlsx compare text)
[ "$mode" = compare ] && targets=(parse project pdf)

cd "$fuzz"
cargo +nightly fuzz build -O >/dev/null 2>&1
bin() { echo "$CARGO_TARGET_DIR/x86_64-unknown-linux-gnu/release/$1"; }
# libFuzzer's last report line: "#123 DONE cov: 4567 ft: …" and its final stats.
figures() {
  local log=$1
  local cov execs per_s
  cov=$(grep -oE '(DONE|INITED) +cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  per_s=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  echo "$execs inputs, $per_s/s, coverage $cov edges"
}

if [ "$mode" = compare ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "Side by side, $seconds s per target, from the same seeds:"
  for t in "${targets[@]}"; do
    # The seeds: the example plans the loop also starts from (1, 3 and 10 years), compact.
    mkdir -p "$work/lf-$t"
    for years in 1 3 10; do
      (cd "$root" && cargo run -q -p erfaringsplan-engine --bin erfaringsplan-cli -- example \
        --years "$years") | node -e 'process.stdout.write(JSON.stringify(JSON.parse(require("fs").readFileSync(0, "utf8"))))' \
        >"$work/lf-$t/example-$years"
    done
    "$(bin "$t")" "$work/lf-$t" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
      -rss_limit_mb=4096 >"$work/lf-$t.log" 2>&1 || true
    echo "  libFuzzer    $t: $(figures "$work/lf-$t.log")"
  done
  (cd "$root" && FUZZ_DUMP="$work/loop" run_loop "$seconds" | sed 's/^/  random loop  /')
  for t in "${targets[@]}"; do
    n=$(find "$work/loop/$t" -type f | wc -l)
    "$(bin "$t")" -runs=0 -max_len=65536 -rss_limit_mb=4096 "$work/loop/$t" >"$work/loop-$t.log" 2>&1 || true
    echo "  random loop  $t: $n inputs kept, coverage $(grep -oE 'INITED +cov: [0-9]+' "$work/loop-$t.log" | grep -oE '[0-9]+$') edges"
  done
  exit 0
fi

status=0
for t in "${targets[@]}"; do
  mkdir -p "work/$t" "corpus/$t" "artifacts/$t"
  log="work/$t.log"
  "$(bin "$t")" "work/$t" "corpus/$t" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
    -rss_limit_mb=4096 -artifact_prefix="artifacts/$t/" >"$log" 2>&1 || status=1
  # Keep the fewest inputs that reach every edge reached so far (edges alone: libFuzzer's finer
  # features would keep thousands), merged afresh, the smallest first.
  rm -rf "work/$t-min" && mkdir -p "work/$t-min"
  if "$(bin "$t")" -merge=1 -use_counters=0 -use_cmp=0 -use_value_profile=0 -max_len=65536 \
    -rss_limit_mb=4096 "work/$t-min" "corpus/$t" "work/$t" >"work/$t-merge.log" 2>&1; then
    rm -rf "corpus/$t" && mv "work/$t-min" "corpus/$t"
  else
    echo "  the merge failed (work/$t-merge.log); the corpus is left as it was"
    status=1
  fi
  echo "$t: $(figures "$log"); corpus $(find "corpus/$t" -type f | wc -l) inputs"
  if [ -n "$(find "artifacts/$t" -type f)" ]; then
    echo "  crashes kept in $fuzz/artifacts/$t/ (the test suite now replays them):"
    find "artifacts/$t" -type f | sed 's/^/    /'
    status=1
  fi
done
exit $status
