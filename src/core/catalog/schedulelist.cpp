// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulelist.h"

#include "ansi.h"

#include <QRegularExpression>

namespace cxcron {
namespace {

bool isCronExpression(const QString &text, QString *normalized)
{
    // Digits and * / , - ? L W #, or month and day names: words of a banner are not fields.
    static const QRegularExpression cronField(
        QStringLiteral(
            R"(^(?:[0-9*?/,#LW-]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)+$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    const QStringList fields = text.trimmed().split(spaces, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return false;
    for (const QString &f : fields)
        if (!cronField.match(f).hasMatch())
            return false;
    *normalized = fields.join(u' ');
    return true;
}

/// Fills command/arguments when @p text runs artisan ("php artisan x", "'/usr/bin/php8.2' 'artisan' x").
void readArtisan(ScheduledJob &job)
{
    static const QRegularExpression artisan(
        QStringLiteral(R"(^(?:['"]?\S*php[^\s'"]*['"]?\s+)?['"]?artisan['"]?\s+([^\s'"]+)(.*)$)"));
    const auto a = artisan.match(job.text);
    if (!a.hasMatch())
        return;
    job.command = a.captured(1);
    static const QRegularExpression description(QStringLiteral(R"(\s*\([^()]*\)$)"));
    QString rest = a.captured(2).trimmed();
    rest.remove(description); // "(a description)" after the command is not an argument
    job.arguments = splitShellWords(rest);
}

// Laravel 8 and 9.0–9.3x: Symfony's table, columns Command | Interval | Description | Next Due.
bool readTableRow(const QString &text, ScheduleListing &listing, bool &tableSeen)
{
    if (text.startsWith(u'+') && text.endsWith(u'+'))
        return true; // a border
    if (!text.startsWith(u'|'))
        return false;
    QStringList cells = text.split(u'|');
    if (cells.size() < 6) // "", 4 cells, ""
        return false;
    cells = cells.mid(1, cells.size() - 2);
    for (QString &cell : cells)
        cell = cell.trimmed();
    if (cells.at(0) == QLatin1String("Command") && cells.at(1) == QLatin1String("Interval")) {
        tableSeen = true;
        return true;
    }
    ScheduledJob job;
    if (!isCronExpression(cells.at(1), &job.expression))
        return false;
    job.text = !cells.at(0).isEmpty()   ? cells.at(0)
               : !cells.at(2).isEmpty() ? QStringLiteral("Closure: ") + cells.at(2)
                                        : QStringLiteral("Closure");
    if (!cells.at(0).isEmpty())
        readArtisan(job);
    listing.jobs << job;
    return true;
}

// Laravel 9.x+: "  * * * * *  [30s]  php artisan foo … ....... [Has Mutex › ]Next Due: …".
bool readLine(const QString &text, ScheduleListing &listing)
{
    static const QRegularExpression line(QStringLiteral(
        R"(^\s*((?:\S+\s+){4}\S+)\s+(?:\d+s\s+)?(.+?)(?:\s+\.{2,}.*|\s+(?:Has Mutex › )?Next Due:.*)?\s*$)"));
    const auto m = line.match(text);
    if (!m.hasMatch())
        return false;
    ScheduledJob job;
    if (!isCronExpression(m.captured(1), &job.expression))
        return false;
    job.text = m.captured(2).trimmed();
    readArtisan(job);
    listing.jobs << job;
    return true;
}

} // namespace

QStringList splitShellWords(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < text.size())
                word += text.at(++i);
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < text.size()) {
            word += text.at(++i);
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

ScheduleListing parseScheduleListing(const QByteArray &output)
{
    ScheduleListing listing;
    bool emptySchedule = false;
    bool tableSeen = false;
    for (const QByteArray &raw : output.split('\n')) {
        const QString text = QString::fromUtf8(Ansi::strip(raw).text).trimmed();
        if (text.isEmpty())
            continue;
        if (text.contains(QLatin1String("No scheduled tasks have been defined"))) {
            emptySchedule = true;
            continue;
        }
        if (text.startsWith(u'\u21c1')) // "⇁ description" under a job (-v)
            continue;
        if (readTableRow(text, listing, tableSeen) || readLine(text, listing))
            continue;
        listing.unreadLines << text;
    }
    listing.understood = !listing.jobs.isEmpty() || emptySchedule || tableSeen;
    return listing;
}

QList<ScheduledJob> parseScheduleList(const QByteArray &output)
{
    return parseScheduleListing(output).jobs;
}

} // namespace cxcron
