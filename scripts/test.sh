#!/usr/bin/env bash
# README command (b), also what .ci/run calls: installs what is missing, builds, and runs the
# whole test suite with ctest — unit, CLI and GUI tests on SQLite and on a real throwaway
# MariaDB server that the suite starts itself on 127.0.0.1 (tests/CMakeLists.txt fixture).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 900 -j "$(nproc)"
