#!/usr/bin/env bash
# The portable archive (scripts/build-portable.sh) runs with nothing from the host's /usr/lib:
# inside a chroot that holds only the unpacked archive, a static busybox and a SQLite file it
# answers --version, creates the demo database, runs, adds and runs a task that calls
# /bin/busybox echo, shows history and the execution; the task's environment carries none of the
# archive's library paths; it reaches the suite's MariaDB over TCP with its own QMYSQL driver and
# libmariadb; "cxcron crontab" names the archive's wrapper, not its dynamic loader.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
src=$(cd "$(dirname "$0")/../.." && pwd)
debdir="$src/build/deb"
[ "$(id -u)" -eq 0 ] || skip "chroot needs root"
busybox=/bin/busybox
file -L "$busybox" 2>/dev/null | grep -q 'statically linked' || busybox=$(command -v busybox.static 2>/dev/null || true)
[ -n "$busybox" ] && file -L "$busybox" | grep -q 'statically linked' ||
    fail "no static busybox (apt-get install busybox-static)"
if ! ls "$debdir"/cxcron-*-linux-x86_64.tar.gz >/dev/null 2>&1; then
    [ "${CI:-}" = true ] && fail "no archive in $debdir (scripts/test.sh builds it before the suite)"
    skip "no archive in $debdir: run scripts/build-deb.sh and scripts/build-portable.sh first"
fi
archive=$(ls -t "$debdir"/cxcron-*-linux-x86_64.tar.gz | head -1)
deb=$(ls "$debdir"/cxcron_*.deb | head -1)
[ "$archive" -nt "$deb" ] || fail "$(basename "$archive") is older than $(basename "$deb"): run scripts/build-portable.sh"
name=$(basename "$archive" .tar.gz)

root="$TMP/root"
mkdir -p "$root/bin" "$root/opt" "$root/data" "$root/tmp"
chmod 1777 "$root/tmp"
cp "$busybox" "$root/bin/busybox"
# The kernel's devices a process may expect (children read /dev/null as stdin): no library.
mkdir -p "$root/dev"
for dev in null:1:3 zero:1:5 urandom:1:9; do
    IFS=: read -r node major minor <<<"$dev"
    mknod -m 666 "$root/dev/$node" c "$major" "$minor" 2>/dev/null ||
        { touch "$root/dev/$node" && mount --bind "/dev/$node" "$root/dev/$node" && on_exit "umount $root/dev/$node"; } ||
        fail "cannot make /dev/$node in the chroot"
done
ln -s busybox "$root/bin/sh"
tar xzf "$archive" -C "$root/opt"
ln -s "$name" "$root/opt/cxcron"
# Nothing else: no /lib, /lib64, /usr, /etc.
[ ! -e "$root/lib" ] && [ ! -e "$root/lib64" ] && [ ! -e "$root/usr" ] && [ ! -e "$root/etc" ] || fail "the chroot is not bare"
[ -x "$root/opt/cxcron/lib/ld-linux-x86-64.so.2" ] || fail "the archive has no dynamic loader"
ls "$root/opt/cxcron/lib/qt6/plugins/sqldrivers/libqsqlmysql.so" "$root/opt/cxcron/lib/qt6/plugins/sqldrivers/libqsqlite.so" \
    >/dev/null || fail "the archive lacks a Qt SQL driver"
if [ -d "$src/build/deb/src/debian/cxcron/usr/libexec/cxcron" ]; then
    for helper in "$src"/build/deb/src/debian/cxcron/usr/libexec/cxcron/*; do
        [ -e "$root/opt/cxcron/libexec/cxcron/$(basename "$helper")" ] || fail "the archive lacks libexec/cxcron/$(basename "$helper")"
    done
fi

# in_root ARGS… — the archive's cxcron in the bare chroot, with a minimal environment.
chroot_bin=$(command -v chroot) || fail "no chroot command"
in_root() { env -i PATH=/bin HOME=/tmp LANG=C.UTF-8 "$chroot_bin" "$root" /opt/cxcron/bin/cxcron "$@"; }
db=(--database sqlite:/data/cxcron.sqlite)

in_root --version | grep -q '^cxcron ' || fail "--version in the bare chroot: $(in_root --version 2>&1)"
in_root --lang en demo-db --path /data/cxcron.sqlite >"$TMP/demo.out" 2>&1 || fail "demo-db: $(cat "$TMP/demo.out")"
rc=0
in_root --lang en "${db[@]}" run >"$TMP/run.out" 2>&1 || rc=$?
[ "$rc" -le 1 ] || fail "run exited $rc: $(cat "$TMP/run.out")"
in_root --lang en "${db[@]}" task add chroot-echo --schedule 1h -- /bin/busybox echo hello-from-the-chroot >"$TMP/add.out" 2>&1 ||
    fail "task add: $(cat "$TMP/add.out")"
in_root --lang en "${db[@]}" task add chroot-env --schedule 1h -- /bin/busybox env >/dev/null 2>&1 || fail "task add env"
in_root --lang en "${db[@]}" run chroot-echo >"$TMP/run1.out" 2>&1 || fail "run chroot-echo: $(cat "$TMP/run1.out")"
in_root --lang en "${db[@]}" run chroot-env >/dev/null 2>&1 || fail "run chroot-env"
in_root --lang en "${db[@]}" history chroot-echo >"$TMP/history.out" 2>&1 || fail "history: $(cat "$TMP/history.out")"
grep -qi success "$TMP/history.out" || fail "history shows no successful run: $(cat "$TMP/history.out")"
id=$(in_root "${db[@]}" history chroot-echo --json | sed -n 's/^ *"id": *\([0-9]*\).*/\1/p' | head -1)
[ -n "$id" ] || fail "no execution id in history --json"
in_root --lang en "${db[@]}" show "$id" | grep -q hello-from-the-chroot || fail "show $id lacks the command's output"
envid=$(in_root "${db[@]}" history chroot-env --json | sed -n 's/^ *"id": *\([0-9]*\).*/\1/p' | head -1)
in_root --lang en "${db[@]}" show "$envid" >"$TMP/env.out" || fail "show the env task"
grep -q "PATH=/bin" "$TMP/env.out" || fail "the env task's output is not there: $(cat "$TMP/env.out")"
if grep -Eq "LD_LIBRARY_PATH|LD_PRELOAD|QT_PLUGIN_PATH|/opt/cxcron|$name" "$TMP/env.out"; then
    fail "the task's environment shows the archive's libraries: $(cat "$TMP/env.out")"
fi
in_root "${db[@]}" crontab >"$TMP/crontab.out" 2>&1 || fail "crontab: $(cat "$TMP/crontab.out")"
grep -q "/opt/$name/bin/cxcron' run\|/opt/$name/bin/cxcron run\|/opt/cxcron/bin/cxcron run" "$TMP/crontab.out" ||
    fail "crontab does not name the archive's wrapper: $(grep '^\* ' "$TMP/crontab.out")"
if grep -q "ld-linux" "$TMP/crontab.out"; then fail "crontab names the dynamic loader"; fi

# MariaDB over TCP from the chroot: the archive's QMYSQL driver and libmariadb.
maria="not run (no MariaDB)"
if have_mariadb; then
    fresh_maria_db cxcron_portable
    env -i PATH=/bin HOME=/tmp CXCRON_DB_PASSWORD="$CXCRON_DB_PASSWORD" "$chroot_bin" "$root" /opt/cxcron/bin/cxcron \
        --lang en --database "$DB_URL" migrate >"$TMP/maria.out" 2>&1 || fail "migrate on MariaDB from the chroot: $(cat "$TMP/maria.out")"
    env -i PATH=/bin HOME=/tmp CXCRON_DB_PASSWORD="$CXCRON_DB_PASSWORD" "$chroot_bin" "$root" /opt/cxcron/bin/cxcron \
        --lang en --database "$DB_URL" list >"$TMP/maria.out" 2>&1 || fail "list on MariaDB from the chroot: $(cat "$TMP/maria.out")"
    maria="MariaDB over TCP ok"
fi

# With /proc mounted, as on a real host (Qt then sees the loader as the executable).
procnote="not run (cannot mount /proc here)"
mkdir -p "$root/proc"
if mount -t proc proc "$root/proc" 2>/dev/null; then
    on_exit "umount $root/proc"
    in_root --lang en "${db[@]}" run chroot-echo >/dev/null 2>&1 || fail "run with /proc mounted"
    in_root "${db[@]}" crontab | grep -q "ld-linux" && fail "with /proc, crontab names the dynamic loader"
    procnote="/proc mounted ok"
fi
# A Debian 11 (glibc 2.31) chroot would need Debian 11's packages, which this machine cannot
# fetch (no network): that part is not run.
note "bullseye chroot: not run (Debian 11 packages are not reachable from here)"
pass "$(basename "$archive") ($(du -h "$archive" | cut -f1)) in a bare chroot: --version, demo-db, run, task add, history, show; no library path in the task's environment; $maria; $procnote"
