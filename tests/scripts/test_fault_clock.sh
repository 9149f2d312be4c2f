#!/usr/bin/env bash
# Clock jumps (CXCRON_NOW moved forwards and backwards by hours), on SQLite and MariaDB: a jump
# forwards gives one catch-up run per task (the latest slot only, never one per missed minute),
# a jump backwards never re-runs a slot already taken, no slot ever has two rows, nothing crashes.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CXCRON_DIAG_ENABLE=tick CXCRON_HOSTNAME=clock-host
t="2026-03-29 10:00:00"
# step "label" MINUTES_FROM_T expected_tick_rows
steps=(
    "start:0:1"
    "back 3 h (a slot never run):-180:2"
    "forward 5 h (one catch-up run):300:3"
    "same minute again:300:3"
    "back to a slot already run:0:3"
    "back 3 h again:-180:3"
    "forward 5 h 1 min:301:4"
    "forward 2 days:2880:5"
)
for backend in $(backends); do
    fresh_db "$backend" cxcron_fault_clock
    for step in "${steps[@]}"; do
        IFS=: read -r label offset expected <<<"$step"
        now=$(minute_plus "$t" "$offset")
        rc=0
        CXCRON_NOW="$(date -u -d "$now UTC + 7 seconds" '+%Y-%m-%d %H:%M:%S')" \
            timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/out" 2>"$TMP/err" || rc=$?
        no_crash "$rc" "$backend/$label"
        [ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "$backend/$label: exit $rc"; }
        rows=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick'")
        [ "$rows" = "$expected" ] || fail "$backend/$label ($now): $rows diag:tick rows, expected $expected"
        dups=$(sql "$DB_URL" "SELECT name, scheduled_for FROM cron_logs WHERE scheduled_for IS NOT NULL
                              GROUP BY name, scheduled_for HAVING COUNT(*) > 1")
        [ -z "$dups" ] || fail "$backend/$label: duplicate slots: $dups"
    done
    # The slot is always the whole minute of the (simulated) clock.
    latest=$(sql "$DB_URL" "SELECT MAX(scheduled_for) FROM cron_logs WHERE name = 'diag:tick'")
    case $latest in "$(minute_plus "$t" 2880)"*) ;; *) fail "$backend: latest slot $latest" ;; esac
    bad=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state <> 'success'")
    [ "$bad" = 0 ] || fail "$backend: $bad rows not successful"
    note "$backend: ${#steps[@]} clock jumps, $(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs") runs, no duplicate slot"
done
pass "clock jumps: one catch-up run per jump, no slot twice, no crash"
