// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoseed.h"

namespace cxcron::DemoSeed {

void seed(const QSqlDatabase &, const QDateTime &)
{
    // Filled in with the CMS tasks (issue 3): customers, products, services, invoices.
}

} // namespace cxcron::DemoSeed
