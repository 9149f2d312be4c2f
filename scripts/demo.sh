#!/usr/bin/env bash
# README command (a): installs what is missing, builds, creates the embedded SQLite demo
# database, runs the due tasks once, and starts cxcron-gui on it (or, without a display,
# shows the same data with the console runner).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cli=build/src/cli/cxcron
gui=build/src/gui/cxcron-gui
"$cli" demo-db
"$cli" run || true   # some demo deliveries fail on purpose; their exceptions are in the history
"$cli" list
if [ -x "$gui" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$gui"
fi
"$cli" history --limit 20
echo
echo "No display found: the console runner shows the demo above. On a desktop, start: $gui"
