#!/usr/bin/env bash
# Streamed exports of `cxcron history` against the raw engine's own command-line client on the
# same rows, in the same run: wall and CPU time, rows/s, peak memory, and the ratio.
#   bench/bench_export.sh CXCRON URL [ROWS…]
#   bench/bench_export.sh build/src/cli/cxcron sqlite:/tmp/bench.sqlite 50000 1000000
#   bench/bench_export.sh build/src/cli/cxcron mysql://cxcron:cxcron@127.0.0.1:34080/cxcron_bench 50000
# With SERVER_PID=<pid of a local mariadbd> the server's CPU time during each command is shown
# too: on a machine shared with other work, client + server CPU is the steadier comparison.
# Needs /usr/bin/time (package "time"). The database must hold the rows already (bench_gui_report --file / --reuse builds them).
set -euo pipefail
cxcron="$1"; url="$2"; shift 2
rows=("${@:-50000}")
summary="id, name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, triggered_by, host, pid, exception_class"
csvcols="id, name, start_at, end_at, duration_ms, state, trigger_kind, triggered_by, host, exception_class, exception, output"

server_ticks() { # utime + stime of $SERVER_PID in clock ticks (0 without it)
    if [ -n "${SERVER_PID:-}" ]; then
        awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$SERVER_PID/stat"
    else
        echo 0
    fi
}

measure() { # label rows command… → one markdown row; sets $cpu (client + server) for the ratio
    local label="$1" n="$2"; shift 2
    local before; before=$(server_ticks)
    local t; t=$( { /usr/bin/time -f "%e %U %S %M" "$@" >/dev/null; } 2>&1 | tail -1)
    local after; after=$(server_ticks)
    read -r wall user sys rss <<<"$t"
    local server; server=$(awk -v a="$after" -v b="$before" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (a - b) / hz }')
    cpu=$(awk -v u="$user" -v s="$sys" -v sv="$server" 'BEGIN { print u + s + sv }')
    printf '| %s | %s | %.2f | %.2f | %.2f | %d | %d |' "$label" "$n" "$wall" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$server" \
        "$(awk -v n="$n" -v w="$wall" 'BEGIN { printf "%d", (w > 0 ? n / w : 0) }')" "$((rss / 1024))"
}

echo "| command | rows | wall s | CPU s | server CPU s | rows/s (wall) | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
case "$url" in
sqlite:*)
    file="${url#sqlite:}"
    for n in "${rows[@]}"; do
        measure "cxcron history --json" "$n" "$cxcron" --database "$url" history --limit "$n" --json; echo; c1=$cpu
        measure "sqlite3 -json" "$n" sqlite3 -json "$file" "SELECT $summary FROM cron_logs ORDER BY id DESC LIMIT $n"
        echo " ← cxcron/sqlite3 CPU (client + server): $(awk -v a="$c1" -v b="$cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
        measure "cxcron history --csv" "$n" "$cxcron" --database "$url" history --limit "$n" --csv; echo; c1=$cpu
        measure "sqlite3 -csv" "$n" sqlite3 -csv -header "$file" "SELECT $csvcols FROM cron_logs ORDER BY id DESC LIMIT $n"
        echo " ← cxcron/sqlite3 CPU (client + server): $(awk -v a="$c1" -v b="$cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    done ;;
mysql://*)
    rest="${url#mysql://}"; cred="${rest%%@*}"; hostpart="${rest#*@}"
    user="${cred%%:*}"; pass="${cred#*:}"; hp="${hostpart%%/*}"; db="${hostpart#*/}"
    host="${hp%%:*}"; port="${hp#*:}"
    client=(mariadb --no-defaults -h"$host" -P"$port" -u"$user" -p"$pass" --batch --quick "$db")
    for n in "${rows[@]}"; do
        measure "cxcron history --json" "$n" "$cxcron" --database "$url" history --limit "$n" --json; echo; c1=$cpu
        measure "mariadb --batch --quick" "$n" "${client[@]}" -e "SELECT $summary FROM cron_logs ORDER BY id DESC LIMIT $n"
        echo " ← cxcron/mariadb CPU (client + server): $(awk -v a="$c1" -v b="$cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
        measure "cxcron history --csv" "$n" "$cxcron" --database "$url" history --limit "$n" --csv; echo; c1=$cpu
        measure "mariadb --batch --quick (CSV columns)" "$n" "${client[@]}" -e "SELECT $csvcols FROM cron_logs ORDER BY id DESC LIMIT $n"
        echo " ← cxcron/mariadb CPU (client + server): $(awk -v a="$c1" -v b="$cpu" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    done ;;
*) echo "unknown URL $url" >&2; exit 2 ;;
esac
