// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include "database.h"
#include "errors.h"
#include "meta.h"
#include "sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace cxcron::TaskStore {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)
};

const QString kColumns = QStringLiteral("name, title, kind, program, arguments, shell, working_directory, "
                                        "environment, schedule, timeout_seconds, enabled, origin");

QString argumentsJson(const QStringList &arguments)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact));
}

QString environmentJson(const QMap<QString, QString> &environment)
{
    QJsonObject o;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// Task names are one task whatever their case: so is the record of a removed one's title.
QString removedTitleKey(const QString &name)
{
    return QStringLiteral("removed_task_title:") + name.toLower();
}

TaskDefinition read(const QSqlQuery &q)
{
    TaskDefinition d;
    d.name = q.value(0).toString();
    d.title = q.value(1).toString();
    d.kind = TaskDefinition::kindFromKey(q.value(2).toString());
    d.program = q.value(3).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
        d.arguments << v.toString();
    d.shell = q.value(5).toInt() != 0;
    d.workingDirectory = q.value(6).toString();
    const QJsonObject env = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = env.begin(); it != env.end(); ++it)
        d.environment.insert(it.key(), it.value().toString());
    d.schedule = q.value(8).toString();
    d.timeoutSeconds = q.value(9).toInt();
    d.enabled = q.value(10).toInt() != 0;
    d.origin = q.value(11).toString();
    return d;
}

QVariantList values(const TaskDefinition &d)
{
    return {d.name,
            d.title,
            TaskDefinition::kindKey(d.kind),
            d.program,
            argumentsJson(d.arguments),
            d.shell ? 1 : 0,
            d.workingDirectory,
            environmentJson(d.environment),
            d.schedule,
            d.timeoutSeconds,
            d.enabled ? 1 : 0,
            d.origin};
}

bool insert(const QSqlDatabase &db, const TaskDefinition &d)
{
    // SQLite's UNIQUE key is case-sensitive, MariaDB's is not: refuse the same name in another
    // case on both, before the key does on one of them only.
    if (Sql::exec(db, QStringLiteral("SELECT 1 FROM cxcron_tasks WHERE LOWER(name) = LOWER(?)"), {d.name})
            .next())
        return false;
    const QString now = Sql::fromUtc(Database::serverNowUtc(db));
    QSqlQuery q(db);
    QSqlError error;
    if (Sql::tryExec(
            q,
            QStringLiteral("INSERT INTO cxcron_tasks (") + kColumns +
                QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values(d) + QVariantList{now, now}, &error))
        return true;
    if (Sql::isUniqueViolation(error))
        return false;
    Sql::fail(q);
}
} // namespace

QList<TaskDefinition> list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT ") + kColumns +
                                    QStringLiteral(" FROM cxcron_tasks ORDER BY name"));
    QList<TaskDefinition> result;
    while (q.next())
        result << read(q);
    return result;
}

std::optional<TaskDefinition> get(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q = Sql::exec(
        db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM cxcron_tasks WHERE name = ?"),
        {name});
    if (q.next())
        return read(q);
    // Names are one task whatever their case; SQLite's `=` is case-sensitive, MariaDB's is not.
    q = Sql::exec(db,
                  QStringLiteral("SELECT ") + kColumns +
                      QStringLiteral(" FROM cxcron_tasks WHERE LOWER(name) = LOWER(?)"),
                  {name});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

void add(const QSqlDatabase &db, const TaskDefinition &definition)
{
    definition.validate();
    if (!insert(db, definition))
        throw Error(ErrorKind::Usage, Tr::tr("A task named %1 already exists.").arg(definition.name));
}

void update(const QSqlDatabase &db, const TaskDefinition &definition)
{
    definition.validate();
    QVariantList v = values(definition);
    v.removeFirst();
    // Another case of the stored name is the same task: it keeps the name it was stored with.
    const std::optional<TaskDefinition> stored = get(db, definition.name);
    v << Sql::fromUtc(Database::serverNowUtc(db)) << (stored ? stored->name : definition.name);
    QSqlQuery q = Sql::exec(
        db,
        QStringLiteral("UPDATE cxcron_tasks SET title = ?, kind = ?, program = ?, arguments = ?, "
                       "shell = ?, working_directory = ?, environment = ?, schedule = ?, "
                       "timeout_seconds = ?, enabled = ?, origin = ?, updated_at = ? WHERE name = ?"),
        v);
    if (q.numRowsAffected() == 0 && !stored)
        throw Error(ErrorKind::NotFound, Tr::tr("There is no stored task named %1.").arg(definition.name));
}

void remove(const QSqlDatabase &db, const QString &name)
{
    Sql::Transaction tx(db);
    const std::optional<TaskDefinition> old = get(db, name);
    const QString storedName = old ? old->name : name;
    QSqlQuery q = Sql::exec(db, QStringLiteral("DELETE FROM cxcron_tasks WHERE name = ?"), {storedName});
    if (q.numRowsAffected() == 0)
        throw Error(
            ErrorKind::NotFound,
            Tr::tr("There is no stored task named %1 (built-in tasks cannot be removed; disable them with "
                   "\"cxcron set %1 --disable\").")
                .arg(name));
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_task_settings WHERE name = ?"), {storedName});
    // Its history stays under its name: keep the title it was shown with, for that history.
    const QString key = removedTitleKey(name);
    if (old && !old->title.isEmpty() && key.size() <= 191) {
        Sql::exec(db, QStringLiteral("DELETE FROM cxcron_meta WHERE name = ?"), {key});
        Sql::exec(db, QStringLiteral("INSERT INTO cxcron_meta (name, value) VALUES (?, ?)"),
                  {key, old->title});
    }
    tx.commit();
}

QString removedTitle(const QSqlDatabase &db, const QString &name)
{
    return Meta::value(db, removedTitleKey(name));
}

void installDefaultsOnce(const QSqlDatabase &db, const QString &marker,
                         const QList<TaskDefinition> &definitions)
{
    // Every run passes here: a read is enough once installed (and needs no INSERT grant).
    if (!Meta::value(db, marker).isEmpty())
        return;
    Sql::Transaction tx(db);
    if (!Meta::claim(db, marker, QStringLiteral("1")))
        return; // installed before (maybe by another host): the administrator's edits stand
    for (const TaskDefinition &d : definitions)
        insert(db, d);
    tx.commit();
}

} // namespace cxcron::TaskStore
