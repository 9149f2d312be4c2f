#!/usr/bin/env bash
# Alerts with several runner hosts racing on one MariaDB: 8 `cxcron run` processes start at
# once every simulated minute (each its own CXCRON_HOSTNAME) while a task fails, then
# recovers, then its webhook answers 500: every alert, ping and retry reaches the real HTTP
# server exactly once.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/alert_lib.sh"
have_mariadb || { echo "SKIP: $SCRIPT_NAME: no MariaDB test server"; exit 77; }

N=8
fresh_maria_db cxcron_alerts_multi
diag_only "$DB_URL"
export CXCRON_DIAG_ENABLE=tick
start_http race
H=$HTTP_DIR
URL="http://127.0.0.1:$HTTP_PORT"
export CXCRON_NOW="2026-03-29 09:00:00"
cx --database "$DB_URL" alert add webhook "$URL/hook" --task diag:tick >/dev/null
cx --database "$DB_URL" alert add ping "$URL/ping/t" --task diag:tick >/dev/null
cx --database "$DB_URL" alert add ping "$URL/beat" >/dev/null
unset CXCRON_NOW

race() {
    local minute=$1 i pids=() bad=0
    for ((i = 1; i <= N; i++)); do
        CXCRON_NOW="$minute" CXCRON_HOSTNAME="host-$i" timeout 120 "$CXCRON_BINARY" --database "$DB_URL" run \
            >"$TMP/r$i.out" 2>"$TMP/r$i.err" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || bad=$((bad + 1)); done
    [ "$bad" = 0 ] || { cat "$TMP"/r*.err >&2; fail "$bad runner(s) failed at $minute"; }
}
hook_events() { grep '"path": "/hook"' "$H/requests.log" | "$PY" -c '
import json, sys
print(" ".join(json.loads(json.loads(l)["body"])["event"] for l in sys.stdin))'; }

T0="2026-03-29 10:00:00"
sql "$DB_URL" "CREATE TABLE cxcron_diag (broken INT)"
for m in 0 1 2 3 4; do race "$(minute_plus "$T0" "$m")"; done
runs=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick'")
[ "$runs" = 5 ] || fail "expected 5 runs of diag:tick, got $runs"
[ "$(hook_events)" = failed ] || fail "$N runners x 5 minutes: webhook events \"$(hook_events)\", expected one failure"
[ "$(requests "$H" /ping/t/start)" = 5 ] || fail "/start pings: $(requests "$H" /ping/t/start), expected 5"
[ "$(requests "$H" /ping/t/fail)" = 5 ] || fail "/fail pings: $(requests "$H" /ping/t/fail), expected 5"
[ "$(requests "$H" /beat)" = 5 ] || fail "heartbeats: $(requests "$H" /beat), expected one per minute (5)"
sql "$DB_URL" "DROP TABLE cxcron_diag"
race "$(minute_plus "$T0" 5)"
race "$(minute_plus "$T0" 6)"
[ "$(hook_events)" = "failed recovered" ] || fail "after the repair: \"$(hook_events)\""
hosts=$(sql "$DB_URL" "SELECT COUNT(DISTINCT host) FROM cxcron_alert_deliveries")
note "$N runners x 7 minutes: each alert and ping once, sent by $hosts host(s)"

# ---- retries race too: one attempt per due time ----------------------------------------------
echo 500 >"$H/mode"
sql "$DB_URL" "DROP TABLE IF EXISTS cxcron_diag; CREATE TABLE cxcron_diag (broken INT)"
T1="2026-03-29 12:00:00"
before=$(requests "$H" /hook)
race "$T1"
race "$(minute_plus "$T1" 1)"
race "$(minute_plus "$T1" 2)"
[ "$(($(requests "$H" /hook) - before))" = 2 ] ||
    fail "HTTP 500 with $N runners: $(($(requests "$H" /hook) - before)) attempts, expected 2 (at +0 and +1 min)"
[ "$(sql "$DB_URL" "SELECT attempts FROM cxcron_alert_deliveries WHERE rule_id = 1 AND status = 'pending'")" = 2 ] ||
    fail "the attempts counter is not 2"
pass "$N racing runners: one alert per event, one ping per run, one heartbeat per minute, one retry per due time"
