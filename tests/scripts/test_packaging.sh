#!/usr/bin/env bash
# Packaging: `cmake --install` of the existing build tree puts the binary, the man page,
# the systemd service/timer pair and /etc/default/cxcron in the standard places, and CPack builds
# a .deb that contains them with computed library dependencies. Configures nothing new.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

build=$(cd "$(dirname "$CXCRON_BINARY")/../.." && pwd)
[ -f "$build/CMakeCache.txt" ] || fail "no build tree above $CXCRON_BINARY"
[ -f "$build/CPackConfig.cmake" ] || fail "$build/CPackConfig.cmake missing (cmake/Packaging.cmake not included?)"

stage="$TMP/stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$TMP/install.log" 2>&1 || { cat "$TMP/install.log" >&2; fail "cmake --install failed"; }
for f in usr/bin/cxcron usr/share/man/man1/cxcron.1 usr/lib/systemd/system/cxcron.service \
    usr/lib/systemd/system/cxcron.timer etc/default/cxcron; do
    [ -e "$stage/$f" ] || fail "cmake --install did not install /$f"
done
[ -x "$stage/usr/bin/cxcron" ] || fail "/usr/bin/cxcron is not executable"
[ -e "$stage/usr/share/doc/cxcron/MULTI-HOST.md" ] || fail "the documentation is not installed in /usr/share/doc/cxcron"
"$stage/usr/bin/cxcron" --version | grep -q '^cxcron ' || fail "the installed cxcron does not run"
[ "$(stat -c %a "$stage/etc/default/cxcron")" = 600 ] || fail "/etc/default/cxcron must be mode 0600"
grep -q '^ExecStart=/usr/bin/cxcron run' "$stage/usr/lib/systemd/system/cxcron.service" || fail "service ExecStart"
grep -q '^EnvironmentFile=-/etc/default/cxcron' "$stage/usr/lib/systemd/system/cxcron.service" || fail "service EnvironmentFile"
grep -q '^OnCalendar=' "$stage/usr/lib/systemd/system/cxcron.timer" || fail "timer OnCalendar"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify "$stage/usr/lib/systemd/system/cxcron.timer" "$stage/usr/lib/systemd/system/cxcron.service" \
        >"$TMP/verify.log" 2>&1 || true
    # Not installed here, so "not executable" and "man" lookups fail; syntax errors must not.
    if grep -Eiq "unknown (key|section)|invalid|failed to parse|bad unit" "$TMP/verify.log"; then
        cat "$TMP/verify.log" >&2
        fail "systemd-analyze verify found errors in the units"
    fi
fi
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$stage/usr/share/man/man1/cxcron.1" 2>&1 | grep -q "EXIT STATUS" || fail "the man page does not render"
fi
if grep -q "^CXCRON_BUILD_GUI:BOOL=ON" "$build/CMakeCache.txt" && [ -e "$build/src/gui/cxcron-gui" ]; then
    [ -e "$stage/usr/bin/cxcron-gui" ] || fail "cxcron-gui was built but not installed"
fi

command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing (apt-get install dpkg-dev)"
(cd "$TMP" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$TMP/pkg" >"$TMP/cpack.log" 2>&1) ||
    { cat "$TMP/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$TMP"/pkg/cxcron_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack produced no cxcron_*.deb"
dpkg-deb -c "$deb" >"$TMP/contents"
for f in ./usr/bin/cxcron ./usr/share/man/man1/cxcron.1 ./usr/lib/systemd/system/cxcron.service \
    ./usr/lib/systemd/system/cxcron.timer ./etc/default/cxcron; do
    grep -q " $f\$" "$TMP/contents" || fail "the .deb does not contain $f"
done
depends=$(dpkg-deb -f "$deb" Depends)
case $depends in *libqt6core6*) ;; *) fail "Depends lacks the computed Qt libraries: $depends" ;; esac
case $depends in *"libqt6sql6-sqlite | libqt6sql6-mysql"*) ;; *) fail "Depends lacks the SQL driver: $depends" ;; esac
[ "$(dpkg-deb -f "$deb" Package)" = cxcron ] || fail "package name"
dpkg-deb -I "$deb" conffiles | grep -q '^/etc/default/cxcron$' || fail "/etc/default/cxcron is not a conffile"
pass "install tree and $(basename "$deb") (Depends: $depends)"
