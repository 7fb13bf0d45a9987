"""Review pages kept from the previous run: an unchanged re-run copies them instead of rendering again.

A page is a function of its document's rows and text, its gold file, its scores and the package (code
and templates). The run knows a key for the first two without reading them: the document's result
cache key (`pipeline.cache.cache_key`: content, id, path, date, package), plus its row in `documents`
(an identical file elsewhere in the input changes that row). A page is stored under a hash of all of
these, with its line of the index; entries the run did not use are removed once its output is in.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pipeline.pickle_folder import PickleFolder


class PageCache(PickleFolder):
    """A folder of (page HTML, index row) entries; `result_keys` maps doc_id → its result cache key."""

    def __init__(self, folder: Path, result_keys: dict[str, str]) -> None:
        super().__init__(folder)
        self.result_keys = result_keys

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
        entry = self._load(key) if key is not None else None
        if not (isinstance(entry, tuple) and len(entry) == 2):
            return None
        return entry

    def put(self, key: str | None, html: str, row: dict[str, Any]) -> None:
        """Store a page; a full disk or a read-only folder only costs the next run its time."""
        if key is not None:
            self._dump(key, (html, row))
