// SPDX-License-Identifier: GPL-3.0-or-later
// `cxcron alert add|list|remove|test`: the alert rules every runner host shares.
#include "alertstore.h"
#include "clock.h"
#include "command.h"
#include "database.h"
#include "envfile.h"
#include "errors.h"
#include "exitcodes.h"
#include "schema.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cxcron::cli {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

qint64 ruleId(const CommandContext &c)
{
    bool ok = false;
    const qint64 id = c.args.size() == 2 ? c.args.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        throw Error(ErrorKind::Usage,
                    Tr::tr("\"alert %1\" needs one rule id, e.g. cxcron alert %1 3.").arg(c.args.value(0)));
    return id;
}

void refuse(const CommandContext &c, const char *option, const QString &kind)
{
    if (c.parser.isSet(QString::fromLatin1(option)))
        throw Error(ErrorKind::Usage,
                    Tr::tr("--%1 does not apply to %2 rules.").arg(QString::fromLatin1(option), kind));
}

AlertRule ruleFromArguments(const CommandContext &c)
{
    if (c.args.size() < 3)
        throw Error(ErrorKind::Usage, Tr::tr("Usage: cxcron alert add email ADDRESS… | webhook URL "
                                             "[--format generic|discord|slack] | ping URL "
                                             "[--task TASK] [--lang fr|en]"));
    AlertRule rule;
    bool ok = false;
    const QString kind = c.args.at(1);
    rule.kind = alertKindFromKey(kind, &ok);
    if (!ok)
        throw Error(ErrorKind::Usage,
                    Tr::tr("Unknown alert kind \"%1\": use email, webhook or ping.").arg(kind));
    const QStringList targets = c.args.mid(2);
    if (rule.kind == AlertKind::Email) {
        rule.target = targets.join(u',');
    } else {
        if (targets.size() != 1)
            throw Error(ErrorKind::Usage, Tr::tr("A %1 rule takes exactly one URL.").arg(kind));
        rule.target = targets.first();
    }
    if (rule.kind == AlertKind::Webhook) {
        if (c.parser.isSet(QStringLiteral("format"))) {
            rule.format = webhookFormatFromKey(c.parser.value(QStringLiteral("format")), &ok);
            if (!ok)
                throw Error(ErrorKind::Usage,
                            Tr::tr("Unknown webhook format \"%1\": use generic, discord or slack.")
                                .arg(c.parser.value(QStringLiteral("format"))));
        }
    } else {
        refuse(c, "format", kind);
    }
    if (rule.kind == AlertKind::Email) {
        if (c.parser.isSet(QStringLiteral("smtp")))
            rule.settings.insert(QStringLiteral("smtp"), c.parser.value(QStringLiteral("smtp")));
        if (c.parser.isSet(QStringLiteral("from")))
            rule.settings.insert(QStringLiteral("from"), c.parser.value(QStringLiteral("from")));
    } else {
        refuse(c, "smtp", kind);
        refuse(c, "from", kind);
    }
    if (c.parser.isSet(QStringLiteral("task"))) {
        rule.task = c.parser.value(QStringLiteral("task"));
        if (!c.registry.find(rule.task))
            throw Error(ErrorKind::NotFound,
                        Tr::tr("Unknown task \"%1\". Known tasks: %2")
                            .arg(rule.task, c.registry.names().join(QStringLiteral(", "))));
    }
    rule.language = c.parser.isSet(QStringLiteral("lang")) ? c.parser.value(QStringLiteral("lang"))
                                                           : Translation::current();
    rule.reminderHours = intOption(c.parser, QStringLiteral("reminder-hours"), 6);
    AlertRuleCheck::validate(rule);
    return rule;
}

QString taskLabel(const AlertRule &rule)
{
    return rule.task.isEmpty() ? Tr::tr("all") : rule.task;
}

int add(CommandContext &c, const QSqlDatabase &db, const QDateTime &now)
{
    AlertRule rule = ruleFromArguments(c);
    rule.id = AlertStore::add(db, rule, now);
    if (c.json)
        c.console.printJson(QJsonObject{{QStringLiteral("id"), rule.id}});
    else
        c.console.out << Tr::tr("Alert rule #%1 added: %2 %3, task %4, language %5.")
                             .arg(rule.id)
                             .arg(alertKindKey(rule.kind), rule.displayTarget(), taskLabel(rule),
                                  rule.language)
                      << '\n';
    return ExitOk;
}

int list(CommandContext &c, const QSqlDatabase &db)
{
    const QList<AlertRule> rules = AlertStore::list(db);
    const QHash<qint64, AlertRuleStatus> status = AlertStore::status(db);
    QJsonArray json;
    QList<QStringList> rows;
    for (const AlertRule &r : rules) {
        const AlertRuleStatus s = status.value(r.id);
        if (c.json) {
            json << QJsonObject{
                {QStringLiteral("id"), r.id},
                {QStringLiteral("kind"), alertKindKey(r.kind)},
                {QStringLiteral("target"), r.displayTarget()},
                {QStringLiteral("format"),
                 r.kind == AlertKind::Webhook ? webhookFormatKey(r.format) : QString()},
                {QStringLiteral("task"), r.task.isEmpty() ? QJsonValue() : QJsonValue(r.task)},
                {QStringLiteral("lang"), r.language},
                {QStringLiteral("reminder_hours"), r.reminderHours},
                {QStringLiteral("enabled"), r.enabled},
                {QStringLiteral("sent"), s.sent},
                {QStringLiteral("pending"), s.pending},
                {QStringLiteral("failed"), s.failed},
                {QStringLiteral("last_sent_at"), s.lastSentAt.isValid()
                                                     ? QJsonValue(s.lastSentAt.toString(Qt::ISODateWithMs))
                                                     : QJsonValue()},
                {QStringLiteral("last_sent_event"),
                 s.lastSentEvent.isEmpty() ? QJsonValue() : QJsonValue(s.lastSentEvent)},
                {QStringLiteral("last_error"),
                 s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)},
                {QStringLiteral("last_error_at"), s.lastErrorAt.isValid()
                                                      ? QJsonValue(s.lastErrorAt.toString(Qt::ISODateWithMs))
                                                      : QJsonValue()}};
            continue;
        }
        rows << QStringList{
            QString::number(r.id),
            alertKindKey(r.kind) +
                (r.kind == AlertKind::Webhook ? u'/' + webhookFormatKey(r.format) : QString()),
            r.displayTarget(),
            taskLabel(r),
            r.language,
            s.lastSentAt.isValid() ? localTime(s.lastSentAt) + u' ' + s.lastSentEvent : Tr::tr("never"),
            QString::number(s.pending),
            QString::number(s.failed),
            s.lastError.isEmpty() ? QStringLiteral("—") : s.lastError};
    }
    if (c.json)
        c.console.printJson(json);
    else if (rows.isEmpty())
        c.console.out << Tr::tr("No alert rule. Add one with \"cxcron alert add email ADDRESS\".") << '\n';
    else
        c.console.printTable({Tr::tr("ID"), Tr::tr("KIND"), Tr::tr("TARGET"), Tr::tr("TASK"), Tr::tr("LANG"),
                              Tr::tr("LAST SENT"), Tr::tr("PENDING"), Tr::tr("FAILED"), Tr::tr("LAST ERROR")},
                             rows);
    return ExitOk;
}

int test(CommandContext &c, const QSqlDatabase &db, const QDateTime &now)
{
    const qint64 id = ruleId(c);
    const auto rule = AlertStore::get(db, id);
    if (!rule)
        throw Error(ErrorKind::NotFound, Tr::tr("No alert rule #%1.").arg(id));
    const SendResult sent = AlertEngine::test(db, *rule, now, alertOptions(c));
    if (!sent.ok) {
        c.console.error(Tr::tr("The test alert of rule #%1 could not be sent: %2").arg(id).arg(sent.error));
        return ExitConnection;
    }
    c.console.out << Tr::tr("Test alert of rule #%1 sent to %2.").arg(id).arg(rule->displayTarget()) << '\n';
    return ExitOk;
}

} // namespace

AlertEngineOptions alertOptions(const CommandContext &c)
{
    AlertEngineOptions options;
    options.tasks = c.registry.names();
    if (!envFileOption(c.parser).isEmpty()) {
        const EnvFile env = EnvFile::load(envFileOption(c.parser));
        options.mail = MailSettings::resolve(&env);
    } else {
        options.mail = MailSettings::resolve(nullptr);
    }
    options.budgetMs = 1000 * intOption(c.parser, QStringLiteral("alert-budget"), 10);
    options.requestTimeoutMs = qMin(options.requestTimeoutMs, qMax(options.budgetMs, 1000));
    return options;
}

int alertCommand(CommandContext &c)
{
    const QString sub = c.args.value(0);
    const QStringList known = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                               QStringLiteral("test")};
    if (!known.contains(sub)) {
        c.console.error(Tr::tr("\"alert\" needs add, list, remove or test, e.g. cxcron alert add email "
                               "admin@example.com."));
        return ExitUsage;
    }
    if (sub != QLatin1String("add"))
        for (const char *option : {"format", "smtp", "from", "reminder-hours", "task"})
            refuse(c, option, QStringLiteral("alert ") + sub);
    if ((sub == QLatin1String("remove") || sub == QLatin1String("test")))
        ruleId(c); // a usage error before touching the database
    else if (sub == QLatin1String("list") && c.args.size() > 1)
        throw Error(ErrorKind::Usage, Tr::tr("\"alert list\" takes no argument."));
    const QSqlDatabase db = Database::connection();
    Schema::migrate(db);
    const QDateTime now = Clock::fromEnvironment()->nowUtc(db);
    if (sub == QLatin1String("add"))
        return add(c, db, now);
    if (sub == QLatin1String("list"))
        return list(c, db);
    if (sub == QLatin1String("test"))
        return test(c, db, now);
    const qint64 id = ruleId(c);
    if (!AlertStore::remove(db, id))
        throw Error(ErrorKind::NotFound, Tr::tr("No alert rule #%1.").arg(id));
    c.console.out << Tr::tr("Alert rule #%1 removed.").arg(id) << '\n';
    return ExitOk;
}

} // namespace cxcron::cli
