"""How values read on the review pages: thousands separators, 亿/万 on chart axes."""

from __future__ import annotations

import math


def format_number(value: object) -> str:
    """293985000000.0 → 293,985,000,000; 4.874 stays 4.874 (floats come from the Parquet tables)."""
    if value is None or value == "":
        return ""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if not math.isfinite(number):
        return str(number)
    return f"{int(number):,}" if number.is_integer() else f"{number:,.10g}"


def short_number(value: float) -> str:
    """An axis tick in the units Chinese tables use: 1.5亿 (1e8), 3万 (1e4), else plain."""
    for scale, suffix in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(value) >= scale:
            return f"{value / scale:,.4g}{suffix}"
    return f"{value:,.4g}"
