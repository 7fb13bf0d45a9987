"""Currency names and symbols: every ISO 4217 currency's Chinese names from CLDR, plus the
colloquial forms of ``resources/currencies.yaml``.

CLDR is read through Babel when the lexicon is first built (once per process), not copied into
a generated resource file: Babel ships CLDR's data in its wheel (nothing is downloaded at run
time), so the names follow the installed CLDR release with no second copy to keep in step, and
``currencies.yaml`` stays the short list of what CLDR does not have (美金, 块钱, 港币 …), which a
user extends through the resource folder like any other resource. Babel is pinned in
``pyproject.toml``; the output depends only on its CLDR release.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pipeline.resources import cached, load_yaml
from pipeline.script import simplified


def _config() -> dict[str, Any]:
    return load_yaml("currencies.yaml")


def _current_codes() -> frozenset[str]:
    """Codes some territory uses as legal tender today (CLDR's open-ended territory records)."""
    from babel.core import get_global

    current: set[str] = set()
    for records in get_global("territory_currencies").values():
        for code, _start, end, tender in records:
            if end is None and tender:
                current.add(code)
    return frozenset(current)


def _locales() -> list[Any]:
    from babel import Locale

    return [Locale.parse(name) for name in _config()["cldr"]["locales"]]


@cached
def cldr_names() -> dict[str, str]:
    """Chinese name → ISO 4217 code, for every currency CLDR names in the configured locales.

    Where two codes share a name (a currency and its redenominated successor), the one in use
    today wins; codes that are no money (metals, test codes) are left out. A traditional name
    (馬來西亞令吉, 新加坡幣) is also given in its simplified view, since the engines read traditional
    text through that view (``pipeline.script``): the Hong Kong and Taiwan locales name some
    currencies differently from the mainland one (令吉, not 林吉特)."""
    excluded = set(_config()["cldr"]["exclude"])
    current = _current_codes()
    names: dict[str, str] = {}
    for locale in _locales():
        for code, name in sorted(locale.currencies.items()):
            if code in excluded or not name:
                continue
            for form in dict.fromkeys((name, simplified(name))):
                held = names.get(form)
                if held is None or (held not in current and code in current):
                    names[form] = code
    return names


@cached
def currency_codes() -> dict[str, str]:
    """ISO 4217 codes of the currencies in use today, as written after an amount (100 USD)."""
    if not _config()["cldr"]["codes_after_amounts"]:
        return {}
    excluded = set(_config()["cldr"]["exclude"]) | set(_config()["cldr"]["codes_not_after_amounts"])
    return {code: code for code in sorted(_current_codes()) if code not in excluded}


@cached
def currency_names() -> dict[str, str]:
    """Every currency surface (CLDR's names, the codes in use, the short names several currencies share, then the
    resource's colloquial forms) → code."""
    shared = {short: short for short in _config()["shared_names"]["names"]}  # (which one: shared_currency)
    return {**currency_codes(), **cldr_names(), **shared, **_config()["currencies"]}


@cached
def prefix_currencies() -> dict[str, str]:
    """Names that may stand before the number (港币两千九百六十元): CLDR's names and the resource's."""
    return {**cldr_names(), **_config()["prefix_currencies"]}


@cached
def currency_symbols() -> dict[str, str]:
    """Currency symbols (HK$, €, £, ¥, $ …) → code: CLDR's symbols of the configured locales (the
    first locale wins a shared symbol), then the resource's. Symbols made only of letters (CHF)
    are names, not symbols, and are left out."""
    excluded = set(_config()["cldr"]["exclude"])
    symbols: dict[str, str] = {}
    for locale in _locales():
        for code, symbol in sorted(locale.currency_symbols.items()):
            if code in excluded or not any(unicodedata.category(ch) == "Sc" for ch in symbol):
                continue
            symbols.setdefault(symbol, code)
    symbols.update(_config()["symbols"])
    return symbols


@cached
def shared_names() -> dict[str, dict[str, str]]:
    """Short names several currencies share (比索, 克朗) → {country: code}, from CLDR's names written as the
    country + the short name (墨西哥比索 → 墨西哥: MXN)."""
    current = _current_codes()
    shared = {}
    for short in _config()["shared_names"]["names"]:  # (a one-character country, 英 of 英镑, would match 英伟达)
        shared[short] = {name[: -len(short)]: code for name, code in cldr_names().items()
                         if name.endswith(short) and len(name) > len(short) + 1 and code in current}
    return shared


def shared_currency(text: str, start: int, short: str) -> str:
    """The code of a shared short name (比索) written after an amount at ``start``: the currency of the country named
    nearest before it in its paragraph (墨西哥投资50亿比索 → MXN), else the name's own entry, else the name as written
    (money of no known currency, never another amount's)."""
    back = int(_config()["shared_names"]["look_back_chars"])
    lo = max(0, start - back, text.rfind("\n", 0, start) + 1)
    window = text[lo:start]
    # nearest by its end: 印度尼西亚 ends after the 印度 inside it
    found = [(at + len(country), code) for country, code in shared_names().get(short, {}).items()
             if (at := window.rfind(country)) >= 0]
    if found:
        return max(found)[1]
    return str(_config()["currencies"].get(short, short))


def generic_units() -> frozenset[str]:
    """Units that name the passage's currency rather than one currency (元, 块)."""
    return frozenset(_config()["generic_units"])
