"""``_held_by_verb`` reads the clause's words lazily from the end, not a copy of them per value: the same
answer as the copy-and-index reading it replaced, on varied words (blanks, comparisons, particles, aspect tags)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.claim_cues import cues
from pipeline.extract.claim_selection import _attribute_before, _held_by_verb
from pipeline.nlp.doc import Word


def _held_by_verb_copied(before: str, words: list[Word]) -> bool:
    """The round-32 reading: a copy of the words that are not blank, indexed from its end."""
    rules = cues()
    skipped = rules.words("threshold_comparisons") | rules.words("share_wholes")
    words = [w for w in words if w.text.strip()]
    if not words or _attribute_before(before):
        return False
    aspect = rules.words("aspect_tags")
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.text.strip() in skipped or word.tag.startswith(rules.setting("particle_tag_prefix")):
            continue
        acts = word.tag in rules.words("verb_tags") or (i + 1 < len(words) and words[i + 1].tag in aspect)
        return (acts and not rules.pattern("change_words").search(word.text)
                and word.text.strip() not in rules.words("holding_compounds"))
    return False


_TEXTS = (" ", "", "不低于", "不超过", "全世界", "了", "实现", "增长", "持股", "收入", "贡献", "企业", "保持在", "吸引")
_TAGS = ("v", "vd", "n", "ul", "uz", "ug", "u", "m", "x", "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TEXTS), st.sampled_from(_TAGS)), max_size=12),
       st.sampled_from(("", "人口超过", "吸引了", "年主营业务收入", "企业")))
def test_the_lazy_reading_answers_as_the_copy_did(pairs, before) -> None:  # type: ignore[no-untyped-def]
    at, words = 0, []
    for text, tag in pairs:
        words.append(Word(at, at + len(text), text, tag))
        at += len(text)
    assert _held_by_verb(before, words) == _held_by_verb_copied(before, words)
