// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertevent.h"
#include "alertrule.h"

#include <QByteArray>
#include <QJsonObject>

namespace cxcron {

/// An alert as sent: rendered once, in the rule's language, when the alert is claimed, and
/// stored with the delivery so a retry sends exactly the same thing.
struct AlertMessage
{
    QString subject;  ///< e-mail subject / webhook title
    QString text;     ///< plain-text body
    QJsonObject data; ///< machine-readable fields (generic webhook body)
};

namespace AlertMessages {

AlertMessage render(const AlertEvent &event, const AlertRule &rule);
/// What is stored and sent for @p rule: the e-mail body, the webhook JSON, or the ping log line.
QByteArray payload(const AlertMessage &message, const AlertRule &rule);
/// The first @p maxLines lines of an exception text, each cut to a sane width.
QString firstLines(const QString &text, int maxLines = 10);

} // namespace AlertMessages
} // namespace cxcron
