// SPDX-License-Identifier: GPL-3.0-or-later
// Report reads on the indexes of schema step 4: every sort order (NULLs included) pages
// through every row exactly once in the right order, and the indexed free-text search returns
// exactly the rows a plain substring match returns.
#include "execution.h"
#include "historyrepository.h"
#include "rawrow.h"
#include "reportquery.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"
#include "textsearch.h"
#include "wordvocabulary.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace cxcron;

namespace {

const QDateTime kBase(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());
const QString kTask = QStringLiteral("t:report");
const int kRows = 120;

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

struct Row
{
    qint64 id = 0;
    QVariant value; ///< the sort value, null when NULL
    QString text;   ///< output + exception, for the substring reference
};

QString outputOf(int i)
{
    switch (i % 6) {
    case 0:
        return QStringLiteral("{\"sent\":%1,\"status\":\"Invoice PAID\"}").arg(i);
    case 1:
        return QStringLiteral("{\"sent\":%1,\"mail\":\"client-%1@example.com\"}").arg(i);
    case 2:
        return QStringLiteral("100% done_ok for item %1").arg(i);
    case 3:
        return QStringLiteral("Fehler: Zeitüberschreitung %1").arg(i);
    default:
        return QStringLiteral("ok");
    }
}

/// Rows with ties and NULLs in every sortable column, and texts to search.
void seed(const QSqlDatabase &db)
{
    Schema::migrate(db);
    Sql::Transaction tx(db);
    for (int i = 0; i < kRows; ++i) {
        const QDateTime start = kBase.addSecs(60 * (i / 3)); // ties on start
        const bool running = i % 10 == 7;
        Sql::exec(
            db,
            QStringLiteral("INSERT INTO cron_logs (name, start_at, end_at, state, duration_ms, output, "
                           "exception, exception_trace, trigger_kind, triggered_by, host) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{kTask, Sql::fromUtc(start),
                         running ? null() : QVariant(Sql::fromUtc(start.addMSecs(100 * (i % 4)))),
                         running ? QStringLiteral("running")
                                 : (i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("success")),
                         running || i % 11 == 0 ? QVariant(QMetaType(QMetaType::LongLong))
                                                : QVariant(qint64(100 * (i % 4))),
                         outputOf(i),
                         i % 5 == 0 ? QVariant(QStringLiteral("TimeoutError: after %1 s").arg(i)) : null(),
                         i % 5 == 0 ? QVariant(QStringLiteral("Steps:\n  item #%1 (service, related #%2)\n"
                                                              "#0 cxcron::DeliveryStage::run()")
                                                   .arg(i)
                                                   .arg(i % 3))
                                    : null(),
                         i % 4 == 0 ? QStringLiteral("manual") : QStringLiteral("schedule"),
                         i % 3 == 0 ? null() : QVariant(QStringLiteral("user%1").arg(i % 3)),
                         i % 7 == 0 ? null() : QVariant(QStringLiteral("host%1").arg(i % 2))});
    }
    // Another task's rows must never show.
    Sql::exec(db, QStringLiteral("INSERT INTO cron_logs (name, start_at, state, output) VALUES (?, ?, ?, ?)"),
              {QStringLiteral("t:other"), Sql::fromUtc(kBase), QStringLiteral("success"), outputOf(0)});
    tx.commit();
    // The rows were there before the last schema step, as on an upgraded installation: its
    // migration indexes them (the MariaDB word vocabulary is built from existing rows).
    Sql::exec(db, QStringLiteral("DELETE FROM cxcron_meta"));
    Sql::exec(db, QStringLiteral("UPDATE cxcron_schema_version SET version = 8"));
    Schema::migrate(db);
}

/// What the runner writes: a row claimed, then its end with the texts.
qint64 recordRun(const QSqlDatabase &db, int minute, const QString &output, const QString &exception = {})
{
    const QDateTime start = kBase.addSecs(60 * minute);
    const qint64 id = HistoryRepository::insertManual(db, kTask, Trigger::Manual, start, QStringLiteral("t"));
    const int colon = int(exception.indexOf(QStringLiteral(": ")));
    HistoryRepository::finish(db, id, exception.isEmpty() ? ExecState::Success : ExecState::Failed,
                              start.addSecs(1), 1000, output, colon > 0 ? exception.left(colon) : QString(),
                              colon > 0 ? exception.mid(colon + 2) : QString());
    return id;
}

QString columnName(ReportColumn c)
{
    switch (c) {
    case ReportColumn::Start:
        return QStringLiteral("start_at");
    case ReportColumn::End:
        return QStringLiteral("end_at");
    case ReportColumn::Duration:
        return QStringLiteral("duration_ms");
    case ReportColumn::State:
        return QStringLiteral("state");
    case ReportColumn::Trigger:
        return QStringLiteral("trigger_kind");
    case ReportColumn::Who:
        return QStringLiteral("triggered_by");
    case ReportColumn::Host:
        return QStringLiteral("host");
    default:
        return QStringLiteral("id");
    }
}

/// The expected order, computed here: NULLs lowest (last when descending), ties by id.
QList<qint64> expectedOrder(ReportColumn column, bool descending)
{
    QList<Row> rows;
    QSqlQuery q = Sql::exec(test::db(),
                            QStringLiteral("SELECT id, ") + columnName(column) +
                                QStringLiteral(" FROM cron_logs WHERE name = ?"),
                            {kTask});
    while (q.next()) {
        Row r{q.value(0).toLongLong(), q.isNull(1) ? QVariant() : q.value(1), {}};
        if (r.value.metaType().id() == QMetaType::QDateTime)
            r.value = Sql::fromUtc(Sql::toUtc(r.value));
        rows << r;
    }
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        int c = 0;
        if (a.value.isNull() != b.value.isNull())
            c = a.value.isNull() ? -1 : 1;
        else if (!a.value.isNull()) {
            const auto o = QVariant::compare(a.value, b.value);
            c = o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
        }
        if (c == 0)
            c = a.id < b.id ? -1 : (a.id > b.id ? 1 : 0);
        return descending ? c > 0 : c < 0;
    });
    QList<qint64> ids;
    for (const Row &r : rows)
        ids << r.id;
    return ids;
}

} // namespace

class tst_ReportQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everySortOrderPagesThroughAllRows_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const QString &b : test::backends())
            for (int c = 0; c < int(ReportColumn::Count); ++c)
                for (bool desc : {false, true})
                    QTest::addRow("%s/%s %s", qPrintable(b), qPrintable(columnName(ReportColumn(c))),
                                  desc ? "desc" : "asc")
                        << b << c << desc;
    }

    void everySortOrderPagesThroughAllRows()
    {
        QFETCH(QString, backend);
        QFETCH(int, column);
        QFETCH(bool, descending);
        test::freshDatabase(backend);
        seed(test::db());
        ReportFilter filter;
        filter.task = kTask;
        const ReportSort sort{ReportColumn(column), descending};
        QList<qint64> paged;
        ReportKey key;
        for (int guard = 0; guard < 100; ++guard) {
            const ReportPage page =
                ReportQuery::page(test::db(), filter, sort, key, 7); // pages end inside ties
            for (const Execution &e : page.rows)
                paged << e.id;
            if (!page.hasMore)
                break;
            key = page.next;
        }
        QCOMPARE(paged, expectedOrder(ReportColumn(column), descending));
        // The streamed export walks the same order.
        QList<qint64> streamed;
        ReportQuery::forEachRow(test::db(), filter, sort, {}, true, 0, [&](const RawRow &q) {
            streamed << q.value(0).toLongLong();
            return true;
        });
        QCOMPARE(streamed, paged);
        // Resuming the stream after a key inside the order (a NULL one included) continues it.
        for (int from : {5, 60, 110}) {
            ReportKey at;
            ReportQuery::forEachRow(test::db(), filter, sort, {}, from % 2 == 0, from, [&](const RawRow &q) {
                at = ReportKey{
                    q.value(from % 2 == 0 ? ReportQuery::OutputColumn + 1 : ReportQuery::ExceptionColumn),
                    q.value(0).toLongLong()};
                return true;
            });
            QList<qint64> rest;
            ReportQuery::forEachRow(test::db(), filter, sort, at, from % 2 == 0, 0, [&](const RawRow &q) {
                rest << q.value(0).toLongLong();
                return true;
            });
            QCOMPARE(rest, paged.mid(from));
        }
    }

    void searchFindsExactlyTheSubstringMatches_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("text");
        const QStringList texts{QStringLiteral("invoice paid"),   // case-insensitive, two words
                                QStringLiteral("voice"),          // inside a word
                                QStringLiteral("client-13@"),     // punctuation
                                QStringLiteral("100%"),           // LIKE wildcard, literal
                                QStringLiteral("done_ok"),        // LIKE wildcard, literal
                                QStringLiteral("ok"),             // short: no index
                                QStringLiteral("after 15 s"),     // in the exception
                                QStringLiteral("überschreitung"), // non-ASCII
                                QStringLiteral("\"sent\":6,"),    // quotes
                                QStringLiteral("item 1"),         // prefix of several numbers
                                QStringLiteral("related #2"),     // only in the trace
                                QStringLiteral("DeliveryStage"),  // only in the trace, one word
                                QStringLiteral("nothing like it")};
        for (const QString &b : test::backends())
            for (const QString &t : texts)
                QTest::addRow("%s/%s", qPrintable(b), qPrintable(t)) << b << t;
    }

    void searchFindsExactlyTheSubstringMatches()
    {
        QFETCH(QString, backend);
        QFETCH(QString, text);
        test::freshDatabase(backend);
        seed(test::db());
        if (backend == QLatin1String("sqlite") || !TextSearch::fulltextQuery(text).isEmpty())
            QVERIFY(TextSearch::hasIndex(test::db()));
        // Reference: a plain case-insensitive substring test done here.
        QList<qint64> expected;
        QSqlQuery q = Sql::exec(test::db(),
                                QStringLiteral("SELECT id, output, exception, exception_trace FROM cron_logs "
                                               "WHERE name = ? ORDER BY id DESC"),
                                {kTask});
        while (q.next()) {
            if (q.value(1).toString().contains(text, Qt::CaseInsensitive) ||
                q.value(2).toString().contains(text, Qt::CaseInsensitive) ||
                q.value(3).toString().contains(text, Qt::CaseInsensitive))
                expected << q.value(0).toLongLong();
        }
        ReportFilter filter;
        filter.task = kTask;
        filter.text = text;
        QList<qint64> found;
        for (const Execution &e : ReportQuery::page(test::db(), filter, ReportSort{}, {}, 1000).rows)
            found << e.id;
        QCOMPARE(found, expected);
        QCOMPARE(ReportQuery::count(test::db(), filter), qint64(expected.size()));
    }

    void anOlderTextIndexGetsTheTrace_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }

    // A database whose text index predates the trace search: migrating makes it again, and the
    // rows already there are found by a text of their trace.
    void anOlderTextIndexGetsTheTrace()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        seed(test::db());
        const QSqlDatabase db = test::db();
        if (backend == QLatin1String("sqlite")) {
            for (const char *trigger :
                 {"cron_logs_fts_insert", "cron_logs_fts_delete", "cron_logs_fts_update"})
                Sql::exec(db, QStringLiteral("DROP TRIGGER ") + QLatin1String(trigger));
            Sql::exec(db, QStringLiteral("DROP TABLE cron_logs_fts"));
            Sql::exec(db, QStringLiteral("CREATE VIRTUAL TABLE cron_logs_fts USING fts5(output, exception, "
                                         "content='cron_logs', content_rowid='id', tokenize='trigram', "
                                         "columnsize=0)"));
            Sql::exec(db, QStringLiteral("INSERT INTO cron_logs_fts (cron_logs_fts) VALUES ('rebuild')"));
        } else {
            Sql::exec(db, QStringLiteral("ALTER TABLE cron_logs DROP INDEX cron_logs_text"));
            Sql::exec(db, QStringLiteral("ALTER TABLE cron_logs ADD FULLTEXT INDEX cron_logs_text (output, "
                                         "exception)"));
        }
        Sql::exec(db, QStringLiteral("UPDATE cxcron_schema_version SET version = 6"));
        Schema::migrate(db);
        QCOMPARE(Schema::storedVersion(db), Schema::CurrentVersion);
        ReportFilter filter;
        filter.task = kTask;
        filter.text = QStringLiteral("DeliveryStage");
        const qint64 failed = test::scalar(QStringLiteral("SELECT COUNT(*) FROM cron_logs WHERE name = ? AND "
                                                          "exception_trace IS NOT NULL"),
                                           {kTask})
                                  .toLongLong();
        QVERIFY(failed > 0);
        QCOMPARE(ReportQuery::count(db, filter), failed);
    }

    void aWordInsideAStoredWordIsFoundThroughTheIndex_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }

    // A single search word that ends or sits inside stored words: recorded runs put their words
    // in the MariaDB vocabulary, and the search then reads the FULLTEXT candidates of those words
    // (no scan), plus the rows the vocabulary does not cover: a word too long for the index, a
    // run recovered as interrupted by a runner (written without the vocabulary).
    void aWordInsideAStoredWordIsFoundThroughTheIndex()
    {
        QFETCH(QString, backend);
        test::freshDatabase(backend);
        const QSqlDatabase db = test::db();
        Schema::migrate(db);
        // The first run's slice (or `cxcron migrate`) completes the vocabulary of an empty history.
        QVERIFY(WordVocabulary::build(db, 0));
        const QString word = QStringLiteral("4999962");
        recordRun(db, 1, QStringLiteral("charged item14999962 ok"));
        recordRun(db, 2, QStringLiteral("4999962 at the start"));
        recordRun(db, 3, QStringLiteral("nothing here 499996 2"));
        recordRun(db, 4, QStringLiteral("{\"n\":5}"), QStringLiteral("BenchError: item 24999962x"));
        recordRun(db, 5,
                  QStringLiteral("key=") + QString(60, u'a') + QStringLiteral("4999962") +
                      QString(30, u'b')); // one word of 97 characters: not in FULLTEXT
        recordRun(db, 6, QStringLiteral("\u00c9lan4999962 done"));
        recordRun(db, 7, QStringLiteral("don't 4999962's"));
        const qint64 interrupted = HistoryRepository::insertManual(db, kTask, Trigger::Manual,
                                                                   kBase.addSecs(480), QStringLiteral("t"));
        Sql::exec(db,
                  QStringLiteral("UPDATE cron_logs SET state = 'interrupted', exception = ? WHERE id = ?"),
                  {QStringLiteral("Interrupted: run on host-x4999962 lost"), interrupted});
        Sql::exec(db,
                  QStringLiteral("INSERT INTO cron_logs (name, start_at, state, output) VALUES (?, ?, ?, ?)"),
                  {QStringLiteral("t:other"), Sql::fromUtc(kBase), QStringLiteral("success"),
                   QStringLiteral("x4999962")});
        for (const QString &text :
             {word, QStringLiteral("999962"), QStringLiteral("lan4999"), QStringLiteral("ITEM1499"),
              QStringLiteral("bbbbbb"), QStringLiteral("ack")}) {
            QList<qint64> expected;
            QSqlQuery q =
                Sql::exec(db,
                          QStringLiteral("SELECT id, output, exception FROM cron_logs WHERE name = ? "
                                         "ORDER BY id DESC"),
                          {kTask});
            while (q.next())
                if (q.value(1).toString().contains(text, Qt::CaseInsensitive) ||
                    q.value(2).toString().contains(text, Qt::CaseInsensitive))
                    expected << q.value(0).toLongLong();
            ReportFilter filter;
            filter.task = kTask;
            filter.text = text;
            QList<qint64> found;
            for (const Execution &e : ReportQuery::page(db, filter, ReportSort{}, {}, 1000).rows)
                found << e.id;
            QCOMPARE(found, expected);
            QCOMPARE(ReportQuery::count(db, filter), qint64(expected.size()));
            if (text == word)
                QCOMPARE(expected.size(), 7);
            if (backend == QLatin1String("mariadb")) {
                QStringList where;
                QVariantList values;
                TextSearch::append(db, text, where, values);
                QVERIFY2(where.join(u' ').contains(QLatin1String("cxcron_text_unindexed")), qPrintable(text));
            }
        }
        if (backend == QLatin1String("mariadb")) {
            QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_word_suffixes WHERE word = "
                                                 "'item14999962' AND suffix = '4999962'"))
                         .toInt(),
                     1);
            QCOMPARE(test::scalar(QStringLiteral("SELECT COUNT(*) FROM cxcron_text_unindexed")).toInt(), 1);
        }
    }

    void aRunWhoseWordsCannotBeWrittenIsStillFound_data()
    {
        test::addBackendColumn();
        test::addBackendRows();
    }

    // A runner that cannot write the vocabulary (here: the table is away, as for a grant
    // missing) still records its run; the search then scans and finds it, and once `cxcron
    // migrate` completed the vocabulary the index path finds it too.
    void aRunWhoseWordsCannotBeWrittenIsStillFound()
    {
        QFETCH(QString, backend);
        if (backend == QLatin1String("sqlite"))
            QSKIP("the word vocabulary is MariaDB's (SQLite's trigram index needs none)");
        test::freshDatabase(backend);
        const QSqlDatabase db = test::db();
        Schema::migrate(db);
        recordRun(db, 1, QStringLiteral("first run item4999961"));
        Sql::exec(db, QStringLiteral("RENAME TABLE cxcron_word_suffixes TO cxcron_word_suffixes_away"));
        const qint64 lost = recordRun(db, 2, QStringLiteral("second run item4999962"));
        Sql::exec(db, QStringLiteral("RENAME TABLE cxcron_word_suffixes_away TO cxcron_word_suffixes"));
        QCOMPARE(test::scalar(QStringLiteral("SELECT state FROM cron_logs WHERE id = ?"), {lost}).toString(),
                 QStringLiteral("success"));
        ReportFilter filter;
        filter.task = kTask;
        filter.text = QStringLiteral("4999962");
        QStringList where;
        QVariantList values;
        TextSearch::append(db, filter.text, where, values);
        QVERIFY(!where.join(u' ').contains(QLatin1String("cxcron_text_unindexed"))); // the scan
        QCOMPARE(ReportQuery::count(db, filter), qint64(1));
        WordVocabulary::build(db); // what `cxcron migrate` does
        where.clear();
        values.clear();
        TextSearch::append(db, filter.text, where, values);
        QVERIFY(where.join(u' ').contains(QLatin1String("cxcron_text_unindexed")));
        const QList<Execution> rows = ReportQuery::page(db, filter, ReportSort{}, {}, 10).rows;
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, lost);
    }

    void fulltextTermsAreOnlyThoseThatStartAWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::newRow("one word: may start inside a word") << QStringLiteral("voice") << QString();
        QTest::newRow("second word starts a word") << QStringLiteral("item 4999") << QStringLiteral("+4999*");
        QTest::newRow("short words skipped") << QStringLiteral("a to bee") << QStringLiteral("+bee*");
        QTest::newRow("operators are separators")
            << QStringLiteral("x +foo -bar*") << QStringLiteral("+foo* +bar*");
        QTest::newRow("after an apostrophe: unsure")
            << QStringLiteral("don't stop") << QStringLiteral("+stop*");
        QTest::newRow("non-ASCII words skipped") << QStringLiteral("x élan") << QString();
        QTest::newRow("underscore is a word character")
            << QStringLiteral("x done_ok") << QStringLiteral("+done_ok*");
    }

    void fulltextTermsAreOnlyThoseThatStartAWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QCOMPARE(TextSearch::fulltextQuery(text), query);
    }
};

QTEST_GUILESS_MAIN(tst_ReportQuery)
#include "tst_reportquery.moc"
