// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskdefinition.h"

#include "cmssite.h"
#include "errors.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaskDefinition)
};

bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("PASS|SECRET|TOKEN|KEY|AUTH|CREDENTIAL"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}
} // namespace

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_@%+=:,./-]+$)"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString TaskDefinition::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Artisan:
        return QStringLiteral("artisan");
    case Kind::Php:
        return QStringLiteral("php");
    case Kind::Command:
        break;
    }
    return QStringLiteral("command");
}

TaskDefinition::Kind TaskDefinition::kindFromKey(const QString &key, bool *ok)
{
    for (Kind kind : {Kind::Command, Kind::Artisan, Kind::Php}) {
        if (kindKey(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Command;
}

QStringList TaskDefinition::argv(const CmsSite &site) const
{
    if (kind == Kind::Artisan)
        return QStringList{site.php, QStringLiteral("artisan"), program} + arguments +
               QStringList{QStringLiteral("--ansi")};
    if (kind == Kind::Php)
        return QStringList{site.php, program} + arguments;
    if (shell)
        return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), program};
    return QStringList{program} + arguments;
}

QString TaskDefinition::commandLine(const CmsSite &site) const
{
    if (shell && kind == Kind::Command)
        return program;
    QStringList words;
    for (const QString &word : argv(site))
        words << shellQuote(word);
    return words.join(u' ');
}

QStringList TaskDefinition::redactedEnvironment() const
{
    QStringList result;
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        result << it.key() + u'=' + (isSecretKey(it.key()) ? QStringLiteral("***") : it.value());
    return result;
}

bool isValidTaskName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9:._-]{0,99}$)"));
    return re.match(name).hasMatch();
}

void TaskDefinition::validate() const
{
    if (!isValidTaskName(name))
        throw Error(
            ErrorKind::Usage,
            Tr::tr("Invalid task name \"%1\": use letters, digits and : . _ - (at most 100).").arg(name));
    if (program.trimmed().isEmpty())
        throw Error(ErrorKind::Usage, kind == Kind::Artisan
                                          ? Tr::tr("The artisan command of %1 is empty.").arg(name)
                                          : Tr::tr("The program of %1 is empty.").arg(name));
    QString error;
    if (!Schedule::parse(schedule, &error).isValid())
        throw Error(ErrorKind::Usage, error);
    if (timeoutSeconds <= 0 || timeoutSeconds > kMaxTimeoutSeconds)
        throw Error(ErrorKind::Usage,
                    Tr::tr("The timeout must be between 1 and %1 seconds (7 days).").arg(kMaxTimeoutSeconds));
    static const QRegularExpression envKey(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*$)"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        if (!envKey.match(it.key()).hasMatch())
            throw Error(ErrorKind::Usage, Tr::tr("Invalid environment variable name \"%1\".").arg(it.key()));
}

} // namespace cxcron
