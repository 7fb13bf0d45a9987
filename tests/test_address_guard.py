"""``blocked_spans`` searches a text with no ``@`` for web addresses alone: its e-mail branch matches
nothing there, so the spans are those of the full address pattern (checked on varied texts of addresses, Chinese,
word characters and stops), and a text with an ``@`` still gets its e-mail addresses."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.number_context import _title_re, _url_re, _web_address_re, blocked_spans

_PIECES = ("http://", "https://", "www.", "gov.cn", "a", "x1", ".", "-", "+", "_", "/", "?q=1", "，", "。", "、",
           " ", "\u3000", "）", "》", "中国", "增长", "5.2%", "2024年", "12", "stats", "@")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_a_text_without_at_gets_the_full_pattern_s_spans(pieces) -> None:  # type: ignore[no-untyped-def]
    text = "".join(pieces)
    full = [m.span() for m in _url_re().finditer(text)]
    assert blocked_spans(text, []) == sorted(full + [m.span() for m in _title_re().finditer(text)])
    if "@" not in text:
        assert [m.span() for m in _web_address_re().finditer(text)] == full


def test_an_e_mail_address_is_still_blocked() -> None:
    # (round 38 mend: the local part is ASCII: the Chinese before it is no part of the address)
    assert blocked_spans("联系邮箱stats@gov.cn，电话12345", []) == [(4, 16)]
