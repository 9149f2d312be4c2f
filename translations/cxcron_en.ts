<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AlertMessage</name>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed with errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[cxcron] %1 failed on %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>[cxcron] %1 is still failing (%n failure(s) in a row)</source>
        <translation>
            <numerusform>[cxcron] %1 is still failing (%n failure in a row)</numerusform>
            <numerusform>[cxcron] %1 is still failing (%n failures in a row)</numerusform>
        </translation>
    </message>
    <message>
        <source>[cxcron] %1 recovered</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>[cxcron] %1: %n run(s) in a row skipped, the previous run still going</source>
        <translation>
            <numerusform>[cxcron] %1: %n run skipped, the previous run still going</numerusform>
            <numerusform>[cxcron] %1: %n runs in a row skipped, the previous run still going</numerusform>
        </translation>
    </message>
    <message>
        <source>[cxcron] %1 is much slower than usual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[cxcron] Test alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The task %1 is still failing: %n failure(s) in a row since %2.</source>
        <translation>
            <numerusform>The task %1 is still failing: %n failure in a row since %2.</numerusform>
            <numerusform>The task %1 is still failing: %n failures in a row since %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task %1 succeeded again after %n failure(s) in a row (since %2).</source>
        <translation>
            <numerusform>The task %1 succeeded again after %n failure (since %2).</numerusform>
            <numerusform>The task %1 succeeded again after %n failures in a row (since %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled run(s) of %1 in a row were skipped because the previous run was still going (since %2).</source>
        <translation>
            <numerusform>%n scheduled run of %1 was skipped because the previous run was still going (since %2).</numerusform>
            <numerusform>%n scheduled runs of %1 in a row were skipped because the previous run was still going (since %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The task %1 took %2, its usual duration is %3 (median of its last successes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a test of a cxcron alert rule: if you read it, the rule works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution: #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full output and trace: cxcron show %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Give at least one e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most 50 addresses per rule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed SMTP server URL; expected smtp://[user@]host[:port] or smtps://[user@]host[:port].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not put the SMTP password in the URL: it would be stored in the database. Set MAIL_PASSWORD in the .env or the environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed URL "%1": expected http://… or https://….</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder interval must be between 1 and 720 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert rule #%1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profiles file (default: %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language of messages: fr or en (default: system locale).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Machine-readable JSON output (list, history, show, run, prune).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log what the runner does on stderr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run: exit with code 1 when a due task failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: only these states (comma-separated).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD[ HH:MM] or 7d, 12h).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: before this date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: at most this many rows (default 50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: only executions older than this id (paging).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: keep this many days (default 15).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: always keep the last N runs of each task (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: keep failures this many days (default: keep-days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: only this task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: only count what would be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prune: rows per delete batch (default 5000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crontab: the system user of the jobs (default www-data).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo-db: where to create the demo database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use only one of --env, --profile and --database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database is configured and the demo database %1 does not exist yet. Run "cxcron demo-db" or pass --env /path/to/clientxcms/.env.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs and administers the recurring tasks of a CLIENTXCMS site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given. Try "cxcron --help".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command "%1". Try "cxcron --help".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown time zone "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) ---</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo database ready: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use it with: cxcron --database sqlite:%1 run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"history" takes at most one task name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown task "%1". Known tasks: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TASK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>END</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TRIGGER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More: --before %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST RUN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"prune" takes no argument; use --task to limit it to one task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--batch-size must be at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n execution(s) would be deleted.</source>
        <translation>
            <numerusform>%n execution would be deleted.</numerusform>
            <numerusform>%n executions would be deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>"run" takes at most one task name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"show" needs one execution id, e.g. cxcron show 42.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No execution with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution #%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:     %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start:     %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End:       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger:   %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:      %1, pid %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a date. Use YYYY-MM-DD, "YYYY-MM-DD HH:MM" or a relative age such as 7d, 12h, 30m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a whole number ≥ 0, not "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: enable the task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: disable the task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: new schedule (5m, 3h, 1d or a cron expression).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: timeout in seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: back to the built-in settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use --enable or --disable, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is back to its built-in settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2, %3, timeout %4 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 %2: %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alert %1" needs one rule id, e.g. cxcron alert %1 3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 does not apply to %2 rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cxcron alert add email ADDRESS… | webhook URL [--format generic|discord|slack] | ping URL [--task TASK] [--lang fr|en]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown alert kind "%1": use email, webhook or ping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A %1 rule takes exactly one URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown webhook format "%1": use generic, discord or slack.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert rule #%1 added: %2 %3, task %4, language %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert rule. Add one with "cxcron alert add email ADDRESS".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST SENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PENDING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alert rule #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test alert of rule #%1 could not be sent: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test alert of rule #%1 sent to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alert" needs add, list, remove or test, e.g. cxcron alert add email admin@example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"alert list" takes no argument.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert rule #%1 removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the database settings from a CLIENTXCMS .env file; its folder is the CMS root whose commands (php artisan …) the tasks run. With "task add/edit": KEY=VALUE sets a variable of the task's environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CLIENTXCMS folder (with artisan, or v1's Cron/index.php), when --env is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PHP binary for the CMS's commands (default: CXCRON_PHP, else php).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run: how many due tasks may run at once (default 4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task add/edit: a display title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task add/edit: working directory of the program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task add/edit: run PROGRAM as a /bin/sh command line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discover: adopt this scheduled job as a task (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>discover: adopt every job that is not a task yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db[?tls=1] (password from CXCRON_DB_PASSWORD: a password in the URL shows in ps).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: CSV output, with output and exception (--limit 0: every row).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history --csv: field separator (default ','; "locale": ';' where the decimal separator is a comma; "tab").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>char</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history --csv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert add webhook: generic, discord or slack (default generic).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert add: remind of a task still failing at most every N hours (default 6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert add email: SMTP server smtp://[user@]host[:port] or smtps://… instead of the .env's MAIL_HOST (password from MAIL_PASSWORD or CXCRON_SMTP_PASSWORD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert add email: sender address (default MAIL_FROM_ADDRESS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run: at most this many seconds for sending alerts after the runs (default 10, 0 = none).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metrics: write to this file atomically instead of stdout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password in --database can be seen by other users of this machine (ps, /proc) while cxcron starts; put it in CXCRON_DB_PASSWORD or use --env / --profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CMS folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user@host:3306/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># The database password is not written below. Put it in %1, readable only by %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># (or use --env /path/to/clientxcms/.env or --profile NAME instead of --database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"discover" asks a CLIENTXCMS v2 site for its schedule: pass --env /path/to/clientxcms/.env (or --cms-root) on the web server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>php artisan schedule:list failed (exit code %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CMS schedules no job "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not a task: --adopt %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cannot be adopted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron's tables are up to date (schema version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron's tables upgraded from schema version %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--separator takes one character (for example ; or ,), "tab" or "locale".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"metrics" takes no argument; use --output FILE to write a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--parallel must be between 1 and 64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"set" needs one task name, e.g. cxcron set services:expire --schedule 5m.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signal:    %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output (error lines marked with !):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 — %3, timeout %4 s, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stored tasks. Add one with: cxcron task add NAME --schedule 1h -- PROGRAM [ARGS...]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ORIGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COMMAND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: cxcron task add NAME --schedule S [--timeout N] [--cwd DIR] [--env KEY=VALUE]... [--shell] -- PROGRAM [ARGS...] | task edit NAME [options] [-- PROGRAM [ARGS...]] | task remove NAME | task list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"task %1" needs a task name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"task remove" takes one task name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task %1 removed. Its history stays: cxcron history %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"task add" needs the program to run, after --: cxcron task add %1 --schedule 1h -- /path/to/program ARGS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"task add" needs --schedule (5m, 3h, 1d or a cron expression).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a built-in task: change its schedule, timeout or state with "cxcron set %1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stored task named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--shell goes with a new program after --.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task updated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"cancel" needs one execution id, e.g. cxcron cancel 42.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution #%1 (%2) is not running: it ended as %3; nothing to cancel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel of execution #%1 (%2, running on %3) requested; its runner stops it within a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show: print a running execution's output as it comes, until it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Following execution #%1 until it ends (Ctrl+C stops following, not the run).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[… more lines than the live tail holds …]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history: text to find in output, exception or trace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone of cron expressions (default: Europe/Paris on a CLIENTXCMS v2 site, which ignores APP_TIMEZONE; else APP_TIMEZONE of --env, else the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: let this CMS job run at the same time as the CMS's other jobs of its minute (default: one after the other, in the Kernel's order, as schedule:run does).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set: run this CMS job one after the other with the CMS's other jobs (the default).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown language "%1": use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid id or number here: ids and counts are positive, e.g. cxcron cancel 42.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try "%1 --help".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timezone needs a time zone name such as Europe/Paris or UTC, not "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run the due tasks (crontab: every minute), or one task now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs the tasks that are due, side by side, and records each execution in cron_logs. Called every minute by cron or the systemd timer. With TASK, runs that task now whatever its schedule (never twice at once). Exit code 1 means a task failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tasks with schedule, last run, state and next due time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists every task with its schedule, its last run and state, and when it is due next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>executions, newest first, filtered; JSON or CSV export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists executions, newest first, of every task or of TASK. --json and --csv stream any number of rows (--limit 0: all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one execution with its output or exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shows one execution in full: command, exit code or signal, output with its error lines marked, exception and trace. --follow prints a running execution's output as it comes, until it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop a running execution, wherever it runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asks the runner of a running execution to stop it; the runner, on whichever host it is, stops it within seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete old executions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes old executions in batches, never a running one, and always keeps the last runs of each task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enable, disable or reschedule a task on this installation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overrides a task's settings for this installation: enable or disable it, change its schedule or timeout, or go back to its built-in settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add, edit, remove or list the tasks that run a program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manages the tasks that run a program: PROGRAM and its arguments follow "--", or a /bin/sh command line with --shell. --env KEY=VALUE sets a variable of the task's environment (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CMS's scheduled jobs, and adopt them as tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists the CMS's scheduled jobs (php artisan schedule:list) beside the tasks that run them; --adopt NAME or --all makes them tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create or upgrade cxcron's own tables, then exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates or upgrades cxcron's own tables (never a CMS table), then exits: the one step that needs the CREATE and ALTER grants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print the crontab line and the systemd units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the crontab line and the systemd timer and units for this binary and these connection options, with absolute paths and without any password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create or refresh the SQLite demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates or refreshes, atomically, a SQLite database with demonstration tasks and history; the other commands use it when no database is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alert rules: e-mail, webhook, healthchecks-style ping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manages the alert rules that "cxcron run" applies after its runs: an e-mail, a webhook (generic, Discord, Slack) or a ping URL when a task fails, and when it recovers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>task metrics in the Prometheus text format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prints the tasks' metrics in the Prometheus text format, or writes them atomically to a file for node_exporter's textfile collector.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [arguments]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options of every command:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's own options and examples; "man cxcron" the whole manual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a task failed, 2 usage error, 3 configuration error,
4 connection failure, 5 database error, 6 not found, 7 task already running or database busy,
8 the output could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># crontab (install with: crontab -e -u %1). Output and failures go to syslog (journalctl -t cxcron).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># systemd reads the password from %1 (CXCRON_DB_PASSWORD=…, mode 600).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># --- or systemd: /etc/systemd/system/cxcron-run@.service ---</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron did not understand what "php artisan schedule:list" printed, so it cannot tell which jobs the CMS schedules; nothing was adopted. Its first lines:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule:list printed a line that is not a job: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The installation's runners now read schedules in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown state "%1" (running, success, partial, failed, skipped, interrupted, cancelled).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron's tables are missing or older than this cxcron (schema version %1, needs %2): run "cxcron migrate" (or "cxcron run") once with an account that may create them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use --side-by-side or --in-order, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of the CMS's scheduled jobs: it never waits for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now runs side by side with the CMS's other jobs of its minute: it may act on rows they are changing (see docs/CLIENTXCMS-V2.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now runs one after the other with the CMS's other jobs, in the Kernel's order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" reaches back before 1970. Give a shorter age or a date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--schedule "%1" has spaces, tabs or line breaks around its fields: write it as 5m, 1d or a cron expression with single spaces, e.g. "*/5 * * * *".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientXcms</name>
    <message>
        <source>Deliver paid orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create renewal invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close inactive support tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete stale pending invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purge orphan metadata</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purge old baskets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLIENTXCMS v1 cron (Cron/index.php)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CmsSchema</name>
    <message>
        <source>Cannot create the CMS tables: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandTask</name>
    <message>
        <source>%1 runs in the CLIENTXCMS folder, and this host has none: run cxcron with --env /path/to/clientxcms/.env (or --cms-root).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no artisan file in %1: is it the root folder of a CLIENTXCMS v2 site?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIGTERM, then SIGKILL after %1 s because it did not stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command ran past its timeout and was stopped (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was stopped (%1) because another host declared this run dead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was cancelled; the command was stopped (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was killed by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The command succeeded but printed %n error line(s): %1</source>
        <translation>
            <numerusform>The command succeeded but printed %n error line: %1</numerusform>
            <numerusform>The command succeeded but printed %n error lines: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SIGTERM; it then exited with code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was stopped (%1) because the run's lease could not be renewed in time (database unreachable, or the runner stopped): another host may now run the task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was stopped (%1) because the runner was asked to end.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected to %1, but this database has no cxcron tables yet (cron_logs). cxcron creates them when it connects: check that this is the CLIENTXCMS database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was set up by a newer cxcron (schema %2; this one knows %3): update cxcron.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1, but the account cannot write to it (%2): the history can be viewed, but Run now and task changes will fail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo database will be created at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite file %1 does not exist: cxcron would create an empty database there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CLIENTXCMS .env…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect through SSH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database host and port above are then seen from the SSH server (usually 127.0.0.1:3306). Key file or ssh-agent only: no SSH password is ever asked or stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>web.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the ssh-agent and ~/.ssh keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known hosts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import .env over SSH…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The .env file sets DB_CONNECTION=sqlite but no DB_DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported DB_CONNECTION "%1" in the .env file (expected mysql, mariadb or sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The .env file names no database (DB_DATABASE or DB_NAME).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DB_PORT "%1" in the .env file is not a valid port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL "%1" names no SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL does not include a database name (…/database).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL has tls=%1: use tls=1 (encrypted, server certificate verified), tls=require (encrypted, not verified) or tls=0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user@host:3306/database with the password in CXCRON_DB_PASSWORD (or --env / --profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL has a malformed IPv6 host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL has an invalid port "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL sets tls-ca but also tls=0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL has ssh=%1: use ssh=user@host or ssh=user@host:port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option "%1" in the database URL (known: socket, charset, tls, tls-ca, timezone, ssh, ssh-key, ssh-known-hosts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL sets ssh-key or ssh-known-hosts but no ssh=user@host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A SQLite database URL takes no user or password: use sqlite:/path/file.sqlite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL gives %1 an empty value: give it one, or leave the option out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL gives %1 more than once: give each option once.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>empty list element in "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid step in "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a number or a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is out of range %2-%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid cron expression "%1": %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 5 fields (minute hour day month weekday), got %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date matches it in the next years (e.g. 30 February): the task would never run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"?" may stand for one day field, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": names cannot take a step (Laravel reads them as 0); write numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": L and W stand alone in the day of the month (L, 15W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": in n#k, k goes from 1 to 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": write nL (last n of the month) or n#k (k-th n of the month)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Access denied to %1: check the user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database "%1" does not exist on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-sqlite).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SQLite database file is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of the SQLite database %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database did not return its clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access denied to the database "%1" on %2: it does not exist or the user has no rights on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access denied to %1: check the user name and password; if the account requires TLS (REQUIRE SSL), add ?tls=1 to the URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check that the server has TLS enabled and that its certificate is signed by the CA given in tls-ca (or a CA of the system store).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tls=1 verifies the server certificate, but no tls-ca is given and no system CA bundle was found (Debian: apt-get install ca-certificates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificate %1 (tls-ca) does not exist or cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificate path %1 (tls-ca) must not contain ';'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The URL asks for TLS on the Unix socket %1, where the server does not encrypt: connect by host and port for TLS, or drop tls (a local socket never leaves the machine).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 is not encrypted although the URL asks for TLS: the server has TLS disabled (have_ssl). Enable TLS on the server; cxcron does not fall back to plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH tunnel to %1 works, but nothing answered on %2 from there: is the database server listening on that address of the SSH server?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server's certificate must be signed by the CA given in tls-ca (or a CA of the system store) and name the host %3 (its subjectAltName); cxcron sent no credentials.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot move the new demo database to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnvExposure</name>
    <message>
        <source>%1 (the CMS's .env, with its database password) can be read by every user of this machine. Run: chmod o-r %1 (the web server and cxcron only need the owner or the group).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>line %1: not a KEY=value assignment, ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: unterminated or malformed quoted value for %2, ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the environment file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment file %1 is larger than 1 MiB; refusing to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment file %1 is not a regular file (a device, FIFO, socket or folder); refusing to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment file %1 holds a NUL byte (line %2): it is not a text .env file; refusing to read it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Execution</name>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed with errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExecutionDetailsDialog</name>
    <message>
        <source>Execution details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start / end:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result (tree)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result (text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the whole output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped at its timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped: cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the runner of this execution, on whatever host, to stop it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>The search text has %1 characters; at most %2 are accepted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cxcron — CRON tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete old executions…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutputCapture</name>
    <message numerus="yes">
        <source>[… %n line(s) omitted …]</source>
        <translation>
            <numerusform>[… %n line omitted …]</numerusform>
            <numerusform>[… %n lines omitted …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessSupervisor</name>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working directory %1 cannot be entered (permission denied).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program "%1" was not found (not in PATH).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program %1 is not executable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron-shim was not found (looked beside %1 and in %2); reinstall cxcron.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the run's private files in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the pipes for the command's output: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 holds a database password but can be read by other users. Run: chmod 600 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration file %1 is corrupt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No profile named "%1" in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile "%1": unknown driver "%2".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile "%1": the port is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile "%1": the SSH port is not valid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>No provisioning command is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the provisioning command %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provisioning command %1 (%2) did not finish within %3 s and was killed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provisioning command %1 (%2) crashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provisioning command %1 (%2) was stopped because the run was stopped.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Delete old executions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> latest runs per task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This task only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cxcron was built without keychain support</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveredEnd</name>
    <message>
        <source>The runner process %1 on %2 ended after the command but before recording its end; the exit status comes from the run's exit file, and only the last lines shown live were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command was killed by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search output, exceptions and traces…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention values must be positive numbers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunNowController</name>
    <message>
        <source>%1 could not run: the database is locked by another program (probably a "cxcron run" in progress). Try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not run: the database connection was lost (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was cancelled, but its end could not be recorded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The task threw an exception of an unknown type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runner process %1 on %2 ended before the run finished (crash, kill or reboot).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous run (#%1) is still running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown task "%1". Known tasks: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task %1 is already running (run #%2); try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task did not stop within the grace after it was asked to (%1); whether its last changes were saved is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeout of %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was stopped because another host declared it dead (its lease was lost).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runner on %1 stopped renewing the run's lease (last renewal expired %2 UTC); it was probably stopped or lost its database connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run on %1 holds no lease and recorded no end; its runner was probably stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the stop request: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cancelled by %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n process(es) it had left were stopped.</source>
        <translation>
            <numerusform>%n process it had left was stopped.</numerusform>
            <numerusform>%n processes it had left were stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run had already been recorded as ended; it actually ended as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not committed: the run's lease could not be renewed in time, so another host may have taken the task over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not committed: another host declared this run dead and took its lease.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The task did not finish within its timeout of %1 s and was stopped; the item it was working on was rolled back, items already done stay done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was cancelled by %1; the item it was working on was rolled back, items already done stay done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was stopped because its lease could not be renewed in time (database unreachable): another host may now run the task.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was stopped because the runner was asked to end (SIGTERM, SIGINT or SIGHUP).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Invalid schedule "%1": the interval must be between 1 minute and 366 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cron: %1</source>
        <translation type="unfinished" />
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
    <name>ScheduleZone</name>
    <message>
        <source>This runner would read schedules in %1, but this installation's runners read them in %2 (recorded in the database); runners in different zones would run daily tasks at different times. Use --timezone %2, or change the installation's zone with "cxcron migrate --timezone %1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot update the database schema: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database schema (version %1) is newer than this cxcron understands (version %2). Upgrade cxcron.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The table cron_logs does not exist in this database. Run "cxcron run" once (or "cxcron demo-db") to create it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>A single quote (') is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A double quote (") is not closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost the connection to the database server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding the database %1 is full: free some space there (the write that failed was rolled back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy: another session kept the rows this needs locked longer than the server's lock wait timeout (innodb_lock_wait_timeout); try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is busy: another cxcron process (a runner, the desktop application) or another program kept it locked for writing for more than %2 s; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>ssh ended without a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the ssh-agent's keys and the default keys of ~/.ssh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No SSH server is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The known hosts file name must not contain '"'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh cannot use the key file %1: its name contains '%', which ssh reads as a token. Rename the file or link it under another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of the SSH server %1 has CHANGED since it was recorded in %2. Someone may be intercepting the connection, or the server was reinstalled. cxcron does not connect. Ask the server's administrator for its key fingerprint; only if it matches, remove the old key (ssh-keygen -R %3 -f %2) and connect again to accept the new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH server %1 is not known yet (its host key is not in %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its key could not be read (ssh-keyscan failed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its %1 key fingerprint is %2. Compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub, run on the server) before accepting it (Test connection in cxcron-gui offers to; or connect once with ssh and answer yes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh refuses the key file %1 because other users can read it. Run: chmod 600 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH server %1 refused the login with %2. Check the user name and that the public key is in ~/.ssh/authorized_keys on the server; a key protected by a passphrase must be loaded into ssh-agent (ssh-add): cxcron never asks for a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH server %1 refused the connection: nothing listens on port %2 there, or a firewall rejects it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the SSH server %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh could not open the tunnel through %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file to read on the SSH server is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install openssh-client).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading %1 on %2 took more than %n seconds.</source>
        <translation>
            <numerusform>Reading %1 on %2 took more than %n seconds.</numerusform>
            <numerusform>Reading %1 on %2 took more than %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 1 MiB: not a .env file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SshHostKeys</name>
    <message>
        <source>No valid host key to add.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>ssh could not open a local port for the tunnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No free local port for the SSH tunnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create a temporary file for ssh's messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install openssh-client).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The SSH connection to %1 was not ready after %n seconds.</source>
        <translation>
            <numerusform>The SSH connection to %1 was not ready after %n seconds.</numerusform>
            <numerusform>The SSH connection to %1 was not ready after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDefinition</name>
    <message>
        <source>Invalid task name "%1": use letters, digits and : . _ - (at most 100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The artisan command of %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program of %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid environment variable name "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup:database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown in the overview (the name when empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>/usr/local/bin/backup --all "/var/backups/my site"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run through /bin/sh (pipes, redirections, variables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runner's folder when empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One KEY=VALUE per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5m, 3h, 1d or a cron expression (0 3 * * *)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enabled (run on schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the task's own schedule, timeout and state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cron expressions are read as Laravel's scheduler reads them, in the CMS time zone: L (last day), 15W (weekday nearest the 15th), 5L (last Friday), 5#2 (second Friday), @daily and the other macros. When neither day field is * or ?, either may match: 0 0 */3 * 1 runs every third day and every Monday.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>Ignoring the stored schedule of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>A task named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stored task named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no stored task named %1 (built-in tasks cannot be removed; disable them with "cxcron set %1 --disable").</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel stale invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancels pending invoices left unpaid for too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CMS tables (services, invoices, invoice_items) are missing: is the profile connected to a CLIENTXCMS v2 database?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic: tick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic: sleep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic: hang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic: fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic failure requested.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic: large output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prune the execution history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deletes old executions, keeping the last runs of every task and failures longer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service #%1 of item #%2 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service #%1 renewed by item #%2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliver paid invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) failed; first: %2</source>
        <translation>
            <numerusform>%n of %1 item failed; first: %2</numerusform>
            <numerusform>%n of %1 items failed; first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivers the services of paid orders, the services an administrator marked for manual creation, and paid renewals, for the service types cxcron can provision; the others are left to CLIENTXCMS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product #%1 of item #%2 not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires suspended services after the grace period, suspends unpaid services past their expiry date, ends cancelled services and hides long-expired ones, as CLIENTXCMS does.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::AlertRuleEditor</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ping (healthchecks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generic JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind a failing task every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>admin@example.com, ops@example.com</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::AlertRulesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules are stored in the database and shared by every runner host. E-mails use the CMS's mail settings (MAIL_* in its .env). See docs/ALERTS.md.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove alert rule #%1 and its delivery history?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::AlertsMenu</name>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stay in the system tray when closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ConnectionDialog</name>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLIENTXCMS .env file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(new profile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a host and a database name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSH private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known hosts file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported “%1” from %2; test the connection before saving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import .env over SSH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of the CMS's .env on %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The .env on %1 uses SQLite: cxcron can only open a SQLite file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported “%1” from %2 on %3; test the connection before saving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the SSH server, or untick “Connect through SSH”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this profile?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the profile “%1” all the same?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown SSH server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this %1 key (%2) to %3 and connect?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain could not store the password of “%1”: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the password for this session only? cxcron will ask for it again at the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of “%1” is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, verify the server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes, without verifying the certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the account requires TLS, choose it in “TLS” above, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its %2 key fingerprint is %3: compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub, run on the server) before accepting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server now presents this %1 key: %2. Compare it with the fingerprint its administrator gives you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::DurationChart</name>
    <message>
        <source>Duration (s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration (min)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The last %n execution(s)</source>
        <translation>
            <numerusform>The last %n execution</numerusform>
            <numerusform>The last %n executions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ExecutionDetailsDialog</name>
    <message>
        <source>Loading execution #%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution #%1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Execution #%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel run</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Running; its output refreshes every %n second(s).</source>
        <translation>
            <numerusform>Running; its output refreshes every %n second.</numerusform>
            <numerusform>Running; its output refreshes every %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: the runner stops the run within a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No output yet (native tasks show their result when they end).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run recorded no result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run recorded no result: it stopped with the error in the Exception tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop execution #%1 of %2? A command is asked to stop (SIGTERM, then SIGKILL after 10 s): what it already did stays done. A built-in task stops between two items and undoes only the item under way. The run is recorded as cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ExecutionTableView</name>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::FailuresWidget</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failure(s) in this period</source>
        <translation>
            <numerusform>%n failure in this period</numerusform>
            <numerusform>%n failures in this period</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No failure in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::HelpMenu</name>
    <message>
        <source>&lt;h3&gt;cxcron %1&lt;/h3&gt;&lt;p&gt;Runs and administers the recurring tasks of a CLIENTXCMS site: the report of every execution, manual runs and the history's retention.&lt;/p&gt;&lt;p&gt;Qt %2 · database drivers: %3&lt;/p&gt;&lt;p&gt;Settings: %4&lt;br&gt;Demo database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About cxcron</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About cxcron…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::MainWindow</name>
    <message>
        <source>%1: run #%2 %3 in %4 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: run #%2 %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was removed: only its history remains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, separator “%1” (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, separator “,” (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV for Excel, separator “%1”, UTF-8 BOM (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a task first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is running; wait for it to finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent failures (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRON tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRON tasks — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run first, in the task's runs or in Recent failures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export: select a task that has runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewModel</name>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success (7 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>artisan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PHP script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This task is no longer defined; its history is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s) in 7 days: %1 succeeded, %2 failed, %3 skipped, %4 cancelled</source>
        <translation>
            <numerusform>%n run in 7 days: %1 succeeded, %2 failed, %3 skipped, %4 cancelled</numerusform>
            <numerusform>%n runs in 7 days: %1 succeeded, %2 failed, %3 skipped, %4 cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewWidget</name>
    <message>
        <source>ℹ This is cxcron's demo database: its tasks and runs are made up. &lt;a href="connect"&gt;Connect to your CMS's database…&lt;/a&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user's crontab. If it is there, the runner fails before recording anything: its errors are in the system log (journalctl -t cxcron).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed; if it is, the runner's errors are in the system log (journalctl -t cxcron).</source>
        <translation><numerusform>⚠ Runner not seen for %n minute (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed; if it is, the runner's errors are in the system log (journalctl -t cxcron).</numerusform><numerusform>⚠ Runner not seen for %n minutes (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed; if it is, the runner's errors are in the system log (journalctl -t cxcron).</numerusform></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::PruneDialog</name>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting the executions to delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to delete: no execution is older than that outside the latest runs.</source>
        <translation type="unfinished" />
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
    <message numerus="yes">
        <source>Delete %Ln execution(s) of all tasks that started before %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln execution of all tasks that started before %1? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln executions of all tasks that started before %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln execution(s) of %2 that started before %1? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln execution of %2 that started before %1? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln executions of %2 that started before %1? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running executions and the latest %Ln run(s) of each task are kept.</source>
        <translation>
            <numerusform>Running executions and the latest %Ln run of each task are kept.</numerusform>
            <numerusform>Running executions and the latest %Ln runs of each task are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running executions are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete old executions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) that started before %1 will be deleted. Running executions and the latest runs of each task are kept.</source>
        <translation>
            <numerusform>%Ln execution that started before %1 will be deleted. Running executions and the latest runs of each task are kept.</numerusform>
            <numerusform>%Ln executions that started before %1 will be deleted. Running executions and the latest runs of each task are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ReportFilterBar</name>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failures (failed, interrupted, with errors)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ReportTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the details of run #%1 (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details button</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::RunNowActions</name>
    <message>
        <source>Cancelling %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Running %n task(s), cancelling %1…</source>
        <translation>
            <numerusform>Running %n task, cancelling %1…</numerusform>
            <numerusform>Running %n tasks, cancelling %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n task(s)…</source>
        <translation>
            <numerusform>Running %n task…</numerusform>
            <numerusform>Running %n tasks…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::RunNowController</name>
    <message>
        <source>%1 is still running; wait for it to finish before starting another run.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::RunWatcher</name>
    <message>
        <source>Execution #%1 is no longer running: nothing to cancel.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::TaskActions</name>
    <message>
        <source>Task %1 added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task %1 enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task %1 disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the task %1? It will no longer run on any host. Its history stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task %1 removed; its history stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule and &amp;timeout…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run this task on its schedule (for this installation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move task…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::TaskDialog</name>
    <message>
        <source>The task %1 was removed meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment line %1 is not KEY=VALUE: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A task named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runs %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit task %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in task: its schedule, timeout and state can be changed for this installation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These settings apply to this installation and override the task's own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An artisan command: run as php artisan COMMAND … --ansi in the CMS folder of each runner host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PHP script: run as php SCRIPT … in the CMS folder of each runner host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole line is given to /bin/sh -c.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built into cxcron</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The program, then its arguments, quoted as in a shell: 'two words', "say \"hi\"", '' (an empty argument).</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>(loading…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a task to see its executions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executions of %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n execution(s) exported…</source>
        <translation>
            <numerusform>%n execution exported…</numerusform>
            <numerusform>%n executions exported…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details of run #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run this task now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy the run number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a task to see its executions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No execution matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This task has not run yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::TrayNotifier</name>
    <message>
        <source>Show cxcron</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run #%1 on %2 at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cxcron runner is not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No scheduled run since %1. Check cron and the crontab entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cxcron — CRON tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Durations &amp;chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in this computer's zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in the CMS's zone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Times in the CMS's zone (not known until the runner has run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;olumns of the executions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password of “%1” is not in the system keychain: enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use only one of --env and --database.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>