#!/usr/bin/env bash
# `cxcron cancel ID` from another process stops a run wherever it runs: a `cxcron run TASK`
# process running a slow command is told through the database, stops the command's whole
# process group and records the run as cancelled/TaskCancelled naming who cancelled, within
# seconds. `cxcron show ID --follow` prints the running command's output as it comes. Unknown
# and ended executions are refused with a message and a non-zero exit code.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

for backend in $(backends); do
    fresh_db "$backend" cxcron_cancel
    pidfile="$TMP/child-$backend.pid"
    cx --database "$DB_URL" task add slow:talk --schedule 1d --timeout 600 --shell -- \
        "echo \$\$ > '$pidfile'; i=0; while true; do i=\$((i+1)); echo \"tick \$i\"; sleep 0.3; done" \
        >/dev/null || fail "$backend: task add failed"

    "$CXCRON_BINARY" --database "$DB_URL" run slow:talk >"$TMP/run-$backend.out" 2>&1 &
    runner=$!
    running_row() { [ -n "$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'slow:talk' AND state = 'running'")" ]; }
    wait_for "the slow:talk run to start ($backend)" 30 running_row
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'slow:talk' AND state = 'running'")
    wait_for "the command's pid file ($backend)" 10 test -s "$pidfile"
    child=$(cat "$pidfile")
    kill -0 "$child" || fail "$backend: the command is not running"

    # The live output, from a third process, while the command runs.
    timeout 60 "$CXCRON_BINARY" --database "$DB_URL" show "$id" --follow >"$TMP/follow-$backend.out" 2>&1 &
    follower=$!
    has_ticks() { grep -q "tick 4" "$TMP/follow-$backend.out"; }
    wait_for "show --follow to print the command's output ($backend)" 20 has_ticks

    start=$(date +%s%N)
    out=$(cx --database "$DB_URL" cancel "$id") || fail "$backend: cxcron cancel $id exited $?"
    case $out in *"#$id"*) ;; *) fail "$backend: unexpected cancel message: $out" ;; esac
    rc=0
    wait "$runner" || rc=$?
    no_crash "$rc" "$backend: the runner"
    elapsed_ms=$((($(date +%s%N) - start) / 1000000))
    [ "$elapsed_ms" -lt 10000 ] || fail "$backend: the run took ${elapsed_ms} ms to stop after the cancel"
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'cancelled\tTaskCancelled' ] || fail "$backend: run #$id is '$row', expected cancelled/TaskCancelled"
    msg=$(sql "$DB_URL" "SELECT exception FROM cron_logs WHERE id = $id")
    case $msg in *"$(id -un)@"*) ;; *) fail "$backend: the record does not say who cancelled: $msg" ;; esac
    ! kill -0 "$child" 2>/dev/null || fail "$backend: the command (pid $child) survived the cancel"
    left=$(sql "$DB_URL" "SELECT (SELECT COUNT(*) FROM cxcron_cancel_requests) + (SELECT COUNT(*) FROM cxcron_live_output)")
    [ "$left" = 0 ] || fail "$backend: $left run-control rows left after the run"

    wait "$follower" || fail "$backend: show --follow exited $? (or did not end with the run)"
    grep -q "tick 1$" "$TMP/follow-$backend.out" || fail "$backend: show --follow missed the first lines"
    grep -q "TaskCancelled" "$TMP/follow-$backend.out" || fail "$backend: show --follow did not print the final record"
    # The followed lines (before the final record, which shows the whole output again).
    dupes=$(sed '/^Execution #/q' "$TMP/follow-$backend.out" | grep -E "^ *tick [0-9]+$" | sort | uniq -d | wc -l)
    [ "$dupes" = 0 ] || fail "$backend: show --follow printed $dupes line(s) twice"
    note "$backend: run #$id cancelled from another process in ${elapsed_ms} ms: $msg"

    # Nothing to cancel: an ended run, an unknown id, no id.
    rc=0
    err=$(cx --database "$DB_URL" cancel "$id" 2>&1) || rc=$?
    [ "$rc" = 6 ] || fail "$backend: cancel of an ended run exited $rc, expected 6"
    case $err in *"not running"*) ;; *) fail "$backend: unexpected message for an ended run: $err" ;; esac
    rc=0
    err=$(cx --database "$DB_URL" cancel 987654 2>&1) || rc=$?
    [ "$rc" = 6 ] || fail "$backend: cancel of an unknown id exited $rc, expected 6"
    case $err in *"987654"*) ;; *) fail "$backend: unexpected message for an unknown id: $err" ;; esac
    rc=0
    cx --database "$DB_URL" cancel >/dev/null 2>&1 || rc=$?
    [ "$rc" = 2 ] || fail "$backend: cancel without an id exited $rc, expected 2"
done
pass "cancel from another process, show --follow"
