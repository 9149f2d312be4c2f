// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cxcron::StackTrace {

/// The current call stack as demangled "#N function" lines, skipping @p skip innermost frames.
QStringList capture(int skip = 1);
/// A readable name for a std::exception's dynamic type ("std::bad_alloc").
QString demangle(const char *mangled);

} // namespace cxcron::StackTrace
