#!/usr/bin/env bash
# Secrets stay secret, through the real binaries:
#   children     CXCRON_DB_PASSWORD, CXCRON_DATABASE_URL (with its password), CXCRON_SMTP_PASSWORD
#                and MAIL_PASSWORD never reach a command: a task running `env` stores none of them
#                in cron_logs, `show` or `history --csv`.
#   messages     passwords holding each of / @ : # ? " ' $ % in --database URLs, well-formed or
#                not (no database part, a bad port, sqlite://user:pw@/file, an unknown scheme):
#                every line of `crontab`, `list`, `--verbose` and `--json` output is free of them;
#                a URL without a database part is refused, never written into a crontab line.
#   ps           cxcron-gui --database mysql://u:pw@… shows x… instead of the password in
#                /proc/PID/cmdline while it runs, as the CLI does.
#   core dumps   a runner's soft core limit is 0 (and the process not dumpable) unless
#                CXCRON_ALLOW_CORE_DUMPS=1.
#   file modes   with umask 022, a new SQLite database and a new metrics file are 0600; an
#                existing metrics file keeps its mode.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# ---- children ------------------------------------------------------------------------------
fresh_db sqlite leaks
export CXCRON_DB_PASSWORD='DbPass-7f3a9'
export CXCRON_DATABASE_URL='mysql://cx:UrlPass-41c2e@127.0.0.1:1/nothing'
export CXCRON_SMTP_PASSWORD='SmtpPass-d81b0'
export MAIL_PASSWORD='MailPass-0e6c4'
secrets=(DbPass-7f3a9 UrlPass-41c2e SmtpPass-d81b0 MailPass-0e6c4)
cx --database "$DB_URL" task add env:dump --schedule 1d -- /usr/bin/env >/dev/null || fail "task add failed"
cx --database "$DB_URL" run env:dump >/dev/null 2>&1 || fail "run env:dump failed"
id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'env:dump' ORDER BY id DESC LIMIT 1")
[ -n "$id" ] || fail "no env:dump run recorded"
{
    sql "$DB_URL" "SELECT output FROM cron_logs WHERE id = $id"
    cx --database "$DB_URL" show "$id"
    cx --database "$DB_URL" history --csv
} >"$TMP/env-out" 2>&1
grep -q "PATH=" "$TMP/env-out" || { head -20 "$TMP/env-out" >&2; fail "the env output was not captured"; }
for s in "${secrets[@]}"; do
    if grep -qF "$s" "$TMP/env-out"; then fail "a command's environment held the secret $s"; fi
done
grep -qE '^(CXCRON_DB_PASSWORD|CXCRON_DATABASE_URL|CXCRON_SMTP_PASSWORD|MAIL_PASSWORD)=' "$TMP/env-out" &&
    fail "a secret variable reached the command"
unset CXCRON_DB_PASSWORD CXCRON_DATABASE_URL CXCRON_SMTP_PASSWORD MAIL_PASSWORD
note "children: none of ${#secrets[@]} secret variables reached the command"

# ---- messages ------------------------------------------------------------------------------
passwords=()
for c in / @ : '#' '?' '"' "'" '$' '%'; do
    passwords+=("Tr0ub4dor${c}3x" "${c}Lead1ngPw" "Trail1ngPw${c}")
done
passwords+=("S3#cr\"e\$t'P" 'a:b@c/d%zz?e#f' "p@ss'w\"rd\$HOME")
checked=0
for pw in "${passwords[@]}"; do
    : >"$TMP/msg"
    for url in "mysql://u:$pw@db.example.com" "mysql://u:$pw@127.0.0.1:1/cms" "mysql://u:$pw@127.0.0.1:1x/cms" \
        "sqlite://u:$pw@/nonexistent/x.sqlite" "mysqlx://u:$pw@127.0.0.1/cms" "mysql://u:$pw@127.0.0.1:1/cms?tls-ca="; do
        rc=0
        timeout 30 "$CXCRON_BINARY" crontab --database "$url" >>"$TMP/msg" 2>&1 || rc=$?
        no_crash "$rc" "cxcron crontab with password $pw"
        case $url in
        *db.example.com) [ "$rc" = 2 ] || fail "crontab accepted a URL without a database part (exit $rc)" ;;
        esac
        rc=0
        timeout 30 "$CXCRON_BINARY" --database "$url" --verbose --json list >>"$TMP/msg" 2>&1 || rc=$?
        no_crash "$rc" "cxcron list with password $pw"
        checked=$((checked + 2))
    done
    if grep -qF -- "$pw" "$TMP/msg"; then
        grep -F -- "$pw" "$TMP/msg" | head -3 >&2
        fail "the password '$pw' was printed"
    fi
done
note "messages: $checked runs with ${#passwords[@]} passwords printed none of them"

# ---- ps: the GUI -----------------------------------------------------------------------------
gui="$(dirname "$CXCRON_BINARY")/../gui/cxcron-gui"
if [ -x "$gui" ]; then
    export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config"
    mkdir -p "$HOME"
    QT_QPA_PLATFORM=offscreen "$gui" --database 'mysql://u:GuiPass/7@x1@127.0.0.1:1/cms' >"$TMP/gui.out" 2>&1 &
    gpid=$!
    on_exit "kill $gpid 2>/dev/null"
    sleep 3
    kill -0 "$gpid" 2>/dev/null || { cat "$TMP/gui.out" >&2; fail "cxcron-gui ended early"; }
    cmdline=$(tr '\0' ' ' <"/proc/$gpid/cmdline")
    kill "$gpid" 2>/dev/null || true
    wait "$gpid" 2>/dev/null || true
    case $cmdline in *GuiPass*) fail "cxcron-gui keeps the password in its command line: $cmdline" ;; esac
    case $cmdline in *"mysql://u:x"*) ;; *) fail "cxcron-gui's command line lost the URL: $cmdline" ;; esac
    grep -qF "GuiPass" "$TMP/gui.out" && fail "cxcron-gui printed the password"
    note "ps: cxcron-gui shows $cmdline"
else
    note "ps: cxcron-gui is not built, its part is not checked"
fi

# ---- core dumps ------------------------------------------------------------------------------
ulimit -c unlimited 2>/dev/null || ulimit -c "$(ulimit -H -c)"
core_limit() { # core_limit [env…] — the soft core limit of a running `cxcron run`
    env "$@" CXCRON_DIAG_ENABLE=sleep CXCRON_DIAG_SLEEP_MS=3000 CXCRON_NOW="2026-03-29 10:00:00" \
        "$CXCRON_BINARY" --database "sqlite:$TMP/core.sqlite" run diag:sleep >/dev/null 2>&1 &
    local pid=$! i
    for ((i = 0; i < 50; i++)); do
        [ -r "/proc/$pid/limits" ] && grep -q "cxcron" "/proc/$pid/comm" 2>/dev/null && sleep 0.5 && break
        sleep 0.1
    done
    awk '/Max core file size/ {print $5}' "/proc/$pid/limits"
    wait "$pid" || true
}
cx --database "sqlite:$TMP/core.sqlite" list >/dev/null
[ "$(core_limit)" = 0 ] || fail "a runner may write a core dump (soft limit $(core_limit))"
[ "$(core_limit CXCRON_ALLOW_CORE_DUMPS=1)" != 0 ] || fail "CXCRON_ALLOW_CORE_DUMPS=1 did not keep core dumps"
note "core dumps: off in a runner, on with CXCRON_ALLOW_CORE_DUMPS=1"

# ---- file modes ------------------------------------------------------------------------------
umask 022
cx --database "sqlite:$TMP/fresh.sqlite" migrate >/dev/null # list writes nothing any more
mode=$(stat -c %a "$TMP/fresh.sqlite")
[ "$mode" = 600 ] || fail "a new SQLite database is $mode, expected 600"
cx --database "sqlite:$TMP/fresh.sqlite" metrics --output "$TMP/metrics.prom"
mode=$(stat -c %a "$TMP/metrics.prom")
[ "$mode" = 600 ] || fail "a new metrics file is $mode, expected 600"
chmod 0644 "$TMP/metrics.prom"
cx --database "sqlite:$TMP/fresh.sqlite" metrics --output "$TMP/metrics.prom"
mode=$(stat -c %a "$TMP/metrics.prom")
[ "$mode" = 644 ] || fail "an existing metrics file lost its mode 644 (now $mode)"
note "file modes: database 600, metrics 600, an existing file's mode kept"

pass "secrets: kept from children, absent from $checked outputs and from ps, no core dumps, private files"
