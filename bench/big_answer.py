"""Section 5 of bench.py: list verbs against huge answers from a fake cloud on loopback.

The emulator makes no 63 MB list, so a tiny HTTP server answers the one action under test with
such a list (the first time it is asked; later pages are empty) and every other action with an
empty result. Each verb's peak RSS is measured with the table output and with `--json`, beside
the goal of 3x the answer plus 30 MB; the default 32 MiB cap is checked to refuse the answer.
"""
import http.server
import json
import os
import subprocess
import tempfile
import threading
import time
import urllib.parse

LOCK = "bench00000000w01"
NAME = "n" * 200

# verb, action answered with the big list, one element (%d: index), lockctl arguments.
CASES = [
    ("temppwd_list", "tuya.m.device.lock.temppwd.list",
     '{"id":%d,"name":"' + NAME + '","effective":3,"effectiveTime":1700000000,'
     '"invalidTime":1900000000,"availTime":0,"phone":"","scheduleDetails":[]}',
     ["temppwd", "list", "-d", "W1"]),
    ("offlinepwd_list", "tuya.m.device.lock.offlinepwd.list",
     '{"pwdId":%d,"pwdName":"' + NAME + '","pwdType":"0","status":1,'
     '"gmtStart":1700000000,"gmtExpired":1900000000,"pwd":"1234567890"}',
     ["offlinepwd", "list", "-d", "W1", "--type", "multiple"]),
    # Members are fatter (an avatar URL), so the per-member method lookups (one request each,
    # which the Python fake answers at a few hundred a second) stay a few thousand.
    ("member_list", "tuya.m.device.member.list",
     '{"userId":%d,"nickName":"' + NAME + '","userType":"20","userContact":"",'
     '"avatarUrl":"https://images.example/' + "a" * 12000 + '"}',
     ["member", "list", "-d", "W1"]),
    ("device_list", "tuya.m.my.group.device.list",
     '{"devId":"bench%011d","name":"' + NAME + '","category":"ms","categoryCode":"wf_ms",'
     '"productId":"p","isOnline":true,"localKey":"0123456789abcdef","timezoneId":"UTC"}',
     ["device", "list"]),
]


def envelope(result):
    return ('{"success":true,"status":"ok","t":1,"result":' + result + "}").encode()


def big_list(item, mb):
    one = len(item % 0) + 1
    count = mb * 1_000_000 // one
    return envelope("[" + ",".join(item % i for i in range(count)) + "]"), count


def fake_cloud(action, body):
    """Serve `body` to the first `action` call; everything else gets an empty answer."""
    served = {"big": False}
    homes = envelope('[{"groupId":1,"name":"Bench"}]')
    empty = envelope("[]")

    class Fake(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            form = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            params = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            params.update(urllib.parse.parse_qs(form))
            a = params.get("a", [""])[0]
            out = empty
            if a == action and not served["big"]:
                served["big"] = True
                out = body
            elif a == "tuya.m.location.list":
                out = homes
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            try:
                self.wfile.write(out)
            except OSError:
                pass  # lockctl refused the answer (the cap) and closed the connection

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Fake)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, served


def profile(url):
    cfg = tempfile.mkdtemp(prefix="lockctl-bench-big-")
    with open(os.path.join(cfg, "config.toml"), "w") as f:
        f.write(f'current = "x"\n[profiles.x]\nendpoint = "{url}"\nclient_id = "c"\nsign = "md5"\n')
    with open(os.path.join(cfg, "credentials.toml"), "w") as f:
        f.write(f'[profiles.x]\napp_secret = "s"\ndevice_id = "d"\n[profiles.x.session]\n'
                f'sid = "sid"\nuid = "u"\nmobile_api_url = "{url}"\n')
    os.chmod(os.path.join(cfg, "credentials.toml"), 0o600)
    # A fresh cached lock W1, so lock verbs reach the fake cloud without a device lookup.
    now = int(time.time())
    with open(os.path.join(cfg, "cache.toml"), "w") as f:
        f.write(f'[profiles.x]\nlisted_at = {now}\n[[profiles.x.devices]]\nid = "{LOCK}"\n'
                f'name = "W1"\nkind = "wifi"\nis_lock = true\nlocal_key = "0123456789abcdef"\n'
                f'time_zone = "UTC"\nseen_at = {now}\n')
    return dict(os.environ, LOCKCTL_CONFIG_DIR=cfg, LOCKCTL_DATA_DIR=cfg, NO_COLOR="1",
                LOCKCTL_CACHE_TTL="3600")


def one_case(lockctl, peak_rss_kb, mb, name, action, item, args):
    body, count = big_list(item, mb)
    res = {"answer_mb": round(len(body) / 1e6, 1), "elements": count,
           "goal_mb": round(3 * len(body) / 1048576 + 30, 1)}
    for fmt, extra, cap in (("default_cap", [], None), ("table", [], "64"), ("json", ["--json"], "64")):
        srv, served = fake_cloud(action, body)
        env = profile(f"http://127.0.0.1:{srv.server_address[1]}")
        if cap:
            env["LOCKCTL_MAX_ANSWER_MB"] = cap
            t = time.perf_counter()
            rss = peak_rss_kb([lockctl] + args + extra, env, subprocess.DEVNULL)
            res[f"{fmt}_peak_rss_mb"] = round(rss / 1024, 1)
            res[f"{fmt}_wall_ms"] = round((time.perf_counter() - t) * 1000, 1)
            assert served["big"], f"{name}: the big answer was never asked for"
        else:
            p = subprocess.run([lockctl] + args, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
            res[fmt] = f"exit {p.returncode}: " + (p.stderr.strip().splitlines() or [""])[0]
        srv.shutdown()
    res["within_goal"] = max(res["table_peak_rss_mb"], res["json_peak_rss_mb"]) <= res["goal_mb"]
    return res


def run(lockctl, peak_rss_kb, mb=63):
    only = set(filter(None, os.environ.get("BENCH_BIG", "").split(",")))
    out = {}
    for name, action, item, args in CASES:
        if only and name not in only:
            continue
        out[f"{name}_big_answer"] = one_case(lockctl, peak_rss_kb, mb, name, action, item, args)
        print(json.dumps({name: out[f"{name}_big_answer"]}), flush=True)
    return out
