"""Extraction speed of this checkout against an earlier revision, measured in turns in one run.

    python bench/speed_versus.py REV [--rounds 3] [--repeat 3] [FILE]

Checks REV out in a temporary git worktree and runs each revision's own ``bench/pipeline_speed.py``
on the same file (default: the seed), alternating the two ``--rounds`` times so that load on the
machine falls on both alike. Each figure is a multiple of bare jieba timed in the same process, so
the two sides compare although seconds would not; the median of the rounds is printed per stage.
REV runs with this checkout's Python environment (its own code first on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_STAGE = re.compile(r"^\s+(\w+)\s+([0-9.]+) x baseline", re.M)


def stages(checkout: Path, file: Path, repeat: int) -> dict[str, float]:
    """One run of the checkout's speed bench: stage → multiple of bare jieba."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, str(checkout / "bench" / "pipeline_speed.py"), str(file), "--repeat",
                           str(repeat)], cwd=checkout, env=env, capture_output=True, text=True, check=False)
    found = {name: float(value) for name, value in _STAGE.findall(done.stdout)}
    if done.returncode or not found:
        raise SystemExit(f"{checkout}: the speed bench failed:\n{done.stderr[-2000:]}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the earlier revision (a commit, tag or branch)")
    parser.add_argument("file", nargs="?", type=Path, default=ROOT / "raw" / "000_12112d1d53d7aa15.txt")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage inside each bench (best kept)")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", args.rev], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="speed-versus-") as tmp:
        before = Path(tmp) / "before"
        subprocess.run(["git", "worktree", "add", "--detach", str(before), commit], cwd=ROOT, check=True,
                       capture_output=True)
        try:
            runs: dict[str, list[dict[str, float]]] = {"before": [], "now": []}
            for _ in range(args.rounds):
                runs["before"].append(stages(before, args.file.resolve(), args.repeat))
                runs["now"].append(stages(ROOT, args.file.resolve(), args.repeat))
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before)], cwd=ROOT, check=False,
                           capture_output=True)
    print(f"{args.file.name}: median of {args.rounds} rounds, multiples of bare jieba (same process each)")
    print(f"  {'stage':<10} {commit:>10} {'now':>10}")
    for name in runs["now"][0]:
        old = [run[name] for run in runs["before"] if name in run]
        new = [run[name] for run in runs["now"]]
        shown = f"{statistics.median(old):10.1f}" if old else f"{'—':>10}"
        print(f"  {name:<10} {shown} {statistics.median(new):10.1f}   (rounds: {old} / {new})")


if __name__ == "__main__":
    main()
