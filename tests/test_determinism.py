"""Determinism within a worker: a document's rows are the same whatever its worker process read before it and
whatever that process's string hash seed.

With ``--workers N`` each document runs in one of N warm worker processes (``pipeline.worker``), which read
documents one after another; which documents a worker has read before a given one, and whether it was replaced
(``RECYCLE_MB``) in between, depends on scheduling, and every worker process has its own ``PYTHONHASHSEED``
(set and dict-of-set orders of strings). Round 41 checked that the tables depend on neither (``docs/speed-log.md``):
these tests keep it so for state a stage leaves in the process (a cache that is not a pure function of its key, a
memo keyed by an object's address, a model batch that mixes documents) and for an order taken from a set of
strings. The documents hold what the organisation model and the claims read (names, a 、-list, a table header of
ratios, amounts and dates) so that those stages run.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

DOCS = {
    "a.txt": "国家统计局发布数据显示，2021年全国规模以上工业企业利润增长34.3%。\n\n阿里巴巴集团营收达到7173亿元，"
             "腾讯、京东和拼多多等公司也公布了业绩。",
    "b.md": "# 策略表现\n\n以中证500指数为例，日内动量策略的年化收益为26.8%，夏普比率2.11，最大回撤11.5%。\n\n"
            "累计收益率\t最大回撤\t\t年化\t\t\t年化\t\t夏普\t\t\tcalmar\t\t单日最\t\t跟踪误差\n"
            "1291.6%\t-11.5%\t26.8%\t12.0%\t2.11\t2.32\t6.4%\t1.8%\n\n资料来源：Wind，米筐，西部证券研发中心",
    "c.txt": "中国人民银行宣布，2022年一季度贷款市场报价利率为3.7%。\n\n工信部表示，今年将推动5G建设，"
             "华为、中兴通讯等企业参与。浙商银行企业信贷部负责人则从另一个角度进行了解读。",
}

_RUN = """
import pickle, sys
from pathlib import Path
from pipeline.process import InputFile, process_file, warm_up
folder, names = Path(sys.argv[1]), sys.argv[2:]
warm_up()
rows = {name: process_file(InputFile(folder / name, Path(name).stem)).rows for name in names}
sys.stdout.buffer.write(pickle.dumps(rows))
"""


def _folder(tmp_path: Path) -> Path:
    for name, text in DOCS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _rows(folder: Path, names: list[str], seed: str) -> dict[str, dict[str, list[dict]]]:
    """Each document's rows, read one after another in a fresh process with this hash seed (as a worker)."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", _RUN, str(folder), *names], cwd=REPO, env=env,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    return pickle.loads(done.stdout)


def test_rows_do_not_depend_on_what_the_process_read_before_nor_on_the_hash_seed(tmp_path: Path) -> None:
    """In this process: every document after the warm-up and the documents before it, in two orders; in a fresh
    process with another string hash seed (one model load, the costly part): the same rows."""
    from pipeline.process import InputFile, process_file

    folder = _folder(tmp_path)
    names = sorted(DOCS)
    forward = {name: process_file(InputFile(folder / name, Path(name).stem)).rows for name in names}
    backward = {name: process_file(InputFile(folder / name, Path(name).stem)).rows for name in reversed(names)}
    assert backward == forward
    assert any(forward[name]["organizations"] for name in names) and any(forward[name]["claims"] for name in names)
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"  # another seed than this process's
    assert _rows(folder, names[::-1], seed) == forward  # a fresh process, the other order
