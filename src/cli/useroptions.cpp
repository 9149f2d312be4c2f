// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "errors.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == QLatin1String("m")   ? 60
                            : m.captured(2) == QLatin1String("h") ? 3600
                                                                  : 86400;
        return QDateTime::currentDateTimeUtc().addSecs(-n * unit);
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
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0)
        throw Error(ErrorKind::Usage,
                    Tr::tr("--%1 needs a whole number ≥ 0, not \"%2\".").arg(name, parser.value(name)));
    return value;
}

} // namespace cxcron::cli
