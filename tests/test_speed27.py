"""Work done once where it was done twice (issue #20, session 24): the same results.
Sentences written for the rules."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from peristiwa.coding import bare
from peristiwa.pipeline import Coder


@pytest.fixture(scope="module")
def coder():
    return Coder(use_parser=False)


def test_a_reader_without_patterns_reads_the_pipelines_own(coder):
    """Pronouns are resolved by a reader made before the coder is whole, with no pattern
    set of its own: it reads the one the pipeline has (no user verbs), not a second set
    of the same files loaded and indexed again."""
    pipe = coder.pipeline("id")
    reader = SimpleNamespace(d=pipe.data)
    assert bare._pats(reader) is pipe.patterns
