// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveredend.h"

#include "historyrepository.h"
#include "outputcapture.h"
#include "processsupervisor.h"
#include "runcontrol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron::RecoveredEnd {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecoveredEnd)
};
} // namespace

bool record(const QSqlDatabase &db, const Execution &row, const CommandExitFile::Exit &exit)
{
    OutputCapture capture;
    if (const auto tail = RunControl::liveTail(db, row.id); tail && !tail->text.isEmpty())
        capture.append(OutputCapture::Stream::Out, tail->text.toUtf8() + '\n');
    capture.finish();
    QJsonObject output = capture.toJson();
    output.insert(QStringLiteral("exit_code"), exit.exitCode ? QJsonValue(*exit.exitCode) : QJsonValue());
    if (exit.signal != 0)
        output.insert(QStringLiteral("signal"), ProcessSupervisor::signalName(exit.signal));
    output.insert(QStringLiteral("recovered"),
                  Tr::tr("The runner process %1 on %2 ended after the command but before recording "
                         "its end; the exit status comes from the run's exit file, and only the last "
                         "lines shown live were kept.")
                      .arg(row.pid)
                      .arg(row.host));
    const QDateTime end = exit.endUtc < row.startAt ? row.startAt : exit.endUtc;
    ExecState state = ExecState::Success;
    QString errorClass, message;
    if (exit.signal != 0) {
        state = ExecState::Failed;
        errorClass = QStringLiteral("CommandKilled");
        message = Tr::tr("The command was killed by %1.").arg(ProcessSupervisor::signalName(exit.signal));
    } else if (exit.exitCode.value_or(0) != 0) {
        state = ExecState::Failed;
        errorClass = QStringLiteral("CommandFailed");
        message = Tr::tr("The command exited with code %1.").arg(*exit.exitCode);
    }
    return HistoryRepository::finish(db, row.id, state, end, row.startAt.msecsTo(end),
                                     QString::fromUtf8(QJsonDocument(output).toJson(QJsonDocument::Compact)),
                                     errorClass, message, {});
}

} // namespace cxcron::RecoveredEnd
