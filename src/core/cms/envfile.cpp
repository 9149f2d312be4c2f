// SPDX-License-Identifier: GPL-3.0-or-later
#include "envfile.h"

#include "errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cxcron {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EnvFile)
};

bool isValidKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    return re.match(key).hasMatch();
}

// ${NAME} as vlucas/phpdotenv (Laravel) resolves it: the process environment first (Laravel's
// repository is immutable: a set variable wins), then the keys defined earlier in the file;
// an unknown name gives an empty string.
QString resolve(const QString &name, const QHash<QString, QString> &earlier)
{
    const QByteArray key = name.toUtf8();
    if (qEnvironmentVariableIsSet(key.constData()))
        return qEnvironmentVariable(key.constData());
    return earlier.value(name);
}

// Appends ${NAME} at text[*i] (pointing at '$') to *value and advances *i past it. Returns false
// when text[*i] does not start a well-formed ${NAME}.
bool interpolate(const QString &text, int *i, const QHash<QString, QString> &earlier, QString *value)
{
    if (text.mid(*i, 2) != QLatin1String("${"))
        return false;
    const int close = text.indexOf(u'}', *i + 2);
    if (close < 0)
        return false;
    const QString name = text.mid(*i + 2, close - *i - 2);
    if (!isValidKey(name))
        return false;
    *value += resolve(name, earlier);
    *i = close;
    return true;
}

// Parses the value part after '='. Returns false on an unterminated quote. Single quotes are
// literal; double quotes take \n, \t, \r, \", \\ and \$ escapes and ${NAME}; unquoted values
// take ${NAME}.
bool parseValue(const QString &raw, const QHash<QString, QString> &earlier, QString *out)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        out->clear();
        return true;
    }
    const QChar quote = text.front();
    if (quote == u'\'' || quote == u'"') {
        QString value;
        for (int i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == quote) {
                const QString rest = text.mid(i + 1).trimmed();
                if (!rest.isEmpty() && !rest.startsWith(u'#'))
                    return false;
                *out = value;
                return true;
            }
            if (quote == u'"' && c == u'\\' && i + 1 < text.size()) {
                const QChar n = text.at(++i);
                value += n == u'n' ? QChar(u'\n') : n == u't' ? QChar(u'\t') : n == u'r' ? QChar(u'\r') : n;
                continue;
            }
            if (quote == u'"' && c == u'$' && interpolate(text, &i, earlier, &value))
                continue;
            value += c;
        }
        return false;
    }
    // Unquoted: an inline comment starts at " #".
    QString literal = text;
    const int hash = literal.indexOf(QLatin1String(" #"));
    if (hash >= 0)
        literal.truncate(hash);
    literal = literal.trimmed();
    QString value;
    for (int i = 0; i < literal.size(); ++i) {
        if (literal.at(i) == u'$' && interpolate(literal, &i, earlier, &value))
            continue;
        value += literal.at(i);
    }
    *out = value;
    return true;
}

} // namespace

EnvFile EnvFile::parse(const QByteArray &content)
{
    EnvFile env;
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        QString body = trimmed;
        if (body.startsWith(QLatin1String("export ")))
            body = body.mid(7).trimmed();
        const int eq = body.indexOf(u'=');
        const QString key = eq > 0 ? body.left(eq).trimmed() : QString();
        QString value;
        if (eq <= 0 || !isValidKey(key)) {
            env.warnings << Tr::tr("line %1: not a KEY=value assignment, ignored").arg(i + 1);
            continue;
        }
        if (!parseValue(body.mid(eq + 1), env.values, &value)) {
            env.warnings << Tr::tr("line %1: unterminated or malformed quoted value for %2, ignored")
                                .arg(i + 1)
                                .arg(key);
            continue;
        }
        env.values.insert(key, value);
    }
    return env;
}

EnvFile EnvFile::load(const QString &path)
{
    constexpr qint64 kMaxBytes = 1024 * 1024;
    // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses anything but a
    // regular file (a device such as /dev/zero never ends, a FIFO may never send anything).
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw Error(ErrorKind::Config, Tr::tr("Cannot read the environment file %1: %2")
                                           .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        throw Error(ErrorKind::Config,
                    Tr::tr("The environment file %1 is not a regular file (a device, FIFO, socket or "
                           "folder); refusing to read it.")
                        .arg(path));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        throw Error(ErrorKind::Config,
                    Tr::tr("Cannot read the environment file %1: %2").arg(path, file.errorString()));
    }
    // At most 1 MiB and one byte, whatever the file claims its size is (/proc files say 0).
    const QByteArray content = file.read(kMaxBytes + 1);
    if (content.size() > kMaxBytes)
        throw Error(ErrorKind::Config,
                    Tr::tr("The environment file %1 is larger than 1 MiB; refusing to read it.").arg(path));
    // Neither Laravel nor a shell reads past a NUL byte the same way: no value is trustworthy.
    if (const qsizetype nul = content.indexOf('\0'); nul >= 0)
        throw Error(ErrorKind::Config,
                    Tr::tr("The environment file %1 holds a NUL byte (line %2): it is not a text .env file; "
                           "refusing to read it.")
                        .arg(path)
                        .arg(content.left(nul).count('\n') + 1));
    return parse(content);
}

QString EnvFile::firstOf(const QStringList &keys, const QString &fallback) const
{
    for (const QString &key : keys) {
        const auto it = values.constFind(key);
        if (it != values.cend())
            return it.value();
    }
    return fallback;
}

} // namespace cxcron
