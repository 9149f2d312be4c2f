// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cxcron {

/// An uncaught exception as a Laravel/Symfony console prints it before exiting with code 1.
struct ConsoleException
{
    QString className; ///< empty when the renderer did not print it (Symfony without -v)
    QString message;
    QString location; ///< "File.php:42" or "app/Console/Foo.php:42"
    bool isValid() const { return !message.isEmpty(); }
};

/// Finds the exception block in a command's output (ANSI already stripped), in the three forms
/// a CLIENTXCMS install can print: Symfony's renderer ("In File.php line 42:" then the message in
/// a padded block, "[Class]" with -v), nunomaduro/collision (the class on its own line, the
/// message, "at path:line"), and Laravel's one-line "ERROR  message" badge (unknown command).
/// The last block wins: earlier ones are the previous exceptions of the chain.
ConsoleException parseConsoleException(const QStringList &lines);

} // namespace cxcron
