# shellcheck shell=bash
# A 3-node MariaDB Galera cluster on 127.0.0.1 from Debian's packages (galera-4, mariadb-server),
# for tests/scripts/test_galera.sh. Sourced after lib.sh.
#
# Ports: GALERA_BASE_PORT (default: the fixture's port + 40, so parallel build dirs differ);
# node i (1..3) uses base + 4(i-1) + 0 (SQL), +1 (group communication), +2 (IST), +3 (SST).
# The joiner's rsync daemon runs as `nobody` when the server runs as root: every folder on the
# path to a node's datadir must be traversable by it and the datadir writable by it.
# Anything that keeps the cluster from starting here (no galera library, a port in use, a state
# transfer refused) skips the test (exit 77): it never passes without a cluster.
# GALERA_WSREP_MODE: the nodes' wsrep_mode (default REQUIRED_PRIMARY_KEY, as MULTI-HOST.md advises).

GALERA_PROVIDER=${GALERA_PROVIDER:-}
GALERA_NODES=3
GALERA_PIDS=()

galera_find_provider() {
    local p
    for p in "$GALERA_PROVIDER" /usr/lib/galera/libgalera_smm.so /usr/lib/libgalera_smm.so \
        /usr/lib64/galera-4/libgalera_smm.so /usr/lib/galera-4/libgalera_smm.so; do
        [ -n "$p" ] && [ -f "$p" ] && { GALERA_PROVIDER=$p; return 0; }
    done
    return 1
}

galera_ports() {
    local base=${GALERA_BASE_PORT:-}
    if [ -z "$base" ]; then
        base=33101
        if [ -n "${CXCRON_TEST_MARIADB_URL:-}" ]; then
            mariadb_parse
            base=$((DB_PORT + 40))
        fi
    fi
    GALERA_BASE=$base
}
node_port() { echo $((GALERA_BASE + 4 * ($1 - 1))); }
node_gcomm_port() { echo $((GALERA_BASE + 4 * ($1 - 1) + 1)); }
node_ist_port() { echo $((GALERA_BASE + 4 * ($1 - 1) + 2)); }
node_sst_port() { echo $((GALERA_BASE + 4 * ($1 - 1) + 3)); }
node_dir() { echo "$GALERA_DIR/node$1"; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# galera_init — a datadir per node (only node 1's is initialised; the others receive theirs by
# state transfer, as a real joiner does).
galera_init() {
    local installdb user_opt=() i p
    galera_find_provider || skip "the Galera library is missing (apt-get install galera-4)"
    installdb=$(find_bin mariadb-install-db mysql_install_db) || skip "mariadb-install-db not found"
    find_bin mariadbd mysqld >/dev/null || skip "mariadbd not found"
    command -v rsync >/dev/null || skip "rsync (the state transfer tool) is missing"
    galera_ports
    for ((i = 1; i <= GALERA_NODES; i++)); do
        for p in $(node_port "$i") $(node_gcomm_port "$i") $(node_ist_port "$i") $(node_sst_port "$i"); do
            port_busy "$p" && skip "port $p (Galera node $i) is already in use; set GALERA_BASE_PORT"
        done
    done
    # The joiner's rsync daemon drops to `nobody`: it must reach and write the datadirs.
    GALERA_DIR="$TMP/galera"
    chmod 755 "$TMP"
    mkdir -p "$GALERA_DIR"
    chmod 755 "$GALERA_DIR"
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    for ((i = 1; i <= GALERA_NODES; i++)); do
        mkdir -p "$(node_dir "$i")/data" "$(node_dir "$i")/tmp"
        chmod 777 "$(node_dir "$i")" "$(node_dir "$i")/data" "$(node_dir "$i")/tmp"
    done
    "$installdb" --no-defaults "${user_opt[@]}" --datadir="$(node_dir 1)/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$(node_dir 1)/install.log" 2>&1 || { cat "$(node_dir 1)/install.log" >&2; fail "mariadb-install-db failed"; }
    chmod -R a+rwX "$(node_dir 1)/data"
    on_exit "galera_stop_all"
}

# galera_start NODE [bootstrap|join] [EXTRA MARIADBD OPTIONS...] — starts a node; waits until it
# is Synced (a joiner after its state transfer). Returns 1 when it did not get there in time.
galera_start() {
    local i=$1 mode=${2:-join} mariadbd user_opt=() addr="" j dir pid provider_options
    shift 2 || shift $#
    mariadbd=$(find_bin mariadbd mysqld)
    [ "$(id -u)" = 0 ] && user_opt=(--user=root)
    dir=$(node_dir "$i")
    # A node restarted after a crash receives a full state transfer, written by `nobody` into the
    # folders the server created for itself (root's, mode 0750), where it must also set modes:
    # hand them to nobody first (a server running as root still reads and writes them).
    chmod -R a+rwX "$dir"
    if [ "$(id -u)" = 0 ]; then chown -R nobody "$dir/data"; fi
    if [ "$mode" = bootstrap ]; then
        addr="gcomm://"
    else
        for ((j = 1; j <= GALERA_NODES; j++)); do
            [ "$j" = "$i" ] && continue
            addr+="${addr:+,}127.0.0.1:$(node_gcomm_port "$j")"
        done
        addr="gcomm://$addr"
    fi
    # Short failure detection: a killed node leaves the group within seconds, not 15-30 s.
    provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(node_gcomm_port "$i");ist.recv_addr=127.0.0.1:$(node_ist_port "$i");gcache.size=64M;evs.keepalive_period=PT1S;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S;evs.inactive_check_period=PT1S;pc.wait_prim_timeout=PT30S"
    "$mariadbd" --no-defaults "${user_opt[@]}" --datadir="$dir/data" --tmpdir="$dir/tmp" \
        --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --port="$(node_port "$i")" \
        --bind-address=127.0.0.1 --skip-name-resolve --innodb-buffer-pool-size=32M --innodb-log-file-size=16M \
        --innodb-flush-log-at-trx-commit=2 --max-connections=200 --log-error="$dir/error.log" \
        --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
        --wsrep-on=ON --wsrep-provider="$GALERA_PROVIDER" --wsrep-cluster-name=cxcron_test \
        --wsrep-cluster-address="$addr" --wsrep-node-name="node$i" --wsrep-node-address="127.0.0.1:$(node_gcomm_port "$i")" \
        --wsrep-provider-options="$provider_options" --wsrep-sst-method=rsync \
        --wsrep-sst-receive-address="127.0.0.1:$(node_sst_port "$i")" --wsrep-mode="${GALERA_WSREP_MODE-REQUIRED_PRIMARY_KEY}" \
        "$@" >"$dir/stdout.log" 2>&1 &
    pid=$!
    GALERA_PIDS[i]=$pid
    for ((j = 0; j < 1200; j++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        [ "$(galera_status "$i" wsrep_local_state_comment 2>/dev/null)" = Synced ] && return 0
        sleep 0.1
    done
    return 1
}
# galera_status NODE VARIABLE — a wsrep status value, through the node's socket.
galera_status() {
    mariadb --no-defaults -uroot --socket="$(node_dir "$1")/mysqld.sock" -N -B \
        -e "SHOW GLOBAL STATUS LIKE '$2'" 2>/dev/null | cut -f2
}
galera_root() {
    local i=$1
    shift
    mariadb --no-defaults -uroot --socket="$(node_dir "$i")/mysqld.sock" -N -B "$@"
}
# galera_wait_size N SECONDS — until every running node sees a primary cluster of N nodes.
galera_wait_size() {
    local n=$1 secs=$2 i k ok
    for ((k = 0; k < secs * 10; k++)); do
        ok=1
        for ((i = 1; i <= GALERA_NODES; i++)); do
            [ -n "${GALERA_PIDS[i]:-}" ] || continue
            [ "$(galera_status "$i" wsrep_cluster_size)" = "$n" ] || ok=0
            [ "$(galera_status "$i" wsrep_local_state_comment)" = Synced ] || ok=0
        done
        [ "$ok" = 1 ] && return 0
        sleep 0.1
    done
    return 1
}
galera_kill() {
    local pid=${GALERA_PIDS[$1]:-}
    [ -n "$pid" ] || return 0
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    GALERA_PIDS[$1]=""
}
galera_stop() {
    local pid=${GALERA_PIDS[$1]:-} k
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    for ((k = 0; k < 300; k++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    GALERA_PIDS[$1]=""
}
galera_stop_all() {
    local i
    # Joiners first, the bootstrap node last: nobody waits for a vanished group.
    for ((i = GALERA_NODES; i >= 1; i--)); do galera_stop "$i"; done
}
galera_logs() {
    local i
    for ((i = 1; i <= GALERA_NODES; i++)); do
        echo "---- node $i error.log (tail)" >&2
        tail -n 30 "$(node_dir "$i")/error.log" >&2 2>/dev/null || true
    done
}

# galera_cluster_up — bootstraps node 1, joins 2 and 3 (rsync state transfers); skips the test
# when the cluster cannot start here.
galera_cluster_up() {
    galera_init
    galera_start 1 bootstrap || { galera_logs; skip "the first Galera node did not start here"; }
    galera_root 1 <<SQL
CREATE USER IF NOT EXISTS 'cxcron'@'127.0.0.1' IDENTIFIED BY 'cxcron';
GRANT ALL PRIVILEGES ON *.* TO 'cxcron'@'127.0.0.1';
SQL
    local i
    for ((i = 2; i <= GALERA_NODES; i++)); do
        galera_start "$i" join || { galera_logs; skip "Galera node $i could not join (state transfer) here"; }
    done
    galera_wait_size "$GALERA_NODES" 60 || { galera_logs; skip "the 3-node Galera cluster did not form here"; }
}
