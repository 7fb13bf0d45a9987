"""Serialisation for pipeline parts that hold no state of their own (tokenizers)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self


class Stateless:
    """Nothing to save or load: keeps ``nlp.to_disk`` / ``spacy.load`` working."""

    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> Self:
        return self

    def to_disk(self, _path: Path | str, **_: Any) -> None:
        return None

    def from_disk(self, _path: Path | str, **_: Any) -> Self:
        return self
