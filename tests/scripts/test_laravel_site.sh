#!/usr/bin/env bash
# cxcron on a real Laravel site: tests/fixtures/laravel-app (Debian's php-laravel-framework,
# CLIENTXCMS v2's Kernel, its jobs over v2's tables in MariaDB), set up as docs/CLIENTXCMS-V2.md
# says, compared with what `php artisan schedule:run` does on the same rows:
#  1. one minute's jobs run in the Kernel's order, one after the other (side by side only on request);
#  2. v2's zone is Europe/Paris whatever APP_TIMEZONE says;
#  3. discover reads Laravel 8's schedule:list table, and refuses an output it does not understand;
#  4. the database accounts of the docs (SQL taken from the Markdown) do what the docs say;
#  5. the CMS's .env is read as the CMS left it (0640, 0644 with a warning);
#  6. the dashboard's "last cron run" is right without booting Laravel (file and database caches).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
unset CXCRON_DIAGNOSTIC_TASKS
FIXTURES="$(cd "$(dirname "$0")/../fixtures" && pwd)"
DOCS="$(cd "$(dirname "$0")/../../docs" && pwd)"

if ! command -v php >/dev/null || [ ! -f /usr/share/php/Illuminate/autoload.php ] || ! php -r 'exit(extension_loaded("pdo_mysql") ? 0 : 1);'; then
    [ "${CXCRON_REQUIRE_MARIADB:-0}" = 1 ] && fail "php-cli, php-laravel-framework or php-mysql is missing (scripts/install-deps.sh)"
    skip "php-cli, php-laravel-framework or php-mysql is not installed"
fi
have_mariadb || skip "no MariaDB test server"

site="$TMP/site"
cp -r "$FIXTURES/laravel-app" "$site"
touch "$site/storage/installed"
mariadb_parse
ADMIN_PORT=$DB_PORT ADMIN_USER=$DB_USER ADMIN_PASS=$DB_PASS
write_env() { # write_env MODE [EXTRA LINES...]
    local mode=$1
    shift
    {
        printf 'APP_NAME=CLIENTXCMS\nAPP_KEY=base64:Y3hjcm9uLXRlc3Qta2V5LW5vdC1hLXJlYWwtb25lISE=\n'
        printf 'DB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=%s\nDB_DATABASE=%s\nDB_USERNAME=%s\nDB_PASSWORD=%s\n' \
            "$ADMIN_PORT" "$db" "$ADMIN_USER" "$ADMIN_PASS"
        local line
        for line in "$@"; do printf '%s\n' "$line"; done
    } >"$site/.env"
    chmod "$mode" "$site/.env"
}
seed() { # a fresh v2 database at the minute 30 services expired, 6 of them with a paid renewal
    fresh_maria_db cxcron_laravel_site
    db=${DB_URL##*/}
    mariadb --no-defaults -h127.0.0.1 -P"$ADMIN_PORT" -u"$ADMIN_USER" -p"$ADMIN_PASS" "$db" \
        <"$FIXTURES/clientxcms-v2-schema.sql"
    mariadb --no-defaults -h127.0.0.1 -P"$ADMIN_PORT" -u"$ADMIN_USER" -p"$ADMIN_PASS" "$db" \
        <"$FIXTURES/laravel-app/database/renewals-due.sql"
    rm -f "$site/storage/logs/panel.log" "$site"/storage/framework/cache/data/*/*/*
}
panel() { grep -c "^$1 " "$site/storage/logs/panel.log" || true; }
export PANEL_DELAY_MS=300 # each hosting panel call: a 300 ms HTTP round trip

# --- 1. a minute's jobs, as schedule:run runs them --------------------------------------------
seed
write_env 640
(cd "$site" && php artisan schedule:run >"$TMP/schedule-run.out" 2>&1) || { cat "$TMP/schedule-run.out" >&2; fail "schedule:run failed"; }
ref_suspended=$(panel suspend) ref_renewed=$(panel renew)
[ "$ref_renewed" = 6 ] && [ "$ref_suspended" = 24 ] || fail "schedule:run: $ref_renewed renewed, $ref_suspended suspended (the fixture expects 6 and 24)"
seed
rc=0
cx --env "$site/.env" run >"$TMP/run.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/run.out" >&2; fail "cxcron run exited $rc"; }
[ "$(panel suspend)" = "$ref_suspended" ] ||
    fail "cxcron suspended $(panel suspend) services where schedule:run suspends $ref_suspended (jobs run side by side?)"
[ "$(panel renew)" = "$ref_renewed" ] || fail "cxcron renewed $(panel renew) services, schedule:run $ref_renewed"
# invoices:delivery ended before services:expire started.
order=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs d JOIN cron_logs e ON d.name = 'invoices:delivery'
    AND e.name = 'services:expire' WHERE d.end_at <= e.start_at AND d.state = 'success' AND e.state = 'success'")
[ "$order" = 1 ] || fail "invoices:delivery and services:expire overlapped: $(sql "$DB_URL" "SELECT name, start_at, end_at, state FROM cron_logs")"
note "1: in the Kernel's order, as schedule:run: $ref_renewed renewed, $ref_suspended suspended"
# Side by side on request: the risk the docs describe (services:expire sees services whose paid
# renewal is being delivered).
seed
cx --env "$site/.env" set services:expire --side-by-side >/dev/null || fail "set --side-by-side failed"
export PANEL_DELAY_MS=800
cx --env "$site/.env" run >/dev/null 2>&1 || true
[ "$(panel suspend)" -gt "$ref_suspended" ] || fail "side by side suspended $(panel suspend): the option changed nothing"
note "1: side by side on request: $(panel suspend) suspended (the risk the docs describe)"
export PANEL_DELAY_MS=300
cx --env "$site/.env" set services:expire --in-order >/dev/null || fail "set --in-order failed"

# --- 2. v2's zone ---------------------------------------------------------------------------
seed
write_env 640 APP_TIMEZONE=America/New_York
# Monday 2026-11-23 08:00 UTC is 09:00 in Paris, 03:00 in New York.
CXCRON_NOW="2026-11-23 08:00:00" cx --env "$site/.env" run >/dev/null 2>&1 || true
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'services:notify-expiration'")" = 1 ] ||
    fail "services:notify-expiration (09:00 Paris) did not run at 08:00 UTC with APP_TIMEZONE=America/New_York"
note "2: daily 09:00 is Paris time, APP_TIMEZONE ignored as v2 ignores it"
write_env 640

# --- 3. discover on Laravel 8 ------------------------------------------------------------------
export FIXTURE_MODULE_JOBS=1 # a module's jobs: a command with an option and a closure
cx --env "$site/.env" discover >"$TMP/discover.out" 2>&1 || { cat "$TMP/discover.out" >&2; fail "discover failed"; }
[ "$(grep -c 'artisan' "$TMP/discover.out")" = 10 ] || fail "discover did not list Laravel 8's 10 artisan jobs: $(cat "$TMP/discover.out")"
grep -E "fixture:progress --items=5 .*--adopt fixture:progress" "$TMP/discover.out" >/dev/null || fail "the module's job is not adoptable: $(cat "$TMP/discover.out")"
grep -E "^0 4 \* \* \* .*Closure" "$TMP/discover.out" >/dev/null || fail "the closure is not listed"
cx --env "$site/.env" discover --all >/dev/null || fail "discover --all failed"
cx --env "$site/.env" task list --json | python3 -c '
import json, sys
tasks = {t["name"]: t for t in json.load(sys.stdin)}
t = tasks["fixture:progress"]
assert t["schedule"] == "*/15 * * * *" and t["kind"] == "artisan", t
assert t["command"].endswith("artisan fixture:progress --items=5 --ansi"), t
' || fail "the adopted job is not php artisan fixture:progress --items=5 every 15 minutes"
unset FIXTURE_MODULE_JOBS
printf '#!/bin/sh\necho "Unexpected banner from a PHP wrapper"\necho "nothing like a schedule"\n' >"$TMP/odd-php"
chmod +x "$TMP/odd-php"
rc=0
cx --env "$site/.env" --php "$TMP/odd-php" discover >"$TMP/odd.out" 2>&1 || rc=$?
[ "$rc" = 3 ] || fail "discover on an output it cannot read exited $rc: $(cat "$TMP/odd.out")"
grep -q "did not understand" "$TMP/odd.out" || fail "no clear message: $(cat "$TMP/odd.out")"
note "3: Laravel 8's table read (10 jobs, 1 closure, --items=5 kept); an unknown format fails with exit 3"

# --- 4. the accounts of docs/CLIENTXCMS-V2.md §4 ------------------------------------------------
sock="${CXCRON_TEST_MARIADB_DIR:-/tmp/cxcron-test-mariadb-$ADMIN_PORT}/mysqld.sock"
root_sql() { mariadb --no-defaults -uroot --socket="$sock" "$@"; }
if ! root_sql -e "SELECT 1" >/dev/null 2>&1; then
    skip "part 4 needs the test server's root account ($sock); parts 1-3 passed"
fi
seed
# Every SQL block of §4, as written; only the database name, the host and the passwords change.
python3 - "$DOCS/CLIENTXCMS-V2.md" "$db" >"$TMP/grants.sql" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
section = text[text.index("\n## 4. "):]
section = section[:section.index("\n## 5. ")]
blocks = re.findall(r"```sql\n(.*?)```", section, re.S)
assert len(blocks) >= 3, "docs/CLIENTXCMS-V2.md §4 has fewer than three SQL blocks"
sql = "\n".join(blocks)
users = sorted(set(re.findall(r"CREATE USER '(\w+)'", sql)))
assert {"cxcron_admin", "cxcron_runner", "cxcron_reader"} <= set(users), users
for u in users:
    print(f"DROP USER IF EXISTS '{u}'@'127.0.0.1';")
sql = sql.replace("clientxcms.", sys.argv[2] + ".").replace("'localhost'", "'127.0.0.1'")
sql = re.sub(r"CREATE USER '(\w+)'@'127.0.0.1' IDENTIFIED BY '…'", r"CREATE USER '\1'@'127.0.0.1' IDENTIFIED BY 'pw_\1'", sql)
print(sql)
PY
on_exit "mariadb --no-defaults -uroot --socket='$sock' -e \"DROP USER IF EXISTS 'cxcron_admin'@'127.0.0.1', 'cxcron_runner'@'127.0.0.1', 'cxcron_reader'@'127.0.0.1'\""
# The runner's grants name cxcron's tables, which exist only after migrate: grant in the docs' order.
awk '/CREATE USER .cxcron_runner/{exit} {print}' "$TMP/grants.sql" | root_sql || fail "the admin account's SQL of the docs failed"
as() { # as USER cxcron-args... (the password through the environment, as the docs say)
    local user=$1
    shift
    CXCRON_DB_PASSWORD="pw_$user" cx --database "mysql://$user@127.0.0.1:$ADMIN_PORT/$db" --cms-root "$site" "$@"
}
as cxcron_admin migrate >"$TMP/migrate.out" 2>&1 || fail "migrate as cxcron_admin: $(cat "$TMP/migrate.out")"
awk 'f; /CREATE USER .cxcron_runner/{f=1; print}' "$TMP/grants.sql" | root_sql || fail "the runner's and reader's SQL of the docs failed"
checksum() { sql "$DB_URL" "CHECKSUM TABLE cron_logs, cxcron_tasks, cxcron_meta, cxcron_task_settings, cxcron_leases EXTENDED"; }
before=$(checksum)
as cxcron_reader list >"$TMP/reader-list.out" 2>&1 || fail "list as the SELECT-only account: $(cat "$TMP/reader-list.out")"
grep -q "services:expire" "$TMP/reader-list.out" || fail "list before the first run does not show v2's schedule"
[ "$(checksum)" = "$before" ] || fail "list as the reader wrote something"
rc=0
as cxcron_runner run >"$TMP/runner.out" 2>&1 || rc=$?
[ "$rc" = 0 ] || fail "run as cxcron_runner exited $rc: $(cat "$TMP/runner.out")"
! grep -qi "denied" "$TMP/runner.out" || fail "run as cxcron_runner: $(cat "$TMP/runner.out")"
as cxcron_runner run invoices:delivery >"$TMP/runner1.out" 2>&1 || fail "run TASK as cxcron_runner: $(cat "$TMP/runner1.out")"
states=$(sql "$DB_URL" "SELECT GROUP_CONCAT(DISTINCT state) FROM cron_logs")
[ "$states" = success ] || fail "runs recorded as $states: $(sql "$DB_URL" "SELECT name, state, exception FROM cron_logs")"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_cancel_requests")$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_live_output")" = 00 ] ||
    fail "the runner left rows in cxcron_cancel_requests / cxcron_live_output"
id=$(sql "$DB_URL" "SELECT MAX(id) FROM cron_logs")
before=$(checksum)
for cmd in list history "show $id" "history services:expire --state success"; do
    # shellcheck disable=SC2086
    as cxcron_reader $cmd >"$TMP/reader.out" 2>&1 || fail "$cmd as the SELECT-only account: $(cat "$TMP/reader.out")"
done
as cxcron_reader metrics >/dev/null 2>&1 || fail "metrics as the SELECT-only account"
[ "$(checksum)" = "$before" ] || fail "a read-only command wrote something"
as cxcron_admin set clientxcms:telemetry --disable >/dev/null 2>&1 || fail "set as cxcron_admin"
as cxcron_admin cancel "$id" >/dev/null 2>&1 || true # an ended run: refused or accepted, never a grant error
note "4: the docs' accounts: migrate (admin), list before any run and history/show/metrics (SELECT only), run and run TASK (runner)"

# --- 5. the CMS's .env as the CMS left it ---------------------------------------------------------
seed
write_env 640
rc=0
cx --env "$site/.env" list >"$TMP/list640.out" 2>&1 || rc=$?
[ "$rc" = 3 ] && fail ".env 0640 (deploy:www-data) refused: $(cat "$TMP/list640.out")"
! grep -q "every user" "$TMP/list640.out" || fail "a group-readable .env is not world-readable"
write_env 644
cx --env "$site/.env" run >"$TMP/run644.out" 2>&1 || fail ".env 0644 refused by run: $(cat "$TMP/run644.out")"
! grep -q "every user" "$TMP/run644.out" || fail "run (every minute, not --verbose) printed the warning"
cx --env "$site/.env" list >"$TMP/list644.out" 2>&1 || true
grep -q "can be read by every user" "$TMP/list644.out" || fail "list does not warn about a world-readable .env: $(cat "$TMP/list644.out")"
cx --env "$site/.env" run --verbose >"$TMP/runverbose.out" 2>&1 || true
grep -q "can be read by every user" "$TMP/runverbose.out" || fail "run --verbose does not warn"
note "5: .env 0640 read silently, 0644 read with a warning in list and run --verbose"

# --- 6. the dashboard's "last cron run" without booting Laravel --------------------------------------
printf '#!/bin/sh\necho "$*" >>"%s"\nexec php "$@"\n' "$TMP/php.log" >"$TMP/php"
chmod +x "$TMP/php"
for driver in file database; do
    seed
    write_env 600 "CACHE_DRIVER=$driver"
    [ "$driver" = database ] && sql "$DB_URL" "CREATE TABLE cache (\`key\` varchar(255) NOT NULL PRIMARY KEY, value mediumtext NOT NULL, expiration int NOT NULL)"
    # A web request caches the settings for a day, with the old heartbeat.
    [ "$(cd "$site" && php artisan fixture:cache-settings)" = "2026-01-01 00:00:00" ] || fail "$driver: the fixture did not cache the settings"
    : >"$TMP/php.log"
    cx --env "$site/.env" --php "$TMP/php" run >/dev/null 2>&1 || fail "$driver: run failed"
    ! grep -q "cache:forget" "$TMP/php.log" || fail "$driver: cxcron booted Laravel to forget the cache"
    shown=$(cd "$site" && php artisan fixture:cache-settings)
    [ "$shown" = "$(sql "$DB_URL" "SELECT value FROM settings WHERE name = 'app_cron_last_run'")" ] && [ "$shown" != "2026-01-01 00:00:00" ] ||
        fail "$driver: the dashboard shows '$shown' as the last cron run"
done
note "6: file and database caches forgotten directly: the dashboard shows the new heartbeat"
pass "a real Laravel 8 site: order, zone, discover, the docs' accounts, the CMS's .env, the heartbeat"
