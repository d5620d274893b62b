"""The trained named-entity recognisers, over our own tokens."""

from __future__ import annotations

import pytest

from peristiwa.syntax import ner

pytestmark = pytest.mark.skipif(not ner.available("id"), reason="no Indonesian NER model installed")


@pytest.fixture(scope="module", autouse=True)
def offline_models():
    """The models load from the package with the network cut off."""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access during model loading")

    ner._model.cache_clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "create_connection", refuse)
        assert ner._model("id") is not None
        if ner.available("en"):
            assert ner._model("en") is not None
    yield


def _tokens(text: str) -> tuple[list[str], list[bool]]:
    words = text.split()
    return words, [True] * (len(words) - 1) + [False]


def _found(lang: str, text: str) -> dict[str, str]:
    words, spaces = _tokens(text)
    spans = ner.entities(lang, words, spaces)
    for first, last, label in spans:
        assert 0 <= first <= last < len(words)
        assert label in {"PER", "ORG", "LOC"}
    return {" ".join(words[a : b + 1]): label for a, b, label in spans}


def test_indonesian_person_organisation_place():
    # a made-up name: no lexicon knows it, the model must read it from context
    found = _found("id", "Ketua Komisi III DPR Sudarsono Wirapraja mengunjungi kantor "
                         "Polda Jawa Tengah di Semarang pada Senin .")
    assert found.get("Sudarsono Wirapraja") == "PER"
    assert found.get("DPR") == "ORG"
    assert found.get("Semarang") == "LOC"


def test_indonesian_person_in_reported_speech_and_a_company():
    found = _found("id", "Menurut Rahmawati Kusumadewi , warga menolak rencana itu .")
    assert found.get("Rahmawati Kusumadewi") == "PER"
    found = _found("id", "Pengacara Dwi Handayani Siregar mengatakan kliennya akan "
                         "melaporkan PT Sinar Mas ke KPK .")
    assert found.get("Dwi Handayani Siregar") == "PER"
    assert found.get("PT Sinar Mas") == "ORG"


def test_english_when_installed():
    if not ner.available("en"):
        pytest.skip("no English NER model installed")
    found = _found("en", "Police in Chicago arrested John Smith , a spokesman for Greenpeace said .")
    assert found.get("John Smith") == "PER"
    assert found.get("Chicago") == "LOC"


def test_refuses_what_it_cannot_take():
    assert ner.entities("xx", ["Jakarta"], [False]) == []
    assert not ner.available("xx")
    assert ner.entities("id", [], []) == []
    assert ner.entities("id", ["Jakarta", "kota"], [True]) == []  # spaces do not match words
    long = ["kata"] * (ner.MAX_TOKENS + 1)
    assert ner.entities("id", long, [True] * len(long)) == []


def test_the_coder_runs_the_recogniser_when_unknown_actors_are_wanted():
    from peristiwa.pipeline import Coder
    from peristiwa.records import Article

    text = "Menurut Rahmawati Kusumadewi, warga menolak rencana itu."

    def names(coder) -> set[str]:
        found = coder.analyse(Article(text=text, lang="id"))
        return {m.text for cs in found for m in cs.mentions if m.actor.kind == "name"}

    assert Coder().use_ner is False
    assert "Rahmawati Kusumadewi" not in names(Coder())
    wanted = Coder(keep_unknown=True)
    assert wanted.use_ner is True
    assert "Rahmawati Kusumadewi" in names(wanted)
    assert "Rahmawati Kusumadewi" in names(Coder(use_ner=True))
