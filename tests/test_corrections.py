"""`pipeline gold import`: reviewers' corrections become, or merge into, a valid gold file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.corrections import gold_json, import_corrections
from pipeline.gold import Gold, validate_gold_file
from tests.conftest import REPO, SEED_ID

SENTENCE = "2020年，华为公司营业收入增长5%，达到8914亿元。"
TEXT = f"年报\n\n{SENTENCE}工信部表示。"


def _corrections(doc_id: str, decisions: list[dict], genre: str | None = "news") -> dict:
    return {"format": "zh-facts-corrections", "version": 1, "doc_id": doc_id, "sha256": "", "document_date": None,
            "genre": genre, "decisions": decisions}


def _write(folder: Path, data: dict) -> Path:
    path = folder / "c.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _texts(folder: Path, doc_id: str, text: str) -> Path:
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    (folder / "texts" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder / "texts"


NUMBER = {"text": "5%", "value": 5, "unit": "%", "kind": "percent", "approx": ""}
CLAIM = {"sentence": SENTENCE, "metric": "华为公司营业收入", "value": 5, "unit": "%", "time": "2020", "source": None}


def test_new_gold_from_decisions(tmp_path: Path) -> None:
    texts = _texts(tmp_path, "doc", TEXT)
    decisions = [
        {"row": "numbers-0", "kind": "numbers", "verdict": "correct", "item": NUMBER},
        {"row": "numbers-1", "kind": "numbers", "verdict": "wrong",
         "item": {"text": "8914亿元", "value": 8914, "unit": "CNY", "kind": "money", "approx": ""}},
        {"row": None, "kind": "numbers", "verdict": "missed",
         "item": {"text": "8914亿元", "value": 891400000000, "unit": "CNY", "kind": "money", "approx": ""}},
        {"row": "dates-0", "kind": "dates", "verdict": "correct", "item": {"text": "2020年", "value": "2020"}},
        {"row": "organizations-0", "kind": "organizations", "verdict": "correct",
         "item": {"canonical": "华为技术有限公司", "type": "company", "mentions": ["华为公司"]}},
        {"row": None, "kind": "organizations", "verdict": "missed",
         "item": {"canonical": "工业和信息化部", "type": "government", "mentions": ["工信部"]}},
        {"row": "claims-0", "kind": "claims", "verdict": "correct", "item": CLAIM},
    ]
    target, changes, problems = import_corrections(_write(tmp_path, _corrections("doc", decisions)),
                                                   tmp_path / "gold", texts)
    assert problems == [] and target == tmp_path / "gold" / "doc.json"
    assert validate_gold_file(target, TEXT) == []
    gold = json.loads(target.read_text(encoding="utf-8"))
    assert gold["genre"] == "news"
    assert [n["value"] for n in gold["numbers"]] == [5, 891400000000]  # whole numbers stay ints, the wrong one is out
    assert [o["canonical"] for o in gold["organizations"]] == ["华为技术有限公司", "工业和信息化部"]
    assert len(changes) == 6


def test_merge_removes_wrong_and_does_not_duplicate(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    shutil.copy(REPO / "tests" / "gold" / f"{SEED_ID}.json", gold_dir)
    before = Gold.model_validate_json((gold_dir / f"{SEED_ID}.json").read_text(encoding="utf-8"))
    org = before.organizations[0]  # 工业和信息化部: 中国工信部, 工信部
    decisions = [
        {"row": "numbers-0", "kind": "numbers", "verdict": "correct", "item": before.numbers[0].model_dump()},
        {"row": "dates-0", "kind": "dates", "verdict": "wrong", "item": before.dates[0].model_dump()},
        {"row": "organizations-0", "kind": "organizations", "verdict": "wrong",
         "item": {"canonical": org.canonical, "type": org.type, "mentions": [org.mentions[0]]}},
        {"row": "organizations-1", "kind": "organizations", "verdict": "correct",
         "item": {"canonical": org.canonical, "type": org.type, "mentions": ["工信部"]}},
    ]
    target, changes, problems = import_corrections(_write(tmp_path, _corrections(SEED_ID, decisions, genre=None)),
                                                   gold_dir, None)
    assert problems == [], problems
    after = Gold.model_validate_json(target.read_text(encoding="utf-8"))
    assert after.numbers == before.numbers  # already there: not added twice
    assert after.dates == before.dates[1:]
    assert after.organizations[0].mentions == org.mentions[1:]
    assert after.genre == before.genre == "journal"
    assert changes[0].startswith("removed 1 dates")


def test_seed_gold_round_trips_in_its_own_format() -> None:
    path = REPO / "tests" / "gold" / f"{SEED_ID}.json"
    assert gold_json(Gold.model_validate_json(path.read_text(encoding="utf-8"))) == path.read_text(encoding="utf-8")


def test_invalid_result_is_not_written(tmp_path: Path) -> None:
    texts = _texts(tmp_path, "doc", TEXT)
    claim_only = [{"row": "claims-0", "kind": "claims", "verdict": "correct", "item": CLAIM}]
    result = CliRunner().invoke(app, ["gold", "import", str(_write(tmp_path, _corrections("doc", claim_only))),
                                      "--gold", str(tmp_path / "gold"), "--extracted", str(texts.parent)])
    assert result.exit_code == 1
    assert "no gold number has this value and unit" in result.output
    assert not (tmp_path / "gold" / "doc.json").exists()


def test_unusable_file_is_one_line_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    for content in ("{not json", json.dumps({"format": "other"}),
                    json.dumps(_corrections("doc", [{"kind": "numbers", "verdict": "correct", "item": {"text": 1}}]))):
        bad.write_text(content, encoding="utf-8")
        result = CliRunner().invoke(app, ["gold", "import", str(bad), "--gold", str(tmp_path / "gold")])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("error:") and "Traceback" not in result.output
    result = CliRunner().invoke(app, ["gold", "import", str(tmp_path / "absent.json")])
    assert result.exit_code == 2 and "no such file" in result.output
