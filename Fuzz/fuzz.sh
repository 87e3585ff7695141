#!/bin/sh
# Runs the fuzz targets one after the other and prints a summary line for each.
#
#   Fuzz/fuzz.sh SECONDS TARGET...      (from the package root; `make fuzz` calls it)
#
# Each target runs for SECONDS on its corpus (Fuzz/corpus/TARGET, which grows with what the
# run finds), with a 10 s time-out per input (a hang is a bug), a 2 GiB memory limit and
# inputs of at most FUZZ_MAX_LEN bytes. A crash, time-out, out-of-memory or leak ends that
# target's run early; libFuzzer writes the input to Fuzz/artifacts/TARGET/ and the log is
# Fuzz/logs/TARGET.log. The exit status is 1 when any target found a problem.
set -u
cd "$(dirname "$0")/.."
seconds=$1
shift
bin=${FUZZ_BIN:-Fuzz/.build/debug}
max_len=${FUZZ_MAX_LEN:-65536}
mkdir -p Fuzz/logs
# Leaks inside Foundation and ZIPFoundation are suppressed; see Fuzz/lsan.supp.
LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
failed=0
summary=""
# Every target must be instrumented for coverage (our code, Yams, CSV.swift, ZIPFoundation: some
# 50,000 counters); an incremental rebuild once produced binaries with only libFuzzer's own.
for target in "$@"; do
    counters=$("$bin/fuzz-$target" -runs=0 2>&1 | sed -n 's/.*(\([0-9]*\) inline 8-bit counters).*/\1/p' | head -n 1)
    if [ "${counters:-0}" -lt 20000 ]; then
        echo "fuzz-$target has ${counters:-no} coverage counters: it is not instrumented; rm -rf Fuzz/.build and build again" >&2
        exit 1
    fi
done
for target in "$@"; do
    corpus=Fuzz/corpus/$target
    artifacts=Fuzz/artifacts/$target
    log=Fuzz/logs/$target.log
    mkdir -p "$corpus" "$artifacts"
    dict=""
    [ -f "Fuzz/dictionaries/$target.dict" ] && dict="-dict=Fuzz/dictionaries/$target.dict"
    before=$(ls "$artifacts" | wc -l)
    echo "== fuzz-$target for $seconds s (log: $log)"
    start=$(date +%s)
    # shellcheck disable=SC2086
    "$bin/fuzz-$target" "$corpus" $dict -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} > "$log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - start ))
    found=$(( $(ls "$artifacts" | wc -l) - before ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    [ -n "$runs" ] || runs=$(echo "$last" | sed -n 's/^#\([0-9]*\).*/\1/p')
    rate=$(( ${runs:-0} / (elapsed > 0 ? elapsed : 1) ))
    files=$(ls "$corpus" | wc -l)
    line="fuzz-$target: ${elapsed} s, ${runs:-?} executions (${rate}/s), cov ${cov:-?}, ft ${ft:-?}, corpus $files files, problems $found"
    if grep -q 'no interesting inputs were found' "$log"; then
        # libFuzzer saw no coverage: the build lost its instrumentation. Seen once after an
        # incremental rebuild; `rm -rf Fuzz/.build` and build again.
        failed=1
        line="$line (NOT INSTRUMENTED: libFuzzer found no coverage; rebuild Fuzz/.build from clean)"
    fi
    if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
        failed=1
        problem=$(grep -m 1 -E '^==[0-9]+==ERROR|^ERROR: libFuzzer|^SUMMARY' "$log" | cut -c1-160)
        line="$line (exit $status: $problem; inputs in $artifacts/)"
    fi
    echo "$line"
    summary="$summary$line
"
done
echo "== fuzz summary"
printf '%s' "$summary"
exit $failed
