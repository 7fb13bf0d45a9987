"""Growth of the pipeline's cost on dense one-line shapes, as a ratio against bare jieba on the same text.

    python bench/dense_lines.py [--values 500,1000,2000] [--shapes list,durations,asides,amounts,dated,glued]

A one-line document is one sentence; a check that rereads the sentence (or the clause) for each value is quadratic
there, and the reviews of rounds 30–32 kept finding such checks (`clause_bounds`, the closed asides, the list of
durations). Each shape is a realistic run of values with no full stop, written N times over for each N; each text is
extracted in this process (`process_file`, models loaded first, not timed) and then segmented by bare ``jieba.lcut``.
Per N it prints the CPU seconds of both, and the pipeline's cost as a multiple of jieba's: linear work keeps that
multiple flat as N doubles, quadratic work doubles it. The last column is the multiple's growth per doubling of N
(1.0 flat; 2.0 quadratic). The machine is shared, so seconds mean little; the growth of the multiple does.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ITEMS = [("新建学校", "所"), ("新增学位", "个"), ("改造道路", "公里"), ("建成公园", "座"), ("新增绿地", "万平方米"),
         ("改造小区", "个"), ("新增停车位", "个"), ("建设养老床位", "张")]


def horizon_list(n: int) -> str:
    """A comma-less list of targets after a horizon (round 32: 3,000 values took 76 s)."""
    body = "".join(f"{word}{(k * 37) % 9000 + 12}{unit}" for k, (word, unit) in
                   ((k, ITEMS[k % len(ITEMS)]) for k in range(n)))
    return f"“十四五”期间，全市{body}。"


def durations(n: int) -> str:
    """A 、-list of durations after one cue (分别为1.98天、1.04天…): each later one is read with the first's cue."""
    return "各港口船舶平均在港时间分别为" + "、".join(f"{k % 9 + 1}.{k % 7}天" for k in range(n)) + "。"


def asides(n: int) -> str:
    """Values each followed by a bracketed aside holding a date (…增长5.2%（2023年为4.8%）…)."""
    return "".join(f"第{k % 9 + 1}项指标增长{k % 13 + 1}.{k % 10}%（{2000 + k % 24}年为{k % 11}.{k % 9}%）"
                   for k in range(n)) + "。"


def amounts(n: int) -> str:
    """A 、-list of amounts with a shared measure and 分别 (…分别实现营业收入12亿元、15亿元…)."""
    members = "、".join(f"第{k + 1}家企业" for k in range(n))
    values = "、".join(f"{k % 90 + 10}.{k % 10}亿元" for k in range(n))
    return f"{members}分别实现营业收入{values}。"


def dated(n: int) -> str:
    """Groups of five values, one with a date of its own and a bracketed aside (…，年末人口100万人（包括3万人的
    流动人口），…): every value asked for the sentence's bases and asides anew (round 34 review: 1,250 values took
    188 s)."""
    groups = [f"第{k % 9 + 1}类产品价格上涨{k % 7 + 0.1:.1f}%，累计销量{k + 10}万辆，累计同比增长{k % 5 + 1.2:.1f}%，"
              f"年末人口{k + 100}万人（包括{k % 20 + 3}万人的流动人口）" for k in range(max(1, n // 5))]
    return "从同比看，" + "，".join(groups) + "。"


def glued(n: int) -> str:
    """A 分别是 list of members each with its value glued to it (…分别是金融业197663元，…): round 39 mend review, every
    value scanned the text before it for the list's opener and every earlier value (1,000 values took 0.98 s)."""
    names = ["金融", "制造", "建筑", "批发", "零售", "教育", "采矿", "住宿"]  # (no digit: a member holds none)
    return "年平均工资最高的行业分别是" + "，".join(f"{names[k % 8]}{names[k // 8 % 8]}业{k % 900 + 100}元"
                                                    for k in range(n)) + "。"


SHAPES: dict[str, Callable[[int], str]] = {
    "list": horizon_list, "durations": durations, "asides": asides, "amounts": amounts, "dated": dated,
    "glued": glued}


def _jieba_seconds(text: str) -> float:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    best = float("inf")
    for _ in range(5):  # the least of five: one run of a short text is mostly noise
        started = time.process_time()
        jieba.lcut(text)
        best = min(best, time.process_time() - started)
    return best


def _pipeline_seconds(text: str, folder: Path) -> tuple[float, str]:
    from pipeline.process import InputFile, process_file

    path = folder / "dense.txt"
    path.write_text(text + "\n", encoding="utf-8")
    started = time.process_time()
    result = process_file(InputFile(path, "dense"), None)
    return time.process_time() - started, result.status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--values", default="500,1000,2000", help="values per line, comma-separated, ascending")
    parser.add_argument("--shapes", default=",".join(SHAPES), help=f"which of {', '.join(SHAPES)}")
    args = parser.parse_args()
    sizes = [int(v) for v in args.values.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _pipeline_seconds(horizon_list(20), folder)  # models, dictionaries and patterns load once, untimed
        print(f"{'shape':<10} {'values':>7} {'chars':>8} {'pipeline s':>11} {'jieba s':>8} {'× jieba':>9} "
              f"{'growth':>7}  status")
        for name in args.shapes.split(","):
            previous = None
            for n in sizes:
                text = SHAPES[name](n)
                seconds, status = _pipeline_seconds(text, folder)
                base = max(_jieba_seconds(text), 1e-4)
                multiple = seconds / base
                growth = f"{multiple / previous:7.2f}" if previous else f"{'':>7}"
                print(f"{name:<10} {n:>7} {len(text):>8} {seconds:>11.2f} {base:>8.3f} {multiple:>9.0f} {growth}  "
                      f"{status}", flush=True)
                previous = multiple
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
