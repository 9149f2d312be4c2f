#!/usr/bin/env bash
# A slow alert receiver gets ONE delivery per event, not one per retry: the real HTTP server acts
# on the request at once and answers only after cxcron's timeout (--alert-budget 2 s). The request
# left whole, so cxcron records it as sent ("not retried") and never posts it again, though later
# runs would retry a failed delivery. Every request carries an Idempotency-Key; a receiver that
# answers 500 is retried with the same key. Two runners racing on the same due delivery send it
# once (the attempt is taken by compare-and-set on the delivery row before sending).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/alert_lib.sh"

fresh_db sqlite slow
export CXCRON_DIAG_ENABLE=tick
start_http slow
H=$HTTP_DIR
URL="http://127.0.0.1:$HTTP_PORT"
cxa() { cx --database "$DB_URL" "$@"; }
run_at() { CXCRON_NOW="$1" cxa --alert-budget 2 run >>"$TMP/run.log" 2>&1 || { tail "$TMP/run.log" >&2; fail "run at $1"; }; }
break_tick() { sql "$DB_URL" "DROP TABLE IF EXISTS cxcron_diag; CREATE TABLE cxcron_diag (broken INTEGER)"; }
repair_tick() { sql "$DB_URL" "DROP TABLE IF EXISTS cxcron_diag"; }
keys() { grep "\"path\": \"$1\"" "$H/requests.log" | "$PY" -c '
import json, sys
print(" ".join(str(json.loads(l)["idempotency_key"]) for l in sys.stdin))'; }

CXCRON_NOW="2026-03-29 09:00:00" cxa alert add webhook "$URL/slow" --task diag:tick >/dev/null
break_tick # diag:tick fails from now on
T0="2026-03-29 10:00:00"
echo "slow 5" >"$H/mode"
run_at "$T0"
[ "$(requests "$H" /slow)" = 1 ] || fail "expected 1 request to the slow receiver, got $(requests "$H" /slow)"
for m in 1 2 7 25 90; do run_at "$(minute_plus "$T0" "$m")"; done
n=$(requests "$H" /slow)
[ "$n" = 1 ] || fail "the slow receiver got the same alert $n times (once per retry): keys $(keys /slow)"
key=$(keys /slow)
[[ $key == cxcron-* ]] || fail "no Idempotency-Key header: $key"
cxa alert list >"$TMP/list"
grep -qi "not retried" "$TMP/list" || { cat "$TMP/list" >&2; fail "alert list does not say why it was not retried"; }
note "slow receiver: 1 request over 6 runs, Idempotency-Key $key"

# A receiver that answers 500 did not take it: retried, with the same key each time.
echo 500 >"$H/mode"
CXCRON_NOW="2026-03-29 09:00:00" cxa alert add webhook "$URL/err" --task diag:tick >/dev/null
T1="2026-03-30 10:00:00"
repair_tick # a success, then a new failure: a new event for both rules
run_at "$(minute_plus "$T1" -1)"
break_tick
run_at "$T1"
run_at "$(minute_plus "$T1" 1)"
echo ok >"$H/mode"
run_at "$(minute_plus "$T1" 7)"
read -r -a err_keys <<<"$(keys /err | tr ' ' '\n' | tail -3 | tr '\n' ' ')"
[ "${#err_keys[@]}" = 3 ] || fail "expected 3 attempts to /err, got: $(keys /err)"
[ "${err_keys[0]}" = "${err_keys[1]}" ] && [ "${err_keys[1]}" = "${err_keys[2]}" ] ||
    fail "the retries of one delivery carry different keys: ${err_keys[*]}"
note "HTTP 500: retried 3 times with the same Idempotency-Key"

# Two runners at the same due time: one attempt, one request.
echo ok >"$H/mode"
CXCRON_NOW="2026-03-29 09:00:00" cxa alert add webhook "$URL/race" --task diag:tick >/dev/null
before=$(requests "$H" /race)
T2="2026-03-31 10:00:00"
repair_tick
run_at "$(minute_plus "$T2" -1)"
break_tick
racers=()
for i in 1 2 3; do
    CXCRON_NOW="$T2" CXCRON_HOSTNAME="racer$i" cxa --alert-budget 2 run >>"$TMP/run.log" 2>&1 &
    racers+=($!)
done
wait "${racers[@]}" || true
[ "$(($(requests "$H" /race) - before))" = 1 ] || fail "3 racing runners sent $(($(requests "$H" /race) - before)) requests"
pass "one delivery per event to a slow receiver, the same Idempotency-Key on retries, one send among racing runners"
