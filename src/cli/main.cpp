// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "connectionprofile.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>

namespace {

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
        if (without.isEmpty() || without == text)
            continue;
        // ":password" is the one contiguous byte range the two strings do not share.
        int head = 0;
        while (head < without.size() && text.at(head) == without.at(head))
            ++head;
        const int passwordBytes = int(text.size()) - int(without.size()) - 1;
        if (passwordBytes > 0)
            std::memset(url + head + 1, 'x', size_t(passwordBytes));
    }
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
    const int code = cxcron::cli::CliApp(out, err).exec(arguments);
    out.flush();
    err.flush();
    std::fflush(nullptr);
    // A task that timed out may still run on a detached thread: leave without waiting for it.
    std::_Exit(code);
}
