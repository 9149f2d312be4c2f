// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include "errors.h"
#include "mailheaders.h"
#include "translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Alerts)
};

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty() && !text.contains(u' ');
}

bool isAddress(const QString &text)
{
    // Deliberately simple: one '@', no spaces or header-breaking characters.
    static const QRegularExpression re(QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+$"));
    return text.size() <= 254 && re.match(text).hasMatch();
}
} // namespace

QStringList AlertRule::addresses() const
{
    QStringList result;
    for (const QString &part : target.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result << part.trimmed();
    return result;
}

bool AlertRule::appliesTo(const QString &taskName) const
{
    return task.isEmpty() || task == taskName;
}

QString AlertRule::displayTarget() const
{
    return kind == AlertKind::Email ? target : redactUrl(target);
}

QString redactUrl(const QString &text)
{
    QUrl url(text);
    if (!url.isValid() || url.password().isEmpty())
        return text;
    url.setPassword(QStringLiteral("***"));
    return url.toString();
}

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Email:
        return QStringLiteral("email");
    case AlertKind::Webhook:
        return QStringLiteral("webhook");
    case AlertKind::Ping:
        return QStringLiteral("ping");
    }
    return QStringLiteral("email");
}

AlertKind alertKindFromKey(const QString &key, bool *ok)
{
    const AlertKind kinds[] = {AlertKind::Email, AlertKind::Webhook, AlertKind::Ping};
    for (AlertKind k : kinds) {
        if (alertKindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return AlertKind::Email;
}

QString webhookFormatKey(WebhookFormat format)
{
    switch (format) {
    case WebhookFormat::Generic:
        return QStringLiteral("generic");
    case WebhookFormat::Discord:
        return QStringLiteral("discord");
    case WebhookFormat::Slack:
        return QStringLiteral("slack");
    }
    return QStringLiteral("generic");
}

WebhookFormat webhookFormatFromKey(const QString &key, bool *ok)
{
    const WebhookFormat formats[] = {WebhookFormat::Generic, WebhookFormat::Discord, WebhookFormat::Slack};
    for (WebhookFormat f : formats) {
        if (webhookFormatKey(f) == key) {
            if (ok)
                *ok = true;
            return f;
        }
    }
    if (ok)
        *ok = false;
    return WebhookFormat::Generic;
}

void AlertRuleCheck::validate(const AlertRule &rule)
{
    if (rule.kind == AlertKind::Email) {
        const QStringList list = rule.addresses();
        if (list.isEmpty())
            throw Error(ErrorKind::Usage, Tr::tr("Give at least one e-mail address."));
        if (list.size() > 50)
            throw Error(ErrorKind::Usage, Tr::tr("At most 50 addresses per rule."));
        for (const QString &address : list)
            if (!isAddress(address))
                throw Error(ErrorKind::Usage, Tr::tr("\"%1\" is not an e-mail address.").arg(address));
        const QString smtp = rule.settings.value(QStringLiteral("smtp")).toString();
        if (!smtp.isEmpty()) {
            const QUrl url(smtp, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")))
                throw Error(ErrorKind::Usage,
                            Tr::tr("Malformed SMTP server URL; expected smtp://[user@]host[:port] or "
                                   "smtps://[user@]host[:port]."));
            if (!url.password().isEmpty())
                throw Error(ErrorKind::Usage,
                            Tr::tr("Do not put the SMTP password in the URL: it would be stored in the "
                                   "database. Set MAIL_PASSWORD in the .env or the environment."));
        }
        const QString from = rule.settings.value(QStringLiteral("from")).toString();
        // "Équipe <a@b>" as well as "a@b": the display name is encoded when the mail is written.
        if (!from.isEmpty() && !isAddress(MailHeaders::parseMailbox(from).address))
            throw Error(ErrorKind::Usage, Tr::tr("\"%1\" is not an e-mail address.").arg(from));
    } else if (!isHttpUrl(rule.target)) {
        throw Error(
            ErrorKind::Usage,
            Tr::tr("Malformed URL \"%1\": expected http://… or https://….").arg(redactUrl(rule.target)));
    }
    if (!Translation::available().contains(rule.language))
        throw Error(ErrorKind::Usage, Tr::tr("Unknown language \"%1\": use fr or en.").arg(rule.language));
    if (rule.reminderHours < 1 || rule.reminderHours > 720)
        throw Error(ErrorKind::Usage, Tr::tr("The reminder interval must be between 1 and 720 hours."));
}

} // namespace cxcron
