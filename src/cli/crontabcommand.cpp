// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString shellQuote(const QString &s)
{
    if (!s.isEmpty() && !s.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_./:=@-]"))))
        return s;
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}
} // namespace

int crontabCommand(CommandContext &c)
{
    const QString binary = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    QString connection;
    for (const char *name : {"env", "profile", "database", "config"}) {
        const QString option = QString::fromLatin1(name);
        if (c.parser.isSet(option))
            connection += QStringLiteral(" --") + option + u' ' + shellQuote(c.parser.value(option));
    }
    const QString user = c.parser.value(QStringLiteral("user")).isEmpty()
                             ? QStringLiteral("www-data")
                             : c.parser.value(QStringLiteral("user"));
    const QString command = shellQuote(binary) + QStringLiteral(" run") + connection;
    QTextStream &out = c.console.out;
    out << Tr::tr("# crontab (install with: crontab -e -u %1). Output goes to syslog through logger;")
               .arg(user)
        << '\n'
        << Tr::tr("# use >/dev/null 2>&1 instead to discard it, as the CMS documentation does.") << '\n'
        << QStringLiteral("* * * * * ") << command << QStringLiteral(" 2>&1 | logger -t cxcron") << "\n\n";
    out << Tr::tr("# --- or systemd: /etc/systemd/system/cxcron.service ---") << '\n'
        << "[Unit]\nDescription=CLIENTXCMS recurring tasks (cxcron run)\nAfter=network-online.target "
           "mariadb.service\n\n"
        << "[Service]\nType=oneshot\nUser=" << user << "\nExecStart=" << command << "\nNice=5\n\n";
    out << Tr::tr("# --- /etc/systemd/system/cxcron.timer (enable with: systemctl enable --now cxcron.timer) "
                  "---")
        << '\n'
        << "[Unit]\nDescription=Run cxcron every minute\n\n"
        << "[Timer]\nOnCalendar=*-*-* *:*:00\nAccuracySec=1s\nPersistent=false\n\n"
        << "[Install]\nWantedBy=timers.target\n";
    out.flush();
    return ExitOk;
}

} // namespace cxcron::cli
