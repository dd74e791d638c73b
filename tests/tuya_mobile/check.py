"""Usage: python check.py BASE_URL BLE_DEV WIFI_DEV

Logs in to the emulator with the public PyPI client tuya-mobile (Thing SDK signing, et=3,
AES-GCM bodies, RSA PKCS#1 v1.5 password) as the emulator's built-in demo Thing app, then lists
the members of a Bluetooth lock (thing.m.* name) and of a Wi-Fi lock (smartlife.m.* name).
Prints one line per step and exits non-zero on any failure.
"""
import asyncio
import sys

import aiohttp
from tuya_mobile import TuyaMobileAppProfile, TuyaPasswordClient

# The emulator's built-in demo Thing app (lockctl_emulator::demo_thing).
PROFILE = TuyaMobileAppProfile(
    name="lockctl demo",
    app_id="lockctlthing00000001",
    app_secret="lockctlthingsecret00000000000001",
    cert_sha256_hex="4C4F434B43544C00000000000000000000000000000000000000000044454D4F",
    app_key="lockctlthingbmp00000000000000002",
    package="com.example.lockctl.demo",
    app_version="7.10.0",
    ttid="android",
    sdk_version="7.9.0",
    device_core_version="7.9.0",
)


def members(inner):
    if inner.get("success") is not True or not isinstance(inner.get("result"), list):
        raise RuntimeError("unexpected answer: %r" % (inner,))
    return [m.get("nickName") for m in inner["result"]]


async def main(base, ble, wifi):
    async with aiohttp.ClientSession() as session:
        client = TuyaPasswordClient(
            PROFILE, session, username="demo@example.com", endpoint=base + "/api.json"
        )
        s = await client.login_with_password("lockctl-demo", "EU")
        print("login ok: uid %s at %s" % (s.uid, s.endpoint))
        inner = await client._mobile_call("thing.m.device.member.list", "4.0", {"devId": ble})
        print("ble members ok: " + ",".join(members(inner)))
        inner = await client._mobile_call("smartlife.m.device.member.list", "2.0", {"devId": wifi})
        print("wifi members ok: " + ",".join(members(inner)))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    try:
        asyncio.run(main(*sys.argv[1:]))
    except Exception as e:  # noqa: BLE001 - report any failure in one line
        print("FAILED: %s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
