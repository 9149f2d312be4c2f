#!/usr/bin/env bash
# The MariaDB server dies in the middle of a run (a private mariadbd with its own throwaway
# datadir, killed with -9 while diag:sleep is inside its transaction): the runner exits non-zero
# with one clear line on stderr and does not crash; once the server is back, the next minute's
# run marks the lost run `interrupted`, runs the task again, and no half-written item survived.
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
export CXCRON_DIAG_ENABLE=tick,sleep CXCRON_HOSTNAME=restart-host
t0="2026-03-29 06:00:00"

rc=0
CXCRON_NOW="$t0" CXCRON_DIAG_SLEEP_MS=3000 timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run \
    >"$TMP/run0.out" 2>"$TMP/run0.err" &
pid=$!
sleep_running() { [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")" = 1 ]; }
wait_for "diag:sleep to start" 30 sleep_running
id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'diag:sleep' AND state = 'running'")
private_mariadb_kill
wait "$pid" || rc=$?
no_crash "$rc" "the runner that lost its server"
[ "$rc" = 4 ] || [ "$rc" = 5 ] || { cat "$TMP/run0.err" >&2; fail "the runner exited $rc, expected 4 or 5"; }
lines=$(grep -c . "$TMP/run0.err" || true)
[ "$lines" = 1 ] || { cat "$TMP/run0.err" >&2; fail "expected one error line, got $lines"; }
note "server killed mid-run: runner exit $rc: $(cat "$TMP/run0.err")"
lost_rc=$rc

# While the server is down: a clear connection error (exit 4), no crash.
rc=0
CXCRON_NOW="$t0" timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/down.out" 2>"$TMP/down.err" || rc=$?
[ "$rc" = 4 ] || { cat "$TMP/down.err" >&2; fail "with the server down the runner exited $rc, expected 4"; }
note "server down: exit $rc: $(head -1 "$TMP/down.err")"

private_mariadb_start
rc=0
CXCRON_NOW="$(minute_plus "$t0" 1)" CXCRON_DIAG_SLEEP_MS=100 timeout 60 "$CXCRON_BINARY" --database "$DB_URL" run \
    >"$TMP/run1.out" 2>"$TMP/run1.err" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/run1.err" >&2; fail "the recovery run exited $rc"; }
row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
[ "$row" = $'interrupted\tInterrupted' ] || fail "the lost run #$id is '$row', expected interrupted"
again=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:sleep' AND scheduled_for = '$(minute_plus "$t0" 1)'")
[ "$again" = success ] || fail "diag:sleep after the restart is '$again'"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_diag WHERE log_id = $id")" = 0 ] || fail "half-written item kept"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" = 0 ] || fail "rows left running"
pass "database restarted mid-run: runner exit $lost_rc with one line, next run marked #$id interrupted and recovered"
