#!/usr/bin/env bash
# The MariaDB server dies in the middle of runs (a private mariadbd with its own throwaway
# datadir, killed with -9) and comes back 65 s later, as a real restart or failover may take:
# - a command task that was running goes on, its lease is renewed again once the server is
#   back (the outage is shorter than the lease), and its end is recorded as it really ended
#   (success), by the same runner, which exits 0;
# - a native task inside its transaction loses its connection: its half-written item is rolled
#   back and the run is recorded failed (ConnectionError) once the server is back, not left
#   running nor mistaken for an interruption;
# - while the server is down, a new runner fails at once with one clear line (exit 4);
# - nothing ran twice: the next minute's run starts the tasks normally.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

have_mariadb || skip "no MariaDB test server"
mariadb_parse
port=$(free_port)
private_mariadb_init "$port"
private_mariadb_start
private_mariadb_setup_user
DB_USER=cxcron DB_PASS=cxcron
export CXCRON_DB_PASSWORD=cxcron # not in the URL: cxcron would warn that it shows in ps
DB_URL="mysql://cxcron@127.0.0.1:$port/cxcron_priv"
diag_only "$DB_URL"
export CXCRON_DIAG_ENABLE=sleep CXCRON_HOSTNAME=restart-host
unset CXCRON_NOW || true
outage=${CXCRON_TEST_OUTAGE_S:-65}
mkdir -p "$TMP/cmd"
cx --database "$DB_URL" task add restart:cmd --schedule 1m --timeout 600 -- \
    /bin/sh -c "echo start >>'$TMP/cmd/journal'; sleep $((outage + 15)); echo end >>'$TMP/cmd/journal'" >/dev/null

rc=0
CXCRON_DIAG_SLEEP_MS=8000 timeout 600 "$CXCRON_BINARY" --database "$DB_URL" run \
    >"$TMP/run0.out" 2>"$TMP/run0.err" &
pid=$!
both_running() {
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name IN ('diag:sleep', 'restart:cmd') AND state = 'running'")" = 2 ]
}
wait_for "diag:sleep and restart:cmd to start" 30 both_running
sleep 1 # diag:sleep is inside its transaction
sleep_id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")
cmd_id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'restart:cmd' AND state = 'running'")
private_mariadb_kill
note "server killed (-9) with runs #$sleep_id (native, in a transaction) and #$cmd_id (command) in flight"

# While the server is down: a clear connection error (exit 4), no crash.
rc=0
timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/down.out" 2>"$TMP/down.err" || rc=$?
[ "$rc" = 4 ] || { cat "$TMP/down.err" >&2; fail "with the server down the runner exited $rc, expected 4"; }
[ "$(grep -c . "$TMP/down.err")" = 1 ] || { cat "$TMP/down.err" >&2; fail "expected one error line"; }
note "server down: exit $rc: $(head -1 "$TMP/down.err")"

sleep "$outage"
kill -0 "$pid" 2>/dev/null || { cat "$TMP/run0.err" >&2; fail "the runner did not survive a ${outage}s outage"; }
private_mariadb_start
note "server back after ${outage}s"
rc=0
wait "$pid" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/run0.err" >&2; fail "the runner that lived through the outage exited $rc"; }

row=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE id = $cmd_id")
[ "$row" = success ] || fail "the command that ran through the outage is recorded '$row', expected success"
grep -q end "$TMP/cmd/journal" || fail "the command did not run to its end"
[ "$(grep -c start "$TMP/cmd/journal")" = 1 ] || fail "the command was started twice"
row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $sleep_id")
[ "$row" = $'failed\tConnectionError' ] || fail "the native run that lost its connection is '$row', expected failed/ConnectionError"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag WHERE log_id = $sleep_id")" = 0 ] || fail "half-written item kept"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" = 0 ] || fail "rows left running"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL")" = 0 ] || fail "leases still held"
pass "database killed for ${outage}s mid-run: the runner lived through it, recorded the command's success and the native task's lost transaction, no row left running"
