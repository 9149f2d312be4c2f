#!/usr/bin/env bash
# Bad input through the real `cxcron` binary: each case must exit with its documented code and
# one line on stderr — never a crash, never a change to the stored history.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB_URL="sqlite:$TMP/db.sqlite"
diag_only "$DB_URL"
CXCRON_DIAG_ENABLE=tick CXCRON_NOW="2026-03-29 12:00:00" "$CXCRON_BINARY" --database "$DB_URL" run >/dev/null
rows=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs")
head -c 5000 /dev/urandom >"$TMP/garbage.sqlite"
mkdir -p "$TMP/envdir"
long=$(head -c 5000 /dev/zero | tr '\0' x)
search_max=$(head -c 1000 /dev/zero | tr '\0' s)     # the documented --search limit
search_over=$(head -c 60000 /dev/zero | tr '\0' '%') # SQLite's LIKE refuses over 50,000
mkfifo "$TMP/fifo.env"
cases=0

# expect CODE ARGS... — runs cxcron ARGS and checks the exit code and the one-line error.
expect() {
    local want=$1 rc=0 lines
    shift
    # timeout: reading /dev/zero or a FIFO used to grow memory without bound or hang.
    timeout 20 "$CXCRON_BINARY" "$@" >"$TMP/out" 2>"$TMP/err" </dev/null || rc=$?
    [ "$rc" != 124 ] || fail "cxcron ${*:1:4}…: still running after 20 s"
    no_crash "$rc" "cxcron ${*:0:4}"
    [ "$rc" = "$want" ] || { cat "$TMP/err" >&2; fail "cxcron ${*:1:4}…: exit $rc, expected $want"; }
    if [ "$want" != 0 ]; then
        lines=$(grep -c . "$TMP/err" || true)
        [ "$lines" = 1 ] || { cat "$TMP/err" >&2; fail "cxcron ${*:1:4}…: $lines lines on stderr, expected 1"; }
    fi
    cases=$((cases + 1))
}

expect 5 --database "sqlite:$TMP/garbage.sqlite" run
expect 5 --database "sqlite:$TMP/garbage.sqlite" history
expect 3 --env "$TMP/envdir" run
expect 3 --env "$TMP/no-such.env" run
expect 3 --env /dev/zero run
expect 3 --env "$TMP/fifo.env" run
expect 4 --database "sqlite:$TMP/no/such/folder/x.sqlite" run
expect 4 --database "mysql://u@127.0.0.1:1/db" run
expect 2 --database "mysql://u@127.0.0.1:1/db?tsl=1" run
expect 2 --database "mysql://u@127.0.0.1:1/db?tls=maybe" run
expect 2 --database "$DB_URL" history --search "$search_over"
expect 2 --database "$DB_URL" history --search "${search_max}s"
expect 0 --database "$DB_URL" history --search "$search_max"
expect 2 --database "$DB_URL" set diag:tick --schedule "0 0 30 2 *"
expect 2 --database "$DB_URL" set diag:tick --schedule "0 0 31 4,6,9,11 *"
expect 2 --database "$DB_URL" history --state bogus
expect 2 --database "$DB_URL" history --since garbage
expect 2 --database "$DB_URL" history --limit -5
expect 2 --database "$DB_URL" show abc
expect 2 --database "$DB_URL" prune --keep-days -3
expect 2 --database "$DB_URL" prune --batch-size 0
expect 6 --database "$DB_URL" run "$long"
expect 6 --database "$DB_URL" run "'; DROP TABLE cron_logs; --"
expect 6 --database "$DB_URL" show 987654321
for needle in "'; DROP TABLE cron_logs; --" "%" "_" "\\" '"' "😀"; do
    expect 0 --database "$DB_URL" history --search "$needle"
    expect 6 --database "$DB_URL" history "$needle" # an unknown task name, never a pattern
done
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs")" = "$rows" ] || fail "the history changed"
pass "$cases bad inputs: documented exit codes, one-line errors, no crash, history intact"
