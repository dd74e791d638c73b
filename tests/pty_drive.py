"""Run a command in a pseudo-terminal and follow a script of `expect:TEXT` / `send:KEYS` lines.

Usage: pty_drive.py SCRIPT PROGRAM [ARGS...]. SCRIPT is newline-separated; KEYS take Python
escapes (\\r, \\x1b[B). Prints everything the program wrote; exits 1 when the program fails (with a
last line `[pty_drive] exit CODE`) or when the session does not finish within PTY_DRIVE_TIMEOUT
seconds (default 30) -- running out of time is always a failure, never a pass. Used by the
interactive tests through `pty()` in tests/common/mod.rs.

Nothing here sleeps for a guessed time:

* `expect:TEXT` blocks in select() on the pty until TEXT has been written (after the previous
  match).
* `send:KEYS` first waits until the program is reading the terminal, then writes KEYS. The prompts
  (dialoguer/console) switch echo off exactly while they read: raw mode for keys and lines,
  echo-off canonical mode for passwords, the latter with TCSAFLUSH, which throws away anything
  typed earlier. Keys sent before that would be echoed or lost, so the driver waits for ECHO to
  be clear in the terminal's settings. A change of settings makes no event on the pty, so this
  wait re-reads them whenever output arrives and at least every 10 ms, until the deadline.
* At the end it reads until the program closes the terminal, then reaps it.

`PTY_COLS=N` in the environment gives the terminal N columns (its window size), as a real terminal
has.

Needs Linux (termios calls on the pty master act on the terminal the program sees).
"""
import errno
import os
import pty
import select
import signal
import sys
import termios
import time

TIMEOUT = float(os.environ.get("PTY_DRIVE_TIMEOUT", "30"))
SETTINGS_RECHECK = 0.01

script, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    try:
        # PTY_COLS: the terminal's size as the program measures it (ioctl), not just COLUMNS.
        if os.environ.get("PTY_COLS"):
            import fcntl
            import struct
            size = struct.pack("HHHH", 40, int(os.environ["PTY_COLS"]), 0, 0)
            fcntl.ioctl(0, termios.TIOCSWINSZ, size)
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)

deadline = time.monotonic() + TIMEOUT
seen = b""
closed = False


def fail(why):
    sys.stdout.write(seen.decode(errors="replace"))
    print(f"\n[pty_drive] {why}")
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass
    sys.exit(1)


def pump(why, most=None):
    """Wait for output (at most `most` seconds when given) and take it; fail at the deadline."""
    global seen, closed
    left = deadline - time.monotonic()
    if left <= 0:
        fail(f"timed out after {TIMEOUT:g}s {why}")
    r, _, _ = select.select([fd], [], [], left if most is None else min(most, left))
    if not r:
        return
    try:
        data = os.read(fd, 65536)
    except OSError as e:  # EIO: every copy of the terminal's other end is closed
        if e.errno != errno.EIO:
            raise
        data = b""
    if data:
        seen += data
    else:
        closed = True


def reading_terminal():
    try:
        return not termios.tcgetattr(fd)[3] & termios.ECHO
    except termios.error:
        return False


pos = 0
for line in script.split("\n"):
    if not line:
        continue
    kind, _, arg = line.partition(":")
    if kind == "expect":
        want = arg.encode()
        while want not in seen[pos:]:
            if closed:
                fail(f"the program closed the terminal before writing {arg!r}")
            pump(f"waiting for {arg!r}")
        pos = seen.index(want, pos) + len(want)
    elif kind == "send":
        while not reading_terminal():
            if closed:
                fail(f"the program closed the terminal before reading {arg!r}")
            pump(f"waiting for the program to read the terminal (to send {arg!r})", SETTINGS_RECHECK)
        os.write(fd, arg.encode().decode("unicode_escape").encode())
    else:
        fail(f"bad script line {line!r} (want expect:TEXT or send:KEYS)")

while not closed:
    pump("waiting for the program to finish")
# It closed the terminal; it may still be running (the deadline holds here too).
signal.signal(signal.SIGALRM, lambda *_: fail(f"timed out after {TIMEOUT:g}s waiting for the program to exit"))
signal.alarm(max(1, int(deadline - time.monotonic() + 1)))
_, status = os.waitpid(pid, 0)
signal.alarm(0)
sys.stdout.write(seen.decode(errors="replace"))
code = os.waitstatus_to_exitcode(status)
if code != 0:
    print(f"\n[pty_drive] exit {code}")
    sys.exit(1)
