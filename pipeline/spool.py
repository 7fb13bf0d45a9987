"""A run's document results on disk, one file per document, until the tables are written.

The flow's process receives results in whatever order the tasks finish; holding them until the last
one came would make its memory grow with the number of documents. Each result is written here as it
comes (an unchanged document's cache entry is linked in instead), dropped, and read back one at a
time in doc_id order when the tables are written (`pipeline.process.write_ordered`). The spool is a
hidden folder inside the run's staging folder, so a failed or stopped run leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
from pathlib import Path

from pipeline.pickle_folder import UNREADABLE
from pipeline.process import DocumentResult, InputFile, failed_result

FOLDER = ".spool"


class Spool:
    """Pickled DocumentResults by input index; `paths` is all it holds in memory."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.paths: dict[int, Path] = {}
        self.from_cache: dict[int, Path] = {}  # index → its cache entry

    def _path(self, index: int) -> Path:
        return self.folder / f"{index}.pkl"

    def put(self, index: int, result: DocumentResult) -> Path:
        """Write one document's result; returns its file (the cache may link it)."""
        path = self._path(index)
        with path.open("wb") as handle:
            pickle.dump(result, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.paths[index] = path
        return path

    def link(self, index: int, source: Path) -> None:
        """An unchanged document: its cache entry, linked (or, across file systems, named) without reading it."""
        path = self._path(index)
        try:
            os.link(source, path)
        except OSError:
            path = source  # read from the cache itself when the tables are written
        self.paths[index] = path
        self.from_cache[index] = source

    def __contains__(self, index: int) -> bool:
        return index in self.paths

    def read(self, index: int, item: InputFile) -> DocumentResult:
        """The result of input `index`; an unreadable cache entry becomes a failed document (and is removed
        from the cache, so the next run extracts it again)."""
        path = self.paths[index]
        try:
            with path.open("rb") as handle:
                result = pickle.load(handle)
        except UNREADABLE as err:
            if index not in self.from_cache:
                raise
            with contextlib.suppress(OSError):
                self.from_cache[index].unlink(missing_ok=True)
            return failed_result(item, f"its cached result is unreadable ({type(err).__name__}); run again")
        if not isinstance(result, DocumentResult):
            return failed_result(item, "its cached result is not a document result; run again")
        return result

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
