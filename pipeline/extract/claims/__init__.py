"""Claims: checkable sentence-level assertions, one per (metric, value) pair.

A claim is a quantity (from the numbers rows) in a factual sentence, with the
metric it measures, the time it holds for and the organisation the text attributes
it to. This package decides which values are claims and carries the passage (its time,
source and subject) from sentence to sentence; `claim_time` finds a value's time and
`claim_metric` its metric. Every cue is data in `resources/claims.yaml` (`claim_cues`).

The package's modules, each of one concern, lowest first (each imports only from those above it): `passage`
(Passage, levels, headings, blocks), `brackets`, `chunks`, `spreads` (分别 lists), `governing`, `members`,
`reporting` (releases, speakers, sources), `sentences` (one sentence's claims), `reading` (the records the
stages of a document's reading share), the stages, one per step of a sentence, by concern
(`passage_stages`, `source_stages`, `release_stages`, `time_stages`) and `extract` (the
top-level `extract_claims`, their driver). This module re-exports what other modules and tests use.
"""

from pipeline.extract.claims.brackets import CITATION_COMMAS
from pipeline.extract.claims.chunks import clause_chunk
from pipeline.extract.claims.extract import Claim, extract_claims
from pipeline.extract.claims.governing import word_after_bound
from pipeline.extract.claims.passage import PASSAGE_LIMIT, passages

__all__ = [
    "CITATION_COMMAS",
    "PASSAGE_LIMIT",
    "Claim",
    "clause_chunk",
    "extract_claims",
    "passages",
    "word_after_bound",
]
