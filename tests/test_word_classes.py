"""Word classes of pattern lines (``lang/<l>/classes.txt``, ``%name`` in a pattern):
a shared list of forms an analyst reviews once, written out into the lines that name it."""

from __future__ import annotations

from pathlib import Path

import pytest

from peristiwa.coding.patterns import expand_classes, read_classes


def classes_of(tmp_path: Path, text: str) -> tuple[dict, list[str]]:
    path = tmp_path / "classes.txt"
    path.write_text(text, encoding="utf-8")
    errors: list[str] = []
    return read_classes(path, errors), errors


def test_one_word_members_make_one_exact_alternation(tmp_path):
    classes, errors = classes_of(tmp_path, "[bad]\ngagal|lamban  # comment\nceroboh\n")
    assert not errors
    assert expand_classes("menilai + %bad", classes) == [("menilai + =gagal|=lamban|=ceroboh", "menilai + %bad")]


def test_longer_members_are_grouped_by_their_leading_words(tmp_path):
    classes, _ = classes_of(tmp_path, "[good]\nmampu|tegas\nbertanggung_jawab\n"
                                      "[bad]\ngagal|tidak_becus\ntidak|tak %good\n")
    bodies = [b for b, _ in expand_classes("+ %bad @quote", classes)]
    assert bodies == ["+ =gagal @quote", "+ =tidak =becus @quote", "+ =tidak|=tak =mampu|=tegas @quote",
                      "+ =tidak|=tak =bertanggung =jawab @quote"]
    texts = [t for _, t in expand_classes("+ %bad @quote", classes)]
    assert texts == ["+ %bad [1/4]", "+ %bad [2/4]", "+ %bad [3/4]", "+ %bad [4/4]"]


def test_a_line_without_a_class_is_left_as_it_is():
    assert expand_classes("menilai ... gagal", {}) == [("menilai ... gagal", "")]


@pytest.mark.parametrize("text, why", [("[a]\n%b\n", "unknown word class %b"), ("[a]\n%a\n", "names itself")])
def test_a_class_that_cannot_be_written_out_is_an_error(tmp_path, text, why):
    classes, _ = classes_of(tmp_path, text)
    with pytest.raises(ValueError, match=why):
        expand_classes("x %a", classes)


def test_a_member_before_any_class_is_reported(tmp_path):
    _, errors = classes_of(tmp_path, "gagal\n[bad]\nlamban\n")
    assert errors == ["classes.txt:1: a member before any [class] line"]
