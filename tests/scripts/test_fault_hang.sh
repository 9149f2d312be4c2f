#!/usr/bin/env bash
# A task that hangs and ignores cancellation (diag:hang, timeout CXCRON_DIAG_TIMEOUT_S=2): the
# timeout is honoured, the row is `failed` with exception_class TimeoutError, the lease is
# released, and the runner exits (code 1) within timeout + cancel grace (10 s) + slack, without
# crashing on the abandoned thread. The other due tasks of the same minute run beside it, on
# time: a hung task never holds back another task's slot.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CXCRON_DIAG_TIMEOUT_S=2
limit=16 # 2 s timeout + 10 s cancel grace + start-up and slack on a busy CI machine
fresh_db sqlite cxcron_fault_hang

check_hang_row() {
    local where=$1 row
    row=$(sql "$DB_URL" "SELECT state, exception_class, duration_ms FROM cron_logs WHERE $where ORDER BY id DESC LIMIT 1")
    IFS=$'\t' read -r state cls ms <<<"$row"
    [ "$state" = failed ] || fail "diag:hang row is '$state', expected failed"
    [ "$cls" = TimeoutError ] || fail "diag:hang exception_class is '$cls', expected TimeoutError"
    [ "$ms" -ge 2000 ] || fail "diag:hang recorded ${ms} ms, less than its 2 s timeout"
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_leases WHERE name = 'diag:hang' AND holder IS NOT NULL")" = 0 ] ||
        fail "the lease of diag:hang is still held"
}

# 1. `cxcron run diag:hang` (run now, trigger cli).
start=$SECONDS rc=0
timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run diag:hang >"$TMP/out" 2>"$TMP/err" || rc=$?
took=$((SECONDS - start))
no_crash "$rc" "cxcron run diag:hang"
[ "$rc" = 1 ] || { cat "$TMP/err" >&2; fail "cxcron run diag:hang exited $rc, expected 1 (task failed)"; }
[ "$took" -le "$limit" ] || fail "cxcron run diag:hang took ${took}s (limit ${limit}s)"
grep -q "TimeoutError" "$TMP/err" || fail "no TimeoutError on stderr: $(cat "$TMP/err")"
check_hang_row "name = 'diag:hang' AND trigger_kind = 'cli'"
note "run now: exit $rc after ${took}s: $(head -1 "$TMP/err")"

# 2. Scheduled (--strict, so a failed task gives exit 1): tick, sleep, hang and fail are due in the
#    same minute; hang is stuck, the others must end well before its timeout.
start=$SECONDS rc=0
CXCRON_DIAG_ENABLE=tick,sleep,hang,fail CXCRON_DIAG_SLEEP_MS=300 CXCRON_NOW="2026-03-29 05:00:00" \
    timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run --strict >"$TMP/out" 2>"$TMP/err" || rc=$?
took=$((SECONDS - start))
no_crash "$rc" "cxcron run"
[ "$rc" = 1 ] || { cat "$TMP/err" >&2; fail "scheduled run --strict exited $rc, expected 1"; }
[ "$took" -le "$limit" ] || fail "scheduled run took ${took}s (limit ${limit}s)"
check_hang_row "name = 'diag:hang' AND trigger_kind = 'schedule'"
hang_start=$(sql "$DB_URL" "SELECT start_at FROM cron_logs WHERE name = 'diag:hang' AND trigger_kind = 'schedule'")
for task in tick sleep fail; do
    row=$(sql "$DB_URL" "SELECT state, end_at FROM cron_logs WHERE name = 'diag:$task' AND trigger_kind = 'schedule'")
    IFS=$'\t' read -r state end <<<"$row"
    want=success
    [ "$task" = fail ] && want=failed
    [ "$state" = "$want" ] || fail "diag:$task is '$state' beside the hung task, expected $want"
    # On time: ended within 1.5 s of the hung task's start, long before its 2 s timeout ran out.
    late=$(python3 -c "from datetime import datetime as d; f='%Y-%m-%d %H:%M:%S.%f'
print(int((d.strptime('$end', f) - d.strptime('$hang_start', f)).total_seconds() * 1000))")
    [ "$late" -le 1500 ] || fail "diag:$task ended ${late} ms after the hung task started: it waited for it"
done
# The next minute runs normally.
rc=0
CXCRON_DIAG_ENABLE=tick,sleep CXCRON_DIAG_SLEEP_MS=50 CXCRON_NOW="2026-03-29 05:01:00" \
    timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/out" 2>"$TMP/err" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "the next minute exited $rc"; }
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" = 0 ] || fail "rows left running"
pass "diag:hang timed out after 2 s: failed/TimeoutError, lease released, the other tasks ran beside it on time, runner exited 1 within ${limit}s"
