"""The pipeline as a spaCy Language: stages, span groups, and the arbiter's rules one by one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc

from pipeline.clean import Block, CleanDocument
from pipeline.nlp.arbiter import RULES, Spans, arbitrate
from pipeline.nlp.doc import write_group
from pipeline.nlp.language import doc_from_text, extract_all, load, make_doc

STAGES = ["tables", "structure", "dates", "organizations", "numbers", "arbiter", "claims", "checks"]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load()


def _numbers(text: str) -> list[str]:
    return [row["text"] for row in extract_all(doc_from_text(text))["numbers"]]


def test_load_returns_the_stages_and_writes_span_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.pipe_names == STAGES
    doc = nlp("据国家统计局数据，2021年我国出口额达到100亿元。")
    for group in ("sentences", "numbers", "dates", "organizations", "claims", "table_cells", "org_names"):
        assert group in doc.spans
    number = doc.spans["numbers"][0]
    assert number.text == "100亿元" and number._.quantity.value == Decimal("10000000000")
    assert [d._.date.value for d in doc.spans["dates"]] == ["2021"]
    assert [o._.org.canonical for o in doc.spans["organizations"]] == ["国家统计局"]
    claim = doc.spans["claims"][0]._.claim
    assert (claim.time, claim.unit, claim.metric) == ("2021", "CNY", "出口额")
    assert [t.tag_ for t in doc[:3]] == ["p", "nt", "n"]  # POS tags from the dictionary, stored once


def test_tokens_end_at_sentence_ends() -> None:
    doc = doc_from_text("增长5%。下降3%。")
    assert [s.text for s in doc.spans["sentences"]] == ["增长5%。", "下降3%。"]
    assert [s.text for s in doc.sents] == ["增长5%。", "下降3%。"]


def test_an_organisation_name_owns_its_numerals_even_when_no_mention() -> None:
    # 二十国集团 is in the lexicon; 二十国集团领导人峰会 names an event, yet 二十国 is no number.
    rows = extract_all(doc_from_text("二十国集团领导人峰会于2019年举行，会议达成30项成果。"))
    assert [r["text"] for r in rows["numbers"]] == ["30项"]
    assert all(c["value"] != 20 for c in rows["claims"])


def test_digits_read_one_by_one_are_a_name_and_the_metric_keeps_it() -> None:
    # 三一 has no place value (a count says 三十一): it starts a name, not a number 三一重 (31 重), whether or not
    # the organisation is known; the metric phrase keeps the whole name.
    rows = extract_all(doc_from_text("三一重工营收100亿元，同比增长20%。"))
    assert [r["text"] for r in rows["numbers"]] == ["100亿元", "20%"]
    assert rows["claims"][0]["metric"] == "三一重工营收"
    assert [r["text"] for r in extract_all(doc_from_text("九一八事变后，八五折的商品占两三成。"))["numbers"]] == [
        "八五折", "两", "三成"]


def test_a_date_owns_its_digits() -> None:
    assert _numbers("2019年4月出口增长5%。") == ["5%"]


def _table_doc(body: str):  # type: ignore[no-untyped-def]
    text = "表1 出口\n" + body
    blocks = [Block(0, 5, "caption", "body"), Block(6, len(text), "table", "body")]
    return load()(make_doc(CleanDocument("t", "", "", text, "", None, blocks)))


def test_a_table_label_owns_its_number_and_a_cell_its_value() -> None:
    doc = _table_doc("类别\t出口（亿元）\n10家企业\t35")
    assert [(s.text, s.label_) for s in doc.spans["numbers"]] == [("35", "cell")]
    assert [s.text for s in doc.spans["table_labels"]] == ["类别", "出口（亿元）", "10家企业"]


def _synthetic(text: str, groups: dict[str, list[tuple[int, int, str]]]) -> Doc:
    doc = doc_from_text(text)
    for name, spans in groups.items():
        doc = write_group(doc, name, [(a, b, label, None, None) for a, b, label in spans])
    return doc


@pytest.mark.parametrize(("owner", "owned"), [(o.group, t) for o, t in RULES])
def test_each_rule_drops_the_owned_span(owner: str, owned: Spans) -> None:
    text = "甲乙丙丁戊己"
    label = owned.label or "x"
    groups = {owner: [(0, 4, "owner")], owned.group: [(2, 3, label), (4, 6, label)]}
    doc = _synthetic(text, groups)
    dropped = arbitrate(doc, ((Spans(owner), owned),))
    assert [s.text for s in dropped[owned]] == ["丙"]
    assert [s.text for s in owned.of(doc)] == ["戊己"]


def test_a_table_cell_and_a_date_on_the_same_year_both_stay() -> None:
    doc = _table_doc("年份\t2019\t2020\n出口（亿元）\t35\t40")
    assert {s.text for s in doc.spans["dates"]} >= {"2019", "2020"}


def test_a_user_resource_folder_adds_words_organisations_and_units(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.resources import use_folder

    (tmp_path / "user_dict.txt").write_text("星河智造 nt\n", encoding="utf-8")
    (tmp_path / "organizations.tsv").write_text("canonical\ttype\taliases\n星河智造\tcompany\t\n", encoding="utf-8")
    (tmp_path / "units.yaml").write_text("measure_words: [台套]\n", encoding="utf-8")
    text = "星河智造交付了30台套设备。"
    before = extract_all(doc_from_text(text))
    try:
        load(resources=tmp_path)
        after = extract_all(doc_from_text(text))
    finally:
        use_folder(None)
    assert [r["text"] for r in before["organizations"]] == []
    assert [r["text"] for r in after["organizations"]] == ["星河智造"]
    assert [(r["text"], r["unit"]) for r in after["numbers"]] == [("30台套", "台套")]


def test_a_key_given_twice_in_a_rules_file_is_an_error_naming_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PyYAML keeps the last of two equal keys silently; a rules file's second rule under a used name must not
    replace the first unseen, in the package's files or a user's."""
    from pipeline.resources import load_yaml, use_folder

    (tmp_path / "units.yaml").write_text("measure_words: [台套]\nother: 1\nmeasure_words: [架次]\n", encoding="utf-8")
    try:
        use_folder(tmp_path)
        with pytest.raises(ValueError, match=r"units\.yaml:3: the key 'measure_words' is given twice"):
            load_yaml("units.yaml")
    finally:
        use_folder(None)
    assert load_yaml("units.yaml")  # the package's own files have no key twice


def test_a_config_in_the_user_resource_folder_sets_the_components(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """spaCy-style: the user folder's config.cfg is merged over the package's; explicit overrides win."""
    from pipeline.resources import use_folder

    (tmp_path / "config.cfg").write_text("[components.organizations]\nuse_model = false\nbeam_width = 4\n",
                                         encoding="utf-8")
    try:
        nlp = load(resources=tmp_path)
        assert (nlp.get_pipe("organizations").use_model, nlp.get_pipe("organizations").beam_width) == (False, 4)
        assert nlp.get_pipe("organizations").model_scope == "anchored"  # what the user left alone stays
        assert load(**{"components.organizations.beam_width": 2}).get_pipe("organizations").beam_width == 2
    finally:
        use_folder(None)
    assert load().get_pipe("organizations").use_model is True
