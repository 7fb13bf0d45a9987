"""Throughput of `pipeline extract` on many documents, as a ratio against bare jieba in the same run.

    python bench/throughput.py [--n 1000] [--workers 2] [--sizes 0.1,1,4,16] [--skip-sweep] [--skip-stages]

1. Corpus: N documents, the seed (``raw/``), ``../shared/corpus/dev`` and ``../shared/corpus/pdf-full``
   copied round-robin under new names.
2. ``pipeline extract CORPUS --workers W`` as a user runs it (a subprocess, its own temporary Prefect
   server, cache on): wall time, peak memory of the whole process tree (sampled), and the flow's
   own account of where the time went. Then bare ``jieba.lcut`` over the same cleaned texts
   (``OUT/texts``) in this one process: the ratio is pipeline characters/s over jieba's.
3. The same command again, unchanged: the cache makes it a re-read (speed-up factor).
4. Cost per stage (ingest … each extractor) on one copy of each source, as multiples of jieba.
5. Size sweep: one document of each size (MB) made of distinct numbered paragraphs, and a 1 MB
   file on a single line, each in a fresh process: seconds per MB and peak memory.

The machine is shared, so seconds mean little; ratios measured in the same run do.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
GIB = 2**30


def sources() -> list[Path]:
    """The documents the corpus is made of."""
    found = sorted((ROOT / "raw").glob("*.txt"))
    for folder in (SHARED / "dev", SHARED / "pdf-full"):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir() if p.is_file())
    return found


def build_corpus(folder: Path, n: int) -> list[Path]:
    """N files: the sources round-robin, each under a new name (its own doc_id)."""
    folder.mkdir(parents=True, exist_ok=True)
    src = sources()
    made = []
    for i in range(n):
        source = src[i % len(src)]
        target = folder / f"d{i:05d}_{source.name}"
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
        made.append(target)
    return made


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled every 0.2 s; also the peak of
    the process itself (the run's own process: what grows with the number of documents)."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peak = 0
        self.root_peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for proc in procs:
                    with contextlib.suppress(psutil.Error):  # a process may end between list and read
                        rss = proc.memory_info().rss
                        total += rss
                        if proc is self.root:
                            self.root_peak = max(self.root_peak, rss)
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            time.sleep(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_extract(corpus: Path, out: Path, workers: int, timings: Path, extra: list[str] | None = None) -> dict:
    """`pipeline extract` in a subprocess: wall seconds, peak tree memory and the flow's timings."""
    env = {**os.environ, "PIPELINE_TIMINGS": str(timings)}
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "--out", str(out), "--workers",
           str(workers), "--gold", str(out / "no-gold"), "--quiet", *(extra or [])]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    stdout, stderr = proc.communicate()
    wall = time.monotonic() - started
    peak = memory.stop()
    root_peak = memory.root_peak
    if proc.returncode != 0:
        raise SystemExit(f"pipeline extract failed ({proc.returncode}):\n{stderr[-3000:]}{stdout[-2000:]}")
    flow = json.loads(timings.read_text()) if timings.is_file() else {}
    return {"wall": wall, "peak": peak, "root_peak": root_peak, "flow": flow, "span": (started, started + wall)}


def outside_parts(run: dict) -> dict[str, float]:
    """The wall time outside the flow body, from the command's own monotonic marks (the same clock as
    ours): before the command (interpreter, the CLI module), its imports (Prefect, pandas, the pipeline),
    starting the temporary Prefect server, Prefect's flow-run start and end around the body, and what
    follows the flow (summary, stopping the server and the workers at exit)."""
    marks, body = run["flow"].get("marks"), run["flow"].get("flow_body")
    if not marks or not body:
        return {}
    start, end = run["span"]
    return {"interpreter and CLI": marks["command"] - start, "imports": marks["imported"] - marks["command"],
            "temporary Prefect server start": marks["server_ready"] - marks["imported"],
            "Prefect flow-run start": body[0] - marks["flow_call"],
            "Prefect flow-run end": marks["flow_return"] - body[1], "after the flow (exit)": end - marks["flow_return"]}


PREFECT_PARTS = ("temporary Prefect server start", "Prefect flow-run start", "Prefect flow-run end")


def prefect_share(run: dict) -> str:
    """Prefect's own time as a share of the wall time: the server start and the flow run's start and end
    (importing Prefect and stopping its server at exit are listed, not counted)."""
    parts = outside_parts(run)
    if not parts:
        return "n/a"
    own = sum(parts[name] for name in PREFECT_PARTS)
    listed = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in parts.items())
    return f"{own / run['wall']:.1%} ({own:.1f} s of {run['wall']:.1f} s); outside the body: {listed}"


def phases(run: dict) -> str:
    """A run's wall time split into the flow's phases (its own timings) and what lies outside the flow
    body (interpreter, imports, starting and stopping the temporary Prefect server)."""
    flow = run["flow"]
    names = [("cache_read_seconds", "cache keys and reads"), ("extract_seconds", "extraction"),
             ("tables_seconds", "tables"), ("check_seconds", "gold check"), ("review_seconds", "review pages"),
             ("publish_seconds", "publish")]
    parts = [f"{label} {flow[key]:.1f} s" for key, label in names if key in flow]
    outside = run["wall"] - flow.get("flow_seconds", run["wall"])
    return ", ".join([*parts, f"outside the flow body {outside:.1f} s"])


def jieba_seconds(texts: list[str]) -> float:
    """Bare jieba.lcut over the texts in this process (dictionary loaded before timing)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started


def stage_costs(files: list[Path]) -> dict[str, float]:
    """Seconds per stage over one copy of each source, in this process (models warm)."""
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file
    from pipeline.nlp.language import extracted_rows, load, make_doc
    from pipeline.nlp.rows import sentence_rows

    nlp = load()

    def one(path: Path, costs: dict[str, float]) -> None:
        def timed(name: str, work: Callable[[], Any]) -> Any:
            started = time.perf_counter()
            value = work()
            costs[name] = costs.get(name, 0.0) + time.perf_counter() - started
            return value

        raw = timed("ingest", lambda: ingest_file(path))
        clean = timed("clean", lambda: clean_document(raw))
        doc = timed("tokenizer (jieba)", lambda: make_doc(clean))
        for name, component in nlp.pipeline:  # each spaCy component over the one Doc
            doc = timed(name, lambda c=component, d=doc: c(d))
        timed("rows", lambda: (extracted_rows(doc), sentence_rows(doc)))

    warm: dict[str, float] = {}
    one(files[0], warm)  # models, dictionaries and patterns load once per process
    costs: dict[str, float] = {}
    for path in files:
        one(path, costs)
    return costs


def one_document(path: Path) -> dict:
    """Extract one file in this process (models loaded first): seconds, characters, jieba seconds."""
    import resource

    from pipeline.limits import Limits
    from pipeline.process import InputFile, process_file, warm_up
    from pipeline.worker import settle_garbage_collector

    warm_up()  # models and dictionaries load once, as in a worker process
    settle_garbage_collector()  # and the collector is set as a worker sets it
    started, cpu = time.perf_counter(), time.process_time()
    result = process_file(InputFile(path, path.stem), limits=Limits(max_bytes=0, max_seconds=0, max_memory_mb=0))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    text = result.clean_text or ""
    return {"status": result.status, "error": result.error, "seconds": seconds, "cpu": cpu, "chars": len(text),
            "jieba": jieba_seconds([text]), "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def sweep_file(folder: Path, mb: float, single_line: bool = False) -> Path:
    """A document of about ``mb`` MB of distinct numbered paragraphs of the sources' cleaned texts
    (distinct, so cleaning does not drop repeats as running headers); or all on one line."""
    texts = sorted((folder / "out" / "texts").glob("*.txt"))[:40]  # the cleaned texts of the corpus run
    by_text = [[p for p in t.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 20] for t in texts]
    # Round-robin over the documents, so every size has the same mix (traditional Chinese, PDFs, news).
    paragraphs = [p for group in itertools.zip_longest(*by_text) for p in group if p is not None]
    target = int(mb * 2**20)
    out, size, k = [], 0, 0
    while size < target:
        line = f"§{k} {paragraphs[k % len(paragraphs)].strip()}"
        out.append(line)
        size += len(line.encode()) + 2
        k += 1
    path = folder / (f"line_{mb}MB.txt" if single_line else f"size_{mb}MB.txt")
    path.write_text(("".join(out) if single_line else "\n\n".join(out)) + "\n", encoding="utf-8")
    return path


def measure_one(path: Path) -> dict:
    """one_document in a fresh process, so memory and warm-up are its own."""
    done = subprocess.run([sys.executable, __file__, "--one", str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"--one {path} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def size_sweep(work: Path, sizes: str) -> None:
    """Documents of each size (MB) and 1 MB on one line, each extracted in a fresh process."""
    print("\nsize sweep (one document, one process):")
    rates = []
    for mb in [float(x) for x in sizes.split(",")]:
        path = sweep_file(work, mb)
        m = measure_one(path)
        size = path.stat().st_size / 2**20  # the file's own size: the last paragraph overshoots the target
        per_mb = m["cpu"] / size  # CPU time: one process, so other load on the machine does not count
        rates.append(per_mb)
        print(f"  {mb:5.1f} MB ({size:.2f} MB): {m['chars']} characters, {m['seconds']:.1f} s wall, "
              f"{m['cpu']:.1f} s CPU, "
              f"{per_mb:.1f} CPU s/MB, {m['jieba'] / m['seconds']:.3f} x jieba speed, "
              f"peak {m['maxrss'] / GIB:.2f} GiB")
    print(f"  CPU time per MB, largest/smallest: {max(rates) / min(rates):.2f}  (floor 1.5)")
    m = measure_one(sweep_file(work, 1, single_line=True))
    print(f"  1 MB on one line: {m['chars']} characters, {m['seconds']:.1f} s, {m['cpu']:.1f} s CPU (floor 60 s), "
          f"peak {m['maxrss'] / GIB:.2f} GiB (floor 1.5 GiB), status {m['status']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="documents in the corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="0.1,1,4,16", help="sweep sizes in MB")
    parser.add_argument("--skip-sweep", action="store_true")
    parser.add_argument("--skip-stages", action="store_true", help="no cost per stage (memory against N only)")
    parser.add_argument("--sweep-only", action="store_true", help="only the size sweep, in the --keep folder of an "
                        "earlier run (its out/texts)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_document(args.one)))
        return 0
    if not sources():
        print("no corpus found", file=sys.stderr)
        return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="throughput-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.sweep_only:
        size_sweep(work, args.sizes)
        return 0
    corpus, out = work / "corpus", work / "out"
    for old in (corpus, out, work / ".out.cache"):  # the cache lives next to the output folder
        shutil.rmtree(old, ignore_errors=True)
    files = build_corpus(corpus, args.n)
    print(f"corpus: {len(files)} documents ({sum(f.stat().st_size for f in files) / 2**20:.1f} MB) from "
          f"{len(sources())} sources; {args.workers} workers; {os.cpu_count()} cores")

    first = run_extract(corpus, out, args.workers, work / "timings-1.json")
    texts = [p.read_text(encoding="utf-8") for p in sorted((out / "texts").glob("*.txt"))]
    chars = sum(len(t) for t in texts)
    base = jieba_seconds(texts)
    flow = first["flow"]
    wall = first["wall"]
    outside = wall - flow.get("flow_seconds", wall)
    print(f"\npipeline extract: {wall:.1f} s wall, {len(files) / wall:.2f} documents/s, {chars / wall / 1000:.1f}K "
          f"characters/s ({chars} characters)")
    print(f"bare jieba.lcut, one process: {base:.1f} s, {chars / base / 1000:.1f}K characters/s")
    print(f"RATIO pipeline / jieba: {base / wall:.3f}  (floor 0.15, goal 0.5)")
    print(f"peak memory, whole process tree: {first['peak'] / GIB:.2f} GiB  (floor 2 GiB); the run's own "
          f"process: {first['root_peak'] / GIB:.2f} GiB")
    print(f"outside the flow body: {outside / wall:.1%} of the wall time ({outside:.1f} s = interpreter, imports, "
          f"temporary Prefect server)")
    print(f"PREFECT's share (server start, flow-run start and end): {prefect_share(first)}  (floor 10%)")
    print(f"  flow: {flow.get('tasks')} tasks on {flow.get('workers')} worker processes, extraction "
          f"{flow.get('extract_seconds', 0):.1f} s (worker start included), writing tables, review and publishing "
          f"{flow.get('flow_seconds', 0) - flow.get('extract_seconds', 0):.1f} s")

    second = run_extract(corpus, out, args.workers, work / "timings-2.json")
    print(f"\nunchanged re-run (cache): {second['wall']:.1f} s, {wall / second['wall']:.1f}x faster  (floor 10x); "
          f"{second['flow'].get('cached')} of {len(files)} documents from the cache")
    print(f"  where the re-run's time went: {phases(second)}")
    print(f"  re-run, Prefect's share: {prefect_share(second)}")
    print(f"  (first run: {phases(first)})")

    if args.skip_stages:
        return _finish(args, work)
    unique = sources()
    costs = stage_costs(unique)
    from pipeline.clean import clean_document
    from pipeline.ingest import ingest_file

    unique_texts = [clean_document(ingest_file(p)).text for p in unique]
    unit = jieba_seconds(unique_texts)
    print(f"\ncost per stage, one copy of each of the {len(unique)} sources, as multiples of bare jieba "
          f"({unit:.2f} s):")
    for name, seconds in costs.items():
        print(f"  {name:<24} {seconds / unit:6.2f} x")
    print(f"  {'total':<24} {sum(costs.values()) / unit:6.2f} x")

    return _finish(args, work)


def _finish(args: argparse.Namespace, work: Path) -> int:
    if not args.skip_sweep:
        size_sweep(work, args.sizes)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
