#!/usr/bin/env python3
"""lockctl watch benchmark (not a test). Run from the repo root: `python3 bench/watch.py`.

`lockctl watch --home Fleet --json` over the emulator's `serve --fleet 200`; N wrong PINs typed at
random fleet locks through the control API (`POST /_emulator/keypad`), one at a time, each at a
random moment of the polling cycle. Reported: the time from the keypad entry to its `alarm` event
on watch's stdout (median, worst) beside the polling cycle (interval, and what the rate allows:
requests per cycle / rate), the gateway requests a second observed (the journal's sequence
numbers), and watch's resident memory after start-up and at its peak (VmHWM).

`BENCH_BIN=dir` runs the binaries of another build (e.g. target/debug); by default a release
build is made. `BENCH_N` entries (default 20), `BENCH_INTERVAL` (default 5s), `BENCH_RATE`
(default 100), `BENCH_LOCKS` (default 200). `BENCH_RATE=default` / `BENCH_INTERVAL=default` run
watch without the flag (its defaults: 5 requests a second, 30 s).

`BENCH_SOAK=R` (default 0: off) then goes on until watch has made R more requests, typing a wrong
PIN at a random lock about twice a second (so the state's windows fill), and samples watch's
resident memory every second: a long run compressed (30 minutes at the default 5 requests a
second are 9,000 requests; at `--rate 100` they take about 90 s). Reported: the soak's requests,
lock polls (requests / requests per poll), events, and the peak resident memory's growth over
the memory after the first round.
"""
import json
import os
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("BENCH_BIN") or os.path.join(ROOT, "target", "release")
CLIENT_ID = "lockctldemo000000001"
SECRET = "lockctldemosecret000000000000001"
N = int(os.environ.get("BENCH_N", "20"))
INTERVAL = os.environ.get("BENCH_INTERVAL", "5s")
RATE_ARG = os.environ.get("BENCH_RATE", "100")
RATE = 5.0 if RATE_ARG == "default" else float(RATE_ARG)
LOCKS = int(os.environ.get("BENCH_LOCKS", "200"))
SOAK = int(os.environ.get("BENCH_SOAK", "0"))
DEFAULT_RATE = 5.0
# Requests per lock poll: history and alarms, the password list every 4th poll, and on locks
# that are not Wi-Fi (2 in 3 of the fleet) the members every 8th: the family list, the owner's
# methods, the panel list.
PER_POLL = 2 + 1 / 4 + (2 / 3) * 3 / 8


def post(base, path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")


def seq(base):
    with urllib.request.urlopen(base + "/_emulator/journal") as r:
        j = json.loads(r.read())
    return j[-1]["seq"] if j else 0


def lock_id(n):
    kind = ["zigbee", "wifi", "ble"][n % 3]
    return "bf00fl" + kind.rjust(6, "0") + f"{n:08d}"


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def reader(stream, q):
    for line in stream:
        q.put((time.perf_counter(), line))


def run_soak(base, watch, out, rss_start):
    """Go on until watch has made SOAK more requests, typing wrong PINs; sample memory."""
    rng = random.Random(11)
    seq0, t0 = seq(base), time.perf_counter()
    typed, rss_max, last_sample = 0, 0, 0.0
    while seq(base) - seq0 < SOAK:
        for _ in range(2):
            post(base, "/_emulator/keypad", {"devId": lock_id(rng.randint(1, LOCKS)), "pin": "0000000"})
            typed += 1
            time.sleep(0.5)
        while not out.empty():
            out.get_nowait()
        now = time.perf_counter()
        if now - last_sample >= 1:
            rss_max, last_sample = max(rss_max, status_kb(watch.pid, "VmRSS")), now
    requests = seq(base) - seq0
    hwm = status_kb(watch.pid, "VmHWM")
    return {
        "soak_requests": requests, "soak_polls": round(requests / PER_POLL),
        "soak_s": round(time.perf_counter() - t0, 1), "soak_entries_typed": typed,
        "soak_rss_end_kb": status_kb(watch.pid, "VmRSS"), "soak_rss_max_sampled_kb": rss_max,
        "soak_peak_rss_kb": hwm, "soak_peak_growth_kb": hwm - rss_start,
    }


def main():
    if not os.environ.get("BENCH_BIN"):
        print("building release binaries...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"], cwd=ROOT, check=True)
    emu = subprocess.Popen([os.path.join(BIN, "lockctl-emulator"), "serve", "--fleet", str(LOCKS)],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = emu.stdout.readline().strip()
    cfg = tempfile.mkdtemp(prefix="lockctl-watch-bench-")
    env = dict(os.environ, LOCKCTL_CONFIG_DIR=cfg, LOCKCTL_DATA_DIR=cfg, LOCKCTL_APP_SECRET=SECRET,
               NO_COLOR="1")
    lockctl = os.path.join(BIN, "lockctl")
    watch = None
    try:
        subprocess.run([lockctl, "profile", "add", "bench", "--endpoint", base, "--client-id", CLIENT_ID],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        subprocess.run([lockctl, "login", "--email", "demo@example.com", "--password-stdin"], env=env,
                       input=b"lockctl-demo\n", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
        t0 = time.perf_counter()
        args = [lockctl, "watch", "--home", "Fleet", "--json"]
        if INTERVAL != "default":
            args += ["--interval", INTERVAL]
        if RATE_ARG != "default":
            args += ["--rate", RATE_ARG]
        watch = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        out, err = queue.Queue(), queue.Queue()
        threading.Thread(target=reader, args=(watch.stdout, out), daemon=True).start()
        threading.Thread(target=reader, args=(watch.stderr, err), daemon=True).start()
        while True:
            _, line = err.get(timeout=600)
            if line.startswith("watching "):
                break
        first_round = time.perf_counter() - t0
        rss_start = status_kb(watch.pid, "VmRSS")
        seq0, s0 = seq(base), time.perf_counter()
        lat = []
        rng = random.Random(7)
        for i in range(N):
            time.sleep(rng.uniform(0, 2.0))
            dev = lock_id(rng.randint(1, LOCKS))
            t = time.perf_counter()
            post(base, "/_emulator/keypad", {"devId": dev, "pin": "0000000"})
            while True:
                seen, line = out.get(timeout=600)
                e = json.loads(line)
                if e["lock"]["id"] == dev and e["kind"] == "alarm":
                    lat.append(seen - t)
                    break
        elapsed = time.perf_counter() - s0
        requests = seq(base) - seq0
        hwm = status_kb(watch.pid, "VmHWM")
        rss_end = status_kb(watch.pid, "VmRSS")
        soak = {}
        if SOAK:
            soak = run_soak(base, watch, out, rss_start)
        watch.terminate()
        code = watch.wait(timeout=60)
        per_cycle = LOCKS * PER_POLL + 1
        print(json.dumps({
            "locks": LOCKS, "entries": N, "interval": INTERVAL, "rate": RATE_ARG,
            "first_round_s": round(first_round, 2),
            "cycle_by_rate_s": round(per_cycle / RATE, 2),
            "latency_median_s": round(statistics.median(lat), 2),
            "latency_worst_s": round(max(lat), 2),
            "latency_best_s": round(min(lat), 2),
            "requests_per_s": round(requests / elapsed, 2),
            "requests": requests, "run_s": round(elapsed, 1),
            "rss_start_kb": rss_start, "rss_end_kb": rss_end, "peak_rss_kb": hwm,
            "peak_growth_kb": hwm - rss_start,
            **soak,
            "sigterm_exit": code,
        }, indent=2))
    finally:
        if watch and watch.poll() is None:
            watch.kill()
        emu.terminate()
        emu.wait()


if __name__ == "__main__":
    main()
