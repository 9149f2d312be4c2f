#!/usr/bin/env bash
# TLS to MariaDB is enforced, never assumed. Two private MariaDB servers started here (throwaway
# datadirs, as scripts/mariadb-test-server.sh does): one with a certificate made here with
# openssl, one without TLS (have_ssl=DISABLED). Cases:
#   verified       ?tls=1&tls-ca=<the CA>          → connects, the session is encrypted, and no
#                                                    Qt "CLIENT_SSL" warning is printed
#   spellings      tls=true / yes / on             → same as tls=1
#   wrong CA       ?tls=1&tls-ca=<another CA>      → fails (exit 4) with a TLS message
#   system store   ?tls=1 without tls-ca           → fails: the test CA is not a system CA
#   no TLS server  ?tls=1 / ?tls=require           → fails (exit 4): "not encrypted"
#   require        ?tls=require (no verification)  → connects encrypted to the TLS server
#   missing CA     ?tls=1&tls-ca=/nonexistent.pem  → configuration error (exit 3)
#   .env           MYSQL_ATTR_SSL_CA=<the CA>      → verified TLS, as Laravel's PDO does
#   REQUIRE SSL    a user created REQUIRE SSL, URL without tls → the message says to add tls=1
#   unknown key    ?tsl=1                          → usage error (exit 2)
#   Unix socket    ?socket=…&tls=require           → configuration error (exit 3): not encrypted
#   wrong name     a third server whose certificate (signed by the same CA) names
#                  db.wrong-name.example: ?tls=1&tls-ca=<the CA> fails (exit 4) before any
#                  credential is sent; tls=require still connects (no verification asked)
#   empty/repeated ?tls-ca= (an unset shell variable), ?tls=1&tls=0 → usage error (exit 2)
#   localhost:PORT the port is honoured over TCP (not the default Unix socket)
# Skipped (exit 77) when mariadbd or openssl is missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

find_bin mariadbd mysqld >/dev/null || skip "mariadbd is not installed (apt-get install mariadb-server)"
command -v openssl >/dev/null || skip "openssl is not installed"
command -v mariadb >/dev/null || skip "the mariadb client is not installed"

# ---- certificates ------------------------------------------------------------------------------
pki="$TMP/pki"
mkdir -p "$pki"
make_ca() { # make_ca NAME
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=cxcron test $1" \
        -keyout "$pki/$1.key" -out "$pki/$1.pem" 2>/dev/null
}
make_ca ca
make_ca other-ca
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$pki/server.key" -out "$pki/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$pki/ext.cnf"
openssl x509 -req -in "$pki/server.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" -CAcreateserial -days 2 \
    -extfile "$pki/ext.cnf" -out "$pki/server.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=db.wrong-name.example" -keyout "$pki/wrong.key" \
    -out "$pki/wrong.csr" 2>/dev/null
printf 'subjectAltName=DNS:db.wrong-name.example\n' >"$pki/wrong.cnf"
openssl x509 -req -in "$pki/wrong.csr" -CA "$pki/ca.pem" -CAkey "$pki/ca.key" -CAcreateserial -days 2 \
    -extfile "$pki/wrong.cnf" -out "$pki/wrong.pem" 2>/dev/null
chmod 0644 "$pki"/*.pem "$pki"/*.key

# ---- two servers -------------------------------------------------------------------------------
start_server() { # start_server VAR_PREFIX [mariadbd options…]; sets <PREFIX>_PORT
    local prefix=$1
    shift
    private_mariadb_init "$(free_port)"
    private_mariadb_start "$@"
    private_mariadb_setup_user
    mariadb --no-defaults -uroot --socket="$PRIV_DIR/mysqld.sock" <<SQL
CREATE USER IF NOT EXISTS 'cxssl'@'127.0.0.1' IDENTIFIED BY 'cxssl' REQUIRE SSL;
GRANT ALL PRIVILEGES ON cxcron_priv.* TO 'cxssl'@'127.0.0.1';
SQL
    on_exit "kill $PRIV_PID 2>/dev/null; wait $PRIV_PID 2>/dev/null"
    printf -v "${prefix}_PORT" '%s' "$PRIV_PORT"
    PRIV_PID="" # stopped by the line above, not by private_mariadb_stop
}
start_server TLS --ssl-ca="$pki/ca.pem" --ssl-cert="$pki/server.pem" --ssl-key="$pki/server.key"
start_server WRONG --ssl-ca="$pki/ca.pem" --ssl-cert="$pki/wrong.pem" --ssl-key="$pki/wrong.key"
start_server PLAIN
have_ssl=$(mariadb --no-defaults -h127.0.0.1 -P"$PLAIN_PORT" -ucxcron -pcxcron -N -B -e "SELECT @@have_ssl")
[ "$have_ssl" = DISABLED ] || fail "the plain server has have_ssl=$have_ssl, expected DISABLED"
have_ssl=$(mariadb --no-defaults -h127.0.0.1 -P"$TLS_PORT" -ucxcron -pcxcron -N -B -e "SELECT @@have_ssl")
[ "$have_ssl" = YES ] || fail "the TLS server has have_ssl=$have_ssl, expected YES"

export CXCRON_DB_PASSWORD=cxcron
url() { echo "mysql://cxcron@127.0.0.1:$1/cxcron_priv${2:+?$2}"; }

# expect CODE NAME URL [GREP] — runs `cxcron --verbose list` and checks the exit code and stderr.
cases=0
expect() {
    local code=$1 name=$2 u=$3 pattern=${4:-} rc=0
    "$CXCRON_BINARY" --database "$u" --verbose list >"$TMP/out" 2>"$TMP/err" || rc=$?
    no_crash "$rc" "$name"
    [ "$rc" = "$code" ] || { cat "$TMP/err" >&2; fail "$name: exit $rc, expected $code"; }
    if [ -n "$pattern" ]; then
        grep -qiE "$pattern" "$TMP/err" || { cat "$TMP/err" >&2; fail "$name: stderr does not match /$pattern/"; }
    fi
    if grep -q "CLIENT_SSL" "$TMP/err"; then fail "$name: Qt's CLIENT_SSL warning is printed"; fi
    note "$name: exit $rc${pattern:+: $(grep -iE "$pattern" "$TMP/err" | head -1)}"
    cases=$((cases + 1))
}

expect 0 "verified" "$(url "$TLS_PORT" "tls=1&tls-ca=$pki/ca.pem")" "TLS cipher .*\(verified\)"
for spelling in true yes on TRUE verify; do
    expect 0 "tls=$spelling" "$(url "$TLS_PORT" "tls=$spelling&tls-ca=$pki/ca.pem")" "TLS cipher"
done
expect 4 "wrong CA" "$(url "$TLS_PORT" "tls=1&tls-ca=$pki/other-ca.pem")" "TLS connection .* failed"
expect 4 "system CA store" "$(url "$TLS_PORT" "tls=1")" "TLS connection .* failed"
expect 4 "no TLS on the server (tls=1)" "$(url "$PLAIN_PORT" "tls=1&tls-ca=$pki/ca.pem")" "not encrypted"
expect 4 "no TLS on the server (tls=require)" "$(url "$PLAIN_PORT" "tls=require")" "not encrypted"
expect 0 "tls=require" "$(url "$TLS_PORT" "tls=require")" "TLS cipher .*\(not verified\)"
expect 3 "missing CA file" "$(url "$PLAIN_PORT" "tls=1&tls-ca=/nonexistent.pem")" "nonexistent.pem"
expect 2 "misspelled key" "$(url "$TLS_PORT" "tsl=1")" "Unknown option \"tsl\""
expect 2 "bad tls value" "$(url "$TLS_PORT" "tls=maybe")" "tls=maybe"
expect 0 "tls=0 to the plain server" "$(url "$PLAIN_PORT" "tls=0")"
# PRIV_DIR is the plain server's: its Unix socket never carries TLS.
CXCRON_DB_PASSWORD= expect 3 "TLS on a Unix socket" "mysql://root@localhost/cxcron_priv?socket=$PRIV_DIR/mysqld.sock&tls=require" "Unix socket"

# The host name: a certificate of the right CA for another host is refused.
expect 4 "certificate for another host name" "$(url "$WRONG_PORT" "tls=1&tls-ca=$pki/ca.pem")" \
    "TLS connection .* failed.*name the host 127.0.0.1"
expect 0 "another host name with tls=require" "$(url "$WRONG_PORT" "tls=require")" "TLS cipher .*\(not verified\)"
# Security options given empty or twice: an unset shell variable, two URLs pasted together.
expect 2 "empty tls-ca" "$(url "$TLS_PORT" "tls-ca=")" "tls-ca"
expect 2 "tls=1&tls=0" "$(url "$TLS_PORT" "tls=1&tls=0")" "more than once"
expect 2 "empty tls" "$(url "$TLS_PORT" "tls=")" "empty"
# localhost with a port: that port, over TCP (the default socket is not this server's).
expect 0 "localhost:PORT" "mysql://cxcron@localhost:$PLAIN_PORT/cxcron_priv"

# A REQUIRE SSL account: refused in plain text with a hint, accepted over TLS.
CXCRON_DB_PASSWORD=cxssl expect 4 "REQUIRE SSL user without tls" \
    "mysql://cxssl@127.0.0.1:$TLS_PORT/cxcron_priv" "REQUIRE SSL.*tls=1"
CXCRON_DB_PASSWORD=cxssl expect 0 "REQUIRE SSL user with tls=1" \
    "mysql://cxssl@127.0.0.1:$TLS_PORT/cxcron_priv?tls=1&tls-ca=$pki/ca.pem" "TLS cipher"

# The CMS's .env: Laravel passes MYSQL_ATTR_SSL_CA to PDO.
for target in TLS PLAIN; do
    port_var="${target}_PORT"
    cat >"$TMP/$target.env" <<ENV
APP_NAME="Mon hébergeur"
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=${!port_var}
DB_DATABASE=cxcron_priv
DB_USERNAME=cxcron
DB_PASSWORD=cxcron
MYSQL_ATTR_SSL_CA=$pki/ca.pem
ENV
    chmod 600 "$TMP/$target.env"
done
rc=0
"$CXCRON_BINARY" --env "$TMP/TLS.env" --verbose list >"$TMP/out" 2>"$TMP/err" || rc=$?
[ "$rc" = 0 ] && grep -q "TLS cipher .*(verified)" "$TMP/err" || { cat "$TMP/err" >&2; fail ".env with MYSQL_ATTR_SSL_CA: exit $rc, not verified TLS"; }
rc=0
"$CXCRON_BINARY" --env "$TMP/PLAIN.env" list >"$TMP/out" 2>"$TMP/err" || rc=$?
[ "$rc" = 4 ] && grep -q "not encrypted" "$TMP/err" || { cat "$TMP/err" >&2; fail ".env with MYSQL_ATTR_SSL_CA to a server without TLS: exit $rc"; }
cases=$((cases + 2))

pass "$cases TLS cases: verified and require modes connect encrypted; wrong CA, system store, no-TLS server, missing CA, bad keys fail"
