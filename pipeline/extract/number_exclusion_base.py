"""What the exclusion rules of ``number_exclusions`` share: the numeral as the engine read it (``Reading``),
the year test the engine also asks (a resource pattern is compiled once by ``pipeline.resources.held``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.extract.numerals import NumeralCore, UnitInfo


def year_like(core: NumeralCore, cfg: dict[str, Any]) -> bool:
    """A bare four-digit integer in the year range: a date (or a code), never a count."""
    lo, hi = cfg["year_like_range"]
    if len(core.toks) != 1 or core.toks[0].kind != "arabic":
        return False
    txt = core.toks[0].text
    return txt.isdigit() and len(txt) == 4 and lo <= int(txt) <= hi


@dataclass(frozen=True)
class Reading:
    """One numeral as the engine read it: the text (normalised and original), the numeral, the
    quantity's extent (sign and unit included) and the unit it took, if any."""

    s: str
    original: str
    core: NumeralCore
    start: int
    end: int
    unit_info: UnitInfo | None
    tenths: bool

    @property
    def bare(self) -> bool:
        """No unit, no tenths: a numeral alone."""
        return self.unit_info is None and not self.tenths


