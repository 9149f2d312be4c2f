// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "connectionprofile.h"
#include "errors.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// A URL the parser cannot read ("mysql://u:pa/ss@host" has no /database: the '/' makes the
// password look like a host): it will be refused, but ps must not show it meanwhile. Everything
// between the first ':' of the part after "://" and the last '@' is masked.
void hideUnreadableUrlPassword(char *url)
{
    const QString text = QString::fromLocal8Bit(url);
    if (text.startsWith(QLatin1String("sqlite:")))
        return;
    try {
        cxcron::ConnectionProfile::fromUrl(text);
        return; // readable, and so without a password here
    } catch (const cxcron::Error &) {
    }
    char *authority = std::strstr(url, "://");
    char *at = std::strrchr(url, '@');
    if (!authority || !at || at < authority)
        return;
    char *colon = static_cast<char *>(std::memchr(authority + 3, ':', size_t(at - authority - 3)));
    if (colon && colon + 1 < at)
        std::memset(colon + 1, 'x', size_t(at - colon - 1));
}

// As the mysql client does with -pPASSWORD: overwrite the password of a --database URL in the
// process's own argument memory, so ps and /proc/PID/cmdline show "xxx" once cxcron started.
void hideUrlPasswords(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        char *url = nullptr;
        if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc)
            url = argv[i + 1];
        else if (std::strncmp(argv[i], "--database=", 11) == 0)
            url = argv[i] + 11;
        if (!url)
            continue;
        const QByteArray text(url);
        const QByteArray without =
            cxcron::ConnectionProfile::urlWithoutPassword(QString::fromLocal8Bit(text)).toLocal8Bit();
        if (without.isEmpty() || without == text) {
            hideUnreadableUrlPassword(url);
            continue;
        }
        // ":password" is the one contiguous byte range the two strings do not share.
        int head = 0;
        while (head < without.size() && text.at(head) == without.at(head))
            ++head;
        const int passwordBytes = int(text.size()) - int(without.size()) - 1;
        if (passwordBytes > 0)
            std::memset(url + head + 1, 'x', size_t(passwordBytes));
    }
}

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
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments(); // before the passwords are hidden
    hideUrlPasswords(argc, argv);
    int code = cxcron::cli::CliApp(out, err).exec(arguments);
    if (const int error = closeStdout(out)) {
        err << QStringLiteral("cxcron: ")
            << QCoreApplication::translate("Cli", "cannot write the output: %1")
                   .arg(QString::fromLocal8Bit(std::strerror(error)))
            << '\n';
        if (code == cxcron::ExitOk || code == cxcron::ExitTaskFailed)
            code = cxcron::ExitOutput;
    }
    err.flush();
    std::fflush(nullptr);
    // A task that timed out may still run on a detached thread: leave without waiting for it.
    std::_Exit(code);
}
