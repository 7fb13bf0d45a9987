"""Numbers in inline math that a converter left in the text ($3 . 2 8 \\%$, $9 \\text{‰}$, $0 { \\sim } 6$ 岁).

Inside ``$…$`` the digits of one number stand apart (one space, or a LaTeX ``\\ `` space); a percent or
per-mille command after them makes a percentage, a unit written after the closing ``$`` belongs to
the last number, and a range command between two numbers shares it with the first. A number raised
to a power (13^{th}) or compared in a formula (P < 0.05) is no quantity, and neither is any number of a
formula with variables ($( 1 - a ) / ( 1 - k )$). The patterns are in
``numbers.yaml`` (``math``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from pipeline.chars import HAN
from pipeline.extract.number_words import Candidate
from pipeline.extract.numerals import lexicon, skip_space
from pipeline.resources import cached, held


@dataclass(frozen=True)
class _MathPatterns:
    span: re.Pattern[str]
    number: re.Pattern[str]
    percent: re.Pattern[str]
    permille: re.Pattern[str]
    power: re.Pattern[str]
    compared: re.Pattern[str]
    range_gap: re.Pattern[str]
    command: re.Pattern[str]
    variable: re.Pattern[str]


@cached
def _patterns() -> _MathPatterns:
    cfg = lexicon().cfg["math"]
    return _MathPatterns(
        span=re.compile(r"\$([^$\n" + HAN + r"]{1," + str(int(cfg["max_chars"])) + r"})\$"),
        number=re.compile(cfg["number"]),
        percent=re.compile(cfg["percent"]),
        permille=re.compile(cfg["permille"]),
        power=re.compile(cfg["power"]),
        compared=re.compile(cfg["compared"]),
        range_gap=re.compile(cfg["range_gap"]),
        command=re.compile(cfg["command"]),
        variable=re.compile(cfg["variable"]),
    )


def math_quantities(s: str) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The quantities of every inline-math span, and the spans they claim (no other reading)."""
    p = _patterns()
    lex = lexicon()
    found: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for m in p.span.finditer(s):
        inner_start, inner_end = m.start(1), m.end(1)
        members: list[Candidate] = []
        if p.variable.search(p.command.sub(" ", s[inner_start:inner_end])):
            spans.append((m.start(), m.end()))
            continue  # a formula: its numbers are terms, not quantities
        for num in p.number.finditer(s, inner_start, inner_end):
            if p.power.match(s, num.end(), inner_end) or p.compared.search(s, inner_start, num.start()):
                continue  # 13^{th}; a threshold in a formula (P < 0.05, x > 0)
            digits = "".join(ch for ch in num.group(0) if ch.isdigit() or ch == ".")
            value, unit, kind, end = Decimal(digits), "", "count", num.end()
            pct = p.percent.match(s, num.end(), inner_end)
            pml = p.permille.match(s, num.end(), m.end())
            if pct:
                unit, kind, end = "%", "percent", pct.end()
            elif pml:
                value, unit, kind, end = value / 10, "%", "percent", pml.end()
            members.append(Candidate(num.start(), end, value, unit, kind, ""))
        spans.append((m.start(), m.end()))
        if not members:
            continue
        last = members[-1]
        close = m.end()
        if not last.unit and not s[last.end : inner_end].strip(" {}"):
            k = skip_space(s, close)
            um = lex.unit_re.match(s, k) if k < len(s) else None
            info = lex.units.get(held(r"\s").sub("", um.group(0))) if um else None
            if info is not None and um is not None:
                last.unit, last.kind, last.value, last.end = info.unit, info.kind, last.value * info.factor, um.end()
                close = um.end()
        for first, second in itertools.pairwise(members):
            if not first.unit and p.range_gap.fullmatch(s, first.end, second.start):
                first.unit, first.kind = second.unit, second.kind
        found += members
        spans.append((m.end(), close))
    return found, spans
