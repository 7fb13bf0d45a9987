"""Per-document limits (size, time, memory) and the one-line errors a document over a limit gets.

The size limit is checked in `process_file` itself (before a byte is read); time and
memory can only be enforced from outside the document's own code, by the worker
process in `pipeline.worker`. Defaults are documented in the README.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
# The longest sentence the splitter gives (pipeline.segment.bounded): far above any real one (the dev
# corpus's longest, a PDF's run-on block, has 5,725 characters), so only text with no sentence end for
# pages (a 1 MB file on one line) is cut, into pieces whose cost downstream is bounded.
MAX_SENTENCE_CHARS = 10_000


@dataclass(frozen=True)
class Limits:
    """What one document may cost; 0 switches a limit off."""

    max_bytes: int = 32 * MB        # file size on disk
    max_seconds: float = 300.0      # wall time of ingest + clean + segment + extract
    max_memory_mb: int = 2048       # address space a document may add to the warm worker


DEFAULT_LIMITS = Limits()


def too_large_bytes(size: int, limit: int) -> str:
    return f"too large: {size / MB:.1f} MB (limit {limit / MB:g} MB, --max-mb)"


def too_large_memory(limit_mb: int) -> str:
    return f"too large: needs more than {limit_mb} MB of memory (limit --max-memory-mb)"


def timeout_message(seconds: float) -> str:
    return f"timeout: not done after {seconds:g} s (limit --max-seconds)"
