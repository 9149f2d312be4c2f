#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cost of one minute of CLIENTXCMS v2's cron: `cxcron run` beside `php artisan schedule:run`
on the same real Laravel site (tests/fixtures/laravel-app on Debian's php-laravel-framework,
v2's tables in MariaDB), interleaved run by run in one process so load changes touch both alike.

- typical minute: v2's two every-minute jobs due (invoices:delivery, services:expire), nothing
  to deliver or suspend — what nearly every minute of a v2 site is;
- nothing due: cxcron with those two jobs disabled at a minute when no other job is due;
  schedule:run on the site before storage/installed exists (v2's Kernel then schedules nothing):
  Laravel's boot and the scheduler's check alone.

Wall time of each command, and CPU time of the command and all its descendants
(RUSAGE_CHILDREN around it; the MariaDB server's own CPU is not included).

  bench/bench_minute.py --cxcron build/src/cli/cxcron --port 34501 [--runs 15]
(the MariaDB server of scripts/mariadb-test-server.sh, user cxcron/cxcron)."""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "tests", "fixtures")


def sql(port, db, statement, stdin=None):
    subprocess.run(["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{port}", "-ucxcron", "-pcxcron"] +
                   ([db] if db else []) + (["-e", statement] if statement else []),
                   stdin=stdin, check=True, stdout=subprocess.DEVNULL)


def measure(argv, cwd, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    r = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {r.returncode}:\n{r.stdout.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000, r.stdout.decode()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cxcron", required=True)
    p.add_argument("--port", type=int, default=34501)
    p.add_argument("--runs", type=int, default=15)
    a = p.parse_args()
    cxcron = os.path.abspath(a.cxcron)
    work = tempfile.mkdtemp(prefix="bench_minute.")
    try:
        db = "cxcron_bench_minute"
        sql(a.port, None, f"DROP DATABASE IF EXISTS {db}; CREATE DATABASE {db} CHARACTER SET utf8mb4 "
                          "COLLATE utf8mb4_unicode_ci")
        with open(os.path.join(fixtures, "clientxcms-v2-schema.sql"), "rb") as f:
            sql(a.port, db, None, stdin=f)
        sql(a.port, db, "INSERT INTO settings (name, value) VALUES ('app_cron_last_run', '2026-01-01 00:00:00')")
        sites = {}
        for name, installed in (("installed", True), ("not-installed", False)):
            site = os.path.join(work, name)
            shutil.copytree(os.path.join(fixtures, "laravel-app"), site)
            if installed:
                open(os.path.join(site, "storage", "installed"), "w").close()
            with open(os.path.join(site, ".env"), "w") as f:
                f.write("APP_NAME=CLIENTXCMS\nAPP_KEY=base64:Y3hjcm9uLWJlbmNoLWtleS1ub3QtYS1yZWFsLW9uZSEh\n"
                        f"DB_HOST=127.0.0.1\nDB_PORT={a.port}\nDB_DATABASE={db}\nDB_USERNAME=cxcron\n"
                        "DB_PASSWORD=cxcron\n")
            os.chmod(os.path.join(site, ".env"), 0o600)
            sites[name] = site
        env = dict(os.environ, TZ="UTC")
        env.pop("CXCRON_DB_PASSWORD", None)
        php = shutil.which("php")
        site = sites["installed"]
        cx = [cxcron, "--env", os.path.join(site, ".env"), "--php", php]
        measure(cx + ["migrate"], site, env)
        # One cxcron database per case: the nothing-due case has the two every-minute jobs off.
        results = {k: ([], []) for k in ("cxcron typical", "schedule:run typical", "cxcron nothing due",
                                          "schedule:run nothing due")}
        # A fake clock for cxcron: each run is a new minute (10:01, 10:02… UTC; 11:0x in Paris), when
        # only the every-minute jobs are due. schedule:run uses the real clock.
        minute = 0
        out_typical = out_idle = ""
        for i in range(a.runs + 1):  # the first round warms the caches and is not counted
            for case in results:
                if case.startswith("cxcron"):
                    minute += 1
                    e = dict(env, CXCRON_NOW=f"2026-12-01 {10 + minute // 50:02d}:{1 + minute % 50:02d}:00")
                    args = cx + ["run"]
                    if case == "cxcron nothing due":
                        for task in ("invoices:delivery", "services:expire"):
                            measure(cx + ["set", task, "--disable"], site, env)
                    else:
                        for task in ("invoices:delivery", "services:expire"):
                            measure(cx + ["set", task, "--enable"], site, env)
                    wall, cpu, out = measure(args, site, e)
                    if case == "cxcron typical":
                        out_typical = out
                    else:
                        out_idle = out
                else:
                    s = site if case == "schedule:run typical" else sites["not-installed"]
                    wall, cpu, out = measure([php, "artisan", "schedule:run"], s, env)
                    if case == "schedule:run typical" and out.count("Running scheduled command") != 2:
                        print(f"note: schedule:run ran {out.count('Running scheduled command')} jobs at "
                              f"{time.strftime('%H:%M')}", file=sys.stderr)
                if i > 0:
                    results[case][0].append(wall)
                    results[case][1].append(cpu)
        print(f"# bench_minute: {a.runs} runs each, interleaved; load average {os.getloadavg()[0]:.2f}")
        print(f"cxcron typical minute ran: {out_typical.strip().replace(chr(10), '; ')}")
        print(f"cxcron idle minute ran: {out_idle.strip().replace(chr(10), '; ') or '(nothing)'}")
        print("| minute | command | wall median / p90 ms | CPU mean ms |")
        print("|---|---|---|---|")
        med = {}
        for case, (walls, cpus) in results.items():
            walls.sort()
            med[case] = (statistics.median(walls), statistics.mean(cpus))
            kind, what = case.split(" ", 1)
            print(f"| {what} | {kind} | {statistics.median(walls):.0f} / {walls[int(0.9 * (len(walls) - 1))]:.0f} "
                  f"| {statistics.mean(cpus):.0f} |")
        for what in ("typical", "nothing due"):
            c, s = med[f"cxcron {what}"], med[f"schedule:run {what}"]
            print(f"ratio cxcron / schedule:run, {what}: wall {c[0] / s[0]:.2f}, CPU {c[1] / s[1]:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        sql(a.port, None, "DROP DATABASE IF EXISTS cxcron_bench_minute")


if __name__ == "__main__":
    main()
