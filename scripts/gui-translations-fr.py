#!/usr/bin/env python3
"""Fills the French translations of the GUI contexts in translations/cxcron_fr.ts (only those
contexts; run after `ninja cxcron_core_lupdate`)."""
import sys
import xml.etree.ElementTree as ET

FR = {
    'Connect to a database': 'Connexion à une base de données', 'Saved profile:': 'Profil enregistré :',
    'Remove': 'Supprimer', 'Profile name:': 'Nom du profil :', 'Database:': 'Base de données :',
    'SQLite file': 'Fichier SQLite', 'MySQL / MariaDB': 'MySQL / MariaDB', 'File:': 'Fichier :', '…': '…',
    'Host:': 'Hôte :', 'Port:': 'Port :', 'Database name:': 'Nom de la base :', 'User:': 'Utilisateur :',
    'Password:': 'Mot de passe :',
    'Remember the password in the system keychain': 'Mémoriser le mot de passe dans le trousseau du système',
    'Import a CLIENTXCMS .env…': 'Importer un .env CLIENTXCMS…', 'Execution details': "Détails de l'exécution",
    'Loading…': 'Chargement…', 'Task:': 'Tâche :', 'Start / end:': 'Début / fin :', 'Duration:': 'Durée :',
    'Trigger:': 'Déclencheur :', 'Exception': 'Exception', 'Result (tree)': 'Résultat (arbre)',
    'Result (text)': 'Résultat (texte)', 'Show the whole output': 'Afficher toute la sortie', 'Copy': 'Copier',
    '%1 ms': '%1 ms', '%1 s': '%1 s', '%1 min %2 s': '%1 min %2 s', '%n s': '%n s', '%n min': '%n min',
    '%n h': '%n h', '%n d': '%n j', 'in %1': 'dans %1', '%1 ago': 'il y a %1',
    'cxcron — CRON tasks': 'cxcron — Tâches CRON', '&File': '&Fichier', '&Tasks': '&Tâches',
    'Toolbar': "Barre d'outils", '&Connect…': '&Connexion…', 'Ctrl+O': 'Ctrl+O',
    '&Export to CSV…': '&Exporter en CSV…', 'Ctrl+E': 'Ctrl+E', '&Quit': '&Quitter', 'Ctrl+Q': 'Ctrl+Q',
    '&Refresh': '&Actualiser', 'F5': 'F5', '&Filter…': '&Filtrer…', 'Ctrl+F': 'Ctrl+F',
    'Run &now': 'E&xécuter maintenant', 'Ctrl+R': 'Ctrl+R', '&Cancel the run': "A&nnuler l'exécution",
    '&Details…': '&Détails…', 'Ctrl+D': 'Ctrl+D', '&Delete old executions…': '&Supprimer les anciennes exécutions…',
    'Delete old executions': 'Supprimer les anciennes exécutions', 'Keep the last': 'Conserver les',
    ' days': ' derniers jours', 'Always keep': 'Toujours conserver',
    ' latest runs per task': ' dernières exécutions par tâche', 'Tasks': 'Tâches',
    'This task only': 'Cette tâche seulement', 'All tasks': 'Toutes les tâches', 'Delete': 'Supprimer',
    'Cancel': 'Annuler', 'Close': 'Fermer', 'State:': 'État :', 'From': 'Du', 'to': 'au',
    'Search output and exceptions…': 'Rechercher dans les sorties et les exceptions…',
    'SQLite database': 'Base SQLite',
    'SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)':
        'Bases SQLite (*.sqlite *.db *.sqlite3);;Tous les fichiers (*)',
    'CLIENTXCMS .env file': 'Fichier .env CLIENTXCMS',
    '.env files (.env *.env);;All files (*)': 'Fichiers .env (.env *.env);;Tous les fichiers (*)',
    '(new profile)': '(nouveau profil)', 'Imported from %1.': 'Importé depuis %1.',
    'Choose a SQLite file.': 'Choisissez un fichier SQLite.',
    'Enter a host and a database name.': 'Saisissez un hôte et un nom de base.',
    'Cannot write %1: %2': "Impossible d'écrire %1 : %2", 'Duration (s)': 'Durée (s)', 'Failures': 'Échecs',
    'Loading execution #%1…': "Chargement de l'exécution n°%1…",
    'Execution #%1 no longer exists.': "L'exécution n°%1 n'existe plus.",
    'Execution #%1 — %2': 'Exécution n°%1 — %2', '%1 → %2': '%1 → %2', 'running': 'en cours',
    '%1 by %2': '%1 par %2', '%1 (pid %2)': '%1 (pid %2)', 'State: %1': 'État : %1',
    'Duration: %1': 'Durée : %1', 'Trigger: %1': 'Déclencheur : %1', 'Host: %1': 'Hôte : %1',
    '{%n keys}': '{%n clés}', '[%n items]': '[%n éléments]', 'Key': 'Clé', 'Value': 'Valeur',
    '&Language': '&Langue', 'Running %1…': 'Exécution de %1…',
    '%1: run #%2 %3 in %4 ms': '%1 : exécution n°%2 %3 en %4 ms', '%1: run #%2 %3: %4': '%1 : exécution n°%2 %3 : %4',
    'Run now': 'Exécuter maintenant', 'Connecting to %1…': 'Connexion à %1…', 'Export to CSV': 'Exporter en CSV',
    'CSV files (*.csv)': 'Fichiers CSV (*.csv)', 'cxcron — CRON tasks — %1': 'cxcron — Tâches CRON — %1',
    '%1 runs in 7 days: %2 succeeded, %3 failed, %4 skipped':
        '%1 exécutions en 7 jours : %2 réussies, %3 en échec, %4 ignorées',
    '%1 (disabled)': '%1 (désactivée)', '%1 (%2)': '%1 (%2)', 'never': 'jamais', 'n/a': 'n/d', '%1 %': '%1 %',
    'Task': 'Tâche', 'Name': 'Nom', 'Schedule': 'Planification', 'Last run': 'Dernière exécution',
    'State': 'État', 'Duration': 'Durée', 'Next due': 'Prochaine échéance', 'Success (7 days)': 'Réussite (7 jours)',
    "⚠ The runner has never recorded a scheduled run: the cron entry is probably not installed. Add “* * * * * cxcron run” to the web server user's crontab.":
        "⚠ Le lanceur n'a jamais enregistré d'exécution planifiée : l'entrée cron n'est probablement pas installée. Ajoutez « * * * * * cxcron run » à la crontab de l'utilisateur du serveur web.",
    '⚠ Runner not seen for %n minute(s) (last scheduled run: %1). Check that cron is running and that the crontab entry “* * * * * cxcron run” is installed.':
        "⚠ Lanceur non vu depuis %n minute(s) (dernière exécution planifiée : %1). Vérifiez que cron tourne et que l'entrée « * * * * * cxcron run » est installée.",
    'Deleting…': 'Suppression…', 'Counting the executions to delete…': 'Comptage des exécutions à supprimer…',
    'Nothing to delete: no execution is older than that outside the latest runs.':
        "Rien à supprimer : aucune exécution n'est plus ancienne, hors dernières exécutions.",
    '%1 execution(s) will be deleted. Running executions and the latest runs of each task are kept.':
        '%1 exécution(s) seront supprimées. Les exécutions en cours et les dernières de chaque tâche sont conservées.',
    'Cancelled after deleting %1 execution(s).': 'Annulé après la suppression de %1 exécution(s).',
    '%1 execution(s) deleted.': '%1 exécution(s) supprimée(s).', 'All states': 'Tous les états',
    'Failures (failed, interrupted)': 'Échecs (en échec, interrompues)', '#': 'N°', 'Start': 'Début', 'End': 'Fin',
    'Trigger': 'Déclencheur', 'Who': 'Qui', 'Host': 'Hôte',
    '%1 is still running; wait for it to finish before starting another run.':
        "%1 est encore en cours ; attendez qu'elle se termine avant de lancer une autre exécution.",
    '%n execution(s) exported to %1': '%n exécution(s) exportée(s) vers %1',
    '%n execution(s) loaded': '%n exécution(s) chargée(s)',
    '%1 of %2 executions loaded': '%1 exécutions chargées sur %2', '(loading…)': '(chargement…)',
    'Select a task to see its executions': 'Sélectionnez une tâche pour voir ses exécutions',
    'Executions of %1 (%2)': 'Exécutions de %1 (%2)',
}
GUI_FORMS = {'ConnectionDialog', 'ExecutionDetailsDialog', 'Format', 'MainWindow', 'PruneDialog', 'ReportFilterBar'}

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/cxcron_fr.ts'
tree = ET.parse(path)
missing = []
for context in tree.getroot().findall('context'):
    name = context.find('name').text
    if not (name.startswith('cxcron::gui::') or name in GUI_FORMS):
        continue
    for message in context.findall('message'):
        source = message.find('source').text
        translation = message.find('translation')
        if source not in FR:
            missing.append(source)
            continue
        text = FR[source]
        translation.attrib.pop('type', None)
        if message.get('numerus') == 'yes':
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, 'numerusform').text = text
        else:
            translation.text = text
tree.write(path, encoding='utf-8', xml_declaration=True)
with open(path, encoding='utf-8') as f:
    content = f.read()
with open(path, 'w', encoding='utf-8') as f:
    f.write(content.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
if missing:
    print('untranslated GUI strings:', *missing, sep='\n  ')
