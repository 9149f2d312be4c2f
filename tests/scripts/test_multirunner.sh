#!/usr/bin/env bash
# Several runner hosts against one database, on SQLite and on MariaDB.
#  (a) 8 `cxcron run` processes started at once for the same minute, each posing as its own host
#      (CXCRON_HOSTNAME): every due task has exactly one row for that slot and its body ran once.
#  (b) N runners per simulated minute (CXCRON_NOW), M minutes, started faster than diag:sleep
#      finishes: every slot of every every-minute task has exactly one row, diag:tick ran every
#      slot, no task body ran twice for one slot, no two runs of one task overlapped (real
#      wall-clock intervals recorded by the task and the simulated intervals in cron_logs),
#      nothing lost or left running, and no row changed state after it had ended.
# How duplicates are counted: by executions of the task body — the cxcron_diag rows a diag task
# writes, in the same transaction as its work — not by cron_logs rows, which the UNIQUE
# (name, scheduled_for) index already keeps single: two runners executing one claimed slot would
# leave one history row but two executions.
# How "no change after the end" is checked: a trigger of the test database records every state
# change of a cron_logs row that was no longer `running` (e.g. interrupted → success when the end
# of a run overwrites the `interrupted` a recovery wrote); the list must stay empty.
# CI: N=32, M=10. Soak (CXCRON_LONG_TESTS=1): N=32, M=60 (figures in docs/MULTI-HOST.md).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ "${CXCRON_LONG_TESTS:-0}" = 1 ]; then N=32 M=60; else N=32 M=10; fi
N=${CXCRON_MULTI_N:-$N}
M=${CXCRON_MULTI_M:-$M}

# Starts $1 runners for minute $2 in the background; their pids are appended to PIDS.
PIDS=()
start_runners() {
    local count=$1 minute=$2 tag=$3 i
    for ((i = 1; i <= count; i++)); do
        CXCRON_NOW="$minute" CXCRON_HOSTNAME="host-$i" \
            timeout 300 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/$tag-$i.out" 2>"$TMP/$tag-$i.err" &
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
        fail "$backend: $bad runner(s) exited non-zero"
    fi
}
# Executions of a task body per slot, from what the bodies themselves committed.
no_duplicate_executions() {
    local dups orphans
    dups=$(sql "$DB_URL" "SELECT l.name, l.scheduled_for, COUNT(*) FROM cxcron_diag d JOIN cron_logs l ON l.id = d.log_id
                          WHERE d.part = 2 GROUP BY l.name, l.scheduled_for HAVING COUNT(*) > 1")
    [ -z "$dups" ] || fail "$backend: task bodies executed more than once for one slot: $dups"
    orphans=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag d WHERE NOT EXISTS (SELECT 1 FROM cron_logs l WHERE l.id = d.log_id)")
    [ "$orphans" = 0 ] || fail "$backend: $orphans task executions without their history row"
}
# Records every state change of a row that had already ended (test database only).
watch_end_states() {
    case $DB_URL in
    sqlite:*)
        sql "$DB_URL" "CREATE TABLE test_after_end (log_id INTEGER, old_state TEXT, new_state TEXT)"
        sql "$DB_URL" "CREATE TRIGGER test_after_end_trg AFTER UPDATE OF state ON cron_logs
                       WHEN OLD.state <> 'running' AND NEW.state IS NOT OLD.state
                       BEGIN INSERT INTO test_after_end VALUES (OLD.id, OLD.state, NEW.state); END"
        ;;
    *)
        sql "$DB_URL" "CREATE TABLE test_after_end (log_id BIGINT, old_state VARCHAR(32), new_state VARCHAR(32))"
        sql "$DB_URL" "CREATE TRIGGER test_after_end_trg AFTER UPDATE ON cron_logs FOR EACH ROW
                       INSERT INTO test_after_end SELECT OLD.id, OLD.state, NEW.state FROM DUAL
                       WHERE OLD.state <> 'running' AND NOT (NEW.state <=> OLD.state)"
        ;;
    esac
}
no_change_after_end() {
    local changed
    changed=$(sql "$DB_URL" "SELECT log_id, old_state, new_state FROM test_after_end ORDER BY log_id")
    [ -z "$changed" ] || fail "$backend: rows changed state after they had ended (id, first end state, new state): $changed"
}

# On a failure in (b), the history helps: print it.
dump_history() {
    [ -n "${DB_URL:-}" ] || return 0
    echo "cron_logs of $DB_URL:" >&2
    sql "$DB_URL" "SELECT id, name, scheduled_for, state, host, substr(coalesce(exception, ''), 1, 120) FROM cron_logs ORDER BY id" >&2 || true
}

summary=()
# CXCRON_MULTI_BACKENDS="sqlite mariadb" (default: both, mariadb when the fixture server is there).
for backend in ${CXCRON_MULTI_BACKENDS:-$(backends)}; do
    # ---- (a) 8 runners, one minute ---------------------------------------------------------------
    fresh_db "$backend" cxcron_multi_a
    export CXCRON_DIAG_SLEEP_MS=300
    minute="2026-03-29 01:00:00"
    start_runners 8 "$minute" a
    wait_runners
    no_duplicate_executions
    enabled=$(cx --database "$DB_URL" list --json | tr -d ' \n' | grep -oE '"enabled":true' | wc -l)
    rows=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE scheduled_for = '$minute'")
    ran=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE scheduled_for = '$minute' AND state = 'success'")
    bodies=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag WHERE part = 2")
    [ "$enabled" -ge 2 ] || fail "$backend: expected at least the 2 every-minute diag tasks enabled, got $enabled"
    [ "$rows" = "$enabled" ] || fail "$backend: 8 runners, one minute: $rows rows for $enabled enabled due tasks"
    [ "$ran" = "$enabled" ] || fail "$backend: 8 runners, one minute: only $ran of $enabled tasks succeeded"
    [ "$bodies" = "$enabled" ] || fail "$backend: 8 runners, one minute: $bodies task executions for $enabled tasks"
    hosts=$(sql "$DB_URL" "SELECT COUNT(DISTINCT host) FROM cron_logs")
    note "$backend (a) 8 runners, minute $minute: $rows slot rows and executions for $enabled enabled tasks, won by $hosts host(s)"

    # ---- (b) N runners per simulated minute, M minutes ---------------------------------------------
    fresh_db "$backend" cxcron_multi_b
    watch_end_states
    on_exit '[ "$rc" = 0 ] || dump_history'

    export CXCRON_DIAG_SLEEP_MS=1500 # longer than the pace below: later minutes find it still running
    # One real second is one simulated minute here: a live run's lease (renewed in real time)
    # must span the simulated minutes it lasts, as 90 s do on a real clock.
    export CXCRON_LEASE_TTL_S=3600
    base="2026-03-29 02:00:00"
    started=$SECONDS
    for ((m = 0; m < M; m++)); do
        start_runners "$N" "$(minute_plus "$base" "$m")" "b$m"
        sleep 1
    done
    wait_runners
    elapsed=$((SECONDS - started))
    last=$(minute_plus "$base" $((M - 1)))
    no_duplicate_executions
    no_change_after_end

    # Every slot of both every-minute tasks has its row: run, or skipped because the previous run
    # of that task still held its lease. On MariaDB diag:tick (a few ms) must have run in every
    # minute; on SQLite, where 32 runners queue for the single write lock while a simulated minute
    # passes every real second, a tick can still be running when the next minute starts, and its
    # overlap skip is correct behaviour.
    for task in diag:tick diag:sleep; do
        slots=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = '$task' AND state IN ('success', 'skipped')
                               AND scheduled_for BETWEEN '$base' AND '$last'")
        [ "$slots" = "$M" ] || fail "$backend: $task has $slots of $M slot rows"
    done
    tick=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick' AND state = 'success'
                          AND scheduled_for BETWEEN '$base' AND '$last'")
    if [ "$backend" = mariadb ]; then
        [ "$tick" = "$M" ] || fail "$backend: diag:tick succeeded in $tick of $M simulated minutes"
    else
        [ "$tick" -ge 1 ] || fail "$backend: diag:tick never succeeded"
    fi
    bad=$(sql "$DB_URL" "SELECT id, name, state, exception FROM cron_logs WHERE state NOT IN ('success', 'skipped')")
    [ -z "$bad" ] || fail "$backend: rows left running, interrupted or failed: $bad"
    skipped=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'skipped'")
    nonoverlap=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'skipped' AND output NOT LIKE '%overlap%'")
    [ "$nonoverlap" = 0 ] || fail "$backend: $nonoverlap skipped rows were not overlap skips"

    # Overlap, simulated clock (cron_logs) and real clock (recorded by the tasks themselves).
    overlap_sim=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs a JOIN cron_logs b ON a.name = b.name AND a.id < b.id
                                 WHERE a.state = 'success' AND b.state = 'success'
                                 AND a.start_at < b.end_at AND b.start_at < a.end_at")
    [ "$overlap_sim" = 0 ] || fail "$backend: $overlap_sim pairs of runs of one task overlap in cron_logs"
    overlap_real=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag a JOIN cxcron_diag b ON a.task = b.task AND a.id < b.id
                                  WHERE a.part = 2 AND b.part = 2
                                  AND a.real_start < b.real_end AND b.real_start < a.real_end")
    [ "$overlap_real" = 0 ] || fail "$backend: $overlap_real pairs of runs of one task overlapped in real time"

    # Nothing lost: every successful diag run left its complete item (2 parts), nothing half-written.
    lost=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs l WHERE l.state = 'success' AND l.name IN ('diag:tick', 'diag:sleep')
                          AND (SELECT COUNT(*) FROM cxcron_diag d WHERE d.log_id = l.id) <> 2")
    [ "$lost" = 0 ] || fail "$backend: $lost successful runs without their complete diag item"
    half=$(sql "$DB_URL" "SELECT COUNT(*) FROM (SELECT log_id FROM cxcron_diag GROUP BY log_id HAVING COUNT(*) <> 2) x")
    [ "$half" = 0 ] || fail "$backend: $half half-written diag items"
    hosts=$(sql "$DB_URL" "SELECT COUNT(DISTINCT host) FROM cron_logs")
    runs=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs")
    summary+=("$backend: (a) 8 runners/1 minute, each slot once; (b) $N runners x $M minutes in ${elapsed}s: $runs rows, diag:tick ran in $tick of $M minutes, every slot executed at most once, $skipped overlap skips, no overlap, no change after the end, nothing lost, $hosts hosts won slots.")
    note "${summary[-1]}"
done
pass "${summary[*]}"
