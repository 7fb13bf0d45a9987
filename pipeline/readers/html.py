"""HTML reader: the article's main text through trafilatura, one paragraph a line, tables as rows.

trafilatura finds the main content by its structure and text density rather than by tag and class
names, so navigation, share widgets and related-article lists go without a blacklist. Title (the
article's h1) and publication date (meta tags) are read from the page itself.
"""

from __future__ import annotations

import re
from functools import cache

from bs4 import BeautifulSoup, Tag

from pipeline.chars import CJK_WIDE
from pipeline.readers import PAGE_DATE_KEY, TABLE_CELL_SEPARATOR
from pipeline.readers.dateline import labelled_date
from pipeline.resources import load_yaml

_BLOCK_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "caption", "pre", "table"]
_NOISE_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
               "button", "template"]
_MAX_SPAN = 1000
_NOISE_HINT = re.compile(r"nav|menu|footer|header|sidebar|breadcrumb|comment|share|related|advert|banner", re.I)


@cache
def _spec() -> dict:
    spec = load_yaml("html.yaml")
    return {
        "date_metas": [name.lower() for name in spec["date_metas"]],
        "boilerplate": re.compile("|".join(f"(?:{p})" for p in spec["boilerplate"])),
        "page_boilerplate": re.compile("|".join(f"(?:{p})" for p in spec["page_boilerplate"])),
        "furniture_fields": re.compile("|".join(f"(?:{p})" for p in spec["furniture_fields"])),
        "related_headings": re.compile(spec["related_headings"]),
    }


# Put after a table's rows, read as a blank line: the text after a table (单位：人 over the next table, a 注：note)
# is no row of it (round 25; the Markdown reader parts its blocks with blank lines too).
_TABLE_END = "\x1e"


def read_html(markup: str) -> tuple[str, dict[str, str]]:
    """Return the main text (one paragraph a line, tables as tab-separated rows) and metadata."""
    text, meta, _items = read_html_document(markup)
    return text, meta


# Put before the line of a list item (<li>) while the lines are read: the item lines are told to clean (round 25).
_ITEM = "\x1f"


def read_html_document(markup: str) -> tuple[str, dict[str, str], set[int]]:
    """The main text, metadata and the lines of list items (<li>): an item of a list goes on in the time the items
    before it stated (round 25)."""
    soup = BeautifulSoup(markup, "lxml")
    page = [_squash(line) for line in (soup.body or soup).get_text("\n").splitlines() if line.strip()]
    meta = _metadata(soup)  # dates are read before the page furniture goes
    _drop_furniture(soup)
    heading = _article_title(soup, meta)
    if day := labelled_date(_page_lines(page, meta.get("title", ""))):
        meta[PAGE_DATE_KEY] = day.isoformat()
    lines = _with_title(_body_lines(soup), heading)
    if not heading:
        _title_from_first_lines(meta, lines)
    kept = [(line.startswith(_ITEM), text) for line in lines if (text := without_furniture(line.lstrip(_ITEM)))]
    items = {index for index, (item, _) in enumerate(kept) if item}  # (a table's end stays a line: a blank one)
    text = "\n".join(text for _, text in kept)
    return text.replace(f"\n{_TABLE_END}", "\n").replace(_TABLE_END, "").rstrip("\n"), meta, items


def _title_from_first_lines(meta: dict[str, str], lines: list[str]) -> None:
    """A page with no title heading that prints its title as a text block (<div class="con_title">) before the
    body: one of the first lines that is the <title> without the site's name after it (<title>2023年全市…统计公报_XX市
    统计局</title>) is the title (round 50), as `_titled_heading` reads a heading."""
    key = _compact(meta.get("title", ""))
    for line in lines[:3]:
        text = _compact(line.lstrip(_ITEM))
        if _MIN_TITLE_CHARS <= len(text) < len(key) and key.startswith(text):
            meta["title"] = _squash(line.lstrip(_ITEM))
            return


def _body_lines(soup: BeautifulSoup) -> list[str]:
    """trafilatura's main text; when that is one line (on a short page trafilatura falls back to its
    baseline, the whole page glued into one paragraph, tables flattened), the page's own blocks, with
    their lines and tables kept, if they give more lines."""
    main = _main_text(str(soup), soup)
    if len(main) > 1:
        return main
    own = _fallback_text(soup)
    return own if len(own) > len(main) else main


def _with_title(lines: list[str], heading: str) -> list[str]:
    """The article's <h1> stays in the text once, before the body, where the page prints it."""
    if not heading or any(_compact(line).startswith(_compact(heading)) for line in lines[:3]):
        return lines
    return [heading, *lines]


def without_furniture(line: str, page: bool = True) -> str:
    """A line without its furniture fields (浏览次数：1832, 字号：[大 中 小]); "" for a boilerplate line. Also read on
    the lines of plain text and Markdown (``page`` False), where a page copied from a site keeps its furniture (round
    50): there the lines only a page's layout makes furniture (`page_boilerplate`: 主办单位：…, 扫描…二维码) are a
    notice's content and stay (round 50 mend)."""
    spec = _spec()
    if spec["boilerplate"].search(line) or (page and spec["page_boilerplate"].search(line)):
        return ""
    return _squash(spec["furniture_fields"].sub(" ", line)) if spec["furniture_fields"].search(line) else line


def _metadata(soup: BeautifulSoup) -> dict[str, str]:
    meta: dict[str, str] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(strip=True)
    dates: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        name = str(tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        if name in _spec()["date_metas"] and tag.get("content"):
            dates.setdefault(name, str(tag["content"]))
    for name in _spec()["date_metas"]:
        if name in dates:
            meta["date"] = dates[name]
            break
    return meta


def _page_lines(page: list[str], title: str) -> list[str]:
    """The page's text lines from the article's title on (the info line sits under it, below the menus)."""
    key = _compact(title)
    start = next((i for i, line in enumerate(page) if key and _compact(line) == key), 0)
    return page[start:]


def _article_title(soup: BeautifulSoup, meta: dict[str, str]) -> str:
    """The article's h1 is a better title than the page's <title> (which carries the site's name);
    returns the h1's text ("" without one)."""
    root = soup.find("article") or soup.find("main") or soup.body or soup
    heading = root.find("h1") if isinstance(root, Tag) else None
    if not (heading and heading.get_text(strip=True)) and isinstance(root, Tag):
        heading = _titled_heading(root, meta.get("title", ""))
    if heading and heading.get_text(strip=True):
        meta["title"] = heading.get_text(" ", strip=True)
        return _squash(meta["title"])
    return ""


_MIN_TITLE_CHARS = 4


def _titled_heading(root: Tag, page_title: str) -> Tag | None:
    """Without an <h1>, the first <h2>–<h4> that writes the page's <title> (whole, or its part before the site's
    name: 2024年2月金融统计数据报告 under <title>2024年2月金融统计数据报告_中国人民银行</title>) is the article's
    title: many ministries' and banks' pages print it that way, and trafilatura drops it (round 50). A section
    heading that is no part of the <title> stays a heading of the text."""
    key = _compact(page_title)
    if len(key) < _MIN_TITLE_CHARS:
        return None
    for heading in root.find_all(["h2", "h3", "h4"]):
        text = _compact(heading.get_text())
        if len(text) >= _MIN_TITLE_CHARS and key.startswith(text):
            return heading
    return None


def _drop_furniture(soup: BeautifulSoup) -> None:
    """Remove navigation, headers and footers, so that the h1 found next is the article's."""
    for tag in soup.find_all(_NOISE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.attrs is None:
            continue
        hints = " ".join([str(tag.get("id") or ""), *[str(c) for c in tag.get("class") or []]])
        if tag.name not in {"body", "html", "main", "article"} and _NOISE_HINT.search(hints):
            tag.decompose()
    _drop_related_lists(soup)


def _drop_related_lists(soup: BeautifulSoup) -> None:
    """A 相关阅读 heading and the lists of other articles' headlines right after it."""
    related = _spec()["related_headings"]
    for heading in soup.find_all(["h2", "h3", "h4", "h5", "h6", "p", "span", "strong", "b", "dt"]):
        if not isinstance(heading, Tag) or heading.attrs is None or not related.fullmatch(_compact(heading.get_text())):
            continue
        following = heading.find_next_sibling()
        while isinstance(following, Tag) and following.name in {"ul", "ol", "dl"}:
            after = following.find_next_sibling()
            following.decompose()
            following = after
        heading.decompose()


def _main_text(markup: str, soup: BeautifulSoup) -> list[str]:
    """The main content as trafilatura finds it (its XML: head, p, list/item, table/row/cell)."""
    import trafilatura  # imported here: it takes a moment to load and only HTML needs it

    xml = trafilatura.extract(
        markup, output_format="xml", include_tables=True, include_comments=False, include_images=False,
        include_links=False, include_formatting=False, favor_recall=True, deduplicate=False,
    )
    if not xml:
        return []
    main = BeautifulSoup(xml, "xml").find("main")
    if main is None:
        return []
    page_tables = [t for t in soup.find_all("table") if t.find_parent("table") is None]
    lines: list[str] = []
    for element in main.find_all(["head", "p", "item", "quote", "code", "table"]):
        if element.find_parent(["table", "item", "p", "head"]) is not None and element.name != "table":
            continue  # nested: read with the outer element
        if element.find_parent("table") is not None or (element.name == "table" and element.parent is None):
            continue  # (a table taken out of the paragraph holding it is read there)
        if element.name == "table":
            lines.extend(_found_table_rows(element, page_tables))
        elif element.find("table") is not None:
            lines.extend(_around_tables(element, page_tables))
        elif text := _squash(element.get_text(" ", strip=True)):
            lines.append(_ITEM + text if element.name == "item" else text)
    return lines


def _found_table_rows(found: Tag, page_tables: list[Tag]) -> list[str]:
    """The rows of a table trafilatura found (its XML rows and cells, or the page's own <tr>/<td> it left in a
    paragraph), then the table's end."""
    rows = _page_table(found, page_tables) or (_xml_table_rows(found) if found.find("row") else table_rows(found))
    return [*rows, _TABLE_END]


_TABLE_MARK = re.compile(r"\x00(\d+)\x00")
# The words between a paragraph's last sentence end and the table after it: the table's caption or unit line.
_CAPTION_TAIL = re.compile(r"(?<=[。！？；])[^。！？；]{1,60}$")


def _around_tables(element: Tag, page_tables: list[Tag]) -> list[str]:
    """A paragraph that holds a table (trafilatura keeps a <table> inside the <p> of a page whose text is one <div>
    with <br> lines, as county and city bulletins are written) as its text before the table, the table's rows and
    its text after: the table's cells were glued into the paragraph (…增加3.6万人。表1 … 第一产业 212.3 3.1 注：…,
    round 50). The words between the text's last sentence end and a table are that table's caption, a line of their
    own (表1 2023年分产业增加值 单位：亿元)."""
    tables = [table for table in element.find_all("table") if table.find_parent("table") is None]
    rows = []
    for index, table in enumerate(tables):
        rows.append(_found_table_rows(table, page_tables))
        table.replace_with(f"\x00{index}\x00")
    lines: list[str] = []
    parts = _TABLE_MARK.split(element.get_text(" "))
    for position, part in enumerate(parts):
        if position % 2:
            lines.extend(rows[int(part)])
            continue
        text = _squash(part)
        caption = _CAPTION_TAIL.search(text) if position + 1 < len(parts) else None
        for line in (text[:caption.start()], text[caption.start():]) if caption else (text,):
            if line := line.strip():
                lines.append(_ITEM + line if element.name == "item" and not lines else line)
    return lines


def _page_table(found: Tag, page_tables: list[Tag]) -> list[str]:
    """The page's own table that trafilatura found, read with `table_rows` (merged cells kept as one);
    it is taken off the list so that each table is used once."""
    cells = found.find_all(["cell", "td", "th"])
    first = next((_compact(cell.get_text()) for cell in cells if _compact(cell.get_text())), "")
    for index, table in enumerate(page_tables):
        if first and first in _compact(table.get_text()):
            return table_rows(page_tables.pop(index))
    return []


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _xml_table_rows(table: Tag) -> list[str]:
    rows = []
    for row in table.find_all("row"):
        cells = [_squash(cell.get_text(" ", strip=True)) for cell in row.find_all("cell", recursive=False)]
        if any(cells):
            rows.append(TABLE_CELL_SEPARATOR.join(cells))
    return rows


def _fallback_text(soup: BeautifulSoup) -> list[str]:
    """Block elements of the page when trafilatura finds no main content (a bare fragment)."""
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    for block in root.find_all(_BLOCK_TAGS):
        if block.find_parent(_BLOCK_TAGS) is not None:
            continue  # nested blocks are read with their outer block
        if block.name == "table":
            lines.extend([*table_rows(block), _TABLE_END])
        elif text := _squash(block.get_text(" ", strip=True)):
            lines.append(_ITEM + text if block.name == "li" else text)
    if not lines and isinstance(root, Tag):
        lines = [_squash(t) for t in root.get_text("\n").splitlines() if t.strip()]
    return lines


def table_rows(table: Tag) -> list[str]:
    """A table as its caption (if any) and one tab-separated line per non-empty row.

    Merged cells keep their text once, in their first position; the positions a rowspan or
    colspan covers are empty cells, so every column stays under its header (a header 营业收入
    spanning 1-11月（亿元） and 同比增长（%） is followed by one empty cell)."""
    rows = []
    for cells in _grid(table):
        if any(cells):
            rows.append(TABLE_CELL_SEPARATOR.join(cells).rstrip(TABLE_CELL_SEPARATOR))
    caption = table.find("caption")
    return ([_squash(caption.get_text(" ", strip=True))] if caption else []) + rows


def _span(cell: Tag, name: str) -> int:
    """A cell's rowspan/colspan: a positive integer, 1 when absent or malformed (capped, as browsers do)."""
    match = re.match(r"\s*(\d+)", str(cell.get(name) or ""))
    return min(max(int(match.group(1)), 1), _MAX_SPAN) if match else 1


def _grid(table: Tag) -> list[list[str]]:
    """The table's rows with merged cells resolved: each row lists its cells by column position."""
    grid: list[list[str]] = []
    covered: dict[tuple[int, int], bool] = {}  # positions taken by a rowspan from a row above
    rows = [row for row in table.find_all("tr") if row.find_parent("table") is table]
    for r, row in enumerate(rows):
        line: list[str] = []
        column = 0
        for cell in row.find_all(["th", "td"], recursive=False):
            while covered.pop((r, column), False):
                line.append("")
                column += 1
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            line.extend([_squash(cell.get_text(" ", strip=True))] + [""] * (colspan - 1))
            for below in range(r + 1, min(r + rowspan, len(rows))):
                for c in range(column, column + colspan):
                    covered[(below, c)] = True
            column += colspan
        while covered.pop((r, column), False):
            line.append("")
            column += 1
        grid.append(line)
    return grid


def html_tables(markup: str) -> list[str]:
    """The rows of every table in a fragment of HTML (Markdown converters embed tables this way)."""
    soup = BeautifulSoup(markup, "lxml")
    return [row for table in soup.find_all("table") for row in table_rows(table)]


def _squash(text: str) -> str:
    """Collapse white space; drop the spaces HTML layout leaves between Chinese characters."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(f"(?<=[{CJK_WIDE}]) (?=[{CJK_WIDE}])",
                  "", text)
