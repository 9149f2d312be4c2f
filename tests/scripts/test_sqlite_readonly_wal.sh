#!/usr/bin/env bash
# A SQLite database on a read-only file system with its -wal and -shm files beside it (a runner
# still holds it open, or was killed): reading works and shows what only the WAL holds, and a
# write says the database is read-only, never "database disk image is malformed".
# Needs a read-only bind mount (root with mount permission); skipped (77) without one.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || skip "python3 is not installed"

mkdir -p "$TMP/rw" "$TMP/ro"
DB="$TMP/rw/db.sqlite"
CXCRON_NOW="2026-03-29 10:00:00" CXCRON_DIAG_ENABLE=tick cx --database "sqlite:$DB" run >/dev/null ||
    fail "the first run failed"
# A writer that keeps the database open in WAL mode with a row only in the WAL.
python3 - "$DB" "$TMP/writer.ready" <<'PY' &
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA wal_autocheckpoint=0")
db.execute("INSERT INTO cron_logs (name, scheduled_for, start_at, end_at, state, duration_ms, trigger_kind, host) "
           "VALUES ('wal:only', '2026-03-29 10:01:00', '2026-03-29 10:01:00.000', '2026-03-29 10:01:01.000', "
           "'success', 1000, 'schedule', 'h1')")
open(sys.argv[2], "w").close()
time.sleep(120)
PY
writer=$!
on_exit "kill $writer 2>/dev/null; wait $writer 2>/dev/null"
wait_for "the writer" 20 test -e "$TMP/writer.ready"
[ -s "$DB-wal" ] && [ -e "$DB-shm" ] || fail "no -wal/-shm beside the database"

if [ "${CXCRON_TEST_NO_MOUNT:-0}" = 1 ] || ! mount --bind "$TMP/rw" "$TMP/ro" 2>/dev/null; then
    skip "cannot make a read-only bind mount here (needs root with mount permission)"
fi
on_exit "umount -l '$TMP/ro' 2>/dev/null"
mount -o remount,bind,ro "$TMP/ro" || fail "cannot remount the bind mount read-only"
RO="sqlite:$TMP/ro/db.sqlite"

rc=0
cx --database "$RO" history >"$TMP/out" 2>"$TMP/err" || rc=$?
no_crash "$rc" "history on a read-only database with a WAL"
if grep -qi malformed "$TMP/err" "$TMP/out"; then cat "$TMP/err" >&2; fail "history says the database is malformed"; fi
[ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "history on a read-only database with a WAL exited $rc"; }
grep -q "wal:only" "$TMP/out" || { cat "$TMP/out" >&2; fail "history does not show the row that only the WAL holds"; }
grep -q "diag:tick" "$TMP/out" || fail "history does not show the rows of the database file"
note "history: exit 0, the WAL's row shown"

rc=0
cx --database "$RO" list >"$TMP/out" 2>"$TMP/err" || rc=$?
no_crash "$rc" "list on a read-only database with a WAL"
if grep -qi malformed "$TMP/err"; then cat "$TMP/err" >&2; fail "list says the database is malformed"; fi
[ "$rc" = 0 ] || { cat "$TMP/err" >&2; fail "list on a read-only database with a WAL exited $rc"; }

rc=0
CXCRON_NOW="2026-03-29 10:05:00" CXCRON_DIAG_ENABLE=tick cx --database "$RO" run >"$TMP/out" 2>"$TMP/err" || rc=$?
no_crash "$rc" "run on a read-only database with a WAL"
[ "$rc" != 0 ] || fail "a run on a read-only database succeeded"
if grep -qi malformed "$TMP/err"; then cat "$TMP/err" >&2; fail "run says the database is malformed"; fi
grep -qiE "read-?only" "$TMP/err" || { cat "$TMP/err" >&2; fail "run does not say the database is read-only"; }
note "run: exit $rc: $(head -1 "$TMP/err")"
pass "read-only database with -wal/-shm: history and list read it (WAL included), run says read-only"
