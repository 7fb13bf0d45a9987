"""A share of the review pages rendered in another process: `python -m pipeline.review.shard`.

The arguments come pickled on stdin and the result (`pipeline.review.Shard`) goes pickled to stdout. A
fresh interpreter running this module, not multiprocessing's spawn, which imports the caller's main
script again (a script without a main guard would run its whole job a second time).
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from typing import Any


def start(arguments: tuple[Any, ...]) -> subprocess.Popen[bytes]:
    """Start rendering a share in a new process; `finish` collects it."""
    process = subprocess.Popen([sys.executable, "-m", "pipeline.review.shard"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)  # a fault: the share is redone here
    assert process.stdin is not None
    process.stdin.write(pickle.dumps(arguments))
    process.stdin.close()
    return process


def finish(process: subprocess.Popen[bytes]) -> Any | None:
    """The share's result, or None when the process failed (its share is then rendered here)."""
    assert process.stdout is not None
    output = process.stdout.read()
    process.stdout.close()
    if process.wait() != 0:
        return None
    try:
        return pickle.loads(output)
    except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    """End shares no longer wanted (this process failed before collecting them)."""
    for process in processes:
        process.kill()
        process.wait()


def main() -> None:
    data = sys.stdin.buffer.read()  # first, so the caller's write never waits for the imports
    from pipeline.review import render_shard

    sys.stdout.buffer.write(pickle.dumps(render_shard(*pickle.loads(data))))


if __name__ == "__main__":
    main()
