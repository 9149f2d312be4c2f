// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CLIENTXCMS .env parser and the connection settings read from it, and
// the same input as a --database URL.
// Built and run by tests/scripts/test_fuzz.sh (clang -fsanitize=fuzzer,address,undefined).
#include "connectionprofile.h"
#include "envfile.h"
#include "errors.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const cxcron::EnvFile env = cxcron::EnvFile::parse(content);
    // Invariants: every key is non-empty; every warning names its line.
    for (auto it = env.values.cbegin(); it != env.values.cend(); ++it)
        if (it.key().isEmpty())
            std::abort();
    for (const QString &warning : env.warnings)
        if (warning.isEmpty())
            std::abort();
    try {
        cxcron::ConnectionProfile profile = cxcron::ConnectionProfile::fromEnv(env);
        // A profile built from any file must never leak its password into the redacted URL
        // (checked with a marker: the file's own password may also be part of its user or host).
        const QString marker = QStringLiteral("Zq9-password-marker-Zq9");
        profile.password = marker;
        if (profile.redactedUrl().contains(marker))
            std::abort();
    } catch (const cxcron::Error &) {
        // A clear configuration error is the expected outcome for most inputs.
    }
    // The same bytes as a --database URL: a usage error or a profile, and the URL without its
    // password parses to the same place without a password.
    const QString url = QString::fromUtf8(content);
    try {
        const cxcron::ConnectionProfile profile = cxcron::ConnectionProfile::fromUrl(url);
        const QString without = cxcron::ConnectionProfile::urlWithoutPassword(url);
        if (!profile.isSqlite() && !profile.password.isEmpty()) {
            const cxcron::ConnectionProfile again = cxcron::ConnectionProfile::fromUrl(without);
            if (!again.password.isEmpty() || again.host != profile.host || again.port != profile.port)
                std::abort();
        }
    } catch (const cxcron::Error &) {
    }
    return 0;
}
