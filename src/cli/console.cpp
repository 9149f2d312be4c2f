// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include "redaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cxcron::cli {

void Console::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

void Console::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) + QStringLiteral("  ")
                                         : cells.at(i);
        }
        out << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

void Console::error(const QString &message)
{
    err << QStringLiteral("cxcron: ") << Redaction::redact(message) << '\n';
    err.flush();
}

void Console::warning(const QString &message)
{
    err << QStringLiteral("cxcron: ")
        << QCoreApplication::translate("Cli", "warning: %1").arg(Redaction::redact(message)) << '\n';
    err.flush();
}

QString localTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
}

} // namespace cxcron::cli
