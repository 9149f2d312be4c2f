#!/usr/bin/env bash
# "cxcron crontab --database URL --user www-data" prints a crontab line that works as www-data
# under cron's bare environment once its password file is made as the output says (the line
# used to source root's 0600 /etc/default/cxcron and abort), sends the run's output and failures
# to syslog instead of /dev/null, never holds the password, and prints systemd units that
# systemd-analyze accepts and rates 5 or less, like the shipped ones.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
have_mariadb || skip "no MariaDB for the runner"
[ "$(id -u)" -eq 0 ] || skip "running the line as www-data needs root"
id www-data >/dev/null 2>&1 || skip "no www-data user"
runuser=$(command -v runuser) || skip "no runuser"
"$runuser" -u www-data -- test -x "$CXCRON_BINARY" || skip "www-data cannot execute $CXCRON_BINARY"
pwfile=/etc/cxcron/www-data.env
[ ! -e "$pwfile" ] || skip "$pwfile exists: not touching an installation's file"

fresh_maria_db cxcron_crontab_user
cx --database "$DB_URL" migrate >/dev/null || fail "migrate failed"
cx --database "$DB_URL" task add crontab-check --schedule 1m -- /bin/echo from-the-cron-line >/dev/null ||
    fail "task add failed"

out=$(env -u CXCRON_DB_PASSWORD "$CXCRON_BINARY" --lang en crontab --database "$DB_URL" --user www-data) ||
    fail "cxcron crontab failed"
# (The suite's password may be a common word: look for it where a URL or a file would hold it.)
if grep -qF -e ":$CXCRON_DB_PASSWORD@" -e "PASSWORD=$CXCRON_DB_PASSWORD" -e "PASSWORD='$CXCRON_DB_PASSWORD'" <<<"$out"; then
    fail "the crontab output holds the password"
fi
line=$(grep '^\* \* \* \* \* ' <<<"$out" | head -1)
[ -n "$line" ] || fail "no crontab line in: $out"
[[ $line == *"2>&1 | logger -t cxcron" ]] || fail "the line does not send its output to syslog: $line"
[[ $line != *"/dev/null"* ]] || fail "the line discards its output: $line"
[[ $line != *"/etc/default/cxcron"* ]] || fail "the line reads root's /etc/default/cxcron: $line"

# The password file, made with the command the output gives.
made=$(sed -n 's/^#   \(install .*\)$/\1/p' <<<"$out")
[ -n "$made" ] || fail "the output does not say how to create the password file: $out"
[ -d /etc/cxcron ] || on_exit "rmdir /etc/cxcron"
on_exit "rm -f $pwfile"
sh -c "${made//…/$CXCRON_DB_PASSWORD}" || fail "the printed command failed: $made"
[ "$(stat -c '%U %a' "$pwfile")" = "www-data 600" ] || fail "$pwfile is $(stat -c '%U %a' "$pwfile")"

# As cron runs it: www-data, a bare environment, /bin/sh; logger's input captured instead.
command=${line#"* * * * * "}
command=${command/%"| logger -t cxcron"/| cat}
rc=0
env -i HOME=/var/www LOGNAME=www-data PATH=/usr/bin:/bin SHELL=/bin/sh \
    "$runuser" -u www-data -- /bin/sh -c "$command" >"$TMP/cron.out" 2>&1 || rc=$?
[ "$rc" -eq 0 ] || fail "the crontab line exited $rc as www-data: $(cat "$TMP/cron.out")"
mariadb_parse
rows=$(sql_maria "$DB_PORT" cxcron_crontab_user \
    "SELECT COUNT(*) FROM cron_logs WHERE name = 'crontab-check' AND state = 'success'")
[ "$rows" -ge 1 ] || fail "the line ran but crontab-check has no successful run: $(cat "$TMP/cron.out")"

# A failure of the run itself (no password file) reaches the line's output, hence syslog.
rm -f "$pwfile"
env -i HOME=/var/www PATH=/usr/bin:/bin "$runuser" -u www-data -- /bin/sh -c "$command" >"$TMP/fail.out" 2>&1 || true
[ -s "$TMP/fail.out" ] || fail "a line that cannot read its password file says nothing"

# A '/' in the password of a URL without a database part: refused, never written.
rc=0
"$CXCRON_BINARY" crontab --database 'mysql://u:Tr0ub4dor/3@db.example.com' >"$TMP/slash.out" 2>&1 || rc=$?
if grep -q "Tr0ub4dor" "$TMP/slash.out"; then fail "crontab wrote the password: $(cat "$TMP/slash.out")"; fi

# The units it prints: accepted by systemd-analyze, exposure 5 or less.
if command -v systemd-analyze >/dev/null; then
    units="$TMP/units"
    mkdir -p "$units"
    awk -v dir="$units" '/^# --- .*\/etc\/systemd\/system\// { match($0, /\/etc\/systemd\/system\/[^ ]+/);
        f = dir "/" substr($0, RSTART + 19, RLENGTH - 19); next } f { print > f }' <<<"$out"
    [ -s "$units/cxcron-run@.service" ] && [ -s "$units/cxcron-tick.service" ] && [ -s "$units/cxcron.timer" ] ||
        fail "crontab did not print the three units: $(ls "$units")"
    cp "$units/cxcron-run@.service" "$units/cxcron-run@20261203T1419Z.service"
    (cd "$units" && systemd-analyze verify --man=no ./cxcron.timer ./cxcron-tick.service \
        ./cxcron-run@20261203T1419Z.service) >"$TMP/verify.log" 2>&1 || true
    grep -v "is not executable: No such file" "$TMP/verify.log" | grep -q . &&
        fail "systemd-analyze verify: $(cat "$TMP/verify.log")"
    for u in cxcron-tick.service cxcron-run@20261203T1419Z.service; do
        score=$(cd "$units" && systemd-analyze security --offline=yes "./$u" 2>/dev/null |
            sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
        [ -n "$score" ] || fail "no security score for $u"
        awk -v s="$score" 'BEGIN { exit !(s <= 5) }' || fail "$u scores $score (> 5)"
    done
    note "printed units verified; exposure ≤ 5"
else
    note "no systemd-analyze: printed units not verified"
fi
pass "the crontab line runs as www-data from its own password file, output to logger, no password"
