// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertevent.h"

namespace cxcron {

QString alertEventKey(AlertEventKind kind)
{
    switch (kind) {
    case AlertEventKind::Failed:
        return QStringLiteral("failed");
    case AlertEventKind::StillFailing:
        return QStringLiteral("still_failing");
    case AlertEventKind::Recovered:
        return QStringLiteral("recovered");
    case AlertEventKind::Overlapping:
        return QStringLiteral("overlapping");
    case AlertEventKind::Slow:
        return QStringLiteral("slow");
    case AlertEventKind::PingStart:
        return QStringLiteral("ping_start");
    case AlertEventKind::PingSuccess:
        return QStringLiteral("ping_success");
    case AlertEventKind::PingFail:
        return QStringLiteral("ping_fail");
    case AlertEventKind::Heartbeat:
        return QStringLiteral("heartbeat");
    case AlertEventKind::Test:
        return QStringLiteral("test");
    }
    return QString();
}

} // namespace cxcron
