<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Commands:
  run [TASK]        run the due tasks (crontab: every minute), or one task now
  list              tasks with schedule, last run, state and next due time
  history [TASK]    executions, newest first (--state, --since, --until, --limit, --before)
  show ID           one execution with its output or exception
  prune             delete old executions (--keep-days, --keep-last, --task, --dry-run)
  crontab           print the crontab line and a systemd service/timer pair
  demo-db           create or refresh the SQLite demo database

Exit codes: 0 ok, 1 a task failed, 2 usage error, 3 configuration error,
4 connection failure, 5 database error, 6 not found, 7 task already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the database settings from a CLIENTXCMS .env file.</source>
        <translation type="unfinished" />
    </message>
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
        <source>Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db (password from CXCRON_DB_PASSWORD).</source>
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
        <source>Time zone of cron expressions (default: APP_TIMEZONE or system).</source>
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
        <source>history: text to find in output or exception.</source>
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
        <source>run, list, history, show, prune, crontab or demo-db</source>
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
        <source># crontab (install with: crontab -e -u %1). Output goes to syslog through logger;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># use &gt;/dev/null 2&gt;&amp;1 instead to discard it, as the CMS documentation does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># --- or systemd: /etc/systemd/system/cxcron.service ---</source>
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
        <source>Unknown state "%1" (running, success, failed, skipped, interrupted).</source>
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) deleted</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> in %1 batch(es), longest %2 ms.</source>
        <translation type="unfinished" />
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
        <source>Slot:      %1</source>
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
</context>
<context>
    <name>CmsSchema</name>
    <message>
        <source>Cannot create the CMS tables: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Connexion à une base de données</translation>
    </message>
    <message>
        <source>Saved profile:</source>
        <translation>Profil enregistré :</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Nom de la base :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Import a CLIENTXCMS .env…</source>
        <translation>Importer un .env CLIENTXCMS…</translation>
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
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user:password@host:3306/database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database URL names no database (…/database).</source>
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
</context>
<context>
    <name>ExecutionDetailsDialog</name>
    <message>
        <source>Execution details</source>
        <translation>Détails de l'exécution</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Start / end:</source>
        <translation>Début / fin :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Déclencheur :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Result (tree)</source>
        <translation>Résultat (arbre)</translation>
    </message>
    <message>
        <source>Result (text)</source>
        <translation>Résultat (texte)</translation>
    </message>
    <message>
        <source>Show the whole output</source>
        <translation>Afficher toute la sortie</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation><numerusform>%n j</numerusform><numerusform>%n j</numerusform></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>cxcron — CRON tasks</source>
        <translation>cxcron — Tâches CRON</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d'outils</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connexion…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation>E&amp;xécuter maintenant</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>A&amp;nnuler l'exécution</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete old executions…</source>
        <translation>&amp;Supprimer les anciennes exécutions…</translation>
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
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Delete old executions</source>
        <translation>Supprimer les anciennes exécutions</translation>
    </message>
    <message>
        <source>Keep the last</source>
        <translation>Conserver les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> derniers jours</translation>
    </message>
    <message>
        <source>Always keep</source>
        <translation>Toujours conserver</translation>
    </message>
    <message>
        <source> latest runs per task</source>
        <translation> dernières exécutions par tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>This task only</source>
        <translation>Cette tâche seulement</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Search output and exceptions…</source>
        <translation>Rechercher dans les sorties et les exceptions…</translation>
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
        <source>No end was recorded within the timeout (%1 s) plus grace; the runner on %2 was probably stopped.</source>
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
        <source>The task did not finish within its timeout of %1 s and was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was cancelled by the user.</source>
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
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
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>Ignoring the stored schedule of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timeout must be a positive number of seconds.</source>
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
        <source>%1 of %2 item(s) failed; first: %3</source>
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
        <source>Creates the services of paid orders and extends renewed services, through each service type's provisioner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue expiry reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queues a reminder message for each service that expires in a configured number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspends unpaid services past their expiry date, expires them after the grace period and ends cancelled services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: the renewal invoice was not paid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create renewal invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issues one renewal invoice for each service that expires soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal of service #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal of %1 (%2 to %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cxcron::gui::ConnectionDialog</name>
    <message>
        <source>SQLite database</source>
        <translation>Base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CLIENTXCMS .env file</source>
        <translation>Fichier .env CLIENTXCMS</translation>
    </message>
    <message>
        <source>.env files (.env *.env);;All files (*)</source>
        <translation>Fichiers .env (.env *.env);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Importé depuis %1.</translation>
    </message>
    <message>
        <source>Choose a SQLite file.</source>
        <translation>Choisissez un fichier SQLite.</translation>
    </message>
    <message>
        <source>Enter a host and a database name.</source>
        <translation>Saisissez un hôte et un nom de base.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::DurationChart</name>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ExecutionDetailsDialog</name>
    <message>
        <source>Loading execution #%1…</source>
        <translation>Chargement de l'exécution n°%1…</translation>
    </message>
    <message>
        <source>Execution #%1 no longer exists.</source>
        <translation>L'exécution n°%1 n'existe plus.</translation>
    </message>
    <message>
        <source>Execution #%1 — %2</source>
        <translation>Exécution n°%1 — %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Déclencheur : %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation><numerusform>{%n clés}</numerusform><numerusform>{%n clés}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation><numerusform>[%n éléments]</numerusform><numerusform>[%n éléments]</numerusform></translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::MainWindow</name>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1: run #%2 %3 in %4 ms</source>
        <translation>%1 : exécution n°%2 %3 en %4 ms</translation>
    </message>
    <message>
        <source>%1: run #%2 %3: %4</source>
        <translation>%1 : exécution n°%2 %3 : %4</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>cxcron — CRON tasks — %1</source>
        <translation>cxcron — Tâches CRON — %1</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewModel</name>
    <message>
        <source>%1 runs in 7 days: %2 succeeded, %3 failed, %4 skipped</source>
        <translation>%1 exécutions en 7 jours : %2 réussies, %3 en échec, %4 ignorées</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (désactivée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Success (7 days)</source>
        <translation>Réussite (7 jours)</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewWidget</name>
    <message>
        <source>⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user's crontab.</source>
        <translation>⚠ Le lanceur n'a jamais enregistré d'exécution planifiée : l'entrée cron n'est probablement pas installée. Ajoutez « * * * * * cxcron run » à la crontab de l'utilisateur du serveur web.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.</source>
        <translation><numerusform>⚠ Lanceur non vu depuis %n minute(s) (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l'entrée « * * * * * cxcron run » est installée.</numerusform><numerusform>⚠ Lanceur non vu depuis %n minute(s) (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l'entrée « * * * * * cxcron run » est installée.</numerusform></translation>
    </message>
</context>
<context>
    <name>cxcron::gui::PruneDialog</name>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Counting the executions to delete…</source>
        <translation>Comptage des exécutions à supprimer…</translation>
    </message>
    <message>
        <source>Nothing to delete: no execution is older than that outside the latest runs.</source>
        <translation>Rien à supprimer : aucune exécution n'est plus ancienne, hors dernières exécutions.</translation>
    </message>
    <message>
        <source>%1 execution(s) will be deleted. Running executions and the latest runs of each task are kept.</source>
        <translation>%1 exécution(s) seront supprimées. Les exécutions en cours et les dernières de chaque tâche sont conservées.</translation>
    </message>
    <message>
        <source>Cancelled after deleting %1 execution(s).</source>
        <translation>Annulé après la suppression de %1 exécution(s).</translation>
    </message>
    <message>
        <source>%1 execution(s) deleted.</source>
        <translation>%1 exécution(s) supprimée(s).</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ReportFilterBar</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Failures (failed, interrupted)</source>
        <translation>Échecs (en échec, interrompues)</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ReportTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::RunNowController</name>
    <message>
        <source>%1 is still running; wait for it to finish before starting another run.</source>
        <translation>%1 est encore en cours ; attendez qu'elle se termine avant de lancer une autre exécution.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskReportWidget</name>
    <message numerus="yes">
        <source>%n execution(s) exported to %1</source>
        <translation><numerusform>%n exécution(s) exportée(s) vers %1</numerusform><numerusform>%n exécution(s) exportée(s) vers %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) loaded</source>
        <translation><numerusform>%n exécution(s) chargée(s)</numerusform><numerusform>%n exécution(s) chargée(s)</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 executions loaded</source>
        <translation>%1 exécutions chargées sur %2</translation>
    </message>
    <message>
        <source>(loading…)</source>
        <translation>(chargement…)</translation>
    </message>
    <message>
        <source>Select a task to see its executions</source>
        <translation>Sélectionnez une tâche pour voir ses exécutions</translation>
    </message>
    <message>
        <source>Executions of %1 (%2)</source>
        <translation>Exécutions de %1 (%2)</translation>
    </message>
</context>
</TS>