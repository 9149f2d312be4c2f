// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyexport.h"

#include "execution.h"
#include "rawrow.h"
#include "sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstring>

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

/// The output chunk: appends are a bounds check and a memcpy (QByteArray's own append goes
/// through insert(), a noticeable share of an export's time at millions of rows).
class Buffer
{
public:
    explicit Buffer(qsizetype capacity) { m_data.resize(capacity); }
    Buffer &operator+=(QByteArrayView v)
    {
        append(v.data(), v.size());
        return *this;
    }
    template<size_t N>
    Buffer &operator+=(const char (&literal)[N])
    {
        append(literal, qsizetype(N - 1));
        return *this;
    }
    Buffer &operator+=(char c)
    {
        if (m_size == m_data.size())
            grow(1);
        m_data.data()[m_size++] = c;
        return *this;
    }
    void append(const char *data, qsizetype size)
    {
        if (m_size + size > m_data.size())
            grow(size);
        memcpy(m_data.data() + m_size, data, size_t(size));
        m_size += size;
    }
    void chop(qsizetype n) { m_size -= n; }
    qsizetype size() const { return m_size; }
    void clear() { m_size = 0; }
    QByteArrayView view() const { return QByteArrayView(m_data.constData(), m_size); }

private:
    void grow(qsizetype more) { m_data.resize(qMax(m_data.size() * 2, m_size + more)); }

    QByteArray m_data;
    qsizetype m_size = 0;
};

int digits(QByteArrayView s, qsizetype from, qsizetype count, bool *ok)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = s.at(i);
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

/// Appends a decimal integer.
void appendNumber(Buffer &out, qint64 v)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = v < 0;
    quint64 u = negative ? 0 - quint64(v) : quint64(v);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

/// The cell as an integer the way QVariant::toLongLong() reads it (0 when it is none).
qint64 integer(const RawRow &row, int column)
{
    bool ok = false;
    const qint64 v = row.integer(column, &ok);
    return ok ? v : row.value(column).toLongLong();
}

/// Appends the cell as UTF-8: the engine's bytes when they are valid UTF-8, otherwise what the
/// QString of QSqlQuery::value() encodes to (the text every export printed before).
void appendText(Buffer &out, const RawRow &row, int column)
{
    const QByteArrayView bytes = row.utf8(column);
    if (bytes.isValidUtf8())
        out += bytes;
    else
        out += row.value(column).toString().toUtf8();
}

/// Appends a stored timestamp as Qt::ISODateWithMs UTC ("2026-11-24T10:15:02.123+00:00"), exactly as
/// Sql::toUtc(value).toString(Qt::ISODateWithMs) would, without parsing through QDateTime for
/// the storage format "yyyy-MM-dd HH:mm:ss[.zzz]". Returns false when the value is no valid time.
bool appendIso(Buffer &out, const RawRow &row, int column)
{
    if (row.isNull(column))
        return false;
    bool isInteger = false;
    row.integer(column, &isInteger);
    if (!isInteger) {
        const QByteArrayView s = row.utf8(column);
        if ((s.size() == 19 || s.size() == 23) && s.at(4) == '-' && s.at(7) == '-' && s.at(10) == ' ' &&
            s.at(13) == ':' && s.at(16) == ':' && (s.size() == 19 || s.at(19) == '.')) {
            bool ok = true;
            const int y = digits(s, 0, 4, &ok), mo = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
            const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok), se = digits(s, 17, 2, &ok);
            const int ms = s.size() == 23 ? digits(s, 20, 3, &ok) : 0;
            if (ok && y > 0 && QDate::isValid(y, mo, d) && QTime::isValid(h, mi, se, ms)) {
                out += s.first(10);
                out += 'T';
                out += s.sliced(11, 8);
                out += s.size() == 23 ? s.sliced(19, 4) : QByteArrayView(".000");
                out += "+00:00"; // what Qt writes for a QTimeZone::utc() time
                return true;
            }
        }
    }
    const QDateTime utc = Sql::toUtc(row.value(column));
    if (!utc.isValid())
        return false;
    out += utc.toString(Qt::ISODateWithMs).toUtf8();
    return true;
}

void appendState(Buffer &out, const RawRow &row, int column)
{
    const QByteArrayView raw = row.utf8(column);
    for (const char *known :
         {"success", "failed", "running", "skipped", "interrupted", "partial", "cancelled"})
        if (raw == QByteArrayView(known)) {
            out += raw;
            return;
        }
    out += stateKey(stateFromKey(row.value(column).toString())).toUtf8();
}

void appendTrigger(Buffer &out, const RawRow &row, int column)
{
    const QByteArrayView raw = row.utf8(column);
    for (const char *known : {"schedule", "manual", "cli"})
        if (raw == QByteArrayView(known)) {
            out += raw;
            return;
        }
    out += triggerKey(triggerFromKey(row.value(column).toString())).toUtf8();
}

/// Appends the cell as a JSON string, byte for byte what QJsonDocument writes for its QString:
/// '"' and '\' escaped, the controls below U+0020 as \b \f \n \r \t or \u00xx (lower-case hex),
/// everything else as UTF-8. NULL is "".
void appendJsonString(Buffer &out, const RawRow &row, int column)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArrayView bytes = row.utf8(column);
    bool ascii = true, plain = true;
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c >= 0x80)
            ascii = false;
        else if (c < 0x20 || c == '"' || c == '\\')
            plain = false;
    }
    if (!ascii && !bytes.isValidUtf8()) {
        // Rare: let Qt decode and escape it, so the text is what QJsonDocument writes.
        const QByteArray json =
            QJsonDocument(QJsonArray{row.value(column).toString()}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(json).sliced(1, json.size() - 2);
        return;
    }
    out += '"';
    if (plain) {
        out += bytes;
    } else {
        for (const char ch : bytes) {
            const auto c = uchar(ch);
            if (c >= 0x20 && c != '"' && c != '\\') {
                out += ch;
                continue;
            }
            out += '\\';
            switch (c) {
            case '"':
            case '\\':
                out += ch;
                break;
            case '\b':
                out += 'b';
                break;
            case '\f':
                out += 'f';
                break;
            case '\n':
                out += 'n';
                break;
            case '\r':
                out += 'r';
                break;
            case '\t':
                out += 't';
                break;
            default:
                out += "u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            }
        }
    }
    out += '"';
}

/// Appends the cell as a CSV field: quoted (quotes doubled) when it holds @p separator (UTF-8),
/// a quote or a line break.
void appendCsvField(Buffer &out, const RawRow &row, int column, QByteArrayView separator)
{
    QByteArrayView bytes = row.utf8(column);
    QByteArray decoded;
    if (!bytes.isValidUtf8()) {
        decoded = row.value(column).toString().toUtf8();
        bytes = decoded;
    }
    bool quote = false;
    if (separator.size() == 1) {
        const char sep = separator.at(0);
        for (const char c : bytes)
            if (c == sep || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
    } else {
        quote =
            bytes.contains(separator) || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r');
    }
    if (!quote) {
        out += bytes;
        return;
    }
    out += '"';
    for (const char c : bytes) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvRow(Buffer &out, const RawRow &row, QByteArrayView sep)
{
    bool isInteger = false;
    const qint64 id = row.integer(Id, &isInteger);
    if (isInteger)
        appendNumber(out, id);
    else
        appendText(out, row, Id);
    out += sep;
    appendCsvField(out, row, Task, sep);
    out += sep;
    appendIso(out, row, StartAt);
    out += sep;
    appendIso(out, row, EndAt);
    out += sep;
    if (!row.isNull(Duration)) {
        const qint64 duration = integer(row, Duration);
        if (duration >= 0)
            appendNumber(out, duration);
    }
    out += sep;
    appendState(out, row, State);
    out += sep;
    appendTrigger(out, row, TriggerKind);
    out += sep;
    appendCsvField(out, row, TriggeredBy, sep);
    out += sep;
    appendCsvField(out, row, Host, sep);
    out += sep;
    appendCsvField(out, row, ExceptionClass, sep);
    out += sep;
    appendCsvField(out, row, Exception, sep);
    out += sep;
    appendCsvField(out, row, Output, sep);
    out += "\r\n";
}

void appendJsonTime(Buffer &out, const RawRow &row, int column)
{
    out += '"';
    if (appendIso(out, row, column)) {
        out += '"';
    } else {
        out.chop(1);
        out += "null";
    }
}

// The keys in the order QJsonObject keeps them (sorted), indented as QJsonDocument::Indented.
void appendJsonRow(Buffer &out, const RawRow &row)
{
    out += "    {\n        \"duration_ms\": ";
    const qint64 duration = row.isNull(Duration) ? -1 : integer(row, Duration);
    if (duration >= 0)
        appendNumber(out, duration);
    else
        out += "null";
    out += ",\n        \"end_at\": ";
    appendJsonTime(out, row, EndAt);
    out += ",\n        \"host\": ";
    appendJsonString(out, row, Host);
    out += ",\n        \"id\": ";
    appendNumber(out, integer(row, Id));
    out += ",\n        \"pid\": ";
    appendNumber(out, integer(row, Pid));
    out += ",\n        \"scheduled_for\": ";
    appendJsonTime(out, row, ScheduledFor);
    out += ",\n        \"start_at\": ";
    appendJsonTime(out, row, StartAt);
    out += ",\n        \"state\": \"";
    appendState(out, row, State);
    out += "\",\n        \"task\": ";
    appendJsonString(out, row, Task);
    out += ",\n        \"trigger\": \"";
    appendTrigger(out, row, TriggerKind);
    out += "\",\n        \"triggered_by\": ";
    appendJsonString(out, row, TriggeredBy);
    out += "\n    }";
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
    Buffer chunk(kChunk + 4096);
    if (options.bom)
        chunk += "\xEF\xBB\xBF";
    const QByteArray separator = QString(options.separator).toUtf8();
    chunk += csvHeader().join(options.separator).toUtf8();
    chunk += "\r\n";
    qint64 rows = 0;
    ReportQuery::forEachRow(
        db, filter, sort, after, true, max,
        [&](const RawRow &row) {
            appendCsvRow(chunk, row, separator);
            ++rows;
            if (chunk.size() >= kChunk) {
                write(chunk.view());
                chunk.clear();
                if (progress)
                    progress(rows);
            }
            return true;
        },
        cancel);
    write(chunk.view());
    if (progress)
        progress(rows);
    return rows;
}

qint64 writeJson(const QSqlDatabase &db, const ReportFilter &filter, const ReportKey &after, qint64 max,
                 const Writer &write, const ReportSort &sort)
{
    Buffer chunk(kChunk + 4096);
    chunk += "[\n";
    qint64 rows = 0;
    ReportQuery::forEachRow(db, filter, sort, after, false, max, [&](const RawRow &row) {
        if (rows > 0)
            chunk += ",\n";
        appendJsonRow(chunk, row);
        ++rows;
        if (chunk.size() >= kChunk) {
            write(chunk.view());
            chunk.clear();
        }
        return true;
    });
    chunk += rows > 0 ? QByteArrayView("\n]\n") : QByteArrayView("]\n");
    write(chunk.view());
    return rows;
}

} // namespace cxcron::HistoryExport
