// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "argvpasswords.h"
#include "coredumps.h"
#include "redactingdevice.h"
#include "redaction.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxcron"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXCRON_VERSION));
    cxcron::CoreDumps::disableUnlessAllowed();
    const QStringList arguments = QCoreApplication::arguments(); // before the passwords are hidden
    cxcron::hideArgvPasswords(argc, argv);
    cxcron::Redaction::addEnvironmentSecrets();
    cxcron::Redaction::installMessageHandler();
    // Every printed line, results and messages alike, goes through the redaction.
    cxcron::RedactingDevice outDevice(stdout);
    cxcron::RedactingDevice errDevice(stderr);
    QTextStream out(&outDevice);
    QTextStream err(&errDevice);
    const int code = cxcron::cli::CliApp(out, err).exec(arguments);
    out.flush();
    err.flush();
    outDevice.flushPending();
    errDevice.flushPending();
    std::fflush(nullptr);
    // A task that timed out may still run on a detached thread: leave without waiting for it.
    std::_Exit(code);
}
