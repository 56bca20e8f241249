#!/usr/bin/env python3
"""Time from process start to the first appearance of a prompt on a pseudo-terminal.

Usage: time_to_prompt.py RUNS PROMPT COMMAND [ARG...]
Prints the median and minimum over RUNS runs. Standard library only.
"""
import os
import pty
import select
import statistics
import sys
import time


def leave(pid: int, fd: int) -> None:
    """Ctrl-D until the program exits (a key sent while its terminal changes mode can be lost)."""
    try:
        for _ in range(50):
            os.write(fd, b"\x04")
            deadline = time.perf_counter() + 0.2
            while time.perf_counter() < deadline:
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    return
                try:
                    if select.select([fd], [], [], 0.01)[0]:
                        os.read(fd, 65536)
                except OSError:
                    pass
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    finally:
        os.close(fd)


def once(prompt: bytes, argv: list[str]) -> float:
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm"
        os.environ["NO_COLOR"] = "1"
        os.execvp(argv[0], argv)
    seen = b""
    try:
        while prompt not in seen:
            ready, _, _ = select.select([fd], [], [], 10)
            if not ready:
                raise TimeoutError(f"no prompt from {argv[0]}: {seen[-200:]!r}")
            seen += os.read(fd, 65536)
        return time.perf_counter() - start
    finally:
        leave(pid, fd)


def main() -> None:
    runs, prompt, argv = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
    once(prompt, argv)  # warm the file cache
    times = sorted(once(prompt, argv) for _ in range(runs))
    print(f"{os.path.basename(argv[0]):>10}: median {statistics.median(times) * 1000:6.1f} ms, "
          f"min {times[0] * 1000:6.1f} ms  ({runs} runs)")


if __name__ == "__main__":
    main()
