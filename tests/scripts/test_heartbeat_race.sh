#!/usr/bin/env bash
# The CMS dashboard heartbeat (settings.app_cron_last_run) under concurrent runners. A real
# CLIENTXCMS `settings` table may have no UNIQUE index on `name`, and cxcron changes no CMS table:
# 32 `cxcron run` processes started at once must still leave exactly one row, in every round,
# written in the CMS time zone (app_timezone) as Y-m-d H:i:s. Catches an "UPDATE, else INSERT"
# without a critical section (two runners both find no row and both insert).
# MariaDB (the fixture server) and SQLite; CXCRON_HEARTBEAT_ROUNDS (default 6), _RUNNERS (32).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

rounds=${CXCRON_HEARTBEAT_ROUNDS:-6}
runners=${CXCRON_HEARTBEAT_RUNNERS:-32}
export CXCRON_DIAG_ENABLE=none # no task is due: each run is schema check + heartbeat only
now="2026-07-14 10:00:00"      # 12:00:00 in Europe/Paris (CEST)

settings_table() {
    local url=$1
    case $url in
    sqlite:*) sql "$url" "CREATE TABLE settings (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(255) NOT NULL,
                          value TEXT NOT NULL, created_at DATETIME NULL, updated_at DATETIME NULL)" ;;
    *) sql "$url" "CREATE TABLE settings (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                   name VARCHAR(255) NOT NULL, value TEXT NOT NULL, created_at TIMESTAMP NULL DEFAULT NULL,
                   updated_at TIMESTAMP NULL DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" ;;
    esac
    sql "$url" "INSERT INTO settings (name, value) VALUES ('app_timezone', 'Europe/Paris')"
}

summary=()
for backend in $(backends); do
    fresh_db "$backend" cxcron_heartbeat
    settings_table "$DB_URL"
    cx --database "$DB_URL" migrate >/dev/null # schema created once, outside the race
    for ((r = 1; r <= rounds; r++)); do
        sql "$DB_URL" "DELETE FROM settings WHERE name = 'app_cron_last_run'"
        pids=()
        for ((i = 1; i <= runners; i++)); do
            CXCRON_NOW="$now" CXCRON_HOSTNAME="hb-$i" timeout 120 "$CXCRON_BINARY" --database "$DB_URL" run \
                >"$TMP/hb-$i.out" 2>"$TMP/hb-$i.err" &
            pids+=($!)
        done
        bad=0
        for pid in "${pids[@]}"; do wait "$pid" || bad=$((bad + 1)); done
        [ "$bad" = 0 ] || { cat "$TMP"/hb-*.err >&2; fail "$backend round $r: $bad runner(s) failed"; }
        if grep -l "app_cron_last_run" "$TMP"/hb-*.err >/dev/null 2>&1; then
            cat "$TMP"/hb-*.err >&2
            fail "$backend round $r: a runner could not write the heartbeat"
        fi
        count=$(sql "$DB_URL" "SELECT COUNT(*) FROM settings WHERE name = 'app_cron_last_run'")
        [ "$count" = 1 ] || fail "$backend round $r: $runners concurrent runners left $count app_cron_last_run rows"
        value=$(sql "$DB_URL" "SELECT value FROM settings WHERE name = 'app_cron_last_run'")
        [ "$value" = "2026-07-14 12:00:00" ] || fail "$backend round $r: app_cron_last_run is '$value', expected the CMS local time 2026-07-14 12:00:00"
    done
    summary+=("$backend: $rounds rounds x $runners runners, one row each")
done
pass "${summary[*]}"
