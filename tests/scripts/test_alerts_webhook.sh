#!/usr/bin/env bash
# Webhook and ping alerts through the real `cxcron` binary and a real HTTP server on 127.0.0.1:
# content of generic/Discord bodies, healthchecks-style ping order, one failure alert then
# reminders at most every 6 simulated hours (CXCRON_NOW), recovery, retry with backoff after an
# HTTP 500, giving up after 5 attempts, a hanging webhook bounded by --alert-budget, overlap and
# slowness derived from recorded rows, bad `alert add` input, metrics and runner_last_seen.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/alert_lib.sh"

fresh_db sqlite webhook
export CXCRON_DIAG_ENABLE=tick
start_http hooks
H=$HTTP_DIR
URL="http://127.0.0.1:$HTTP_PORT"
cxa() { cx --database "$DB_URL" "$@"; }
run_at() { CXCRON_NOW="$1" cxa run >"$TMP/run.out" 2>"$TMP/run.err" || { cat "$TMP/run.err" >&2; fail "run at $1"; }; }
break_tick() { sql "$DB_URL" "DROP TABLE IF EXISTS cxcron_diag; CREATE TABLE cxcron_diag (broken INTEGER)"; }
repair_tick() { sql "$DB_URL" "DROP TABLE IF EXISTS cxcron_diag"; }
hook_events() { grep '"path": "/hook"' "$H/requests.log" | "$PY" -c '
import json, sys
print(" ".join(json.loads(json.loads(l)["body"])["event"] for l in sys.stdin))'; }

# ---- bad input: usage errors (2) or unknown (6), one line, nothing stored --------------------
T0="2026-03-29 10:00:00"
expect_code() {
    local want=$1 rc=0
    shift
    cxa "$@" >"$TMP/out" 2>"$TMP/err" </dev/null || rc=$?
    [ "$rc" = "$want" ] || { cat "$TMP/err" >&2; fail "cxcron $*: exit $rc, expected $want"; }
    [ "$(grep -c . "$TMP/err")" = 1 ] || { cat "$TMP/err" >&2; fail "cxcron $*: not one line on stderr"; }
}
expect_code 2 alert add webhook "not a url"
expect_code 2 alert add webhook "ftp://127.0.0.1/x"
expect_code 2 alert add webhook "http://"
expect_code 2 alert add ping "http:// spaces.example/x"
expect_code 2 alert add webhook "$URL/hook" "$URL/second"
expect_code 2 alert add webhook "$URL/hook" --format bogus
expect_code 2 alert add email "not-an-address"
expect_code 2 alert add email ops@example.com --format discord
expect_code 2 alert add email ops@example.com --smtp "smtp://mailer:s3cr3tPW@127.0.0.1:25"
grep -q s3cr3tPW "$TMP/err" && fail "the refused SMTP password was echoed"
expect_code 2 alert add email ops@example.com --lang de
expect_code 2 alert add webhook "$URL/hook" --reminder-hours 0
expect_code 6 alert add webhook "$URL/hook" --task no:such-task
expect_code 2 alert frobnicate
expect_code 2 alert remove abc
expect_code 6 alert remove 999
expect_code 6 alert test 999
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_alert_rules")" = 0 ] || fail "bad input stored a rule"
note "bad input: usage errors, nothing stored"

# Rules are created "before" the simulated runs (ping rules only ping runs started after them).
export CXCRON_NOW="2026-03-29 09:00:00"
cxa alert add webhook "$URL/hook" --task diag:tick >/dev/null
cxa alert add webhook "$URL/discord" --format discord --task diag:tick --lang fr >/dev/null
cxa alert add ping "$URL/ping/abc" --task diag:tick >/dev/null
cxa alert add ping "$URL/beat" >/dev/null
unset CXCRON_NOW

# ---- a success: pings only -------------------------------------------------------------------
run_at "$T0"
[ "$(requests "$H" /hook)" = 0 ] || fail "a success sent a webhook"
[ "$(requests "$H" /ping/abc/start)" = 1 ] || fail "no /start ping for the first run"
[ "$(grep -c '"path": "/ping/abc"' "$H/requests.log")" = 1 ] || fail "no success ping"
first_start=$(grep -n '/ping/abc/start' "$H/requests.log" | head -1 | cut -d: -f1)
first_ok=$(grep -n '"path": "/ping/abc"' "$H/requests.log" | head -1 | cut -d: -f1)
[ "$first_start" -lt "$first_ok" ] || fail "the success ping came before /start"
[ "$(requests "$H" /beat)" = 1 ] || fail "no heartbeat ping"

# ---- failure: one alert per rule, then throttled ---------------------------------------------
break_tick
run_at "$(minute_plus "$T0" 1)"
[ "$(requests "$H" /hook)" = 1 ] || fail "expected one webhook for the failure, got $(requests "$H" /hook)"
[ "$(requests "$H" /discord)" = 1 ] || fail "expected one Discord message"
[ "$(requests "$H" /ping/abc/fail)" = 1 ] || fail "no /fail ping"
line=$(grep -n '"path": "/hook"' "$H/requests.log" | head -1 | cut -d: -f1)
id=$(sql "$DB_URL" "SELECT MAX(id) FROM cron_logs WHERE name = 'diag:tick'")
[ "$(json_field "$H/requests.log" "$line" body.event)" = failed ] || fail "generic body: event"
[ "$(json_field "$H/requests.log" "$line" body.task)" = diag:tick ] || fail "generic body: task"
[ "$(json_field "$H/requests.log" "$line" body.state)" = failed ] || fail "generic body: state"
[ "$(json_field "$H/requests.log" "$line" body.execution_id)" = "$id" ] || fail "generic body: execution id"
[ "$(json_field "$H/requests.log" "$line" body.details_command)" = "cxcron show $id" ] || fail "no cxcron show"
[ -n "$(json_field "$H/requests.log" "$line" body.exception)" ] || fail "generic body: no exception lines"
[ -n "$(json_field "$H/requests.log" "$line" body.host)" ] || fail "generic body: no host"
[ "$(json_field "$H/requests.log" "$line" content_type)" = application/json ] || fail "content type"
dline=$(grep -n '"path": "/discord"' "$H/requests.log" | head -1 | cut -d: -f1)
content=$(json_field "$H/requests.log" "$dline" body.content)
grep -q "diag:tick" <<<"$content" || fail "Discord content lacks the task"
grep -q "cxcron show $id" <<<"$content" || fail "Discord content lacks cxcron show"
for m in 2 3 4 5; do run_at "$(minute_plus "$T0" "$m")"; done
[ "$(requests "$H" /hook)" = 1 ] || fail "a still-failing every-minute task sent more alerts within 6 h"
[ "$(requests "$H" /ping/abc/fail)" = 5 ] || fail "expected one /fail ping per failed run"
run_at "$(minute_plus "$T0" $((6 * 60 + 2)))"
[ "$(hook_events)" = "failed still_failing" ] || fail "expected a reminder after 6 h, got: $(hook_events)"
run_at "$(minute_plus "$T0" $((6 * 60 + 3)))"
run_at "$(minute_plus "$T0" $((9 * 60)))"
[ "$(requests "$H" /hook)" = 2 ] || fail "a second reminder before 12 h"
run_at "$(minute_plus "$T0" $((12 * 60 + 3)))"
[ "$(hook_events)" = "failed still_failing still_failing" ] || fail "expected the 12 h reminder: $(hook_events)"
repair_tick
run_at "$(minute_plus "$T0" $((12 * 60 + 4)))"
run_at "$(minute_plus "$T0" $((12 * 60 + 5)))"
[ "$(hook_events)" = "failed still_failing still_failing recovered" ] || fail "expected one recovery: $(hook_events)"
note "failure, 2 reminders in 12 simulated hours, recovery: $(requests "$H" /hook) webhooks for $(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick'") runs"

# ---- HTTP 500: retried with backoff, visible in alert list, then delivered -------------------
T1="2026-03-30 10:00:00"
echo 500 >"$H/mode"
break_tick
run_at "$T1"
cxa alert list >"$TMP/list"
grep -q "HTTP 500" "$TMP/list" || { cat "$TMP/list" >&2; fail "alert list does not show the HTTP 500"; }
[ "$(cxa alert list --json | "$PY" -c 'import json,sys; print(json.load(sys.stdin)[0]["pending"])')" = 1 ] ||
    fail "the failed webhook is not pending"
before=$(requests "$H" /hook)
run_at "$(date -u -d "$T1 UTC + 30 seconds" '+%Y-%m-%d %H:%M:%S')"
[ "$(requests "$H" /hook)" = "$before" ] || fail "retried before its backoff"
run_at "$(minute_plus "$T1" 1)"
[ "$(requests "$H" /hook)" = $((before + 1)) ] || fail "not retried after 1 minute"
echo ok >"$H/mode"
run_at "$(minute_plus "$T1" 7)"
[ "$(requests "$H" /hook)" = $((before + 2)) ] || fail "not retried after the 5-minute backoff"
[ "$(cxa alert list --json | "$PY" -c 'import json,sys; r=json.load(sys.stdin)[0]; print(r["pending"], r["failed"], r["last_sent_event"])')" = "0 0 failed" ] ||
    fail "the retried webhook is not recorded as sent"
note "HTTP 500: retried after 1 and 5 minutes, then sent"

# ---- 5 failed attempts: given up, shown as failed --------------------------------------------
echo 500 >"$H/mode"
cxa alert add webhook "$URL/giveup" --task diag:tick >/dev/null
T2="2026-03-30 12:00:00"
for m in 0 1 6 21 81 200; do run_at "$(minute_plus "$T2" "$m")"; done
[ "$(requests "$H" /giveup)" = 5 ] || fail "expected exactly 5 attempts, got $(requests "$H" /giveup)"
[ "$(cxa alert list --json | "$PY" -c 'import json,sys; print([r for r in json.load(sys.stdin) if r["id"] == 5][0]["failed"])')" = 1 ] ||
    fail "the abandoned delivery is not shown as failed"

# ---- a hanging webhook delays the process by at most the budget; the run is recorded first ----
echo hang >"$H/mode"
cxa alert add webhook "$URL/hang" >/dev/null
T3="2026-03-31 10:00:00"
start=$(date +%s%N)
CXCRON_NOW="$T3" cxa --alert-budget 3 run >/dev/null 2>&1 || fail "run with a hanging webhook failed"
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
[ "$elapsed_ms" -lt 6000 ] || fail "a hanging webhook delayed the run process by $elapsed_ms ms (budget 3 s)"
grep -q '"mode": "hang"' "$H/requests.log" || fail "no request reached the hanging server"
[ "$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:tick' ORDER BY id DESC LIMIT 1")" = failed ] ||
    fail "the run was not recorded"
cxa alert list >"$TMP/list"
grep -qi "timed out" "$TMP/list" || { cat "$TMP/list" >&2; fail "alert list does not show the timeout"; }
note "hanging webhook: run process took $elapsed_ms ms with --alert-budget 3"
echo ok >"$H/mode"

# ---- overlap and slowness, from recorded rows ------------------------------------------------
T4="2026-04-01 10:00:00"
for i in $(seq 1 10); do
    s=$(minute_plus "$T4" $((-100 + i)))
    sql "$DB_URL" "INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, host)
                   VALUES ('diag:sleep', '$s', '$s.000', '$s.000', 'success', 10000, 'schedule', 'h1')"
done
s=$(minute_plus "$T4" -20)
sql "$DB_URL" "INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, host)
               VALUES ('diag:sleep', '$s', '$s.000', '$(minute_plus "$T4" -4).000', 'success', 960000, 'schedule', 'h1')"
for i in 3 2 1; do
    s=$(minute_plus "$T4" "-$i")
    sql "$DB_URL" "INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, host, exception)
                   VALUES ('diag:sleep', '$s', '$s.000', '$s.000', 'skipped', 0, 'schedule', 'h1', 'overlapped')"
done
run_at "$T4"
grep '"path": "/hang"' "$H/requests.log" | grep -c '\\"event\\":\\"slow\\"' >/dev/null || fail "no slow alert"
grep '"path": "/hang"' "$H/requests.log" | grep -c '\\"event\\":\\"overlapping\\"' >/dev/null || fail "no overlap alert"
run_at "$(minute_plus "$T4" 1)"
[ "$(grep '"path": "/hang"' "$H/requests.log" | grep -c '\\"event\\":\\"slow\\"')" = 1 ] || fail "slow alert repeated"
note "slow run (16 min vs 10 s median) and 3 overlap skips alerted once"

# ---- metrics and runner_last_seen ------------------------------------------------------------
CXCRON_NOW="$(minute_plus "$T4" 2)" cxa metrics >"$TMP/metrics"
grep -q '^cxcron_alert_deliveries{status="failed"} [1-9]' "$TMP/metrics" || fail "metrics: failed deliveries"
cxa run >/dev/null 2>&1 || true # a real-time run, so the heartbeat is recent (lastScheduledRun: 30 days)
cxa metrics >"$TMP/metrics"
grep -q '^cxcron_task_last_run_timestamp_seconds{task="diag:tick"} [0-9]' "$TMP/metrics" || fail "metrics: last run"
grep -q '^cxcron_task_runs_24h{task="diag:tick",state="failed"} [0-9]' "$TMP/metrics" || fail "metrics: runs by state"
grep -q '^cxcron_runner_last_seen_timestamp_seconds [0-9]' "$TMP/metrics" || fail "metrics: runner last seen"
cxa metrics --output "$TMP/cxcron.prom"
cmp -s <(grep -v '^#' "$TMP/cxcron.prom" | cut -d' ' -f1) <(grep -v '^#' "$TMP/metrics" | cut -d' ' -f1) ||
    fail "metrics --output differs from stdout"
cxa list --json >"$TMP/list.json"
grep -q '"runner_last_seen": "20' "$TMP/list.json" || fail "list --json has no runner_last_seen"
pass "webhooks, pings, throttling, recovery, retries, budget, overlap, slowness, metrics"
