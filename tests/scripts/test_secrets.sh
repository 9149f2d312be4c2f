#!/usr/bin/env bash
# Database passwords never leave cxcron: the real binary is run with passwords holding '/', '@',
# ':', '%', spaces, '?', '#', '&' (in --database URLs and in a CLIENTXCMS .env) and every output is
# searched for them — crontab/systemd lines, error messages (unreachable server, unknown database,
# wrong password, malformed URL), --verbose logs, --json output — as is the command line that
# `ps` and /proc/PID/cmdline show while a run is going on.
# Catches: the crontab printing the password, "cx:2024/TopSecret@host" read as host "cx" with the
# password in "Cannot reach …", an argv that still holds the password.
# A private MariaDB server (its root can create users with these passwords); skipped (77) without
# mariadbd.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

find_bin mariadbd mysqld >/dev/null || skip "mariadbd is not installed"
command -v mariadb >/dev/null || skip "the mariadb client is not installed"
private_mariadb_init "$(free_port)"
private_mariadb_start
private_mariadb_setup_user
port=$PRIV_PORT
root_sql() { mariadb --no-defaults -uroot --socket="$PRIV_DIR/mysqld.sock" -e "$1"; }

passwords=(
    "2024/TopSecret"
    "p@ss:w0rd/x"
    "50%off and spaces"
    "a:b@c/d%zz?e#f&g"
)
export CXCRON_DIAG_ENABLE=tick,sleep CXCRON_DIAG_SLEEP_MS=100
unset CXCRON_DB_PASSWORD || true

# no_secret FILE PASSWORD WHAT — the file holds neither the password nor any long piece of it.
no_secret() {
    local file=$1 pw=$2 what=$3 piece
    if grep -qF -- "$pw" "$file"; then
        cat "$file" >&2
        fail "$what shows the password '$pw'"
    fi
    for piece in $(tr '/@:?#&% ' '\n\n\n\n\n\n\n\n' <<<"$pw"); do
        [ ${#piece} -ge 5 ] || continue
        # A directive of the printed systemd units is not a piece of the password ("spaces").
        if sed 's/RestrictNamespaces//g' "$file" | grep -qF -- "$piece"; then
            cat "$file" >&2
            fail "$what shows part of the password ('$piece' of '$pw')"
        fi
    done
}

# run_all N WHAT ARGS… — runs cxcron, appends stdout+stderr to $TMP/out-N, returns its exit code.
run_all() {
    local n=$1 what=$2 rc=0
    shift 2
    timeout 60 "$CXCRON_BINARY" "$@" >"$TMP/one.out" 2>"$TMP/one.err" || rc=$?
    no_crash "$rc" "$what"
    { echo "### $what (exit $rc)"; cat "$TMP/one.out" "$TMP/one.err"; } >>"$TMP/out-$n"
    return "$rc"
}

checked=0
for n in "${!passwords[@]}"; do
    pw=${passwords[$n]}
    user="cxs$n"
    root_sql "CREATE USER '$user'@'127.0.0.1' IDENTIFIED BY '$pw';
              GRANT ALL PRIVILEGES ON cxcron_priv.* TO '$user'@'127.0.0.1'"
    url="mysql://$user:$pw@127.0.0.1:$port/cxcron_priv"
    : >"$TMP/out-$n"

    run_all "$n" "crontab" crontab --database "$url" || fail "crontab --database exited non-zero"
    grep -q "CXCRON_DB_PASSWORD" "$TMP/one.out" || fail "the crontab output does not say where the password goes"
    run_all "$n" "list --verbose" --database "$url" --verbose list || fail "list with password #$n failed: $(cat "$TMP/one.err")"
    grep -q "ps" "$TMP/one.err" || fail "no warning that a password in --database shows in ps"
    run_all "$n" "list --json" --database "$url" --json list || fail "list --json failed"
    CXCRON_NOW="2026-03-29 10:0$n:00" run_all "$n" "run --verbose --json" --database "$url" --verbose --json run ||
        fail "run --json failed: $(cat "$TMP/one.err")"
    run_all "$n" "history --json" --database "$url" --json history || fail "history --json failed"
    run_all "$n" "unreachable" --database "mysql://$user:$pw@127.0.0.1:1/cxcron_priv" list && fail "port 1 connected"
    grep -q "Cannot reach" "$TMP/one.err" || fail "unreachable server: $(cat "$TMP/one.err")"
    run_all "$n" "unknown database" --database "mysql://$user:$pw@127.0.0.1:$port/no_such_db" list && fail "unknown db connected"
    # MariaDB answers 1044 (no rights) to a user with grants on other databases only: not a
    # password problem, and the message must not say so.
    grep -q 'database "no_such_db" on .*does not exist' "$TMP/one.err" || fail "unknown database: $(cat "$TMP/one.err")"
    if grep -v "warning:" "$TMP/one.err" | grep -q "password"; then fail "unknown database blamed on the password: $(cat "$TMP/one.err")"; fi
    run_all "$n" "wrong password" --database "mysql://$user:${pw}x@127.0.0.1:$port/cxcron_priv" list && fail "wrong password connected"
    grep -q "Access denied" "$TMP/one.err" || fail "wrong password: $(cat "$TMP/one.err")"
    run_all "$n" "malformed URL" --database "mysqlx://$user:$pw@127.0.0.1:$port/cxcron_priv" list && fail "mysqlx:// accepted"

    # The CMS .env (double-quoted: phpdotenv would read the same value).
    printf 'DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=%s\nDB_DATABASE=%s\nDB_USERNAME=%s\nDB_PASSWORD="%s"\n' \
        "$port" cxcron_priv "$user" "$pw" >"$TMP/ok.env"
    printf 'DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=%s\nDB_DATABASE=%s\nDB_USERNAME=%s\nDB_PASSWORD="%s"\n' \
        "$port" no_such_db "$user" "$pw" >"$TMP/bad.env"
    chmod 600 "$TMP/ok.env" "$TMP/bad.env"
    run_all "$n" ".env list --verbose --json" --env "$TMP/ok.env" --verbose --json list || fail ".env list failed: $(cat "$TMP/one.err")"
    run_all "$n" ".env crontab" crontab --env "$TMP/ok.env" || fail ".env crontab failed"
    run_all "$n" ".env unknown database" --env "$TMP/bad.env" --verbose list && fail ".env with an unknown database connected"

    # What ps shows while a run is going on.
    CXCRON_NOW="2026-03-29 11:0$n:00" CXCRON_DIAG_SLEEP_MS=4000 \
        "$CXCRON_BINARY" --database "$url" run >/dev/null 2>"$TMP/ps-run.err" &
    pid=$!
    running() { [ "$(mariadb --no-defaults -uroot --socket="$PRIV_DIR/mysqld.sock" -N -B cxcron_priv \
        -e "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" != 0 ]; }
    wait_for "a run to start" 30 running
    { echo "### ps"; ps -o args= -p "$pid" || true; tr '\0' ' ' <"/proc/$pid/cmdline"; echo; } >>"$TMP/out-$n"
    wait "$pid" || fail "the run watched through ps failed: $(cat "$TMP/ps-run.err")"
    grep -q "mysql://$user:x" "$TMP/out-$n" || fail "ps does not show the hidden password as x…: $(grep -A2 '### ps' "$TMP/out-$n")"

    no_secret "$TMP/out-$n" "$pw" "cxcron's output with password #$n"
    checked=$((checked + 1))
done
pass "$checked passwords with / @ : % spaces ? # &: absent from crontab lines, errors, --verbose, --json and ps"
