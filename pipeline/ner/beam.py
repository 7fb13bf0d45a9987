"""Beam search for spaCy's entity recogniser over numpy arrays, with spaCy's results.

spaCy's ``beam_parse`` (thinc's ``Beam``) visits every state of every beam at every token in
Python-facing code: wrapping each state for the feature extractor, copying its score rows,
checking each move's validity and keeping each state's history as a Python list. That was about a
third of the organisation model's time. Here the states of all beams of a batch are rows of
arrays and one step is a handful of array operations; the network is spaCy's own (the same
``state2vec`` and ``vec2scores`` calls on the same rows in the same order), and the search follows
thinc's ``Beam.advance`` step for step (float32 scores, density pruning, the priority queue's order
on ties), so the parses and the span probabilities (``scored_ents``) are spaCy's, to the bit.
``supports`` tells when a model is one this decoder knows (BILUO moves, no preset entities);
otherwise the caller uses spaCy's decoder. tests/test_ner_beam.py compares the two.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Doc

_KINDS = "BILUO"
BEGIN, IN, LAST, UNIT, OUT = range(len(_KINDS))  # a class's kind: its index in _KINDS
Entity = tuple[int, int, str]


def _exp_shares(scores: list[float]) -> tuple[list[float], float]:
    """Each score's exp(score - max) by libm, and their total added one by one in order, as thinc's
    compiled loops add them (Python 3.12's ``sum`` compensates, so it is not used)."""
    top = max(scores)
    shares = [math.exp(s - top) for s in scores]
    total = 0.0
    for share in shares:
        total += share
    return shares, total


def _softmax(scores: list[float]) -> list[float]:
    """thinc's ``search._softmax`` (private, so not imported), so the span probabilities stay
    spaCy's to the bit."""
    if not scores:
        return []
    shares, total = _exp_shares(scores)
    return [s / total for s in shares]


@dataclass(frozen=True)
class Moves:
    """The transition system's classes: each one's kind (index into "BILUO") and label id
    (0: no label), in spaCy's class order."""

    kinds: numpy.ndarray
    labels: numpy.ndarray
    names: tuple[str, ...]


def moves_of(ner: Any) -> Moves | None:
    """The recogniser's classes, or None when they are not plain BILUO moves."""
    names, kinds, labels, label_ids = [], [], [], {"": 0}
    for clas in range(ner.moves.n_moves):
        name = ner.moves.get_class_name(clas)
        kind, _, label = name.partition("-")
        if kind not in _KINDS or (kind == "O") != (name == "O"):
            return None
        names.append(label)
        kinds.append(_KINDS.index(kind))
        labels.append(label_ids.setdefault(label, len(label_ids)))
    return Moves(numpy.array(kinds), numpy.array(labels), tuple(names))


def supports(ner: Any, docs: list[Doc]) -> bool:
    """Whether this decoder gives spaCy's result: plain BILUO moves and no preset entities."""
    return moves_of(ner) is not None and not any(doc.has_annotation("ENT_IOB") for doc in docs)


def beam_parse(ner: Any, docs: list[Doc], width: int, density: float) -> list[tuple[list[Entity], dict[Entity, float]]]:
    """For each doc: the best parse's entities (token offsets) and every entity's probability,
    as spaCy's ``ner.beam_parse`` followed by ``ner.scored_ents`` and the best parse."""
    return beam_parse_batches(ner, [docs], width, density)[0]


def beam_parse_batches(
    ner: Any, batches: list[list[Doc]], width: int, density: float,
) -> list[list[tuple[list[Entity], dict[Entity, float]]]]:
    """:func:`beam_parse` of each batch, the batches searched side by side.

    Why: a step of the search costs about 60 small array calls whatever the number of beams, and a
    batch takes as many steps as its longest doc has tokens, so searching batches one after another
    paid those calls once per batch and step. Here the states of all the batches are rows of one
    search, and only the network calls stay per batch: each batch's own step model (its tokens'
    precomputed features) gets, at every step, exactly the feature rows its search alone would give
    it, in the same order (the same matrix shapes, so the same float results; OpenBLAS's sums depend
    on a product's number of rows), and nothing is called for a batch whose docs have all ended.
    The beams never read each other's rows, so every doc's parse and probabilities are those of
    :func:`beam_parse` on its batch alone (tests/test_ner_beam.py compares them)."""
    moves = moves_of(ner)
    if moves is None:
        raise ValueError("not a BILUO entity recogniser")
    step_models: list[Any] = []
    try:
        for docs in batches:
            step_models.append(ner.model.predict(docs))
        every = [doc for docs in batches for doc in docs]
        search = _Search(moves, every, width, density)
        first_doc = numpy.cumsum([0, *(len(docs) for docs in batches)])
        token_base = numpy.cumsum([0, *(sum(len(d) for d in docs) for docs in batches)])
        while search.active():
            ids = search.token_ids()
            bounds = numpy.searchsorted(search.rows()[0], first_doc).tolist()  # each batch's rows (beam order)
            parts = []
            for g, model in enumerate(step_models):
                lo, hi = bounds[g], bounds[g + 1]
                if lo < hi:
                    part = ids[lo:hi]
                    local = numpy.where(part >= 0, part - numpy.int32(token_base[g]), part).astype(numpy.int32)
                    parts.append(_step_scores(model, numpy.ascontiguousarray(local)))
            search.advance(parts[0] if len(parts) == 1 else numpy.concatenate(parts))
        results = search.results()
    finally:
        for model in step_models:
            model.clear_memory()
    return [results[first_doc[g]:first_doc[g + 1]] for g in range(len(batches))]


def _step_scores(model: Any, token_ids: numpy.ndarray) -> numpy.ndarray:
    """spaCy's ``step_forward`` on the given feature rows (not train mode)."""
    vector = model.state2vec(token_ids, False)[0]
    scores = model.vec2scores(vector, False)[0] if model.attrs["has_upper"] else numpy.asarray(vector)
    unseen = model._class_mask == 0
    if unseen.any():  # spaCy sets unseen classes to the minimum; with none, its assignment selects nothing
        scores[:, unseen] = numpy.nanmin(scores)
    return scores


# Relative distance from the density cut-off within which numpy's exp and libm's could disagree
# (a few ulps of the shares and of their sum; far wider than that, and still rare).
_ROUNDING_MARGIN = 1e-9


def _dense_exactly(values: numpy.ndarray, allowed: numpy.ndarray, density: float) -> numpy.ndarray:
    """One row of :meth:`_Search._dense` the way thinc's ``Beam.advance`` computes it, value by
    value with libm's exp."""
    shares, z = _exp_shares([float(v) for v in values[allowed]])
    cutoff = (1.0 / z) * density
    dense = numpy.zeros(len(values), dtype=bool)
    dense[numpy.flatnonzero(allowed)] = [share / z >= cutoff for share in shares]
    return dense


class _Search:
    """Every doc's beam as arrays: beam b holds ``size[b]`` states; a state's score, its open
    entity (start token, label; -1 when none) and, per step, its parent and move."""

    def __init__(self, moves: Moves, docs: list[Doc], width: int, density: float) -> None:
        self.moves = moves
        self.width = width
        # thinc keeps the density as a float32 and compares in double precision.
        self.density = float(numpy.float32(density))
        self.lengths = numpy.array([len(d) for d in docs])
        self.offsets = numpy.concatenate([[0], numpy.cumsum(self.lengths)[:-1]]).astype(numpy.int64)
        # Token attributes of all docs end to end (one padding token), indexed by offset + position.
        self.space = numpy.concatenate([*(d.to_array("IS_SPACE").astype(bool) for d in docs), [False]])
        self.sent_start = numpy.concatenate([*((d.to_array("SENT_START") == 1) for d in docs), [False]])
        self._token_code, self._valid_by_code, self._needs_label = self._validity_tables()
        n = len(docs)
        self.size = numpy.ones(n, dtype=numpy.int64)
        self.score = numpy.zeros((n, width), dtype=numpy.float32)
        self.open_start = numpy.full((n, width), -1, dtype=numpy.int64)
        self.open_label = numpy.zeros((n, width), dtype=numpy.int64)
        self.t = 0
        self.history: list[tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]] = []  # beams, parents, classes
        self._rows: tuple[numpy.ndarray, numpy.ndarray] = (numpy.zeros(0, int), numpy.zeros(0, int))

    def active(self) -> bool:
        """Whether some beam has tokens left (every move reads one token, so a beam's states end together)."""
        return bool((self.lengths > self.t).any())

    def token_ids(self) -> numpy.ndarray:
        """The feature rows of the unfinished states, beam by beam, state by state (spaCy's
        ``set_context_tokens`` for NER: the next token, the open entity's first token, the previous token)."""
        live = (self.lengths > self.t)[:, None] & (numpy.arange(self.width)[None, :] < self.size[:, None])
        beams, states = numpy.nonzero(live)
        self._rows = (beams, states)
        opened = self.open_start[beams, states] >= 0
        offset = self.offsets[beams]
        ids = numpy.empty((len(beams), 3), dtype=numpy.int32)
        ids[:, 0] = self.t + offset
        ids[:, 1] = numpy.where(opened, self.open_start[beams, states] + offset, -1)
        ids[:, 2] = numpy.where(opened, self.t - 1 + offset, -1)
        return ids

    def rows(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """The beam and the state of each row :meth:`token_ids` last gave (beam by beam, state by state): the
        rows :meth:`advance` takes the scores of."""
        return self._rows

    def _validity_tables(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray | None]:
        """What :meth:`_valid` reads, tabled once per search (why: reading it kind by kind at every step was about
        35 array calls a step; tests/test_ner_beam.py keeps that reading to compare).

        Per token (all docs end to end): a code of its three facts, room (a next token in its doc) 4, the
        next token starting a sentence 2, a space 1; per code plus 8 for an open entity, which classes are
        valid before the label test; and the classes that must continue their own label (None: none)."""
        total = int(self.lengths.sum())
        position = numpy.arange(total) - numpy.repeat(self.offsets, self.lengths)
        room = position + 1 < numpy.repeat(self.lengths, self.lengths)
        next_starts = room & self.sent_start[1 : total + 1]
        code = room * 4 + next_starts * 2 + self.space[:total] * 1
        table = numpy.zeros((16, len(self.moves.kinds)), dtype=bool)
        for c in range(16):
            opened, has_room, starts, space = bool(c & 8), bool(c & 4), bool(c & 2), bool(c & 1)
            by_kind = (not opened and has_room and not starts and not space, opened and has_room and not starts,
                       opened, not opened and not space, not opened)
            for clas, (kind, label) in enumerate(zip(self.moves.kinds.tolist(), self.moves.labels.tolist(),
                                                     strict=True)):
                table[c, clas] = by_kind[kind] if kind == OUT or label else False
        needs = (self.moves.labels != 0) & ((self.moves.kinds == IN) | (self.moves.kinds == LAST))
        return code.astype(numpy.int64), table, (needs if needs.any() else None)

    def _valid(self, beams: numpy.ndarray, states: numpy.ndarray) -> numpy.ndarray:
        """Which classes each state may take (spaCy's ``is_valid`` of Begin, In, Last, Unit, Out
        without preset entities), read from the tables of :meth:`_validity_tables`
        (tests/test_ner_beam.py compares it with the kind-by-kind reading the tables replaced)."""
        here = self.offsets[beams] + self.t
        opened = self.open_start[beams, states] >= 0
        valid = self._valid_by_code[self._token_code[here] + opened * 8]
        if self._needs_label is not None:
            valid &= (self.open_label[beams, states][:, None] == self.moves.labels) | ~self._needs_label
        return valid

    def advance(self, scores: numpy.ndarray) -> None:
        """thinc's ``Beam.advance`` for every unfinished beam: candidates scored parent + move
        (float32), pruned by density, the best ``width`` kept, ties to the higher candidate index."""
        beams, states = self._rows
        n_classes = len(self.moves.kinds)
        valid = self._valid(beams, states)
        live = numpy.flatnonzero(self.lengths > self.t)
        row_of = numpy.searchsorted(live, beams)
        cells = self.width * n_classes
        candidate = numpy.zeros((len(live), self.width, n_classes), dtype=numpy.float32)
        allowed = numpy.zeros((len(live), self.width, n_classes), dtype=bool)
        candidate[row_of, states] = self.score[beams, states][:, None] + scores
        allowed[row_of, states] = valid
        candidate, allowed = candidate.reshape(len(live), cells), allowed.reshape(len(live), cells)
        keep = allowed & self._dense(candidate, allowed) if self.density > 0.0 else allowed
        # Best first, and of equal scores the higher index first: a stable sort of the reversed row.
        reversed_keys = numpy.where(keep, -candidate, numpy.inf)[:, ::-1]
        chosen = cells - 1 - numpy.argsort(reversed_keys, axis=1, kind="stable")[:, : self.width]
        size = numpy.minimum(self.width, keep.sum(axis=1))
        parents, classes = chosen // n_classes, chosen % n_classes
        rows = live[:, None]
        kind, label = self.moves.kinds[classes], self.moves.labels[classes]
        parent_start, parent_label = self.open_start[rows, parents], self.open_label[rows, parents]
        self.score[live] = candidate[numpy.arange(len(live))[:, None], chosen]  # take_along_axis without its set-up
        closes = (kind == LAST) | (kind == UNIT)
        self.open_start[live] = numpy.where(kind == BEGIN, self.t, numpy.where(closes, -1, parent_start))
        self.open_label[live] = numpy.where(kind == BEGIN, label, numpy.where(closes, 0, parent_label))
        self.size[live] = size
        self.history.append((live, parents, classes))
        self.t += 1

    def _dense(self, candidate: numpy.ndarray, allowed: numpy.ndarray) -> numpy.ndarray:
        """thinc's density pruning: a candidate stays when its softmax share (over the beam's valid
        candidates, summed in order in double precision) is at least the density over Z.

        numpy's exp may differ from the C library's in the last bit (its SIMD versions), so a row
        with a share within a rounding error of the cut-off is decided again with libm's exp, as
        thinc does; such rows are rare, so this costs one comparison."""
        values = candidate.astype(numpy.float64)
        top = numpy.where(allowed, values, -numpy.inf).max(axis=1, keepdims=True)
        shares = numpy.where(allowed, numpy.exp(numpy.where(allowed, values, top) - top), 0.0)
        z = numpy.cumsum(shares, axis=1)[:, -1:]
        share, cutoff = shares / z, (1.0 / z) * self.density
        dense = share >= cutoff
        near = allowed & (numpy.abs(share - cutoff) <= _ROUNDING_MARGIN * cutoff)
        for row in numpy.flatnonzero(near.any(axis=1)).tolist():
            dense[row] = _dense_exactly(values[row], allowed[row], self.density)
        return dense

    def results(self) -> list[tuple[list[Entity], dict[Entity, float]]]:
        """Per doc: the best state's entities and spaCy's ``scored_ents`` (each final state's
        softmax share added to every entity it holds, states in beam order)."""
        n, width = len(self.lengths), self.width
        out_class = int(numpy.flatnonzero(self.moves.kinds == OUT)[0])
        sequence = numpy.full((n, width, max(self.t, 1)), out_class, dtype=numpy.int64)
        current = numpy.broadcast_to(numpy.arange(width), (n, width)).copy()
        for t in range(self.t - 1, -1, -1):
            live, parents, classes = self.history[t]
            rows = numpy.arange(len(live))[:, None]
            picked = current[live]
            sequence[live, :, t] = classes[rows, picked]
            current[live] = parents[rows, picked]
        sequence[numpy.arange(width)[None, :] >= self.size[:, None]] = out_class  # slots the beam never filled
        kinds = self.moves.kinds[sequence]
        starts = numpy.nonzero((kinds == BEGIN) | (kinds == UNIT))
        ends = numpy.nonzero((kinds == LAST) | (kinds == UNIT))
        parses: list[list[list[Entity]]] = [[[] for _ in range(width)] for _ in range(n)]
        for b, i, start, end in zip(starts[0].tolist(), starts[1].tolist(), starts[2].tolist(), ends[2].tolist(),
                                    strict=True):
            parses[b][i].append((start, end + 1, self.moves.names[int(sequence[b, i, start])]))
        results = []
        for b in range(n):
            size = int(self.size[b])
            probs = _softmax([float(s) for s in self.score[b, :size]])
            scored: dict[Entity, float] = defaultdict(float)
            for i in range(size):
                for entity in parses[b][i]:
                    scored[entity] += probs[i]
            results.append((parses[b][0], dict(scored)))
        return results
