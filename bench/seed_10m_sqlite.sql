-- 10,000,000 runs of one task for bench_gui_report --file / bench_export.sh (docs/PERFORMANCE.md):
-- one a minute, every 97th failed (BenchError: item N), every 1000th still running (NULL end, duration).
-- Run on a database whose cron_logs exists (e.g. after cxcron list): sqlite3 FILE < bench/seed_10m_sqlite.sql
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
BEGIN;
WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 9999999)
INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, output, exception, exception_class, duration_ms, manual, trigger_kind, triggered_by, host, pid)
SELECT 'bench:task', strftime('%Y-%m-%d %H:%M:%S', 1150000000 + n * 60, 'unixepoch'),
 strftime('%Y-%m-%d %H:%M:%f', 1150000000 + n * 60, 'unixepoch'),
 CASE WHEN n % 1000 = 7 THEN NULL ELSE strftime('%Y-%m-%d %H:%M:%f', 1150000000 + n * 60 + ((n * 7919) % 30000) / 1000.0, 'unixepoch') END,
 CASE WHEN n % 1000 = 7 THEN 'running' WHEN n % 97 = 0 THEN 'failed' ELSE 'success' END,
 '{"n":' || n || '}',
 CASE WHEN n % 97 = 0 THEN 'BenchError: item ' || n END,
 CASE WHEN n % 97 = 0 THEN 'BenchError' END,
 CASE WHEN n % 1000 = 7 THEN NULL ELSE (n * 7919) % 30000 END,
 0, 'schedule', 'www-data', 'bench', 1 FROM seq;
COMMIT;
