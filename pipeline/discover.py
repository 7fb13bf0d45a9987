"""Which files a run reads, and their document ids.

Folders are walked without leaving them: a symbolic link that points out of the
folder is skipped, a link loop ends, hidden files and folders and output folders
(the run's own, and any folder holding an earlier run's output marker) are never
inputs, and a file of an unsupported type is listed as skipped rather than
silently ignored. A file named on the command line is read whatever its suffix.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ingest import SUPPORTED_SUFFIXES, make_doc_id

# Written into every output folder, so a later run over a tree containing it never reads it.
OUTPUT_MARKER = ".zh-facts-output"


@dataclass
class Discovery:
    """The input files (with the folder they were found under) and the files skipped, with why."""

    files: list[tuple[Path, Path]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def discover(paths: list[Path], exclude: list[Path] | None = None) -> Discovery:
    """Input files of the named files and folders, sorted, each file once."""
    excluded = {p.resolve() for p in exclude or []}
    found = Discovery()
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            _walk(path, excluded, found, seen)
        elif path.is_file() or not path.exists():
            real = path.resolve()
            if real not in seen:
                seen.add(real)
                found.files.append((path, path.parent))
        else:
            found.skipped.append((str(path), "not a regular file"))
    found.files.sort(key=lambda pair: (str(pair[0].parent), pair[0].name))
    found.skipped.sort()
    return found


def _walk(root: Path, excluded: set[Path], found: Discovery, seen: set[Path]) -> None:
    root_real = root.resolve()
    visited: set[Path] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        real = folder.resolve()
        if real in visited or real in excluded or (folder != root and (real / OUTPUT_MARKER).exists()):
            continue  # a loop, the output folder or an earlier run's output
        visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            found.skipped.append((str(folder), f"cannot list folder: {err.strerror or err}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue  # hidden files and folders are never inputs
            target = path.resolve()
            if entry.is_symlink():
                if not target.exists():
                    found.skipped.append((str(path), "broken symbolic link"))
                    continue
                if not target.is_relative_to(root_real):
                    found.skipped.append((str(path), "symbolic link out of the input folder"))
                    continue
            if target.is_dir():
                stack.append(path)
            elif not target.is_file():
                found.skipped.append((str(path), "not a regular file"))
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                found.skipped.append((str(path), f"unsupported file type {path.suffix or '(no suffix)'}"))
            elif target in seen:
                found.skipped.append((str(path), "the same file as another input (a link)"))
            else:
                seen.add(target)
                found.files.append((path, root))


def assign_doc_ids(files: list[tuple[Path, Path]]) -> list[str]:
    """Stable, distinct ids: the file name, or for a name found more than once, the name plus a
    short hash of its path inside its input folder (so ids do not depend on the order of files)."""
    bases = [make_doc_id(path) for path, _ in files]
    counts = Counter(bases)
    ids = []
    for (path, root), base in zip(files, bases, strict=True):
        if counts[base] == 1:
            ids.append(base)
            continue
        where = Path(root.resolve().name) / path.relative_to(root) if path.is_relative_to(root) else path
        ids.append(f"{base}_{hashlib.sha1(where.as_posix().encode()).hexdigest()[:8]}")
    taken: Counter[str] = Counter()
    unique = []
    for doc_id in ids:  # the same folder name and path under two input folders: number them
        taken[doc_id] += 1
        unique.append(doc_id if taken[doc_id] == 1 else f"{doc_id}_{taken[doc_id]}")
    return unique
