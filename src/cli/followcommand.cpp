// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "database.h"
#include "historyrepository.h"
#include "runcontrol.h"
#include "schema.h"

#include <QCoreApplication>
#include <QThread>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The lines of @p current that follow what @p shown already ended with (both are windows over
/// the same growing output).
QStringList newLines(const QStringList &shown, const QStringList &current, bool *gap)
{
    *gap = false;
    for (qsizetype k = qMin(shown.size(), current.size()); k > 0; --k) {
        if (shown.mid(shown.size() - k) == current.mid(0, k))
            return current.mid(k);
    }
    *gap = !shown.isEmpty(); // more came in between than the tail holds
    return current;
}
} // namespace

void followRun(CommandContext &c, qint64 id)
{
    QTextStream &out = c.console.out;
    out << Tr::tr("Following execution #%1 until it ends (Ctrl+C stops following, not the run).").arg(id)
        << '\n';
    out.flush();
    QStringList shown;
    for (;;) {
        {
            const QSqlDatabase db = Database::connection();
            if (Schema::storedVersion(db) >= 6) {
                if (const auto tail = RunControl::liveTail(db, id)) {
                    const QStringList current = tail->text.split(u'\n', Qt::SkipEmptyParts);
                    bool gap = false;
                    const QStringList lines = newLines(shown, current, &gap);
                    if (gap)
                        out << Tr::tr("[… more lines than the live tail holds …]") << '\n';
                    for (const QString &line : lines)
                        out << line << '\n';
                    out.flush();
                    shown = current;
                }
            }
            const auto e = HistoryRepository::get(db, id);
            if (!e || e->state != ExecState::Running)
                break;
        }
        QThread::msleep(1000);
    }
    out << '\n';
    out.flush();
}

} // namespace cxcron::cli
