#!/usr/bin/env bash
# SQLite storage faults: a read-only database and a full disk. The runner must stop with one
# clear line and a non-zero code, never crash, never corrupt or lose what was stored, and the
# next run once the fault is gone recovers (a run left `running` is marked `interrupted`).
# Read-only: a read-only bind mount of the database folder (root ignores chmod); without mount
# permission, chmod 0555/0444 and the runner started as user nobody. Disk full: a 16 MiB tmpfs
# filled to the last block, then a run that must write a 3 MB output: if the claim cannot be
# written nothing runs and the runner fails cleanly saying the disk is full; if the task ran,
# its end is written with the reserve the runner keeps beside the database.
# Without mount permission that part cannot run (nothing else simulates ENOSPC): the read-only
# part still runs, then the script exits 77 so ctest reports the test "Skipped", not "Passed".
# CXCRON_TEST_NO_MOUNT=1 forces the paths used where mount is not permitted.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

export CXCRON_DIAG_ENABLE=tick CXCRON_HOSTNAME=storage-host
t0="2026-03-29 07:00:00"
checks=0

# expect_clean_failure RC ERRFILE WHAT — exit 1..7 (no crash), one non-empty line on stderr.
expect_clean_failure() {
    local rc=$1 err=$2 what=$3 lines
    no_crash "$rc" "$what"
    [ "$rc" -ge 1 ] && [ "$rc" -le 7 ] || { cat "$err" >&2; fail "$what: exit $rc, expected 1..7"; }
    lines=$(grep -c . "$err" || true)
    [ "$lines" = 1 ] || { cat "$err" >&2; fail "$what: expected one line on stderr, got $lines"; }
    note "$what: exit $rc: $(cat "$err")"
}

# ---- read-only -------------------------------------------------------------------------------
mkdir -p "$TMP/rw"
DB_URL="sqlite:$TMP/rw/db.sqlite"
diag_only "$DB_URL"
CXCRON_NOW="$t0" "$CXCRON_BINARY" --database "$DB_URL" run >/dev/null
before=$(sha256sum "$TMP/rw/db.sqlite" | cut -d' ' -f1)
runas=()
mkdir -p "$TMP/ro"
if [ "${CXCRON_TEST_NO_MOUNT:-0}" != 1 ] && mount --bind "$TMP/rw" "$TMP/ro" 2>/dev/null; then
    on_exit "umount -l '$TMP/ro' 2>/dev/null"
    mount -o remount,bind,ro "$TMP/ro" || fail "cannot remount the bind mount read-only"
    ro_url="sqlite:$TMP/ro/db.sqlite"
    how="read-only bind mount"
elif [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    chmod 0444 "$TMP/rw/db.sqlite"
    chmod 0555 "$TMP/rw"
    chmod 0755 "$TMP"
    on_exit "chmod 0755 '$TMP/rw'"
    runas=(setpriv --reuid=65534 --regid=65534 --clear-groups)
    ro_url="$DB_URL"
    how="chmod 0444/0555, runner as nobody"
else
    chmod 0444 "$TMP/rw/db.sqlite"
    chmod 0555 "$TMP/rw"
    on_exit "chmod 0755 '$TMP/rw'"
    ro_url="$DB_URL"
    how="chmod 0444/0555"
fi
rc=0
CXCRON_NOW="$(minute_plus "$t0" 1)" "${runas[@]}" "$CXCRON_BINARY" --database "$ro_url" run >"$TMP/out" 2>"$TMP/err" || rc=$?
expect_clean_failure "$rc" "$TMP/err" "run on a read-only database ($how)"
rc=0
"${runas[@]}" "$CXCRON_BINARY" --database "$ro_url" history >"$TMP/out" 2>"$TMP/err" || rc=$?
no_crash "$rc" "history on a read-only database"
# Reading must still work: the file is opened read-only (immutable in a read-only folder).
[ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "history on a read-only database exited $rc"; }
grep -q "diag:" "$TMP/out" || grep -q "ID" "$TMP/out" || fail "history on a read-only database printed nothing"
echo "-- history on a read-only database: exit 0, $(wc -l <"$TMP/out") lines"
after=$(sha256sum "$TMP/rw/db.sqlite" | cut -d' ' -f1)
[ "$before" = "$after" ] || fail "the read-only database file changed"
if [ ${#runas[@]} -eq 0 ] && [ "$how" = "read-only bind mount" ]; then umount "$TMP/ro"; fi
chmod 0755 "$TMP/rw"
chmod 0644 "$TMP/rw/db.sqlite"
rc=0
CXCRON_NOW="$(minute_plus "$t0" 2)" "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/out" 2>"$TMP/err" || rc=$?
[ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "run after the database became writable again: exit $rc"; }
[ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick' AND state = 'success'")" = 2 ] ||
    fail "expected 2 successful ticks after the read-only episode"
checks=$((checks + 1))

# ---- disk full -------------------------------------------------------------------------------
mkdir -p "$TMP/full"
if [ "${CXCRON_TEST_NO_MOUNT:-0}" != 1 ] && mount -t tmpfs -o size=16m tmpfs "$TMP/full" 2>/dev/null; then
    on_exit "umount -l '$TMP/full' 2>/dev/null"
    DB_URL="sqlite:$TMP/full/db.sqlite"
    diag_only "$DB_URL"
    CXCRON_NOW="$t0" "$CXCRON_BINARY" --database "$DB_URL" run >/dev/null
    # Fill the file system to the last block (dd stops at ENOSPC), whatever its free space was.
    dd if=/dev/zero of="$TMP/full/filler" bs=64k status=none 2>/dev/null || true
    dd if=/dev/zero of="$TMP/full/filler2" bs=512 status=none 2>/dev/null || true
    [ "$(df -P "$TMP/full" | awk 'NR == 2 { print $4 }')" = 0 ] || fail "could not fill the tmpfs"
    rc=0
    CXCRON_DIAG_ENABLE=tick,big-output CXCRON_DIAG_OUTPUT_BYTES=3000000 CXCRON_NOW="$(minute_plus "$t0" 1)" \
        "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/out" 2>"$TMP/err" || rc=$?
    no_crash "$rc" "run with a full disk"
    grep -qi "disk.*full" "$TMP/err" || fail "stderr does not say the disk is full: $(cat "$TMP/err")"
    # Either the claim itself could not be written (nothing ran: a clean failure), or the task
    # ran and its end was written with the reserve kept beside the database. (Read once there
    # is room again: the sqlite3 tool itself cannot open a WAL database on a full disk.)
    rm -f "$TMP/full/filler" "$TMP/full/filler2"
    big=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:big-output'")
    case ${big:-none} in
    none) expect_clean_failure "$rc" "$TMP/err" "run with a full disk (claim refused)" ;;
    success) note "disk full: the task ran and its end was recorded with the reserve (exit $rc)" ;;
    *) fail "with a full disk the run that happened is recorded '$big'" ;;
    esac
    rm -f "$TMP/full/filler" "$TMP/full/filler2"
    rc=0
    CXCRON_NOW="$(minute_plus "$t0" 2)" "$CXCRON_BINARY" --database "$DB_URL" run >"$TMP/out" 2>"$TMP/err" || rc=$?
    [ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "run after freeing the disk: exit $rc"; }
    ok=$(sql "$DB_URL" "PRAGMA integrity_check")
    [ "$ok" = ok ] || fail "integrity_check after disk full: $ok"
    [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")" = 0 ] || fail "rows left running"
    ticks=$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'diag:tick' AND state = 'success'")
    [ "$ticks" -ge 2 ] || fail "the ticks before and after the disk-full episode are not both kept ($ticks)"
    lost=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'diag:big-output'")
    note "disk full: big-output row afterwards: '${lost:-none (claim rolled back)}'; integrity ok"
    case ${lost:-none} in none | success) ;; *) fail "big-output row is '$lost'" ;; esac
    [ -e "$TMP/full/db.sqlite-reserve" ] || fail "the reserve was not made again once there was room"
    # The disk fills while a command runs: its end (3 MB of output) must still be recorded.
    cx --database "$DB_URL" task add storage:big --schedule 1m -- \
        /bin/sh -c 'sleep 3; yes "a line of output" | head -c 3000000' >/dev/null
    CXCRON_NOW="$(minute_plus "$t0" 3)" "$CXCRON_BINARY" --database "$DB_URL" run storage:big \
        >"$TMP/out" 2>"$TMP/err" &
    runner=$!
    big_running() { [ "$(sql "$DB_URL" "SELECT COUNT(*) FROM cron_logs WHERE name = 'storage:big' AND state = 'running'")" = 1 ]; }
    wait_for "storage:big to start" 30 big_running
    dd if=/dev/zero of="$TMP/full/filler" bs=64k status=none 2>/dev/null || true
    dd if=/dev/zero of="$TMP/full/filler2" bs=512 status=none 2>/dev/null || true
    rc=0
    wait "$runner" || rc=$?
    no_crash "$rc" "a run whose end came on a full disk"
    grep -qi "full" "$TMP/err" || fail "the runner did not say the disk was full: $(cat "$TMP/err")"
    rm -f "$TMP/full/filler" "$TMP/full/filler2"
    state=$(sql "$DB_URL" "SELECT state FROM cron_logs WHERE name = 'storage:big'")
    [ "$state" = success ] || { cat "$TMP/err" >&2; fail "the run that ended on a full disk is recorded '$state'"; }
    note "disk full during a run: its end recorded with the reserve (exit $rc): $(head -1 "$TMP/err")"
    checks=$((checks + 1))
else
    skip "read-only part passed; the disk-full part needs 'mount -t tmpfs' (CAP_SYS_ADMIN), not permitted here"
fi
pass "storage faults ($checks of 2 scenarios): clean one-line errors, no crash, data intact, recovery"
