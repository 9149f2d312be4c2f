#!/usr/bin/env bash
# Inputs that used to be accepted and stored as given are refused with a clear message and the
# usage exit code (2; 3 for the .env, a configuration file), and nothing is stored: a schedule with a line break or a trailing space,
# a timeout with a space, a relative --since past 1970, an empty --timezone, a .env holding a NUL
# byte, and a negative execution id for `cancel` (which used to be read as an option "-1").
set -euo pipefail
source "$(dirname "$0")/lib.sh"

fresh_db sqlite refusals
cx --database "$DB_URL" task add keep:me --schedule 1h -- /bin/true >/dev/null || fail "task add failed"
before=$(sql "$DB_URL" "SELECT name, schedule, timeout_seconds FROM cxcron_tasks ORDER BY name")

cases=0
# refused NAME PATTERN ARGS… — exit 2 (CODE=3 for a configuration file), stderr matching PATTERN.
refused() {
    local name=$1 pattern=$2 rc=0 code=${CODE:-2}
    shift 2
    "$CXCRON_BINARY" "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
    no_crash "$rc" "$name"
    [ "$rc" = "$code" ] || { cat "$TMP/out" "$TMP/err" >&2; fail "$name: exit $rc, expected $code"; }
    grep -qiE "$pattern" "$TMP/err" || { cat "$TMP/err" >&2; fail "$name: the message does not match /$pattern/"; }
    note "$name: $(head -1 "$TMP/err")"
    cases=$((cases + 1))
}

refused 'schedule "1m\n"' 'schedule' --database "$DB_URL" task add bad:one --schedule $'1m\n' -- /bin/true
refused 'schedule "1d "' 'schedule' --database "$DB_URL" task add bad:two --schedule '1d ' -- /bin/true
refused 'set --schedule " 5m"' 'schedule' --database "$DB_URL" set keep:me --schedule ' 5m'
refused 'edit --schedule "*/5  * * * *"' 'schedule' --database "$DB_URL" task edit keep:me --schedule '*/5  * * * *'
refused '--timeout " 5"' 'timeout' --database "$DB_URL" task add bad:three --schedule 1h --timeout ' 5' -- /bin/true
refused '--timeout "+5"' 'timeout' --database "$DB_URL" set keep:me --timeout '+5'
refused 'history --since 9999999999d' '1970' --database "$DB_URL" history --since 9999999999d
refused "--timezone ''" 'timezone' --database "$DB_URL" --timezone '' list
refused 'cancel -1' 'positive' --database "$DB_URL" cancel -1
printf 'DB_CONNECTION=sqlite\nDB_DATABASE=%s\nAPP_NAME=x\0y\n' "${DB_URL#sqlite:}" >"$TMP/nul.env"
chmod 600 "$TMP/nul.env"
# A configuration file, not an argument: exit 3 like every other unreadable .env.
CODE=3 refused '.env with a NUL byte' 'NUL' --env "$TMP/nul.env" list

after=$(sql "$DB_URL" "SELECT name, schedule, timeout_seconds FROM cxcron_tasks ORDER BY name")
[ "$before" = "$after" ] || fail "a refused command changed the stored tasks: $after"
[ -z "$(sql "$DB_URL" "SELECT name FROM cxcron_task_settings WHERE name = 'keep:me'")" ] ||
    fail "a refused set stored an override"
pass "$cases inputs refused with exit 2 (3 for the .env) and a message; nothing stored"
