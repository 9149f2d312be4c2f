// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "argvpasswords.h"
#include "coredumps.h"
#include "exitcodes.h"
#include "redactingdevice.h"
#include "redaction.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// Like coreutils' close_stdout: output that did not reach its file (a full disk, /dev/full) is an
// error, not a success with a truncated file. Returns the errno of the failure, 0 when all went.
int closeStdout(QTextStream &out)
{
    errno = 0;
    out.flush();
    const bool streamFailed = out.status() != QTextStream::Ok;
    int error = streamFailed ? errno : 0; // the stream's own write failed first (ENOSPC, EPIPE)
    errno = 0;
    const bool flushFailed = std::fflush(stdout) != 0;
    if (!error)
        error = errno;
    const bool hadError = std::ferror(stdout) != 0;
    errno = 0;
    const bool closeFailed = std::fclose(stdout) != 0;
    if (!error)
        error = errno;
    if (!(streamFailed || flushFailed || hadError || closeFailed))
        return 0;
    return error ? error : EIO;
}

} // namespace

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
    int code = cxcron::cli::CliApp(out, err).exec(arguments);
    out.flush();
    outDevice.flushPending();
    if (const int error = closeStdout(out)) {
        err << QStringLiteral("cxcron: ")
            << QCoreApplication::translate("Cli", "cannot write the output: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(error)))
            << '\n';
        if (code == cxcron::ExitOk || code == cxcron::ExitTaskFailed)
            code = cxcron::ExitOutput;
    }
    err.flush();
    errDevice.flushPending();
    std::fflush(nullptr);
    // A task that timed out may still run on a detached thread: leave without waiting for it.
    std::_Exit(code);
}
