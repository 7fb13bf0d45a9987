"""Statistical organisation NER: a small character-level spaCy pipeline.

The project's main Doc is tokenised by jieba, but organisation spans in the training data
(CLUENER2020) often start or end inside a jieba word.  The NER model therefore has its own
tokenizer: one token per CJK character, runs of Latin letters and runs of digits kept whole
(so "Gartner" and "2011" are single tokens), and is run on the raw text; its spans are
mapped back to the main Doc by character offsets.

Importing this module registers the custom functions the shipped model's config names (the
tokenizer, the character n-gram embedding and the ORG scorer), so it must be imported before
``spacy.load`` of the model; :func:`load_model` does that.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, use_ops, with_array
from thinc.types import Floats2d, Ints2d
from threadpoolctl import threadpool_limits

from pipeline.ner import beam
from pipeline.nlp.stateless import Stateless

LABEL = "ORG"
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "org_ner"

# One token per character, except runs of ASCII/full-width Latin letters and runs of digits.
_TOKEN_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+|[0-9０-９]+|\s+|.", re.S)


class CharLatinTokenizer(Stateless):
    """Character tokenizer that keeps Latin words and digit runs whole (why: see module doc)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKEN_RE.finditer(text):
            piece = m.group()
            if piece == " " and words and not spaces[-1]:
                spaces[-1] = True  # a single space after a token is trailing whitespace
                continue
            words.append(piece)
            spaces.append(False)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data["text"] = text  # Doc.text rebuilds the string from Token objects: slow
        return doc


@registry.tokenizers("pipeline.char_latin_tokenizer.v1")
def create_char_latin_tokenizer() -> Callable[[Language], CharLatinTokenizer]:
    """Registered factory so the model's config.cfg can name the tokenizer."""

    def make(nlp: Language) -> CharLatinTokenizer:
        return CharLatinTokenizer(nlp.vocab)

    return make


_MIX = numpy.uint64(0x9E3779B97F4A7C15)


def _word_keys(doc: Doc) -> numpy.ndarray:
    """Per token: hash of the jieba word that contains it and the token's place in it (B/M/E/S).

    Word-level context is what a character model lacks most ("lexicon features" in the Chinese
    NER literature); jieba is already a project dependency and needs no download.
    """
    if not len(doc):
        return numpy.zeros((0,), dtype="uint64")
    starts = doc.to_array("IDX").astype("int64").reshape(-1)  # no Token objects
    text = doc.user_data.get("text")
    pieces = list(_jieba().cut(text if isinstance(text, str) else doc.text, HMM=False))
    # Vectorised (one Python step per word, none per token): token k belongs to the word its
    # start lies in; its place is S for a word of one token, else B, M…, E.
    ends = numpy.cumsum([len(w) for w in pieces], dtype="int64")
    word = numpy.searchsorted(ends, starts, side="right")
    first = numpy.searchsorted(starts, ends - numpy.array([len(w) for w in pieces], dtype="int64"), side="left")
    last = numpy.searchsorted(starts, ends, side="left")
    k = numpy.arange(len(starts))
    n, lo, hi = (last - first)[word], first[word], last[word]
    tag = numpy.where(n == 1, 0, numpy.where(k == lo, 1, numpy.where(k == hi - 1, 3, 2))).astype("uint64")
    bases = numpy.array([hash_string(w) for w in pieces], dtype="uint64")  # not added to the StringStore
    with numpy.errstate(over="ignore"):
        return bases[word] * _MIX + (tag + numpy.uint64(1))


def _jieba() -> Any:
    """jieba with its default dictionary only (so the features do not drift when the project's
    user dictionary grows), shared with the project tokenizer's loading."""
    from pipeline.nlp.jieba_dict import default_jieba

    return default_jieba()


def _ngram_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    """Per token: the lexical attributes plus hashed left/right character bigrams and a trigram
    (and, optionally, the jieba word feature).

    Character models of Chinese NER gain a lot from bigram features (a single character is
    very ambiguous); the lexical attributes of a one-character token cannot provide them.
    """
    columns = model.attrs["columns"]
    use_words = model.attrs["words"]
    out: list[Ints2d] = []
    for doc in docs:
        base = doc.to_array(columns).astype("uint64")
        if base.ndim == 1:
            base = base.reshape((-1, 1))
        orth = doc.to_array("ORTH").astype("uint64").reshape(-1)
        pad = numpy.uint64(1)
        prev = numpy.concatenate([[pad], orth[:-1]]).astype("uint64") if len(orth) else orth
        nxt = numpy.concatenate([orth[1:], [pad]]).astype("uint64") if len(orth) else orth
        with numpy.errstate(over="ignore"):
            left = prev * _MIX ^ orth
            right = orth * _MIX ^ nxt
            tri = (prev * _MIX ^ orth) * _MIX ^ nxt
        cols = [base, left[:, None], right[:, None], tri[:, None]]
        if use_words:
            cols.append(_word_keys(doc)[:, None])
        feats = numpy.concatenate(cols, axis=1)
        out.append(model.ops.asarray2i(numpy.ascontiguousarray(feats), dtype="uint64"))
    return out, lambda d: []


@registry.architectures("pipeline.CharNgramHashEmbed.v1")
def char_ngram_hash_embed(
    width: int, attrs: list[str], rows: list[int], ngram_rows: list[int], word_rows: int = 0
) -> Model[list[Doc], list[Floats2d]]:
    """MultiHashEmbed (spaCy) with extra hashed tables: left/right bigram, trigram, and (when
    word_rows > 0) the jieba word containing the character."""
    if len(rows) != len(attrs) or len(ngram_rows) != 3:
        raise ValueError("rows must match attrs and ngram_rows must have 3 entries")
    all_rows = list(rows) + list(ngram_rows) + ([word_rows] if word_rows else [])
    embeds = [
        HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(all_rows)
    ]
    extractor: Model = Model(
        "extract_char_ngrams", _ngram_forward, attrs={"columns": list(attrs), "words": bool(word_rows)}
    )
    return chain(
        extractor,
        list2ragged(),
        with_array(concatenate(*embeds)),
        with_array(Maxout(width, width * len(embeds), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )


def _org_scores(examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
    """spaCy's NER scores plus ``ents_org_f``, the ORG-only F1 that picks the best checkpoint
    (with auxiliary labels the overall ents_f also counts places and people)."""
    from spacy.scorer import get_ner_prf

    scores = get_ner_prf(examples, **kwargs)
    per_type = scores.get("ents_per_type") or {}
    scores["ents_org_f"] = (per_type.get(LABEL) or {}).get("f", 0.0)
    return scores


@registry.scorers("pipeline.org_ner_scorer.v1")
def make_org_scorer() -> Callable[..., dict[str, Any]]:
    """Registered so config.cfg can name the scorer."""
    return _org_scores


__all__ = [
    "LABEL",
    "MODEL_DIR",
    "CharLatinTokenizer",
    "load_model",
    "predict_scored_spans",
    "predict_spans",
]


# Decoding and batching (measured in TRAINING.md, "Speed"): the trained beam of 8 (width 2 has the
# same held-out F1 but loses organisations of the gold set; greedy loses 4 F1 points), all texts of
# a call batched in one ``nlp.pipe``, and no model call sees more than WINDOW characters.
BEAM_WIDTH = 8
WINDOW = 200
OVERLAP = 40
BATCH_CHARS = 4_000
# Batches whose beams are searched side by side (``beam.beam_parse_batches``): the search's steps fall from
# the sum of the batches' longest texts to their maximum; each batch's precomputed features (about 2 KB a
# token) are held until the group is searched, so three batches hold about 24 MB.
SEARCHED_TOGETHER = 3
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
_WORDLIKE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9０-９]")


@lru_cache(maxsize=4)
def load_model(path: str | None = None, beam_width: int | None = None) -> Language:
    """Load the shipped (or a given) NER pipeline once per process.

    ``beam_width`` None keeps the width the model was trained with (for evaluation against the
    training record); the extractor asks for BEAM_WIDTH.
    """
    # numpy's BLAS (OpenBLAS) multiplies the encoder's matrices about three times faster than the
    # generic blis kernels thinc falls back to on many CPUs; one thread, as each worker is one process.
    threadpool_limits(limits=1, user_api="blas")
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(Path(path) if path else MODEL_DIR)
    if beam_width is not None and "ner" in nlp.pipe_names:
        nlp.get_pipe("ner").cfg["beam_width"] = beam_width
    return nlp


def windows(text: str, window: int = WINDOW, overlap: int = OVERLAP) -> list[tuple[int, int, int, int]]:
    """(start, end, keep_from, keep_to) pieces of a long text: each piece is at most ``window``
    characters, neighbours overlap by about ``overlap``, and a span found in a piece is kept when
    it starts in [keep_from, keep_to), so every start belongs to exactly one piece.

    Cuts never split a Latin or digit run (the model's tokenizer keeps those whole).
    """
    n = len(text)
    if n <= window:
        return [(0, n, 0, n)]
    step = window - overlap
    cuts = [0]
    while cuts[-1] + window < n:
        cut = cuts[-1] + step
        back = cut
        while back > cuts[-1] + step // 2 and _WORDLIKE.match(text[back - 1]) and _WORDLIKE.match(text[back]):
            back -= 1
        cuts.append(back)
    # Neighbours hand over in the middle of their overlap.
    middles = [(cuts[i + 1] + cuts[i] + window) // 2 for i in range(len(cuts) - 1)]
    bounds = [0, *middles, n]
    return [(start, min(n, start + window), bounds[i], bounds[i + 1]) for i, start in enumerate(cuts)]


def _batches(texts: list[str], batch_chars: int) -> Iterable[list[int]]:
    """Indices of texts in input order, grouped so a batch holds about batch_chars characters."""
    batch: list[int] = []
    size = 0
    for i, text in enumerate(texts):
        batch.append(i)
        size += len(text)
        if size >= batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def predict_spans(
    texts: Iterable[str], nlp: Language | None = None, *, window: int = WINDOW, overlap: int = OVERLAP,
) -> list[list[tuple[int, int]]]:
    """Character-offset (start, end-exclusive) ORG spans for each text (the best parse).

    All texts go through one ``nlp.pipe`` (batched by characters); a text longer than ``window``
    is cut into overlapping windows whose spans are merged; a text without a CJK character is not
    run at all (the extractor keeps no model span without one).
    """
    scored = predict_scored_spans(texts, nlp, window=window, overlap=overlap)
    return [[(s, e) for s, e, _ in spans] for spans in scored]


def predict_scored_spans(
    texts: Iterable[str], nlp: Language | None = None, *, window: int = WINDOW, overlap: int = OVERLAP,
) -> list[list[tuple[int, int, float]]]:
    """As :func:`predict_spans`, each span with its beam probability.

    The probability of a span is the share of the beam's final parses (weighted by their
    normalised scores) that contain it, spaCy's ``scored_ents``: a span every parse agrees on
    scores 1.0, a span only the best of several close parses has scores little more than a half.
    It is the model's own confidence, calibrated on CLUENER data (``pipeline.ner.calibrate``).
    Greedy decoding has no beam: its spans score 1.0.
    """
    nlp = nlp or load_model(beam_width=BEAM_WIDTH)
    texts = list(texts)
    pieces: list[tuple[int, int, int, int, int]] = []  # text index, start, end, keep_from, keep_to
    for i, text in enumerate(texts):
        if _HAS_CJK.search(text):
            pieces.extend((i, *w) for w in windows(text, window, overlap))
    # A piece that occurs again (page headers, repeated labels) is parsed once: a text's spans do
    # not depend on the batch it is parsed in (tests/test_ner.py).
    distinct = list(dict.fromkeys(texts[i][s:e] for i, s, e, _, _ in pieces))
    unique: dict[str, list[tuple[int, int, float]]] = {}
    batches = list(_batches(distinct, BATCH_CHARS))
    for first in range(0, len(batches), SEARCHED_TOGETHER):
        group = batches[first:first + SEARCHED_TOGETHER]
        parsed = _parse_batches(nlp, [[distinct[k] for k in batch] for batch in group])
        for batch, results in zip(group, parsed, strict=True):
            for k, (doc, probs) in zip(batch, results, strict=True):
                unique[distinct[k]] = [(e.start_char, e.end_char, probs.get((e.start, e.end, LABEL), 1.0))
                                       for e in doc.ents if e.label_ == LABEL]
    found: list[list[tuple[int, int, float]]] = [[] for _ in texts]
    for i, start, end, keep_from, keep_to in pieces:
        found[i].extend((start + a, start + b, prob) for a, b, prob in unique[texts[i][start:end]]
                        if keep_from <= start + a < keep_to)
    result: list[list[tuple[int, int, float]]] = []
    for spans in found:
        merged: list[tuple[int, int, float]] = []
        for span in sorted(spans):
            if not merged or span[0] >= merged[-1][1]:
                merged.append(span)
        result.append(merged)
    return result


def _parse_batches(
    nlp: Language, batches: list[list[str]],
) -> list[list[tuple[Doc, dict[tuple[int, int, str], float]]]]:
    """For each batch of texts, its docs with their best parse set as ``doc.ents``, and the beam probability of
    every span (token offsets; ``{}`` when no beam is searched).

    The tok2vec runs through ``nlp.pipe`` batch by batch, the NER decodes the beams itself so their scores are
    kept (``nlp.pipe`` would discard them), the array search taking the batches side by side
    (``beam.beam_parse_batches``: each batch's network calls are those of the batch alone, so its results are
    too)."""
    names = [n for n in nlp.pipe_names if n != "ner"]
    docs_of = [list(nlp.pipe(texts, batch_size=len(texts), disable=["ner"])) if names else
               [nlp.make_doc(t) for t in texts] for texts in batches]
    if "ner" not in nlp.pipe_names:
        return [[(d, {}) for d in docs] for docs in docs_of]
    ner: Any = nlp.get_pipe("ner")
    width = int(ner.cfg.get("beam_width", 1))
    density = ner.cfg.get("beam_density", 0.0)
    out: list[list[tuple[Doc, dict[tuple[int, int, str], float]]]] = [[] for _ in batches]
    searched = []
    for g, docs in enumerate(docs_of):
        if not any(len(d) for d in docs):
            out[g] = [(d, {}) for d in docs]
        elif width <= 1:
            ner.set_annotations(docs, ner.predict(docs))
            out[g] = [(d, {}) for d in docs]
        elif beam.supports(ner, docs):  # spaCy's parses and probabilities, searched over arrays
            searched.append(g)
        else:
            beams = ner.beam_parse(docs, beam_width=width, beam_density=density)
            scores = ner.scored_ents(beams)
            ner.set_annotations(docs, beams)
            out[g] = list(zip(docs, (dict(s) for s in scores), strict=True))
    if searched:
        parsed = beam.beam_parse_batches(ner, [docs_of[g] for g in searched], width, density)
        for g, results in zip(searched, parsed, strict=True):
            docs = docs_of[g]
            for doc, (best, _) in zip(docs, results, strict=True):
                doc.set_ents([Span(doc, start, end, label=label) for start, end, label in best], default="outside")
            out[g] = [(doc, probs) for doc, (_, probs) in zip(docs, results, strict=True)]
    return out
