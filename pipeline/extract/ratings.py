"""Investment ratings (买入, 增持, 超配 …) and the lines of a broker's rating key (``ratings.yaml``).

Every broker report ends with a key that defines its ratings against a benchmark (增持：股价超越基准
5%-20%). A rating before 股价 is no listed company, and a line of the key defines a rating: its
percentages are thresholds, not facts of a time, so it holds no claim.
"""

from __future__ import annotations

import re

from pipeline.extract.numerals import alternation
from pipeline.resources import cached, load_yaml


@cached
def _spec() -> dict:
    return load_yaml("ratings.yaml")


def is_rating(word: str) -> bool:
    """Whether ``word`` is a rating, with or without a qualifier (增持, 审慎增持)."""
    spec = _spec()
    return any(word.startswith(q) and word[len(q) :] in spec["ratings"] for q in ("", *spec["qualifiers"]))


@cached
def _key_line() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    spec = _spec()

    def words(key: str) -> str:
        return alternation(spec[key], spaced=False)

    opening = re.compile(
        f"^\\s*{spec['list_number']}(?:{words('qualifiers')})?(?:{words('ratings')})(?:评级)?"
        f"\\s*(?:{words('separators')})?\\s*(?:{words('criterion_starts')})"
    )
    clause_end = re.compile("[" + re.escape(spec["clause_ends"]) + "]")
    return opening, clause_end, re.compile(words("threshold_words")), re.compile(words("benchmark_words"))


def is_rating_key_line(sentence: str, upto: int | None = None) -> bool:
    """Whether the sentence is a line of a rating key (增持股价超越基准5%-20%; 看多——未来6个月内上证综指
    上升幅度达到或超过20%): a rating, then in the same clause a criterion with a threshold and a
    benchmark. ``upto``: read ``sentence[:upto]`` without copying it (the patterns' end position)."""
    opening, clause_end, threshold, benchmark = _key_line()
    upto = len(sentence) if upto is None else min(upto, len(sentence))
    start = opening.match(sentence, 0, upto)
    if start is None:
        return False
    end = clause_end.search(sentence, start.start(), upto)
    clause = sentence[start.start() : end.start() if end else upto]
    return threshold.search(clause) is not None and benchmark.search(clause) is not None
