#!/usr/bin/env python3
"""lockctl fleet benchmark (not a test). Run from the repo root: `python3 bench/fleet.py`.

1. One generated temporary password onto each of 200 locks (`temppwd create --home Fleet`)
   with 50 ms latency injected per gateway call: wall time beside the floor of
   200 locks x 3 calls (list, create, read-back) x 50 ms / 8 in flight. Target: within 1.5x.
2. The same with the emulator throttling at 20 requests a second per session: no throttling
   error may reach the user (every lock ok, exit 0); the floor is then the rate
   (600 calls / 20 per second).
3. Peak RSS (max resident set) of the run at 200 and at 2,000 locks (no latency).

`BENCH_BIN=dir` runs the binaries of another build (e.g. target/debug); by default a release
build is made. `BENCH_ONLY=1,3` runs only those sections. Everything runs on loopback against
the bundled emulator (`serve --fleet N`).
"""
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("BENCH_BIN") or os.path.join(ROOT, "target", "release")
ONLY = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
CLIENT_ID = "lockctldemo000000001"
SECRET = "lockctldemosecret000000000000001"
CALLS_PER_LOCK = 3
IN_FLIGHT = 8


class Emulator:
    """`lockctl-emulator serve --fleet N ...` with a logged-in profile of its own."""

    def __init__(self, fleet, extra=()):
        self.proc = subprocess.Popen(
            [os.path.join(BIN, "lockctl-emulator"), "serve", "--fleet", str(fleet), *extra],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.base = self.proc.stdout.readline().strip()
        cfg = tempfile.mkdtemp(prefix="lockctl-fleet-bench-")
        self.env = dict(os.environ, LOCKCTL_CONFIG_DIR=cfg, LOCKCTL_DATA_DIR=cfg,
                        LOCKCTL_APP_SECRET=SECRET, NO_COLOR="1")
        lockctl = os.path.join(BIN, "lockctl")
        run([lockctl, "profile", "add", "bench", "--endpoint", self.base, "--client-id", CLIENT_ID], self.env)
        subprocess.run([lockctl, "login", "--email", "demo@example.com", "--password-stdin"], env=self.env,
                       input=b"lockctl-demo\n", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    def close(self):
        self.proc.terminate()
        self.proc.wait()


def run(args, env):
    subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)


def create(name):
    return [os.path.join(BIN, "lockctl"), "temppwd", "create", "--home", "Fleet", "--name", name,
            "--generate", "--from", "now", "--to", "+1d", "--json"]


def timed_create(emu, name):
    """Wall time, exit code and the outcomes of one run over the fleet."""
    t = time.perf_counter()
    p = subprocess.run(create(name), env=emu.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    outcomes = json.loads(p.stdout or b"[]")
    failed = [o for o in outcomes if not o["ok"]]
    throttled = [o for o in failed if o["error"]["code"] == "REQUEST_TOO_FREQUENTLY"]
    return wall, p.returncode, len(outcomes), failed, throttled


def peak_rss_kb(args, env):
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}: {p.stderr.decode()[-2000:]}")
    return int(p.stderr.decode().strip().splitlines()[-1])


def main():
    if not os.environ.get("BENCH_BIN"):
        print("building release binaries...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"], cwd=ROOT, check=True)
    results = {}
    locks, latency_ms = 200, 50
    floor = locks * CALLS_PER_LOCK * latency_ms / 1000 / IN_FLIGHT
    if not ONLY or "1" in ONLY:
        emu = Emulator(locks, ["--latency", str(latency_ms)])
        try:
            wall, code, n, failed, _ = timed_create(emu, "Bench")
            results.update(fleet_200_wall_s=round(wall, 2), fleet_200_floor_s=round(floor, 2),
                           fleet_200_vs_floor=round(wall / floor, 2), fleet_200_exit=code,
                           fleet_200_locks=n, fleet_200_failed=len(failed))
        finally:
            emu.close()
    if not ONLY or "2" in ONLY:
        rate = 20
        emu = Emulator(locks, ["--latency", str(latency_ms), "--throttle", str(rate)])
        try:
            wall, code, n, failed, throttled = timed_create(emu, "Throttled")
            rate_floor = locks * CALLS_PER_LOCK / rate
            results.update(throttled_wall_s=round(wall, 2), throttled_floor_s=round(rate_floor, 2),
                           throttled_vs_floor=round(wall / rate_floor, 2), throttled_exit=code,
                           throttled_locks=n, throttled_failed=len(failed),
                           throttling_errors_shown=len(throttled))
        finally:
            emu.close()
    if not ONLY or "3" in ONLY:
        for n in (200, 2000):
            emu = Emulator(n)
            try:
                results[f"peak_rss_kb_{n}_locks"] = peak_rss_kb(create("Rss"), emu.env)
            finally:
                emu.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
