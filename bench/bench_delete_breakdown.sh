#!/usr/bin/env bash
# Where a MariaDB DELETE of prune's rows spends its time (docs/PERFORMANCE.md, "MariaDB's 15 s"):
# the statement, then InnoDB's purge, on a fresh copy of cron_logs with all its indexes, without
# the FULLTEXT index, without the six sort indexes too. ONLY_ALL=1: the first case alone.
#   PORT=35002 DB=scratch CUT='2026-03-14 12:00:00' bench/bench_delete_breakdown.sh
# (DB holds a cxcron schema whose cron_logs has the rows; CUT is prune's cut-off.)
set -euo pipefail
M="mariadb --no-defaults -h127.0.0.1 -P${PORT:-35002} -ucxcron -pcxcron ${DB:-p1m}"
hist() { $M -N -e "SELECT count FROM information_schema.innodb_metrics WHERE name='trx_rseg_history_len'"; }
waitpurge() { local b=$1; while [ "$(hist)" -gt "$b" ]; do sleep 0.05; done; }
run() {
  local label=$1; shift
  $M -e "DROP TABLE IF EXISTS raw; CREATE TABLE raw LIKE cron_logs;" 
  for s in "$@"; do $M -e "$s"; done
  $M -e "INSERT INTO raw SELECT * FROM cron_logs"
  waitpurge 0; local h; h=$(hist)
  local t0 t1 t2; t0=$(date +%s.%N)
  $M -e "DELETE FROM raw WHERE start_at < '${CUT}' AND state <> 'running' AND (state NOT IN ('failed','interrupted') OR start_at < '${CUT}')"
  t1=$(date +%s.%N); waitpurge "$h"; t2=$(date +%s.%N)
  echo "$label | statement $(echo "$t1-$t0"|bc) s | purge $(echo "$t2-$t1"|bc) s | total $(echo "$t2-$t0"|bc) s"
}
run "all indexes + FULLTEXT"
[ -n "${ONLY_ALL:-}" ] || run "no FULLTEXT" "ALTER TABLE raw DROP INDEX cron_logs_text"
[ -n "${ONLY_ALL:-}" ] || run "no FULLTEXT, no sort indexes" "ALTER TABLE raw DROP INDEX cron_logs_text, DROP INDEX cron_logs_name_end_at, DROP INDEX cron_logs_name_duration, DROP INDEX cron_logs_name_state, DROP INDEX cron_logs_name_trigger, DROP INDEX cron_logs_name_by, DROP INDEX cron_logs_name_host"
$M -e "DROP TABLE IF EXISTS raw"
