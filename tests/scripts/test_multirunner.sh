#!/usr/bin/env bash
# Several runner hosts against one MariaDB (issue 2 acceptance, issue 5 "several runner hosts").
#  (a) 8 `cxcron run` processes started at once for the same minute, each posing as its own host
#      (CXCRON_HOSTNAME): every due task has exactly one row for that slot.
#  (b) N runners per simulated minute (CXCRON_NOW), M minutes, started faster than diag:sleep
#      finishes: every slot of every every-minute task has exactly one row, diag:tick ran every
#      slot, no two runs of one task overlapped (real wall-clock intervals recorded by the task and
#      the simulated intervals in cron_logs), nothing lost or left running.
# Short: N=8, M=10. Long (CXCRON_LONG_TESTS=1): N=32, M=60.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

have_mariadb || { echo "SKIP: $SCRIPT_NAME: no MariaDB test server"; exit 0; }

if [ "${CXCRON_LONG_TESTS:-0}" = 1 ]; then N=32 M=60; else N=8 M=10; fi
N=${CXCRON_MULTI_N:-$N}
M=${CXCRON_MULTI_M:-$M}

# Starts $1 runners for minute $2 in the background; their pids are appended to PIDS.
PIDS=()
start_runners() {
    local count=$1 minute=$2 tag=$3 i
    for ((i = 1; i <= count; i++)); do
        CXCRON_NOW="$minute" CXCRON_HOSTNAME="host-$i" \
            timeout 120 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/$tag-$i.out" 2>"$TMP/$tag-$i.err" &
        PIDS+=($!)
    done
}
wait_runners() {
    local pid bad=0
    for pid in "${PIDS[@]}"; do
        if ! wait "$pid"; then bad=$((bad + 1)); fi
    done
    PIDS=()
    if [ "$bad" -ne 0 ]; then
        cat "$TMP"/*.err >&2 || true
        fail "$bad runner(s) exited non-zero"
    fi
}
no_duplicates() {
    local dups
    dups=$(sql "$DB_URL" "SELECT name, scheduled_for, COUNT(*) FROM cron_logs WHERE scheduled_for IS NOT NULL
                          GROUP BY name, scheduled_for HAVING COUNT(*) > 1")
    [ -z "$dups" ] || fail "slots claimed more than once: $dups"
}

# ---- (a) 8 runners, one minute -------------------------------------------------------------
fresh_maria_db cxcron_multi_a
diag_only "$DB_URL"
export CXCRON_DIAG_SLEEP_MS=300
minute="2026-03-29 01:00:00"
start_runners 8 "$minute" a
wait_runners
no_duplicates
enabled=$(cx --database "$DB_URL" list --json | tr -d ' \n' | grep -oE '"enabled":true' | wc -l)
rows=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE scheduled_for = '$minute'")
ran=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE scheduled_for = '$minute' AND state = 'success'")
[ "$enabled" -ge 2 ] || fail "expected at least the 2 every-minute diag tasks enabled, got $enabled"
[ "$rows" = "$enabled" ] || fail "8 runners, one minute: $rows rows for $enabled enabled due tasks"
[ "$ran" = "$enabled" ] || fail "8 runners, one minute: only $ran of $enabled tasks succeeded"
hosts=$(sql "$DB_URL" "SELECT COUNT(DISTINCT host) FROM cron_logs")
note "(a) 8 runners, minute $minute: $rows slot rows for $enabled enabled tasks, won by $hosts host(s)"

# ---- (b) N runners per simulated minute, M minutes -------------------------------------------
fresh_maria_db cxcron_multi_b
diag_only "$DB_URL"
export CXCRON_DIAG_SLEEP_MS=1500 # longer than the pace below: later minutes find it still running
base="2026-03-29 02:00:00"
started=$SECONDS
for ((m = 0; m < M; m++)); do
    start_runners "$N" "$(minute_plus "$base" "$m")" "b$m"
    sleep 1
done
wait_runners
last=$(minute_plus "$base" $((M - 1)))
no_duplicates

tick=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick' AND state = 'success'
                      AND scheduled_for BETWEEN '$base' AND '$last'")
[ "$tick" = "$M" ] || fail "diag:tick succeeded in $tick of $M simulated minutes"
slots=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:sleep' AND state IN ('success', 'skipped')
                       AND scheduled_for BETWEEN '$base' AND '$last'")
[ "$slots" = "$M" ] || fail "diag:sleep has $slots of $M slot rows"
bad=$(sql "$DB_URL" "SELECT id, name, state, exception FROM cron_logs WHERE state NOT IN ('success', 'skipped')")
[ -z "$bad" ] || fail "rows left running, interrupted or failed: $bad"
skipped=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'skipped'")
nonoverlap=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'skipped' AND output NOT LIKE '%overlap%'")
[ "$nonoverlap" = 0 ] || fail "$nonoverlap skipped rows were not overlap skips"

# Overlap, simulated clock (cron_logs) and real clock (recorded by the tasks themselves).
overlap_sim=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs a JOIN cron_logs b ON a.name = b.name AND a.id < b.id
                             WHERE a.state = 'success' AND b.state = 'success'
                             AND a.start_at < b.end_at AND b.start_at < a.end_at")
[ "$overlap_sim" = 0 ] || fail "$overlap_sim pairs of runs of one task overlap in cron_logs"
overlap_real=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag a JOIN cxcron_diag b ON a.task = b.task AND a.id < b.id
                              WHERE a.part = 2 AND b.part = 2
                              AND a.real_start < b.real_end AND b.real_start < a.real_end")
[ "$overlap_real" = 0 ] || fail "$overlap_real pairs of runs of one task overlapped in real time"

# Nothing lost: every successful diag run left its complete item (2 parts), nothing half-written.
lost=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs l WHERE l.state = 'success' AND l.name IN ('diag:tick', 'diag:sleep')
                      AND (SELECT COUNT(*) FROM cxcron_diag d WHERE d.log_id = l.id) <> 2")
[ "$lost" = 0 ] || fail "$lost successful runs without their complete diag item"
half=$(sql "$DB_URL" "SELECT COUNT(*) FROM (SELECT log_id FROM cxcron_diag GROUP BY log_id HAVING COUNT(*) <> 2) x")
[ "$half" = 0 ] || fail "$half half-written diag items"
hosts=$(sql "$DB_URL" "SELECT COUNT(DISTINCT host) FROM cron_logs")

pass "(a) 8 runners/1 minute: $rows slots, each once; (b) $N runners x $M minutes in $((SECONDS - started))s: every slot once, $skipped overlap skips, no overlap, nothing lost, $hosts hosts won slots"
