// SPDX-License-Identifier: GPL-3.0-or-later
#include "argvpasswords.h"

#include "redaction.h"

#include <QString>

#include <cstring>

namespace cxcron {

void hideArgvPasswords(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        char *url = nullptr;
        if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc)
            url = argv[i + 1];
        else if (std::strncmp(argv[i], "--database=", 11) == 0)
            url = argv[i] + 11;
        if (!url)
            continue;
        // Found as a malformed URL would be too (no database part, a bad port): the password
        // must leave ps before the URL is parsed and refused.
        const QString text = QString::fromLocal8Bit(url);
        const auto [start, length] = Redaction::urlPasswordRange(text);
        if (start < 0 || length <= 0)
            continue;
        Redaction::addSecret(text.mid(start, length));
        const qsizetype head = text.left(start).toLocal8Bit().size();
        const qsizetype bytes = text.mid(start, length).toLocal8Bit().size();
        std::memset(url + head, 'x', size_t(bytes));
    }
}

} // namespace cxcron
