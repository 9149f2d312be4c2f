<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message>
        <source>Read the database settings from a CLIENTXCMS .env file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db (password from CXCRON_DB_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: fr or en (default: system locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of cron expressions (default: APP_TIMEZONE or system).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output (list, history, show, run, prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what the runner does on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: exit with code 1 when a due task failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only these states (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD[ HH:MM] or 7d, 12h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: at most this many rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only executions older than this id (paging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: text to find in output or exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: keep this many days (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: always keep the last N runs of each task (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: keep failures this many days (default: keep-days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: only this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: only count what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: rows per delete batch (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crontab: the system user of the jobs (default www-data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-db: where to create the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --env, --profile and --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is configured and the demo database %1 does not exist yet. Run &quot;cxcron demo-db&quot; or pass --env /path/to/clientxcms/.env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs and administers the recurring tasks of a CLIENTXCMS site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Try &quot;cxcron --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try &quot;cxcron --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># crontab (install with: crontab -e -u %1). Output goes to syslog through logger;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># use &gt;/dev/null 2&gt;&amp;1 instead to discard it, as the CMS documentation does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># --- or systemd: /etc/systemd/system/cxcron.service ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with: cxcron --database sqlite:%1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;history&quot; takes at most one task name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task &quot;%1&quot;. Known tasks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot; (running, success, failed, skipped, interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: --before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prune&quot; takes no argument; use --task to limit it to one task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch-size must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) would be deleted.</source>
        <translation>
            <numerusform>%n execution would be deleted.</numerusform>
            <numerusform>%n executions would be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;run&quot; takes at most one task name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;show&quot; needs one execution id, e.g. cxcron show 42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No execution with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:      %1, pid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Use YYYY-MM-DD, &quot;YYYY-MM-DD HH:MM&quot; or a relative age such as 7d, 12h, 30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number ≥ 0, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: enable the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: disable the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: new schedule (5m, 3h, 1d or a cron expression).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: timeout in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set: back to the built-in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;set&quot; needs one task name, e.g. cxcron set services:renewals --schedule 6h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --enable or --disable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back to its built-in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, timeout %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  run [TASK]        run the due tasks (crontab: every minute), or one task now
  list              tasks with schedule, last run, state and next due time
  history [TASK]    executions, newest first (--state, --since, --until, --limit, --before)
  show ID           one execution with its output or exception
  prune             delete old executions (--keep-days, --keep-last, --task, --dry-run)
  set TASK          change a task here: --enable, --disable, --schedule, --timeout, --reset
  crontab           print the crontab line and a systemd service/timer pair
  demo-db           create or refresh the SQLite demo database

Exit codes: 0 ok, 1 a task failed, 2 usage error, 3 configuration error,
4 connection failure, 5 database error, 6 not found, 7 task already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, list, history, show, prune, set, crontab or demo-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) deleted.</source>
        <translation>
            <numerusform>%n execution deleted.</numerusform>
            <numerusform>%n executions deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches: %1, longest %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CmsSchema</name>
    <message>
        <source>Cannot create the CMS tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CLIENTXCMS .env…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The .env file sets DB_CONNECTION=sqlite but no DB_DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported DB_CONNECTION &quot;%1&quot; in the .env file (expected mysql, mariadb or sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .env file names no database (DB_DATABASE or DB_NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_PORT &quot;%1&quot; in the .env file is not a valid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user:password@host:3306/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL does not include a database name (…/database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>empty list element in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid step in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cron expression &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day month weekday), got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Access denied to %1: check the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQLite database file is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the SQLite database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not return its clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new demo database to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>line %1: not a KEY=value assignment, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unterminated or malformed quoted value for %2, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the environment file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment file %1 is larger than 1 MiB; refusing to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Execution</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionDetailsDialog</name>
    <message>
        <source>Execution details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cxcron — CRON tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete old executions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 holds a database password but can be read by other users. Run: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown driver &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the port is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>No provisioning command is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the provisioning command %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) did not finish within %3 s and was killed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) crashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Delete old executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> latest runs per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search output and exceptions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention values must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The task threw an exception of an unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner process %1 on %2 ended before the run finished (crash, kill or reboot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end was recorded within the timeout (%1 s) plus grace; the runner on %2 was probably stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous run (#%1) is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown task &quot;%1&quot;. Known tasks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task %1 is already running (run #%2); try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task did not finish within its timeout of %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the interval must be between 1 minute and 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot update the database schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this cxcron understands (version %2). Upgrade cxcron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table cron_logs does not exist in this database. Run &quot;cxcron run&quot; once (or &quot;cxcron demo-db&quot;) to create it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to the database server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>Ignoring the stored schedule of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel stale invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels pending invoices left unpaid for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CMS tables (services, invoices, invoice_items) are missing: is the profile connected to a CLIENTXCMS v2 database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: hang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic failure requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic: large output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune the execution history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes old executions, keeping the last runs of every task and failures longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service #%1 of item #%2 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service #%1 renewed by item #%2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver paid invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the services of paid orders and extends renewed services, through each service type&apos;s provisioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue expiry reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues a reminder message for each service that expires in a configured number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends unpaid services past their expiry date, expires them after the grace period and ends cancelled services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the renewal invoice was not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create renewal invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues one renewal invoice for each service that expires soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of service #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of %1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) failed; first: %2</source>
        <translation>
            <numerusform>%n of %1 item failed; first: %2</numerusform>
            <numerusform>%n of %1 items failed; first: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ConnectionDialog</name>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENTXCMS .env file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host and a database name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::DurationChart</name>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ExecutionDetailsDialog</name>
    <message>
        <source>Loading execution #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution #%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::MainWindow</name>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run #%2 %3 in %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run #%2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cxcron — CRON tasks — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewModel</name>
    <message>
        <source>%1 runs in 7 days: %2 succeeded, %3 failed, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewWidget</name>
    <message>
        <source>⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user&apos;s crontab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.</source>
        <translation>
            <numerusform>⚠ Runner not seen for %n minute (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.</numerusform>
            <numerusform>⚠ Runner not seen for %n minutes (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::PruneDialog</name>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the executions to delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete: no execution is older than that outside the latest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) will be deleted. Running executions and the latest runs of each task are kept.</source>
        <translation>
            <numerusform>%Ln execution will be deleted. Running executions and the latest runs of each task are kept.</numerusform>
            <numerusform>%Ln executions will be deleted. Running executions and the latest runs of each task are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after deleting %Ln execution(s).</source>
        <translation>
            <numerusform>Cancelled after deleting %Ln execution.</numerusform>
            <numerusform>Cancelled after deleting %Ln executions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) deleted.</source>
        <translation>
            <numerusform>%Ln execution deleted.</numerusform>
            <numerusform>%Ln executions deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ReportFilterBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures (failed, interrupted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ReportTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::RunNowController</name>
    <message>
        <source>%1 is still running; wait for it to finish before starting another run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskReportWidget</name>
    <message numerus="yes">
        <source>%n execution(s) exported to %1</source>
        <translation>
            <numerusform>%n execution exported to %1</numerusform>
            <numerusform>%n executions exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) loaded</source>
        <translation>
            <numerusform>%n execution loaded</numerusform>
            <numerusform>%n executions loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 executions loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to see its executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
