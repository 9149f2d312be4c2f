-- The same 10,000,000 rows for MariaDB: mariadb … SCRATCH_DB < bench/seed_10m_mariadb.sql
SET SESSION max_recursive_iterations = 100000000;
SET time_zone = '+00:00';
INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, output, exception, exception_class, duration_ms, manual, trigger_kind, triggered_by, host, pid)
WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < 9999999)
SELECT 'bench:task', FROM_UNIXTIME(1150000000 + n * 60),
 FROM_UNIXTIME(1150000000 + n * 60),
 CASE WHEN n % 1000 = 7 THEN NULL ELSE FROM_UNIXTIME(1150000000 + n * 60 + ((n * 7919) % 30000) / 1000.0) END,
 CASE WHEN n % 1000 = 7 THEN 'running' WHEN n % 97 = 0 THEN 'failed' ELSE 'success' END,
 CONCAT('{"n":', n, '}'),
 CASE WHEN n % 97 = 0 THEN CONCAT('BenchError: item ', n) END,
 CASE WHEN n % 97 = 0 THEN 'BenchError' END,
 CASE WHEN n % 1000 = 7 THEN NULL ELSE (n * 7919) % 30000 END,
 0, 'schedule', 'www-data', 'bench', 1 FROM seq;
