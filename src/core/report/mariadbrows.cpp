// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawrow.h"

#include "database.h"
#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <vector>

#ifdef CXCRON_HAVE_LIBMARIADB
#include <mysql.h>
#endif

namespace cxcron::MariadbRows {

#ifdef CXCRON_HAVE_LIBMARIADB
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

MYSQL *mysqlHandle(const QSqlDatabase &db)
{
    if (Database::isSqlite(db) || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct ("st_mysql*"); older versions after the typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "MYSQL*") != 0 && qstrcmp(handle.typeName(), "st_mysql*") != 0))
        return nullptr;
    return *static_cast<MYSQL *const *>(handle.constData());
}

[[noreturn]] void fail(MYSQL_STMT *statement, const QString &sql)
{
    const QString text = QString::fromUtf8(mysql_stmt_error(statement));
    const unsigned int code = mysql_stmt_errno(statement);
    qCInfo(lcDb).noquote() << "query failed:" << sql.left(200) << '|' << text;
    // Lost connection mid-run (2006, 2013): a connection problem, as Sql::fail() reports it.
    if (code == 2006 || code == 2013)
        throw Error(ErrorKind::Connection,
                    Tr::tr("Lost the connection to the database server: %1").arg(text));
    throw Error(ErrorKind::Database, Tr::tr("Database error: %1").arg(text));
}

bool isTemporalType(enum_field_types type)
{
    return type == MYSQL_TYPE_DATETIME || type == MYSQL_TYPE_TIMESTAMP;
}

bool isIntegerType(enum_field_types type)
{
    return type == MYSQL_TYPE_TINY || type == MYSQL_TYPE_SHORT || type == MYSQL_TYPE_LONG ||
           type == MYSQL_TYPE_INT24 || type == MYSQL_TYPE_LONGLONG || type == MYSQL_TYPE_YEAR;
}

/// One fetched row: every column fetched as text into a buffer of its own (grown when a value
/// is longer), values as the Qt driver types them for the columns the exports read (integers
/// as qlonglong, the rest as text, NULL as a null QString).
struct Columns final : public RawRow
{
    std::vector<MYSQL_BIND> binds;
    std::vector<QByteArray> buffers;
    std::vector<unsigned long> lengths;
    std::vector<my_bool> nulls, errors;
    std::vector<bool> integers;
    /// Times arrive in the binary protocol's packed form and are written here as the storage
    /// format ("yyyy-MM-dd HH:mm:ss", ".zzz" when the column keeps fractions): formatting them on
    /// the server (DATE_FORMAT) cost it more than the client spends on the whole row.
    std::vector<MYSQL_TIME> times;
    std::vector<unsigned int> decimals;

    void formatTimes()
    {
        for (size_t c = 0; c < times.size(); ++c) {
            if (decimals[c] == ~0u || nulls[c])
                continue;
            const MYSQL_TIME &t = times[c];
            char *p = buffers[c].data();
            const auto put = [&p](unsigned int value, int width) {
                for (int i = width - 1; i >= 0; --i, value /= 10)
                    p[i] = char('0' + value % 10);
                p += width;
            };
            put(t.year, 4);
            *p++ = '-';
            put(t.month, 2);
            *p++ = '-';
            put(t.day, 2);
            *p++ = ' ';
            put(t.hour, 2);
            *p++ = ':';
            put(t.minute, 2);
            *p++ = ':';
            put(t.second, 2);
            if (decimals[c] > 0) {
                *p++ = '.';
                put(static_cast<unsigned int>(t.second_part / 1000), 3);
            }
            lengths[c] = static_cast<unsigned long>(p - buffers[c].data());
        }
    }

    bool isNull(int column) const override { return nulls.at(column); }
    QByteArrayView utf8(int column) const override
    {
        return nulls.at(column)
                   ? QByteArrayView()
                   : QByteArrayView(buffers.at(column).constData(), qsizetype(lengths.at(column)));
    }
    qint64 integer(int column, bool *ok) const override
    {
        *ok = false;
        if (!integers.at(column) || nulls.at(column))
            return 0;
        return utf8(column).toLongLong(ok);
    }
    QVariant value(int column) const override
    {
        if (nulls.at(column))
            return QVariant(QMetaType::fromType<QString>());
        if (integers.at(column))
            return QVariant(utf8(column).toLongLong());
        return QString::fromUtf8(utf8(column));
    }
};

struct Close
{
    MYSQL_STMT *statement = nullptr;
    MYSQL_RES *meta = nullptr;
    ~Close()
    {
        if (meta)
            mysql_free_result(meta);
        if (statement)
            mysql_stmt_close(statement);
    }
};

} // namespace

bool available(const QSqlDatabase &db)
{
    return mysqlHandle(db) != nullptr;
}

qint64 forEach(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<bool(const RawRow &)> &row)
{
    MYSQL *handle = mysqlHandle(db);
    if (!handle)
        throw Error(ErrorKind::Database,
                    Tr::tr("Database error: %1").arg(QStringLiteral("no MariaDB handle")));
    Close close;
    close.statement = mysql_stmt_init(handle);
    if (!close.statement)
        throw Error(ErrorKind::Database,
                    Tr::tr("Database error: %1").arg(QString::fromUtf8(mysql_error(handle))));
    MYSQL_STMT *stmt = close.statement;
    const QByteArray text = sql.toUtf8();
    if (mysql_stmt_prepare(stmt, text.constData(), text.size()) != 0)
        fail(stmt, sql);

    std::vector<MYSQL_BIND> params(size_t(values.size()));
    std::vector<QByteArray> strings(size_t(values.size()));
    std::vector<long long> integers(size_t(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        MYSQL_BIND &p = params[size_t(i)];
        p = MYSQL_BIND{};
        const QVariant &v = values.at(i);
        const int type = v.isNull() ? QMetaType::UnknownType : v.metaType().id();
        if (type == QMetaType::UnknownType) {
            p.buffer_type = MYSQL_TYPE_NULL;
        } else if (type == QMetaType::Int || type == QMetaType::UInt || type == QMetaType::LongLong ||
                   type == QMetaType::ULongLong || type == QMetaType::Bool) {
            integers[size_t(i)] = v.toLongLong();
            p.buffer_type = MYSQL_TYPE_LONGLONG;
            p.buffer = &integers[size_t(i)];
        } else {
            strings[size_t(i)] = v.toString().toUtf8();
            p.buffer_type = MYSQL_TYPE_STRING;
            p.buffer = strings[size_t(i)].data();
            p.buffer_length = static_cast<unsigned long>(strings[size_t(i)].size());
        }
    }
    if (!params.empty() && mysql_stmt_bind_param(stmt, params.data()) != 0)
        fail(stmt, sql);
    // No mysql_stmt_store_result(): rows stream from the server as they are fetched, so the
    // client holds one row at a time, and the server produces the next rows meanwhile.
    if (mysql_stmt_execute(stmt) != 0)
        fail(stmt, sql);
    close.meta = mysql_stmt_result_metadata(stmt);
    if (!close.meta)
        return 0;
    const unsigned int count = mysql_num_fields(close.meta);
    const MYSQL_FIELD *fields = mysql_fetch_fields(close.meta);
    Columns r;
    r.binds.resize(count);
    r.buffers.resize(count);
    r.lengths.resize(count);
    r.nulls.resize(count);
    r.errors.resize(count);
    r.integers.resize(count);
    r.times.resize(count);
    r.decimals.assign(count, ~0u);
    const auto bind = [&r](unsigned int c) {
        MYSQL_BIND &b = r.binds[c];
        b = MYSQL_BIND{};
        if (r.decimals[c] != ~0u) {
            b.buffer_type = MYSQL_TYPE_DATETIME;
            b.buffer = &r.times[c];
            b.buffer_length = sizeof(MYSQL_TIME);
        } else {
            b.buffer_type = MYSQL_TYPE_STRING;
            b.buffer = r.buffers[c].data();
            b.buffer_length = static_cast<unsigned long>(r.buffers[c].size());
            b.length = &r.lengths[c];
        }
        b.is_null = &r.nulls[c];
        b.error = &r.errors[c];
    };
    for (unsigned int c = 0; c < count; ++c) {
        r.buffers[c].resize(256);
        r.integers[c] = isIntegerType(fields[c].type);
        if (isTemporalType(fields[c].type))
            r.decimals[c] = qMin(fields[c].decimals, 6u);
        bind(c);
    }
    if (mysql_stmt_bind_result(stmt, r.binds.data()) != 0)
        fail(stmt, sql);
    qint64 rows = 0;
    for (;;) {
        const int rc = mysql_stmt_fetch(stmt);
        if (rc == MYSQL_NO_DATA)
            break;
        if (rc == 1)
            fail(stmt, sql);
        if (rc == MYSQL_DATA_TRUNCATED) {
            // A value longer than its buffer: grow the buffer, read the value again, and keep the
            // larger buffer bound for the following rows.
            bool rebind = false;
            for (unsigned int c = 0; c < count; ++c) {
                if (!r.errors[c] || r.nulls[c] || r.decimals[c] != ~0u)
                    continue;
                r.buffers[c].resize(qsizetype(r.lengths[c]) + 1);
                bind(c);
                if (mysql_stmt_fetch_column(stmt, &r.binds[c], c, 0) != 0)
                    fail(stmt, sql);
                r.errors[c] = 0;
                rebind = true;
            }
            if (rebind && mysql_stmt_bind_result(stmt, r.binds.data()) != 0)
                fail(stmt, sql);
        }
        r.formatTimes();
        ++rows;
        if (!row(r))
            break;
    }
    return rows;
}

#else

bool available(const QSqlDatabase &)
{
    return false;
}

qint64 forEach(const QSqlDatabase &, const QString &, const QVariantList &,
               const std::function<bool(const RawRow &)> &)
{
    return 0;
}

#endif

} // namespace cxcron::MariadbRows
