"""Which sentences the statistical organisation model reads: its cost is most of an extraction's.

The model (a character CNN and a beam decoder, ``pipeline.ner``) costs far more per character than
every rule together. Its spans matter to the extractor in three ways: the left edge of a head-word
name (…银行, …委员会), a name before a stock code, and a model-only name that passes the
confidence gate. A sentence can hold one of those only if it shows a sign of a name:

- a head word of ``org_patterns.yaml`` (the head-word rules ask the model for the left edge);
- a word jieba tags as a name of an organisation, another proper name or an abbreviation
  (``model_scope.pos``: nt, nz, nrt, j; 阿里巴巴, 央行);
- a capitalised Latin run (Gartner, WTO; a stock code such as 601021.SH has one);
- a stock code in brackets (``listing``), which makes the name before it a company.

A sentence with none of them is not run (``scope = "anchored"``, the default); ``"all"`` runs
every sentence. The model reads whole sentences either way, so on the sentences it reads its spans
and probabilities are the same as with ``"all"``: only names in sentences without any sign are
lost. ``"clauses"`` reads only the clauses with a sign (cut at ``model_scope.clause_ends``), about
half the text of ``"anchored"``, but the model is less sure of itself on short texts: it is an
option, not the default (measured on the gold set and on CLUENER in
``pipeline/models/org_ner/TRAINING.md``, "Speed").
"""

from __future__ import annotations

import re

from pipeline.extract.organizations.base import pos_words, resources
from pipeline.extract.organizations.listed_names import listing_pattern
from pipeline.nlp.doc import WordIndex
from pipeline.resources import cached

SCOPES = ("clauses", "anchored", "all")
_LATIN_NAME = re.compile(r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]")


@cached
def _head_pattern() -> re.Pattern[str]:
    """Any head word of the pattern file (longest first)."""
    heads = sorted({h for h, _ in resources().heads}, key=lambda h: (-len(h), h))
    return re.compile("|".join(map(re.escape, heads))) if heads else re.compile(r"(?!)")


@cached
def _clause_end() -> re.Pattern[str]:
    """The marks that end a clause (``model_scope.clause_ends``): no name crosses them."""
    return re.compile("[" + re.escape("".join(resources().rules["model_scope"]["clause_ends"])) + "]")


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """text[lo:hi] cut after each clause mark (the mark stays with its clause)."""
    out, start = [], lo
    for m in _clause_end().finditer(text, lo, hi):
        out.append((start, m.end()))
        start = m.end()
    if start < hi:
        out.append((start, hi))
    return out


def model_sentences(
    text: str, index: WordIndex, sentences: list[tuple[int, int]], scope: str = "anchored",
) -> list[tuple[int, int]]:
    """The texts the model reads under ``scope`` (see the module doc), in text order: whole
    sentences (``all``, ``anchored``) or runs of neighbouring clauses (``clauses``)."""
    if scope not in SCOPES:
        raise ValueError(f"model scope {scope!r}: expected one of {SCOPES}")
    if scope == "all":
        return sentences
    name_pos = frozenset(resources().rules["model_scope"]["pos"])
    heads, listing = _head_pattern(), listing_pattern()

    def signed(lo: int, hi: int) -> bool:
        seg = text[lo:hi]
        return bool(heads.search(seg) or _LATIN_NAME.search(seg) or listing.search(seg)
                    or any(tag in name_pos for *_, tag in pos_words(index, lo, hi)))

    if scope == "anchored":
        return [(lo, hi) for lo, hi in sentences if signed(lo, hi)]
    out: list[tuple[int, int]] = []
    for lo, hi in sentences:
        for a, b in _clauses(text, lo, hi):
            if not signed(a, b):
                continue
            if out and out[-1][1] == a:  # the clause before was read too: read them as one text
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out
