// SPDX-License-Identifier: GPL-3.0-or-later
#include "envfile.h"

#include "errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

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

// Parses the value part after '='. Returns false on an unterminated quote.
bool parseValue(const QString &raw, QString *out)
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
            value += c;
        }
        return false;
    }
    // Unquoted: an inline comment starts at " #".
    QString value = text;
    const int hash = value.indexOf(QLatin1String(" #"));
    if (hash >= 0)
        value.truncate(hash);
    *out = value.trimmed();
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
        if (!parseValue(body.mid(eq + 1), &value)) {
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Config,
                    Tr::tr("Cannot read the environment file %1: %2").arg(path, file.errorString()));
    if (file.size() > 1024 * 1024)
        throw Error(ErrorKind::Config,
                    Tr::tr("The environment file %1 is larger than 1 MiB; refusing to read it.").arg(path));
    return parse(file.readAll());
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
