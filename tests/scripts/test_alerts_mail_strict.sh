#!/usr/bin/env bash
# E-mail alerts as the ecosystem's own tools read them: every message the real SMTP server
# (python3-aiosmtpd) receives is parsed with Python's email.policy.strict (any defect raises),
# every header read and every line checked (encoded-words of at most 75 characters, outside
# quotes; lines of at most 78). The senders are hard ones: a non-ASCII .env MAIL_FROM_NAME, a
# --from "Équipe <a@b>", a task name holding quotes and =?…?=. A rule with --lang fr sends French:
# the subject and the body are checked word for word.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/alert_lib.sh"
"$PY" -c 'import aiosmtpd' 2>/dev/null || skip "python3-aiosmtpd is not installed"

start_smtp plain
S=$SMTP_DIR P=$SMTP_PORT
fresh_db sqlite strict
cat >"$TMP/.env" <<ENV
APP_NAME="Hébergement Général"
DB_CONNECTION=sqlite
DB_DATABASE=${DB_URL#sqlite:}
MAIL_HOST=127.0.0.1
MAIL_PORT=$P
MAIL_ENCRYPTION=null
MAIL_FROM_ADDRESS=facturation@example.com
MAIL_FROM_NAME="\${APP_NAME} — Équipe facturation « nuit »"
ENV
chmod 600 "$TMP/.env"
export CXCRON_DIAG_ENABLE=tick
cxe() { cx --env "$TMP/.env" "$@"; }
LOG="$TMP/all.log"
CXCRON_NOW="2026-03-29 09:00:00" cxe alert add email ops@example.com --task diag:tick --lang fr >>"$LOG" ||
    fail "alert add --lang fr failed"
CXCRON_NOW="2026-03-29 09:00:00" cxe alert add email ops@example.com --task diag:tick \
    --from "Équipe <alertes@example.com>" >>"$LOG" || fail "--from with a display name was refused"
sql "$DB_URL" "CREATE TABLE cxcron_diag (broken INTEGER)" # diag:tick now fails
CXCRON_NOW="2026-03-29 10:00:00" cxe run >>"$LOG" 2>&1 || fail "run failed: $(tail -3 "$LOG")"
cxe alert test 1 >>"$LOG" 2>&1 || fail "alert test 1 failed"
count=$(find "$S" -name '*.eml' | wc -l)
[ "$count" = 3 ] || fail "expected 3 messages, got $count: $(tail -5 "$LOG")"
id=$(sql "$DB_URL" "SELECT MAX(id) FROM cron_logs WHERE name = 'diag:tick'")

"$PY" - "$S" "$id" <<'PY' || fail "a message is not valid under email.policy.strict"
import email, email.policy, glob, re, sys
folder, run_id = sys.argv[1], sys.argv[2]
french = 0
for path in sorted(glob.glob(folder + "/*.eml")):
    raw = open(path, "rb").read()
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert len(line) <= 78, f"{path}: a header line of {len(line)} characters: {line!r}"
    for word in re.findall(rb"=\?[^?]+\?[BbQq]\?[^?]*\?=", head):
        assert len(word) <= 75, f"{path}: an encoded-word of {len(word)} characters"
    assert not re.search(rb'"[^"\r\n]*=\?[^"]*"', head), f"{path}: an encoded-word inside quotes"
    msg = email.message_from_bytes(raw, policy=email.policy.strict)
    for name, value in msg.items():  # parsing each header raises on its first defect
        assert not getattr(value, "defects", ()), f"{path}: {name}: {value.defects}"
    assert not msg.defects, f"{path}: {msg.defects}"
    mid = msg["Message-ID"]
    assert re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]+>", str(mid)), f"{path}: Message-ID {mid}"
    sender = msg["From"].addresses[0]
    body = msg.get_content()
    subject = str(msg["Subject"])
    print(f"-- {path.rsplit('/', 1)[1]}: From {sender.display_name!r} <{sender.addr_spec}>; Subject {subject!r}")
    if sender.addr_spec == "facturation@example.com":  # the French rule
        french += 1
        assert sender.display_name == "Hébergement Général — Équipe facturation « nuit »", sender.display_name
        if subject == "[cxcron] Alerte de test":
            assert "Ceci est un test d'une règle d'alerte cxcron" in body, body
            continue
        assert subject == "[cxcron] diag:tick a échoué sur " + subject.rsplit(" ", 1)[1], subject
        for want in ["La tâche diag:tick a échoué.", "Tâche : diag:tick", "État : en échec",
                     "Début : 2026-03-29 10:00", "Durée : ", "Hôte : ", "Exécution : n° " + run_id,
                     "Sortie complète et trace : cxcron show " + run_id]:
            assert want in body, f"the French body lacks {want!r}:\n{body}"
        for english in ["Task:", "State:", "Started:", "Full output"]:
            assert english not in body, f"the French body holds {english!r}"
    elif sender.addr_spec == "alertes@example.com":
        assert sender.display_name == "Équipe", sender.display_name
assert french == 2, f"{french} French messages (failure and test), expected 2"
PY
pass "3 messages valid under email.policy.strict; French subject and body; 'Équipe <a@b>' as sender"
