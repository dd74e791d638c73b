#!/usr/bin/env python3
"""`lockctl history stats` benchmark (not a test). Run from the repo root: `python3 bench/stats.py`.

The bundled emulator's control API seeds a lock with N history records (`POST
/_emulator/history {"devId", "count"}`: 60 days of openings ending on 2026-11-01). Then, for
N = 10,000 and 100,000 on the Wi-Fi lock (the cloud counts its records) and 100,000 on the
Bluetooth lock (it does not: pages are fetched ahead speculatively):

- `history stats --json` over every record (`--since 2026-08-01 --until 2026-11-02`): median
  wall time and peak RSS (max resident set, GNU time), and that it counted all N;
- the same with the picture for people (`LOCKCTL_FORCE_TTY=1 COLUMNS=100`);
- beside them, the export of the same records (`history list --all --format ndjson > file`),
  which reads the same pages: stats should cost no more than reading them, and its memory
  should not grow with N (it keeps counts, not records);
- the 100,000 on Wi-Fi again with 5 ms latency injected per gateway call.

`BENCH_BIN=dir` runs the binaries of another build; by default a release build is made.
`BENCH_RUNS` sets the runs per measurement (default 3). Everything runs on loopback.
"""
import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fleet  # noqa: E402  (the Emulator and the binaries' directory)

WIFI = "bf00demo0000wifi0001"
BLE = "bf00demo00000ble0001"
SPAN = ["--since", "2026-08-01", "--until", "2026-11-02"]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def control(base, op, body):
    import urllib.request
    req = urllib.request.Request(f"{base}/_emulator/{op}", data=json.dumps(body).encode(),
                                 method="POST", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def measure(args, env, stdout=subprocess.PIPE):
    """Median wall time (s), the largest peak RSS (KiB) and the last stdout over RUNS runs."""
    walls, rss, out = [], 0, b""
    for _ in range(RUNS):
        t = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, env=env, stdout=stdout,
                           stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - t)
        if p.returncode != 0:
            raise SystemExit(f"failed: {' '.join(args)}: {p.stderr.decode()[-2000:]}")
        rss = max(rss, int(p.stderr.decode().strip().splitlines()[-1]))
        out = p.stdout or b""
    return statistics.median(walls), rss, out


def case(emu, lockctl, dev, n):
    stats = [lockctl, "history", "stats", "-d", dev, *SPAN]
    wall, rss, out = measure(stats + ["--json"], emu.env)
    counted = json.loads(out)["openings"]
    assert counted == n, f"{dev}: counted {counted} of {n}"
    tty_env = dict(emu.env, LOCKCTL_FORCE_TTY="1", COLUMNS="100")
    twall, trss, picture = measure(stats, tty_env)
    export = os.path.join(emu.env["LOCKCTL_DATA_DIR"], "export.ndjson")
    with open(export, "wb") as f:
        ewall, erss, _ = measure([lockctl, "history", "list", "-d", dev, "--all", "--format",
                                  "ndjson", "--page-size", "500", *SPAN], emu.env, stdout=f)
    lines = sum(1 for _ in open(export))
    assert lines == n, f"{dev}: exported {lines} of {n}"
    return {
        "stats_json_wall_ms": round(wall * 1000, 1),
        "stats_json_peak_rss_mb": round(rss / 1024, 1),
        "stats_picture_wall_ms": round(twall * 1000, 1),
        "stats_picture_peak_rss_mb": round(trss / 1024, 1),
        "export_wall_ms": round(ewall * 1000, 1),
        "export_peak_rss_mb": round(erss / 1024, 1),
        "stats_vs_export": round(wall / ewall, 2),
    }, picture.decode()


def main():
    if not os.environ.get("BENCH_BIN"):
        print("building release binaries...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"],
                       cwd=fleet.ROOT, check=True)
    lockctl = os.path.join(fleet.BIN, "lockctl")
    emu = fleet.Emulator(0)
    results, picture = {}, ""
    try:
        fleet.run([lockctl, "device", "list"], emu.env)  # warm the device cache
        for dev, n in ((WIFI, 10_000), (WIFI, 100_000), (BLE, 100_000)):
            control(emu.base, "history", {"devId": dev, "count": n})
            kind = "wifi" if dev == WIFI else "ble"
            results[f"{kind}_{n}"], shown = case(emu, lockctl, dev, n)
            if dev == WIFI and n == 100_000:
                picture = shown
        control(emu.base, "faults", {"latency_ms": 5})
        wall, rss, _ = measure([lockctl, "history", "stats", "-d", WIFI, *SPAN, "--json"], emu.env)
        results["wifi_100000_latency_5ms"] = {
            "stats_json_wall_ms": round(wall * 1000, 1),
            "stats_json_peak_rss_mb": round(rss / 1024, 1),
            "pages": 200,
        }
        control(emu.base, "faults", {})
    finally:
        emu.close()
    print(json.dumps(results, indent=2))
    print(picture, file=sys.stderr)


if __name__ == "__main__":
    main()
