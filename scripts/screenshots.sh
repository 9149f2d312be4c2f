#!/usr/bin/env bash
# Saves PNG screenshots of cxcron-gui (overview, a task report, the details of a failure, the
# recent failures, the connection dialog) in English and French, at 1280×900 and on a 1024×640 screen, into
# docs/screenshots/, from the real application on the demo database under Xvfb. Builds nothing. Usage: scripts/screenshots.sh [BUILD_DIR]   (default ./build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
cli="$build/src/cli/cxcron"
gui="$build/src/gui/cxcron-gui"
out="$root/docs/screenshots"
for binary in "$cli" "$gui"; do
    [[ -x "$binary" ]] || { echo "missing $binary: build it first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run is required (apt-get install xvfb)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private data/config home: the demo database and the GUI settings never touch the user's.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export TZ="${TZ:-Europe/Paris}"

"$cli" demo-db
"$cli" run || true # the demo's failing tasks make the run exit non-zero; that is expected

mkdir -p "$out"
for lang in en fr; do
    LANG="$lang" xvfb-run -a -s "-screen 0 1400x1000x24" "$gui" --lang "$lang" --screenshot "$work/shots"
    # A small laptop screen, with the settings of a first start (the chart hidden).
    rm -rf "$XDG_CONFIG_HOME/cxcron"
    LANG="$lang" xvfb-run -a -s "-screen 0 1024x640x24" "$gui" --lang "$lang" --screenshot "$work/shots" \
        --screenshot-size 1024x640
    rm -rf "$XDG_CONFIG_HOME/cxcron"
done
cp "$work"/shots/{overview,report,details,failures}-{en,fr}.png "$out/"
cp "$work"/shots/{overview,failures,details,connection}-{en,fr}-1024x640.png "$out/"
ls -l "$out"
