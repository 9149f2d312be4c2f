#!/usr/bin/env bash
# Builds the portable runner, build/deb/cxcron-<version>-linux-x86_64.tar.gz, from the Debian
# build (scripts/build-deb.sh): the cxcron package's binaries plus every library they load, so
# that it runs on hosts whose own libraries are older or absent (EL8/EL9, CloudLinux, Ubuntu
# 20.04, a shared-hosting home directory): only the Linux kernel is needed.
#
# Layout (unpack anywhere; run bin/cxcron):
#   bin/cxcron                 wrapper: runs cxcron.bin through the archive's own dynamic loader
#   bin/cxcron.bin             the runner from the .deb
#   bin/qt.conf, lib/qt.conf   Qt finds its plugins under lib/qt6/plugins
#   lib/                       ld-linux-x86-64.so.2, libc, libstdc++, Qt Core/Sql, ICU,
#                              libmariadb, libsqlite3, libcurl and what they need
#   lib/qt6/plugins/sqldrivers both Qt SQL drivers (QMYSQL, QSQLITE)
#   libexec/cxcron/            helper programs, found by the runner as ../libexec/cxcron/
#   share/                     man page, bash completion, documentation, licence
#
# Why a loader and not LD_LIBRARY_PATH: the wrapper runs "lib/ld-linux-x86-64.so.2
# --library-path lib bin/cxcron.bin"; the library path is an argument of that one loader run,
# not an environment variable, so the commands cxcron supervises (the site's PHP) start with
# the host's own loader and libraries and never see the archive's. A loader of the archive's
# own glibc is also what lets a binary built against glibc 2.36 run on a host with glibc 2.28.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/deb
deb=$(ls "$out"/cxcron_*_amd64.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { echo "build-portable: no $out/cxcron_*_amd64.deb: run scripts/build-deb.sh first" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
name="cxcron-$version-linux-x86_64"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/deb"
root="$work/$name"
mkdir -p "$root/bin" "$root/lib/qt6/plugins/sqldrivers" "$root/libexec/cxcron" "$root/share/doc/cxcron" \
    "$root/share/man/man1" "$root/share/bash-completion/completions"

cp "$work/deb/usr/bin/cxcron" "$root/bin/cxcron.bin"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
plugins=/usr/lib/$multiarch/qt6/plugins
cp "$plugins/sqldrivers/libqsqlite.so" "$plugins/sqldrivers/libqsqlmysql.so" "$root/lib/qt6/plugins/sqldrivers/"
if [ -d "$work/deb/usr/libexec/cxcron" ]; then
    cp -a "$work/deb/usr/libexec/cxcron/." "$root/libexec/cxcron/"
fi

# Every ELF file of the archive, and the shared libraries they need, recursively (ldd resolves
# the whole closure), the dynamic loader included.
elves() { find "$root" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
    'for f; do head -c4 "$f" | grep -q "ELF" && echo "$f"; done' sh {} +; }
copy_closure() {
    local file lib
    for file in $(elves); do
        ldd "$file" 2>/dev/null | grep -q 'statically linked\|not a dynamic' && continue
        ldd "$file" | awk '/=> \// { print $3 } /^\t\/[^ ]*ld-linux/ { print $1 }' |
            while read -r lib; do
                [ -e "$root/lib/$(basename "$lib")" ] || cp -L "$lib" "$root/lib/"
            done
    done
}
copy_closure
copy_closure # the second pass adds nothing when ldd gave the whole closure; it costs nothing
[ -e "$root/lib/ld-linux-x86-64.so.2" ] || { echo "build-portable: no dynamic loader found" >&2; exit 1; }
if ldd "$root/bin/cxcron.bin" | grep -q 'not found'; then
    ldd "$root/bin/cxcron.bin" >&2
    exit 1
fi

# Helper programs the runner starts run through the same loader when they are dynamically
# linked: a two-line wrapper under their own name, the binary beside it.
for helper in "$root"/libexec/cxcron/*; do
    [ -f "$helper" ] && head -c4 "$helper" | grep -q ELF || continue
    file -L "$helper" | grep -q 'statically linked\|static-pie' && continue
    mv "$helper" "$helper.bin"
    cat >"$helper" <<'WRAP'
#!/bin/sh
here=$(cd "$(dirname "$0")" && pwd -P)
exec "$here/../../lib/ld-linux-x86-64.so.2" --library-path "$here/../../lib" --argv0 "$0" "$here/$(basename "$0").bin" "$@"
WRAP
    chmod 755 "$helper"
done

cat >"$root/bin/cxcron" <<'WRAP'
#!/bin/sh
# cxcron, portable archive: runs bin/cxcron.bin with the archive's own dynamic loader and
# libraries (an argument of the loader, not LD_LIBRARY_PATH: the programs cxcron starts use the
# host's libraries). Symlink or call it from anywhere.
self=$(readlink -f "$0") || self=$0
here=$(cd "$(dirname "$self")" && pwd -P)
lib="$here/../lib"
exec "$lib/ld-linux-x86-64.so.2" --library-path "$lib" --argv0 "$here/cxcron" "$here/cxcron.bin" "$@"
WRAP
chmod 755 "$root/bin/cxcron"
# Under the loader, /proc/self/exe (Qt's application path) is lib/ld-linux…; without /proc
# (a bare chroot) it is argv[0], bin/cxcron: a qt.conf in each of the two folders.
for dir in bin lib; do
    printf '[Paths]\nPrefix=..\nPlugins=lib/qt6/plugins\n' >"$root/$dir/qt.conf"
done

cp LICENSE "$root/share/doc/cxcron/"
cp README.md docs/INSTALL-CRON.md docs/INSTALL-CRON.fr.md "$root/share/doc/cxcron/"
cp "$work/deb/usr/share/man/man1/cxcron.1.gz" "$root/share/man/man1/"
cp resources/completion/cxcron "$root/share/bash-completion/completions/"
# Licences of the libraries carried (their Debian copyright files).
for lib in "$root"/lib/*.so* "$root"/lib/qt6/plugins/sqldrivers/*.so; do
    pkg=$(dpkg -S "$(readlink -f "/usr/lib/$multiarch/$(basename "$lib")" 2>/dev/null || echo "/lib/$multiarch/$(basename "$lib")")" 2>/dev/null | head -1 | cut -d: -f1) || true
    [ -n "$pkg" ] && [ -f "/usr/share/doc/$pkg/copyright" ] || continue
    mkdir -p "$root/share/doc/cxcron/libraries"
    cp "/usr/share/doc/$pkg/copyright" "$root/share/doc/cxcron/libraries/$pkg.copyright"
done

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$(stat -c %Y "$deb")" \
    -C "$work" -czf "$out/$name.tar.gz" "$name"
echo "$out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
