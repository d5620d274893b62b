"""Issue #17: the core reads in one sitting: no function in coding/, actors/,
dates/ or places/ is over 60 lines."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import peristiwa

PACKAGE = Path(peristiwa.__file__).parent


@pytest.mark.parametrize("part", ["coding", "actors", "dates", "places"])
def test_no_function_is_over_60_lines(part):
    long = []
    for path in sorted((PACKAGE / part).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > 60:
                    long.append(f"{path.relative_to(PACKAGE)}: {node.name} ({lines} lines)")
    assert long == []


@pytest.mark.parametrize("part", ["coding", "actors", "dates", "places"])
def test_no_module_is_over_1200_lines(part):
    """A stage's module is read in one sitting: the coder's side-finding, modality and
    event building are modules of their own (coding/sides.py, nominal.py,
    modality.py, events.py), not one file of 2,500 lines."""
    long = [f"{path.relative_to(PACKAGE)} ({n} lines)"
            for path in sorted((PACKAGE / part).rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 1200]
    assert long == []
