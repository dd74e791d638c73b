#!/usr/bin/env python3
"""lockctl status benchmark (not a test). Run from the repo root: `python3 bench/status.py`.

`lockctl status --home Fleet --json` over 200 locks with 50 ms latency injected per gateway
call: wall time beside the floor of (calls the run made x 50 ms / 8 in flight). The calls are
counted in the emulator's journal, so the floor follows what status actually reads (per lock:
the device, temporary passwords, panel members, family members on Bluetooth and Zigbee locks,
alarms since --since, the newest history and alarm record; plus the home's device list).

`BENCH_BIN=dir` runs the binaries of another build (e.g. target/debug); by default a release
build is made. Everything runs on loopback against the bundled emulator (`serve --fleet N`).
"""
import json
import os
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fleet  # noqa: E402  (the Emulator and the binaries' directory)

IN_FLIGHT = 8


def journal(emu, method="GET"):
    req = urllib.request.Request(emu.base.rstrip("/") + "/_emulator/journal", method=method)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())


def main():
    if not os.environ.get("BENCH_BIN"):
        print("building release binaries...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"],
                       cwd=fleet.ROOT, check=True)
    locks, latency_ms = 200, 50
    emu = fleet.Emulator(locks, ["--latency", str(latency_ms)])
    try:
        lockctl = os.path.join(fleet.BIN, "lockctl")
        # Warm the device cache (the product schemas), as a user who ran `device list` has.
        fleet.run([lockctl, "device", "list"], emu.env)
        journal(emu, "DELETE")
        t = time.perf_counter()
        p = subprocess.run([lockctl, "status", "--home", "Fleet", "--json"], env=emu.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wall = time.perf_counter() - t
        calls = len(journal(emu))
        rows = json.loads(p.stdout or b"[]")
        floor = calls * latency_ms / 1000 / IN_FLIGHT
        print(json.dumps({
            "status_200_wall_s": round(wall, 2),
            "status_200_calls": calls,
            "status_200_calls_per_lock": round(calls / locks, 2),
            "status_200_floor_s": round(floor, 2),
            "status_200_vs_floor": round(wall / floor, 2) if floor else None,
            "status_200_exit": p.returncode,
            "status_200_locks": len(rows),
            "status_200_unreadable": sum(1 for r in rows
                                         if any(f["code"] == "unreadable" for f in r["findings"])),
        }, indent=2))
    finally:
        emu.close()


if __name__ == "__main__":
    main()
