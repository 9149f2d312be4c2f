// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawrow.h"

#include "database.h"
#include "errors.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace cxcron {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!Database::isSqlite(db) || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

[[noreturn]] void fail(sqlite3 *handle, const QString &sql)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    qCInfo(lcDb).noquote() << "query failed:" << sql.left(200) << '|' << text;
    throw Error(ErrorKind::Database, Tr::tr("Database error: %1").arg(text));
}

/// A row of a stepped SQLite statement: bytes as sqlite3_column_text() gives them, values as
/// Qt's SQLite driver builds them (qint64 for integers, text for the rest, NULL as a null
/// QString), so the slow paths of an export print what they printed through QSqlQuery.
class SqliteRow final : public RawRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {}
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    QByteArrayView utf8(int column) const override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }
    qint64 integer(int column, bool *ok) const override
    {
        *ok = sqlite3_column_type(m_statement, column) == SQLITE_INTEGER;
        return *ok ? sqlite3_column_int64(m_statement, column) : 0;
    }
    QVariant value(int column) const override
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                              sqlite3_column_bytes(m_statement, column));
        default:
            return QString(static_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                           sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(QChar)));
        }
    }

private:
    sqlite3_stmt *m_statement;
};

struct Finalize
{
    sqlite3_stmt *statement = nullptr;
    ~Finalize() { sqlite3_finalize(statement); }
};

} // namespace

const QVariant &QueryRow::cell(int column) const
{
    if (column >= m_read.size()) {
        m_read.resize(column + 1, false);
        m_cells.resize(column + 1);
    }
    if (!m_read.at(column)) {
        m_cells[column] = m_query.value(column);
        m_read[column] = true;
    }
    return m_cells.at(column);
}

QByteArrayView QueryRow::utf8(int column) const
{
    m_scratch = cell(column).toString().toUtf8();
    return m_scratch;
}

qint64 QueryRow::integer(int column, bool *ok) const
{
    const QVariant &v = cell(column);
    const int type = v.metaType().id();
    *ok = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::ULongLong ||
          type == QMetaType::UInt;
    return *ok ? v.toLongLong() : 0;
}

namespace SqliteRows {

bool available(const QSqlDatabase &db)
{
    return sqliteHandle(db) != nullptr;
}

qint64 forEach(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<bool(const RawRow &)> &row)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        throw Error(ErrorKind::Database,
                    Tr::tr("Database error: %1").arg(QStringLiteral("no SQLite handle")));
    Finalize stmt;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &stmt.statement, nullptr) != SQLITE_OK)
        fail(handle, sql);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc = SQLITE_OK;
        switch (v.isNull() ? QMetaType::UnknownType : v.metaType().id()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(stmt.statement, i + 1);
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(stmt.statement, i + 1, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(stmt.statement, i + 1, v.toDouble());
            break;
        default: {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(stmt.statement, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            fail(handle, sql);
    }
    const SqliteRow current(stmt.statement);
    qint64 rows = 0;
    for (;;) {
        const int rc = sqlite3_step(stmt.statement);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            fail(handle, sql);
        ++rows;
        if (!row(current))
            break;
    }
    return rows;
}

} // namespace SqliteRows
} // namespace cxcron
