// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <stdexcept>

namespace cxcron {

/// What went wrong, coarsely; the CLI maps each kind to its own exit code.
enum class ErrorKind
{
    Usage,      ///< bad arguments or malformed values given by the user
    Config,     ///< unreadable or corrupt configuration / .env / profile
    Connection, ///< cannot reach or log in to the database server
    Database,   ///< a query failed, a table is missing, the schema is too new
    NotFound,   ///< unknown task name or execution id
    Busy,       ///< the task is already running (lease held), or the database stayed locked by
                ///< another writer longer than the wait allowed (SQLite busy, lock wait timeout)
};

/// An error carrying an already-translated, user-readable message.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {}
    ErrorKind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    ErrorKind m_kind;
    QString m_message;
};

} // namespace cxcron
