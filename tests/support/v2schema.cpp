// SPDX-License-Identifier: GPL-3.0-or-later
#include "v2schema.h"

#include "errors.h"
#include "sql.h"

#include <QFile>
#include <QRegularExpression>

namespace cxcron::test {

QString v2SchemaPath()
{
    return QStringLiteral(CXCRON_TEST_FIXTURES_DIR "/clientxcms-v2-schema.sql");
}

void loadV2Schema(const QSqlDatabase &db)
{
    QFile f(v2SchemaPath());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw Error(ErrorKind::Config, QStringLiteral("Cannot read %1").arg(v2SchemaPath()));
    // One statement per `;` at the end of a line, once the `--` comment lines are gone.
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    for (const QString &statement : lines.join(u'\n').split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
        if (!statement.trimmed().isEmpty())
            Sql::exec(db, statement.trimmed().remove(QRegularExpression(QStringLiteral(";$"))));
    }
}

QMap<QString, QString> tableDefinitions(const QSqlDatabase &db)
{
    QStringList tables;
    {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SHOW TABLES"));
        while (q.next())
            tables << q.value(0).toString();
    }
    static const QRegularExpression counter(QStringLiteral(" AUTO_INCREMENT=\\d+"));
    QMap<QString, QString> definitions;
    for (const QString &table : tables) {
        // A table name cannot be bound; these come from SHOW TABLES and are quoted.
        QSqlQuery q = Sql::exec(db, QStringLiteral("SHOW CREATE TABLE `%1`").arg(table));
        if (q.next())
            definitions.insert(table, q.value(1).toString().remove(counter));
    }
    return definitions;
}

} // namespace cxcron::test
