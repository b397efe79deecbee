"""Runs a command under a pseudo-terminal and answers its questions, as a person would.

Usage: pty_drive.py STEPS_JSON COMMAND [ARG...]
STEPS_JSON: a list of [text to wait for, keys to type]; the keys are typed once the text has
appeared in the output since the previous step. Prints everything the command wrote (the
terminal's output) and exits with the command's exit code; 124 when a text never appears.
"""

import json
import os
import pty
import select
import sys
import time


def main() -> int:
    steps = json.loads(sys.argv[1])
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(sys.argv[2], sys.argv[2:])
    seen = b""
    start = 0
    code = None

    def read(timeout: float) -> bool:
        nonlocal seen
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return False
        if not chunk:
            return False
        seen += chunk
        return True

    for expect, keys in steps:
        wanted = expect.encode()
        deadline = time.time() + 20
        while wanted not in seen[start:]:
            if time.time() > deadline or not read(0.2):
                sys.stdout.write(seen.decode("utf-8", "replace"))
                sys.stdout.write(f"\n[pty_drive: never saw {expect!r}]\n")
                os.kill(pid, 9)
                return 124
        start = seen.index(wanted, start) + len(wanted)
        time.sleep(0.05)
        os.write(fd, keys.encode())
    # The command then finishes on its own, or is stopped: at most 20 s of output after the
    # last answer, read until the terminal closes.
    deadline = time.time() + 20
    while time.time() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            while read(0.1):
                ready, _, _ = select.select([fd], [], [], 0)
                if not ready:
                    break
            break
        read(0.2)
    else:
        os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(seen.decode("utf-8", "replace"))
        sys.stdout.write("\n[pty_drive: the command did not finish]\n")
        return 124
    code = os.waitstatus_to_exitcode(status)
    sys.stdout.write(seen.decode("utf-8", "replace"))
    return code


if __name__ == "__main__":
    sys.exit(main())
