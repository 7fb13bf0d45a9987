"""Rules as data: the number engines hold no Chinese literals outside comments and docstrings."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

from .conftest import REPO

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
ENGINES = ["numbers.py", "numerals.py", "number_context.py", "number_exclusions.py", "number_words.py", "structure.py",
           "number_exclusion_base.py", "number_exclusion_codes.py", "number_exclusion_names.py",
           "number_exclusion_ordinals.py", "number_exclusion_times.py", "number_exclusion_units.py"]


def code_literals(path: Path) -> list[str]:
    """String literals with CJK characters that are not docstrings (a string statement alone)."""
    found = []
    prev: tokenize.TokenInfo | None = None
    for tok in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
        statement = prev is None or prev.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE)
        if tok.type == tokenize.STRING and CJK.search(tok.string) and not statement:
            found.append(f"{path.name}:{tok.start[0]}: {tok.string[:40]}")
        if tok.type not in (tokenize.COMMENT, tokenize.NL):
            prev = tok
    return found


@pytest.mark.parametrize("name", ENGINES)
def test_no_chinese_literals_in_number_engines(name: str) -> None:
    path = REPO / "pipeline" / "extract" / name
    if path.exists():
        assert code_literals(path) == []


def test_the_check_sees_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""文档。"""\nX = "个"  # 注释\n', encoding="utf-8")
    assert code_literals(sample) == ['sample.py:2: "个"']
