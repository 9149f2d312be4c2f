#!/usr/bin/env bash
# Fuzzing in CI: builds the libFuzzer targets in tests/fuzz/ with clang
# (-fsanitize=fuzzer,address,undefined) straight from the few core sources they need, and runs
# each for CXCRON_FUZZ_SECONDS (default 20) from the seed corpus in tests/fuzz/corpus/.
# A crash, sanitizer report or broken invariant fails the test and prints the input.
# When clang++ or the libFuzzer runtime is missing: fails in CI (CI=true: the CI machine must
# fuzz), is reported "Skipped" by ctest elsewhere (exit 77).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${CXCRON_FUZZ_SECONDS:-20}
cxx=$(command -v clang++ || command -v clang++-14 || true)
missing() {
    if [ "${CI:-}" = true ]; then fail "$* (CI=true: fuzzing is required in CI)"; fi
    skip "$*"
}
if [ -z "$cxx" ]; then
    missing "clang++ is not installed (apt-get install clang libclang-rt-14-dev)"
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' |
    "$cxx" -x c++ -fsanitize=fuzzer - -o "$TMP/probe" 2>"$TMP/probe.log"; then
    missing "clang cannot link libFuzzer (apt-get install libclang-rt-14-dev): $(head -1 "$TMP/probe.log")"
fi
command -v pkg-config >/dev/null || fail "pkg-config is missing"
# shellcheck disable=SC2207
qt=($(pkg-config --cflags --libs Qt6Core))
flags=(-std=c++17 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_KEYWORDS -DQT_USE_QSTRINGBUILDER -I"$src/src/core")
for dir in "$src"/src/core/*/; do flags+=(-I"$dir"); done # headers are included by name

build() {
    local name=$1
    shift
    local sources=("$src/tests/fuzz/$name.cpp")
    local f
    for f in "$@"; do sources+=("$src/src/core/$f"); done
    "$cxx" "${flags[@]}" "${sources[@]}" "${qt[@]}" -o "$TMP/$name" 2>"$TMP/$name.build.log" ||
        { cat "$TMP/$name.build.log" >&2; fail "cannot build $name"; }
}
build fuzz_envfile cms/envfile.cpp connection/connectionprofile.cpp connection/connectionurl.cpp redaction.cpp \
    secretenv.cpp &
b1=$!
build fuzz_cron scheduling/cronexpression.cpp scheduling/cronfield.cpp scheduling/schedule.cpp &
b2=$!
wait "$b1" || fail "building fuzz_envfile failed"
wait "$b2" || fail "building fuzz_cron failed"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in envfile cron; do
    corpus="$TMP/corpus-$target"
    mkdir -p "$corpus" "$TMP/artifacts"
    cp "$src/tests/fuzz/corpus/$target/"* "$corpus/"
    rc=0
    (cd "$TMP" && "$TMP/fuzz_$target" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$TMP/artifacts/" -print_final_stats=1 "$corpus" >"$TMP/$target.log" 2>&1) || rc=$?
    if [ "$rc" != 0 ]; then
        grep -m1 "Seed:" "$TMP/$target.log" >&2 || true # rerun with -seed=N to reproduce
        tail -60 "$TMP/$target.log" >&2
        for a in "$TMP"/artifacts/*; do
            [ -e "$a" ] || continue
            echo "input $(basename "$a") (hex):" >&2
            od -An -tx1 -v "$a" | head -20 >&2
        done
        fail "fuzz_$target found a problem (exit $rc)"
    fi
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$TMP/$target.log" | grep -oE '[0-9]+$' || echo '?')
    note "fuzz_$target: $runs inputs in ${seconds}s, no crash"
done
pass "libFuzzer targets ran ${seconds}s each without a finding"
