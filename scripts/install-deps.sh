#!/usr/bin/env bash
# Installs what cxcron needs to build, run and test on Debian 12 — only what is missing.
# Runs apt-get through sudo when not root. Safe to run again: does nothing when all is there.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-mysql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
    qt6-svg-dev libqt6svg6 qt6-qpa-plugins qtkeychain-qt6-dev
    mariadb-server mariadb-client
    xvfb xauth clang libclang-rt-14-dev sqlite3 python3 time
    php-cli openssl openssh-client openssh-server python3-aiosmtpd libcurl4-openssl-dev libsqlite3-dev libmariadb-dev ccache
    ca-certificates procps rsync
    # Laravel's cron parser: tst_cronlaravel checks cxcron's schedules against it
    php-dragonmantank-cron-expression
    galera-4 iproute2 # test_galera: a 3-node Galera cluster, rsync state transfers (ss)
    debhelper lintian appstream desktop-file-utils mandoc busybox-static bash-completion systemd
    # a real Laravel console (8.83, no composer) for the CLIENTXCMS v2 test site: tests/fixtures/laravel-app
    php-laravel-framework php-mysql
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
# The Debian package starts a system MariaDB we do not use (tests start their own).
