// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexport.h"

#include "execution.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cxcron::HistoryExport {
namespace {

constexpr qsizetype kChunk = 64 * 1024;

// Column positions of ReportQuery::forEachRow() rows.
enum
{
    Id,
    Task,
    ScheduledFor,
    StartAt,
    EndAt,
    State,
    Duration,
    TriggerKind,
    TriggeredBy,
    Host,
    Pid,
    ExceptionClass,
    Exception,
    Output
};

int digits(QStringView s, qsizetype from, qsizetype count, bool *ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

/// Appends a stored timestamp as Qt::ISODateWithMs UTC ("2026-11-24T10:15:02.123+00:00"), exactly as
/// Sql::toUtc(value).toString(Qt::ISODateWithMs) would, without parsing through QDateTime for
/// the storage format "yyyy-MM-dd HH:mm:ss[.zzz]". Returns false when the value is no valid time.
bool appendIso(QString &out, const QVariant &value)
{
    if (value.isNull())
        return false;
    if (value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString();
        const QStringView s(text);
        if ((s.size() == 19 || s.size() == 23) && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u' ' &&
            s.at(13) == u':' && s.at(16) == u':' && (s.size() == 19 || s.at(19) == u'.')) {
            bool ok = true;
            const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
            const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok), se = digits(s, 17, 2, &ok);
            const int ms = s.size() == 23 ? digits(s, 20, 3, &ok) : 0;
            if (ok && y > 0 && QDate::isValid(y, mo, d) && QTime::isValid(h, mi, se, ms)) {
                out += s.first(10);
                out += u'T';
                out += s.sliced(11, 8);
                out += s.size() == 23 ? s.sliced(19, 4) : QStringView(u".000");
                out += QLatin1String("+00:00"); // what Qt writes for a QTimeZone::utc() time
                return true;
            }
        }
    }
    const QDateTime utc = Sql::toUtc(value);
    if (!utc.isValid())
        return false;
    out += utc.toString(Qt::ISODateWithMs);
    return true;
}

QString stateText(const QVariant &value)
{
    const QString raw = value.toString();
    for (const char16_t *known : {u"success", u"failed", u"running", u"skipped", u"interrupted"})
        if (raw == QStringView(known))
            return raw;
    return stateKey(stateFromKey(raw));
}

QString triggerText(const QVariant &value)
{
    return triggerKey(triggerFromKey(value.toString()));
}

void appendJsonString(QString &out, const QString &text)
{
    bool plain = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || c.isSurrogate()) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out += u'"';
        out += text;
        out += u'"';
        return;
    }
    // Rare: let Qt escape it, so the text is byte for byte what QJsonDocument writes.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out += QString::fromUtf8(json.mid(1, json.size() - 2));
}

void appendCsvField(QString &out, const QString &text, QChar separator)
{
    bool quote = false;
    for (QChar c : text) {
        if (c == separator || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text;
        return;
    }
    out += u'"';
    for (QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
}

void appendCsvRow(QString &out, const QSqlQuery &q, QChar sep)
{
    out += q.value(Id).toString();
    out += sep;
    appendCsvField(out, q.value(Task).toString(), sep);
    out += sep;
    appendIso(out, q.value(StartAt));
    out += sep;
    appendIso(out, q.value(EndAt));
    out += sep;
    if (!q.isNull(Duration) && q.value(Duration).toLongLong() >= 0)
        out += QString::number(q.value(Duration).toLongLong());
    out += sep;
    out += stateText(q.value(State));
    out += sep;
    out += triggerText(q.value(TriggerKind));
    out += sep;
    appendCsvField(out, q.value(TriggeredBy).toString(), sep);
    out += sep;
    appendCsvField(out, q.value(Host).toString(), sep);
    out += sep;
    appendCsvField(out, q.value(ExceptionClass).toString(), sep);
    out += sep;
    appendCsvField(out, q.value(Exception).toString(), sep);
    out += sep;
    appendCsvField(out, q.value(Output).toString(), sep);
    out += QStringView(u"\r\n");
}

void appendJsonTime(QString &out, const QVariant &value)
{
    out += u'"';
    if (appendIso(out, value)) {
        out += u'"';
    } else {
        out.chop(1);
        out += QStringView(u"null");
    }
}

// The keys in the order QJsonObject keeps them (sorted), indented as QJsonDocument::Indented.
void appendJsonRow(QString &out, const QSqlQuery &q)
{
    out += QStringView(u"    {\n        \"duration_ms\": ");
    const qint64 duration = q.isNull(Duration) ? -1 : q.value(Duration).toLongLong();
    out += duration >= 0 ? QString::number(duration) : QStringLiteral("null");
    out += QStringView(u",\n        \"end_at\": ");
    appendJsonTime(out, q.value(EndAt));
    out += QStringView(u",\n        \"host\": ");
    appendJsonString(out, q.value(Host).toString());
    out += QStringView(u",\n        \"id\": ");
    out += QString::number(q.value(Id).toLongLong());
    out += QStringView(u",\n        \"pid\": ");
    out += QString::number(q.value(Pid).toLongLong());
    out += QStringView(u",\n        \"scheduled_for\": ");
    appendJsonTime(out, q.value(ScheduledFor));
    out += QStringView(u",\n        \"start_at\": ");
    appendJsonTime(out, q.value(StartAt));
    out += QStringView(u",\n        \"state\": \"");
    out += stateText(q.value(State));
    out += QStringView(u"\",\n        \"task\": ");
    appendJsonString(out, q.value(Task).toString());
    out += QStringView(u",\n        \"trigger\": \"");
    out += triggerText(q.value(TriggerKind));
    out += QStringView(u"\",\n        \"triggered_by\": ");
    appendJsonString(out, q.value(TriggeredBy).toString());
    out += QStringView(u"\n    }");
}

} // namespace

QChar localeSeparator(const QLocale &locale)
{
    return locale.decimalPoint() == QLatin1String(",") ? u';' : u',';
}

QStringList csvHeader()
{
    return {QStringLiteral("id"),          QStringLiteral("task"),
            QStringLiteral("start_utc"),   QStringLiteral("end_utc"),
            QStringLiteral("duration_ms"), QStringLiteral("state"),
            QStringLiteral("trigger"),     QStringLiteral("triggered_by"),
            QStringLiteral("host"),        QStringLiteral("exception_class"),
            QStringLiteral("exception"),   QStringLiteral("output")};
}

qint64 writeCsv(const QSqlDatabase &db, const ReportFilter &filter, const ReportSort &sort,
                const CsvOptions &options, const Writer &write, const std::atomic_bool *cancel,
                const std::function<void(qint64)> &progress, const ReportKey &after, qint64 max)
{
    QString chunk;
    chunk.reserve(kChunk + 4096);
    if (options.bom)
        chunk += QChar(0xFEFF);
    chunk += csvHeader().join(options.separator) + QLatin1String("\r\n");
    qint64 rows = 0;
    ReportQuery::forEachRow(
        db, filter, sort, after, true, max,
        [&](const QSqlQuery &q) {
            appendCsvRow(chunk, q, options.separator);
            ++rows;
            if (chunk.size() >= kChunk) {
                write(chunk);
                chunk.clear();
                if (progress)
                    progress(rows);
            }
            return true;
        },
        cancel);
    write(chunk);
    if (progress)
        progress(rows);
    return rows;
}

qint64 writeJson(const QSqlDatabase &db, const ReportFilter &filter, const ReportKey &after, qint64 max,
                 const Writer &write)
{
    QString chunk;
    chunk.reserve(kChunk + 4096);
    chunk += QLatin1String("[\n");
    qint64 rows = 0;
    ReportQuery::forEachRow(db, filter, ReportSort{ReportColumn::Id, true}, after, false, max,
                            [&](const QSqlQuery &q) {
                                if (rows > 0)
                                    chunk += QLatin1String(",\n");
                                appendJsonRow(chunk, q);
                                ++rows;
                                if (chunk.size() >= kChunk) {
                                    write(chunk);
                                    chunk.clear();
                                }
                                return true;
                            });
    chunk += rows > 0 ? QLatin1String("\n]\n") : QLatin1String("]\n");
    write(chunk);
    return rows;
}

} // namespace cxcron::HistoryExport
