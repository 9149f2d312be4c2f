#!/usr/bin/env bash
# Builds the Debian packages cxcron and cxcron-gui from debian/ (debhelper, dpkg-buildflags'
# hardening, dpkg-shlibdeps' library dependencies) into build/deb/:
#   build/deb/cxcron_<version>_<arch>.deb, build/deb/cxcron-gui_<version>_<arch>.deb
# The sources are copied to build/deb/src first (dpkg-buildpackage writes into its source tree
# and its parent folder); that copy keeps its CMake build folder, so a second run only
# recompiles what changed. ccache is used when installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/deb
src=$out/src
mkdir -p "$src"
# Only the files whose content changed are written (and so get a new time): ninja then rebuilds
# what changed since the last run, and only that. Keeping the sources' own times instead would
# hide an edit made before the previous build finished.
rsync -r --links --perms --checksum --delete --exclude=/build --exclude='/build-*' --exclude=/.git \
    --exclude=/.cache --exclude=/obj-\* --exclude=/debian/.debhelper --exclude=/debian/tmp \
    --exclude=/debian/cxcron --exclude=/debian/cxcron-gui --exclude=/debian/cxcron-dbgsym \
    --exclude=/debian/cxcron-gui-dbgsym ./ "$src/"
# Stamps of the previous run would make dh skip the build: keep only the compiled objects.
rm -rf "$src"/debian/.debhelper "$src"/debian/debhelper-build-stamp "$src"/debian/tmp \
    "$src"/debian/cxcron "$src"/debian/cxcron-gui "$src"/debian/*.substvars "$src"/debian/files
rm -f "$out"/*.deb "$out"/*.ddeb "$out"/*.buildinfo "$out"/*.changes
[ -d /usr/lib/ccache ] && export PATH="/usr/lib/ccache:$PATH"
(cd "$src" && dpkg-buildpackage --build=binary --no-sign --no-pre-clean -j"$(nproc)")
ls -1 "$out"/*.deb
