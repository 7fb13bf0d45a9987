"""A folder of pickled entries, one file per key: written atomically, read back forgivingly, pruned.

Both caches of a run (document results, review pages) are such folders. They only save time, so a
full disk or a read-only folder skips the write, an unreadable entry reads as missing, and after a
run the entries it did not use are removed, so nothing stale comes back.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

# What reading a damaged or outdated pickle can raise: the entry is then missing, and recomputed.
UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError)


class PickleFolder:
    """Entries ``<key>.pkl`` in ``folder``; ``used`` holds the keys the run asked for or wrote."""

    def __init__(self, folder: Path, used: set[str] | None = None) -> None:
        self.folder = folder
        self.used: set[str] = set(used or ())

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.pkl"

    def _load(self, key: str) -> Any | None:
        """The entry's object, or None when it is missing or cannot be read."""
        try:
            with self._path(key).open("rb") as handle:
                return pickle.load(handle)
        except UNREADABLE:
            return None

    def _dump(self, key: str, value: Any) -> None:
        """Write the entry under a temporary name and rename it into place; skip it on a full disk or
        a read-only folder."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".pkl")
        except OSError:
            return
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(key))
        except OSError:
            Path(tmp).unlink(missing_ok=True)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def prune(self) -> int:
        """Remove the entries this run did not use; how many were removed."""
        removed = 0
        if self.folder.is_dir():
            for path in self.folder.glob("*.pkl"):
                if path.stem not in self.used:
                    with contextlib.suppress(OSError):
                        path.unlink(missing_ok=True)
                        removed += 1
        return removed
