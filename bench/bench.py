#!/usr/bin/env python3
"""lockctl benchmarks (not tests). Run from the repo root: `python3 bench/bench.py`.

1. One `lockctl api call` against a running emulator, as a whole process, median wall time,
   beside the same signed request sent by curl.
2. `lockctl --version` wall time and the release binary's size.
3. Export of N history records (`history list --all --format ndjson > file`) with 5 ms latency
   injected per gateway call: wall time beside the floor (pages x latency / pages in flight),
   and peak memory (max RSS) at 10,000 and 100,000 records.
4. The same export of 20,000 records on a Wi-Fi lock and on a Bluetooth lock (no total in its
   answers: pages fetched ahead speculatively), both page sizes; peak RSS of Bluetooth exports of
   10,000 and 100,000 records.
5. `temppwd list`, `offlinepwd list`, `member list` and `device list`, each against a 63 MB
   answer served by a tiny fake cloud (the emulator makes no such list): peak RSS against the goal
   of 3x the answer plus 30 MB, and the default 32 MiB cap.

`BENCH_BIN=dir` runs the binaries of another build (to compare before and after a change);
`BENCH_ONLY=4,5` runs only those sections.

Everything runs on loopback against the bundled emulator; nothing else is contacted.
"""
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("BENCH_BIN") or os.path.join(ROOT, "target", "release")
ONLY = set(filter(None, os.environ.get("BENCH_ONLY", "").split(",")))
BLE = "bf00demo00000ble0001"
CLIENT_ID = "lockctldemo000000001"
SECRET = "lockctldemosecret000000000000001"
WIFI = "bf00demo0000wifi0001"
RUNS = int(os.environ.get("BENCH_RUNS", "30"))


def sh(args, **kw):
    return subprocess.run(args, check=True, **kw)


def mobile_hash(text):
    h = hashlib.md5(text.encode()).hexdigest()
    return h[8:16] + h[0:8] + h[24:32] + h[16:24]


def sign(params):
    keys = sorted(k for k in params if params[k] != "" and k in {"a", "v", "clientId", "time", "sid", "postData", "lang", "os", "deviceId", "requestId"})
    parts = [f"{k}={mobile_hash(params[k]) if k == 'postData' else params[k]}" for k in keys]
    return hashlib.md5(("||".join(parts) + "||" + SECRET).encode()).hexdigest()


def control(base, op, body):
    req = urllib.request.Request(f"{base}/_emulator/{op}", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def timed(args, env, stdout=subprocess.DEVNULL):
    t = time.perf_counter()
    subprocess.run(args, env=env, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t


def peak_rss_kb(args, env, stdout):
    """Max RSS of one run. GNU time measures the program itself; wait4 on a child forked from
    Python would count Python's own pages too (they are shared until exec)."""
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-f", "%M"] + args, env=env, stdout=stdout, stderr=subprocess.PIPE)
        if p.returncode != 0:
            raise SystemExit(f"failed: {' '.join(args)}: {p.stderr.decode()}")
        return int(p.stderr.decode().strip().splitlines()[-1])
    p = subprocess.Popen(args, env=env, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}: {p.stderr.read().decode()}")
    return usage.ru_maxrss


def main():
    print("building release binaries...", file=sys.stderr)
    if not os.environ.get("BENCH_BIN"):
        sh(["cargo", "build", "--release", "--quiet", "--workspace", "--bins"], cwd=ROOT)
    lockctl = os.path.join(BIN, "lockctl")
    emu = subprocess.Popen([os.path.join(BIN, "lockctl-emulator"), "serve"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = emu.stdout.readline().strip()
    results = {}
    try:
        cfg = tempfile.mkdtemp(prefix="lockctl-bench-")
        env = dict(os.environ, LOCKCTL_CONFIG_DIR=cfg, LOCKCTL_DATA_DIR=cfg, LOCKCTL_APP_SECRET=SECRET, NO_COLOR="1")
        sh([lockctl, "profile", "add", "bench", "--endpoint", base, "--client-id", CLIENT_ID], env=env, stderr=subprocess.DEVNULL)
        sh([lockctl, "login", "--email", "demo@example.com", "--password-stdin"], env=env, input=b"lockctl-demo\n", stderr=subprocess.DEVNULL)
        sh([lockctl, "device", "list"], env=env, stdout=subprocess.DEVNULL)  # warm the device cache
        sid = [l.split('"')[1] for l in open(os.path.join(cfg, "credentials.toml")) if l.strip().startswith("sid =")][0]

        if ONLY:
            if "4" in ONLY:
                results.update(kinds(base, lockctl, env, cfg))
            if "5" in ONLY:
                results.update(big_answer(lockctl))
            return
        # 1. api call vs curl, same action and postData.
        post = json.dumps({"devId": WIFI}, separators=(",", ":"))
        args = [lockctl, "api", "call", "tuya.m.device.member.count", "--data", post]
        for _ in range(3):
            timed(args, env)
        lk = [timed(args, env) for _ in range(RUNS)]
        params = {"a": "tuya.m.device.member.count", "v": "1.0", "clientId": CLIENT_ID, "time": str(int(time.time())), "sid": sid, "postData": post, "lang": "en", "os": "Linux"}
        params["sign"] = sign(params)
        curl = ["curl", "-s", "-f", "-o", "/dev/null", f"{base}/api.json"]
        for k, v in params.items():
            curl += ["--data-urlencode", f"{k}={v}"]
        for _ in range(3):
            timed(curl, env)
        cu = [timed(curl, env) for _ in range(RUNS)]
        results["api_call_ms"] = round(statistics.median(lk) * 1000, 2)
        results["curl_ms"] = round(statistics.median(cu) * 1000, 2)
        results["api_call_vs_curl"] = round(statistics.median(lk) / statistics.median(cu), 2)

        # 2. --version and size.
        vs = [timed([lockctl, "--version"], env) for _ in range(RUNS)]
        results["version_ms"] = round(statistics.median(vs) * 1000, 2)
        results["binary_bytes"] = os.path.getsize(lockctl)

        # 3. Export with 5 ms latency per call.
        latency_ms, limit, inflight = 5, 500, 8
        # Without injected latency too: how much is CPU (client and emulator share 2 cores).
        control(base, "history", {"devId": WIFI, "count": 100_000})
        cmd = [lockctl, "history", "list", "-d", WIFI, "--all", "--format", "ndjson", "--page-size", str(limit), "--concurrency", str(inflight)]
        results["export_100000_no_latency_ms"] = round(statistics.median([timed(cmd, env) for _ in range(3)]) * 1000, 1)
        for n in (10_000, 100_000):
            control(base, "faults", {})
            control(base, "history", {"devId": WIFI, "count": n})
            control(base, "faults", {"latency_ms": latency_ms})
            out = os.path.join(cfg, f"history-{n}.ndjson")
            cmd = [lockctl, "history", "list", "-d", WIFI, "--all", "--format", "ndjson", "--page-size", str(limit), "--concurrency", str(inflight)]
            walls = []
            for _ in range(7):
                with open(out, "wb") as f:
                    t = time.perf_counter()
                    rss = peak_rss_kb(cmd, env, f)
                    walls.append(time.perf_counter() - t)
            lines = sum(1 for _ in open(out))
            assert lines == n, f"exported {lines} of {n}"
            pages = -(-n // limit)
            floor = pages * latency_ms / 1000 / inflight
            results[f"export_{n}"] = {
                "wall_ms": round(statistics.median(walls) * 1000, 1),
                "floor_ms": round(floor * 1000, 1),
                "vs_floor": round(statistics.median(walls) / floor, 2),
                "peak_rss_mb": round(rss / 1024, 1),
                "pages": pages,
            }
        control(base, "faults", {})
        results.update(kinds(base, lockctl, env, cfg))
        results.update(big_answer(lockctl))
    finally:
        emu.terminate()
        print(json.dumps(results, indent=2))


def export(lockctl, env, cfg, dev, n, limit, runs):
    """Median wall time and peak RSS of exporting `n` records of `dev` to a file."""
    out = os.path.join(cfg, f"export-{dev}-{n}.ndjson")
    cmd = [lockctl, "history", "list", "-d", dev, "--all", "--format", "ndjson", "--page-size", str(limit)]
    walls, rss = [], 0
    for _ in range(runs):
        with open(out, "wb") as f:
            t = time.perf_counter()
            rss = max(rss, peak_rss_kb(cmd, env, f))
            walls.append(time.perf_counter() - t)
    lines = sum(1 for _ in open(out))
    assert lines == n, f"{dev}: exported {lines} of {n}"
    return statistics.median(walls), rss


def kinds(base, lockctl, env, cfg):
    """4. Wi-Fi (a total in each answer) beside Bluetooth (none) for the same records."""
    res = {}
    latency_ms, n = 5, 20_000
    control(base, "faults", {})
    for dev in (WIFI, BLE):
        control(base, "history", {"devId": dev, "count": n})
    control(base, "faults", {"latency_ms": latency_ms})
    for limit in (50, 500):
        wifi, wifi_rss = export(lockctl, env, cfg, WIFI, n, limit, 5)
        ble, ble_rss = export(lockctl, env, cfg, BLE, n, limit, 5)
        res[f"export_{n}_limit_{limit}_wifi_vs_ble"] = {
            "wifi_ms": round(wifi * 1000, 1),
            "ble_ms": round(ble * 1000, 1),
            "ble_vs_wifi": round(ble / wifi, 2),
            "wifi_peak_rss_mb": round(wifi_rss / 1024, 1),
            "ble_peak_rss_mb": round(ble_rss / 1024, 1),
        }
    control(base, "faults", {})
    for count in (10_000, 100_000):
        control(base, "history", {"devId": BLE, "count": count})
        wall, rss = export(lockctl, env, cfg, BLE, count, 500, 3)
        res[f"export_ble_{count}"] = {"wall_ms": round(wall * 1000, 1), "peak_rss_mb": round(rss / 1024, 1)}
    return res


def big_answer(lockctl, mb=63):
    """5. List verbs against `mb` MB answers from a fake cloud on loopback (see big_answer.py)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import big_answer
    return big_answer.run(lockctl, peak_rss_kb, mb)


if __name__ == "__main__":
    main()
