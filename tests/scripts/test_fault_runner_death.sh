#!/usr/bin/env bash
# A runner dies, is told to end, or freezes while its command runs — a command that started a
# descendant which left its process group (setsid): the command and the descendant must not
# outlive the runner's lease, and the run must be recorded as it really ended.
# - kill -9 of the runner: its commands are gone within seconds (cxcron-shim, PR_SET_PDEATHSIG),
#   and the next runner on the host records the run interrupted and runs the task again, with
#   no process of the old run left beside it;
# - kill -TERM: the runner stops its runs gracefully, records them interrupted ("asked to end")
#   and exits 143;
# - kill -STOP (a frozen runner, its lease no longer renewed): the shim stops the command by
#   itself before the lease can expire, so another host may then start the task safely;
# - kill -9 after the command ended by itself but before the runner recorded it: the next runner
#   records the command's real exit code, which the shim kept, not `interrupted`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CXCRON_HOSTNAME=death-host
unset CXCRON_NOW || true
work="$TMP/work"
mkdir -p "$work"
# The command: records its pid and its escaped descendant's, then waits.
cat >"$work/cmd.sh" <<'EOF'
#!/bin/sh
[ -e "$1/quick" ] && exit 0
echo $$ >"$1/command.pid"
setsid sh -c 'echo $$ > "$1/escaped.pid"; exec sleep 600' sh "$1" &
echo start >>"$1/journal"
sleep 600
echo end >>"$1/journal"
EOF
chmod +x "$work/cmd.sh"

gone() { ! kill -0 "$1" 2>/dev/null || grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null; }
marked() { grep -lsa "CXCRON_RUN=" /proc/[0-9]*/environ 2>/dev/null | wc -l; }

for backend in $(backends); do
    fresh_db "$backend" cxcron_runner_death
    cx --database "$DB_URL" task add death:cmd --schedule 1m --timeout 600 -- "$work/cmd.sh" "$work" >/dev/null
    # ---- SIGKILL --------------------------------------------------------------------------------
    rm -f "$work"/*.pid "$work/journal"
    "$CXCRON_BINARY" --database "$DB_URL" run death:cmd >/dev/null 2>&1 &
    runner=$!
    wait_for "the command to start ($backend)" 30 test -s "$work/escaped.pid"
    cmd=$(cat "$work/command.pid") esc=$(cat "$work/escaped.pid")
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'death:cmd' AND state = 'running'")
    kill -9 "$runner"
    wait "$runner" 2>/dev/null || true
    # The shim's kill grace is 5 s: the whole tree is gone well within 10 s.
    wait_for "the command to die with its runner ($backend)" 10 gone "$cmd"
    wait_for "the escaped descendant to die with its runner ($backend)" 10 gone "$esc"
    rc=0
    touch "$work/quick" # the next run's own command ends at once
    "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/next.out" 2>"$TMP/next.err" || rc=$?
    rm -f "$work/quick"
    [ "$rc" = 0 ] || { cat "$TMP/next.err" >&2; fail "$backend: the next run exited $rc"; }
    [ "$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE id = $id")" = interrupted ] ||
        fail "$backend: the killed runner's run #$id is not interrupted"
    note "$backend: kill -9 of the runner: command and setsid descendant gone, run #$id interrupted"
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'death:cmd' AND state = 'success'")" = 1 ] ||
        fail "$backend: the task did not run again after the recovery"
    # ---- SIGTERM --------------------------------------------------------------------------------
    rm -f "$work"/*.pid
    "$CXCRON_BINARY" --database "$DB_URL" run death:cmd >"$TMP/term.out" 2>"$TMP/term.err" &
    runner=$!
    wait_for "the command to start again ($backend)" 30 test -s "$work/escaped.pid"
    cmd=$(cat "$work/command.pid") esc=$(cat "$work/escaped.pid")
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'death:cmd' AND state = 'running'")
    kill -TERM "$runner"
    rc=0
    wait "$runner" || rc=$?
    [ "$rc" = 143 ] || { cat "$TMP/term.err" >&2; fail "$backend: SIGTERM to the runner: exit $rc, expected 143"; }
    gone "$cmd" || fail "$backend: the command outlived its runner's SIGTERM"
    gone "$esc" || fail "$backend: the escaped descendant outlived its runner's SIGTERM"
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'interrupted\tInterrupted' ] || fail "$backend: after SIGTERM run #$id is '$row'"
    sql "$DB_URL" "SELECT exception FROM cron_logs WHERE id = $id" | grep -q "asked to end" ||
        fail "$backend: the interrupted run does not say the runner was asked to end"
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cxcron_leases WHERE holder IS NOT NULL")" = 0 ] ||
        fail "$backend: the lease was not released after SIGTERM"
    note "$backend: SIGTERM: exit 143, run #$id recorded interrupted by its own runner, tree gone"
    # ---- SIGSTOP: a frozen runner -----------------------------------------------------------------
    rm -f "$work"/*.pid
    CXCRON_LEASE_TTL_S=20 "$CXCRON_BINARY" --database "$DB_URL" run death:cmd >"$TMP/stop.out" 2>"$TMP/stop.err" &
    runner=$!
    wait_for "the command to start a third time ($backend)" 30 test -s "$work/escaped.pid"
    cmd=$(cat "$work/command.pid") esc=$(cat "$work/escaped.pid")
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'death:cmd' AND state = 'running'")
    kill -STOP "$runner"
    started=$(date +%s)
    # Lease 20 s, fence 10 s before it, renewed at most 5 s ago: gone within 10 + 5 (grace) s.
    wait_for "the shim to stop the frozen runner's command ($backend)" 20 gone "$cmd"
    wait_for "the shim to stop the escaped descendant ($backend)" 10 gone "$esc"
    stopped_after=$(($(date +%s) - started))
    expires=$(sql "$DB_URL" "SELECT expires_at FROM cxcron_leases WHERE name = 'death:cmd'")
    kill -CONT "$runner"
    rc=0
    wait "$runner" || rc=$?
    no_crash "$rc" "$backend: the runner that was frozen"
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'interrupted\tInterrupted' ] || fail "$backend: the frozen runner's run #$id is '$row'"
    grep -q end "$work/journal" && fail "$backend: a command ran to its end although it was stopped"
    note "$backend: SIGSTOP: command and descendant stopped by the shim after ${stopped_after}s (lease until $expires), run #$id interrupted"
    # ---- killed after its command ended by itself, before recording the end ----------------------
    # The runner is frozen while its command ends, then killed: only the shim saw the exit code.
    cx --database "$DB_URL" task add death:ended --schedule 1m --timeout 600 -- \
        sh -c 'echo $$ >"$1/ended.pid"; echo last words; sleep 2; exit 3' sh "$work" >/dev/null
    rm -f "$work/ended.pid"
    "$CXCRON_BINARY" --database "$DB_URL" run death:ended >/dev/null 2>&1 &
    runner=$!
    wait_for "the short command to start ($backend)" 30 test -s "$work/ended.pid"
    cmd=$(cat "$work/ended.pid")
    id=$(sql "$DB_URL" "SELECT id FROM cron_logs WHERE name = 'death:ended' AND state = 'running'")
    kill -STOP "$runner"
    wait_for "the short command to end by itself ($backend)" 15 gone "$cmd"
    sleep 1 # the shim writes the exit file as it reaps the command
    kill -9 "$runner"
    kill -CONT "$runner" 2>/dev/null || true
    wait "$runner" 2>/dev/null || true
    touch "$work/quick"
    "$CXCRON_BINARY" --database "$DB_URL" run death:ended >/dev/null 2>"$TMP/ended.err" || true
    rm -f "$work/quick"
    row=$(sql "$DB_URL" "SELECT state, exception_class FROM cron_logs WHERE id = $id")
    [ "$row" = $'failed\tCommandFailed' ] ||
        { cat "$TMP/ended.err" >&2; fail "$backend: run #$id, whose command exited 3 before its runner was killed, is '$row'"; }
    sql "$DB_URL" "SELECT output FROM cron_logs WHERE id = $id" | grep -q '"exit_code":3' ||
        fail "$backend: run #$id does not keep the command's exit code"
    note "$backend: runner killed after its command ended: run #$id recorded failed with exit code 3 from the shim's exit file"
done
pass "runner death: kill -9, SIGTERM and SIGSTOP of the runner end its commands' whole trees in time ($(backends | tr '\n' ' '))"
