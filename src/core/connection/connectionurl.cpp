// SPDX-License-Identifier: GPL-3.0-or-later
// ConnectionProfile::fromUrl and the other --database URL helpers: the URL grammar, its query
// keys and the TLS modes.
#include "connectionprofile.h"

#include "errors.h"
#include "redaction.h"

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
// which a host and a '/' follow, so a password may contain '@', '/', ':' or '?' unescaped. The
// database name (and a query without ssh=, see splitUrl) holds no '@': "user:pass/word@host" (no
// database) is then malformed, not host "user" with the port "pass" and the database "word@host".
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://(?:(.*)@)?([^@/?]*)/([^?@]*)(?:\\?([^@]*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// Without its query: the database part then runs to the end.
const QRegularExpression &basePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://(?:(.*)@)?([^@/?]*)/([^?@]*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

const QStringList &queryKeys()
{
    static const QStringList keys{QStringLiteral("socket"),   QStringLiteral("charset"),
                                  QStringLiteral("tls"),      QStringLiteral("tls-ca"),
                                  QStringLiteral("timezone"), QStringLiteral("ssh"),
                                  QStringLiteral("ssh-key"),  QStringLiteral("ssh-known-hosts")};
    return keys;
}

QString percentDecoded(const QString &text);

struct UrlParts
{
    QRegularExpressionMatch match; ///< captures 1-4: scheme, userinfo, host[:port], database
    QString query;
};

// ssh=user@host puts an '@' in the query, which the greedy userinfo would swallow: first try each
// '?' after which only known keys follow, then the plain pattern (a password may hold '?').
UrlParts splitUrl(const QString &text)
{
    for (qsizetype q = text.indexOf(u'?'); q >= 0; q = text.indexOf(u'?', q + 1)) {
        const QString query = text.mid(q + 1);
        bool known = true;
        for (const QString &item : query.split(u'&', Qt::SkipEmptyParts))
            known = known && queryKeys().contains(percentDecoded(item.section(u'=', 0, 0)));
        if (!known)
            continue;
        QRegularExpressionMatch m = basePattern().match(text.left(q));
        if (m.hasMatch())
            return {m, query};
    }
    QRegularExpressionMatch m = urlPattern().match(text);
    return {m, m.captured(5)};
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

// [user@]host[:port] or [user@][v6]:port. ssh rejects host or user names that start with '-'
// as options only when it parses them; refuse them here so nothing is ever taken for one.
void parseSsh(const QString &value, SshSettings *ssh)
{
    const QString bad =
        Tr::tr("The database URL has ssh=%1: use ssh=user@host or ssh=user@host:port.").arg(value);
    QString rest = value;
    const int at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        ssh->user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString port;
    if (rest.startsWith(u'[')) {
        const int close = rest.indexOf(u']');
        if (close < 0 || (close + 1 < rest.size() && rest.at(close + 1) != u':'))
            throw Error(ErrorKind::Usage, bad);
        ssh->host = rest.mid(1, close - 1);
        port = rest.mid(close + 2);
    } else {
        ssh->host = rest.section(u':', 0, 0);
        port = rest.contains(u':') ? rest.section(u':', 1) : QString();
    }
    if (!port.isEmpty()) {
        bool ok = false;
        ssh->port = port.toInt(&ok);
        if (!ok || ssh->port <= 0 || ssh->port > 65535)
            throw Error(ErrorKind::Usage, bad);
    }
    static const QRegularExpression safe(QStringLiteral("^[^-\\s][^\\s]*$"));
    if (!safe.match(ssh->host).hasMatch() || (!ssh->user.isEmpty() && !safe.match(ssh->user).hasMatch()))
        throw Error(ErrorKind::Usage, bad);
    ssh->enabled = true;
}

} // namespace

bool ConnectionProfile::urlHasPassword(const QString &url)
{
    const QRegularExpressionMatch m = splitUrl(url).match;
    return m.hasMatch() && m.captured(2).contains(u':') && !m.captured(2).section(u':', 1).isEmpty();
}

QString ConnectionProfile::urlWithoutPassword(const QString &url)
{
    if (url.startsWith(QLatin1String("sqlite:")))
        return url;
    const QRegularExpressionMatch m = splitUrl(url).match;
    if (!m.hasMatch())
        return {};
    if (m.capturedLength(2) <= 0)
        return url;
    // Without the password, an '@', '?' or '/' the user kept raw could move where the URL splits
    // (a pathological user, found by fuzzing): written escaped, it still decodes to the same user.
    QString user = m.captured(2).section(u':', 0, 0);
    user.replace(u'@', QStringLiteral("%40"))
        .replace(u'?', QStringLiteral("%3F"))
        .replace(u'/', QStringLiteral("%2F"));
    return url.left(m.capturedStart(2)) + user + url.mid(m.capturedEnd(2));
}

ConnectionProfile ConnectionProfile::fromUrl(const QString &text)
{
    ConnectionProfile p;
    p.name = QStringLiteral("url");
    // Before anything can fail and quote the URL: its password is hidden from every message.
    Redaction::addSecret(Redaction::urlPassword(text));
    if (text.startsWith(QLatin1String("sqlite:"))) {
        QString path = text.mid(7);
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2);
            // sqlite://user:password@/file: a file has no login, and the "path" would be quoted.
            if (path.section(u'/', 0, 0).contains(u'@'))
                throw Error(
                    ErrorKind::Usage,
                    Tr::tr("A SQLite database URL takes no user or password: use sqlite:/path/file.sqlite."));
        }
        if (path.isEmpty())
            throw Error(ErrorKind::Usage, Tr::tr("The database URL \"%1\" names no SQLite file.").arg(text));
        p.filePath = QDir::current().absoluteFilePath(path);
        return p;
    }
    const UrlParts parts = splitUrl(text);
    const QRegularExpressionMatch &m = parts.match;
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
        if (!ok || p.port <= 0 || p.port > 65535 || port.trimmed() != port || !port.at(0).isDigit())
            throw Error(ErrorKind::Usage, Tr::tr("The database URL has an invalid port \"%1\".").arg(port));
        // The client library takes "localhost" for its default Unix socket and ignores the
        // port: a port written in the URL is meant, so go to it over TCP.
        if (p.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            p.host = QStringLiteral("127.0.0.1");
    }
    p.database = percentDecoded(m.captured(4));
    if (p.database.isEmpty())
        throw Error(ErrorKind::Usage,
                    Tr::tr("The database URL does not include a database name (…/database)."));
    Redaction::addPublicWord(p.user);
    Redaction::addPublicWord(p.database);
    bool tlsGiven = false;
    const QStringList items = parts.query.split(u'&', Qt::SkipEmptyParts);
    QStringList seen;
    for (const QString &item : items) {
        const QString key = percentDecoded(item.section(u'=', 0, 0));
        const QString value = percentDecoded(item.section(u'=', 1));
        // "?tls-ca=$CA" with CA unset, or "?tls=1&tls=0" pasted together: which one was meant
        // cannot be guessed, and the wrong guess is a plain-text connection.
        if (queryKeys().contains(key) && value.trimmed().isEmpty())
            throw Error(
                ErrorKind::Usage,
                Tr::tr("The database URL gives %1 an empty value: give it one, or leave the option out.")
                    .arg(key));
        if (seen.contains(key))
            throw Error(ErrorKind::Usage,
                        Tr::tr("The database URL gives %1 more than once: give each option once.").arg(key));
        seen << key;
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
        } else if (key == QLatin1String("ssh")) {
            parseSsh(value, &p.ssh);
        } else if (key == QLatin1String("ssh-key")) {
            p.ssh.keyFile = value;
        } else if (key == QLatin1String("ssh-known-hosts")) {
            p.ssh.knownHostsFile = value;
        } else {
            throw Error(ErrorKind::Usage,
                        Tr::tr("Unknown option \"%1\" in the database URL (known: socket, charset, tls, "
                               "tls-ca, timezone, ssh, ssh-key, ssh-known-hosts).")
                            .arg(key));
        }
    }
    if (!p.ssh.enabled && (!p.ssh.keyFile.isEmpty() || !p.ssh.knownHostsFile.isEmpty()))
        throw Error(ErrorKind::Usage,
                    Tr::tr("The database URL sets ssh-key or ssh-known-hosts but no ssh=user@host."));
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
