// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "errors.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QDateTime parseUserDate(const QString &input, const QString &option)
{
    const QString text = input.trimmed();
    static const QRegularExpression relative(QStringLiteral("^(\\d+)\\s*([mhd])$"));
    const QRegularExpressionMatch m = relative.match(text);
    if (m.hasMatch()) {
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        const qint64 unit = m.captured(2) == QLatin1String("m")   ? 60
                            : m.captured(2) == QLatin1String("h") ? 3600
                                                                  : 86400;
        // Past 1970 is before any history: a larger age is a typo, and overflows.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!ok || n > now.toSecsSinceEpoch() / unit)
            throw Error(ErrorKind::Usage,
                        Tr::tr("%1: \"%2\" reaches back before 1970. Give a shorter age or a date.")
                            .arg(option, input));
        return now.addSecs(-n * unit);
    }
    for (const QString &format : {QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm"),
                                  QStringLiteral("yyyy-MM-ddTHH:mm:ss"), QStringLiteral("yyyy-MM-ddTHH:mm"),
                                  QStringLiteral("yyyy-MM-dd")}) {
        const QDateTime local = QDateTime::fromString(text, format);
        if (local.isValid())
            return local.toUTC();
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    throw Error(ErrorKind::Usage,
                Tr::tr("%1: \"%2\" is not a date. Use YYYY-MM-DD, \"YYYY-MM-DD HH:MM\" or a "
                       "relative age such as 7d, 12h, 30m.")
                    .arg(option, input));
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const int value = text.toInt(&ok);
    // toInt() takes " 5" and "+5": what is stored must be what was meant, digits only.
    if (!ok || value < 0 || !digits.match(text).hasMatch())
        throw Error(ErrorKind::Usage,
                    Tr::tr("--%1 needs a whole number ≥ 0, not \"%2\".").arg(name, parser.value(name)));
    return value;
}

QString scheduleOption(const QCommandLineParser &parser)
{
    const QString value = parser.value(QStringLiteral("schedule"));
    static const QRegularExpression clean(QStringLiteral("^\\S+( \\S+)*$"));
    const bool control = std::any_of(value.cbegin(), value.cend(),
                                     [](QChar ch) { return ch.category() == QChar::Other_Control; });
    if (control || !clean.match(value).hasMatch()) {
        QString shown = value;
        shown.replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\r', QStringLiteral("\\r"))
            .replace(u'\t', QStringLiteral("\\t"));
        throw Error(ErrorKind::Usage,
                    Tr::tr("--schedule \"%1\" has spaces, tabs or line breaks around its fields: write it as "
                           "5m, 1d or a cron expression with single spaces, e.g. \"*/5 * * * *\".")
                        .arg(shown));
    }
    return value;
}

} // namespace cxcron::cli
