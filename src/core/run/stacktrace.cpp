// SPDX-License-Identifier: GPL-3.0-or-later
#include "stacktrace.h"

#include <cstdlib>
#include <cxxabi.h>
#include <execinfo.h>

namespace cxcron::StackTrace {

QString demangle(const char *mangled)
{
    int status = 0;
    char *name = abi::__cxa_demangle(mangled, nullptr, nullptr, &status);
    const QString result = status == 0 && name ? QString::fromUtf8(name) : QString::fromUtf8(mangled);
    std::free(name);
    return result;
}

QStringList capture(int skip)
{
    void *frames[48];
    const int count = backtrace(frames, 48);
    char **symbols = backtrace_symbols(frames, count);
    QStringList lines;
    if (!symbols)
        return lines;
    for (int i = skip; i < count; ++i) {
        // "binary(mangled+0x12) [0xaddr]" -> demangled function name where there is one.
        const QString raw = QString::fromUtf8(symbols[i]);
        const int open = raw.indexOf(u'(');
        const int plus = raw.indexOf(u'+', open);
        QString function;
        if (open >= 0 && plus > open + 1)
            function = demangle(raw.mid(open + 1, plus - open - 1).toUtf8().constData());
        lines << QStringLiteral("#%1 %2").arg(i - skip).arg(function.isEmpty() ? raw : function);
    }
    std::free(symbols);
    return lines;
}

} // namespace cxcron::StackTrace
