#!/usr/bin/env bash
# README command (b), also what .ci/run calls: installs what is missing, builds, and runs the
# whole test suite with ctest — unit, CLI and GUI tests on SQLite and on a real throwaway
# MariaDB server that the suite starts itself on 127.0.0.1 (tests/CMakeLists.txt fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The suite starts its own MariaDB: give it a port nothing else listens on (a leftover server
# or another build's suite on this machine must not make the run fail).
port=33061
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
scripts/build.sh -DCXCRON_TEST_MARIADB_PORT="$port"
# The Debian packages and the portable archive, which tests/scripts/test_packaging.sh and
# test_portable.sh check (lintian, appstreamcli, apt install, a bare chroot).
scripts/build-deb.sh
scripts/build-portable.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)"
