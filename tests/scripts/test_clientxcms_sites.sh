#!/usr/bin/env bash
# cxcron on CLIENTXCMS sites, through the real binary as an administrator runs it:
#  v2 — MariaDB with v2's own table layout (tests/fixtures/clientxcms-v2-schema.sql) and a fake
#       CMS root whose `artisan` (php-cli) reproduces Laravel's console: `cxcron --env .env run`
#       runs v2's schedule in the CMS time zone, records each job, touches no CMS table's
#       definition and writes no CMS row but settings.app_cron_last_run (then asks the CMS to
#       forget its cached settings); discover/adopt, task add/edit/remove, history of a removed task.
#  v1 — Cron/index.php supervised as one task; the rows v1 wrote to cron_logs stay readable.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
unset CXCRON_DIAGNOSTIC_TASKS
FIXTURES="$(cd "$(dirname "$0")/../fixtures" && pwd)"

command -v php >/dev/null || {
    [ "${CXCRON_REQUIRE_MARIADB:-0}" = 1 ] && fail "php-cli is not installed (scripts/install-deps.sh installs it)"
    echo "SKIP: $SCRIPT_NAME: php-cli is not installed"
    exit 77
}
have_mariadb || { echo "SKIP: $SCRIPT_NAME: no MariaDB test server"; exit 77; }

# --- v2 -------------------------------------------------------------------------------------
fresh_maria_db cxcron_v2site
db=${DB_URL##*/}
mariadb --no-defaults -h127.0.0.1 -P"$DB_PORT" -u"$DB_USER" -p"$DB_PASS" "$db" <"$FIXTURES/clientxcms-v2-schema.sql"
sql "$DB_URL" "INSERT INTO settings (name, value) VALUES ('app_name', 'Hébergeur'), ('app_cron_last_run', '2026-01-01 00:00:00')"
cms_tables=$(sql "$DB_URL" "SHOW TABLES")
snapshot() { # definitions and contents of every CMS table, the settings rows but the heartbeat
    local t
    for t in $cms_tables; do
        sql "$DB_URL" "SHOW CREATE TABLE \`$t\`"
        [ "$t" = settings ] || sql "$DB_URL" "CHECKSUM TABLE \`$t\` EXTENDED"
    done
    sql "$DB_URL" "SELECT id, name, value FROM settings WHERE name <> 'app_cron_last_run' ORDER BY id"
}
snapshot >"$TMP/before"

site="$TMP/site"
cp -r "$FIXTURES/clientxcms-v2" "$site"
# CACHE_DRIVER=redis: a store only Laravel reaches, so the cached settings are forgotten through
# artisan (the file and database stores are handled directly: test_laravel_site.sh).
printf 'APP_NAME=CLIENTXCMS\nCACHE_DRIVER=redis\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_PORT=%s\nDB_DATABASE=%s\nDB_USERNAME=%s\nDB_PASSWORD=%s\nMAIL_FROM_NAME="${APP_NAME}"\n' \
    "$DB_PORT" "$db" "$DB_USER" "$DB_PASS" >"$site/.env"
chmod 600 "$site/.env"
export FAKE_ARTISAN_LOG="$TMP/artisan.log" FAKE_CACHE_LOG="$TMP/cache.log"
# Monday 2026-11-23 08:00 UTC = 09:00 in Paris (v2's zone when APP_TIMEZONE is unset).
rc=0
CXCRON_NOW="2026-11-23 08:00:00" cx --env "$site/.env" run >"$TMP/run.out" 2>"$TMP/run.err" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/run.err" >&2; fail "cxcron --env run exited $rc"; }
state() { sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = '$1' ORDER BY id DESC LIMIT 1"; }
[ "$(state invoices:delivery)" = success ] || fail "invoices:delivery: $(state invoices:delivery)"
[ "$(state services:expire)" = partial ] || fail "services:expire (error lines, exit 0): $(state services:expire)"
[ "$(state services:renewals)" = failed ] || fail "services:renewals (exception): $(state services:renewals)"
[ "$(state services:notify-expiration)" = success ] || fail "services:notify-expiration is due at 09:00 Paris: $(state services:notify-expiration)"
[ -z "$(state clientxcms:purge-metadata)" ] || fail "purge-metadata (Monday 00:00) ran at first install, hours after its slot"
[ -z "$(state clientxcms:helpdesk-close)" ] || fail "helpdesk-close (12:00) ran at 09:00"
cls=$(sql "$DB_URL" "SELECT exception FROM cron_logs WHERE name = 'services:renewals'")
case $cls in "UncaughtException: No pricing found for service 42") ;; *) fail "renewals exception: $cls" ;; esac
grep -q '"argv":\["invoices:delivery","--ansi"\]' "$TMP/artisan.log" || fail "not run as php artisan invoices:delivery --ansi: $(cat "$TMP/artisan.log")"
grep -qF "\"cwd\":\"${site//\//\\/}\"" "$TMP/artisan.log" || fail "not run in the CMS root: $(head -1 "$TMP/artisan.log")"
grep -qx settings "$TMP/cache.log" || fail "the CMS was not asked to forget its cached settings"
heartbeat=$(sql "$DB_URL" "SELECT value FROM settings WHERE name = 'app_cron_last_run'")
case $heartbeat in "2026-11-23 09:00:"*) ;; *) fail "app_cron_last_run is '$heartbeat', expected 2026-11-23 09:00:xx (Paris)" ;; esac
# Every other task that is on by default for a v2 site, run now.
for task in $(cx --env "$site/.env" list --json | python3 -c '
import json, sys
doc = json.load(sys.stdin)
for t in (doc["tasks"] if isinstance(doc, dict) else doc):
    if t["enabled"]:
        print(t["name"])'); do
    rc=0
    cx --env "$site/.env" run "$task" >/dev/null 2>&1 || rc=$?
    [ "$rc" -le 1 ] || fail "run $task exited $rc"
done
[ "$(sql "$DB_URL" "SELECT COUNT(DISTINCT name) FROM cron_logs")" -ge 10 ] || fail "not every task ran"
snapshot >"$TMP/after"
diff -u "$TMP/before" "$TMP/after" >&2 || fail "a CMS table's definition or rows changed"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM settings WHERE name = 'app_cron_last_run'")" = 1 ] || fail "two heartbeat rows"
extra=$(comm -13 <(echo "$cms_tables" | sort) <(sql "$DB_URL" "SHOW TABLES" | sort) | grep -v -E '^(cron_logs|cxcron_.*)$' || true)
[ -z "$extra" ] || fail "cxcron created CMS tables: $extra"
note "v2: $(wc -l <"$TMP/artisan.log") artisan runs; CMS tables unchanged; heartbeat $heartbeat; cache forgotten"

# Native tasks are listed but off on a real CMS; the v2 jobs are on.
cx --env "$site/.env" list --json >"$TMP/list.json"
python3 - "$TMP/list.json" <<'PY' || fail "list --json: natives must be off, v2 jobs on"
import json, sys
doc = json.load(open(sys.argv[1]))
rows = doc["tasks"] if isinstance(doc, dict) else doc
tasks = {t["name"]: t for t in rows}
assert tasks["services:expire"]["enabled"] is True
assert tasks["invoices:cancel-stale"]["enabled"] is False
assert tasks["history:prune"]["enabled"] is True
PY

# Modules' jobs: discovered from the CMS, adopted on request.
cx --env "$site/.env" discover >"$TMP/discover.out" || fail "discover failed"
grep -q "pterodactyl:sync" "$TMP/discover.out" || fail "discover does not list the module's job"
cx --env "$site/.env" discover --adopt pterodactyl:sync >/dev/null || fail "discover --adopt failed"
cx --env "$site/.env" task list | grep -E "^pterodactyl:sync +\*/15 \* \* \* \*" >/dev/null || fail "adopted job not a task: $(cx --env "$site/.env" task list)"

# The administrator's own command; its secret stays out of listings; its history outlives it.
cx --env "$site/.env" task add backup --schedule 1h --timeout 60 --env API_TOKEN=s3cr3t-t0ken --env MODE=full \
    -- /bin/sh -c 'echo "backup $MODE done"; echo "disk almost full" >&2' >/dev/null || fail "task add failed"
cx --env "$site/.env" task list --json | grep -q "s3cr3t-t0ken" && fail "task list shows the token"
rc=0
cx --env "$site/.env" run backup >"$TMP/backup.out" 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "run backup (stderr line, exit 0 = partial) exited $rc"
id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'backup'")
cx --env "$site/.env" show "$id" | grep -q "^! disk almost full" || fail "show does not mark the error line"
cx --env "$site/.env" show "$id" | grep -q "backup full done" || fail "show lacks the output"
cx --env "$site/.env" task edit backup --schedule 6h >/dev/null || fail "task edit failed"
cx --env "$site/.env" task remove backup >/dev/null || fail "task remove failed"
cx --env "$site/.env" history backup | grep -q "$id" || fail "the removed task's history is gone"
# Bad input: clear messages, distinct exit codes, nothing stored.
rc=0; cx --env "$site/.env" task add nothing --schedule 1h 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "task add without a program exited $rc"
rc=0; cx --env "$site/.env" task add bad --schedule 'every tuesday' -- /bin/true 2>/dev/null || rc=$?
[ "$rc" = 2 ] || fail "task add with a bad schedule exited $rc"
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_tasks WHERE name IN ('nothing', 'bad')")" = 0 ] || fail "a refused task was stored"
rc=0; cx --env "$site/.env" --php /nonexistent/php8.3 run invoices:delivery >/dev/null 2>"$TMP/php.err" || rc=$?
[ "$rc" = 1 ] || fail "a missing PHP binary exited $rc"
grep -q "/nonexistent/php8.3" "$TMP/php.err" || fail "no clear message for a missing PHP: $(cat "$TMP/php.err")"
note "v2: discover/adopt, task add/edit/remove, history of a removed task, bad input"

# --- v1 -------------------------------------------------------------------------------------
v1db="$TMP/v1.sqlite"
sql_lite "$v1db" "CREATE TABLE cron_logs (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, start_at TEXT, end_at TEXT,
    state INTEGER, output TEXT, exception TEXT, created_at TEXT, updated_at TEXT);
  INSERT INTO cron_logs (name, start_at, end_at, state, output, exception) VALUES
    ('order-delivery', '2024-03-01 10:00:00', '2024-03-01 10:00:01', 1, '{\"delivered\":2}', NULL),
    ('expire', '2024-03-01 10:00:01', '2024-03-01 10:00:02', 0, NULL, 'PDOException: Connection refused');"
rc=0
cx --cms-root "$FIXTURES/clientxcms-v1" --database "sqlite:$v1db" run >"$TMP/v1.out" 2>"$TMP/v1.err" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/v1.err" >&2; fail "v1 run exited $rc"; }
[ "$(sql_lite "$v1db" "SELECT state FROM cron_logs WHERE name = 'clientxcms:v1-cron'")" = success ] ||
    fail "Cron/index.php was not supervised: $(cat "$TMP/v1.out" "$TMP/v1.err")"
cx --database "sqlite:$v1db" history order-delivery | grep -q "order-delivery" || fail "v1's own rows are not listed"
cx --database "sqlite:$v1db" show 2 | grep -q "PDOException: Connection refused" || fail "v1's failure is not readable"
cx --database "sqlite:$v1db" history expire --state failed | grep -q expire || fail "v1's boolean state is not read as failed"
pass "v2 site on v2's layout (schedule, states, no CMS change, heartbeat, discover, tasks) and v1 site"
