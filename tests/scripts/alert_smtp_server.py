#!/usr/bin/python3
# A real SMTP server for the alert tests (Debian's python3-aiosmtpd), on 127.0.0.1:PORT.
# Every message received is stored as DIR/NNNN.eml; the SMTP commands' arguments that
# matter (MAIL FROM, RCPT TO, whether TLS was on) go to DIR/envelopes.log, one JSON per line.
#   --starttls CERT KEY   offer STARTTLS with this certificate (and require it for AUTH)
#   --tls CERT KEY        implicit TLS (smtps)
#   --auth USER:PASSWORD  require AUTH PLAIN/LOGIN with these credentials
# Writes DIR/ready once listening; runs until killed.
import argparse
import json
import os
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--dir", required=True)
parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
parser.add_argument("--auth")
args = parser.parse_args()
os.makedirs(args.dir, exist_ok=True)


class Handler:
    def __init__(self):
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(args.dir, "%04d.eml" % self.count)
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(path + ".tmp", path)
        with open(os.path.join(args.dir, "envelopes.log"), "a") as f:
            f.write(json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                                "tls": session.ssl is not None, "file": os.path.basename(path)}) + "\n")
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    user, password = args.auth.split(":", 1)
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
        and auth_data.password.decode() == password
    with open(os.path.join(args.dir, "auth.log"), "a") as f:
        f.write(json.dumps({"mechanism": mechanism, "ok": ok}) + "\n")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def context(cert_key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert_key[0], cert_key[1])
    return ctx


kwargs = {"hostname": "127.0.0.1", "port": args.port}
if args.starttls:
    kwargs["tls_context"] = context(args.starttls)
    kwargs["require_starttls"] = False
if args.tls:
    kwargs["ssl_context"] = context(args.tls)
if args.auth:
    kwargs["authenticator"] = authenticator
    kwargs["auth_required"] = True
    kwargs["auth_require_tls"] = bool(args.starttls or args.tls)
controller = Controller(Handler(), **kwargs)
controller.start()
open(os.path.join(args.dir, "ready"), "w").close()
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
    sys.exit(0)
