#!/usr/bin/python3
# A real HTTP server for the alert tests (python3 http.server) on 127.0.0.1:PORT. Every
# request is appended to DIR/requests.log as one JSON line (method, path, content type, body).
# How it answers is read from DIR/mode at each request, so a test can change it while it runs:
#   ok (default)  204           500  500 Internal Server Error           hang  never answers (60 s)
#   slow N        acts on the request (logs it), then answers 204 after N seconds
# Each logged request has its Idempotency-Key header (null without one).
# Writes DIR/ready once listening; runs until killed.
import argparse
import json
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--dir", required=True)
args = parser.parse_args()
os.makedirs(args.dir, exist_ok=True)


def mode():
    try:
        with open(os.path.join(args.dir, "mode")) as f:
            return f.read().strip() or "ok"
    except OSError:
        return "ok"


class Handler(BaseHTTPRequestHandler):
    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        current = mode()
        with open(os.path.join(args.dir, "requests.log"), "a") as f:
            f.write(json.dumps({"method": self.command, "path": self.path, "mode": current,
                                "content_type": self.headers.get("Content-Type"),
                                "idempotency_key": self.headers.get("Idempotency-Key"), "body": body}) + "\n")
        if current == "hang":
            time.sleep(60)
            return
        if current.startswith("slow "):
            time.sleep(float(current.split()[1]))
        self.send_response(500 if current == "500" else 204)
        self.end_headers()

    do_POST = handle_any
    do_GET = handle_any
    do_HEAD = handle_any

    def log_message(self, *unused):
        pass


server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
server.daemon_threads = True
open(os.path.join(args.dir, "ready"), "w").close()
server.serve_forever()
