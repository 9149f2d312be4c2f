// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include "secretenv.h"

#include <QByteArray>
#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace cxcron::Redaction {
namespace {

QMutex s_mutex;
QStringList s_secrets; // longest first, so a secret holding another is hidden whole
QStringList s_public{QStringLiteral("cxcron")};
QtMessageHandler s_previous = nullptr;

bool isPublic(const QString &secret)
{
    for (const QString &word : std::as_const(s_public))
        if (secret.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void add(const QString &secret)
{
    if (secret.size() < 4 || s_secrets.contains(secret))
        return;
    s_secrets << secret;
    std::sort(s_secrets.begin(), s_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

// scheme://user:password@ — the password runs to the last '@' of the word, as it does in a
// --database URL whose password holds '@' or '/'.
const QRegularExpression &urlPasswordPattern()
{
    static const QRegularExpression re(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@]*):(\\S*)@"));
    return re;
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_previous)
        s_previous(type, context, redact(message));
}

} // namespace

void addSecret(const QString &secret)
{
    QMutexLocker lock(&s_mutex);
    add(secret);
    const QString decoded = QUrl::fromPercentEncoding(secret.toUtf8());
    if (decoded != secret)
        add(decoded);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    if (encoded != secret)
        add(encoded);
    // As --json and --csv print it.
    QString json = secret;
    json.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    if (json != secret)
        add(json);
    QString csv = secret;
    csv.replace(u'"', QStringLiteral("\"\""));
    if (csv != secret)
        add(csv);
}

void addPublicWord(const QString &word)
{
    QMutexLocker lock(&s_mutex);
    if (!word.isEmpty() && !s_public.contains(word))
        s_public << word;
}

void addEnvironmentSecrets()
{
    for (const QString &name : SecretEnvironment::names()) {
        const QString value = qEnvironmentVariable(name.toLatin1().constData());
        if (value.contains(QLatin1String("://")))
            addSecret(urlPassword(value));
        else
            addSecret(value);
    }
}

std::pair<qsizetype, qsizetype> urlPasswordRange(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return {-1, 0};
    const qsizetype begin = scheme + 3;
    // The host never holds '@': the user information ends at the last '@'...
    qsizetype at = url.lastIndexOf(u'@');
    if (at < begin)
        return {-1, 0};
    // ...before a query of cxcron's keys, whose values may hold one (ssh=user@host,
    // tls-ca=/etc/a@b.pem).
    static const QRegularExpression query(
        QStringLiteral("[?&](socket|charset|tls|tls-ca|timezone|ssh|ssh-key|ssh-known-hosts)="));
    const QRegularExpressionMatch q = query.match(url, begin);
    if (q.hasMatch() && q.capturedStart() < at) {
        const qsizetype before = url.left(q.capturedStart()).lastIndexOf(u'@');
        if (before >= begin)
            at = before;
    }
    const qsizetype colon = url.indexOf(u':', begin);
    if (colon < 0 || colon > at)
        return {-1, 0};
    return {colon + 1, at - colon - 1};
}

QString urlPassword(const QString &url)
{
    const auto [start, length] = urlPasswordRange(url);
    return start < 0 ? QString() : url.mid(start, length);
}

QString redact(const QString &text)
{
    QString out = text;
    if (out.contains(QLatin1String("://")))
        out.replace(urlPasswordPattern(), QStringLiteral("\\1:") + QLatin1String(kMask) + u'@');
    QMutexLocker lock(&s_mutex);
    for (const QString &secret : std::as_const(s_secrets))
        if (!isPublic(secret))
            out.replace(secret, QLatin1String(kMask));
    return out;
}

void installMessageHandler()
{
    QMutexLocker lock(&s_mutex);
    if (!s_previous)
        s_previous = qInstallMessageHandler(messageHandler);
}

} // namespace cxcron::Redaction
