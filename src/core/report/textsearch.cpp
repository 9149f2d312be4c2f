// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include "database.h"
#include "errors.h"
#include "historyrepository.h"
#include "sql.h"
#include "wordvocabulary.h"

#include <QCoreApplication>

namespace cxcron::TextSearch {
namespace {

// InnoDB's full-text parser splits words on anything but letters, digits and '_'; it indexes
// words of innodb_ft_min_token_size (3) to innodb_ft_max_token_size (84) characters.
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 128 && isWordChar(c);
}

// Every search reaches SQL through append() or appendLike(): the place to refuse an oversized text.
void requireSearchable(const QString &text)
{
    if (text.size() > ExecutionSelection::MaxTextLength)
        throw Error(ErrorKind::Usage,
                    QCoreApplication::translate("HistoryRepository",
                                                "The search text has %1 characters; at most %2 are accepted.")
                        .arg(text.size())
                        .arg(ExecutionSelection::MaxTextLength));
}

} // namespace

QString likeEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'!', QStringLiteral("!!"))
        .replace(u'%', QStringLiteral("!%"))
        .replace(u'_', QStringLiteral("!_"));
    return escaped;
}

QString likePattern(const QString &text)
{
    return u'%' + likeEscaped(text) + u'%';
}

QString trigramQuery(const QString &text)
{
    // FTS5 query strings end at a NUL character: such a text is searched by the scan alone.
    if (text.toUcs4().size() < 3 || text.contains(QChar(0)))
        return {};
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString fulltextQuery(const QString &text)
{
    QStringList terms;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        // The first word of the text may start in the middle of a stored word ("tem" in
        // "item"): only a word after a separator is sure to start a stored word. An
        // apostrophe may be part of a word for the parser, so it does not count as one.
        if (start == 0 || !(text.at(start - 1).unicode() < 128) || text.at(start - 1) == u'\'')
            continue;
        const QString word = text.mid(start, i - start);
        bool ascii = true;
        for (QChar c : word)
            ascii = ascii && isAsciiWordChar(c);
        if (ascii && word.size() >= 3 && word.size() <= 84)
            terms << u'+' + word + u'*';
    }
    return terms.join(u' ');
}

QString leadingWord(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && isAsciiWordChar(text.at(end)))
        ++end;
    // A non-ASCII letter next to it would make the word's bounds depend on both parsers'
    // Unicode tables: such a text scans.
    if (end < text.size() && isWordChar(text.at(end)))
        return {};
    return text.left(end);
}

void appendVocabulary(const QSqlDatabase &db, const QString &text, QStringList &where, QVariantList &values)
{
    // The text starts inside a word: the vocabulary gives every stored word containing it, and
    // the FULLTEXT index the rows holding one of them. Rows whose words are not in the vocabulary
    // (listed as unindexed, or recovered as interrupted by a runner) are candidates as well.
    const QString word = leadingWord(text);
    if (word.size() < WordVocabulary::MinWord || !hasIndex(db))
        return;
    const std::optional<QStringList> words = WordVocabulary::wordsContaining(db, word);
    if (!words)
        return;
    QStringList parts;
    if (!words->isEmpty()) {
        const QString match =
            QStringLiteral("SELECT id AS hit FROM cron_logs WHERE MATCH (output, exception, exception_trace) "
                           "AGAINST (? IN BOOLEAN MODE)");
        // Each candidate costs a primary-key read and a sort (103,093 of them: 1.4 s at 10M rows);
        // a text that common fills a newest-first page of the scan at once instead.
        QSqlQuery probe =
            Sql::exec(db, QStringLiteral("SELECT COUNT(*) FROM (") + match + QStringLiteral(" LIMIT ?) AS m"),
                      {words->join(u' '), WordVocabulary::MaxCandidateRows + 1});
        if (probe.next() && probe.value(0).toLongLong() > WordVocabulary::MaxCandidateRows)
            return;
        parts << match;
        values << words->join(u' ');
    }
    parts << QStringLiteral("SELECT log_id AS hit FROM cxcron_text_unindexed")
          << QStringLiteral("SELECT id AS hit FROM cron_logs WHERE state = 'interrupted'");
    where << QStringLiteral("cron_logs.id IN (SELECT hit FROM (") + parts.join(QStringLiteral(" UNION ")) +
                 QStringLiteral(") AS hits)");
}

bool hasIndex(const QSqlDatabase &db)
{
    QSqlQuery q =
        Database::isSqlite(db)
            ? Sql::exec(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'cron_logs_fts'"))
            : Sql::exec(db, QStringLiteral("SELECT 1 FROM information_schema.statistics WHERE table_schema = "
                                           "DATABASE() AND table_name = 'cron_logs' AND index_name = "
                                           "'cron_logs_text' LIMIT 1"));
    return q.next();
}

void append(const QSqlDatabase &db, const QString &text, QStringList &where, QVariantList &values)
{
    if (text.isEmpty())
        return;
    requireSearchable(text);
    const bool sqlite = Database::isSqlite(db);
    const QString indexQuery = sqlite ? trigramQuery(text) : fulltextQuery(text);
    if (!indexQuery.isEmpty() && hasIndex(db)) {
        where << (sqlite
                      ? QStringLiteral("id IN (SELECT rowid FROM cron_logs_fts WHERE cron_logs_fts MATCH ?)")
                      : QStringLiteral(
                            "MATCH (output, exception, exception_trace) AGAINST (? IN BOOLEAN MODE)"));
        values << indexQuery;
    } else if (!sqlite) {
        appendVocabulary(db, text, where, values);
    }
    appendLike(text, where, values);
}

void appendLike(const QString &text, QStringList &where, QVariantList &values)
{
    requireSearchable(text);
    // Qualified: the FTS5 table of a join has columns of the same names.
    where << QStringLiteral("(cron_logs.output LIKE ? ESCAPE '!' OR cron_logs.exception LIKE ? ESCAPE '!' OR "
                            "cron_logs.exception_trace LIKE ? ESCAPE '!')");
    values << likePattern(text) << likePattern(text) << likePattern(text);
}

QString joinQuery(const QSqlDatabase &db, const QString &text)
{
    if (text.isEmpty() || !Database::isSqlite(db))
        return {};
    const QString query = trigramQuery(text);
    return !query.isEmpty() && hasIndex(db) ? query : QString();
}

} // namespace cxcron::TextSearch
