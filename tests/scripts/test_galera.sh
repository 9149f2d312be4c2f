#!/usr/bin/env bash
# Runner hosts spread over a 3-node MariaDB Galera cluster on 127.0.0.1 (Debian's galera-4 and
# mariadb-server, rsync state transfers, wsrep_mode=REQUIRED_PRIMARY_KEY), as MULTI-HOST.md
# advises. The real `cxcron run` processes, each posing as its own host (CXCRON_HOSTNAME), each
# connected to one node:
#  (a) first install: 2 runners per node start at once on an empty database and race the schema
#      migration and the first claims;
#  (b) racing runners: 2 runners per node per simulated minute (CXCRON_NOW), M minutes;
#  (c) a node dies under a runner: the runner of the long command task is on a node that is
#      killed (-9) while the command runs; its runner must stop the command before its lease
#      expires and exit 4 (lost connection); once the lease expired, 4 runners on each surviving
#      node race the recovery of its row and the next slot; the node restarts (full rsync state
#      transfer) and a last minute runs on all three nodes.
# Command tasks run tests/scripts/galera_witness.sh: it appends one line per execution (task,
# runner host, slot) and holds a per-task flock while it runs; an execution that finds the lock
# taken records an overlap. Reported: duplicated executions of one slot, slots without a row,
# overlaps, rows left running, rows that changed state after they had ended, runner exit codes —
# all 0 except the killed node's own runners (0 or 4, and 4 for the one whose command ran there),
# and identical cron_logs on the three nodes.
# The cluster needs the galera-4 package and 12 free ports (galera_lib.sh); when it cannot start
# here the test is skipped (77), never passed.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/lib.sh"
source "$HERE/galera_lib.sh"

M=${CXCRON_GALERA_MINUTES:-6}
TTL=15 # lease of part (c), real seconds: the renewal comes every 7 s

galera_cluster_up
note "3-node Galera cluster up on 127.0.0.1:$(node_port 1),$(node_port 2),$(node_port 3) (SQL ports)"

export CXCRON_DB_PASSWORD=cxcron CXCRON_DIAG_SLEEP_MS=1500
DBNAME=cxcron_galera
url() { echo "mysql://cxcron@127.0.0.1:$(node_port "$1")/$DBNAME"; }
# q NODE "SQL" — through one node; wsrep_sync_wait makes the read see every write committed in
# the cluster before it (the test checks, it does not race).
q() {
    local node=$1
    shift
    mariadb --no-defaults -h127.0.0.1 -P"$(node_port "$node")" -ucxcron -pcxcron -N -B "$DBNAME" \
        -e "SET SESSION wsrep_sync_wait = 1; $*"
}
QN=1        # the node the test reads through (a live one)
problems=() # every failed check; reported together at the end

W="$TMP/witness"
mkdir -p "$W"
cp "$HERE/galera_witness.sh" "$W/witness.sh"
chmod 755 "$W/witness.sh"

# ---- runners ---------------------------------------------------------------------------------
# start_runner NODE HOST NOW [ENV...] — one `cxcron run --verbose` in the background; its pid, node
# and host go to RUN_PIDS / RUN_NODES / RUN_HOSTS. Its log lines start with their level (info,
# warning, critical), so the conflicts it took in its stride (info) are told from errors.
export QT_MESSAGE_PATTERN='%{type} %{category}: %{message}'
# The runners of one batch wait at a barrier (a file) that release_runners opens: they start
# within milliseconds of each other, as cron starts them on several hosts at the same second.
RUN_PIDS=() RUN_NODES=() RUN_HOSTS=()
BATCH=0
RUNNER_TIMEOUT=300 # a runner that hangs is stopped (exit 124) and reported
start_runner() {
    local node=$1 host=$2 now=$3
    shift 3
    # shellcheck disable=SC2016 # $0 and $@ belong to the inner shell
    env "$@" CXCRON_NOW="$now" CXCRON_HOSTNAME="$host" \
        bash -c 'until [ -e "$0" ]; do sleep 0.005; done; exec "$@"' "$TMP/go-$BATCH" \
        timeout "$RUNNER_TIMEOUT" "$CXCRON_BINARY" --verbose --database "$(url "$node")" run >"$TMP/$host.out" 2>"$TMP/$host.err" &
    RUN_PIDS+=($!)
    RUN_NODES+=("$node")
    RUN_HOSTS+=("$host")
}
release_runners() {
    touch "$TMP/go-$BATCH"
    BATCH=$((BATCH + 1))
}
# wait_runners [DEAD_NODE] — waits for every runner started; records each exit code. Runners on
# DEAD_NODE (killed meanwhile) may exit 0 or 4; every other runner must exit 0.
EXIT_REPORT=()
BAD_EXITS=0
declare -A EXIT_OF
wait_runners() {
    local dead=${1:-0} i rc
    for i in "${!RUN_PIDS[@]}"; do
        rc=0
        wait "${RUN_PIDS[i]}" || rc=$?
        EXIT_OF[${RUN_HOSTS[i]}]=$rc
        if [ "${RUN_NODES[i]}" = "$dead" ]; then
            if [ "$rc" != 0 ] && [ "$rc" != 4 ]; then
                BAD_EXITS=$((BAD_EXITS + 1))
                EXIT_REPORT+=("${RUN_HOSTS[i]} (killed node $dead) exited $rc")
            fi
        elif [ "$rc" != 0 ]; then
            BAD_EXITS=$((BAD_EXITS + 1))
            EXIT_REPORT+=("${RUN_HOSTS[i]} (node ${RUN_NODES[i]}) exited $rc: $(grep -v -e '^$' -e '^info ' "$TMP/${RUN_HOSTS[i]}.err" | tail -n 2 | tr '\n' ' ')")
        fi
    done
    RUN_PIDS=() RUN_NODES=() RUN_HOSTS=()
}
# Exit codes of one batch, as "exit 0: N, exit 4: M".
exit_summary() {
    local h out=""
    local -A counts=()
    for h in "$@"; do counts[${EXIT_OF[$h]}]=$((${counts[${EXIT_OF[$h]}]:-0} + 1)); done
    for h in "${!counts[@]}"; do out+="exit $h: ${counts[$h]}, "; done
    echo "${out%, }"
}

# ---- (a) first install: 6 runners race the migration on an empty database ---------------------
galera_root 1 -e "CREATE DATABASE $DBNAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# Only the diagnostic tasks run (the CMS tasks need a CMS): their settings rows exist before the
# first runner, in cxcron's own table layout (the migration creates it IF NOT EXISTS).
names=$(cx --database "sqlite:$TMP/names.sqlite" list --json | grep -oE '"name": *"[^"]*"' | sed -E 's/.*"([^"]*)"$/\1/')
[ -n "$names" ] || fail "cxcron list --json returned no task"
q 1 "CREATE TABLE cxcron_task_settings (name VARCHAR(191) NOT NULL PRIMARY KEY, enabled INTEGER NULL,
     schedule VARCHAR(191) NULL, timeout_seconds INTEGER NULL, updated_at DATETIME(3) NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
for name in $names; do
    case $name in diag:*) continue ;; esac
    q 1 "INSERT INTO cxcron_task_settings (name, enabled) VALUES ('$name', 0)"
done
# The CMS's settings table (no UNIQUE index on name, as in CLIENTXCMS): every runner writes the
# dashboard heartbeat (app_cron_last_run) into it, in a transaction that two nodes may race on.
q 1 "CREATE TABLE settings (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL,
     value TEXT NOT NULL, created_at TIMESTAMP NULL DEFAULT NULL, updated_at TIMESTAMP NULL DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
A0="2026-05-10 01:00:00"
hosts_a=()
for node in 1 2 3; do
    for k in 1 2; do
        start_runner "$node" "n$node-a$k" "$A0" CXCRON_LEASE_TTL_S=3600
        hosts_a+=("n$node-a$k")
    done
done
release_runners
wait_runners
[ -n "$(q 1 "SHOW TABLES LIKE 'cron_logs'")" ] || fail "(a) first install: no runner created the schema: ${EXIT_REPORT[*]}"
versions=""
for node in 1 2 3; do versions+="$(q "$node" "SELECT GROUP_CONCAT(version) FROM cxcron_schema_version") "; done
v=${versions%% *}
if [ -z "$v" ] || [ "$versions" != "$v $v $v " ]; then fail "(a) schema versions of the 3 nodes: $versions"; fi
nokey=$(q "$QN" "SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()
                 AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                 WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'PRIMARY KEY')")
[ -z "$nokey" ] || problems+=("(a) tables without primary key: $nokey")
enabled=$(cx --database "$(url 1)" list --json | tr -d ' \n' | grep -oE '"enabled":true' | wc -l)
rows_a=$(q "$QN" "SELECT COUNT(*) FROM cron_logs WHERE scheduled_for = '$A0' AND state = 'success'")
[ "$rows_a" = "$enabled" ] || problems+=("(a) first install: $rows_a successful slot rows for $enabled enabled tasks")
note "(a) first install, 6 runners on 3 nodes: $(exit_summary "${hosts_a[@]}"); schema version $v, tables without primary key: ${nokey:-none}, $rows_a of $enabled slots ran once"

# `cxcron migrate` alone, through another node, on an empty database of the same cluster.
galera_root 1 -e "CREATE DATABASE cxcron_galera_migrate CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
migrate_rc=0
cx --database "mysql://cxcron@127.0.0.1:$(node_port 3)/cxcron_galera_migrate" migrate >"$TMP/migrate.out" 2>&1 || migrate_rc=$?
[ "$migrate_rc" = 0 ] || problems+=("(a) cxcron migrate exited $migrate_rc: $(tr '\n' ' ' <"$TMP/migrate.out")")
migrated=$(galera_root 2 -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'cxcron_galera_migrate'")
note "(a) cxcron migrate on an empty database through node 3: exit $migrate_rc, $migrated tables (seen from node 2)"

# Every state change of a row that had already ended (e.g. interrupted -> success).
q 1 "CREATE TABLE test_after_end (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, log_id BIGINT, old_state VARCHAR(32), new_state VARCHAR(32))"
q 1 "CREATE TRIGGER test_after_end_trg AFTER UPDATE ON cron_logs FOR EACH ROW
     INSERT INTO test_after_end (log_id, old_state, new_state) SELECT OLD.id, OLD.state, NEW.state FROM DUAL
     WHERE OLD.state <> 'running' AND NOT (NEW.state <=> OLD.state)"
# The command tasks, stored once for every host.
cx --database "$(url 2)" task add galera:quick --schedule '* * * * *' --timeout 60 --shell -- "$W/witness.sh quick 0.3" >/dev/null ||
    fail "task add galera:quick failed"
cx --database "$(url 2)" task add galera:long --schedule '* * * * *' --timeout 600 --shell -- "$W/witness.sh long hold" >/dev/null ||
    fail "task add galera:long failed"
TASKS="diag:tick diag:sleep galera:quick galera:long"

# ---- (b) racing runners, simulated minutes ---------------------------------------------------
B0="2026-05-10 02:00:00"
hosts_b=()
for ((m = 0; m < M; m++)); do
    for node in 1 2 3; do
        for k in 1 2; do
            # One real second is one simulated minute: a live run's lease must span the minutes.
            start_runner "$node" "n$node-b$m-$k" "$(minute_plus "$B0" "$m")" CXCRON_LEASE_TTL_S=3600
            hosts_b+=("n$node-b$m-$k")
        done
    done
    release_runners
    sleep 1
done
wait_runners
last_b=$(minute_plus "$B0" $((M - 1)))
b_slots=""
for task in $TASKS; do
    slots=$(q "$QN" "SELECT COUNT(DISTINCT scheduled_for) FROM cron_logs WHERE name = '$task' AND state IN ('success', 'skipped')
                     AND scheduled_for BETWEEN '$B0' AND '$last_b'")
    [ "$slots" = "$M" ] || problems+=("(b) $task has a successful or skipped row for $slots of $M slots")
    b_slots+="$task $slots/$M, "
done
note "(b) $M simulated minutes x 6 runners on 3 nodes: $(exit_summary "${hosts_b[@]}"); slots run or skipped: ${b_slots%, }"

# ---- (c) a node dies under a runner ------------------------------------------------------------
# Simulated time runs at the real pace here (the lease is measured in real seconds by its holder
# and in simulated time by the others): sim = C0 + real time since C_START + OFFSET.
C0_EPOCH=$(date -u -d "2026-05-10 03:00:58 UTC" +%s)
ms() { echo $(($(date +%s%N) / 1000000)); }
C_START=$(ms)
OFFSET=0
sim_now() {
    local t=$((C0_EPOCH * 1000 + $(ms) - C_START + OFFSET * 1000))
    date -u -d "@$((t / 1000)).$(printf '%03d' $((t % 1000)))" '+%Y-%m-%d %H:%M:%S.%3N'
}
RUNNER_TIMEOUT=100 # with a 15 s lease, every runner of this part ends well within that
touch "$W/hold"    # galera:long runs until this file is removed (at most 120 s)
sleep 3         # into minute 03:01
C1=$(sim_now)
hosts_c1=()
for node in 1 2 3; do
    for k in 1 2; do
        start_runner "$node" "n$node-c1-$k" "$(sim_now)" CXCRON_LEASE_TTL_S=$TTL
        hosts_c1+=("n$node-c1-$k")
    done
done
release_runners
long_host=""
for ((i = 0; i < 300; i++)); do
    long_host=$(q "$QN" "SELECT host FROM cron_logs WHERE name = 'galera:long' AND state = 'running' AND scheduled_for = '${C1:0:16}:00'" 2>/dev/null || true)
    [ -n "$long_host" ] && grep -q "^long $long_host " "$W/runs" 2>/dev/null && break
    sleep 0.1
done
[ -n "$long_host" ] || fail "(c) galera:long did not start"
K=${long_host:1:1}
long_log=$(q "$QN" "SELECT id FROM cron_logs WHERE name = 'galera:long' AND scheduled_for = '${C1:0:16}:00'")
sleep 1
galera_kill "$K"
QN=$((K % 3 + 1))
note "(c) galera:long #$long_log runs on $long_host: node $K killed (-9)"
galera_wait_size 2 30 || fail "(c) the two other nodes did not form a primary component after node $K died"

# The lease of the dead node's run, as the surviving nodes see it, in real time.
expires=$(q "$QN" "SET SESSION time_zone = '+00:00'; SELECT ROUND(UNIX_TIMESTAMP(expires_at) * 1000) FROM cxcron_leases
                   WHERE name = 'galera:long' AND log_id = $long_log")
[ -n "$expires" ] || fail "(c) no lease row for galera:long #$long_log"
expiry_real=$((expires - C0_EPOCH * 1000 - OFFSET * 1000 + C_START))
# The dead node's runner must have stopped its command before the lease expired. (Its clock
# started when the process did, a fraction of a second after its CXCRON_NOW was taken: its own
# view of the expiry comes that much later, hence the second of margin.)
while [ "$(ms)" -lt $((expiry_real + 1000)) ]; do sleep 0.2; done
fence_ok=1
flock -n "$W/long.lock" true || fence_ok=0
# Every runner of this minute is done (the killed node's exit 4 after its reconnects).
wait_runners "$K"
holder_rc=${EXIT_OF[$long_host]}

# Recovery race and the next minute: 4 runners on each surviving node, one minute later.
OFFSET=60
C2=$(sim_now)
hosts_c2=()
for node in 1 2 3; do
    [ "$node" = "$K" ] && continue
    for k in 1 2 3 4; do
        start_runner "$node" "n$node-c2-$k" "$(sim_now)" CXCRON_LEASE_TTL_S=$TTL
        hosts_c2+=("n$node-c2-$k")
    done
done
release_runners
long_runs=$(grep -c "^long " "$W/runs" || true)
for ((i = 0; i < 100; i++)); do
    [ "$(grep -c "^long " "$W/runs" || true)" -gt "$long_runs" ] && break
    sleep 0.1
done
sleep 1
rm -f "$W/hold"
wait_runners
recovered=$(q "$QN" "SELECT state FROM cron_logs WHERE id = $long_log")

# The node comes back (a full state transfer: it died without saving its position).
t=$SECONDS
galera_start "$K" join || { galera_logs; fail "(c) node $K did not rejoin after its restart"; }
galera_wait_size 3 60 || fail "(c) the cluster did not get its 3 nodes back"
rejoin_s=$((SECONDS - t))
OFFSET=120
C3=$(sim_now)
hosts_c3=()
for node in 1 2 3; do
    for k in 1 2; do
        start_runner "$node" "n$node-c3-$k" "$(sim_now)" CXCRON_LEASE_TTL_S=$TTL
        hosts_c3+=("n$node-c3-$k")
    done
done
release_runners
wait_runners

# ---- the report --------------------------------------------------------------------------------
# Duplicates: executions of one task for one slot, from what the command tasks and the diag tasks
# themselves recorded.
dups_cmd=$(awk '{ n[$1 " " $3 " " substr($4, 1, 5)]++ } END { c = 0; for (k in n) if (n[k] > 1) c++; print c }' "$W/runs")
dups_diag=$(q "$QN" "SELECT COUNT(*) FROM (SELECT l.name, l.scheduled_for FROM cxcron_diag d JOIN cron_logs l ON l.id = d.log_id
                     WHERE d.part = 2 GROUP BY l.name, l.scheduled_for HAVING COUNT(*) > 1) x")
dups=$((dups_cmd + dups_diag))
overlaps=0
[ -f "$W/overlaps" ] && overlaps=$(wc -l <"$W/overlaps")
running=$(q "$QN" "SELECT COUNT(*) FROM cron_logs WHERE state = 'running'")
changed=$(q "$QN" "SELECT COUNT(*) FROM test_after_end")
# Misses: a slot of an every-minute task without its row, in the minutes where live runners ran.
misses=0
missing=()
for slot in "$A0" $(for ((m = 0; m < M; m++)); do minute_plus "$B0" "$m" | tr ' ' '_'; done) \
    "${C1:0:16}:00" "${C2:0:16}:00" "${C3:0:16}:00"; do
    slot=${slot//_/ }
    for task in $TASKS; do
        case $task in galera:*) [[ $slot < $B0 ]] && continue ;; esac
        count=$(q "$QN" "SELECT COUNT(*) FROM cron_logs WHERE name = '$task' AND scheduled_for = '$slot'")
        if [ "$count" != 1 ]; then
            misses=$((misses + 1))
            missing+=("$task@$slot:$count")
        fi
    done
done
heartbeats=$(q "$QN" "SELECT COUNT(*) FROM settings WHERE name = 'app_cron_last_run'")
# An expected conflict is no error: a runner logs it at info level only (--verbose).
logged=$(cat "$TMP"/*.err | grep -v '^info ' | grep -ciE 'deadlock|1213|certification' || true)
retried=$(cat "$TMP"/*.err | grep -c '^info .*lost a race with another transaction' || true)
recovered_elsewhere=$(cat "$TMP"/*.err | grep -c '^info .*is being recovered by another runner' || true)
sums=""
for node in 1 2 3; do sums+="$(q "$node" "CHECKSUM TABLE cron_logs" | cut -f2) "; done
same_sums=$(echo "$sums" | tr ' ' '\n' | grep -v '^$' | sort -u | wc -l)

report="duplicates $dups, misses $misses, overlaps $overlaps, rows left running $running, changed after end $changed, bad exit codes $BAD_EXITS, conflicts logged as errors $logged, heartbeat rows $heartbeats"
note "(c) kill minute: $(exit_summary "${hosts_c1[@]}") (node $K's runner of galera:long: exit $holder_rc); recovery minute, 8 runners on 2 nodes: $(exit_summary "${hosts_c2[@]}"); after the restart (rejoined in ${rejoin_s}s): $(exit_summary "${hosts_c3[@]}")"
note "(c) galera:long #$long_log: $recovered; its command had $([ "$fence_ok" = 1 ] && echo stopped || echo NOT stopped) when its lease expired"
note "$report; cron_logs checksums of the 3 nodes: $sums"
note "conflicts met and handled: $retried statements or transactions run again after a lost race, $recovered_elsewhere recoveries left to the runner that won"

[ "$dups" = 0 ] || problems+=("$dups slot(s) executed more than once: $(sort "$W/runs" | tr '\n' ';')")
[ "$misses" = 0 ] || problems+=("slots without exactly one row: ${missing[*]}")
[ "$overlaps" = 0 ] || problems+=("overlapping executions: $(tr '\n' ';' <"$W/overlaps")")
[ "$running" = 0 ] || problems+=("$running row(s) left running")
[ "$changed" = 0 ] || problems+=("rows changed state after they had ended: $(q "$QN" "SELECT log_id, old_state, new_state FROM test_after_end" | tr '\n' ';')")
[ "$BAD_EXITS" = 0 ] || problems+=("runner exit codes: ${EXIT_REPORT[*]}")
[ "$logged" = 0 ] || problems+=("conflicts logged as errors: $(cat "$TMP"/*.err | grep -v '^info ' | grep -iE 'deadlock|1213|certification' | sort | uniq -c | sort -rn | head -n 5 | tr '\n' ';')")
[ "$heartbeats" = 1 ] || problems+=("$heartbeats app_cron_last_run rows in settings, not 1")
[ "$holder_rc" = 4 ] || problems+=("the runner of galera:long on the killed node exited $holder_rc, not 4 (lost connection)")
[ "$fence_ok" = 1 ] || problems+=("the command of galera:long still ran when the lease of its runner (on the killed node) expired: the runner did not stop it")
[ "$recovered" = interrupted ] || problems+=("galera:long #$long_log ended as '$recovered', not interrupted")
[ "$same_sums" = 1 ] || problems+=("cron_logs differs between the nodes: $sums")
if [ "${#problems[@]}" -ne 0 ]; then
    printf 'problem: %s\n' "${problems[@]}" >&2
    fail "${#problems[@]} problem(s); $report"
fi
pass "$report; node $K killed under a run and rejoined; identical cron_logs on the 3 nodes"
