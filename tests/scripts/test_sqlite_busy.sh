#!/usr/bin/env bash
# SQLite, a write lock held by another process for longer than the busy timeout: cxcron says the
# database is busy (naming the file and the wait) and exits 7 (ExitBusy), not 5 (ExitDatabase),
# once the timeout (CXCRON_SQLITE_BUSY_TIMEOUT_MS) is over, not at once and not much later; once
# the lock is gone the same command works. The lock is held first by an sqlite3 shell inside
# BEGIN IMMEDIATE, then by another cxcron runner whose task keeps its write transaction open
# (diag:sleep), as when "Run now" in the desktop application meets `cxcron run`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

command -v sqlite3 >/dev/null || skip "the sqlite3 shell is missing (apt-get install sqlite3)"
export CXCRON_DIAG_ENABLE=sleep
fresh_db sqlite cxcron_busy
file=${DB_URL#sqlite:}
timeout_ms=1500

# is_write_locked: true while another connection holds the write lock.
is_write_locked() { ! sqlite3 -cmd ".timeout 0" "$file" "BEGIN IMMEDIATE; ROLLBACK;" >/dev/null 2>&1; }

# expect_busy LABEL COMMAND... — runs cxcron, which must exit 7 with the busy message after
# waiting about the busy timeout.
expect_busy() {
    local label=$1 rc=0 start end ms
    shift
    start=$(date +%s%N)
    CXCRON_SQLITE_BUSY_TIMEOUT_MS=$timeout_ms "$CXCRON_BINARY" --database "$DB_URL" "$@" \
        >"$TMP/out" 2>"$TMP/err" || rc=$?
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    [ "$rc" = 7 ] || { cat "$TMP/out" "$TMP/err" >&2; fail "$label: exited $rc, expected 7 (busy)"; }
    grep -q "The database $file is busy" "$TMP/err" || { cat "$TMP/err" >&2; fail "$label: no busy message"; }
    grep -q "more than 1.5 s" "$TMP/err" || { cat "$TMP/err" >&2; fail "$label: the message does not say how long it waited"; }
    ((ms >= timeout_ms - 100)) || fail "$label: gave up after $ms ms, before the busy timeout ($timeout_ms ms)"
    ((ms < 2 * timeout_ms + 500)) || fail "$label: took $ms ms, far beyond the busy timeout ($timeout_ms ms): retried?"
    note "$label: exit 7 after $ms ms: $(head -1 "$TMP/err")"
}

# Old history for prune to delete.
for d in 40 41 42; do
    sql "$DB_URL" "INSERT INTO cron_logs (name, start_at, state) VALUES ('diag:old', datetime('now', '-$d days'), 'success')"
done

# 1. An sqlite3 shell holds the write lock (BEGIN IMMEDIATE, then waits on its input).
mkfifo "$TMP/shell.in"
sqlite3 "$file" <"$TMP/shell.in" >/dev/null 2>&1 &
shell=$!
exec 3>"$TMP/shell.in"
on_exit "exec 3>&- 2>/dev/null; kill $shell 2>/dev/null; wait $shell 2>/dev/null"
echo "BEGIN IMMEDIATE; UPDATE cron_logs SET state = state WHERE id < 0;" >&3
wait_for "the sqlite3 shell to hold the write lock" 10 is_write_locked

expect_busy "run TASK under an sqlite3 write lock" run diag:sleep
expect_busy "run (due tasks) under an sqlite3 write lock" run
expect_busy "prune under an sqlite3 write lock" prune --keep-days 0 --keep-last 0
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs")" = 3 ] || fail "history changed while the database was locked"

echo "COMMIT;" >&3
exec 3>&-
wait "$shell" || true
CXCRON_DIAG_SLEEP_MS=10 CXCRON_SQLITE_BUSY_TIMEOUT_MS=$timeout_ms "$CXCRON_BINARY" --database "$DB_URL" \
    run diag:sleep >"$TMP/out" 2>"$TMP/err" || { cat "$TMP/err" >&2; fail "run after the lock was released failed"; }
note "after the lock was released: run diag:sleep exit 0"

# 2. Another runner's task holds its write transaction (diag:sleep sleeps inside it).
CXCRON_DIAG_SLEEP_MS=20000 "$CXCRON_BINARY" --database "$DB_URL" run diag:sleep >"$TMP/long.out" 2>&1 &
runner=$!
on_exit "kill $runner 2>/dev/null; wait $runner 2>/dev/null"
wait_for "the diag:sleep run to hold the write lock" 10 is_write_locked
expect_busy "run of another task while a runner's task writes" run diag:tick
expect_busy "run of the same task while a runner's task writes" run diag:sleep
kill "$runner"
wait "$runner" 2>/dev/null || true
pass "a write lock held beyond the busy timeout gives exit 7 with a message, on every command tried"
