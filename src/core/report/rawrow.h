// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace cxcron {

/// One result row as the exports read it: cells as UTF-8 bytes where the engine hands them out
/// without a QVariant (SQLite), and the exact QSqlQuery::value() for the rare value the fast
/// paths do not take, so an export prints the same text either way.
class RawRow
{
public:
    virtual ~RawRow() = default;
    virtual bool isNull(int column) const = 0;
    /// The cell as UTF-8 text; valid until the next call for this row or the next row.
    virtual QByteArrayView utf8(int column) const = 0;
    /// The cell as an integer when it is stored as one; @p ok false otherwise (then use value()).
    virtual qint64 integer(int column, bool *ok) const = 0;
    /// What QSqlQuery::value() gives for the cell.
    virtual QVariant value(int column) const = 0;
};

/// A RawRow over a positioned QSqlQuery (MariaDB, and any driver without a direct reader).
class QueryRow final : public RawRow
{
public:
    explicit QueryRow(const QSqlQuery &query)
        : m_query(query)
    {}
    bool isNull(int column) const override { return cell(column).isNull(); }
    QByteArrayView utf8(int column) const override;
    qint64 integer(int column, bool *ok) const override;
    QVariant value(int column) const override { return cell(column); }

private:
    /// Each cell read from the query once per row.
    const QVariant &cell(int column) const;

    const QSqlQuery &m_query;
    mutable QList<QVariant> m_cells;
    mutable QList<bool> m_read;
    mutable QByteArray m_scratch;
};

namespace SqliteRows {

/// Whether @p db is a SQLite connection whose rows forEach() can read directly.
bool available(const QSqlDatabase &db);

/// Runs @p sql with @p values bound (strings, integers, NULL) on SQLite's own handle of @p db
/// and hands each row to @p row, UTF-8 straight from the engine, until it returns false.
/// Throws Error on a failed statement. Returns the rows handed out.
qint64 forEach(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<bool(const RawRow &)> &row);

} // namespace SqliteRows

namespace MariadbRows {

/// Whether @p db is a MariaDB/MySQL connection whose rows forEach() can read directly (cxcron
/// built with libmariadb's headers, the library Qt's driver uses).
bool available(const QSqlDatabase &db);

/// Runs @p sql as a prepared statement with @p values bound on the driver's own handle and
/// hands each row to @p row as it arrives (unbuffered: the server streams the result while the
/// rows are used, the client holds one row), until @p row returns false (the rest of the result
/// is then read and dropped: bound it with LIMIT). Throws Error on a failed statement.
qint64 forEach(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
               const std::function<bool(const RawRow &)> &row);

} // namespace MariadbRows
} // namespace cxcron
