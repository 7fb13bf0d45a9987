"""jieba's part-of-speech HMM (``jieba.posseg.viterbi``) over numpy arrays, with jieba's results.

A word the dictionary lacks is tagged by the POS tagger's Viterbi search over its 256 (position,
tag) states. jieba runs it in Python, one generator step per pair of states per character: a few
milliseconds a word, which made tagging the unknown words of a document cost about twice its
segmentation. Here a step is a few array operations over the same tables. The additions are the
same float64 additions in the same order, and ties go where Python's ``max`` over ``(score, state)``
sends them (to the greater state), so the route and its score are jieba's to the bit
(tests/test_pos_hmm.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache

import jieba.posseg
import numpy
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
from jieba.posseg.viterbi import MIN_FLOAT, MIN_INF
from jieba.posseg.viterbi import viterbi as jieba_viterbi

from pipeline.resources import cached, load_yaml

State = tuple[str, str]


class _Tables:
    """jieba's HMM as arrays; states in Python's tuple order, so a greater index is a greater state."""

    def __init__(self) -> None:
        self.states: list[State] = sorted(trans_P)
        index = {state: i for i, state in enumerate(self.states)}
        n = len(self.states)
        self.start = numpy.array([start_P[s] for s in self.states])
        self.trans = numpy.full((n, n), MIN_INF)
        self.leads = numpy.zeros((n, n), dtype=bool)  # y is a key of trans_P[x]
        for x, row in trans_P.items():
            for y, p in row.items():
                self.trans[index[x], index[y]] = p
                self.leads[index[x], index[y]] = True
        self.has_next = self.leads.any(axis=1)
        self.everywhere = numpy.ones(n, dtype=bool)
        self._index = index

    @cache  # noqa: B019 (one instance per process; the tables live as long as it)
    def char_states(self, char: str) -> numpy.ndarray:
        """The states jieba allows for a character (all of them for a character it never saw)."""
        allowed = char_state_tab_P.get(char)
        if allowed is None:
            return self.everywhere
        mask = numpy.zeros(len(self.states), dtype=bool)
        mask[[self._index[s] for s in allowed]] = True
        return mask

    @cache  # noqa: B019
    def emit(self, char: str) -> numpy.ndarray:
        return numpy.array([emit_P[s].get(char, MIN_FLOAT) for s in self.states])


@cache
def _tables() -> _Tables:
    return _Tables()


def viterbi(obs: str) -> tuple[float, list[State]]:
    """``jieba.posseg.viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)``: the best route's
    score and its state per character."""
    tables = _tables()
    allowed = tables.char_states(obs[0])
    score = numpy.where(allowed, tables.start + tables.emit(obs[0]), MIN_INF)
    reached = allowed
    parents: list[numpy.ndarray] = []
    for char in obs[1:]:
        prev = numpy.flatnonzero(reached & tables.has_next)
        if not len(prev):  # jieba's max() of nothing raises; let it say so
            return jieba_viterbi(obs, char_state_tab_P, start_P, trans_P, emit_P)
        expected = tables.leads[prev].any(axis=0)
        here = tables.char_states(char) & expected
        if not here.any():
            here = expected if expected.any() else tables.everywhere
        cols = numpy.flatnonzero(here)
        candidates = (score[prev][:, None] + tables.trans[numpy.ix_(prev, cols)]) + tables.emit(char)[cols][None, :]
        best = len(prev) - 1 - candidates[::-1].argmax(axis=0)  # of equal scores the greater state
        score = numpy.full(len(tables.states), MIN_INF)
        score[cols] = candidates[best, numpy.arange(len(cols))]
        parent = numpy.full(len(tables.states), -1)
        parent[cols] = prev[best]
        parents.append(parent)
        reached = here
    last = numpy.flatnonzero(reached)
    state = int(last[len(last) - 1 - score[last][::-1].argmax()])
    route = [state]
    for parent in reversed(parents):
        state = int(parent[state])
        route.append(state)
    return float(score[route[0]]), [tables.states[s] for s in reversed(route)]


class ArrayPOSTokenizer(jieba.posseg.POSTokenizer):
    """jieba's POS segmenter with the array Viterbi search for runs of unknown characters."""

    def _POSTokenizer__cut(self, sentence: str) -> Iterator[jieba.posseg.pair]:  # jieba's private name: overrides __cut
        """jieba's ``POSTokenizer.__cut``: words and tags from the best route (B…E, S)."""
        _, pos_list = viterbi(sentence)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield jieba.posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == "S":
                yield jieba.posseg.pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield jieba.posseg.pair(sentence[nexti:], pos_list[nexti][1])

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[jieba.posseg.pair]:
        """jieba's words and tags, a word its HMM glued of a phrase's last character and an adverb split
        (``split_glued_adverbs``)."""
        pairs = [(p.word, p.flag) for p in super().cut(sentence, HMM=HMM)]
        for word, flag in split_glued_adverbs(pairs, self.tokenizer.FREQ, self.word_tag_tab):
            yield jieba.posseg.pair(word, flag)


@cached
def glued_adverbs() -> frozenset[str]:
    """The adverbs jieba's HMM may glue to the character before them (tokenizer.yaml)."""
    return frozenset(load_yaml("tokenizer.yaml")["glued_adverbs"])


def glued_shaped(word: str, known: Mapping[str, int]) -> bool:
    """A word jieba's HMM may have glued of a phrase's last character and an adverb: longer than one character,
    ending in a ``glued_adverbs`` adverb, not in the dictionary (``known``: its frequencies; 共有, 总共 are words)."""
    return len(word) > 1 and word[-1] in glued_adverbs() and not known.get(word)


def splits_glued(flag: str, after_flag: str) -> bool:
    """Whether a glued word (:func:`glued_shaped`) tagged ``flag`` is split before its adverb: a verb follows
    (``after_flag``: the next word's tag) and it is no person's name (王均|表示: nr). With :func:`glued_shaped` the
    one split test of :func:`split_glued_adverbs` and the tokenizer's split (``tokenizer._split_glued_adverbs``)."""
    return after_flag.startswith("v") and not flag.startswith("nr")


def split_glued_adverbs(pairs: Iterable[tuple[str, str]], known: Mapping[str, int],
                        tags: Mapping[str, str]) -> list[tuple[str, str]]:
    """Words and tags with a word jieba's HMM made of a phrase's last character and an adverb (本年度|内共|完成:
    ``glued_adverbs`` of tokenizer.yaml) split before the adverb when a verb follows (内|共|完成), each part tagged
    as the dictionary tags it; a word the dictionary holds (共有, 总共) or a person's name (王均|表示: nr) stays whole
    (round 41 mend). ``known``: the dictionary's frequencies; ``tags``: its tags."""
    pairs = list(pairs)
    if not pairs:
        return pairs
    out: list[tuple[str, str]] = []
    for (word, flag), (_, after) in zip(pairs, [*pairs[1:], ("", "")], strict=True):
        if glued_shaped(word, known) and splits_glued(flag, after):
            out += [(word[:-1], tags.get(word[:-1], flag)), (word[-1], tags.get(word[-1], "d"))]
        else:
            out.append((word, flag))
    return out
