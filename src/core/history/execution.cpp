// SPDX-License-Identifier: GPL-3.0-or-later
#include "execution.h"

#include "sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Execution)
};

QJsonValue timestamp(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QString stateKey(ExecState state)
{
    switch (state) {
    case ExecState::Running:
        return QStringLiteral("running");
    case ExecState::Success:
        return QStringLiteral("success");
    case ExecState::Failed:
        return QStringLiteral("failed");
    case ExecState::Skipped:
        return QStringLiteral("skipped");
    case ExecState::Interrupted:
        return QStringLiteral("interrupted");
    case ExecState::Partial:
        return QStringLiteral("partial");
    case ExecState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

ExecState stateFromKey(const QString &key, bool *ok)
{
    const QString k = key.trimmed().toLower();
    for (ExecState s : allStates()) {
        if (stateKey(s) == k) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    // CMS v1 tables may store a boolean success flag.
    if (ok)
        *ok = k == QLatin1String("1") || k == QLatin1String("0");
    return k == QLatin1String("1") ? ExecState::Success : ExecState::Failed;
}

QString stateLabel(ExecState state)
{
    switch (state) {
    case ExecState::Running:
        return Tr::tr("Running");
    case ExecState::Success:
        return Tr::tr("Success");
    case ExecState::Failed:
        return Tr::tr("Failed");
    case ExecState::Skipped:
        return Tr::tr("Skipped");
    case ExecState::Interrupted:
        return Tr::tr("Interrupted");
    case ExecState::Partial:
        return Tr::tr("Completed with errors");
    case ExecState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

QList<ExecState> failureStates()
{
    return {ExecState::Failed, ExecState::Interrupted, ExecState::Partial};
}

QList<ExecState> allStates()
{
    return {ExecState::Running,     ExecState::Success, ExecState::Failed,   ExecState::Skipped,
            ExecState::Interrupted, ExecState::Partial, ExecState::Cancelled};
}

bool isFailure(ExecState state)
{
    return failureStates().contains(state);
}

QString failureStatesSql()
{
    QStringList keys;
    for (ExecState s : failureStates())
        keys << u'\'' + stateKey(s) + u'\'';
    return keys.join(QStringLiteral(", "));
}

QString triggerKey(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule:
        return QStringLiteral("schedule");
    case Trigger::Manual:
        return QStringLiteral("manual");
    case Trigger::Cli:
        return QStringLiteral("cli");
    }
    return QStringLiteral("schedule");
}

Trigger triggerFromKey(const QString &key)
{
    if (key == QLatin1String("manual"))
        return Trigger::Manual;
    if (key == QLatin1String("cli"))
        return Trigger::Cli;
    return Trigger::Schedule;
}

QString triggerLabel(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Schedule:
        return Tr::tr("Schedule");
    case Trigger::Manual:
        return Tr::tr("Manual");
    case Trigger::Cli:
        return Tr::tr("Command line");
    }
    return {};
}

QJsonObject Execution::toJson(bool withDetails) const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("task"), task},
                  {QStringLiteral("scheduled_for"), timestamp(scheduledFor)},
                  {QStringLiteral("start_at"), timestamp(startAt)},
                  {QStringLiteral("end_at"), timestamp(endAt)},
                  {QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("duration_ms"), durationMs >= 0 ? QJsonValue(durationMs) : QJsonValue()},
                  {QStringLiteral("trigger"), triggerKey(trigger)},
                  {QStringLiteral("triggered_by"), triggeredBy},
                  {QStringLiteral("host"), host},
                  {QStringLiteral("pid"), pid}};
    if (withDetails) {
        const QJsonDocument doc = QJsonDocument::fromJson(output.toUtf8());
        o.insert(QStringLiteral("output"), doc.isObject()  ? QJsonValue(doc.object())
                                           : doc.isArray() ? QJsonValue(doc.array())
                                                           : QJsonValue(output));
        o.insert(QStringLiteral("exception"), exception.isEmpty() ? QJsonValue() : QJsonValue(exception));
        o.insert(QStringLiteral("exception_class"),
                 exceptionClass.isEmpty() ? QJsonValue() : QJsonValue(exceptionClass));
        o.insert(QStringLiteral("exception_trace"),
                 exceptionTrace.isEmpty() ? QJsonValue() : QJsonValue(exceptionTrace));
    }
    return o;
}

} // namespace cxcron
