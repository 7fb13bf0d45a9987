"""Per-document result cache: an unchanged re-run reuses each document's rows.

A result is stored under a key made of the input file's sha256, the document's id and path
(they are written into its rows), the document date the run was given, and the pipeline's
fingerprint: its version and a hash of its own code, resources and model files. So a changed
file, option, rule, model or version is recomputed, while an unchanged one is read back.

Only results of documents that succeeded are stored (a failure may be passing: memory, a
locked file). After a run, :meth:`ResultCache.prune` removes every entry the run did not use,
so the cache holds exactly the current input and stale documents cannot come back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import os
from functools import cache
from pathlib import Path

import pipeline
from pipeline.pickle_folder import PickleFolder
from pipeline.process import DocumentResult, InputFile
from pipeline.resources import org_lexicon_files

FORMAT = 1  # bump when DocumentResult changes shape
_FINGERPRINT_SUFFIXES = {".py", ".yaml", ".tsv", ".txt", ".cfg", ".json", ".j2", ""}
# The libraries whose versions change what a document yields: the PDF readers (pdfium's characters,
# pdfminer's layout analysis, pdfplumber's tables), the tokenizer, the model runtime and its BLAS.
RESULT_LIBRARIES = ("pypdfium2", "pdfminer.six", "pdfplumber", "jieba", "spacy", "thinc", "numpy", "opencc",
                    "trafilatura", "markdown-it-py", "charset-normalizer")


@cache
def pipeline_fingerprint() -> str:
    """Version + sha256 of every file of the installed package (code, rules, model; not its Markdown
    notes) + the versions of the libraries results depend on: computed once per process, so an edited
    rule or an upgraded PDF library invalidates the cache even when nobody bumps the version."""
    root = Path(pipeline.__file__).resolve().parent
    digest = hashlib.sha256(f"{pipeline.__version__}:{FORMAT}".encode())
    for name in RESULT_LIBRARIES:
        digest.update(f"{name}={_version(name)};".encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and fingerprinted(path.relative_to(root)):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    user = os.environ.get("PIPELINE_RESOURCES")  # --resources: the user's rules change results too
    if user and Path(user).is_dir():
        for path in sorted(Path(user).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(user)).encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    for path in org_lexicon_files():  # --org-lexicon / pipeline.toml: the user's organisations
        digest.update(str(path).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fingerprinted(relative: Path) -> bool:
    """Whether a file of the package (path relative to it) is part of the fingerprint: code, rules,
    templates and model files, not compiled caches or Markdown notes."""
    return "__pycache__" not in relative.parts and relative.suffix != ".md" and (
        relative.suffix in _FINGERPRINT_SUFFIXES or "models" in relative.parts)


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def default_cache_dir(out: Path) -> Path:
    """`.<out>.cache` next to the output folder: the output is replaced as a whole by each run, so
    the cache lives beside it, like the lock, and is never read as input (hidden)."""
    out = out.absolute()
    return out.parent / f".{out.name}.cache"


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def cache_key(item: InputFile, document_date: dt.date | None, fingerprint: str | None = None) -> str | None:
    """The key of one input's result, or None when the file cannot be read (it is never cached)."""
    try:
        content = file_sha256(item.path)
    except OSError:
        return None
    parts = [content, item.doc_id, str(item.path), document_date.isoformat() if document_date else "",
             fingerprint or pipeline_fingerprint()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


class ResultCache(PickleFolder):
    """A folder of pickled DocumentResults, one file per key, written atomically."""

    def get(self, key: str | None) -> DocumentResult | None:
        if key is None:
            return None
        self.used.add(key)
        result = self._load(key)  # missing or unreadable: recompute
        return result if isinstance(result, DocumentResult) else None

    def find(self, key: str | None) -> Path | None:
        """The entry's file when there is one (not read: the run links it into its spool), else None."""
        if key is None:
            return None
        self.used.add(key)
        path = self._path(key)
        return path if path.is_file() else None

    def store(self, key: str | None, result: DocumentResult, written: Path) -> None:
        """`put`, from the file the result was already pickled into (the run's spool): linked, not written
        again; written again where a link cannot be made (another file system)."""
        if key is None or result.status != "ok":
            return
        self.used.add(key)
        tmp = self.folder / f".tmp-{os.getpid()}-{key}.pkl"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            os.link(written, tmp)
            os.replace(tmp, self._path(key))
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            self.put(key, result)

    def put(self, key: str | None, result: DocumentResult) -> None:
        if key is None or result.status != "ok":
            return
        self.used.add(key)
        self._dump(key, result)  # the cache only saves time: a full disk must not fail the run
