#!/usr/bin/env bash
# E-mail alerts through the real `cxcron` binary and real SMTP servers (python3-aiosmtpd) on
# 127.0.0.1, configured from the CMS's .env (MAIL_*): STARTTLS with AUTH and a throwaway
# certificate, implicit TLS, plain; the message's content; `alert test`; a wrong password and an
# unreachable server shown in `alert list`, then retried and delivered; the password never in a
# message, a log, the output or the database.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/alert_lib.sh"
"$PY" -c 'import aiosmtpd' 2>/dev/null || { echo "SKIP: $SCRIPT_NAME: python3-aiosmtpd is not installed"; exit 77; }

PASSWORD='Pa55-w0rd!xyzzy'
make_cert "$TMP"
start_smtp starttls --starttls "$TMP/cert.pem" "$TMP/key.pem" --auth "alerts:$PASSWORD"
S1=$SMTP_DIR P1=$SMTP_PORT
start_smtp wrongpw --starttls "$TMP/cert.pem" "$TMP/key.pem" --auth "alerts:another-password"
S2=$SMTP_DIR P2=$SMTP_PORT
start_smtp smtps --tls "$TMP/cert.pem" "$TMP/key.pem"
S3=$SMTP_DIR P3=$SMTP_PORT
DOWN_PORT=$(pick_port)

fresh_db sqlite email
cat >"$TMP/.env" <<ENV
APP_NAME=Example
DB_CONNECTION=sqlite
DB_DATABASE=${DB_URL#sqlite:}
MAIL_MAILER=smtp
MAIL_HOST=127.0.0.1
MAIL_PORT=$P1
MAIL_USERNAME=alerts
MAIL_PASSWORD="$PASSWORD"
MAIL_ENCRYPTION=tls
MAIL_FROM_ADDRESS=billing@example.com
MAIL_FROM_NAME="\${APP_NAME} Billing"
CXCRON_MAIL_CA_FILE=$TMP/cert.pem
ENV
chmod 600 "$TMP/.env"
export CXCRON_DIAG_ENABLE=tick
cxe() { cx --env "$TMP/.env" "$@"; }
LOG="$TMP/all-output.log"
run_at() { CXCRON_NOW="$1" cxe --verbose run >>"$LOG" 2>&1 || { tail "$LOG" >&2; fail "run at $1"; }; }
mails() { find "$1" -name '*.eml' | wc -l; }
# mail_field FILE subject|from|to|body
mail_field() {
    "$PY" - "$1" "$2" <<'PYEOF'
import email, email.policy, sys
msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
print(msg.get_content() if sys.argv[2] == "body" else msg[sys.argv[2]])
PYEOF
}

export CXCRON_NOW="2026-03-29 09:00:00"
cxe alert add email ops@example.com second@example.com --task diag:tick >>"$LOG"
cxe alert add email ops@example.com --task diag:tick --smtp "smtp://alerts@127.0.0.1:$P2" >>"$LOG"
cxe alert add email ops@example.com --task diag:tick --smtp "smtps://127.0.0.1:$P3" --from cron@example.com >>"$LOG"
cxe alert add email ops@example.com --task diag:tick --smtp "smtp://127.0.0.1:$DOWN_PORT?tls=none" >>"$LOG"
unset CXCRON_NOW

# ---- a failure: one message per rule that can deliver ----------------------------------------
T0="2026-03-29 10:00:00"
sql "$DB_URL" "CREATE TABLE cxcron_diag (broken INTEGER)"
start=$(date +%s%N)
run_at "$T0"
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
[ "$(mails "$S1")" = 1 ] || fail "STARTTLS server: $(mails "$S1") messages, expected 1"
[ "$(mails "$S3")" = 1 ] || fail "implicit-TLS server: $(mails "$S3") messages, expected 1"
[ "$(mails "$S2")" = 0 ] || fail "the server refusing the password received a message"
grep -q '"tls": true' "$S1/envelopes.log" || fail "the STARTTLS session was not encrypted"
grep -q '"ok": false' "$S2/auth.log" || fail "the wrong password was not tried"
id=$(sql "$DB_URL" "SELECT MAX(id) FROM cron_logs WHERE name = 'diag:tick'")
eml=$(find "$S1" -name '*.eml' | head -1)
subject=$(mail_field "$eml" subject)
body=$(mail_field "$eml" body)
[[ $subject == *"diag:tick failed on"* ]] || fail "subject: $subject"
[[ $(mail_field "$eml" from) == *"Example Billing"*"billing@example.com"* ]] || fail "from: $(mail_field "$eml" from)"
[[ $(mail_field "$eml" to) == *"ops@example.com"*"second@example.com"* ]] || fail "to: $(mail_field "$eml" to)"
grep -q '"to": \["ops@example.com", "second@example.com"\]' "$S1/envelopes.log" || fail "envelope recipients"
for want in "Task: diag:tick" "State: failed" "Started: 2026-03-29 10:00" "Duration: " "Host: " \
    "Execution: #$id" "Exception:" "cxcron show $id"; do
    grep -qF -- "$want" <<<"$body" || { echo "$body" >&2; fail "the message lacks \"$want\""; }
done
[[ $(mail_field "$(find "$S3" -name '*.eml' | head -1)" from) == *"cron@example.com"* ]] || fail "--from ignored"
note "failure mailed through STARTTLS+AUTH and smtps in $elapsed_ms ms (run included)"

# ---- failures visible in alert list ----------------------------------------------------------
cxe alert list --json >"$TMP/list.json"
rule_field() { "$PY" -c 'import json,sys; r=[r for r in json.load(open(sys.argv[1])) if r["id"] == int(sys.argv[2])][0]; print(r[sys.argv[3]])' "$TMP/list.json" "$1" "$2"; }
[ "$(rule_field 1 sent)" = 1 ] && [ "$(rule_field 1 pending)" = 0 ] || fail "rule 1 is not recorded as sent"
[ "$(rule_field 2 pending)" = 1 ] || fail "rule 2 (wrong password) is not pending"
rule_field 2 last_error | grep -qiE "login|auth" || fail "rule 2's error does not say the login failed: $(rule_field 2 last_error)"
[ "$(rule_field 4 pending)" = 1 ] || fail "rule 4 (unreachable) is not pending"
rule_field 4 last_error | grep -qi "connect" || fail "rule 4's error: $(rule_field 4 last_error)"
note "wrong password: $(rule_field 2 last_error); unreachable: $(rule_field 4 last_error)"

# ---- still failing: no new mail; the unreachable server comes up: the retry delivers ---------
run_at "$(minute_plus "$T0" 1)" # second attempt of rules 2 and 4, still failing: next in 5 min
[ "$(mails "$S1")" = 1 ] || fail "a still-failing task was mailed again within a minute"
FIXED_PORT=$DOWN_PORT start_smtp late
S4=$SMTP_DIR
run_at "$(minute_plus "$T0" 3)"
[ "$(mails "$S4")" = 0 ] || fail "retried before the 5-minute backoff"
run_at "$(minute_plus "$T0" 7)"
[ "$(mails "$S4")" = 1 ] || fail "the failed send was not retried once the server was up"
grep -q '"tls": false' "$S4/envelopes.log" || fail "?tls=none used TLS"
cxe alert list --json >"$TMP/list.json"
[ "$(rule_field 4 sent)" = 1 ] && [ "$(rule_field 4 pending)" = 0 ] || fail "rule 4 not recorded as sent after the retry"

# ---- alert test ------------------------------------------------------------------------------
cxe alert test 1 >>"$LOG" || fail "alert test 1 failed"
[ "$(mails "$S1")" = 2 ] || fail "alert test did not send a message"
rc=0
cxe alert test 2 >"$TMP/test.out" 2>"$TMP/test.err" || rc=$?
[ "$rc" = 4 ] || fail "alert test with a wrong password: exit $rc, expected 4"
cat "$TMP/test.out" "$TMP/test.err" >>"$LOG"

# ---- an SMTP server that accepts the connection and never answers: bounded by the budget ------
start_http silent # an HTTP server waits for a request line: to an SMTP client it never greets
echo hang >"$HTTP_DIR/mode"
CXCRON_NOW="2026-03-29 09:00:00" cxe alert add email ops@example.com --task diag:tick \
    --smtp "smtp://127.0.0.1:$HTTP_PORT?tls=none" >>"$LOG"
T1="2026-03-29 12:00:00"
start=$(date +%s%N)
CXCRON_NOW="$T1" cxe --alert-budget 2 run >>"$LOG" 2>&1 || fail "run with a silent SMTP server failed"
elapsed_ms=$((($(date +%s%N) - start) / 1000000))
[ "$elapsed_ms" -lt 5000 ] || fail "a silent SMTP server delayed the run process by $elapsed_ms ms (budget 2 s)"
cxe alert list --json >"$TMP/list.json"
rule_field 5 last_error | grep -qi "timed out" || fail "rule 5's error: $(rule_field 5 last_error)"
note "silent SMTP server: run process took $elapsed_ms ms with --alert-budget 2"

# ---- the password never leaks ----------------------------------------------------------------
cxe alert list >>"$LOG"
cxe alert list --json >>"$LOG"
for f in "$LOG" "$S1"/*.eml "$S2"/* "$S3"/*.eml "$S4"/*.eml; do
    ! grep -qF "$PASSWORD" "$f" || fail "the SMTP password appears in $f"
done
! sql "$DB_URL" "SELECT * FROM cxcron_alert_rules; SELECT * FROM cxcron_alert_deliveries" | grep -qF "$PASSWORD" ||
    fail "the SMTP password is stored in the database"
pass "STARTTLS+AUTH, smtps, plain retry, wrong password, unreachable server, alert test, no password leak"
