#!/usr/bin/env python3
"""A steady, open-loop load for the rolling-restart drill: RATE requests per second for SECONDS, whatever the
answers take, alternating a page with a session cookie and an API read with a token, through the load balancer.
Counts answers by status; anything but 200 (a 302 to the login page is a lost session) or an error is a failure.

    rolling-load.py URL RATE SECONDS COOKIE TOKEN
"""
import collections
import concurrent.futures
import http.client
import signal
import sys
import threading
import time
import urllib.parse

url, rate, seconds, cookie, token = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
target = urllib.parse.urlsplit(url)
local = threading.local()
counts = collections.Counter()
failures = []
lock = threading.Lock()
stop = threading.Event()
signal.signal(signal.SIGINT, lambda *_: stop.set())
signal.signal(signal.SIGTERM, lambda *_: stop.set())


def connection():
    if not hasattr(local, "conn"):
        local.conn = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
    return local.conn


def call(i):
    page = i % 2 == 0
    path, headers = ("/", {"Cookie": cookie}) if page else ("/api/v1/households?size=20", {"Authorization": "Bearer " + token})
    started = time.monotonic()
    try:
        conn = connection()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        response.read()
        status = response.status
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            del local.conn
    except Exception as e:  # a refused or reset connection the balancer did not hide
        status = type(e).__name__
        if hasattr(local, "conn"):
            local.conn.close()
            del local.conn
    with lock:
        counts[status] += 1
        if status != 200:
            failures.append((round(time.time(), 1), path, status, round(time.monotonic() - started, 3)))


with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
    start = time.monotonic()
    i = 0
    while True:
        due = start + i / rate
        if due - start >= seconds or stop.is_set():
            break
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        pool.submit(call, i)
        i += 1

total = sum(counts.values())
failed = total - counts[200]
print(f"requests: {total}, answered 200: {counts[200]}, failed: {failed}, by status: {dict(counts)}")
for failure in failures[:20]:
    print("   failed:", failure)
sys.exit(1 if failed else 0)
