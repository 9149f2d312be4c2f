// SPDX-License-Identifier: GPL-3.0-or-later
// Streamed exports: `history --json` must stay byte for byte what QJsonDocument made of the
// whole list before (escaping included), and the CSV must quote, separate and prefix (BOM) as
// asked, with the output and exception columns.
#include "historyexport.h"
#include "historyrepository.h"
#include "schema.h"
#include "sql.h"
#include "testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace cxcron;

namespace {

const QDateTime kBase(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc());

QStringList awkwardTexts()
{
    return {QStringLiteral("plain"),
            QStringLiteral("comma, \"quoted\" and ; semicolon"),
            QStringLiteral("line\nbreak\r\nand\ttab"),
            QStringLiteral("back\\slash / slash"),
            QString(QChar(1)) + QStringLiteral("control") + QChar(0x1f) + QChar(0x7f),
            QStringLiteral("accents éèà, emoji 😀, CJK 漢字"),
            QString(QChar(0x2028)) + QStringLiteral("separators") + QChar(0x2029),
            QString(QChar(8)) + QStringLiteral("backspace") + QChar(0xc) + QStringLiteral("feed") + QChar(0) +
                QStringLiteral("nul § section"),
            QString()};
}

/// Rows with every kind of value the export must reproduce: awkward strings, NULL end and
/// duration (running), no scheduled slot (manual), a CMS v1 timestamp without milliseconds.
void seed(const QSqlDatabase &db)
{
    Schema::migrate(db);
    const QStringList texts = awkwardTexts();
    Sql::Transaction tx(db);
    for (int i = 0; i < 40; ++i) {
        const QString text = texts.at(i % texts.size());
        const QDateTime start = kBase.addSecs(60 * i);
        const bool running = i % 9 == 4;
        const bool manual = i % 7 == 3;
        const QString startText = i == 5 ? Sql::fromUtc(start).left(19) : Sql::fromUtc(start);
        Sql::exec(
            db,
            QStringLiteral("INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, "
                           "duration_ms, output, exception, exception_class, trigger_kind, triggered_by, "
                           "host, pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList{
                i % 2 ? QStringLiteral("t:a") : QStringLiteral("t:b"),
                manual ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Sql::fromUtc(start).left(19)),
                startText,
                running ? QVariant(QMetaType(QMetaType::QString))
                        : QVariant(Sql::fromUtc(start.addMSecs(1500 + i))),
                running ? QStringLiteral("running")
                        : (i % 3 ? QStringLiteral("success") : QStringLiteral("failed")),
                running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(qint64(1500 + i)),
                // One output longer than any first read buffer (MariaDB's rows are read into grown buffers).
                QString(QStringLiteral("{\"text\":\"%1\"}").arg(i) + text +
                        (i == 7 ? QString(70000, u'é') : QString())),
                i % 3 ? QVariant(QMetaType(QMetaType::QString))
                      : QVariant(QString(QStringLiteral("Err: ") + text)),
                i % 3 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("Err")),
                manual ? QStringLiteral("manual") : QStringLiteral("schedule"), text,
                QString(QStringLiteral("host-") + text), 100 + i});
    }
    tx.commit();
}

/// What `history --json` printed before streaming: the whole list through QJsonDocument.
QString oldJson(const QSqlDatabase &db, const HistoryFilter &filter)
{
    QJsonArray json;
    for (const Execution &e : HistoryRepository::list(db, filter))
        json << e.toJson(false);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

QString streamedJson(const QSqlDatabase &db, const HistoryFilter &filter)
{
    QString out;
    HistoryExport::writeJson(db, filter, ReportKey{QVariant(), filter.beforeId}, filter.limit,
                             [&out](QByteArrayView chunk) { out += QString::fromUtf8(chunk); });
    return out;
}

/// A minimal RFC 4180 reader, to check the CSV independently of the writer.
QList<QStringList> parseCsv(const QString &text, QChar sep)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == sep) {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_HistoryExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonIsTheSameAsBefore_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("task");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<QString>("search");
        for (const QString &b : test::backends()) {
            QTest::addRow("%s/all", qPrintable(b)) << b << QString() << 1000 << qint64(0) << QString();
            QTest::addRow("%s/task, limit 7", qPrintable(b))
                << b << QStringLiteral("t:a") << 7 << qint64(0) << QString();
            QTest::addRow("%s/before 20", qPrintable(b)) << b << QString() << 5 << qint64(20) << QString();
            QTest::addRow("%s/search", qPrintable(b))
                << b << QString() << 1000 << qint64(0) << QStringLiteral("quoted");
            QTest::addRow("%s/nothing", qPrintable(b))
                << b << QStringLiteral("t:none") << 50 << qint64(0) << QString();
        }
    }

    void jsonIsTheSameAsBefore()
    {
        QFETCH(QString, backend);
        QFETCH(QString, task);
        QFETCH(int, limit);
        QFETCH(qint64, before);
        QFETCH(QString, search);
        test::freshDatabase(backend);
        seed(test::db());
        HistoryFilter filter;
        filter.task = task;
        filter.limit = limit;
        filter.beforeId = before;
        filter.text = search;
        const QString expected = oldJson(test::db(), filter);
        const QString streamed = streamedJson(test::db(), filter);
        QCOMPARE(streamed, expected);
        QVERIFY(QJsonDocument::fromJson(streamed.toUtf8()).isArray());
    }

    void csvColumnsAndEscaping_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<bool>("bom");
        for (const QString &b : test::backends()) {
            QTest::addRow("%s/comma", qPrintable(b)) << b << QChar(u',') << false;
            QTest::addRow("%s/semicolon+bom", qPrintable(b)) << b << QChar(u';') << true;
            QTest::addRow("%s/tab", qPrintable(b)) << b << QChar(u'\t') << false;
            QTest::addRow("%s/section sign (two UTF-8 bytes)", qPrintable(b)) << b << QChar(u'§') << false;
        }
    }

    void csvColumnsAndEscaping()
    {
        QFETCH(QString, backend);
        QFETCH(QChar, separator);
        QFETCH(bool, bom);
        test::freshDatabase(backend);
        seed(test::db());
        QByteArray bytes;
        ReportFilter filter;
        const qint64 rows = HistoryExport::writeCsv(test::db(), filter, ReportSort{ReportColumn::Id, false},
                                                    HistoryExport::CsvOptions{separator, bom},
                                                    [&bytes](QByteArrayView chunk) { bytes += chunk; });
        QCOMPARE(rows, qint64(40));
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom); // U+FEFF in UTF-8
        if (bom)
            bytes.remove(0, 3);
        const QString csv = QString::fromUtf8(bytes);
        // The other separators appear unquoted only where they are not the separator.
        QVERIFY(csv.startsWith(HistoryExport::csvHeader().join(separator) + QStringLiteral("\r\n")));
        const QList<QStringList> parsed = parseCsv(csv, separator);
        QCOMPARE(parsed.size(), 41);
        const QStringList header = parsed.first();
        for (int i = 1; i < parsed.size(); ++i) {
            const QStringList &row = parsed.at(i);
            QCOMPARE(row.size(), header.size());
            const qint64 id = row.at(0).toLongLong();
            const std::optional<Execution> e = HistoryRepository::get(test::db(), id);
            QVERIFY(e);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("task"))), e->task);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("triggered_by"))), e->triggeredBy);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("host"))), e->host);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("output"))), e->output);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("exception"))), e->exception);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("exception_class"))), e->exceptionClass);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("state"))), stateKey(e->state));
            QCOMPARE(row.at(header.indexOf(QStringLiteral("start_utc"))),
                     e->startAt.toString(Qt::ISODateWithMs));
            QCOMPARE(row.at(header.indexOf(QStringLiteral("end_utc"))),
                     e->endAt.isValid() ? e->endAt.toString(Qt::ISODateWithMs) : QString());
            QCOMPARE(row.at(header.indexOf(QStringLiteral("duration_ms"))),
                     e->durationMs >= 0 ? QString::number(e->durationMs) : QString());
            if (i > 1)
                QVERIFY(id > parsed.at(i - 1).at(0).toLongLong()); // the asked order
        }
    }

    void csvFollowsTheSortOrder_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (const QString &b : test::backends()) {
            // Duration and end are NULL for running rows: the export reads a second segment.
            QTest::addRow("%s/duration desc", qPrintable(b)) << b << int(ReportColumn::Duration) << true;
            QTest::addRow("%s/duration asc", qPrintable(b)) << b << int(ReportColumn::Duration) << false;
            QTest::addRow("%s/end desc", qPrintable(b)) << b << int(ReportColumn::End) << true;
            QTest::addRow("%s/host asc", qPrintable(b)) << b << int(ReportColumn::Host) << false;
        }
    }

    /// The CSV holds every row, in the order the report's pages show them.
    void csvFollowsTheSortOrder()
    {
        QFETCH(QString, backend);
        QFETCH(int, column);
        QFETCH(bool, descending);
        test::freshDatabase(backend);
        seed(test::db());
        const ReportSort sort{ReportColumn(column), descending};
        QList<qint64> paged;
        ReportKey after;
        for (;;) {
            const ReportPage page = ReportQuery::page(test::db(), ReportFilter{}, sort, after, 7);
            for (const Execution &e : page.rows)
                paged << e.id;
            if (!page.hasMore)
                break;
            after = page.next;
        }
        QString csv;
        const qint64 rows =
            HistoryExport::writeCsv(test::db(), ReportFilter{}, sort, {},
                                    [&csv](QByteArrayView chunk) { csv += QString::fromUtf8(chunk); });
        QCOMPARE(rows, qint64(40));
        const QList<QStringList> parsed = parseCsv(csv, u',');
        QList<qint64> exported;
        for (qsizetype i = 1; i < parsed.size(); ++i)
            exported << parsed.at(i).at(0).toLongLong();
        QCOMPARE(exported, paged);
    }

    /// Text SQLite holds as invalid UTF-8 (written by another program) is exported as Qt decodes
    /// it, the same as before the rows were read as bytes.
    void invalidUtf8IsExportedAsQtReadsIt()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        seed(test::db());
        Sql::exec(test::db(), QStringLiteral("UPDATE cron_logs SET host = CAST(X'61FF62C3' AS TEXT), "
                                             "output = CAST(X'6FFE' AS TEXT) WHERE id = 3"));
        HistoryFilter filter;
        filter.limit = 1000;
        QCOMPARE(streamedJson(test::db(), filter), oldJson(test::db(), filter));
        QString csv;
        HistoryExport::writeCsv(test::db(), ReportFilter{}, ReportSort{ReportColumn::Id, false}, {},
                                [&csv](QByteArrayView chunk) { csv += QString::fromUtf8(chunk); });
        const QList<QStringList> parsed = parseCsv(csv, u',');
        const std::optional<Execution> e = HistoryRepository::get(test::db(), 3);
        QVERIFY(e);
        QCOMPARE(parsed.at(3).at(0), QStringLiteral("3"));
        QCOMPARE(parsed.at(3).at(8), e->host);
        QCOMPARE(parsed.at(3).at(11), e->output);
    }

    void localeSeparator()
    {
        QCOMPARE(HistoryExport::localeSeparator(QLocale(QLocale::French, QLocale::France)), QChar(u';'));
        QCOMPARE(HistoryExport::localeSeparator(QLocale(QLocale::German, QLocale::Germany)), QChar(u';'));
        QCOMPARE(HistoryExport::localeSeparator(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QChar(u','));
    }

    void csvStopsWhenCancelled()
    {
        test::freshDatabase(QStringLiteral("sqlite"));
        seed(test::db());
        std::atomic_bool cancel{true};
        QString csv;
        const qint64 rows = HistoryExport::writeCsv(
            test::db(), ReportFilter{}, ReportSort{}, {},
            [&csv](QByteArrayView chunk) { csv += QString::fromUtf8(chunk); }, &cancel);
        QCOMPARE(rows, qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryExport)
#include "tst_historyexport.moc"
