<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Read the database settings from a CLIENTXCMS .env file.</source>
        <translation>Lit les paramètres de la base de données dans un fichier .env de CLIENTXCMS.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation>Utilise un profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db (password from CXCRON_DB_PASSWORD).</source>
        <translation>URL de la base de données : sqlite:/path/db.sqlite ou mysql://user@host:3306/db (mot de passe lu dans CXCRON_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Profiles file (default: %1).</source>
        <translation>Fichier des profils (par défaut : %1).</translation>
    </message>
    <message>
        <source>Language of messages: fr or en (default: system locale).</source>
        <translation>Langue des messages : fr ou en (par défaut : langue du système).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Time zone of cron expressions (default: APP_TIMEZONE or system).</source>
        <translation>Fuseau horaire des expressions cron (par défaut : APP_TIMEZONE, sinon celui du système).</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>fuseau</translation>
    </message>
    <message>
        <source>Machine-readable JSON output (list, history, show, run, prune).</source>
        <translation>Sortie JSON exploitable par un programme (list, history, show, run, prune).</translation>
    </message>
    <message>
        <source>Log what the runner does on stderr.</source>
        <translation>Journalise les actions du lanceur sur stderr.</translation>
    </message>
    <message>
        <source>run: exit with code 1 when a due task failed.</source>
        <translation>run : quitte avec le code 1 si une tâche à échéance a échoué.</translation>
    </message>
    <message>
        <source>history: only these states (comma-separated).</source>
        <translation>history : uniquement ces états (séparés par des virgules).</translation>
    </message>
    <message>
        <source>states</source>
        <translation>états</translation>
    </message>
    <message>
        <source>history: from this date (YYYY-MM-DD[ HH:MM] or 7d, 12h).</source>
        <translation>history : depuis cette date (AAAA-MM-JJ[ HH:MM], 7d, 12h).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>history: before this date.</source>
        <translation>history : avant cette date.</translation>
    </message>
    <message>
        <source>history: at most this many rows (default 50).</source>
        <translation>history : nombre maximal de lignes (50 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>history: only executions older than this id (paging).</source>
        <translation>history : uniquement les exécutions plus anciennes que cet id (pagination).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>history: text to find in output or exception.</source>
        <translation>history : texte à rechercher dans la sortie ou l&apos;exception.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>prune: keep this many days (default 15).</source>
        <translation>prune : nombre de jours à conserver (15 par défaut).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>prune: always keep the last N runs of each task (default 10).</source>
        <translation>prune : toujours conserver les N dernières exécutions de chaque tâche (10 par défaut).</translation>
    </message>
    <message>
        <source>prune: keep failures this many days (default: keep-days).</source>
        <translation>prune : nombre de jours de conservation des échecs (par défaut : keep-days).</translation>
    </message>
    <message>
        <source>prune: only this task.</source>
        <translation>prune : uniquement cette tâche.</translation>
    </message>
    <message>
        <source>prune: only count what would be deleted.</source>
        <translation>prune : compte seulement ce qui serait supprimé, sans rien supprimer.</translation>
    </message>
    <message>
        <source>prune: rows per delete batch (default 5000).</source>
        <translation>prune : nombre de lignes par lot de suppression (5000 par défaut).</translation>
    </message>
    <message>
        <source>crontab: the system user of the jobs (default www-data).</source>
        <translation>crontab : utilisateur système qui exécute les tâches (www-data par défaut).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>demo-db: where to create the demo database.</source>
        <translation>demo-db : emplacement de la base de démonstration à créer.</translation>
    </message>
    <message>
        <source>Use only one of --env, --profile and --database.</source>
        <translation>Utilisez une seule des options --env, --profile et --database.</translation>
    </message>
    <message>
        <source>No database is configured and the demo database %1 does not exist yet. Run &quot;cxcron demo-db&quot; or pass --env /path/to/clientxcms/.env.</source>
        <translation>Aucune base de données n&apos;est configurée et la base de démonstration %1 n&apos;existe pas encore. Lancez « cxcron demo-db » ou indiquez --env /path/to/clientxcms/.env.</translation>
    </message>
    <message>
        <source>Runs and administers the recurring tasks of a CLIENTXCMS site.</source>
        <translation>Exécute et administre les tâches récurrentes (tâches CRON) d&apos;un site CLIENTXCMS.</translation>
    </message>
    <message>
        <source>No command given. Try &quot;cxcron --help&quot;.</source>
        <translation>Aucune commande indiquée. Essayez « cxcron --help ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try &quot;cxcron --help&quot;.</source>
        <translation>Commande inconnue : « %1 ». Essayez « cxcron --help ».</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Fuseau horaire inconnu : « %1 ».</translation>
    </message>
    <message>
        <source># crontab (install with: crontab -e -u %1). Output goes to syslog through logger;</source>
        <translation># crontab (à installer avec : crontab -e -u %1). La sortie est envoyée à syslog via logger ;</translation>
    </message>
    <message>
        <source># use &gt;/dev/null 2&gt;&amp;1 instead to discard it, as the CMS documentation does.</source>
        <translation># pour l&apos;ignorer, utilisez plutôt &gt;/dev/null 2&gt;&amp;1, comme le fait la documentation du CMS.</translation>
    </message>
    <message>
        <source># --- or systemd: /etc/systemd/system/cxcron.service ---</source>
        <translation># --- ou systemd : /etc/systemd/system/cxcron.service ---</translation>
    </message>
    <message>
        <source># --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) ---</source>
        <translation># --- /etc/systemd/system/cxcron.timer (à activer avec : systemctl enable --now cxcron.timer) ---</translation>
    </message>
    <message>
        <source>Demo database ready: %1</source>
        <translation>Base de démonstration prête : %1</translation>
    </message>
    <message>
        <source>Use it with: cxcron --database sqlite:%1 run</source>
        <translation>Utilisez-la avec : cxcron --database sqlite:%1 run</translation>
    </message>
    <message>
        <source>&quot;history&quot; takes at most one task name.</source>
        <translation>« history » accepte au plus un nom de tâche.</translation>
    </message>
    <message>
        <source>Unknown task &quot;%1&quot;. Known tasks: %2</source>
        <translation>Tâche inconnue : « %1 ». Tâches connues : %2</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot; (running, success, failed, skipped, interrupted).</source>
        <translation>État inconnu : « %1 » (valeurs possibles : running, success, failed, skipped, interrupted).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>TRIGGER</source>
        <translation>DÉCLENCHEUR</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>More: --before %1</source>
        <translation>Suite : --before %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>PLANIFICATION</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVÉE</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>DERNIÈRE EXÉCUTION</translation>
    </message>
    <message>
        <source>NEXT DUE</source>
        <translation>PROCHAINE ÉCHÉANCE</translation>
    </message>
    <message>
        <source>&quot;prune&quot; takes no argument; use --task to limit it to one task.</source>
        <translation>« prune » n&apos;accepte aucun argument ; utilisez --task pour le limiter à une tâche.</translation>
    </message>
    <message>
        <source>--batch-size must be at least 1.</source>
        <translation>--batch-size doit valoir au moins 1.</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) would be deleted.</source>
        <translation>
            <numerusform>%n exécution serait supprimée.</numerusform>
            <numerusform>%n exécutions seraient supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;run&quot; takes at most one task name.</source>
        <translation>« run » accepte au plus un nom de tâche.</translation>
    </message>
    <message>
        <source>&quot;show&quot; needs one execution id, e.g. cxcron show 42.</source>
        <translation>« show » attend un identifiant d&apos;exécution, par exemple : cxcron show 42.</translation>
    </message>
    <message>
        <source>No execution with id %1.</source>
        <translation>Aucune exécution ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Execution #%1 of %2</source>
        <translation>Exécution n°%1 de la tâche %2</translation>
    </message>
    <message>
        <source>State:     %1</source>
        <translation>État :        %1</translation>
    </message>
    <message>
        <source>Start:     %1</source>
        <translation>Début :       %1</translation>
    </message>
    <message>
        <source>End:       %1</source>
        <translation>Fin :         %1</translation>
    </message>
    <message>
        <source>Duration:  %1</source>
        <translation>Durée :       %1</translation>
    </message>
    <message>
        <source>Trigger:   %1 (%2)</source>
        <translation>Déclencheur : %1 (%2)</translation>
    </message>
    <message>
        <source>Host:      %1, pid %2</source>
        <translation>Hôte :        %1, pid %2</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Exception :</translation>
    </message>
    <message>
        <source>Trace:</source>
        <translation>Trace :</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie :</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Use YYYY-MM-DD, &quot;YYYY-MM-DD HH:MM&quot; or a relative age such as 7d, 12h, 30m.</source>
        <translation>%1 : « %2 » n&apos;est pas une date. Utilisez AAAA-MM-JJ, « AAAA-MM-JJ HH:MM » ou une ancienneté relative comme 7d (jours), 12h, 30m.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number ≥ 0, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre entier ≥ 0, et non « %2 ».</translation>
    </message>
    <message>
        <source>set: enable the task.</source>
        <translation>set : active la tâche.</translation>
    </message>
    <message>
        <source>set: disable the task.</source>
        <translation>set : désactive la tâche.</translation>
    </message>
    <message>
        <source>set: new schedule (5m, 3h, 1d or a cron expression).</source>
        <translation>set : nouvelle planification (5m, 3h, 1d ou une expression cron).</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>planification</translation>
    </message>
    <message>
        <source>set: timeout in seconds.</source>
        <translation>set : délai d&apos;expiration en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>set: back to the built-in settings.</source>
        <translation>set : rétablit les paramètres d&apos;origine de la tâche.</translation>
    </message>
    <message>
        <source>&quot;set&quot; needs one task name, e.g. cxcron set services:renewals --schedule 6h.</source>
        <translation>« set » attend un nom de tâche, par exemple : cxcron set services:renewals --schedule 6h.</translation>
    </message>
    <message>
        <source>Use --enable or --disable, not both.</source>
        <translation>Utilisez --enable ou --disable, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is back to its built-in settings.</source>
        <translation>%1 utilise de nouveau ses paramètres d&apos;origine.</translation>
    </message>
    <message>
        <source>The timeout must be a positive number of seconds.</source>
        <translation>Le délai d&apos;expiration doit être un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>%1: %2, %3, timeout %4 s.</source>
        <translation>%1 : %2, %3, délai d&apos;expiration %4 s.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
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
        <translation>Commandes :
  run [TÂCHE]       exécute les tâches arrivées à échéance (crontab : toutes les minutes), ou une tâche immédiatement
  list              tâches avec planification, dernière exécution, état et prochaine échéance
  history [TÂCHE]   exécutions, les plus récentes d&apos;abord (--state, --since, --until, --limit, --before)
  show ID           une exécution avec sa sortie ou son exception
  prune             supprime les anciennes exécutions (--keep-days, --keep-last, --task, --dry-run)
  set TÂCHE         règle une tâche pour cette installation : --enable, --disable, --schedule, --timeout, --reset
  crontab           affiche la ligne crontab et une paire service/timer systemd
  demo-db           crée ou actualise la base de démonstration SQLite

Codes de sortie : 0 succès, 1 échec d&apos;une tâche (run TÂCHE, run --strict), 2 erreur d&apos;utilisation,
3 erreur de configuration, 4 échec de connexion, 5 erreur de base de données, 6 introuvable,
7 tâche déjà en cours.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>run, list, history, show, prune, set, crontab or demo-db</source>
        <translation>run, list, history, show, prune, set, crontab ou demo-db</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) deleted.</source>
        <translation>
            <numerusform>%n exécution supprimée.</numerusform>
            <numerusform>%n exécutions supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches: %1, longest %2 ms.</source>
        <translation>Lots : %1, le plus long : %2 ms.</translation>
    </message>
    <message>
        <source>#%1 %2: %3 (%4)</source>
        <translation>n°%1 %2 : %3 (%4)</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Prévue :      %1</translation>
    </message>
</context>
<context>
    <name>CmsSchema</name>
    <message>
        <source>Cannot create the CMS tables: %1</source>
        <translation>Impossible de créer les tables du CMS : %1</translation>
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
        <translation>Le fichier .env définit DB_CONNECTION=sqlite mais pas DB_DATABASE.</translation>
    </message>
    <message>
        <source>Unsupported DB_CONNECTION &quot;%1&quot; in the .env file (expected mysql, mariadb or sqlite).</source>
        <translation>DB_CONNECTION « %1 » non pris en charge dans le fichier .env (valeurs attendues : mysql, mariadb ou sqlite).</translation>
    </message>
    <message>
        <source>The .env file names no database (DB_DATABASE or DB_NAME).</source>
        <translation>Le fichier .env n&apos;indique aucune base de données (DB_DATABASE ou DB_NAME).</translation>
    </message>
    <message>
        <source>DB_PORT &quot;%1&quot; in the .env file is not a valid port.</source>
        <translation>DB_PORT « %1 » dans le fichier .env n&apos;est pas un port valide.</translation>
    </message>
    <message>
        <source>The database URL &quot;%1&quot; names no SQLite file.</source>
        <translation>L&apos;URL de base de données « %1 » n&apos;indique aucun fichier SQLite.</translation>
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user:password@host:3306/database.</source>
        <translation>URL de base de données mal formée. Utilisez sqlite:/path/file.sqlite ou mysql://user:password@host:3306/database.</translation>
    </message>
    <message>
        <source>The database URL does not include a database name (…/database).</source>
        <translation>L&apos;URL de base de données ne contient aucun nom de base (…/database).</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>empty list element in &quot;%1&quot;</source>
        <translation>élément de liste vide dans « %1 »</translation>
    </message>
    <message>
        <source>invalid step in &quot;%1&quot;</source>
        <translation>pas invalide dans « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a name</source>
        <translation>« %1 » n&apos;est ni un nombre ni un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range %2-%3</source>
        <translation>« %1 » est en dehors de l&apos;intervalle %2-%3</translation>
    </message>
    <message>
        <source>Invalid cron expression &quot;%1&quot;: %2</source>
        <translation>Expression cron « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day month weekday), got %1</source>
        <translation>5 champs attendus (minute heure jour mois jour-de-la-semaine) au lieu de %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Access denied to %1: check the user name and password.</source>
        <translation>Accès refusé à %1 : vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist on %2.</source>
        <translation>La base de données « %1 » n&apos;existe pas sur %2.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>Impossible de joindre le serveur de base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-sqlite).</source>
        <translation>Le pilote Qt SQL %1 n&apos;est pas installé (Debian : libqt6sql6-mysql ou libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>No SQLite database file is configured.</source>
        <translation>Aucun fichier de base de données SQLite n&apos;est configuré.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database %1 does not exist.</source>
        <translation>Le dossier de la base de données SQLite %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The database did not return its clock.</source>
        <translation>La base de données n&apos;a pas renvoyé son heure courante.</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot move the new demo database to %1.</source>
        <translation>Impossible de déplacer la nouvelle base de démonstration vers %1.</translation>
    </message>
</context>
<context>
    <name>EnvFile</name>
    <message>
        <source>line %1: not a KEY=value assignment, ignored</source>
        <translation>ligne %1 : pas une affectation CLÉ=valeur, ignorée</translation>
    </message>
    <message>
        <source>line %1: unterminated or malformed quoted value for %2, ignored</source>
        <translation>ligne %1 : valeur entre guillemets non fermée ou mal formée pour %2, ignorée</translation>
    </message>
    <message>
        <source>Cannot read the environment file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;environnement %1 : %2</translation>
    </message>
    <message>
        <source>The environment file %1 is larger than 1 MiB; refusing to read it.</source>
        <translation>Le fichier d&apos;environnement %1 dépasse 1 Mio ; lecture refusée.</translation>
    </message>
</context>
<context>
    <name>Execution</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
</context>
<context>
    <name>ExecutionDetailsDialog</name>
    <message>
        <source>Execution details</source>
        <translation>Détails de l&apos;exécution</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
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
        <translation>Barre d&apos;outils</translation>
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
        <translation>A&amp;nnuler l&apos;exécution</translation>
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
        <translation>%1 contient un mot de passe de base de données mais est lisible par d&apos;autres utilisateurs. Exécutez : chmod 600 %1</translation>
    </message>
    <message>
        <source>The configuration file %1 is corrupt.</source>
        <translation>Le fichier de configuration %1 est corrompu.</translation>
    </message>
    <message>
        <source>No profile named &quot;%1&quot; in %2.</source>
        <translation>Aucun profil nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: unknown driver &quot;%2&quot;.</source>
        <translation>Profil « %1 » : pilote « %2 » inconnu.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the port is not a number.</source>
        <translation>Profil « %1 » : le port n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>No provisioning command is configured.</source>
        <translation>Aucune commande de provisionnement n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Cannot start the provisioning command %1: %2</source>
        <translation>Impossible de lancer la commande de provisionnement %1 : %2</translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) did not finish within %3 s and was killed.</source>
        <translation>La commande de provisionnement %1 (%2) ne s&apos;est pas terminée en %3 s et a été arrêtée de force.</translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) crashed.</source>
        <translation>La commande de provisionnement %1 (%2) a planté.</translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3.</source>
        <translation>La commande de provisionnement %1 (%2) a échoué avec le code de sortie %3.</translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) failed with exit code %3: %4</source>
        <translation>La commande de provisionnement %1 (%2) a échoué avec le code de sortie %3 : %4</translation>
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
        <translation>Les valeurs de conservation doivent être des nombres positifs.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>The task threw an exception of an unknown type.</source>
        <translation>La tâche a levé une exception de type inconnu.</translation>
    </message>
    <message>
        <source>The runner process %1 on %2 ended before the run finished (crash, kill or reboot).</source>
        <translation>Le processus %1 du lanceur sur %2 s&apos;est terminé avant la fin de l&apos;exécution (plantage, arrêt forcé ou redémarrage).</translation>
    </message>
    <message>
        <source>No end was recorded within the timeout (%1 s) plus grace; the runner on %2 was probably stopped.</source>
        <translation>Aucune fin n&apos;a été enregistrée dans le délai d&apos;expiration (%1 s) augmenté de la marge de tolérance ; le lanceur sur %2 a probablement été arrêté.</translation>
    </message>
    <message>
        <source>The previous run (#%1) is still running.</source>
        <translation>L&apos;exécution précédente (n°%1) est toujours en cours.</translation>
    </message>
    <message>
        <source>Unknown task &quot;%1&quot;. Known tasks: %2</source>
        <translation>Tâche inconnue : « %1 ». Tâches connues : %2</translation>
    </message>
    <message>
        <source>The task %1 is already running (run #%2); try again when it has finished.</source>
        <translation>La tâche %1 est déjà en cours (exécution n°%2) ; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>The task did not finish within its timeout of %1 s and was stopped.</source>
        <translation>La tâche ne s&apos;est pas terminée dans son délai d&apos;expiration de %1 s et a été arrêtée.</translation>
    </message>
    <message>
        <source>The run was cancelled by the user.</source>
        <translation>L&apos;exécution a été annulée par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Invalid schedule &quot;%1&quot;: the interval must be between 1 minute and 366 days.</source>
        <translation>Planification « %1 » invalide : l&apos;intervalle doit être compris entre 1 minute et 366 jours.</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>cron : %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>toutes les heures</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>toutes les minutes</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Cannot update the database schema: %1</source>
        <translation>Impossible de mettre à jour le schéma de la base de données : %1</translation>
    </message>
    <message>
        <source>The database schema (version %1) is newer than this cxcron understands (version %2). Upgrade cxcron.</source>
        <translation>Le schéma de la base de données (version %1) est plus récent que celui pris en charge par ce cxcron (version %2). Mettez cxcron à jour.</translation>
    </message>
    <message>
        <source>The table cron_logs does not exist in this database. Run &quot;cxcron run&quot; once (or &quot;cxcron demo-db&quot;) to create it.</source>
        <translation>La table cron_logs n&apos;existe pas dans cette base de données. Lancez une fois « cxcron run » (ou « cxcron demo-db ») pour la créer.</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1</source>
        <translation>Erreur de base de données : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation>Impossible de valider la transaction : %1</translation>
    </message>
    <message>
        <source>Lost the connection to the database server: %1</source>
        <translation>Connexion au serveur de base de données perdue : %1</translation>
    </message>
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>Ignoring the stored schedule of %1: %2</source>
        <translation>Planification enregistrée de %1 ignorée : %2</translation>
    </message>
    <message>
        <source>The timeout must be a positive number of seconds.</source>
        <translation>Le délai d&apos;expiration doit être un nombre de secondes positif.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel stale invoices</source>
        <translation>Annuler les factures en attente trop anciennes</translation>
    </message>
    <message>
        <source>Cancels pending invoices left unpaid for too long.</source>
        <translation>Annule les factures en attente restées impayées trop longtemps.</translation>
    </message>
    <message>
        <source>The CMS tables (services, invoices, invoice_items) are missing: is the profile connected to a CLIENTXCMS v2 database?</source>
        <translation>Les tables du CMS (services, invoices, invoice_items) sont absentes : le profil est-il bien connecté à une base de données CLIENTXCMS v2 ?</translation>
    </message>
    <message>
        <source>Diagnostic: tick</source>
        <translation>Diagnostic : battement</translation>
    </message>
    <message>
        <source>Diagnostic: sleep</source>
        <translation>Diagnostic : attente</translation>
    </message>
    <message>
        <source>Diagnostic: hang</source>
        <translation>Diagnostic : blocage</translation>
    </message>
    <message>
        <source>Diagnostic: fail</source>
        <translation>Diagnostic : échec</translation>
    </message>
    <message>
        <source>Diagnostic failure requested.</source>
        <translation>Échec de diagnostic demandé.</translation>
    </message>
    <message>
        <source>Diagnostic: large output</source>
        <translation>Diagnostic : sortie volumineuse</translation>
    </message>
    <message>
        <source>Prune the execution history</source>
        <translation>Purger l&apos;historique des exécutions</translation>
    </message>
    <message>
        <source>Deletes old executions, keeping the last runs of every task and failures longer.</source>
        <translation>Supprime les anciennes exécutions, en conservant les dernières de chaque tâche et en gardant les échecs plus longtemps.</translation>
    </message>
    <message>
        <source>Service #%1 of item #%2 no longer exists.</source>
        <translation>Le service n°%1 de la ligne de facture n°%2 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Service #%1 renewed by item #%2 does not exist.</source>
        <translation>Le service n°%1 renouvelé par la ligne de facture n°%2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Deliver paid invoices</source>
        <translation>Livrer les factures payées</translation>
    </message>
    <message>
        <source>Creates the services of paid orders and extends renewed services, through each service type&apos;s provisioner.</source>
        <translation>Crée les services des commandes payées et prolonge les services renouvelés, via le module de provisionnement de chaque type de service.</translation>
    </message>
    <message>
        <source>Queue expiry reminders</source>
        <translation>Programmer les rappels d&apos;expiration</translation>
    </message>
    <message>
        <source>Queues a reminder message for each service that expires in a configured number of days.</source>
        <translation>Met en file d&apos;attente un message de rappel pour chaque service qui expire dans un nombre de jours configuré.</translation>
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation>Suspendre les services et les faire expirer</translation>
    </message>
    <message>
        <source>Suspends unpaid services past their expiry date, expires them after the grace period and ends cancelled services.</source>
        <translation>Suspend les services impayés dont la date d&apos;expiration est dépassée, les marque comme expirés après le délai de grâce et met fin aux services résiliés.</translation>
    </message>
    <message>
        <source>Expired: the renewal invoice was not paid.</source>
        <translation>Expiré : la facture de renouvellement n&apos;a pas été payée.</translation>
    </message>
    <message>
        <source>Create renewal invoices</source>
        <translation>Créer les factures de renouvellement</translation>
    </message>
    <message>
        <source>Issues one renewal invoice for each service that expires soon.</source>
        <translation>Émet une facture de renouvellement pour chaque service qui arrive bientôt à expiration.</translation>
    </message>
    <message>
        <source>Renewal of service #%1</source>
        <translation>Renouvellement du service n°%1</translation>
    </message>
    <message>
        <source>Renewal of %1 (%2 to %3)</source>
        <translation>Renouvellement de %1 (du %2 au %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) failed; first: %2</source>
        <translation>
            <numerusform>%n élément sur %1 en échec ; premier échec : %2</numerusform>
            <numerusform>%n éléments sur %1 en échec ; premier échec : %2</numerusform>
        </translation>
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
        <translation>Impossible d&apos;écrire %1 : %2</translation>
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
        <translation>Chargement de l&apos;exécution n°%1…</translation>
    </message>
    <message>
        <source>Execution #%1 no longer exists.</source>
        <translation>L&apos;exécution n°%1 n&apos;existe plus.</translation>
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
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
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
        <source>⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user&apos;s crontab.</source>
        <translation>⚠ Le lanceur n&apos;a jamais enregistré d&apos;exécution planifiée : l&apos;entrée cron n&apos;est probablement pas installée. Ajoutez « * * * * * cxcron run » à la crontab de l&apos;utilisateur du serveur web.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.</source>
        <translation>
            <numerusform>⚠ Lanceur non vu depuis %n minute(s) (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l&apos;entrée « * * * * * cxcron run » est installée.</numerusform>
            <numerusform>⚠ Lanceur non vu depuis %n minute(s) (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l&apos;entrée « * * * * * cxcron run » est installée.</numerusform>
        </translation>
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
        <translation>Rien à supprimer : aucune exécution n&apos;est plus ancienne, hors dernières exécutions.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) will be deleted. Running executions and the latest runs of each task are kept.</source>
        <translation>
            <numerusform>%Ln exécution sera supprimée. Les exécutions en cours et les dernières de chaque tâche sont conservées.</numerusform>
            <numerusform>%Ln exécutions seront supprimées. Les exécutions en cours et les dernières de chaque tâche sont conservées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after deleting %Ln execution(s).</source>
        <translation>
            <numerusform>Annulé après la suppression de %Ln exécution.</numerusform>
            <numerusform>Annulé après la suppression de %Ln exécutions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) deleted.</source>
        <translation>
            <numerusform>%Ln exécution supprimée.</numerusform>
            <numerusform>%Ln exécutions supprimées.</numerusform>
        </translation>
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
        <translation>%1 est encore en cours ; attendez qu&apos;elle se termine avant de lancer une autre exécution.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskReportWidget</name>
    <message numerus="yes">
        <source>%n execution(s) exported to %1</source>
        <translation>
            <numerusform>%n exécution(s) exportée(s) vers %1</numerusform>
            <numerusform>%n exécution(s) exportée(s) vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) loaded</source>
        <translation>
            <numerusform>%n exécution(s) chargée(s)</numerusform>
            <numerusform>%n exécution(s) chargée(s)</numerusform>
        </translation>
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
