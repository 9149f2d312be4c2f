# shellcheck shell=bash
# Helpers of the alert tests (sourced after lib.sh): the real SMTP and HTTP servers they start
# on 127.0.0.1, on free ports the kernel picks.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# A free TCP port on 127.0.0.1 (bound then released: the server binds it right after).
pick_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_http NAME — starts the recording HTTP server; sets HTTP_PORT, HTTP_DIR_<NAME>.
start_http() {
    local name=$1 dir="$TMP/http-$1" pid
    HTTP_PORT=$(pick_port)
    mkdir -p "$dir"
    "$PY" "$HERE/alert_http_server.py" --port "$HTTP_PORT" --dir "$dir" >"$dir/server.log" 2>&1 &
    pid=$!
    on_exit "kill $pid 2>/dev/null; wait $pid 2>/dev/null"
    wait_for "the HTTP server $name" 20 test -e "$dir/ready"
    HTTP_DIR=$dir
}

# start_smtp NAME [server options…] — starts the recording SMTP server (on FIXED_PORT when set);
# sets SMTP_PORT, SMTP_DIR.
start_smtp() {
    local name=$1 dir="$TMP/smtp-$1" pid
    shift
    SMTP_PORT=${FIXED_PORT:-$(pick_port)}
    mkdir -p "$dir"
    "$PY" "$HERE/alert_smtp_server.py" --port "$SMTP_PORT" --dir "$dir" "$@" >"$dir/server.log" 2>&1 &
    pid=$!
    on_exit "kill $pid 2>/dev/null; wait $pid 2>/dev/null"
    wait_for "the SMTP server $name" 20 test -e "$dir/ready"
    SMTP_DIR=$dir
    SMTP_PID=$pid
}

# requests DIR [PATH_SUBSTRING] — how many requests the HTTP server recorded (for that path).
requests() {
    local log="$1/requests.log"
    [ -e "$log" ] || { echo 0; return; }
    if [ -n "${2:-}" ]; then grep -c "\"path\": \"[^\"]*$2" "$log" || true; else grep -c . "$log" || true; fi
}

# json_field FILE LINE_NUMBER FIELD — a field of one JSON line (of the body when FIELD starts with body.)
json_field() {
    "$PY" - "$@" <<'PYEOF'
import json, sys
line = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]) - 1]
value = json.loads(line)
for part in sys.argv[3].split("."):
    value = json.loads(value) if isinstance(value, str) and part != "" and value.startswith("{") else value
    value = value.get(part) if isinstance(value, dict) else None
print("" if value is None else value)
PYEOF
}

# A self-signed certificate for 127.0.0.1 in DIR/cert.pem, DIR/key.pem.
make_cert() {
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
        -addext "subjectAltName=IP:127.0.0.1" -keyout "$1/key.pem" -out "$1/cert.pem" >/dev/null 2>&1 ||
        fail "openssl could not make a test certificate"
}
