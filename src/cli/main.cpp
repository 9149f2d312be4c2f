// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxcron"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXCRON_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cxcron::cli::CliApp(out, err).exec(QCoreApplication::arguments());
    out.flush();
    err.flush();
    std::fflush(nullptr);
    // A task that timed out may still run on a detached thread: leave without waiting for it.
    std::_Exit(code);
}
