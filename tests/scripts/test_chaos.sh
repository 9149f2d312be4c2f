#!/usr/bin/env bash
# Exactly once under chaos, in real time with real runner processes: three "hosts" start two
# runners every 3 s (as crontab on three machines would, only more often) against one database
# while the test kills runners with SIGKILL and SIGTERM, restarts MariaDB, freezes one host's
# link (a TCP proxy that stops forwarding) and locks cron_logs (LOCK TABLES; on SQLite an
# exclusive transaction). Each task's command holds a flock witness for its whole life, and so
# does a descendant that leaves its process group, so any second copy running beside it shows.
#
# Checked at the end: 0 overlaps (witness), 0 duplicates (a run started twice), 0 missed slots,
# 0 rows left running, every runner not killed by the test ended cleanly (0, or 4/7 while the
# database was down or locked, never a crash), a runner stopped with SIGTERM recorded its runs,
# a timeout fired on time while the database was locked, and each row's state matches what its
# command really did (success = it ran to its end; interrupted or stopped = it did not).
#
# CXCRON_CHAOS_SECONDS (default 200 on MariaDB, 100 on SQLite) bounds the launch phase.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)
command -v flock >/dev/null || fail "flock is missing (util-linux)"
command -v python3 >/dev/null || fail "python3 is missing"

# The lease must expire within the test: 45 s (renewed every 11 s; the run's processes are
# stopped 15 s before it could expire). A 12 s restart is survived, a 40 s frozen link is not.
export CXCRON_LEASE_TTL_S=45 CXCRON_DB_LOCK_WAIT_S=5
unset CXCRON_NOW CXCRON_DIAG_ENABLE || true

summary=()

# add_tasks URL DIR — six command tasks every minute, from 2 s to 70 s long (the longest
# overlaps its next slot, which must then be skipped), one that always times out (8 s).
add_tasks() {
    local url=$1 dir=$2 n seconds timeout
    for n in 1 2 3 4 5 6; do
        case $n in 1) seconds=2 ;; 2) seconds=5 ;; 3) seconds=20 ;; 4) seconds=45 ;; 5) seconds=70 ;; 6) seconds=30 ;; esac
        timeout=$([ "$n" = 6 ] && echo 8 || echo 300)
        cx --database "$url" task add "chaos:$n" --schedule 1m --timeout "$timeout" -- \
            /bin/sh "$HERE/chaos_command.sh" "$dir" "chaos:$n" "$seconds" >/dev/null
    done
}

# chaos BACKEND URL PROXY_URL SECONDS — the launch loop with its events; then the checks.
chaos() {
    local backend=$1 url=$2 proxy_url=$3 seconds=$4 dir="$TMP/chaos-$1"
    mkdir -p "$dir/runners"
    : >"$dir/journal"
    : >"$dir/overlaps"
    diag_only "$url"
    sql "$url" "UPDATE cxcron_task_settings SET enabled = 0 WHERE name LIKE 'diag:%'" || true
    for name in $(cx --database "$url" list --json | grep -oE '"name": *"diag:[^"]*"' | sed -E 's/.*"([^"]*)"$/\1/'); do
        sql "$url" "INSERT INTO cxcron_task_settings (name, enabled) VALUES ('$name', 0)" 2>/dev/null || true
    done
    add_tasks "$url" "$dir"
    local start now t=0 i=0 host hurl kills9=0 killsTerm=0 restarts=0 freezes=0 locks=0
    local -A done_event=()
    local side_jobs=()
    start=$(date +%s)
    launch() { # launch HOST URL
        local n=$((i++))
        CXCRON_HOSTNAME="chaos-$1" "$CXCRON_BINARY" --database "$2" run --parallel 8 \
            >"$dir/runners/$n.out" 2>"$dir/runners/$n.err" &
        echo "$! $1 $(date +%s)" >"$dir/runners/$n.pid"
    }
    live_runner() { # a random runner still alive that supervises a command right now
        local f pid
        for f in $(ls "$dir"/runners/*.pid 2>/dev/null | shuf); do
            read -r pid _ <"$f"
            [ -e "$dir/runners/$(basename "$f" .pid).killed" ] && continue
            if kill -0 "$pid" 2>/dev/null && pgrep -P "$pid" >/dev/null; then
                echo "$(basename "$f" .pid) $pid"
                return 0
            fi
        done
        return 1
    }
    kill_one() { # kill_one SIGNAL
        local n pid
        read -r n pid < <(live_runner) || return 0
        echo "$1 $(date +%s)" >"$dir/runners/$n.killed"
        kill "-$1" "$pid" 2>/dev/null || true
        note "t=${t}s: SIG$1 to runner $n (pid $pid)"
    }
    event() { # event NAME AT — true once, when t has reached AT
        [ "$t" -ge "$2" ] && [ -z "${done_event[$1]:-}" ] && done_event[$1]=1
    }
    while :; do
        now=$(date +%s)
        t=$((now - start))
        [ "$t" -lt "$seconds" ] || break
        for host in a b c; do
            hurl=$url
            [ "$host" = c ] && [ -n "$proxy_url" ] && hurl=$proxy_url
            launch "$host" "$hurl"
        done
        for at in 20 35 50 65 85 100 130 160 185; do
            if [ "$at" -lt "$seconds" ] && event "kill9-$at" "$at"; then kill_one KILL; kills9=$((kills9 + 1)); fi
        done
        for at in 28 58 120; do
            if [ "$at" -lt "$seconds" ] && event "term-$at" "$at"; then kill_one TERM; killsTerm=$((killsTerm + 1)); fi
        done
        if [ "$backend" = mariadb ]; then
            if event restart 70; then
                note "t=${t}s: MariaDB killed (-9), restarted 12 s later"
                private_mariadb_kill
                (sleep 12 && private_mariadb_start >/dev/null 2>&1) &
                side_jobs+=($!)
                restarts=1
            fi
            if event freeze 110; then
                note "t=${t}s: host c's link frozen for 40 s"
                kill -USR1 "$PROXY_PID"
                (sleep 40 && kill -USR2 "$PROXY_PID") &
                side_jobs+=($!)
                freezes=1
            fi
            if event lock 165; then
                note "t=${t}s: LOCK TABLES cron_logs WRITE for 25 s"
                sql "$url" "LOCK TABLES cron_logs WRITE; SELECT SLEEP(25); UNLOCK TABLES" >/dev/null 2>&1 &
                side_jobs+=($!)
                locks=1
            fi
        elif event lock 40; then
            note "t=${t}s: an exclusive SQLite transaction held for 20 s"
            python3 -c 'import sqlite3,sys,time
c=sqlite3.connect(sys.argv[1],isolation_level=None,timeout=30); c.execute("BEGIN EXCLUSIVE"); time.sleep(20); c.execute("ROLLBACK")' \
                "${url#sqlite:}" &
            side_jobs+=($!)
            locks=1
        fi
        sleep 3
    done
    note "launch phase over after ${t}s: $i runners; waiting for them"
    local f pid n rc
    for f in "$dir"/runners/*.pid; do
        n=$(basename "$f" .pid)
        read -r pid _ <"$f"
        rc=0
        wait "$pid" || rc=$?
        echo "$rc" >"$dir/runners/$n.rc"
    done
    # The restart, unfreeze and lock jobs (not the proxy, which lives until the end).
    for pid in "${side_jobs[@]}"; do wait "$pid" || true; done
    # What the runners killed with SIGKILL left: each host's next runner recovers its own
    # runs at once; runs of a frozen-then-killed host need their lease to expire.
    sql "$url" "UPDATE cxcron_task_settings SET enabled = 0 WHERE name LIKE 'chaos:%'" >/dev/null
    for name in chaos:1 chaos:2 chaos:3 chaos:4 chaos:5 chaos:6; do
        sql "$url" "INSERT INTO cxcron_task_settings (name, enabled) VALUES ('$name', 0)" 2>/dev/null || true
    done
    local tries
    for tries in $(seq 1 12); do
        for host in a b c; do CXCRON_HOSTNAME="chaos-$host" "$CXCRON_BINARY" --database "$url" run >/dev/null 2>&1 || true; done
        [ "$(sql "$url" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" = 0 ] && break
        sleep 5
    done
    sql "$url" "SELECT id, name, scheduled_for, state, COALESCE(exception_class, ''), host, REPLACE(REPLACE(COALESCE(exception, ''), CHAR(10), ' '), CHAR(9), ' '), COALESCE(pid, 0) FROM cron_logs WHERE name LIKE 'chaos:%' ORDER BY id" >"$dir/rows.tsv"
    python3 "$HERE/chaos_check.py" "$dir" "$start" "$seconds" >"$dir/check.txt" || {
        cat "$dir/check.txt" >&2
        fail "$backend: chaos checks failed"
    }
    cat "$dir/check.txt"
    summary+=("$backend: $i runners, $kills9 SIGKILL, $killsTerm SIGTERM, $restarts restart, $freezes frozen link, $locks lock; $(tail -1 "$dir/check.txt")")
}

# ---- SQLite ------------------------------------------------------------------------------------
chaos sqlite "sqlite:$TMP/chaos.sqlite" "" "${CXCRON_CHAOS_SECONDS:-100}"

# ---- MariaDB: a private server (it is restarted) and a freezable proxy in front of it --------
if have_mariadb; then
    mariadb_parse
    port=$(free_port)
    private_mariadb_init "$port"
    private_mariadb_start
    private_mariadb_setup_user
    DB_USER=cxcron DB_PASS=cxcron
    export CXCRON_DB_PASSWORD=cxcron
    proxy_port=$((port + 1000))
    python3 "$HERE/tcp_proxy.py" "$proxy_port" "$port" &
    PROXY_PID=$!
    on_exit "kill $PROXY_PID 2>/dev/null"
    wait_for "the TCP proxy" 10 bash -c "exec 3<>/dev/tcp/127.0.0.1/$proxy_port"
    chaos mariadb "mysql://cxcron@127.0.0.1:$port/cxcron_priv" "mysql://cxcron@127.0.0.1:$proxy_port/cxcron_priv" \
        "${CXCRON_CHAOS_SECONDS:-200}"
fi
for line in "${summary[@]}"; do note "$line"; done
pass "chaos: ${summary[*]}"
