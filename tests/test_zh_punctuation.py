"""Chinese text uses full-width punctuation: the zh translations, the demo's texts
and the KPI library's Chinese descriptions have no half-width , ( ) : ; ! ? next to
a Chinese character."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from perfdesk.core.kpi_library import LIBRARY

ROOT = Path(__file__).resolve().parents[1]
CJK = "\u3400-\u9fff\uf900-\ufaff"
HALF_WIDTH = re.compile(rf"[{CJK}]\s*[,():;!?]|[,():;!?]\s*[{CJK}]")
# Qt's own syntax, half-width by rule: a menu mnemonic "文件(&F)", a file filter "(*.perfdesk)".
QT_SYNTAX = re.compile(r"\(&\w\)|\(\*[^)]*\)")


def _demo_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((ROOT / "src/perfdesk/demo").glob("names_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
        }  # the module's English notes, not demo text
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings:
                    continue
                if re.search(f"[{CJK}]", node.value):
                    texts.append((f"{path.name}:{node.lineno}", node.value))
    return texts


def _translations() -> list[tuple[str, str]]:
    tree = ET.parse(ROOT / "resources/translations/perfdesk_zh_CN.ts")
    texts = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text:
            texts.append((source, translation.text))
    return texts


def _library() -> list[tuple[str, str]]:
    return [(kpi.code, text) for kpi in LIBRARY for text in (kpi.name_zh, kpi.description_zh)]


def _offenders(texts: list[tuple[str, str]]) -> list[str]:
    return [
        f"{where}: {text!r}" for where, text in texts if HALF_WIDTH.search(QT_SYNTAX.sub("", text))
    ]


def test_the_scan_finds_half_width_punctuation() -> None:
    assert HALF_WIDTH.search("满分100分,按月核算")
    assert HALF_WIDTH.search("销售额 (万元)")
    assert not HALF_WIDTH.search("满分100分，按月核算（万元）")
    assert not HALF_WIDTH.search("Sales (10k CNY), 10:30")
    assert _offenders([("menu", "文件(&F)"), ("filter", "perfdesk 文档 (*%1)")]) == []


@pytest.mark.parametrize(
    "texts", [_translations, _demo_texts, _library], ids=["translations", "demo", "library"]
)
def test_chinese_text_has_full_width_punctuation(texts) -> None:  # type: ignore[no-untyped-def]
    assert _offenders(texts()) == []
