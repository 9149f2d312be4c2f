#!/usr/bin/env bash
# kill -9 of a runner in the middle of a task, on SQLite and MariaDB: the row stays `running`
# while the process is gone; the next minute's run marks it `interrupted` with a message,
# releases its lease (the task runs again at once) and the task's half-written work was rolled
# back (diag:sleep writes half of its item before sleeping, in one transaction).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CXCRON_DIAG_ENABLE=sleep CXCRON_HOSTNAME=kill-host
t0="2026-03-29 04:00:00"
t1=$(minute_plus "$t0" 1)
for backend in $(backends); do
    fresh_db "$backend" cxcron_fault_kill
    CXCRON_NOW="$t0" CXCRON_DIAG_SLEEP_MS=60000 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/run0.out" 2>&1 &
    pid=$!
    running_row() { [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")" = 1 ]; }
    wait_for "the diag:sleep run to start ($backend)" 30 running_row
    sleep 0.5 # inside the sleep, half of the item written (uncommitted)
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")
    [ -n "$id" ] || fail "$backend: the killed run's row is not running any more"

    rc=0
    CXCRON_NOW="$t1" CXCRON_DIAG_SLEEP_MS=100 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/run1.out" 2>"$TMP/run1.err" || rc=$?
    [ "$rc" = 0 ] || { cat "$TMP/run1.err" >&2; fail "$backend: the next run exited $rc"; }
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'interrupted\tInterrupted' ] || fail "$backend: killed run #$id is '$row', expected interrupted"
    msg=$(sql "$DB_URL" "SELECT exception FROM cron_logs WHERE id = $id")
    case $msg in *"ended before the run finished"*) ;; *) fail "$backend: unexpected interruption message: $msg" ;; esac
    next=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:sleep' AND scheduled_for = '$t1'")
    [ "$next" = success ] || fail "$backend: the next minute's diag:sleep is '$next' (lease not released?)"
    half=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag WHERE log_id = $id")
    [ "$half" = 0 ] || fail "$backend: $half rows of the killed run's item were kept (no rollback)"
    broken=$(sql "$DB_URL" "SELECT COUNT(*) FROM (SELECT log_id FROM cxcron_diag GROUP BY log_id HAVING COUNT(*) <> 2) x")
    [ "$broken" = 0 ] || fail "$backend: $broken half-written items"
    lease=$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL")
    [ "$lease" = 0 ] || fail "$backend: $lease leases still held after the recovery run"
    if [ "$backend" = sqlite ]; then
        ok=$(sql "$DB_URL" "PRAGMA integrity_check")
        [ "$ok" = ok ] || fail "sqlite integrity_check: $ok"
    fi
    note "$backend: run #$id killed mid-task, marked interrupted by the next run: $msg"

    # From another host: it cannot see the dead process, only the lease that stops being renewed.
    t2=$(minute_plus "$t0" 2)
    CXCRON_NOW="$t2" CXCRON_DIAG_SLEEP_MS=60000 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/run2.out" 2>&1 &
    pid=$!
    wait_for "the second diag:sleep run to start ($backend)" 30 running_row
    sleep 0.5
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")
    [ -n "$id" ] || fail "$backend: no running row after the second kill"
    # One minute later its lease (90 s) is still live: the other host must not call it dead, and
    # its own diag:sleep slot is an overlap skip.
    t3=$(minute_plus "$t0" 3)
    CXCRON_HOSTNAME=other-host CXCRON_NOW="$t3" CXCRON_DIAG_SLEEP_MS=100 \
        "$CXCRON_BINARY" --database "$DB_URL" run >/dev/null 2>"$TMP/run3.err" || { cat "$TMP/run3.err" >&2; fail "$backend: other host's run failed"; }
    [ "$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE id = $id")" = running ] ||
        fail "$backend: another host declared run #$id dead while its lease was live"
    [ "$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:sleep' AND scheduled_for = '$t3'")" = skipped ] ||
        fail "$backend: minute $t3 ran diag:sleep beside a run whose lease was live"
    # Past the lease, it does, and runs the task.
    t5=$(minute_plus "$t0" 5)
    CXCRON_HOSTNAME=other-host CXCRON_NOW="$t5" CXCRON_DIAG_SLEEP_MS=100 \
        "$CXCRON_BINARY" --database "$DB_URL" run >/dev/null 2>"$TMP/run5.err" || { cat "$TMP/run5.err" >&2; fail "$backend: other host's recovery run failed"; }
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'interrupted\tInterrupted' ] || fail "$backend: run #$id is '$row' after its lease expired, expected interrupted"
    msg=$(sql "$DB_URL" "SELECT exception FROM cron_logs WHERE id = $id")
    case $msg in *"stopped renewing"*) ;; *) fail "$backend: unexpected message from the other host: $msg" ;; esac
    [ "$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:sleep' AND scheduled_for = '$t5'")" = success ] ||
        fail "$backend: the other host did not run diag:sleep after recovering it"
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag WHERE log_id = $id")" = 0 ] ||
        fail "$backend: the killed run's half-written item was kept"
    note "$backend: run #$id recovered by another host once its lease expired: $msg"
done
pass "kill -9 mid-task: interrupted row (same host at once, another host after the lease), lease released, no half-written data ($(backends | tr '\n' ' '))"
