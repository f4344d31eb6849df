#!/usr/bin/env python3
"""Crash test under write load: is an acknowledged write ever lost?

Starts Kernteam from the jar on its own data directory (bench/work/crash/data), lets several writers register
households through the API, and kills the JVM with SIGKILL at a random moment; in some cycles its embedded
PostgreSQL is killed with SIGKILL too, right after. Then it starts Kernteam again on the same directory and
checks that every household whose creation was answered 201 is there. Repeats for CYCLES cycles (default 50)
and prints one line per cycle and a closing line "N acknowledged, N lost".

A write in flight at the moment of the kill is not acknowledged: it may or may not be there, and either is
fine. An acknowledged write that is missing after the restart is a loss, and the script exits 1.

Usage: bench/crash.py [CYCLES] [WRITERS]        (environment: BENCH_JAR, CRASH_PORT, CRASH_SEED)
Runs against 127.0.0.1 only; every loop is bounded by the cycle count and by time-outs.
"""
import base64
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
WORK = os.path.join(BENCH, "work", "crash")
DATA = os.path.join(WORK, "data")
PORT = int(os.environ.get("CRASH_PORT", "8090"))
BASE = f"http://127.0.0.1:{PORT}"
ADMIN_PASSWORD = "crash-test-admin-password"
WRITER = ("crash.writer", "crash-writer-password")
CYCLES = int(sys.argv[1]) if len(sys.argv) > 1 else 50
WRITERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
SEED = int(os.environ.get("CRASH_SEED", str(int(time.time()))))


def jar():
    given = os.environ.get("BENCH_JAR")
    if given:
        return given
    target = os.path.join(ROOT, "target")
    jars = [f for f in os.listdir(target) if f.startswith("kernteam-") and f.endswith(".jar")] if os.path.isdir(target) else []
    if not jars:
        subprocess.run(["./mvnw", "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
        jars = [f for f in os.listdir(target) if f.startswith("kernteam-") and f.endswith(".jar")]
    return os.path.join(target, jars[0])


def call(method, path, user, password, body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(BASE + path, data=data, method=method)
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, None


def start(log):
    # exec'd directly (no shell), so that the Popen's pid is the JVM itself
    process = subprocess.Popen(["java", "-Xmx512m", "-jar", os.path.join(WORK, "kernteam.jar"),
                                f"--server.port={PORT}", "--server.address=127.0.0.1", f"--kernteam.data-dir={DATA}",
                                "--kernteam.demo-data=false", f"--kernteam.admin.password={ADMIN_PASSWORD}"],
                               cwd=WORK, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 180
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"crash: Kernteam stopped by itself (exit {process.returncode}); see {log.name}")
        try:
            with urllib.request.urlopen(BASE + "/actuator/health", timeout=2) as response:
                if b'"UP"' in response.read():
                    return process
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    process.kill()
    sys.exit("crash: not healthy after 180 s")


def postmaster_pid():
    try:
        with open(os.path.join(DATA, "pg", "postmaster.pid")) as pid_file:
            return int(pid_file.readline().strip())
    except (OSError, ValueError):
        return None


def write_until_killed(writer, cycle, acknowledged, stop):
    n = 0
    while not stop.is_set():
        n += 1
        name = f"Crash {cycle}-{writer}-{n}"
        body = {"name": name, "members": [{"givenName": "Kim", "familyName": name, "birthDate": "2015-05-05", "role": "CHILD"}]}
        try:
            status, created = call("POST", "/api/v1/households", *WRITER, body)
        except (urllib.error.URLError, OSError, ValueError):
            return  # the server is gone: this write was in flight, not acknowledged
        if status == 201:
            acknowledged.append(created["id"])
        elif status >= 500:
            print(f"crash: a write answered {status}", file=sys.stderr)


def missing(ids):
    lost = []
    for household in ids:
        status, _ = call("GET", f"/api/v1/households/{household}", *WRITER)
        if status != 200:
            lost.append((household, status))
    return lost


def main():
    rng = random.Random(SEED)
    if os.path.isdir(DATA):
        shutil.rmtree(DATA)
    os.makedirs(DATA)
    shutil.copy(jar(), os.path.join(WORK, "kernteam.jar"))
    log = open(os.path.join(WORK, "app.log"), "ab")
    print(f"crash: seed {SEED}, {CYCLES} cycles, {WRITERS} writers, data in {DATA}")

    process = start(log)
    status, organisation = call("POST", "/api/v1/organisations", "admin", ADMIN_PASSWORD,
                                {"name": "Wijkteam Crashtest", "type": "LOCAL_TEAM"})
    assert status == 201, status
    status, _ = call("POST", "/api/v1/professionals", "admin", ADMIN_PASSWORD,
                     {"username": WRITER[0], "password": WRITER[1], "name": "Cas Crash",
                      "organisationId": organisation["id"], "roles": ["PROFESSIONAL"]})
    assert status == 201, status

    all_acknowledged, all_lost = [], []
    for cycle in range(1, CYCLES + 1):
        acknowledged, stop = [], threading.Event()
        threads = [threading.Thread(target=write_until_killed, args=(w, cycle, acknowledged, stop)) for w in range(WRITERS)]
        for thread in threads:
            thread.start()
        time.sleep(rng.uniform(1.0, 6.0))
        postmaster = postmaster_pid()
        process.send_signal(signal.SIGKILL)
        process.wait()
        kill_database = rng.random() < 0.3
        if kill_database and postmaster:
            try:
                os.kill(postmaster, signal.SIGKILL)
            except ProcessLookupError:
                pass
        stop.set()
        for thread in threads:
            thread.join(timeout=30)

        process = start(log)
        lost = missing(acknowledged)
        all_acknowledged += acknowledged
        all_lost += lost
        print(f"cycle {cycle:3d}: killed JVM{' + PostgreSQL' if kill_database else ''}, "
              f"{len(acknowledged)} acknowledged, {len(lost)} lost", flush=True)

    # Once more at the end: every write acknowledged in any cycle is still there after all the kills.
    lost_at_end = missing(all_acknowledged)
    process.terminate()
    process.wait(timeout=60)
    print(f"crash: {CYCLES} cycles, {len(all_acknowledged)} acknowledged, {len(all_lost)} lost after their cycle, "
          f"{len(lost_at_end)} lost at the end")
    for household, status in (all_lost + lost_at_end)[:20]:
        print(f"crash: lost {household} ({status})")
    sys.exit(1 if all_lost or lost_at_end else 0)


if __name__ == "__main__":
    main()
