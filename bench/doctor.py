#!/usr/bin/env python3
"""lockctl doctor benchmark (not a test). Run from the repo root: `python3 bench/doctor.py`.

Time from start to verdict of `lockctl doctor --json` (the whole process: every check, the
report printed, the exit code), median and worst of RUNS runs, against the bundled emulator on
loopback with a logged-in md5 profile whose device list is cached:

1. all good (exit 0): one harmless gateway read for clock, signing mode and session, then the
   device list;
2. wrong signing mode (exit 1): the profile says hmac, the app key signs md5: the read is sent
   once refused (SING_VALIDATE_FALED) and once more with md5, then the device list;

each with no added latency and with 50 ms injected per gateway request (`serve --latency 50`), so
that the number of requests doctor waits for shows. The requests are counted in the emulator's
journal.

`BENCH_BIN=dir` runs the binaries of another build (e.g. target/debug); by default a release
build is made.
"""
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fleet  # noqa: E402  (the Emulator and the binaries' directory)

RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def journal(emu, method="GET"):
    req = urllib.request.Request(emu.base.rstrip("/") + "/_emulator/journal", method=method)
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())


def timed(emu, want_exit):
    lockctl = os.path.join(fleet.BIN, "lockctl")
    walls = []
    journal(emu, "DELETE")
    for _ in range(RUNS):
        t = time.perf_counter()
        p = subprocess.run([lockctl, "doctor", "--json"], env=emu.env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - t)
        if p.returncode != want_exit:
            raise SystemExit(f"doctor exited {p.returncode}, not {want_exit}: {p.stderr.decode()}")
    calls = len(journal(emu)) / RUNS
    return {
        "median_ms": round(statistics.median(walls) * 1000, 1),
        "max_ms": round(max(walls) * 1000, 1),
        "requests": calls,
    }


def wrong_mode(emu):
    """Make the profile say hmac (with a bmp secret) while the app key signs md5."""
    cfg_dir = emu.env["LOCKCTL_CONFIG_DIR"]
    cfg = os.path.join(cfg_dir, "config.toml")
    creds = os.path.join(cfg_dir, "credentials.toml")
    with open(cfg) as f:
        text = f.read()
    with open(cfg, "w") as f:
        f.write(text.replace('sign = "md5"', 'sign = "hmac"\ncert_sign = "A"'))
    with open(creds) as f:
        text = f.read()
    with open(creds, "w") as f:
        f.write(re.sub(r"app_secret =", 'bmp_secret = "benchbmpsecret00000000000000002"\napp_secret =',
                       text, count=1))


def main():
    if not os.environ.get("BENCH_BIN"):
        print("building release binaries...", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"],
                       cwd=fleet.ROOT, check=True)
    results = {"runs": RUNS}
    for latency in (0, 50):
        emu = fleet.Emulator(0, ["--latency", str(latency)])
        try:
            fleet.run([os.path.join(fleet.BIN, "lockctl"), "device", "list"], emu.env)
            results[f"all_good_latency_{latency}ms"] = timed(emu, 0)
            wrong_mode(emu)
            results[f"wrong_mode_latency_{latency}ms"] = timed(emu, 1)
        finally:
            emu.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
