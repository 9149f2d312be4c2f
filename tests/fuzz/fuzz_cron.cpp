// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: cron expressions and schedules, evaluated in Europe/Paris (DST changes).
// Built and run by tests/scripts/test_fuzz.sh (clang -fsanitize=fuzzer,address,undefined).
#include "cronexpression.h"
#include "schedule.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QTimeZone paris("Europe/Paris");
    // The first 4 bytes choose the instant (around the 2026 DST changes), the rest is the text.
    qint64 offset = 0;
    if (size >= 4) {
        offset = qint64(data[0]) | qint64(data[1]) << 8 | qint64(data[2]) << 16 | qint64(data[3] & 0x7f) << 24;
        data += 4;
        size -= 4;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime base(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime at = base.addSecs(offset % (400LL * 86400));

    QString error;
    const cxcron::CronExpression cron = cxcron::CronExpression::parse(text, &error);
    if (cron.isValid() == !error.isEmpty())
        std::abort(); // valid exactly when no error message
    if (cron.isValid()) {
        const QDateTime previous = cron.previousOrAt(at, paris);
        const QDateTime next = cron.nextAfter(at, paris);
        if (previous.isValid() && previous > at)
            std::abort();
        if (next.isValid() && next <= at)
            std::abort();
        if (previous.isValid() && previous.time().second() != 0)
            std::abort();
        // The re-parsed canonical text means the same thing.
        const cxcron::CronExpression again = cxcron::CronExpression::parse(cron.text());
        if (!again.isValid() || again.nextAfter(at, paris) != next)
            std::abort();
    }
    QString scheduleError;
    const cxcron::Schedule schedule = cxcron::Schedule::parse(text, &scheduleError);
    if (!schedule.isValid()) {
        if (scheduleError.isEmpty())
            std::abort(); // an invalid schedule always explains why
    } else {
        const QDateTime latest = schedule.latestSlot(at, paris);
        const QDateTime next = schedule.nextSlot(at, paris);
        if (latest.isValid() && latest > at)
            std::abort();
        if (next.isValid() && next <= at)
            std::abort();
        if (!cxcron::Schedule::parse(schedule.toString()).isValid())
            std::abort();
    }
    return 0;
}
