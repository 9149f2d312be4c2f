// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionProfile::fromUrl and the other --database URL helpers: the URL grammar, its query
// keys and the TLS modes.
#include "connectionprofile.h"

#include "errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cctype>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

// scheme://[userinfo@]host[:port]/database[?query]. The userinfo ends at the LAST '@' after
// which a host and a '/' follow, so a password may contain '@', '/', ':' or '?' unescaped.
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://(?:(.*)@)?([^@/?]*)/([^?]*)(?:\\?(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// %XX is a byte; a '%' not followed by two hex digits is kept as it is.
QString percentDecoded(const QString &text)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (int i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '%' && i + 2 < in.size() && isxdigit(static_cast<unsigned char>(in.at(i + 1))) &&
            isxdigit(static_cast<unsigned char>(in.at(i + 2)))) {
            out += char(QByteArray(in.constData() + i + 1, 2).toInt(nullptr, 16));
            i += 2;
            continue;
        }
        out += c;
    }
    return QString::fromUtf8(out);
}

// Accepts the spellings of booleans the MariaDB/MySQL clients accept, plus the two TLS modes.
void parseTls(const QString &value, ConnectionProfile *p)
{
    const QString v = value.trimmed().toLower();
    for (const char *yes : {"1", "true", "yes", "on", "verify"})
        if (v == QLatin1String(yes)) {
            p->tls = true;
            p->tlsVerify = true;
            return;
        }
    for (const char *no : {"0", "false", "no", "off"})
        if (v == QLatin1String(no)) {
            p->tls = false;
            return;
        }
    if (v == QLatin1String("require")) {
        p->tls = true;
        p->tlsVerify = false;
        return;
    }
    throw Error(ErrorKind::Usage,
                Tr::tr("The database URL has tls=%1: use tls=1 (encrypted, server certificate verified), "
                       "tls=require (encrypted, not verified) or tls=0.")
                    .arg(value));
}

} // namespace

bool ConnectionProfile::urlHasPassword(const QString &url)
{
    const QRegularExpressionMatch m = urlPattern().match(url);
    return m.hasMatch() && m.captured(2).contains(u':') && !m.captured(2).section(u':', 1).isEmpty();
}

QString ConnectionProfile::urlWithoutPassword(const QString &url)
{
    if (url.startsWith(QLatin1String("sqlite:")))
        return url;
    const QRegularExpressionMatch m = urlPattern().match(url);
    if (!m.hasMatch())
        return {};
    if (m.capturedLength(2) <= 0)
        return url;
    const QString user = m.captured(2).section(u':', 0, 0);
    return url.left(m.capturedStart(2)) + user + url.mid(m.capturedEnd(2));
}

ConnectionProfile ConnectionProfile::fromUrl(const QString &text)
{
    ConnectionProfile p;
    p.name = QStringLiteral("url");
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            throw Error(ErrorKind::Usage, Tr::tr("The database URL \"%1\" names no SQLite file.").arg(text));
        p.filePath = QDir::current().absoluteFilePath(path);
        return p;
    }
    const QRegularExpressionMatch m = urlPattern().match(text);
    const QString scheme = m.captured(1).toLower();
    if (!m.hasMatch() || (scheme != QLatin1String("mysql") && scheme != QLatin1String("mariadb"))) {
        const bool mysqlLike = text.startsWith(QLatin1String("mysql://"), Qt::CaseInsensitive) ||
                               text.startsWith(QLatin1String("mariadb://"), Qt::CaseInsensitive);
        if (mysqlLike)
            throw Error(ErrorKind::Usage,
                        Tr::tr("The database URL does not include a database name (…/database)."));
        // Never repeat the URL: it may hold a password.
        throw Error(ErrorKind::Usage, Tr::tr("Malformed database URL. Use sqlite:/path/file.sqlite or "
                                             "mysql://user@host:3306/database with the password in "
                                             "CXCRON_DB_PASSWORD (or --env / --profile)."));
    }
    p.driver = scheme == QLatin1String("mariadb") ? Driver::MariaDb : Driver::MySql;
    const QString userInfo = m.captured(2);
    const int colon = userInfo.indexOf(u':');
    p.user = percentDecoded(colon < 0 ? userInfo : userInfo.left(colon));
    if (colon >= 0)
        p.password = percentDecoded(userInfo.mid(colon + 1));
    const QString hostPort = m.captured(3);
    QString host = hostPort;
    QString port;
    if (hostPort.startsWith(u'[')) {
        const int close = hostPort.indexOf(u']');
        host = hostPort.mid(1, close - 1);
        if (close < 0 || (close + 1 < hostPort.size() && hostPort.at(close + 1) != u':'))
            throw Error(ErrorKind::Usage, Tr::tr("The database URL has a malformed IPv6 host."));
        port = hostPort.mid(close + 2);
    } else if (hostPort.contains(u':')) {
        host = hostPort.section(u':', 0, 0);
        port = hostPort.section(u':', 1);
    }
    p.host = host.isEmpty() ? QStringLiteral("127.0.0.1") : host;
    if (!port.isEmpty()) {
        bool ok = false;
        p.port = port.toInt(&ok);
        if (!ok || p.port <= 0 || p.port > 65535)
            throw Error(ErrorKind::Usage, Tr::tr("The database URL has an invalid port \"%1\".").arg(port));
    }
    p.database = percentDecoded(m.captured(4));
    if (p.database.isEmpty())
        throw Error(ErrorKind::Usage,
                    Tr::tr("The database URL does not include a database name (…/database)."));
    bool tlsGiven = false;
    const QStringList items = m.captured(5).split(u'&', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString key = percentDecoded(item.section(u'=', 0, 0));
        const QString value = percentDecoded(item.section(u'=', 1));
        if (key == QLatin1String("socket")) {
            p.socket = value;
        } else if (key == QLatin1String("charset")) {
            p.charset = value;
        } else if (key == QLatin1String("tls")) {
            parseTls(value, &p);
            tlsGiven = true;
        } else if (key == QLatin1String("tls-ca")) {
            p.tlsCa = value;
        } else if (key == QLatin1String("timezone")) {
            p.timezone = value;
        } else {
            throw Error(ErrorKind::Usage,
                        Tr::tr("Unknown option \"%1\" in the database URL (known: socket, charset, tls, "
                               "tls-ca, timezone).")
                            .arg(key));
        }
    }
    if (!p.tlsCa.isEmpty()) {
        if (tlsGiven && !p.tls)
            throw Error(ErrorKind::Usage, Tr::tr("The database URL sets tls-ca but also tls=0."));
        // As libpq does with a root certificate: naming a CA means verifying against it.
        p.tls = true;
        p.tlsVerify = true;
    }
    return p;
}

} // namespace cxcron
