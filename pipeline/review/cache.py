"""Review pages kept from the previous run: an unchanged re-run copies them instead of rendering again.

A page is a function of its document's rows and text, its gold file, its scores and the package (code
and templates). The run knows a key for the first two without reading them: the document's result
cache key (`pipeline.cache.cache_key`: content, id, path, date, package), plus its row in `documents`
(an identical file elsewhere in the input changes that row). A page is stored under a hash of all of
these, with its line of the index; entries the run did not use are removed once its output is in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


class PageCache:
    """A folder of (page HTML, index row) entries; `result_keys` maps doc_id → its result cache key."""

    def __init__(self, folder: Path, result_keys: dict[str, str]) -> None:
        self.folder = folder
        self.result_keys = result_keys
        self.used: set[str] = set()

    def key(self, doc: dict[str, Any], gold_path: Path | None, scores: Any) -> str | None:
        """The key of a document's page, or None when it has no result key (failed, or not cached)."""
        from pipeline.cache import pipeline_fingerprint

        result_key = self.result_keys.get(str(doc["doc_id"]))
        if not result_key:
            return None
        gold = b""
        if gold_path is not None and gold_path.is_file():
            gold = gold_path.read_bytes()
        parts = [result_key, json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str),
                 hashlib.sha256(gold).hexdigest(), json.dumps(scores, sort_keys=True, default=str),
                 pipeline_fingerprint()]
        key = hashlib.sha256("\0".join(parts).encode()).hexdigest()
        self.used.add(key)
        return key

    def get(self, key: str | None) -> tuple[str, dict[str, Any]] | None:
        if key is None:
            return None
        try:
            with (self.folder / f"{key}.pkl").open("rb") as handle:
                html, row = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            return None
        return html, row

    def put(self, key: str | None, html: str, row: dict[str, Any]) -> None:
        """Store a page; a full disk or a read-only folder only costs the next run its time."""
        if key is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".pkl")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((html, row), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{key}.pkl")
        except OSError:
            Path(tmp).unlink(missing_ok=True)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> int:
        """Remove the pages this run did not use."""
        removed = 0
        if self.folder.is_dir():
            for path in self.folder.glob("*.pkl"):
                if path.stem not in self.used:
                    with contextlib.suppress(OSError):
                        path.unlink(missing_ok=True)
                        removed += 1
        return removed
