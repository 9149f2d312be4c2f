#!/usr/bin/env bash
# cxcron-gui's command line: --help and --version answer without a display (exit 0), and a
# malformed --database URL is reported instead of quietly opening the demo database.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

gui="$(dirname "$CXCRON_BINARY")/../gui/cxcron-gui"
[ -x "$gui" ] || skip "cxcron-gui is not built (CXCRON_BUILD_GUI=OFF)"

for option in --help --version; do
    rc=0
    out=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$gui" "$option" 2>&1) || rc=$?
    [ "$rc" -eq 0 ] || fail "cxcron-gui $option without a display exited $rc: $out"
done
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$gui" --help | grep -q -- "--database" ||
    fail "cxcron-gui --help does not describe --database"
pass "--help and --version without a display"

# A private home: the demo database would appear under it if the GUI fell back to it.
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/data" XDG_CONFIG_HOME="$TMP/home/config"
mkdir -p "$HOME"
rc=0
QT_QPA_PLATFORM=offscreen timeout 8 "$gui" --database 'mysql://nohost' >"$TMP/out" 2>&1 || rc=$?
# Exit 2 once the message box is closed; offscreen, nobody closes it and timeout ends it (124).
[ "$rc" -eq 2 ] || [ "$rc" -eq 124 ] || fail "cxcron-gui with a malformed URL exited $rc"
grep -q "database URL" "$TMP/out" || fail "the malformed URL is not reported: $(cat "$TMP/out")"
if find "$HOME" -name 'cxcron-demo.sqlite' | grep -q .; then
    fail "a malformed --database opened the demo database instead"
fi
pass "a malformed --database is reported, the demo is not opened"
