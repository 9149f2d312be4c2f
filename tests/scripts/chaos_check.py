#!/usr/bin/env python3
"""The verdict of test_chaos.sh: chaos_check.py DIR START SECONDS. Reads the runners' files,
the commands' journal and witness, and the cron_logs rows; prints the findings, exits 1 on any
failure. The last line is the summary the test reports."""
import collections
import datetime
import glob
import os
import sys

directory, start, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
failures = []

runners = []
for pid_file in glob.glob(os.path.join(directory, "runners", "*.pid")):
    n = os.path.basename(pid_file)[:-4]
    base = os.path.join(directory, "runners", n)
    pid, host, launched = open(pid_file).read().split()
    killed = open(base + ".killed").read().split()[0] if os.path.exists(base + ".killed") else ""
    rc = int(open(base + ".rc").read().strip())
    text = open(base + ".out", errors="replace").read() + open(base + ".err", errors="replace").read()
    runners.append(dict(n=n, host=host, launched=int(launched), killed=killed, rc=rc, text=text))

codes = collections.Counter()
for r in runners:
    if r["killed"] == "KILL":
        codes["killed"] += 1
        continue
    if r["killed"] == "TERM":
        codes["terminated"] += 1
        if r["rc"] not in (0, 143):
            failures.append(f"runner {r['n']} got SIGTERM and exited {r['rc']}, expected 143: {r['text'][-300:]}")
        continue
    codes[r["rc"]] += 1
    if r["rc"] >= 128:
        failures.append(f"runner {r['n']} crashed (exit {r['rc']}): {r['text'][-300:]}")
    elif r["rc"] not in (0, 4, 7):
        failures.append(f"runner {r['n']} exited {r['rc']}: {r['text'][-300:]}")

rows = {}
for line in open(os.path.join(directory, "rows.tsv"), errors="replace"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 7:
        continue
    rows[int(parts[0])] = dict(name=parts[1], slot=parts[2][:16], state=parts[3], cls=parts[4], host=parts[5],
                               exception=parts[6], pid=int(parts[7]) if len(parts) > 7 and parts[7].isdigit() else 0)

journal = collections.defaultdict(list)  # id -> [(event, time)]
for line in open(os.path.join(directory, "journal")):
    fields = line.split()
    if len(fields) < 3:
        failures.append(f"unreadable journal line: {line!r}")
        continue
    # The time is missing when `date` itself was stopped with the command's group.
    event, task, run_id = fields[:3]
    at = int(fields[3]) if len(fields) > 3 else None
    journal[int(run_id)].append((event, at))

overlaps = [line.strip() for line in open(os.path.join(directory, "overlaps")) if line.strip()]
if overlaps:
    failures.append(f"{len(overlaps)} overlaps (a second copy ran beside the first): {overlaps[:5]}")

duplicates = [i for i, events in journal.items() if sum(1 for e, _ in events if e == "start") > 1]
if duplicates:
    failures.append(f"runs started twice: {duplicates}")

running = [i for i, r in rows.items() if r["state"] == "running"]
if running:
    failures.append(f"rows left running: {running}")

# When each runner the test SIGKILLed died. A command that ended by itself before that is
# recorded as it ended (the shim keeps its exit status for the next runner). Only a command
# caught by the stop between writing "end" and exiting (its journal then also says "term") is
# recorded interrupted: counted apart, never hidden.
killed_at = {}
for pid_file in glob.glob(os.path.join(directory, "runners", "*.pid")):
    base = pid_file[:-4]
    if os.path.exists(base + ".killed"):
        signal_name, at = open(base + ".killed").read().split()[:2]
        if signal_name == "KILL":
            killed_at[int(open(pid_file).read().split()[0])] = int(at)
ended_before_kill = []
mismatches = []
for i, r in rows.items():
    events = [e for e, _ in journal.get(i, [])]
    started, ended = "start" in events, "end" in events
    end_time = next((t for e, t in journal.get(i, []) if e == "end"), None)
    if r["state"] == "interrupted" and ended and "term" in events and r["pid"] in killed_at \
            and end_time is not None and end_time <= killed_at[r["pid"]]:
        ended_before_kill.append(f"#{i} {r['name']}")
        continue
    if r["state"] == "success" and not (started and ended):
        mismatches.append(f"#{i} {r['name']} recorded success but its command {'did not end' if started else 'never started'}")
    if r["state"] in ("interrupted", "failed", "cancelled") and ended:
        mismatches.append(f"#{i} {r['name']} recorded {r['state']} ({r['cls']}) but its command ran to its end")
    if r["state"] == "skipped" and started:
        mismatches.append(f"#{i} {r['name']} recorded skipped but its command ran")
for i in journal:
    if i not in rows:
        mismatches.append(f"run id {i} in the journal has no row")
if mismatches:
    failures.append(f"{len(mismatches)} states that do not match what the command did: {mismatches[:8]}")

# A timeout fires on time whatever the database does (the task of 8 s, its command 30 s long).
late = []
for i, r in rows.items():
    if r["name"] != "chaos:6":
        continue
    events = dict(journal.get(i, []))
    if events.get("start") and events.get("term") and events["term"] - events["start"] > 8 + 4:
        late.append(f"#{i} stopped after {events['term'] - events['start']} s")
if late:
    failures.append(f"timeouts that waited: {late}")

# Every minute in which runners ran cleanly has a row for every task (run or skipped).
clean_minutes = set()
for r in runners:
    if not r["killed"] and r["rc"] == 0 and 2 <= r["launched"] % 60 <= 50:
        clean_minutes.add(r["launched"] // 60)
slots = {(r["name"], r["slot"]) for r in rows.values()}
missed = []
for minute in sorted(clean_minutes):
    label = datetime.datetime.fromtimestamp(minute * 60, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
    for n in range(1, 7):
        if (f"chaos:{n}", label) not in slots:
            missed.append(f"chaos:{n}@{label}")
if missed:
    failures.append(f"missed slots: {missed}")

# A runner stopped with SIGTERM recorded the runs it stopped itself, as interrupted.
for r in runners:
    if r["killed"] == "TERM" and r["rc"] == 143 and "asked to end" not in r["text"] and \
            not any(x["host"] == "chaos-" + r["host"] and "asked to end" in x["exception"] for x in rows.values()):
        failures.append(f"runner {r['n']} ended on SIGTERM without recording its runs as interrupted")

states = collections.Counter(r["state"] for r in rows.values())
for f in failures:
    print("FAIL:", f)
print(f"runner exits: {dict(codes)}; rows: {dict(states)}")
if ended_before_kill:
    print(f"stopped while exiting as their runner was SIGKILLed, recorded interrupted: {ended_before_kill}")
print(f"{len(rows)} rows over {len(clean_minutes)} clean minutes: {len(overlaps)} overlaps, {len(duplicates)} duplicates, "
      f"{len(missed)} missed, {len(running)} left running, {len(mismatches)} state mismatches, "
      f"{len(ended_before_kill)} stopped while exiting as their runner was killed")
sys.exit(1 if failures else 0)
