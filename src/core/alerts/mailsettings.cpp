// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailsettings.h"

#include "alertrule.h"
#include "envfile.h"
#include "hostinfo.h"
#include "mailheaders.h"
#include "redaction.h"

#include <QUrl>
#include <QUrlQuery>

namespace cxcron {
namespace {

QString setting(const EnvFile *env, const char *key)
{
    if (qEnvironmentVariableIsSet(key))
        return qEnvironmentVariable(key);
    return env ? env->value(QString::fromLatin1(key)) : QString();
}

QString normalized(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("null") ? QString() : v;
}

} // namespace

MailSettings MailSettings::resolve(const EnvFile *env)
{
    MailSettings m;
    m.host = setting(env, "MAIL_HOST");
    bool ok = false;
    const int port = setting(env, "MAIL_PORT").toInt(&ok);
    if (ok && port > 0 && port < 65536)
        m.port = port;
    m.username = setting(env, "MAIL_USERNAME");
    if (m.username == QLatin1String("null"))
        m.username.clear();
    m.password = setting(env, "CXCRON_SMTP_PASSWORD");
    if (m.password.isEmpty())
        m.password = setting(env, "MAIL_PASSWORD");
    if (m.password == QLatin1String("null"))
        m.password.clear();
    Redaction::addSecret(m.password);
    m.encryption = normalized(setting(env, "MAIL_ENCRYPTION"));
    const MailHeaders::Mailbox from = MailHeaders::parseMailbox(setting(env, "MAIL_FROM_ADDRESS"));
    m.fromAddress = from.address;
    m.fromName = setting(env, "MAIL_FROM_NAME");
    if (m.fromName.contains(QLatin1String("${APP_NAME}")) && env)
        m.fromName.replace(QLatin1String("${APP_NAME}"), setting(env, "APP_NAME"));
    m.caFile = setting(env, "CXCRON_MAIL_CA_FILE");
    if (m.fromAddress.isEmpty() || m.fromAddress == QLatin1String("null"))
        m.fromAddress = QStringLiteral("cxcron@") + HostInfo::hostName();
    if (m.fromName.isEmpty())
        m.fromName = from.name;
    if (m.fromName.isEmpty())
        m.fromName = QStringLiteral("cxcron");
    return m;
}

MailSettings MailSettings::forRule(const AlertRule &rule) const
{
    MailSettings m = *this;
    const QString smtp = rule.settings.value(QStringLiteral("smtp")).toString();
    if (!smtp.isEmpty()) {
        const QUrl url(smtp);
        m.host = url.host();
        m.encryption = url.scheme().toLower() == QLatin1String("smtps") ? QStringLiteral("ssl") : QString();
        m.port = url.port(m.encryption == QLatin1String("ssl") ? 465 : 25);
        if (!url.userName().isEmpty())
            m.username = url.userName();
        const QString tls = QUrlQuery(url).queryItemValue(QStringLiteral("tls"));
        if (tls == QLatin1String("starttls"))
            m.encryption = QStringLiteral("tls");
        else if (tls == QLatin1String("none"))
            m.encryption = QStringLiteral("none");
    }
    const MailHeaders::Mailbox from =
        MailHeaders::parseMailbox(rule.settings.value(QStringLiteral("from")).toString());
    if (!from.address.isEmpty())
        m.fromAddress = from.address;
    if (!from.name.isEmpty())
        m.fromName = from.name;
    const QString fromName = rule.settings.value(QStringLiteral("from_name")).toString();
    if (!fromName.isEmpty())
        m.fromName = fromName;
    return m;
}

bool MailSettings::implicitTls() const
{
    return encryption == QLatin1String("ssl") || encryption == QLatin1String("smtps") ||
           (encryption == QLatin1String("tls") && port == 465);
}

QString MailSettings::url() const
{
    return (implicitTls() ? QStringLiteral("smtps://") : QStringLiteral("smtp://")) + host + u':' +
           QString::number(port);
}

} // namespace cxcron
