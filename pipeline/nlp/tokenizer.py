"""The registered jieba tokenizer for ``zh``: project dictionary, cuts at block and sentence ends.

jieba segments once, piece by piece (a piece never crosses a block or sentence end), so every
token is a jieba word, and ``token.tag_`` its part-of-speech tag from the dictionary. A word the
dictionary lacks is tagged when a stage first asks (``jieba_dict.tag_of``, cached per word): jieba's POS
tagger reads unknown text through a 256-state HMM, 30 s for one traditional-Chinese plan if
every unknown word were tagged, and only words near organisation names are ever asked about.
No stage runs jieba's segmenter again. The tokenizer also takes a cleaned document (:meth:`JiebaTokenizer.from_clean`)
so the Doc carries the cleaner's blocks and metadata; plain text is read one paragraph a line.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Iterable

import jieba
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from spacy.vocab import Vocab

from pipeline.chars import is_han
from pipeline.clean import Block, CleanDocument
from pipeline.nlp.doc import register_extensions
from pipeline.nlp.jieba_dict import dictionary_key, jieba_runs, jieba_tokenizer, pos_tagger, tag_of
from pipeline.nlp.pos_hmm import glued_adverbs, glued_shaped, splits_glued
from pipeline.nlp.stateless import Stateless
from pipeline.segment import Sentence, sentences_of


class JiebaTokenizer(Stateless):
    """Text or a cleaned document → a Doc of jieba words with POS tags, sentences and blocks."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        register_extensions()

    def __call__(self, text: str) -> Doc:
        return self.from_clean(text_document(text))

    def from_clean(self, clean: CleanDocument, like: Doc | None = None) -> Doc:
        """The Doc of a cleaned document: its text exactly, so offsets index the cleaned text. ``like``: a Doc
        this tokenizer made of a text of the same length (the original of a simplified copy), whose words are
        taken where both texts agree (``_SharedRuns``)."""
        sentences = sentences_of(clean)
        cuts = _cuts(len(clean.text), sentences, clean.blocks)
        starts = {s.start for s in sentences}
        words: list[str] = []
        tags: list[str] = []
        sent_starts: list[bool] = []
        tokenizer, tag_table = jieba_tokenizer(), pos_tagger().word_tag_tab
        shared = _SharedRuns.of(like, clean.text) if like is not None else None
        for begin, end in itertools.pairwise(cuts):
            if shared is None:
                piece = [word for word, _, _ in tokenizer.tokenize(clean.text[begin:end], HMM=True)]
            else:
                piece = shared.words(begin, end, tokenizer)
            w_start = begin
            for word in _split_glued_adverbs(piece, tokenizer.FREQ, tag_table):
                words.append(word)
                tags.append(tag_table.get(word, "") if is_han(word[0]) else tag_of(word))
                sent_starts.append(w_start in starts)
                w_start += len(word)
        if sent_starts:
            sent_starts[0] = True
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words), tags=tags, sent_starts=sent_starts)
        # Doc.text is the words joined (no spaces): spaCy would build a Token object per word to rebuild it
        assert "".join(words) == clean.text, "tokens must reproduce the cleaned text exactly"
        doc._.cleaned = clean.text
        doc._.doc_id = clean.doc_id
        doc._.document_date = clean.document_date
        doc._.blocks = clean.blocks
        doc._.title = clean.title
        group = []
        for record in sentences:
            span = doc.char_span(record.start, record.end, label=record.section)
            span._.sentence = record
            group.append(span)
        doc.spans["sentences"] = group
        doc.user_data[_CUT] = (dictionary_key(), len(clean.text), len(words), cuts)
        return doc


def _split_glued_adverbs(piece: list[str], known: dict[str, int], tags: dict[str, str]) -> list[str]:
    """jieba's words of a piece, a word its HMM glued of a phrase's last character and an adverb split before a verb
    (本年度|内|共|完成: ``pos_hmm.split_glued_adverbs``, as the POS tagger splits it); a word the dictionary lacks is
    tagged (for a person's name) only when it ends in such an adverb."""
    glued = [i for i, w in enumerate(piece) if glued_shaped(w, known)]
    if not glued:
        return piece
    return _split_at(piece, glued, tags)


def _split_at(piece: list[str], glued: list[int], tags: dict[str, str]) -> list[str]:
    """``split_glued_adverbs``' words for a piece whose glued words (longer than one character, ending in an adverb,
    not in the dictionary) are at ``glued`` (round 42). Only such a word can be split, and its split reads only its own
    tag and the next word's, so the tags of the other words (``split_glued_adverbs`` was handed every word's: 216K on
    a 1 MB one-line piece, about 0.12 s for each of the tokenizer's two reads) are not made; a tag is made as there
    (the dictionary's, else ``tag_of`` for a glued-shaped word, else none). tests/test_glued_split.py compares it with
    the pairs' reading; ``pos_hmm.glued_shaped`` and ``splits_glued`` are the one test of both."""
    adverbs = glued_adverbs()

    def flag(word: str) -> str:
        return tags.get(word) or (tag_of(word) if len(word) > 1 and word[-1] in adverbs else "")

    out: list[str] = []
    done = 0
    for i in glued:
        word = piece[i]
        after = flag(piece[i + 1]) if i + 1 < len(piece) else ""
        if splits_glued(flag(word), after):
            out += piece[done:i]
            out += [word[:-1], word[-1]]
            done = i + 1
    out += piece[done:]
    return out


_CUT = "pipeline.jieba_cut"  # doc.user_data key: (dictionary_key, text length, word count, cuts) of from_clean


def _cuts(length: int, sentences: Iterable[Sentence], blocks: Iterable[Block]) -> list[int]:
    """Where the tokenizer cuts a text before jieba reads it: its ends and every sentence and block end."""
    return sorted({0, length} | {s.start for s in sentences} | {s.end for s in sentences}
                  | {b.start for b in blocks} | {b.end for b in blocks})


class _SharedRuns:
    """Another Doc's words where its text agrees with this one's (round 35). jieba segments each run of a piece
    (``jieba_runs``) from the run's text alone, so a run both texts hold alike, with the same ends in both, has the same
    words. The simplified copy of a document with a few traditional passages (the 1 MB one-line file: 17,000 of
    its 500,000 characters differ) was segmented whole again; now only the runs that differ are."""

    def __init__(self, like: Doc, text: str, cuts: list[int], starts: list[int]) -> None:
        self.text, self.mine, self.starts = like._.text, text, starts
        self.runs = {run for begin, end in itertools.pairwise(cuts) for run in jieba_runs(self.text, begin, end)}

    @classmethod
    def of(cls, like: Doc, text: str) -> _SharedRuns | None:
        """The shared runs of ``like`` and ``text``; None unless ``like`` holds this tokenizer's words of a text as
        long as ``text`` under the dictionary in effect (its ``_CUT`` record, written by ``from_clean``). A Doc of
        another tokenizer (``spacy.blank("zh")``, a ``Span.as_doc``, a DocBin without user_data) or one cut before
        the resources changed has no such record, or an old one: the copy is then segmented afresh."""
        record = like.user_data.get(_CUT)
        if not (isinstance(record, tuple | list) and len(record) == 4):  # a list after a DocBin
            return None
        key, length, count, cuts = record
        if key != dictionary_key() or not length == len(like._.text) == len(text):
            return None
        splits = like._.splits  # a span written inside a word split its token: the word is the tokenizer's
        starts = [start for start in like.to_array([IDX]).reshape(-1).tolist() if start not in splits]
        return cls(like, text, list(cuts), starts) if len(starts) == count else None

    def words(self, begin: int, end: int, tokenizer: jieba.Tokenizer) -> list[str]:
        """jieba's words of ``self.mine[begin:end]`` (a piece), run by run: the other Doc's where they agree."""
        out: list[str] = []
        for a, b in jieba_runs(self.mine, begin, end):
            if (a, b) in self.runs and self.text[a:b] == self.mine[a:b]:
                lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
                out += [self.text[x:y] for x, y in itertools.pairwise([*self.starts[lo:hi], b])]
            else:
                out += [word for word, _, _ in tokenizer.tokenize(self.mine[a:b], HMM=True)]
        return out


@registry.tokenizers("pipeline.jieba_tokenizer.v1")
def create_jieba_tokenizer() -> Callable[[Language], JiebaTokenizer]:
    """Registered so config.cfg can name the tokenizer."""

    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab)

    return make


def text_document(text: str, document_date: dt.date | None = None, doc_id: str = "text") -> CleanDocument:
    """Text taken as it is, one paragraph a line (for tests and library use)."""
    blocks, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block(offset, offset + len(line), "paragraph", "body"))
        offset += len(line) + 1
    return CleanDocument(doc_id=doc_id, source_path="", sha256="", text=text, title="",
                         document_date=document_date, blocks=blocks)


def sentence_spans(doc: Doc) -> list[Span]:
    """The ``sentences`` span group (a sentence's record is ``span._.sentence``)."""
    return list(doc.spans["sentences"]) if "sentences" in doc.spans else []
