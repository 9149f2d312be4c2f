#!/usr/bin/env bash
# The Debian packages built from debian/ (scripts/build-deb.sh; scripts/test.sh builds them
# before the suite): lintian finds no error and no warning, the runner package has both SQL
# drivers and no graphical library, the GUI package has its SVG support, AppStream metadata and
# desktop file pass their validators, man pages are compressed and lint-clean, binaries carry
# dpkg-buildflags' hardening, units pass systemd-analyze (exposure ≤ 5). Then apt installs both
# packages on this machine, the installed runner runs against the suite's MariaDB, and apt
# removes them again.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
src=$(cd "$(dirname "$0")/../.." && pwd)
debdir="$src/build/deb"
if ! ls "$debdir"/cxcron_*.deb >/dev/null 2>&1; then
    [ "${CI:-}" = true ] && fail "no packages in $debdir (scripts/test.sh builds them before the suite)"
    skip "no packages in $debdir: run scripts/build-deb.sh first"
fi
runner=$(ls "$debdir"/cxcron_*.deb | head -1)
gui=$(ls "$debdir"/cxcron-gui_*.deb | head -1)
[ -n "$gui" ] || fail "no cxcron-gui package"
for deb in "$runner" "$gui"; do
    newer=$(find "$src/src" "$src/debian" "$src/resources" "$src/docs" -newer "$deb" -type f | head -3)
    [ -z "$newer" ] || fail "$(basename "$deb") is older than $newer: run scripts/build-deb.sh"
done

# --- lintian ----------------------------------------------------------------------------------
command -v lintian >/dev/null || fail "lintian is missing (scripts/install-deps.sh)"
lintian --fail-on error,warning "$runner" "$gui" >"$TMP/lintian.log" 2>&1 ||
    { cat "$TMP/lintian.log" >&2; fail "lintian reports errors or warnings"; }
if grep -E '^[EW]: ' "$TMP/lintian.log"; then fail "lintian reports errors or warnings"; fi
# Every override says why (a comment right above it).
for o in "$src"/debian/*.lintian-overrides; do
    [ -e "$o" ] || continue
    awk '!/^#/ && NF && prev !~ /^#/ { print FILENAME ": override without a reason: " $0; bad = 1 } { prev = $0 } END { exit bad }' "$o" ||
        fail "lintian override without a written reason"
done

# --- contents and dependencies ----------------------------------------------------------------
dpkg-deb -c "$runner" >"$TMP/runner.list"
dpkg-deb -c "$gui" >"$TMP/gui.list"
for f in ./usr/bin/cxcron ./usr/share/man/man1/cxcron.1.gz ./lib/systemd/system/cxcron.timer \
    ./lib/systemd/system/cxcron-tick.service ./lib/systemd/system/cxcron-run@.service \
    ./usr/share/bash-completion/completions/cxcron ./etc/default/cxcron ./usr/share/doc/cxcron/copyright; do
    grep -q " $f\$" "$TMP/runner.list" || fail "the cxcron package lacks $f"
done
grep -q '^-rw------- .* ./etc/default/cxcron$' "$TMP/runner.list" || fail "/etc/default/cxcron is not 0600"
for f in ./usr/bin/cxcron-gui ./usr/share/man/man1/cxcron-gui.1.gz ./usr/share/applications/com.clientxcms.cxcron.desktop \
    ./usr/share/metainfo/com.clientxcms.cxcron.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/com.clientxcms.cxcron.svg; do
    grep -q " $f\$" "$TMP/gui.list" || fail "the cxcron-gui package lacks $f"
done
if grep -q "cxcron-gui\|applications\|metainfo" "$TMP/runner.list"; then fail "the runner package holds GUI files"; fi
# Whatever the CMake install rules put under libexec (helper programs) is in the runner package.
stage="$TMP/stage"
DESTDIR="$stage" cmake --install "$(cd "$(dirname "$CXCRON_BINARY")/../.." && pwd)" --prefix /usr >/dev/null 2>&1 ||
    fail "cmake --install failed"
for f in $(cd "$stage" && find usr/libexec -type f 2>/dev/null); do
    grep -q " ./$f\$" "$TMP/runner.list" || fail "cmake installs /$f but the runner package lacks it"
done
dpkg-deb -I "$runner" conffiles | grep -qx /etc/default/cxcron || fail "/etc/default/cxcron is not a conffile"
rdeps=$(dpkg-deb -f "$runner" Depends)
for d in libqt6sql6-mysql libqt6sql6-sqlite libqt6core6 libqt6sql6 libmariadb3 libcurl4; do
    grep -q "\b$d\b" <<<"$rdeps" || fail "cxcron's Depends lacks $d: $rdeps"
done
case $rdeps in *"|"*) fail "cxcron's Depends has alternatives (apt would pick one SQL driver): $rdeps" ;; esac
for d in libqt6widgets6 libqt6gui6 libqt6charts6 libqt6keychain1 qt6-qpa-plugins; do
    if grep -q "\b$d\b" <<<"$rdeps"; then fail "the runner depends on the GUI library $d"; fi
done
gdeps=$(dpkg-deb -f "$gui" Depends)
for d in libqt6svg6 libqt6widgets6 qt6-qpa-plugins "cxcron (="; do
    grep -qF "$d" <<<"$gdeps" || fail "cxcron-gui's Depends lacks $d: $gdeps"
done

# --- validators on the packaged files ---------------------------------------------------------
x="$TMP/x"
dpkg-deb -x "$runner" "$x"
dpkg-deb -x "$gui" "$x"
appstreamcli validate --no-net "$x/usr/share/metainfo/com.clientxcms.cxcron.metainfo.xml" >"$TMP/as.log" 2>&1 ||
    { cat "$TMP/as.log" >&2; fail "appstreamcli validate failed"; }
desktop-file-validate "$x/usr/share/applications/com.clientxcms.cxcron.desktop" ||
    fail "desktop-file-validate failed"
for page in cxcron cxcron-gui; do
    zcat "$x/usr/share/man/man1/$page.1.gz" >"$TMP/$page.1"
    lint=$(mandoc -Tlint "$TMP/$page.1" 2>&1) || true
    [ -z "$lint" ] || fail "mandoc -Tlint $page.1: $lint"
done
# dpkg-buildflags' hardening: PIE, full RELRO (BIND_NOW), stack protector, fortified functions.
# (readelf's output is read whole first: grep -q closing the pipe early would fail the pipeline.)
for bin in "$x/usr/bin/cxcron" "$x/usr/bin/cxcron-gui"; do
    header=$(readelf -h "$bin") segments=$(readelf -l "$bin") dynamic=$(readelf -d "$bin")
    symbols=$(readelf --dyn-syms -W "$bin")
    grep -q 'Type:.*DYN' <<<"$header" || fail "$(basename "$bin") is not PIE"
    grep -q GNU_RELRO <<<"$segments" || fail "$(basename "$bin") has no RELRO"
    grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "$(basename "$bin") is not linked with -z now"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "$(basename "$bin") has no stack protector"
done
# _FORTIFY_SOURCE: cxcron itself leaves string work to Qt (lintian: hardening-no-fortify-functions,
# info), the window calls fprintf, which must be the checked variant.
grep -q '__fprintf_chk@' <<<"$(readelf --dyn-syms -W "$x/usr/bin/cxcron-gui")" || fail "cxcron-gui is built without _FORTIFY_SOURCE"
units="$x/lib/systemd/system"
cp "$units/cxcron-run@.service" "$units/cxcron-run@20261203T1419Z.service"
(cd "$units" && systemd-analyze verify --man=no ./cxcron.timer ./cxcron-tick.service ./cxcron-run@20261203T1419Z.service) \
    >"$TMP/verify.log" 2>&1 || true
grep -v "is not executable: No such file" "$TMP/verify.log" | grep -q . && fail "systemd-analyze verify: $(cat "$TMP/verify.log")"
for u in cxcron-tick.service cxcron-run@20261203T1419Z.service; do
    score=$(cd "$units" && systemd-analyze security --offline=yes "./$u" 2>/dev/null |
        sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    awk -v s="${score:-99}" 'BEGIN { exit !(s <= 5) }' || fail "$u scores ${score:-nothing} (> 5)"
    scores+="$u $score; "
done
grep -q '^SuccessExitStatus=1' "$units/cxcron-run@.service" || fail "the runner unit lacks SuccessExitStatus=1"
if grep -q '^MemoryDenyWriteExecute' "$units/cxcron-run@.service"; then fail "MemoryDenyWriteExecute breaks PHP's JIT"; fi

# --- apt install, run against MariaDB, apt remove ---------------------------------------------
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    skip "checks passed ($scores); installing with apt needs root: not run"
fi
have_mariadb || skip "checks passed; no MariaDB for the installed runner"
dpkg-query -W -f='${Status}' cxcron 2>/dev/null | grep -q "install ok installed" &&
    skip "a cxcron package is already installed here: not replacing it"
apt_opts=(-y -q -o DPkg::Lock::Timeout=300 --no-install-recommends)
on_exit "DEBIAN_FRONTEND=noninteractive apt-get ${apt_opts[*]} purge cxcron-gui cxcron >/dev/null 2>&1"
DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" install "$runner" "$gui" >"$TMP/apt.log" 2>&1 ||
    { cat "$TMP/apt.log" >&2; fail "apt-get install of the two packages failed"; }
/usr/bin/cxcron --version | grep -q '^cxcron ' || fail "the installed cxcron does not run"
fresh_maria_db cxcron_pkg_test
/usr/bin/cxcron --database "$DB_URL" migrate >/dev/null || fail "installed cxcron: migrate failed"
/usr/bin/cxcron --database "$DB_URL" task add pkg-check --schedule 1h -- /bin/echo installed-runner >/dev/null || fail "task add failed"
/usr/bin/cxcron --database "$DB_URL" run pkg-check >"$TMP/run.out" 2>&1 || fail "installed cxcron: run failed: $(cat "$TMP/run.out")"
/usr/bin/cxcron --database "$DB_URL" history pkg-check --json | grep -q '"success"' || fail "no successful run recorded"
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/cxcron-gui --version | grep -q cxcron || fail "the installed cxcron-gui does not start"
[ -r /usr/share/bash-completion/completions/cxcron ] || fail "the completion is not installed"
DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" purge cxcron-gui cxcron >"$TMP/apt-rm.log" 2>&1 ||
    { cat "$TMP/apt-rm.log" >&2; fail "apt-get purge failed"; }
[ ! -e /usr/bin/cxcron ] && [ ! -e /etc/default/cxcron ] || fail "files left after apt-get purge"
pass "lintian clean, validators, hardening, units ($scores), apt install + run on MariaDB + purge"
