<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertMessage</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>completed with errors</source>
        <translation>terminé avec erreurs</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>[cxcron] %1 failed on %2</source>
        <translation>[cxcron] %1 a échoué sur %2</translation>
    </message>
    <message numerus="yes">
        <source>[cxcron] %1 is still failing (%n failure(s) in a row)</source>
        <translation>
            <numerusform>[cxcron] %1 échoue toujours (%n échec consécutif)</numerusform>
            <numerusform>[cxcron] %1 échoue toujours (%n échecs consécutifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>[cxcron] %1 recovered</source>
        <translation>[cxcron] %1 fonctionne de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>[cxcron] %1: %n run(s) in a row skipped, the previous run still going</source>
        <translation>
            <numerusform>[cxcron] %1 : %n exécution sautée, la précédente toujours en cours</numerusform>
            <numerusform>[cxcron] %1 : %n exécutions consécutives sautées, la précédente toujours en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>[cxcron] %1 is much slower than usual</source>
        <translation>[cxcron] %1 est bien plus lente que d'habitude</translation>
    </message>
    <message>
        <source>[cxcron] Test alert</source>
        <translation>[cxcron] Alerte de test</translation>
    </message>
    <message>
        <source>The task %1 failed.</source>
        <translation>La tâche %1 a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>The task %1 is still failing: %n failure(s) in a row since %2.</source>
        <translation>
            <numerusform>La tâche %1 échoue toujours : %n échec consécutif depuis %2.</numerusform>
            <numerusform>La tâche %1 échoue toujours : %n échecs consécutifs depuis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The task %1 succeeded again after %n failure(s) in a row (since %2).</source>
        <translation>
            <numerusform>La tâche %1 a de nouveau réussi après %n échec consécutif (depuis %2).</numerusform>
            <numerusform>La tâche %1 a de nouveau réussi après %n échecs consécutifs (depuis %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled run(s) of %1 in a row were skipped because the previous run was still going (since %2).</source>
        <translation>
            <numerusform>%n exécution planifiée de %1 a été sautée car la précédente était toujours en cours (depuis %2).</numerusform>
            <numerusform>%n exécutions planifiées consécutives de %1 ont été sautées car la précédente était toujours en cours (depuis %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The task %1 took %2, its usual duration is %3 (median of its last successes).</source>
        <translation>La tâche %1 a duré %2, sa durée habituelle est de %3 (médiane de ses dernières réussites).</translation>
    </message>
    <message>
        <source>This is a test of a cxcron alert rule: if you read it, the rule works.</source>
        <translation>Ceci est un test d'une règle d'alerte cxcron : si vous le lisez, la règle fonctionne.</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée : %1</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>Execution: #%1</source>
        <translation>Exécution : n° %1</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Exception :</translation>
    </message>
    <message>
        <source>Full output and trace: cxcron show %1</source>
        <translation>Sortie complète et trace : cxcron show %1</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Give at least one e-mail address.</source>
        <translation>Indiquez au moins une adresse e-mail.</translation>
    </message>
    <message>
        <source>At most 50 addresses per rule.</source>
        <translation>50 adresses au maximum par règle.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>« %1 » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Malformed SMTP server URL; expected smtp://[user@]host[:port] or smtps://[user@]host[:port].</source>
        <translation>URL de serveur SMTP mal formée ; format attendu : smtp://[user@]host[:port] ou smtps://[user@]host[:port].</translation>
    </message>
    <message>
        <source>Do not put the SMTP password in the URL: it would be stored in the database. Set MAIL_PASSWORD in the .env or the environment.</source>
        <translation>Ne mettez pas le mot de passe SMTP dans l'URL : il serait enregistré dans la base de données. Définissez MAIL_PASSWORD dans le .env ou dans l'environnement.</translation>
    </message>
    <message>
        <source>Malformed URL "%1": expected http://… or https://….</source>
        <translation>URL « %1 » mal formée : http://… ou https://… attendu.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr or en.</source>
        <translation>Langue « %1 » inconnue : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>The reminder interval must be between 1 and 720 hours.</source>
        <translation>L'intervalle de rappel doit être compris entre 1 et 720 heures.</translation>
    </message>
    <message>
        <source>No alert rule #%1.</source>
        <translation>Aucune règle d'alerte n°%1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
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
        <source>No database is configured and the demo database %1 does not exist yet. Run "cxcron demo-db" or pass --env /path/to/clientxcms/.env.</source>
        <translation>Aucune base de données n'est configurée et la base de démonstration %1 n'existe pas encore. Lancez « cxcron demo-db » ou indiquez --env /path/to/clientxcms/.env.</translation>
    </message>
    <message>
        <source>Runs and administers the recurring tasks of a CLIENTXCMS site.</source>
        <translation>Exécute et administre les tâches récurrentes (tâches CRON) d'un site CLIENTXCMS.</translation>
    </message>
    <message>
        <source>No command given. Try "cxcron --help".</source>
        <translation>Aucune commande indiquée. Essayez « cxcron --help ».</translation>
    </message>
    <message>
        <source>Unknown command "%1". Try "cxcron --help".</source>
        <translation>Commande inconnue : « %1 ». Essayez « cxcron --help ».</translation>
    </message>
    <message>
        <source>Unknown time zone "%1".</source>
        <translation>Fuseau horaire inconnu : « %1 ».</translation>
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
        <source>"history" takes at most one task name.</source>
        <translation>« history » accepte au plus un nom de tâche.</translation>
    </message>
    <message>
        <source>Unknown task "%1". Known tasks: %2</source>
        <translation>Tâche inconnue : « %1 ». Tâches connues : %2</translation>
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
        <source>"prune" takes no argument; use --task to limit it to one task.</source>
        <translation>« prune » n'accepte aucun argument ; utilisez --task pour le limiter à une tâche.</translation>
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
        <source>"run" takes at most one task name.</source>
        <translation>« run » accepte au plus un nom de tâche.</translation>
    </message>
    <message>
        <source>"show" needs one execution id, e.g. cxcron show 42.</source>
        <translation>« show » attend un identifiant d'exécution, par exemple : cxcron show 42.</translation>
    </message>
    <message>
        <source>No execution with id %1.</source>
        <translation>Aucune exécution ne porte l'identifiant %1.</translation>
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
        <source>%1: "%2" is not a date. Use YYYY-MM-DD, "YYYY-MM-DD HH:MM" or a relative age such as 7d, 12h, 30m.</source>
        <translation>%1 : « %2 » n'est pas une date. Utilisez AAAA-MM-JJ, « AAAA-MM-JJ HH:MM » ou une ancienneté relative comme 7d (jours), 12h, 30m.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number ≥ 0, not "%2".</source>
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
        <translation>set : délai d'expiration en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>set: back to the built-in settings.</source>
        <translation>set : rétablit les paramètres d'origine de la tâche.</translation>
    </message>
    <message>
        <source>Use --enable or --disable, not both.</source>
        <translation>Utilisez --enable ou --disable, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is back to its built-in settings.</source>
        <translation>%1 utilise de nouveau ses paramètres d'origine.</translation>
    </message>
    <message>
        <source>%1: %2, %3, timeout %4 s.</source>
        <translation>%1 : %2, %3, délai d'expiration %4 s.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
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
    <message>
        <source>"alert %1" needs one rule id, e.g. cxcron alert %1 3.</source>
        <translation>« alert %1 » attend un identifiant de règle, par exemple : cxcron alert %1 3.</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2 rules.</source>
        <translation>--%1 ne s'applique pas aux règles %2.</translation>
    </message>
    <message>
        <source>Usage: cxcron alert add email ADDRESS… | webhook URL [--format generic|discord|slack] | ping URL [--task TASK] [--lang fr|en]</source>
        <translation>Utilisation : cxcron alert add email ADDRESS… | webhook URL [--format generic|discord|slack] | ping URL [--task TASK] [--lang fr|en]</translation>
    </message>
    <message>
        <source>Unknown alert kind "%1": use email, webhook or ping.</source>
        <translation>Type d'alerte « %1 » inconnu : utilisez email, webhook ou ping.</translation>
    </message>
    <message>
        <source>A %1 rule takes exactly one URL.</source>
        <translation>Une règle %1 accepte exactement une URL.</translation>
    </message>
    <message>
        <source>Unknown webhook format "%1": use generic, discord or slack.</source>
        <translation>Format de webhook « %1 » inconnu : utilisez generic, discord ou slack.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Alert rule #%1 added: %2 %3, task %4, language %5.</source>
        <translation>Règle d'alerte n°%1 ajoutée : %2 %3, tâche : %4, langue : %5.</translation>
    </message>
    <message>
        <source>No alert rule. Add one with "cxcron alert add email ADDRESS".</source>
        <translation>Aucune règle d'alerte. Ajoutez-en une avec « cxcron alert add email ADDRESS ».</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>LAST SENT</source>
        <translation>DERNIER ENVOI</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>EN ATTENTE</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHECS</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>No alert rule #%1.</source>
        <translation>Aucune règle d'alerte n°%1.</translation>
    </message>
    <message>
        <source>The test alert of rule #%1 could not be sent: %2</source>
        <translation>L'alerte de test de la règle n°%1 n'a pas pu être envoyée : %2</translation>
    </message>
    <message>
        <source>Test alert of rule #%1 sent to %2.</source>
        <translation>Alerte de test de la règle n°%1 envoyée à %2.</translation>
    </message>
    <message>
        <source>"alert" needs add, list, remove or test, e.g. cxcron alert add email admin@example.com.</source>
        <translation>« alert » attend add, list, remove ou test, par exemple : cxcron alert add email admin@example.com.</translation>
    </message>
    <message>
        <source>"alert list" takes no argument.</source>
        <translation>« alert list » n'accepte aucun argument.</translation>
    </message>
    <message>
        <source>Alert rule #%1 removed.</source>
        <translation>Règle d'alerte n°%1 supprimée.</translation>
    </message>
    <message>
        <source>Read the database settings from a CLIENTXCMS .env file; its folder is the CMS root whose commands (php artisan …) the tasks run. With "task add/edit": KEY=VALUE sets a variable of the task's environment.</source>
        <translation>Lit les paramètres de base de données dans un fichier .env de CLIENTXCMS ; son dossier est la racine du CMS dont les tâches exécutent les commandes (php artisan …). Avec « task add/edit » : KEY=VALUE définit une variable de l'environnement de la tâche.</translation>
    </message>
    <message>
        <source>The CLIENTXCMS folder (with artisan, or v1's Cron/index.php), when --env is not used.</source>
        <translation>Le dossier de CLIENTXCMS (avec artisan, ou Cron/index.php pour la v1), quand --env n'est pas utilisé.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>PHP binary for the CMS's commands (default: CXCRON_PHP, else php).</source>
        <translation>Binaire PHP pour les commandes du CMS (par défaut : CXCRON_PHP, sinon php).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>run: how many due tasks may run at once (default 4).</source>
        <translation>run : nombre de tâches à échéance pouvant s'exécuter en même temps (4 par défaut).</translation>
    </message>
    <message>
        <source>task add/edit: a display title.</source>
        <translation>task add/edit : titre affiché.</translation>
    </message>
    <message>
        <source>task add/edit: working directory of the program.</source>
        <translation>task add/edit : répertoire de travail du programme.</translation>
    </message>
    <message>
        <source>task add/edit: run PROGRAM as a /bin/sh command line.</source>
        <translation>task add/edit : exécute PROGRAM comme une ligne de commande /bin/sh.</translation>
    </message>
    <message>
        <source>discover: adopt this scheduled job as a task (repeatable).</source>
        <translation>discover : adopte cette tâche planifiée du CMS comme tâche cxcron (option répétable).</translation>
    </message>
    <message>
        <source>discover: adopt every job that is not a task yet.</source>
        <translation>discover : adopte toutes les tâches planifiées du CMS qui ne sont pas encore des tâches cxcron.</translation>
    </message>
    <message>
        <source>Database URL: sqlite:/path/db.sqlite or mysql://user@host:3306/db[?tls=1] (password from CXCRON_DB_PASSWORD: a password in the URL shows in ps).</source>
        <translation>URL de base de données : sqlite:/path/db.sqlite ou mysql://user@host:3306/db[?tls=1] (mot de passe lu dans CXCRON_DB_PASSWORD : un mot de passe placé dans l'URL est visible dans ps).</translation>
    </message>
    <message>
        <source>history: CSV output, with output and exception (--limit 0: every row).</source>
        <translation>history : sortie CSV, avec la sortie et l'exception (--limit 0 : toutes les lignes).</translation>
    </message>
    <message>
        <source>history --csv: field separator (default ','; "locale": ';' where the decimal separator is a comma; "tab").</source>
        <translation>history --csv : séparateur de champs (par défaut ',' ; « locale » : ';' là où le séparateur décimal est une virgule ; « tab »).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>car</translation>
    </message>
    <message>
        <source>history --csv: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>history --csv : commencer par une marque d'ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>alert add webhook: generic, discord or slack (default generic).</source>
        <translation>alert add webhook : generic, discord ou slack (generic par défaut).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>alert add: remind of a task still failing at most every N hours (default 6).</source>
        <translation>alert add : rappel pour une tâche toujours en échec, au plus toutes les N heures (6 par défaut).</translation>
    </message>
    <message>
        <source>alert add email: SMTP server smtp://[user@]host[:port] or smtps://… instead of the .env's MAIL_HOST (password from MAIL_PASSWORD or CXCRON_SMTP_PASSWORD).</source>
        <translation>alert add email : serveur SMTP smtp://[user@]host[:port] ou smtps://… au lieu du MAIL_HOST du .env (mot de passe lu dans MAIL_PASSWORD ou CXCRON_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>alert add email: sender address (default MAIL_FROM_ADDRESS).</source>
        <translation>alert add email : adresse de l'expéditeur (MAIL_FROM_ADDRESS par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>run: at most this many seconds for sending alerts after the runs (default 10, 0 = none).</source>
        <translation>run : durée maximale en secondes pour l'envoi des alertes après les exécutions (10 par défaut, 0 = aucun envoi).</translation>
    </message>
    <message>
        <source>metrics: write to this file atomically instead of stdout.</source>
        <translation>metrics : écrit dans ce fichier de façon atomique au lieu de stdout.</translation>
    </message>
    <message>
        <source>the password in --database can be seen by other users of this machine (ps, /proc) while cxcron starts; put it in CXCRON_DB_PASSWORD or use --env / --profile.</source>
        <translation>le mot de passe passé dans --database peut être vu par les autres utilisateurs de cette machine (ps, /proc) pendant le démarrage de cxcron ; placez-le dans CXCRON_DB_PASSWORD ou utilisez --env / --profile.</translation>
    </message>
    <message>
        <source>The CMS folder %1 does not exist.</source>
        <translation>Le dossier du CMS %1 n'existe pas.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user@host:3306/database.</source>
        <translation>URL de base de données mal formée. Utilisez sqlite:/path/file.sqlite ou mysql://user@host:3306/database.</translation>
    </message>
    <message>
        <source># The database password is not written below. Put it in %1, readable only by %2:</source>
        <translation># Le mot de passe de la base de données n'est pas écrit ci-dessous. Placez-le dans %1, lisible uniquement par %2 :</translation>
    </message>
    <message>
        <source># (or use --env /path/to/clientxcms/.env or --profile NAME instead of --database).</source>
        <translation># (ou utilisez --env /path/to/clientxcms/.env ou --profile NAME au lieu de --database).</translation>
    </message>
    <message>
        <source>"discover" asks a CLIENTXCMS v2 site for its schedule: pass --env /path/to/clientxcms/.env (or --cms-root) on the web server.</source>
        <translation>« discover » interroge un site CLIENTXCMS v2 sur sa planification : indiquez --env /path/to/clientxcms/.env (ou --cms-root) sur le serveur web.</translation>
    </message>
    <message>
        <source>php artisan schedule:list failed (exit code %1): %2</source>
        <translation>php artisan schedule:list a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <source>The CMS schedules no job "%1".</source>
        <translation>Le CMS ne planifie aucune tâche « %1 ».</translation>
    </message>
    <message>
        <source>(not a task: --adopt %1)</source>
        <translation>(pas une tâche cxcron : --adopt %1)</translation>
    </message>
    <message>
        <source>(cannot be adopted)</source>
        <translation>(ne peut pas être adoptée)</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE DU CMS</translation>
    </message>
    <message>
        <source>Adopted %1.</source>
        <translation>%1 adoptée.</translation>
    </message>
    <message>
        <source>cxcron's tables are up to date (schema version %1).</source>
        <translation>Les tables de cxcron sont à jour (version du schéma : %1).</translation>
    </message>
    <message>
        <source>cxcron's tables upgraded from schema version %1 to %2.</source>
        <translation>Tables de cxcron mises à niveau de la version %1 du schéma à la version %2.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Choisissez --json ou --csv, pas les deux.</translation>
    </message>
    <message>
        <source>--separator takes one character (for example ; or ,), "tab" or "locale".</source>
        <translation>--separator prend un caractère (par exemple ; ou ,), « tab » ou « locale ».</translation>
    </message>
    <message>
        <source>"metrics" takes no argument; use --output FILE to write a file.</source>
        <translation>« metrics » n'accepte aucun argument ; utilisez --output FILE pour écrire dans un fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>--parallel must be between 1 and 64.</source>
        <translation>--parallel doit être compris entre 1 et 64.</translation>
    </message>
    <message>
        <source>"set" needs one task name, e.g. cxcron set services:expire --schedule 5m.</source>
        <translation>« set » attend un nom de tâche, par exemple : cxcron set services:expire --schedule 5m.</translation>
    </message>
    <message>
        <source>Command:   %1</source>
        <translation>Commande :    %1</translation>
    </message>
    <message>
        <source>Exit code: %1</source>
        <translation>Code retour : %1</translation>
    </message>
    <message>
        <source>Signal:    %1</source>
        <translation>Signal :      %1</translation>
    </message>
    <message>
        <source>Output (error lines marked with !):</source>
        <translation>Sortie (lignes d'erreur marquées par !) :</translation>
    </message>
    <message>
        <source>%1: %2 — %3, timeout %4 s, %5</source>
        <translation>%1 : %2 — %3, délai d'expiration %4 s, %5</translation>
    </message>
    <message>
        <source>No stored tasks. Add one with: cxcron task add NAME --schedule 1h -- PROGRAM [ARGS...]</source>
        <translation>Aucune tâche enregistrée. Ajoutez-en une avec : cxcron task add NAME --schedule 1h -- PROGRAM [ARGS...]</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>DÉLAI</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>Usage: cxcron task add NAME --schedule S [--timeout N] [--cwd DIR] [--env KEY=VALUE]... [--shell] -- PROGRAM [ARGS...] | task edit NAME [options] [-- PROGRAM [ARGS...]] | task remove NAME | task list</source>
        <translation>Utilisation : cxcron task add NAME --schedule S [--timeout N] [--cwd DIR] [--env KEY=VALUE]... [--shell] -- PROGRAM [ARGS...] | task edit NAME [options] [-- PROGRAM [ARGS...]] | task remove NAME | task list</translation>
    </message>
    <message>
        <source>"task %1" needs a task name.</source>
        <translation>« task %1 » attend un nom de tâche.</translation>
    </message>
    <message>
        <source>"task remove" takes one task name.</source>
        <translation>« task remove » attend un seul nom de tâche.</translation>
    </message>
    <message>
        <source>Task %1 removed. Its history stays: cxcron history %1</source>
        <translation>Tâche %1 supprimée. Son historique est conservé : cxcron history %1</translation>
    </message>
    <message>
        <source>"task add" needs the program to run, after --: cxcron task add %1 --schedule 1h -- /path/to/program ARGS</source>
        <translation>« task add » attend le programme à exécuter, après -- : cxcron task add %1 --schedule 1h -- /path/to/program ARGS</translation>
    </message>
    <message>
        <source>"task add" needs --schedule (5m, 3h, 1d or a cron expression).</source>
        <translation>« task add » attend --schedule (5m, 3h, 1d ou une expression cron).</translation>
    </message>
    <message>
        <source>A task named %1 already exists.</source>
        <translation>Une tâche nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation>Tâche ajoutée : %1</translation>
    </message>
    <message>
        <source>%1 is a built-in task: change its schedule, timeout or state with "cxcron set %1".</source>
        <translation>%1 est une tâche intégrée : modifiez sa planification, son délai d'expiration ou son état avec « cxcron set %1 ».</translation>
    </message>
    <message>
        <source>There is no stored task named %1.</source>
        <translation>Il n'existe aucune tâche enregistrée nommée %1.</translation>
    </message>
    <message>
        <source>--shell goes with a new program after --.</source>
        <translation>--shell s'utilise avec un nouveau programme indiqué après --.</translation>
    </message>
    <message>
        <source>Task updated: %1</source>
        <translation>Tâche mise à jour : %1</translation>
    </message>
    <message>
        <source>"cancel" needs one execution id, e.g. cxcron cancel 42.</source>
        <translation>« cancel » attend un identifiant d'exécution, par exemple : cxcron cancel 42.</translation>
    </message>
    <message>
        <source>Execution #%1 (%2) is not running: it ended as %3; nothing to cancel.</source>
        <translation>L'exécution n°%1 (%2) n'est pas en cours : elle s'est terminée avec l'état %3 ; rien à annuler.</translation>
    </message>
    <message>
        <source>Cancel of execution #%1 (%2, running on %3) requested; its runner stops it within a few seconds.</source>
        <translation>Annulation de l'exécution n°%1 (%2, en cours sur %3) demandée ; son lanceur l'arrête d'ici quelques secondes.</translation>
    </message>
    <message>
        <source>show: print a running execution's output as it comes, until it ends.</source>
        <translation>show : affiche la sortie d'une exécution en cours au fur et à mesure, jusqu'à sa fin.</translation>
    </message>
    <message>
        <source>Following execution #%1 until it ends (Ctrl+C stops following, not the run).</source>
        <translation>Suivi de l'exécution n°%1 jusqu'à sa fin (Ctrl+C arrête le suivi, pas l'exécution).</translation>
    </message>
    <message>
        <source>[… more lines than the live tail holds …]</source>
        <translation>[… plus de lignes que n'en conserve le suivi en direct …]</translation>
    </message>
    <message>
        <source>history: text to find in output, exception or trace.</source>
        <translation>history : texte à rechercher dans la sortie, l'exception ou la trace.</translation>
    </message>
    <message>
        <source>Time zone of cron expressions (default: Europe/Paris on a CLIENTXCMS v2 site, which ignores APP_TIMEZONE; else APP_TIMEZONE of --env, else the system's).</source>
        <translation>Fuseau des expressions cron (par défaut : Europe/Paris sur un site CLIENTXCMS v2, qui ignore APP_TIMEZONE ; sinon APP_TIMEZONE de --env, sinon celui du système).</translation>
    </message>
    <message>
        <source>set: let this CMS job run at the same time as the CMS's other jobs of its minute (default: one after the other, in the Kernel's order, as schedule:run does).</source>
        <translation>set : laisser cette tâche du CMS s'exécuter en même temps que les autres tâches du CMS de sa minute (par défaut : l'une après l'autre, dans l'ordre du Kernel, comme schedule:run).</translation>
    </message>
    <message>
        <source>set: run this CMS job one after the other with the CMS's other jobs (the default).</source>
        <translation>set : exécuter cette tâche du CMS l'une après l'autre avec les autres tâches du CMS (par défaut).</translation>
    </message>
    <message>
        <source>Unknown language "%1": use one of %2.</source>
        <translation>Langue inconnue : « %1 ». Utilisez l'une de : %2.</translation>
    </message>
    <message>
        <source>%1 is not a valid id or number here: ids and counts are positive, e.g. cxcron cancel 42.</source>
        <translation>%1 n'est pas un identifiant ni un nombre valable ici : identifiants et nombres sont positifs, par exemple cxcron cancel 42.</translation>
    </message>
    <message>
        <source>Try "%1 --help".</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <source>--timezone needs a time zone name such as Europe/Paris or UTC, not "%1".</source>
        <translation>--timezone attend un nom de fuseau horaire comme Europe/Paris ou UTC, pas « %1 ».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>run the due tasks (crontab: every minute), or one task now</source>
        <translation>exécute les tâches arrivées à échéance (crontab : chaque minute), ou une tâche immédiatement</translation>
    </message>
    <message>
        <source>Runs the tasks that are due, side by side, and records each execution in cron_logs. Called every minute by cron or the systemd timer. With TASK, runs that task now whatever its schedule (never twice at once). Exit code 1 means a task failed.</source>
        <translation>Exécute côte à côte les tâches arrivées à échéance et enregistre chaque exécution dans cron_logs. Appelée chaque minute par cron ou le minuteur systemd. Avec TÂCHE, exécute cette tâche immédiatement quelle que soit sa planification (jamais deux fois à la fois). Le code de sortie 1 signifie qu'une tâche a échoué.</translation>
    </message>
    <message>
        <source>tasks with schedule, last run, state and next due time</source>
        <translation>tâches avec planification, dernière exécution, état et prochaine échéance</translation>
    </message>
    <message>
        <source>Lists every task with its schedule, its last run and state, and when it is due next.</source>
        <translation>Liste chaque tâche avec sa planification, sa dernière exécution et son état, et sa prochaine échéance.</translation>
    </message>
    <message>
        <source>executions, newest first, filtered; JSON or CSV export</source>
        <translation>exécutions, les plus récentes d'abord, filtrées ; export JSON ou CSV</translation>
    </message>
    <message>
        <source>Lists executions, newest first, of every task or of TASK. --json and --csv stream any number of rows (--limit 0: all).</source>
        <translation>Liste les exécutions, les plus récentes d'abord, de toutes les tâches ou de TÂCHE. --json et --csv écrivent n'importe quel nombre de lignes au fil de l'eau (--limit 0 : toutes).</translation>
    </message>
    <message>
        <source>one execution with its output or exception</source>
        <translation>une exécution avec sa sortie ou son exception</translation>
    </message>
    <message>
        <source>Shows one execution in full: command, exit code or signal, output with its error lines marked, exception and trace. --follow prints a running execution's output as it comes, until it ends.</source>
        <translation>Affiche une exécution en entier : commande, code de sortie ou signal, sortie avec ses lignes d'erreur marquées, exception et trace. --follow affiche la sortie d'une exécution en cours au fur et à mesure, jusqu'à sa fin.</translation>
    </message>
    <message>
        <source>stop a running execution, wherever it runs</source>
        <translation>arrête une exécution en cours, où qu'elle tourne</translation>
    </message>
    <message>
        <source>Asks the runner of a running execution to stop it; the runner, on whichever host it is, stops it within seconds.</source>
        <translation>Demande au runner d'une exécution en cours de l'arrêter ; le runner, quel que soit son serveur, l'arrête en quelques secondes.</translation>
    </message>
    <message>
        <source>delete old executions</source>
        <translation>supprime les anciennes exécutions</translation>
    </message>
    <message>
        <source>Deletes old executions in batches, never a running one, and always keeps the last runs of each task.</source>
        <translation>Supprime les anciennes exécutions par lots, jamais une exécution en cours, et garde toujours les dernières exécutions de chaque tâche.</translation>
    </message>
    <message>
        <source>enable, disable or reschedule a task on this installation</source>
        <translation>active, désactive ou replanifie une tâche sur cette installation</translation>
    </message>
    <message>
        <source>Overrides a task's settings for this installation: enable or disable it, change its schedule or timeout, or go back to its built-in settings.</source>
        <translation>Remplace les réglages d'une tâche pour cette installation : l'activer ou la désactiver, changer sa planification ou son délai maximal, ou revenir à ses réglages d'origine.</translation>
    </message>
    <message>
        <source>add, edit, remove or list the tasks that run a program</source>
        <translation>ajoute, modifie, supprime ou liste les tâches qui lancent un programme</translation>
    </message>
    <message>
        <source>Manages the tasks that run a program: PROGRAM and its arguments follow "--", or a /bin/sh command line with --shell. --env KEY=VALUE sets a variable of the task's environment (repeatable).</source>
        <translation>Gère les tâches qui lancent un programme : PROGRAMME et ses arguments suivent « -- », ou une ligne de commande /bin/sh avec --shell. --env CLÉ=VALEUR définit une variable de l'environnement de la tâche (répétable).</translation>
    </message>
    <message>
        <source>the CMS's scheduled jobs, and adopt them as tasks</source>
        <translation>les tâches planifiées du CMS, et leur adoption comme tâches</translation>
    </message>
    <message>
        <source>Lists the CMS's scheduled jobs (php artisan schedule:list) beside the tasks that run them; --adopt NAME or --all makes them tasks.</source>
        <translation>Liste les tâches planifiées du CMS (php artisan schedule:list) à côté des tâches qui les exécutent ; --adopt NOM ou --all en fait des tâches.</translation>
    </message>
    <message>
        <source>create or upgrade cxcron's own tables, then exit</source>
        <translation>crée ou met à jour les tables de cxcron, puis quitte</translation>
    </message>
    <message>
        <source>Creates or upgrades cxcron's own tables (never a CMS table), then exits: the one step that needs the CREATE and ALTER grants.</source>
        <translation>Crée ou met à jour les tables de cxcron (jamais une table du CMS), puis quitte : la seule étape qui demande les droits CREATE et ALTER.</translation>
    </message>
    <message>
        <source>print the crontab line and the systemd units</source>
        <translation>affiche la ligne crontab et les unités systemd</translation>
    </message>
    <message>
        <source>Prints the crontab line and the systemd timer and units for this binary and these connection options, with absolute paths and without any password.</source>
        <translation>Affiche la ligne crontab et le minuteur et les unités systemd pour ce binaire et ces options de connexion, avec des chemins absolus et sans aucun mot de passe.</translation>
    </message>
    <message>
        <source>create or refresh the SQLite demo database</source>
        <translation>crée ou rafraîchit la base SQLite de démonstration</translation>
    </message>
    <message>
        <source>Creates or refreshes, atomically, a SQLite database with demonstration tasks and history; the other commands use it when no database is given.</source>
        <translation>Crée ou rafraîchit, de façon atomique, une base SQLite avec des tâches et un historique de démonstration ; les autres commandes l'utilisent quand aucune base n'est indiquée.</translation>
    </message>
    <message>
        <source>alert rules: e-mail, webhook, healthchecks-style ping</source>
        <translation>règles d'alerte : e-mail, webhook, ping à la healthchecks</translation>
    </message>
    <message>
        <source>Manages the alert rules that "cxcron run" applies after its runs: an e-mail, a webhook (generic, Discord, Slack) or a ping URL when a task fails, and when it recovers.</source>
        <translation>Gère les règles d'alerte que « cxcron run » applique après ses exécutions : un e-mail, un webhook (générique, Discord, Slack) ou une URL de ping quand une tâche échoue, et quand elle se rétablit.</translation>
    </message>
    <message>
        <source>task metrics in the Prometheus text format</source>
        <translation>métriques des tâches au format texte de Prometheus</translation>
    </message>
    <message>
        <source>Prints the tasks' metrics in the Prometheus text format, or writes them atomically to a file for node_exporter's textfile collector.</source>
        <translation>Affiche les métriques des tâches au format texte de Prometheus, ou les écrit de façon atomique dans un fichier pour le collecteur textfile de node_exporter.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [arguments]</source>
        <translation>Utilisation : %1 [options] COMMANDE [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Options of every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <source>"%1 COMMAND --help" shows a command's own options and examples; "man cxcron" the whole manual.</source>
        <translation>« %1 COMMANDE --help » affiche les options et exemples d'une commande ; « man cxcron » le manuel complet.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 a task failed, 2 usage error, 3 configuration error,
4 connection failure, 5 database error, 6 not found, 7 task already running or database busy,
8 the output could not be written.</source>
        <translation>Codes de sortie : 0 ok, 1 une tâche a échoué, 2 erreur d'utilisation, 3 erreur de configuration,
4 échec de connexion, 5 erreur de base de données, 6 introuvable, 7 tâche déjà en cours ou base occupée,
8 la sortie n'a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Usage: %1 [options] %2</source>
        <translation>Utilisation : %1 [options] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source># crontab (install with: crontab -e -u %1). Output and failures go to syslog (journalctl -t cxcron).</source>
        <translation># crontab (à installer avec : crontab -e -u %1). La sortie et les échecs vont dans syslog (journalctl -t cxcron).</translation>
    </message>
    <message>
        <source># systemd reads the password from %1 (CXCRON_DB_PASSWORD=…, mode 600).</source>
        <translation># systemd lit le mot de passe dans %1 (CXCRON_DB_PASSWORD=…, mode 600).</translation>
    </message>
    <message>
        <source># --- or systemd: /etc/systemd/system/cxcron-run@.service ---</source>
        <translation># --- ou systemd : /etc/systemd/system/cxcron-run@.service ---</translation>
    </message>
    <message>
        <source>cxcron did not understand what "php artisan schedule:list" printed, so it cannot tell which jobs the CMS schedules; nothing was adopted. Its first lines:
%1</source>
        <translation>cxcron n'a pas compris ce qu'a affiché « php artisan schedule:list » et ne peut donc pas dire quelles tâches le CMS planifie ; rien n'a été adopté. Ses premières lignes :
%1</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>schedule:list printed a line that is not a job: %1</source>
        <translation>schedule:list a affiché une ligne qui n'est pas une tâche : %1</translation>
    </message>
    <message>
        <source>The installation's runners now read schedules in %1.</source>
        <translation>Les lanceurs de l'installation lisent désormais les planifications dans le fuseau %1.</translation>
    </message>
    <message>
        <source>Unknown state "%1" (running, success, partial, failed, skipped, interrupted, cancelled).</source>
        <translation>État « %1 » inconnu (running, success, partial, failed, skipped, interrupted, cancelled).</translation>
    </message>
    <message>
        <source>cxcron's tables are missing or older than this cxcron (schema version %1, needs %2): run "cxcron migrate" (or "cxcron run") once with an account that may create them.</source>
        <translation>Les tables de cxcron sont absentes ou plus anciennes que ce cxcron (version de schéma %1, il faut %2) : lancez « cxcron migrate » (ou « cxcron run ») une fois avec un compte autorisé à les créer.</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>impossible d'écrire la sortie : %1</translation>
    </message>
    <message>
        <source>Use --side-by-side or --in-order, not both.</source>
        <translation>Utilisez --side-by-side ou --in-order, pas les deux.</translation>
    </message>
    <message>
        <source>%1 is not one of the CMS's scheduled jobs: it never waits for them.</source>
        <translation>%1 n'est pas une tâche planifiée du CMS : elle ne les attend jamais.</translation>
    </message>
    <message>
        <source>%1 now runs side by side with the CMS's other jobs of its minute: it may act on rows they are changing (see docs/CLIENTXCMS-V2.md).</source>
        <translation>%1 s'exécute désormais en même temps que les autres tâches du CMS de sa minute : elle peut agir sur des lignes qu'elles sont en train de modifier (voir docs/CLIENTXCMS-V2.md).</translation>
    </message>
    <message>
        <source>%1 now runs one after the other with the CMS's other jobs, in the Kernel's order.</source>
        <translation>%1 s'exécute désormais l'une après l'autre avec les autres tâches du CMS, dans l'ordre du Kernel.</translation>
    </message>
    <message>
        <source>%1: "%2" reaches back before 1970. Give a shorter age or a date.</source>
        <translation>%1 : « %2 » remonte avant 1970. Donnez une durée plus courte ou une date.</translation>
    </message>
    <message>
        <source>--schedule "%1" has spaces, tabs or line breaks around its fields: write it as 5m, 1d or a cron expression with single spaces, e.g. "*/5 * * * *".</source>
        <translation>--schedule « %1 » contient des espaces, tabulations ou retours à la ligne autour de ses champs : écrivez 5m, 1d ou une expression cron à espaces simples, par exemple « */5 * * * * ».</translation>
    </message>
</context>
<context>
    <name>ClientXcms</name>
    <message>
        <source>Deliver paid orders</source>
        <translation>Livrer les commandes payées</translation>
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation>Suspendre les services et les faire expirer</translation>
    </message>
    <message>
        <source>Create renewal invoices</source>
        <translation>Créer les factures de renouvellement</translation>
    </message>
    <message>
        <source>Close inactive support tickets</source>
        <translation>Fermer les tickets de support inactifs</translation>
    </message>
    <message>
        <source>Expiry reminders</source>
        <translation>Rappels d'expiration</translation>
    </message>
    <message>
        <source>Delete stale pending invoices</source>
        <translation>Supprimer les factures en attente trop anciennes</translation>
    </message>
    <message>
        <source>Purge orphan metadata</source>
        <translation>Purger les métadonnées orphelines</translation>
    </message>
    <message>
        <source>Purge old baskets</source>
        <translation>Purger les anciens paniers</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <source>CLIENTXCMS v1 cron (Cron/index.php)</source>
        <translation>Tâche cron de CLIENTXCMS v1 (Cron/index.php)</translation>
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
    <name>CommandTask</name>
    <message>
        <source>%1 runs in the CLIENTXCMS folder, and this host has none: run cxcron with --env /path/to/clientxcms/.env (or --cms-root).</source>
        <translation>%1 s'exécute dans le dossier de CLIENTXCMS, et cet hôte n'en a pas : lancez cxcron avec --env /path/to/clientxcms/.env (ou --cms-root).</translation>
    </message>
    <message>
        <source>There is no artisan file in %1: is it the root folder of a CLIENTXCMS v2 site?</source>
        <translation>Il n'y a pas de fichier artisan dans %1 : est-ce bien le dossier racine d'un site CLIENTXCMS v2 ?</translation>
    </message>
    <message>
        <source>SIGTERM, then SIGKILL after %1 s because it did not stop</source>
        <translation>SIGTERM, puis SIGKILL après %1 s faute d'arrêt</translation>
    </message>
    <message>
        <source>The command ran past its timeout and was stopped (%1).</source>
        <translation>La commande a dépassé son délai d'expiration et a été arrêtée (%1).</translation>
    </message>
    <message>
        <source>The command was stopped (%1) because another host declared this run dead.</source>
        <translation>La commande a été arrêtée (%1) car un autre hôte a déclaré cette exécution morte.</translation>
    </message>
    <message>
        <source>The run was cancelled; the command was stopped (%1).</source>
        <translation>L'exécution a été annulée ; la commande a été arrêtée (%1).</translation>
    </message>
    <message>
        <source>The command was killed by %1.</source>
        <translation>La commande a été arrêtée de force par %1.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation>La commande s'est terminée avec le code %1.</translation>
    </message>
    <message numerus="yes">
        <source>The command succeeded but printed %n error line(s): %1</source>
        <translation>
            <numerusform>La commande a réussi mais a affiché %n ligne d'erreur : %1</numerusform>
            <numerusform>La commande a réussi mais a affiché %n lignes d'erreur : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SIGTERM; it then exited with code %1</source>
        <translation>SIGTERM ; elle s'est ensuite terminée avec le code %1</translation>
    </message>
    <message>
        <source>The command was stopped (%1) because the run's lease could not be renewed in time (database unreachable, or the runner stopped): another host may now run the task.</source>
        <translation>La commande a été arrêtée (%1) car le bail de l'exécution n'a pas pu être renouvelé à temps (base de données injoignable, ou lanceur arrêté) : un autre hôte peut désormais exécuter la tâche.</translation>
    </message>
    <message>
        <source>The command was stopped (%1) because the runner was asked to end.</source>
        <translation>La commande a été arrêtée (%1) car le lanceur a reçu l'ordre de s'arrêter.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Connected to %1, but this database has no cxcron tables yet (cron_logs). cxcron creates them when it connects: check that this is the CLIENTXCMS database.</source>
        <translation>Connecté à %1, mais cette base de données ne contient pas encore les tables de cxcron (cron_logs). cxcron les crée à la connexion : vérifiez qu'il s'agit bien de la base de données de CLIENTXCMS.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer cxcron (schema %2; this one knows %3): update cxcron.</source>
        <translation>Une version plus récente de cxcron a préparé %1 (schéma %2 ; cette version connaît %3) : mettez cxcron à jour.</translation>
    </message>
    <message>
        <source>Connected to %1, but the account cannot write to it (%2): the history can be viewed, but Run now and task changes will fail.</source>
        <translation>Connecté à %1, mais le compte ne peut pas y écrire (%2) : l'historique peut être consulté, mais l'exécution immédiate et les modifications de tâches échoueront.</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>La connexion à %1 fonctionne.</translation>
    </message>
    <message>
        <source>The demo database will be created at %1.</source>
        <translation>La base de démonstration sera créée à l'emplacement %1.</translation>
    </message>
    <message>
        <source>The SQLite file %1 does not exist: cxcron would create an empty database there.</source>
        <translation>Le fichier SQLite %1 n'existe pas : cxcron y créerait une base de données vide.</translation>
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
    <message>
        <source>Connect through SSH</source>
        <translation>Se connecter via SSH</translation>
    </message>
    <message>
        <source>The database host and port above are then seen from the SSH server (usually 127.0.0.1:3306). Key file or ssh-agent only: no SSH password is ever asked or stored.</source>
        <translation>L'hôte et le port de la base de données ci-dessus sont alors vus depuis le serveur SSH (généralement 127.0.0.1:3306). Fichier de clé ou ssh-agent uniquement : aucun mot de passe SSH n'est jamais demandé ni enregistré.</translation>
    </message>
    <message>
        <source>SSH server:</source>
        <translation>Serveur SSH :</translation>
    </message>
    <message>
        <source>web.example.com</source>
        <translation>web.example.com</translation>
    </message>
    <message>
        <source>SSH port:</source>
        <translation>Port SSH :</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Fichier de clé :</translation>
    </message>
    <message>
        <source>empty: the ssh-agent and ~/.ssh keys</source>
        <translation>vide : ssh-agent et les clés de ~/.ssh</translation>
    </message>
    <message>
        <source>Known hosts:</source>
        <translation>Hôtes connus :</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Import .env over SSH…</source>
        <translation>Importer le .env via SSH…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The .env file sets DB_CONNECTION=sqlite but no DB_DATABASE.</source>
        <translation>Le fichier .env définit DB_CONNECTION=sqlite mais pas DB_DATABASE.</translation>
    </message>
    <message>
        <source>Unsupported DB_CONNECTION "%1" in the .env file (expected mysql, mariadb or sqlite).</source>
        <translation>DB_CONNECTION « %1 » non pris en charge dans le fichier .env (valeurs attendues : mysql, mariadb ou sqlite).</translation>
    </message>
    <message>
        <source>The .env file names no database (DB_DATABASE or DB_NAME).</source>
        <translation>Le fichier .env n'indique aucune base de données (DB_DATABASE ou DB_NAME).</translation>
    </message>
    <message>
        <source>DB_PORT "%1" in the .env file is not a valid port.</source>
        <translation>DB_PORT « %1 » dans le fichier .env n'est pas un port valide.</translation>
    </message>
    <message>
        <source>The database URL "%1" names no SQLite file.</source>
        <translation>L'URL de base de données « %1 » n'indique aucun fichier SQLite.</translation>
    </message>
    <message>
        <source>The database URL does not include a database name (…/database).</source>
        <translation>L'URL de base de données ne contient aucun nom de base (…/database).</translation>
    </message>
    <message>
        <source>The database URL has tls=%1: use tls=1 (encrypted, server certificate verified), tls=require (encrypted, not verified) or tls=0.</source>
        <translation>L'URL de base de données contient tls=%1 : utilisez tls=1 (chiffré, certificat du serveur vérifié), tls=require (chiffré, non vérifié) ou tls=0.</translation>
    </message>
    <message>
        <source>Malformed database URL. Use sqlite:/path/file.sqlite or mysql://user@host:3306/database with the password in CXCRON_DB_PASSWORD (or --env / --profile).</source>
        <translation>URL de base de données mal formée. Utilisez sqlite:/path/file.sqlite ou mysql://user@host:3306/database avec le mot de passe dans CXCRON_DB_PASSWORD (ou --env / --profile).</translation>
    </message>
    <message>
        <source>The database URL has a malformed IPv6 host.</source>
        <translation>L'URL de base de données contient un hôte IPv6 mal formé.</translation>
    </message>
    <message>
        <source>The database URL has an invalid port "%1".</source>
        <translation>L'URL de base de données contient un port invalide : « %1 ».</translation>
    </message>
    <message>
        <source>The database URL sets tls-ca but also tls=0.</source>
        <translation>L'URL de base de données définit tls-ca mais aussi tls=0.</translation>
    </message>
    <message>
        <source>The database URL has ssh=%1: use ssh=user@host or ssh=user@host:port.</source>
        <translation>L'URL de base de données contient ssh=%1 : utilisez ssh=user@host ou ssh=user@host:port.</translation>
    </message>
    <message>
        <source>Unknown option "%1" in the database URL (known: socket, charset, tls, tls-ca, timezone, ssh, ssh-key, ssh-known-hosts).</source>
        <translation>Option "%1" inconnue dans l'URL de base de données (options connues : socket, charset, tls, tls-ca, timezone, ssh, ssh-key, ssh-known-hosts).</translation>
    </message>
    <message>
        <source>The database URL sets ssh-key or ssh-known-hosts but no ssh=user@host.</source>
        <translation>L'URL de base de données définit ssh-key ou ssh-known-hosts, mais pas ssh=user@host.</translation>
    </message>
    <message>
        <source>A SQLite database URL takes no user or password: use sqlite:/path/file.sqlite.</source>
        <translation>Une URL de base SQLite ne prend ni utilisateur ni mot de passe : utilisez sqlite:/chemin/fichier.sqlite.</translation>
    </message>
    <message>
        <source>The database URL gives %1 an empty value: give it one, or leave the option out.</source>
        <translation>L'URL de la base donne une valeur vide à %1 : donnez-lui une valeur, ou retirez l'option.</translation>
    </message>
    <message>
        <source>The database URL gives %1 more than once: give each option once.</source>
        <translation>L'URL de la base donne %1 plusieurs fois : donnez chaque option une seule fois.</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>empty list element in "%1"</source>
        <translation>élément de liste vide dans « %1 »</translation>
    </message>
    <message>
        <source>invalid step in "%1"</source>
        <translation>pas invalide dans « %1 »</translation>
    </message>
    <message>
        <source>"%1" is not a number or a name</source>
        <translation>« %1 » n'est ni un nombre ni un nom</translation>
    </message>
    <message>
        <source>"%1" is out of range %2-%3</source>
        <translation>« %1 » est en dehors de l'intervalle %2-%3</translation>
    </message>
    <message>
        <source>Invalid cron expression "%1": %2</source>
        <translation>Expression cron « %1 » invalide : %2</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day month weekday), got %1</source>
        <translation>5 champs attendus (minute heure jour mois jour-de-la-semaine) au lieu de %1</translation>
    </message>
    <message>
        <source>no date matches it in the next years (e.g. 30 February): the task would never run</source>
        <translation>aucune date ne correspond dans les prochaines années (par exemple le 30 février) : la tâche ne s'exécuterait jamais</translation>
    </message>
    <message>
        <source>"?" may stand for one day field, not both</source>
        <translation>« ? » peut remplacer un seul des deux champs de jour, pas les deux</translation>
    </message>
    <message>
        <source>"%1": names cannot take a step (Laravel reads them as 0); write numbers</source>
        <translation>« %1 » : un nom ne peut pas avoir de pas (Laravel le lit comme 0) ; écrivez des nombres</translation>
    </message>
    <message>
        <source>"%1": L and W stand alone in the day of the month (L, 15W)</source>
        <translation>« %1 » : L et W s'écrivent seuls dans le jour du mois (L, 15W)</translation>
    </message>
    <message>
        <source>"%1": in n#k, k goes from 1 to 5</source>
        <translation>« %1 » : dans n#k, k va de 1 à 5</translation>
    </message>
    <message>
        <source>"%1": write nL (last n of the month) or n#k (k-th n of the month)</source>
        <translation>« %1 » : écrivez nL (dernier jour n du mois) ou n#k (k-ième jour n du mois)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Access denied to %1: check the user name and password.</source>
        <translation>Accès refusé à %1 : vérifiez le nom d'utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The database "%1" does not exist on %2.</source>
        <translation>La base de données « %1 » n'existe pas sur %2.</translation>
    </message>
    <message>
        <source>Cannot reach the database server %1: %2</source>
        <translation>Impossible de joindre le serveur de base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d'ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-mysql or libqt6sql6-sqlite).</source>
        <translation>Le pilote Qt SQL %1 n'est pas installé (Debian : libqt6sql6-mysql ou libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>No SQLite database file is configured.</source>
        <translation>Aucun fichier de base de données SQLite n'est configuré.</translation>
    </message>
    <message>
        <source>The folder of the SQLite database %1 does not exist.</source>
        <translation>Le dossier de la base de données SQLite %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The database did not return its clock.</source>
        <translation>La base de données n'a pas renvoyé son heure courante.</translation>
    </message>
    <message>
        <source>Access denied to the database "%1" on %2: it does not exist or the user has no rights on it.</source>
        <translation>Accès refusé à la base de données « %1 » sur %2 : elle n'existe pas ou l'utilisateur n'a aucun droit dessus.</translation>
    </message>
    <message>
        <source>Access denied to %1: check the user name and password; if the account requires TLS (REQUIRE SSL), add ?tls=1 to the URL.</source>
        <translation>Accès refusé à %1 : vérifiez le nom d'utilisateur et le mot de passe ; si le compte exige TLS (REQUIRE SSL), ajoutez ?tls=1 à l'URL.</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. Check that the server has TLS enabled and that its certificate is signed by the CA given in tls-ca (or a CA of the system store).</source>
        <translation>La connexion TLS à %1 a échoué : %2. Vérifiez que TLS est activé sur le serveur et que son certificat est signé par l'autorité de certification indiquée dans tls-ca (ou par une autorité du magasin du système).</translation>
    </message>
    <message>
        <source>tls=1 verifies the server certificate, but no tls-ca is given and no system CA bundle was found (Debian: apt-get install ca-certificates).</source>
        <translation>tls=1 vérifie le certificat du serveur, mais aucun tls-ca n'est indiqué et aucun ensemble de certificats d'autorités du système n'a été trouvé (Debian : apt-get install ca-certificates).</translation>
    </message>
    <message>
        <source>The CA certificate %1 (tls-ca) does not exist or cannot be read.</source>
        <translation>Le certificat d'autorité %1 (tls-ca) n'existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The CA certificate path %1 (tls-ca) must not contain ';'.</source>
        <translation>Le chemin du certificat d'autorité %1 (tls-ca) ne doit pas contenir ';'.</translation>
    </message>
    <message>
        <source>The URL asks for TLS on the Unix socket %1, where the server does not encrypt: connect by host and port for TLS, or drop tls (a local socket never leaves the machine).</source>
        <translation>L'URL demande TLS sur le socket Unix %1, où le serveur ne chiffre pas : connectez-vous par hôte et port pour utiliser TLS, ou retirez tls (un socket local ne quitte jamais la machine).</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted although the URL asks for TLS: the server has TLS disabled (have_ssl). Enable TLS on the server; cxcron does not fall back to plain text.</source>
        <translation>La connexion à %1 n'est pas chiffrée alors que l'URL demande TLS : TLS est désactivé sur le serveur (have_ssl). Activez TLS sur le serveur ; cxcron ne se rabat pas sur une connexion en clair.</translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 works, but nothing answered on %2 from there: is the database server listening on that address of the SSH server?</source>
        <translation>Le tunnel SSH vers %1 fonctionne, mais rien n'a répondu sur %2 depuis ce serveur : le serveur de base de données écoute-t-il bien sur cette adresse du serveur SSH ?</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server's certificate must be signed by the CA given in tls-ca (or a CA of the system store) and name the host %3 (its subjectAltName); cxcron sent no credentials.</source>
        <translation>La connexion TLS à %1 a échoué : %2. Le certificat du serveur doit être signé par l'autorité donnée dans tls-ca (ou une autorité du magasin du système) et nommer l'hôte %3 (son subjectAltName) ; cxcron n'a envoyé aucun identifiant.</translation>
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
    <name>EnvExposure</name>
    <message>
        <source>%1 (the CMS's .env, with its database password) can be read by every user of this machine. Run: chmod o-r %1 (the web server and cxcron only need the owner or the group).</source>
        <translation>%1 (le .env du CMS, avec son mot de passe de base de données) est lisible par tous les utilisateurs de cette machine. Lancez : chmod o-r %1 (le serveur web et cxcron n'ont besoin que du propriétaire ou du groupe).</translation>
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
        <translation>Impossible de lire le fichier d'environnement %1 : %2</translation>
    </message>
    <message>
        <source>The environment file %1 is larger than 1 MiB; refusing to read it.</source>
        <translation>Le fichier d'environnement %1 dépasse 1 Mio ; lecture refusée.</translation>
    </message>
    <message>
        <source>The environment file %1 is not a regular file (a device, FIFO, socket or folder); refusing to read it.</source>
        <translation>Le fichier d'environnement %1 n'est pas un fichier ordinaire (périphérique, FIFO, socket ou dossier) ; lecture refusée.</translation>
    </message>
    <message>
        <source>The environment file %1 holds a NUL byte (line %2): it is not a text .env file; refusing to read it.</source>
        <translation>Le fichier d'environnement %1 contient un octet NUL (ligne %2) : ce n'est pas un fichier .env texte ; lecture refusée.</translation>
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
    <message>
        <source>Completed with errors</source>
        <translation>Terminé avec erreurs</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
    <message>
        <source>Command output</source>
        <translation>Sortie de la commande</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>ended by %1</source>
        <translation>arrêtée par %1</translation>
    </message>
    <message>
        <source>stopped at its timeout</source>
        <translation>arrêtée à l'expiration de son délai</translation>
    </message>
    <message>
        <source>stopped: cancelled</source>
        <translation>arrêtée : exécution annulée</translation>
    </message>
    <message>
        <source>Live output</source>
        <translation>Sortie en direct</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l'exécution</translation>
    </message>
    <message>
        <source>Ask the runner of this execution, on whatever host, to stop it</source>
        <translation>Demander à l'lanceur de cette exécution, quel que soit son hôte, de l'arrêter</translation>
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
    <name>HistoryRepository</name>
    <message>
        <source>The search text has %1 characters; at most %2 are accepted.</source>
        <translation>Le texte recherché compte %1 caractères ; %2 au maximum sont acceptés.</translation>
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
    <name>OutputCapture</name>
    <message numerus="yes">
        <source>[… %n line(s) omitted …]</source>
        <translation>
            <numerusform>[… %n ligne omise …]</numerusform>
            <numerusform>[… %n lignes omises …]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessSupervisor</name>
    <message>
        <source>The working directory %1 does not exist.</source>
        <translation>Le répertoire de travail %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The working directory %1 cannot be entered (permission denied).</source>
        <translation>Impossible d'entrer dans le répertoire de travail %1 (permission refusée).</translation>
    </message>
    <message>
        <source>The program "%1" was not found (not in PATH).</source>
        <translation>Le programme « %1 » est introuvable (absent du PATH).</translation>
    </message>
    <message>
        <source>The program %1 does not exist.</source>
        <translation>Le programme %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The program %1 is not executable.</source>
        <translation>Le programme %1 n'est pas exécutable.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>cxcron-shim was not found (looked beside %1 and in %2); reinstall cxcron.</source>
        <translation>cxcron-shim est introuvable (cherché à côté de %1 et dans %2) ; réinstallez cxcron.</translation>
    </message>
    <message>
        <source>Cannot create the run's private files in %1.</source>
        <translation>Impossible de créer les fichiers privés de l'exécution dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the pipes for the command's output: %1</source>
        <translation>Impossible de créer les tubes pour la sortie de la commande : %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 holds a database password but can be read by other users. Run: chmod 600 %1</source>
        <translation>%1 contient un mot de passe de base de données mais est lisible par d'autres utilisateurs. Exécutez : chmod 600 %1</translation>
    </message>
    <message>
        <source>The configuration file %1 is corrupt.</source>
        <translation>Le fichier de configuration %1 est corrompu.</translation>
    </message>
    <message>
        <source>No profile named "%1" in %2.</source>
        <translation>Aucun profil nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Profile "%1": unknown driver "%2".</source>
        <translation>Profil « %1 » : pilote « %2 » inconnu.</translation>
    </message>
    <message>
        <source>Profile "%1": the port is not a number.</source>
        <translation>Profil « %1 » : le port n'est pas un nombre.</translation>
    </message>
    <message>
        <source>Profile "%1": the SSH port is not valid.</source>
        <translation>Profil "%1" : le port SSH n'est pas valide.</translation>
    </message>
</context>
<context>
    <name>Provisioner</name>
    <message>
        <source>No provisioning command is configured.</source>
        <translation>Aucune commande de provisionnement n'est configurée.</translation>
    </message>
    <message>
        <source>Cannot start the provisioning command %1: %2</source>
        <translation>Impossible de lancer la commande de provisionnement %1 : %2</translation>
    </message>
    <message>
        <source>The provisioning command %1 (%2) did not finish within %3 s and was killed.</source>
        <translation>La commande de provisionnement %1 (%2) ne s'est pas terminée en %3 s et a été arrêtée de force.</translation>
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
    <message>
        <source>The provisioning command %1 (%2) was stopped because the run was stopped.</source>
        <translation>La commande de provisionnement %1 (%2) a été arrêtée car l'exécution a été arrêtée.</translation>
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
    <name>QObject</name>
    <message>
        <source>cxcron was built without keychain support</source>
        <translation>cxcron a été compilé sans prise en charge du trousseau</translation>
    </message>
</context>
<context>
    <name>RecoveredEnd</name>
    <message>
        <source>The runner process %1 on %2 ended after the command but before recording its end; the exit status comes from the run's exit file, and only the last lines shown live were kept.</source>
        <translation>Le processus du lanceur %1 sur %2 s'est arrêté après la commande mais avant d'en enregistrer la fin ; le code de sortie vient du fichier de sortie de l'exécution, et seules les dernières lignes affichées en direct ont été conservées.</translation>
    </message>
    <message>
        <source>The command was killed by %1.</source>
        <translation>La commande a été arrêtée de force par %1.</translation>
    </message>
    <message>
        <source>The command exited with code %1.</source>
        <translation>La commande s'est terminée avec le code %1.</translation>
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
        <source>Search output, exceptions and traces…</source>
        <translation>Rechercher dans les sorties, les exceptions et les traces…</translation>
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
    <name>RunNowController</name>
    <message>
        <source>%1 could not run: the database is locked by another program (probably a "cxcron run" in progress). Try again when it has finished.</source>
        <translation>%1 n'a pas pu s'exécuter : la base de données est verrouillée par un autre programme (probablement un « cxcron run » en cours). Réessayez lorsqu'il sera terminé.</translation>
    </message>
    <message>
        <source>%1 could not run: the database connection was lost (%2).</source>
        <translation>%1 n'a pas pu s'exécuter : la connexion à la base de données a été perdue (%2).</translation>
    </message>
    <message>
        <source>%1 was cancelled, but its end could not be recorded: %2</source>
        <translation>%1 a été annulée, mais sa fin n'a pas pu être enregistrée : %2</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 n'a pas pu s'exécuter : %2</translation>
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
        <translation>Le processus %1 du lanceur sur %2 s'est terminé avant la fin de l'exécution (plantage, arrêt forcé ou redémarrage).</translation>
    </message>
    <message>
        <source>The previous run (#%1) is still running.</source>
        <translation>L'exécution précédente (n°%1) est toujours en cours.</translation>
    </message>
    <message>
        <source>Unknown task "%1". Known tasks: %2</source>
        <translation>Tâche inconnue : « %1 ». Tâches connues : %2</translation>
    </message>
    <message>
        <source>The task %1 is already running (run #%2); try again when it has finished.</source>
        <translation>La tâche %1 est déjà en cours (exécution n°%2) ; réessayez lorsqu'elle sera terminée.</translation>
    </message>
    <message>
        <source>The task did not stop within the grace after it was asked to (%1); whether its last changes were saved is unknown.</source>
        <translation>La tâche ne s'est pas arrêtée dans le délai de tolérance qui a suivi la demande d'arrêt (%1) ; on ne sait pas si ses dernières modifications ont été enregistrées.</translation>
    </message>
    <message>
        <source>timeout of %1 s</source>
        <translation>délai d'expiration de %1 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>The run was stopped because another host declared it dead (its lease was lost).</source>
        <translation>L'exécution a été arrêtée car un autre hôte l'a déclarée morte (son bail a été perdu).</translation>
    </message>
    <message>
        <source>The runner on %1 stopped renewing the run's lease (last renewal expired %2 UTC); it was probably stopped or lost its database connection.</source>
        <translation>Le lanceur sur %1 a cessé de renouveler le bail de l'exécution (dernier renouvellement expiré le %2 UTC) ; il a probablement été arrêté ou a perdu sa connexion à la base de données.</translation>
    </message>
    <message>
        <source>The run on %1 holds no lease and recorded no end; its runner was probably stopped.</source>
        <translation>L'exécution sur %1 ne détient aucun bail et n'a enregistré aucune fin ; son lanceur a probablement été arrêté.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l'utilisateur</translation>
    </message>
    <message>
        <source>cancelled by %1</source>
        <translation>annulée par %1</translation>
    </message>
    <message>
        <source>After the stop request: %1: %2</source>
        <translation>Après la demande d'arrêt : %1 : %2</translation>
    </message>
    <message>
        <source>(cancelled by %1)</source>
        <translation>(annulée par %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) it had left were stopped.</source>
        <translation>
            <numerusform>%n processus qu'il avait laissé a été arrêté.</numerusform>
            <numerusform>%n processus qu'il avait laissés ont été arrêtés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run had already been recorded as ended; it actually ended as %1.</source>
        <translation>Cette exécution avait déjà été enregistrée comme terminée ; elle s'est en réalité terminée ainsi : %1.</translation>
    </message>
    <message>
        <source>Not committed: the run's lease could not be renewed in time, so another host may have taken the task over.</source>
        <translation>Non validé : le bail de l'exécution n'a pas pu être renouvelé à temps, un autre hôte a donc pu reprendre la tâche.</translation>
    </message>
    <message>
        <source>Not committed: another host declared this run dead and took its lease.</source>
        <translation>Non validé : un autre hôte a déclaré cette exécution morte et a pris son bail.</translation>
    </message>
    <message>
        <source>The task did not finish within its timeout of %1 s and was stopped; the item it was working on was rolled back, items already done stay done.</source>
        <translation>La tâche ne s'est pas terminée dans son délai de %1 s et a été arrêtée ; l'élément en cours a été annulé, les éléments déjà traités restent faits.</translation>
    </message>
    <message>
        <source>The run was cancelled by %1; the item it was working on was rolled back, items already done stay done.</source>
        <translation>L'exécution a été annulée par %1 ; l'élément en cours a été annulé, les éléments déjà traités restent faits.</translation>
    </message>
    <message>
        <source>The run was stopped because its lease could not be renewed in time (database unreachable): another host may now run the task.</source>
        <translation>L'exécution a été arrêtée car son bail n'a pas pu être renouvelé à temps (base de données injoignable) : un autre hôte peut désormais exécuter la tâche.</translation>
    </message>
    <message>
        <source>The run was stopped because the runner was asked to end (SIGTERM, SIGINT or SIGHUP).</source>
        <translation>L'exécution a été arrêtée car le lanceur a reçu l'ordre de s'arrêter (SIGTERM, SIGINT ou SIGHUP).</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>Invalid schedule "%1": the interval must be between 1 minute and 366 days.</source>
        <translation>Planification « %1 » invalide : l'intervalle doit être compris entre 1 minute et 366 jours.</translation>
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
    <name>ScheduleZone</name>
    <message>
        <source>This runner would read schedules in %1, but this installation's runners read them in %2 (recorded in the database); runners in different zones would run daily tasks at different times. Use --timezone %2, or change the installation's zone with "cxcron migrate --timezone %1".</source>
        <translation>Ce lanceur lirait les planifications dans le fuseau %1, mais les lanceurs de cette installation les lisent dans %2 (enregistré dans la base) ; des lanceurs dans des fuseaux différents exécuteraient les tâches quotidiennes à des heures différentes. Utilisez --timezone %2, ou changez le fuseau de l'installation avec « cxcron migrate --timezone %1 ».</translation>
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
        <source>The table cron_logs does not exist in this database. Run "cxcron run" once (or "cxcron demo-db") to create it.</source>
        <translation>La table cron_logs n'existe pas dans cette base de données. Lancez une fois « cxcron run » (ou « cxcron demo-db ») pour la créer.</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>A single quote (') is not closed.</source>
        <translation>Une apostrophe (') n'est pas refermée.</translation>
    </message>
    <message>
        <source>A double quote (") is not closed.</source>
        <translation>Un guillemet (") n'est pas refermé.</translation>
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
    <message>
        <source>The disk holding the database %1 is full: free some space there (the write that failed was rolled back).</source>
        <translation>Le disque qui contient la base de données %1 est plein : libérez de l'espace (l'écriture qui a échoué a été annulée).</translation>
    </message>
    <message>
        <source>The database is busy: another session kept the rows this needs locked longer than the server's lock wait timeout (innodb_lock_wait_timeout); try again in a moment.</source>
        <translation>La base de données est occupée : une autre session a verrouillé les lignes nécessaires plus longtemps que le délai d'attente de verrou du serveur (innodb_lock_wait_timeout) ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another cxcron process (a runner, the desktop application) or another program kept it locked for writing for more than %2 s; try again in a moment.</source>
        <translation>La base de données %1 est occupée : un autre processus cxcron (un lanceur, l'application de bureau) ou un autre programme l'a verrouillée en écriture pendant plus de %2 s ; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message>
        <source>ssh ended without a message</source>
        <translation>ssh s'est terminé sans message</translation>
    </message>
    <message>
        <source>the ssh-agent's keys and the default keys of ~/.ssh</source>
        <translation>les clés de ssh-agent et les clés par défaut de ~/.ssh</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>la clé %1</translation>
    </message>
    <message>
        <source>No SSH server is given.</source>
        <translation>Aucun serveur SSH n'est indiqué.</translation>
    </message>
    <message>
        <source>The known hosts file name must not contain '"'.</source>
        <translation>Le nom du fichier known_hosts ne doit pas contenir '"'.</translation>
    </message>
    <message>
        <source>ssh cannot use the key file %1: its name contains '%', which ssh reads as a token. Rename the file or link it under another name.</source>
        <translation>ssh ne peut pas utiliser le fichier de clé %1 : son nom contient '%', que ssh interprète comme un jeton. Renommez le fichier ou créez un lien vers lui sous un autre nom.</translation>
    </message>
    <message>
        <source>The SSH key file %1 does not exist or cannot be read.</source>
        <translation>Le fichier de clé SSH %1 n'existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has CHANGED since it was recorded in %2. Someone may be intercepting the connection, or the server was reinstalled. cxcron does not connect. Ask the server's administrator for its key fingerprint; only if it matches, remove the old key (ssh-keygen -R %3 -f %2) and connect again to accept the new one.</source>
        <translation>La clé d'hôte du serveur SSH %1 a CHANGÉ depuis son enregistrement dans %2. Quelqu'un intercepte peut-être la connexion, ou le serveur a été réinstallé. cxcron ne se connecte pas. Demandez l'empreinte de sa clé à l'administrateur du serveur ; seulement si elle correspond, supprimez l'ancienne clé (ssh-keygen -R %3 -f %2) et reconnectez-vous pour accepter la nouvelle.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet (its host key is not in %2).</source>
        <translation>Le serveur SSH %1 n'est pas encore connu (sa clé d'hôte ne figure pas dans %2).</translation>
    </message>
    <message>
        <source>Its key could not be read (ssh-keyscan failed).</source>
        <translation>Sa clé n'a pas pu être lue (échec de ssh-keyscan).</translation>
    </message>
    <message>
        <source>Its %1 key fingerprint is %2. Compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub, run on the server) before accepting it (Test connection in cxcron-gui offers to; or connect once with ssh and answer yes).</source>
        <translation>L'empreinte de sa clé %1 est %2. Comparez-la avec celle que donne le serveur lui-même (ssh-keygen -lf /etc/ssh/ssh_host_%3_key.pub, à exécuter sur le serveur) avant de l'accepter (le bouton Tester la connexion de cxcron-gui le propose ; vous pouvez aussi vous connecter une fois avec ssh et répondre yes).</translation>
    </message>
    <message>
        <source>ssh refuses the key file %1 because other users can read it. Run: chmod 600 %1</source>
        <translation>ssh refuse le fichier de clé %1 car d'autres utilisateurs peuvent le lire. Exécutez : chmod 600 %1</translation>
    </message>
    <message>
        <source>The SSH server %1 refused the login with %2. Check the user name and that the public key is in ~/.ssh/authorized_keys on the server; a key protected by a passphrase must be loaded into ssh-agent (ssh-add): cxcron never asks for a password.</source>
        <translation>Le serveur SSH %1 a refusé l'authentification avec %2. Vérifiez le nom d'utilisateur et que la clé publique figure dans ~/.ssh/authorized_keys sur le serveur ; une clé protégée par une phrase de passe doit être chargée dans ssh-agent (ssh-add) : cxcron ne demande jamais de mot de passe.</translation>
    </message>
    <message>
        <source>The SSH server %1 refused the connection: nothing listens on port %2 there, or a firewall rejects it.</source>
        <translation>Le serveur SSH %1 a refusé la connexion : rien n'y écoute sur le port %2, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>Cannot reach the SSH server %1: %2</source>
        <translation>Impossible de joindre le serveur SSH %1 : %2</translation>
    </message>
    <message>
        <source>ssh could not open the tunnel through %1: %2</source>
        <translation>ssh n'a pas pu ouvrir le tunnel via %1 : %2</translation>
    </message>
    <message>
        <source>SSH to %1 failed: %2</source>
        <translation>Échec de la connexion SSH à %1 : %2</translation>
    </message>
    <message>
        <source>No file to read on the SSH server is given.</source>
        <translation>Aucun fichier à lire sur le serveur SSH n'est indiqué.</translation>
    </message>
    <message>
        <source>The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install openssh-client).</source>
        <translation>Le client OpenSSH (ssh) ne peut pas être lancé : %1 (Debian : apt-get install openssh-client).</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 on %2 took more than %n seconds.</source>
        <translation>
            <numerusform>La lecture de %1 sur %2 a pris plus de %n seconde.</numerusform>
            <numerusform>La lecture de %1 sur %2 a pris plus de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 is larger than 1 MiB: not a .env file.</source>
        <translation>%1 sur %2 dépasse 1 Mio : ce n'est pas un fichier .env.</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>Impossible de lire %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>SshHostKeys</name>
    <message>
        <source>No valid host key to add.</source>
        <translation>Aucune clé d'hôte valide à ajouter.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the known hosts file %1: %2</source>
        <translation>Impossible d'écrire le fichier known_hosts %1 : %2</translation>
    </message>
</context>
<context>
    <name>SshTunnel</name>
    <message>
        <source>ssh could not open a local port for the tunnel.</source>
        <translation>ssh n'a pas pu ouvrir de port local pour le tunnel.</translation>
    </message>
    <message>
        <source>No free local port for the SSH tunnel.</source>
        <translation>Aucun port local libre pour le tunnel SSH.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for ssh's messages.</source>
        <translation>Impossible de créer un fichier temporaire pour les messages de ssh.</translation>
    </message>
    <message>
        <source>The OpenSSH client (ssh) cannot be started: %1 (Debian: apt-get install openssh-client).</source>
        <translation>Le client OpenSSH (ssh) ne peut pas être lancé : %1 (Debian : apt-get install openssh-client).</translation>
    </message>
    <message numerus="yes">
        <source>The SSH connection to %1 was not ready after %n seconds.</source>
        <translation>
            <numerusform>La connexion SSH à %1 n'était pas prête au bout de %n seconde.</numerusform>
            <numerusform>La connexion SSH à %1 n'était pas prête au bout de %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDefinition</name>
    <message>
        <source>Invalid task name "%1": use letters, digits and : . _ - (at most 100).</source>
        <translation>Nom de tâche « %1 » invalide : utilisez des lettres, des chiffres et : . _ - (100 caractères au plus).</translation>
    </message>
    <message>
        <source>The artisan command of %1 is empty.</source>
        <translation>La commande artisan de %1 est vide.</translation>
    </message>
    <message>
        <source>The program of %1 is empty.</source>
        <translation>Le programme de %1 est vide.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation>Le délai d'expiration doit être compris entre 1 et %1 secondes (7 jours).</translation>
    </message>
    <message>
        <source>Invalid environment variable name "%1".</source>
        <translation>Nom de variable d'environnement « %1 » invalide.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>backup:database</source>
        <translation>backup:database</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Shown in the overview (the name when empty)</source>
        <translation>Affiché dans la vue d'ensemble (le nom si vide)</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>/usr/local/bin/backup --all "/var/backups/my site"</source>
        <translation>/usr/local/bin/backup --all "/var/backups/my site"</translation>
    </message>
    <message>
        <source>Run through /bin/sh (pipes, redirections, variables)</source>
        <translation>Exécuter via /bin/sh (tubes, redirections, variables)</translation>
    </message>
    <message>
        <source>&amp;Working folder:</source>
        <translation>&amp;Dossier de travail :</translation>
    </message>
    <message>
        <source>The runner's folder when empty</source>
        <translation>Dossier du lanceur si vide</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>One KEY=VALUE per line</source>
        <translation>Une affectation CLÉ=VALEUR par ligne</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <source>5m, 3h, 1d or a cron expression (0 3 * * *)</source>
        <translation>5m, 3h, 1d ou une expression cron (0 3 * * *)</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Délai d'e&amp;xpiration :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Enabled (run on schedule)</source>
        <translation>Acti&amp;vée (exécutée selon sa planification)</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Rétablir les valeurs d'origine</translation>
    </message>
    <message>
        <source>Fill in the task's own schedule, timeout and state</source>
        <translation>Reprend la planification, le délai d'expiration et l'état d'origine de la tâche</translation>
    </message>
    <message>
        <source>Cron expressions are read as Laravel's scheduler reads them, in the CMS time zone: L (last day), 15W (weekday nearest the 15th), 5L (last Friday), 5#2 (second Friday), @daily and the other macros. When neither day field is * or ?, either may match: 0 0 */3 * 1 runs every third day and every Monday.</source>
        <translation>Les expressions cron sont lues comme le planificateur de Laravel les lit, dans le fuseau du CMS : L (dernier jour), 15W (jour ouvré le plus proche du 15), 5L (dernier vendredi), 5#2 (deuxième vendredi), @daily et les autres macros. Quand aucun des deux champs de jour n'est * ou ?, l'un ou l'autre suffit : 0 0 */3 * 1 s'exécute tous les trois jours et chaque lundi.</translation>
    </message>
</context>
<context>
    <name>TaskSettings</name>
    <message>
        <source>Ignoring the stored schedule of %1: %2</source>
        <translation>Planification enregistrée de %1 ignorée : %2</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation>Le délai d'expiration doit être compris entre 1 et %1 secondes (7 jours).</translation>
    </message>
</context>
<context>
    <name>TaskStore</name>
    <message>
        <source>A task named %1 already exists.</source>
        <translation>Une tâche nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no stored task named %1.</source>
        <translation>Il n'existe aucune tâche enregistrée nommée %1.</translation>
    </message>
    <message>
        <source>There is no stored task named %1 (built-in tasks cannot be removed; disable them with "cxcron set %1 --disable").</source>
        <translation>Il n'existe aucune tâche enregistrée nommée %1 (les tâches intégrées ne peuvent pas être supprimées ; désactivez-les avec « cxcron set %1 --disable »).</translation>
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
        <translation>Purger l'historique des exécutions</translation>
    </message>
    <message>
        <source>Deletes old executions, keeping the last runs of every task and failures longer.</source>
        <translation>Supprime les anciennes exécutions, en conservant les dernières de chaque tâche et en gardant les échecs plus longtemps.</translation>
    </message>
    <message>
        <source>Service #%1 of item #%2 no longer exists.</source>
        <translation>Le service n°%1 de la ligne de facture n°%2 n'existe plus.</translation>
    </message>
    <message>
        <source>Service #%1 renewed by item #%2 does not exist.</source>
        <translation>Le service n°%1 renouvelé par la ligne de facture n°%2 n'existe pas.</translation>
    </message>
    <message>
        <source>Deliver paid invoices</source>
        <translation>Livrer les factures payées</translation>
    </message>
    <message>
        <source>Suspend and expire services</source>
        <translation>Suspendre les services et les faire expirer</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 item(s) failed; first: %2</source>
        <translation>
            <numerusform>%n élément sur %1 en échec ; premier échec : %2</numerusform>
            <numerusform>%n éléments sur %1 en échec ; premier échec : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivers the services of paid orders, the services an administrator marked for manual creation, and paid renewals, for the service types cxcron can provision; the others are left to CLIENTXCMS.</source>
        <translation>Livre les services des commandes payées, les services qu'un administrateur a marqués pour une création manuelle et les renouvellements payés, pour les types de service que cxcron sait provisionner ; les autres sont laissés à CLIENTXCMS.</translation>
    </message>
    <message>
        <source>Product #%1 of item #%2 not found.</source>
        <translation>Produit n°%1 de la ligne de facture n°%2 introuvable.</translation>
    </message>
    <message>
        <source>Expires suspended services after the grace period, suspends unpaid services past their expiry date, ends cancelled services and hides long-expired ones, as CLIENTXCMS does.</source>
        <translation>Fait expirer les services suspendus après le délai de grâce, suspend les services impayés dont la date d'expiration est dépassée, met fin aux services résiliés et masque ceux expirés depuis longtemps, comme le fait CLIENTXCMS.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::AlertRuleEditor</name>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Alert rule</source>
        <translation>Règle d'alerte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Ping (healthchecks)</source>
        <translation>Ping (healthchecks)</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>JSON générique</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à :</translation>
    </message>
    <message>
        <source>Webhook format:</source>
        <translation>Format du webhook :</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Tâche :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Remind a failing task every:</source>
        <translation>Rappel pour une tâche toujours en échec toutes les :</translation>
    </message>
    <message>
        <source>admin@example.com, ops@example.com</source>
        <translation>admin@example.com, ops@example.com</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::AlertRulesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d'alerte</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Rules are stored in the database and shared by every runner host. E-mails use the CMS's mail settings (MAIL_* in its .env). See docs/ALERTS.md.</source>
        <translation>Les règles sont enregistrées dans la base de données et partagées par tous les hôtes où tourne le lanceur. Les e-mails utilisent les paramètres de messagerie du CMS (MAIL_* dans son .env). Voir docs/ALERTS.md.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Remove alert rule</source>
        <translation>Supprimer la règle d'alerte</translation>
    </message>
    <message>
        <source>Remove alert rule #%1 and its delivery history?</source>
        <translation>Supprimer la règle d'alerte n°%1 et son historique d'envoi ?</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::AlertsMenu</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>&amp;Règles d'alerte…</translation>
    </message>
    <message>
        <source>&amp;Stay in the system tray when closed</source>
        <translation>Rester dans la zone de &amp;notification à la fermeture</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
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
        <source>Choose a SQLite file.</source>
        <translation>Choisissez un fichier SQLite.</translation>
    </message>
    <message>
        <source>Enter a host and a database name.</source>
        <translation>Saisissez un hôte et un nom de base.</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Fichier known_hosts</translation>
    </message>
    <message>
        <source>Imported “%1” from %2; test the connection before saving it.</source>
        <translation>« %1 » importé depuis %2 ; testez la connexion avant de l'enregistrer.</translation>
    </message>
    <message>
        <source>Import .env over SSH</source>
        <translation>Importer le .env via SSH</translation>
    </message>
    <message>
        <source>Path of the CMS's .env on %1:</source>
        <translation>Chemin du .env du CMS sur %1 :</translation>
    </message>
    <message>
        <source>Reading %1 on %2…</source>
        <translation>Lecture de %1 sur %2…</translation>
    </message>
    <message>
        <source>The .env on %1 uses SQLite: cxcron can only open a SQLite file on this computer.</source>
        <translation>Le .env de %1 utilise SQLite : cxcron ne peut ouvrir un fichier SQLite que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Imported “%1” from %2 on %3; test the connection before saving it.</source>
        <translation>« %1 » importé depuis %2 sur %3 ; testez la connexion avant de l'enregistrer.</translation>
    </message>
    <message>
        <source>Enter the SSH server, or untick “Connect through SSH”.</source>
        <translation>Indiquez le serveur SSH, ou décochez « Se connecter via SSH ».</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>Save this profile?</source>
        <translation>Enregistrer ce profil ?</translation>
    </message>
    <message>
        <source>Save the profile “%1” all the same?</source>
        <translation>Enregistrer quand même le profil « %1 » ?</translation>
    </message>
    <message>
        <source>Unknown SSH server</source>
        <translation>Serveur SSH inconnu</translation>
    </message>
    <message>
        <source>Add this %1 key (%2) to %3 and connect?</source>
        <translation>Ajouter cette clé %1 (%2) à %3 et se connecter ?</translation>
    </message>
    <message>
        <source>The system keychain could not store the password of “%1”: %2.</source>
        <translation>Le trousseau du système n'a pas pu enregistrer le mot de passe de « %1 » : %2.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Keep the password for this session only? cxcron will ask for it again at the next start.</source>
        <translation>Conserver le mot de passe pour cette session uniquement ? cxcron le redemandera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep for this session</source>
        <translation>Conserver pour cette session</translation>
    </message>
    <message>
        <source>The password of “%1” is kept for this session only.</source>
        <translation>Le mot de passe de « %1 » est conservé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes, verify the server's certificate</source>
        <translation>Oui, en vérifiant le certificat du serveur</translation>
    </message>
    <message>
        <source>Yes, without verifying the certificate</source>
        <translation>Oui, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>If the account requires TLS, choose it in “TLS” above, then try again.</source>
        <translation>Si le compte exige TLS, choisissez-le dans « TLS » ci-dessus, puis réessayez.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its %2 key fingerprint is %3: compare it with the server's own (ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub, run on the server) before accepting it.</source>
        <translation>Le serveur SSH %1 n'est pas encore connu. L'empreinte de sa clé %2 est %3 : comparez-la avec celle du serveur (ssh-keygen -lf /etc/ssh/ssh_host_%4_key.pub, lancé sur le serveur) avant de l'accepter.</translation>
    </message>
    <message>
        <source>The server now presents this %1 key: %2. Compare it with the fingerprint its administrator gives you.</source>
        <translation>Le serveur présente maintenant cette clé %1 : %2. Comparez-la avec l'empreinte que vous donne son administrateur.</translation>
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
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message numerus="yes">
        <source>The last %n execution(s)</source>
        <translation>
            <numerusform>La dernière exécution</numerusform>
            <numerusform>Les %n dernières exécutions</numerusform>
        </translation>
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
    <message>
        <source>Cancel run</source>
        <translation>Annuler l'exécution</translation>
    </message>
    <message numerus="yes">
        <source>Running; its output refreshes every %n second(s).</source>
        <translation>
            <numerusform>En cours ; sa sortie est actualisée à intervalles de %n seconde.</numerusform>
            <numerusform>En cours ; sa sortie est actualisée à intervalles de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelling: the runner stops the run within a few seconds.</source>
        <translation>Annulation : l'lanceur arrête l'exécution d'ici quelques secondes.</translation>
    </message>
    <message>
        <source>No output yet (native tasks show their result when they end).</source>
        <translation>Pas encore de sortie (les tâches natives affichent leur résultat à leur fin).</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 jusqu'ici</translation>
    </message>
    <message>
        <source>This run recorded no result.</source>
        <translation>Cette exécution n'a enregistré aucun résultat.</translation>
    </message>
    <message>
        <source>This run recorded no result: it stopped with the error in the Exception tab.</source>
        <translation>Cette exécution n'a enregistré aucun résultat : elle s'est arrêtée sur l'erreur de l'onglet Exception.</translation>
    </message>
    <message>
        <source>Stop execution #%1 of %2? A command is asked to stop (SIGTERM, then SIGKILL after 10 s): what it already did stays done. A built-in task stops between two items and undoes only the item under way. The run is recorded as cancelled.</source>
        <translation>Arrêter l'exécution n° %1 de %2 ? Une commande est priée de s'arrêter (SIGTERM, puis SIGKILL après 10 s) : ce qu'elle a déjà fait reste fait. Une tâche intégrée s'arrête entre deux éléments et n'annule que l'élément en cours. L'exécution est enregistrée comme annulée.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ExecutionTableView</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::FailuresWidget</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in this period</source>
        <translation>
            <numerusform>%n échec sur cette période</numerusform>
            <numerusform>%n échecs sur cette période</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No failure in this period.</source>
        <translation>Aucun échec sur cette période.</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::HelpMenu</name>
    <message>
        <source>&lt;h3&gt;cxcron %1&lt;/h3&gt;&lt;p&gt;Runs and administers the recurring tasks of a CLIENTXCMS site: the report of every execution, manual runs and the history's retention.&lt;/p&gt;&lt;p&gt;Qt %2 · database drivers: %3&lt;/p&gt;&lt;p&gt;Settings: %4&lt;br&gt;Demo database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxcron %1&lt;/h3&gt;&lt;p&gt;Exécute et administre les tâches récurrentes d'un site CLIENTXCMS : le rapport de chaque exécution, les exécutions manuelles et la conservation de l'historique.&lt;/p&gt;&lt;p&gt;Qt %2 · pilotes de base de données : %3&lt;/p&gt;&lt;p&gt;Réglages : %4&lt;br&gt;Base de démonstration : %5&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About cxcron</source>
        <translation>À propos de cxcron</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About cxcron…</source>
        <translation>À &amp;propos de cxcron…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
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
        <source>%1 was removed: only its history remains.</source>
        <translation>%1 a été supprimée : seul son historique subsiste.</translation>
    </message>
    <message>
        <source>CSV, separator “%1” (*.csv)</source>
        <translation>CSV, séparateur « %1 » (*.csv)</translation>
    </message>
    <message>
        <source>CSV, separator “,” (*.csv)</source>
        <translation>CSV, séparateur « , » (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, separator “%1”, UTF-8 BOM (*.csv)</source>
        <translation>CSV pour Excel, séparateur « %1 », BOM UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Sélectionnez d'abord une tâche.</translation>
    </message>
    <message>
        <source>%1 is running; wait for it to finish.</source>
        <translation>%1 est en cours d'exécution ; attendez qu'elle se termine.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation>Échecs récents</translation>
    </message>
    <message>
        <source>Recent failures (%1)</source>
        <translation>Échecs récents (%1)</translation>
    </message>
    <message>
        <source>CRON tasks</source>
        <translation>Tâches CRON</translation>
    </message>
    <message>
        <source>CRON tasks — %1</source>
        <translation>Tâches CRON — %1</translation>
    </message>
    <message>
        <source>Select a run first, in the task's runs or in Recent failures.</source>
        <translation>Sélectionnez d'abord une exécution, dans celles de la tâche ou dans Échecs récents.</translation>
    </message>
    <message>
        <source>Nothing to export: select a task that has runs.</source>
        <translation>Rien à exporter : sélectionnez une tâche qui a des exécutions.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewModel</name>
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
    <message>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>artisan</source>
        <translation>artisan</translation>
    </message>
    <message>
        <source>PHP script</source>
        <translation>script PHP</translation>
    </message>
    <message>
        <source>This task is no longer defined; its history is kept.</source>
        <translation>Cette tâche n'est plus définie ; son historique est conservé.</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (supprimée)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in 7 days: %1 succeeded, %2 failed, %3 skipped, %4 cancelled</source>
        <translation>
            <numerusform>%n exécution en 7 jours — réussites : %1, échecs : %2, ignorées : %3, annulées : %4</numerusform>
            <numerusform>%n exécutions en 7 jours — réussites : %1, échecs : %2, ignorées : %3, annulées : %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cxcron::gui::OverviewWidget</name>
    <message>
        <source>ℹ This is cxcron's demo database: its tasks and runs are made up. &lt;a href="connect"&gt;Connect to your CMS's database…&lt;/a&gt;</source>
        <translation>ℹ Ceci est la base de démonstration de cxcron : ses tâches et ses exécutions sont fictives. &lt;a href="connect"&gt;Se connecter à la base de données de votre CMS…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user's crontab. If it is there, the runner fails before recording anything: its errors are in the system log (journalctl -t cxcron).</source>
        <translation>⚠ Le lanceur n'a jamais enregistré d'exécution planifiée : l'entrée cron n'est probablement pas installée. Ajoutez « * * * * * cxcron run » à la crontab de l'utilisateur du serveur web. Si elle y est, le lanceur échoue avant de rien enregistrer : ses erreurs sont dans le journal système (journalctl -t cxcron).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed; if it is, the runner's errors are in the system log (journalctl -t cxcron).</source>
        <translation><numerusform>⚠ Lanceur non vu depuis %n minute (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l'entrée « * * * * * cxcron run » est installée ; si elle l'est, les erreurs du lanceur sont dans le journal système (journalctl -t cxcron).</numerusform><numerusform>⚠ Lanceur non vu depuis %n minutes (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l'entrée « * * * * * cxcron run » est installée ; si elle l'est, les erreurs du lanceur sont dans le journal système (journalctl -t cxcron).</numerusform></translation>
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
    <message numerus="yes">
        <source>Delete %Ln execution(s) of all tasks that started before %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln exécution, toutes tâches confondues, commencée avant le %1 ? Cette opération est irréversible.</numerusform>
            <numerusform>Supprimer %Ln exécutions, toutes tâches confondues, commencées avant le %1 ? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln execution(s) of %2 that started before %1? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %Ln exécution de %2 commencée avant le %1 ? Cette opération est irréversible.</numerusform>
            <numerusform>Supprimer %Ln exécutions de %2 commencées avant le %1 ? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running executions and the latest %Ln run(s) of each task are kept.</source>
        <translation>
            <numerusform>Les exécutions en cours et, pour chaque tâche, la dernière exécution (%Ln) sont conservées.</numerusform>
            <numerusform>Les exécutions en cours et, pour chaque tâche, les %Ln dernières exécutions sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running executions are kept.</source>
        <translation>Les exécutions en cours sont conservées.</translation>
    </message>
    <message>
        <source>Delete old executions</source>
        <translation>Supprimer les anciennes exécutions</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln execution(s) that started before %1 will be deleted. Running executions and the latest runs of each task are kept.</source>
        <translation>
            <numerusform>%Ln exécution commencée avant le %1 sera supprimée. Les exécutions en cours et les dernières exécutions de chaque tâche sont conservées.</numerusform>
            <numerusform>%Ln exécutions commencées avant le %1 seront supprimées. Les exécutions en cours et les dernières exécutions de chaque tâche sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Seulement %1</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ReportFilterBar</name>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Failures (failed, interrupted, with errors)</source>
        <translation>Échecs (en échec, interrompues, avec erreurs)</translation>
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
    <message>
        <source>Open the details of run #%1 (Enter)</source>
        <translation>Ouvrir les détails de l'exécution n° %1 (Entrée)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details button</source>
        <translation>Bouton Détails</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::RunNowActions</name>
    <message>
        <source>Cancelling %1…</source>
        <translation>Annulation de %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Running %n task(s), cancelling %1…</source>
        <translation>
            <numerusform>Exécution de %n tâche, annulation de %1…</numerusform>
            <numerusform>Exécution de %n tâches, annulation de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running %n task(s)…</source>
        <translation>
            <numerusform>Exécution de %n tâche…</numerusform>
            <numerusform>Exécution de %n tâches…</numerusform>
        </translation>
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
    <name>cxcron::gui::RunWatcher</name>
    <message>
        <source>Execution #%1 is no longer running: nothing to cancel.</source>
        <translation>L'exécution n°%1 n'est plus en cours : rien à annuler.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskActions</name>
    <message>
        <source>Task %1 added.</source>
        <translation>Tâche %1 ajoutée.</translation>
    </message>
    <message>
        <source>Task %1 saved.</source>
        <translation>Tâche %1 enregistrée.</translation>
    </message>
    <message>
        <source>Task %1 enabled.</source>
        <translation>Tâche %1 activée.</translation>
    </message>
    <message>
        <source>Task %1 disabled.</source>
        <translation>Tâche %1 désactivée.</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove the task %1? It will no longer run on any host. Its history stays.</source>
        <translation>Supprimer la tâche %1 ? Elle ne sera plus exécutée sur aucun hôte. Son historique est conservé.</translation>
    </message>
    <message>
        <source>Task %1 removed; its history stays.</source>
        <translation>Tâche %1 supprimée ; son historique est conservé.</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>Nou&amp;velle tâche…</translation>
    </message>
    <message>
        <source>&amp;Edit task…</source>
        <translation>&amp;Modifier la tâche…</translation>
    </message>
    <message>
        <source>Schedule and &amp;timeout…</source>
        <translation>&amp;Planification et délai d'expiration…</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>Ac&amp;tivée</translation>
    </message>
    <message>
        <source>Run this task on its schedule (for this installation)</source>
        <translation>Exécuter cette tâche selon sa planification (pour cette installation)</translation>
    </message>
    <message>
        <source>Re&amp;move task…</source>
        <translation>Supp&amp;rimer la tâche…</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskDialog</name>
    <message>
        <source>The task %1 was removed meanwhile.</source>
        <translation>La tâche %1 a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Environment line %1 is not KEY=VALUE: %2</source>
        <translation>La ligne d'environnement %1 n'est pas de la forme CLÉ=VALEUR : %2</translation>
    </message>
    <message>
        <source>A task named %1 already exists.</source>
        <translation>Une tâche nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>Runs %1.</source>
        <translation>S'exécute %1.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>Modifier la tâche %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <source>Built-in task: its schedule, timeout and state can be changed for this installation.</source>
        <translation>Tâche intégrée : sa planification, son délai d'expiration et son état peuvent être modifiés pour cette installation.</translation>
    </message>
    <message>
        <source>These settings apply to this installation and override the task's own.</source>
        <translation>Ces paramètres s'appliquent à cette installation et remplacent ceux de la tâche.</translation>
    </message>
    <message>
        <source>An artisan command: run as php artisan COMMAND … --ansi in the CMS folder of each runner host.</source>
        <translation>Une commande artisan : exécutée sous la forme php artisan COMMANDE … --ansi dans le dossier du CMS, sur chaque hôte où tourne le lanceur.</translation>
    </message>
    <message>
        <source>A PHP script: run as php SCRIPT … in the CMS folder of each runner host.</source>
        <translation>Un script PHP : exécuté sous la forme php SCRIPT … dans le dossier du CMS, sur chaque hôte où tourne le lanceur.</translation>
    </message>
    <message>
        <source>The whole line is given to /bin/sh -c.</source>
        <translation>La ligne entière est passée à /bin/sh -c.</translation>
    </message>
    <message>
        <source>Built into cxcron</source>
        <translation>Intégrée à cxcron</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>Dossier de travail</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and %1 seconds (7 days).</source>
        <translation>Le délai d'expiration doit être compris entre 1 et %1 secondes (7 jours).</translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Abandonner les modifications faites dans ce formulaire ?</translation>
    </message>
    <message>
        <source>The program, then its arguments, quoted as in a shell: 'two words', "say \"hi\"", '' (an empty argument).</source>
        <translation>Le programme, puis ses arguments, entre guillemets comme dans un shell : 'deux mots', "dire \"bonjour\"", '' (un argument vide).</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TaskReportWidget</name>
    <message numerus="yes">
        <source>%n execution(s) exported to %1</source>
        <translation>
            <numerusform>%n exécution exportée vers %1</numerusform>
            <numerusform>%n exécutions exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) loaded</source>
        <translation>
            <numerusform>%n exécution chargée</numerusform>
            <numerusform>%n exécutions chargées</numerusform>
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
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s) exported…</source>
        <translation>
            <numerusform>%n exécution exportée…</numerusform>
            <numerusform>%n exécutions exportées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>&amp;Details of run #%1</source>
        <translation>&amp;Détails de l'exécution n° %1</translation>
    </message>
    <message>
        <source>&amp;Run this task now</source>
        <translation>&amp;Exécuter cette tâche maintenant</translation>
    </message>
    <message>
        <source>&amp;Copy the run number</source>
        <translation>&amp;Copier le numéro de l'exécution</translation>
    </message>
    <message>
        <source>Select a task to see its executions.</source>
        <translation>Sélectionnez une tâche pour voir ses exécutions.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No execution matches these filters.</source>
        <translation>Aucune exécution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>This task has not run yet.</source>
        <translation>Cette tâche ne s'est encore jamais exécutée.</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::TrayNotifier</name>
    <message>
        <source>Show cxcron</source>
        <translation>Afficher cxcron</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>Échec de %1</translation>
    </message>
    <message>
        <source>Run #%1 on %2 at %3.</source>
        <translation>Exécution n°%1 sur %2 à %3.</translation>
    </message>
    <message>
        <source>The cxcron runner is not running</source>
        <translation>Le lanceur cxcron ne tourne pas</translation>
    </message>
    <message>
        <source>No scheduled run since %1. Check cron and the crontab entry.</source>
        <translation>Aucune exécution planifiée depuis %1. Vérifiez cron et l'entrée de la crontab.</translation>
    </message>
    <message>
        <source>cxcron — CRON tasks</source>
        <translation>cxcron — Tâches CRON</translation>
    </message>
</context>
<context>
    <name>cxcron::gui::ViewMenu</name>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Durations &amp;chart</source>
        <translation>&amp;Graphique des durées</translation>
    </message>
    <message>
        <source>Times in this computer's zone (%1)</source>
        <translation>Heures dans le fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Times in the CMS's zone (%1)</source>
        <translation>Heures dans le fuseau du CMS (%1)</translation>
    </message>
    <message>
        <source>Times in the CMS's zone (not known until the runner has run)</source>
        <translation>Heures dans le fuseau du CMS (inconnu tant que l'exécuteur n'a pas tourné)</translation>
    </message>
    <message>
        <source>C&amp;olumns of the executions</source>
        <translation>C&amp;olonnes des exécutions</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The password of “%1” is not in the system keychain: enter it again.</source>
        <translation>Le mot de passe de « %1 » n'est pas dans le trousseau du système : saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Use only one of --env and --database.</source>
        <translation>Utilisez une seule des options --env et --database.</translation>
    </message>
</context>
</TS>