// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordvocabulary.h"

#include "database.h"
#include "errors.h"
#include "logging.h"
#include "meta.h"
#include "sql.h"
#include "textsearch.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <algorithm>

namespace cxcron::WordVocabulary {
namespace {

constexpr int kRowsPerStatement = 500;
constexpr int kBuildRowsPerBatch = 2000;

// InnoDB's full-text parser: a word is a run of letters, digits and '_' (an apostrophe
// separates, as any other character).
bool isWordChar(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c);
}

struct Pair
{
    QString suffix;
    QString word;
};

// Every suffix of 3+ characters of @p word, cut to SuffixLength characters.
void addSuffixes(const QString &word, QList<Pair> &out)
{
    const QList<uint> points = word.toUcs4();
    for (qsizetype i = 0; i + MinWord <= points.size(); ++i) {
        const qsizetype n = std::min<qsizetype>(SuffixLength, points.size() - i);
        out.append({QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), n), word});
    }
}

// INSERT IGNORE of the suffix rows, a few hundred per statement, sorted so that concurrent
// writers take the key locks in the same order.
void insertPairs(const QSqlDatabase &db, QList<Pair> pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) {
        return a.suffix != b.suffix ? a.suffix < b.suffix : a.word < b.word;
    });
    for (qsizetype from = 0; from < pairs.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(kRowsPerStatement, pairs.size() - from);
        QVariantList values;
        values.reserve(n * 2);
        for (qsizetype i = from; i < from + n; ++i)
            values << pairs.at(i).suffix << pairs.at(i).word;
        Sql::exec(db,
                  QStringLiteral("INSERT IGNORE INTO cxcron_word_suffixes (suffix, word) VALUES ") +
                      Sql::placeholders(n, QStringLiteral("(?,?)")),
                  values);
    }
}

void markUnindexed(const QSqlDatabase &db, const QList<qint64> &ids)
{
    for (qsizetype from = 0; from < ids.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(kRowsPerStatement, ids.size() - from);
        QVariantList values;
        for (qsizetype i = from; i < from + n; ++i)
            values << ids.at(i);
        Sql::exec(db,
                  QStringLiteral("INSERT IGNORE INTO cxcron_text_unindexed (log_id) VALUES ") +
                      Sql::placeholders(n, QStringLiteral("(?)")),
                  values);
    }
}

// The words of @p wanted already in the vocabulary (each word is stored with its own first
// suffix, the word itself cut to SuffixLength).
QSet<QString> known(const QSqlDatabase &db, const QStringList &wanted)
{
    QSet<QString> found;
    for (qsizetype from = 0; from < wanted.size(); from += kRowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(kRowsPerStatement, wanted.size() - from);
        QVariantList values;
        for (qsizetype i = from; i < from + n; ++i)
            values << wanted.at(i).left(SuffixLength);
        for (qsizetype i = from; i < from + n; ++i)
            values << wanted.at(i);
        const QString list = Sql::placeholders(n);
        QSqlQuery q = Sql::exec(db,
                                QStringLiteral("SELECT word FROM cxcron_word_suffixes WHERE suffix IN (") +
                                    list + QStringLiteral(") AND word IN (") + list + u')',
                                values);
        while (q.next())
            found.insert(q.value(0).toString().toCaseFolded());
    }
    return found;
}

} // namespace

QString metaKey()
{
    return QStringLiteral("word_vocabulary");
}

Words words(const QStringList &texts)
{
    Words result;
    QSet<QString> seen;
    const auto take = [&](const QString &text, qsizetype start, qsizetype end, qsizetype length) {
        if (length < MinWord)
            return;
        if (length > MaxWord) {
            result.tooLong = true;
            return;
        }
        const QString word = text.mid(start, end - start);
        const QString key = word.toCaseFolded();
        if (!seen.contains(key)) {
            seen.insert(key);
            result.words << word;
        }
    };
    for (const QString &text : texts) {
        // Code points, so that a word's length is counted in characters as InnoDB does.
        qsizetype start = -1;
        qsizetype length = 0;
        for (qsizetype i = 0; i < text.size();) {
            char32_t c = text.at(i).unicode();
            qsizetype width = 1;
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                width = 2;
            }
            if (isWordChar(c)) {
                if (start < 0) {
                    start = i;
                    length = 0;
                }
                ++length;
            } else if (start >= 0) {
                take(text, start, i, length);
                start = -1;
            }
            i += width;
        }
        if (start >= 0)
            take(text, start, text.size(), length);
    }
    return result;
}

void createTables(const QSqlDatabase &db)
{
    if (Database::isSqlite(db))
        return;
    // The collation of cron_logs' text: LIKE on a suffix matches exactly what LIKE on the row
    // matches (case- and accent-insensitive), and FULLTEXT compares words the same way.
    Sql::exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_word_suffixes (suffix VARCHAR(%1) NOT NULL, "
                             "word VARCHAR(%2) NOT NULL, PRIMARY KEY (suffix, word)) ENGINE=InnoDB "
                             "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci")
                  .arg(SuffixLength)
                  .arg(MaxWord));
    Sql::exec(db,
              QStringLiteral("CREATE TABLE IF NOT EXISTS cxcron_text_unindexed (log_id BIGINT UNSIGNED NOT "
                             "NULL PRIMARY KEY) ENGINE=InnoDB"));
}

bool build(const QSqlDatabase &db, qint64 budgetMs)
{
    if (Database::isSqlite(db))
        return true;
    QString progress = Meta::value(db, metaKey(), QStringLiteral("next:0"));
    if (progress == QLatin1String("complete"))
        return true;
    qint64 after = progress.startsWith(QLatin1String("next:")) ? progress.mid(5).toLongLong() : 0;
    qCInfo(lcSchema) << "building the word vocabulary of cron_logs from id" << after;
    QElapsedTimer timer;
    timer.start();
    QSet<QString> inserted; // case-folded words this build has written (a cache, bounded)
    qint64 rows = 0;
    qint64 longestMs = 0; // the longest batch transaction: how long it held its locks
    for (;;) {
        QSqlQuery q = Sql::exec(db,
                                QStringLiteral("SELECT id, output, exception, exception_trace FROM cron_logs "
                                               "WHERE id > ? ORDER BY id LIMIT ?"),
                                {after, kBuildRowsPerBatch});
        QList<Pair> pairs;
        QList<qint64> unindexed;
        qint64 last = after;
        while (q.next()) {
            last = q.value(0).toLongLong();
            ++rows;
            const Words w = words({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
            if (w.tooLong || w.words.size() > MaxNewWordsPerRow) {
                unindexed << last;
                continue;
            }
            for (const QString &word : w.words) {
                const QString key = word.toCaseFolded();
                if (inserted.contains(key))
                    continue;
                inserted.insert(key);
                addSuffixes(word, pairs);
            }
        }
        q.finish();
        if (last == after)
            break;
        QElapsedTimer held;
        held.start();
        Sql::retryOnConflict("building the word vocabulary", [&] {
            Sql::Transaction tx(db);
            insertPairs(db, pairs);
            markUnindexed(db, unindexed);
            Sql::exec(db, QStringLiteral("REPLACE INTO cxcron_meta (name, value) VALUES (?, ?)"),
                      {metaKey(), QStringLiteral("next:%1").arg(last)});
            tx.commit();
        });
        longestMs = std::max(longestMs, held.elapsed());
        after = last;
        if (inserted.size() > 100000)
            inserted.clear();
        if (budgetMs >= 0 && timer.elapsed() >= budgetMs) {
            qCInfo(lcSchema) << "word vocabulary: built up to id" << after << "(" << rows << "rows in"
                             << timer.elapsed() << "ms); the next runs go on";
            return false;
        }
    }
    // Several runners may finish the build at once (other Galera nodes): the same value, retried.
    Sql::retryOnConflict("completing the word vocabulary",
                         [&] { Meta::setValue(db, metaKey(), QStringLiteral("complete")); });
    qCInfo(lcSchema) << "word vocabulary built:" << rows << "rows in" << timer.elapsed()
                     << "ms, longest batch transaction" << longestMs << "ms";
    return true;
}

void addRowsAfter(const QSqlDatabase &db, qint64 afterId)
{
    if (Database::isSqlite(db))
        return;
    Meta::setValue(db, metaKey(), QStringLiteral("next:%1").arg(afterId));
    build(db);
}

void record(const QSqlDatabase &db, qint64 logId, const QStringList &texts)
{
    if (Database::isSqlite(db))
        return;
    const Words w = words(texts);
    if (!w.tooLong && w.words.isEmpty())
        return;
    try {
        Sql::retryOnConflict("recording the words of a run", [&] {
            if (w.tooLong) {
                markUnindexed(db, {logId});
                return;
            }
            const QSet<QString> have = known(db, w.words);
            QList<Pair> pairs;
            int fresh = 0;
            for (const QString &word : w.words) {
                if (have.contains(word.toCaseFolded()))
                    continue;
                ++fresh;
                addSuffixes(word, pairs);
            }
            if (fresh > MaxNewWordsPerRow) {
                markUnindexed(db, {logId});
                return;
            }
            if (pairs.isEmpty())
                return;
            // One statement is atomic by itself: BEGIN and COMMIT would add two round trips to
            // the run's end.
            if (pairs.size() <= kRowsPerStatement) {
                insertPairs(db, pairs);
                return;
            }
            Sql::Transaction tx(db);
            insertPairs(db, pairs);
            tx.commit();
        });
    } catch (const Error &e) {
        if (e.kind() == ErrorKind::Connection)
            throw; // the end of the run is retried, and this with it
        // A runner granted before the vocabulary existed (or any other refusal): recording the
        // run matters more than searching it fast. The vocabulary no longer covers every row,
        // so searches scan until `cxcron migrate` has added the rows from here on.
        Sql::exec(db,
                  QStringLiteral("UPDATE cxcron_meta SET value = ? WHERE name = ? AND (value = 'complete' OR "
                                 "CAST(SUBSTRING(value, 6) AS UNSIGNED) > ?)"),
                  {QStringLiteral("next:%1").arg(logId - 1), metaKey(), logId - 1});
        qCWarning(lcHistory).noquote()
            << "could not record the search words of run" << logId << "(" << e.message()
            << "); searches scan until \"cxcron migrate\" runs with the grants of "
               "docs/CLIENTXCMS-V2.md";
    }
}

std::optional<QStringList> wordsContaining(const QSqlDatabase &db, const QString &word)
{
    if (Database::isSqlite(db))
        return std::nullopt;
    const qsizetype length = word.toUcs4().size();
    if (length < MinWord || length > MaxWord)
        return std::nullopt;
    // The vocabulary answers once it covers every row, and only for the token sizes it was made
    // for: a server indexing fewer words would not find a row by them.
    // An account without SELECT on the two tables (a reader granted before they existed)
    // searches by the scan, as before, rather than failing.
    QSqlQuery state(db);
    QSqlError error;
    if (!Sql::tryExec(state,
                      QStringLiteral("SELECT (SELECT value FROM cxcron_meta WHERE name = ?), "
                                     "@@innodb_ft_min_token_size, @@innodb_ft_max_token_size, "
                                     "EXISTS (SELECT 1 FROM cxcron_text_unindexed), "
                                     "EXISTS (SELECT 1 FROM cxcron_word_suffixes)"),
                      {metaKey()}, &error)) {
        qCInfo(lcHistory) << "word vocabulary not readable, the search scans:" << error.databaseText();
        return std::nullopt;
    }
    if (!state.next() || state.value(0).toString() != QLatin1String("complete") ||
        state.value(1).toInt() > MinWord || state.value(2).toInt() < MaxWord)
        return std::nullopt;
    QString sql =
        QStringLiteral("SELECT DISTINCT word FROM cxcron_word_suffixes WHERE suffix LIKE ? ESCAPE '!'");
    QVariantList values{QString(TextSearch::likeEscaped(word.left(SuffixLength)) + u'%')};
    if (word.size() > SuffixLength) {
        sql += QStringLiteral(" AND word LIKE ? ESCAPE '!'");
        values << TextSearch::likePattern(word);
    }
    sql += QStringLiteral(" LIMIT ?");
    values << MaxMatchedWords + 1;
    QSqlQuery q = Sql::exec(db, sql, values);
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    if (found.size() > MaxMatchedWords)
        return std::nullopt;
    return found;
}

} // namespace cxcron::WordVocabulary
