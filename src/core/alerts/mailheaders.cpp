// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailheaders.h"

#include <QByteArrayList>
#include <QRegularExpression>

namespace cxcron::MailHeaders {
namespace {

constexpr int kMaxLine = 78;
constexpr int kMaxEncodedWord = 75;
const QByteArray kPrefix = QByteArrayLiteral("=?UTF-8?B?");
const QByteArray kSuffix = QByteArrayLiteral("?=");

bool isPrintableAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() < 32 || c.unicode() > 126)
            return false;
    return true;
}

QString singleLine(const QString &text)
{
    QString clean = text;
    clean.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    return clean;
}

// Encoded-words for @p text, each holding whole UTF-8 characters; the first may be shorter
// (@p firstRoom characters) to fit behind the header's name.
QByteArrayList encodedWords(const QString &text, int firstRoom)
{
    QByteArrayList words;
    QByteArray chunk;
    auto room = [&] {
        return (words.isEmpty() ? firstRoom : kMaxEncodedWord) - kPrefix.size() - kSuffix.size();
    };
    auto flush = [&] {
        if (!chunk.isEmpty())
            words << kPrefix + chunk.toBase64() + kSuffix;
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character: never split it.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (((chunk.size() + bytes.size() + 2) / 3) * 4 > room())
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

// "Name: " then @p tokens separated by spaces, a token moved to a continuation line
// (CRLF SP) when it would pass kMaxLine.
QByteArray folded(const QByteArray &name, const QByteArrayList &tokens)
{
    QByteArray out = name + ':';
    qsizetype lineLength = out.size();
    for (const QByteArray &token : tokens) {
        if (lineLength + 1 + token.size() > kMaxLine && lineLength > name.size() + 1) {
            out += "\r\n";
            lineLength = 0;
        }
        out += ' ' + token;
        lineLength += 1 + token.size();
    }
    return out + "\r\n";
}

QByteArrayList textTokens(const QByteArray &name, const QString &text)
{
    // ASCII that looks like an encoded-word would be decoded by the reader: encode it too.
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?"))) {
        QByteArrayList tokens;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            tokens << word.toLatin1();
        return tokens;
    }
    // "Name: " takes the first line's room.
    return encodedWords(text, qMin(kMaxEncodedWord, kMaxLine - int(name.size()) - 2));
}

// An RFC 5322 atom: it may stand in a display name as it is.
bool isAtom(const QString &word)
{
    static const QRegularExpression atext(QStringLiteral("^[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]+$"));
    return atext.match(word).hasMatch() && !word.contains(QLatin1String("=?"));
}

qsizetype encodedLength(const QString &text)
{
    return kPrefix.size() + kSuffix.size() + (text.toUtf8().size() + 2) / 3 * 4;
}

// A display name as Python's email package writes it, which is also how it reads it back
// without a stray space: atoms as they are, each run of other words as one encoded-word holding
// its inner spaces. Two encoded-words are never adjacent unless a run is too long for one: it is
// then cut between words, the space encoded at the start of the next one (RFC 2047 readers drop
// the whitespace between two encoded-words).
QByteArrayList phraseTokens(const QString &display, int firstRoom)
{
    QByteArrayList tokens;
    QString run;
    auto room = [&] {
        return tokens.isEmpty() ? firstRoom : kMaxEncodedWord;
    };
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (encodedLength(run) <= room())
            tokens << kPrefix + run.toUtf8().toBase64() + kSuffix;
        else
            tokens << encodedWords(run, room()); // one word alone too long: cut between characters
        run.clear();
    };
    for (const QString &word : display.split(u' ', Qt::SkipEmptyParts)) {
        if (isAtom(word)) {
            flush();
            tokens << word.toLatin1();
        } else if (run.isEmpty()) {
            run = word;
        } else if (encodedLength(run + u' ' + word) <= room()) {
            run += u' ' + word;
        } else {
            flush();
            run = u' ' + word;
        }
    }
    flush();
    return tokens;
}

QByteArray quoted(const QString &name)
{
    QByteArray out = "\"";
    for (QChar c : name) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        out += char(c.unicode());
    }
    return out + '"';
}

} // namespace

Mailbox parseMailbox(const QString &text)
{
    static const QRegularExpression angle(QStringLiteral("^\\s*(.*?)\\s*<([^<>\\s]+)>\\s*$"));
    const QRegularExpressionMatch m = angle.match(text);
    if (!m.hasMatch())
        return {QString(), text.trimmed()};
    QString name = m.captured(1);
    if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
        name = name.mid(1, name.size() - 2);
        name.replace(QStringLiteral("\\\""), QStringLiteral("\""))
            .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    }
    return {name.trimmed(), m.captured(2)};
}

QByteArray unstructured(const QByteArray &name, const QString &value)
{
    return folded(name, textTokens(name, singleLine(value).simplified()));
}

QByteArray mailbox(const QByteArray &name, const QString &displayName, const QString &address)
{
    const QString display = singleLine(displayName).simplified();
    const QByteArray angleAddress = '<' + address.toUtf8() + '>';
    if (display.isEmpty())
        return folded(name, {angleAddress});
    QByteArrayList tokens;
    if (isPrintableAscii(display) && !display.contains(QLatin1String("=?")))
        tokens << quoted(display);
    else
        tokens = phraseTokens(display, qMin(kMaxEncodedWord, kMaxLine - int(name.size()) - 2));
    tokens << angleAddress;
    return folded(name, tokens);
}

QByteArray addressList(const QByteArray &name, const QStringList &addresses)
{
    QByteArrayList tokens;
    for (qsizetype i = 0; i < addresses.size(); ++i)
        tokens << addresses.at(i).toUtf8() + (i + 1 < addresses.size() ? "," : "");
    return folded(name, tokens);
}

QByteArray messageIdDomain(const QString &fromAddress)
{
    static const QRegularExpression dotAtom(QStringLiteral(
        "^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    const QString domain = fromAddress.section(u'@', -1);
    if (fromAddress.contains(u'@') && dotAtom.match(domain).hasMatch())
        return domain.toLatin1();
    return QByteArrayLiteral("cxcron.invalid");
}

} // namespace cxcron::MailHeaders
