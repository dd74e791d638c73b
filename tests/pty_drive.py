"""Run a command in a pseudo-terminal and follow a script of `expect:TEXT` / `send:KEYS` lines.

Usage: pty_drive.py SCRIPT PROGRAM [ARGS...]. Prints everything the program wrote; exits 1 when an
expected text does not show within 10 seconds or the program fails. Used by the interactive tests.
"""
import os
import pty
import select
import sys
import time

script, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(argv[0], argv)

seen = b""


def read_some(timeout):
    global seen
    r, _, _ = select.select([fd], [], [], timeout)
    if not r:
        return False
    try:
        data = os.read(fd, 4096)
    except OSError:
        return False
    if not data:
        return False
    seen += data
    return True


pos = 0
for line in script.split("\n"):
    kind, _, arg = line.partition(":")
    if kind == "expect":
        want = arg.encode()
        deadline = time.time() + 10
        while want not in seen[pos:]:
            if time.time() > deadline or not read_some(0.2) and time.time() > deadline:
                sys.stdout.write(seen.decode(errors="replace"))
                print(f"\n[pty_drive] timed out waiting for {arg!r}")
                sys.exit(1)
        pos = seen.index(want, pos) + len(want)
    elif kind == "send":
        time.sleep(0.15)
        os.write(fd, arg.encode().decode("unicode_escape").encode())
while read_some(1):
    pass
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode(errors="replace"))
code = os.waitstatus_to_exitcode(status)
if code != 0:
    print(f"\n[pty_drive] exit {code}")
    sys.exit(1)
