// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <memory>

namespace cxcron {

/// Where "now" comes from. Production reads the database server's UTC clock, so every runner
/// host agrees; tests and simulations inject a fixed start that advances with elapsed time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc(const QSqlDatabase &db) = 0;

    /// The database clock, unless CXCRON_NOW (ISO 8601 UTC, for tests and simulations) is set.
    static std::shared_ptr<Clock> fromEnvironment();
};

class DatabaseClock final : public Clock
{
public:
    QDateTime nowUtc(const QSqlDatabase &db) override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &startUtc);
    QDateTime nowUtc(const QSqlDatabase &db) override;
    void set(const QDateTime &utc);

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace cxcron
