// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "task.h"

#include <functional>

namespace cxcron::test {

/// A task whose behaviour a test chooses: a lambda runs in place of real work.
class FakeTask final : public Task
{
public:
    using Body = std::function<QJsonObject(TaskContext &)>;
    FakeTask(QString name, Schedule schedule, Body body, int timeoutSeconds = 60)
        : m_name(std::move(name))
        , m_schedule(std::move(schedule))
        , m_body(std::move(body))
        , m_timeout(timeoutSeconds)
    {}
    QString name() const override { return m_name; }
    QString title() const override { return m_name; }
    Schedule defaultSchedule() const override { return m_schedule; }
    int defaultTimeoutSeconds() const override { return m_timeout; }
    QJsonObject run(TaskContext &context) override { return m_body(context); }
    QString concurrencyGroup() const override { return {}; }

private:
    QString m_name;
    Schedule m_schedule;
    Body m_body;
    int m_timeout;
};

} // namespace cxcron::test
