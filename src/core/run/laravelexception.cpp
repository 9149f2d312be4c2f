// SPDX-License-Identifier: GPL-3.0-or-later
#include "laravelexception.h"

#include <QRegularExpression>

namespace cxcron {
namespace {

const QRegularExpression &symfonyHeader()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*In (\S+) line (\d+):\s*$)"));
    return re;
}

const QRegularExpression &bracketClass()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*\[([A-Za-z_\\][\w\\]*)\]\s*$)"));
    return re;
}

const QRegularExpression &collisionClass()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([A-Z][\w]*(?:\\[A-Za-z_]\w*)*(?:Exception|Error|Throwable))\s*$)"));
    return re;
}

const QRegularExpression &collisionAt()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*at (\S+:\d+)\s*$)"));
    return re;
}

const QRegularExpression &errorBadge()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*ERROR\s{2,}(.+?)\s*$)"));
    return re;
}

// Symfony: after "In X line N:" a blank line, optionally "[Class]", then message lines, then a blank.
ConsoleException parseSymfony(const QStringList &lines, int header)
{
    const auto m = symfonyHeader().match(lines.at(header));
    ConsoleException e;
    e.location = m.captured(1) + u':' + m.captured(2);
    QStringList message;
    for (int i = header + 1; i < lines.size(); ++i) {
        const QString text = lines.at(i).trimmed();
        if (text.isEmpty()) {
            if (!message.isEmpty())
                break;
            continue;
        }
        const auto cls = bracketClass().match(text);
        if (cls.hasMatch() && message.isEmpty() && e.className.isEmpty()) {
            e.className = cls.captured(1);
            continue;
        }
        message << text;
    }
    e.message = message.join(u' ');
    return e;
}

ConsoleException parseCollision(const QStringList &lines, int classLine)
{
    ConsoleException e;
    e.className = lines.at(classLine).trimmed();
    QStringList message;
    for (int i = classLine + 1; i < lines.size() && i < classLine + 40; ++i) {
        const QString text = lines.at(i).trimmed();
        const auto at = collisionAt().match(lines.at(i));
        if (at.hasMatch()) {
            e.location = at.captured(1);
            break;
        }
        if (text.isEmpty()) {
            if (!message.isEmpty() && i + 1 < lines.size() && lines.at(i + 1).trimmed().isEmpty())
                break;
            continue;
        }
        message << text;
    }
    e.message = message.join(u' ');
    return e;
}

} // namespace

ConsoleException parseConsoleException(const QStringList &lines)
{
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        const QString &line = lines.at(i);
        if (symfonyHeader().match(line).hasMatch()) {
            // Earlier "In …" headers of the same chain come before; the first one printed is the
            // outermost exception, the one the command saw. Walk back to it.
            int first = i;
            for (int j = i - 1; j >= 0 && j >= i - 200; --j)
                if (symfonyHeader().match(lines.at(j)).hasMatch())
                    first = j;
            return parseSymfony(lines, first);
        }
        if (collisionAt().match(line).hasMatch()) {
            for (int j = i - 1; j >= 0 && j >= i - 40; --j)
                if (collisionClass().match(lines.at(j)).hasMatch())
                    return parseCollision(lines, j);
        }
    }
    for (int i = int(lines.size()) - 1; i >= 0; --i) {
        const auto badge = errorBadge().match(lines.at(i));
        if (badge.hasMatch())
            return {QString(), badge.captured(1), QString()};
    }
    return {};
}

} // namespace cxcron
