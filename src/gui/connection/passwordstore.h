// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cxcron::gui {

/// Profile passwords in the OS keychain (qtkeychain: Secret Service, KWallet, macOS Keychain,
/// Windows Credential Store). Without a keychain, passwords are kept for this session only and
/// asked again next time: never written to QSettings.
namespace PasswordStore {

bool isAvailable();
/// Returns false when the keychain refused, with its reason in @p error (the password is then
/// remembered for this session only).
bool store(const QString &profile, const QString &password, QString *error = nullptr);
/// Remembers @p password for this session only (the keychain is not touched).
void keepForSession(const QString &profile, const QString &password);
QString load(const QString &profile);
void remove(const QString &profile);

} // namespace PasswordStore
} // namespace cxcron::gui
