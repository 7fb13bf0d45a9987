"""The cleaned text as HTML: sentences anchored, extracted items wrapped in labelled highlights.

Spans may nest (a claim wraps its number, a table row's check wraps its cells) and may even cross
(an item running over a sentence end). HTML elements cannot cross, so a span that would is closed
and reopened as a continuation fragment; only its first fragment carries the id and only its last
the label, so every item is still exactly one addressable highlight. All text is escaped here.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup, escape

# Outer first when two spans cover the same characters: sentence ⊃ check ⊃ claim ⊃ cell ⊃ number.
ORDER = {"sent": 0, "check": 1, "claim": 2, "cell": 3, "number": 4, "date": 5, "org": 6, "miss": 7}


@dataclass(frozen=True)
class Span:
    """One element to wrap around text[start:end]; attrs become HTML attributes (escaped)."""

    start: int
    end: int
    kind: str  # a key of ORDER; names the element's class
    id: str
    attrs: dict[str, str] = field(default_factory=dict)
    classes: tuple[str, ...] = ()
    label: str = ""  # the inline label, shown after the text (displaCy style)
    href: str = ""  # where the label links to (the item's table row)


def _attributes(span: Span, first: bool) -> str:
    classes = ["ent" if span.kind != "sent" else "", span.kind, *span.classes, "" if first else "cont"]
    parts = [f'class="{escape(" ".join(c for c in classes if c))}"']
    if first:
        parts.append(f'id="{escape(span.id)}"')
    parts += [f'{name}="{escape(value)}"' for name, value in span.attrs.items()]
    return " ".join(parts)


def _open(span: Span, first: bool) -> str:
    if span.kind == "sent":
        number = f'<a class="sid" href="#{escape(span.id)}">{escape(span.label)}</a>' if first else ""
        return f"<span {_attributes(span, first)}>{number}"
    return f"<mark {_attributes(span, first)}>"


def _close(span: Span, last: bool) -> str:
    if span.kind == "sent":
        return "</span>"
    if not last or not span.label:
        return "</mark>"
    label = escape(span.label)
    if span.href:
        return f'<a class="lbl" href="#{escape(span.href)}">{label}</a></mark>'
    return f'<span class="lbl">{label}</span></mark>'


def render(text: str, spans: list[Span]) -> Markup:
    """text with every span as a well-nested element; empty or out-of-range spans are dropped."""
    usable = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    starting: dict[int, list[Span]] = defaultdict(list)
    for span in usable:
        starting[span.start].append(span)
    for group in starting.values():
        group.sort(key=lambda s: (-s.end, ORDER.get(s.kind, 99), s.id))
    positions = sorted({s.start for s in usable} | {s.end for s in usable})
    out: list[str] = []
    stack: list[Span] = []
    cursor = 0
    for pos in positions:
        out.append(str(escape(text[cursor:pos])))
        cursor = pos
        if any(s.end == pos for s in stack):
            reopen: list[Span] = []
            while any(s.end == pos for s in stack):
                top = stack.pop()
                if top.end == pos:
                    out.append(_close(top, last=True))
                else:  # crossing: close for now, continue after the ending span
                    out.append(_close(top, last=False))
                    reopen.append(top)
            for span in reversed(reopen):
                out.append(_open(span, first=False))
                stack.append(span)
        for span in starting.get(pos, []):
            out.append(_open(span, first=True))
            stack.append(span)
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))
