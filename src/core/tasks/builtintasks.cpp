// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancelstaleinvoicestask.h"
#include "diagnostictasks.h"
#include "historyprunetask.h"
#include "invoicedeliverytask.h"
#include "serviceexpiretask.h"
#include "taskregistry.h"

namespace cxcron {

TaskRegistry TaskRegistry::builtin()
{
    TaskRegistry registry;
    registry.add(std::make_shared<InvoiceDeliveryTask>());
    registry.add(std::make_shared<ServiceExpireTask>());
    registry.add(std::make_shared<CancelStaleInvoicesTask>());
    registry.add(std::make_shared<HistoryPruneTask>());
    // Only when CXCRON_DIAGNOSTIC_TASKS=1: tasks that sleep, hang or fail, for fault tests.
    DiagnosticTasks::registerIfEnabled(registry);
    return registry;
}

} // namespace cxcron
