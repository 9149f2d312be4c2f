// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyprunetask.h"
#include "taskregistry.h"

namespace cxcron {

TaskRegistry TaskRegistry::builtin()
{
    TaskRegistry registry;
    registry.add(std::make_shared<HistoryPruneTask>());
    return registry;
}

} // namespace cxcron
