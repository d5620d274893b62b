"""Reading rules of the Indonesian coder, each on sentences written for these tests
(not taken from the gold files)."""

from __future__ import annotations

import pytest

PUB = "2024-05-14"


def code(coder, text: str, published: str | None = PUB):
    return coder.code_text(text, lang="id", published=published)


def triples(events) -> list[tuple[str, str, str]]:
    return [(e.source, e.code, e.target) for e in events]


# -- a pronoun and another actor with the same code are still two actors -------------

def test_speaker_pronoun_and_another_firm_are_two_actors(coder):
    # "Kami" is the speaking firm; Telkom, with the same code, is another firm
    text = "“Kami digugat oleh Telkom ke pengadilan,” kata Direktur PT Sinar Jaya Budi Santoso."
    events = code(coder, text)
    assert triples(events) == [("IDNBUS", "115", "IDNBUS")]
    assert events[0].evidence.source_text == "Telkom"
    assert events[0].evidence.target_text == "Kami"


def test_pronoun_for_the_same_actor_is_still_dropped(coder):
    # "pihaknya" stands for the police themselves: no police -> police event
    text = "Polisi mengatakan pihaknya menangkap dua tersangka."
    assert ("IDNCOP", "173", "IDNCOP") not in triples(code(coder, text))


# -- "X <time phrase> yang ...": the noun before the time phrase heads the relative --

def test_relative_clause_after_a_time_phrase(coder):
    text = ("Rusia mengecam pernyataan Presiden Prancis Emmanuel Macron pada Selasa (12/3) "
            "lalu yang menuduh Moskow mendalangi serangan siber.")
    events = code(coder, text)
    accusation = [e for e in events if e.root == "11" and e.target == "RUSGOV"]
    assert [(e.source, e.code) for e in accusation] == [("FRAGOV", "1123")]
    assert accusation[0].evidence.source_text == "Presiden Prancis Emmanuel Macron"


# -- the agent of a bare passive stands right after the verb -------------------------

def test_passive_agent_right_after_the_verb_before_the_pattern_rest(coder):
    text = ("Pernyataan itu dikatakan Retno Marsudi di depan Parlemen Malaysia, Selasa, "
            "atas nama Presiden Joko Widodo.")
    events = code(coder, text)
    assert triples(events) == [("IDNGOV", "010", "MYSLEG")]
    assert events[0].evidence.source_text == "Retno Marsudi"


def test_unknown_agent_after_the_passive_verb_is_not_replaced(coder):
    # the speaker is a name nothing codes; the one he speaks for is not the speaker
    text = ("Pernyataan itu dikatakan Suparjo di depan Parlemen Malaysia, Selasa, "
            "atas nama Presiden Joko Widodo.")
    assert triples(code(coder, text)) == []


# -- an object is not looked for inside a purpose clause -----------------------------

def test_object_search_stops_at_a_purpose_clause(coder):
    text = ("Menteri Luar Negeri Retno Marsudi optimistis perundingan damai untuk "
            "mengakhiri perang dengan Rusia akan berhasil.")
    assert [e for e in code(coder, text) if e.target.startswith("RUS")] == []


# -- "asing": a foreign actor takes no default country -------------------------------

def test_foreign_role_gets_no_default_country(coder):
    text = "Polisi menangkap tiga nelayan asing di perairan Natuna."
    assert triples(code(coder, text)) == []


def test_role_with_a_country_is_still_coded(coder):
    text = "Polisi menangkap tiga nelayan Vietnam di perairan Natuna."
    assert triples(code(coder, text)) == [("IDNCOP", "173", "VNMAGR")]


# -- a verb joined by "serta"/"dan" shares the subject of the verb before ------------

def test_coordinated_verb_shares_the_subject_across_an_apposition(coder):
    text = ("Ribuan buruh mendatangi kantor Gubernur Jawa Barat, Ridwan Kamil, serta "
            "menuntut DPRD membatalkan peraturan upah.")
    events = code(coder, text)
    assert triples(events) == [("IDNLAB", "1042", "IDNLEG")]
    assert events[0].evidence.source_text == "buruh"


def test_coordinated_verb_skips_the_purpose_verb(coder):
    # "untuk mundur" has its own subject (the minister); "mendesak" shares "meminta"'s
    text = ("Serikat pekerja meminta Menteri Ketenagakerjaan, Ida Fauziyah (kiri), untuk "
            "mundur dari jabatannya serta mendesak DPR membentuk panitia khusus.")
    events = code(coder, text)
    assert ("IDNLAB", "020", "IDNLEG") in triples(events)
    urging = [e for e in events if e.target == "IDNLEG"]
    assert urging[0].evidence.source_text == "Serikat pekerja"


# -- the possessor of a rejected or criticised thing is the target -------------------

def test_possessive_clitic_on_the_object_names_the_target(coder):
    text = "Pemerintah Australia mengundang Duta Besar China dan menolak tuntutannya."
    assert ("AUSGOV", "123", "CHNGOV") in triples(code(coder, text))


def test_possessive_clitic_is_no_target_of_an_arrest(coder):
    # "menahan anaknya": the son is held, not the father; Budi, arrested, is a person named
    # without a role (a given name, not a word of the language: tests/test_names19.py)
    text = "Polisi menangkap Budi di Jakarta dan menahan anaknya."
    arrests = [e for e in code(coder, text) if e.code.startswith("17")]
    assert [(e.evidence.trigger_text, e.evidence.target_text) for e in arrests] == [("menangkap", "Budi")]


# -- protesters' demand in the same sentence makes the protest one for that change ---

def test_protest_and_demand_of_the_same_protesters_are_one_event(coder):
    text = ("Ribuan buruh berdemonstrasi di Semarang, Jawa Tengah, pada Senin (3/6) pagi, "
            "sekaligus menuntut Gubernur Jawa Tengah mencabut peraturan upah.")
    events = code(coder, text)
    assert triples(events) == [("IDNOPP", "1412", "IDNGOV")]
    assert events[0].evidence.trigger_text == "berdemonstrasi"
    assert events[0].evidence.target_text == "Gubernur Jawa Tengah"


# -- what one actor asks of another has not happened ---------------------------------

def test_the_complement_of_an_appeal_is_not_coded_as_done(coder):
    # the urging is the event; Syria stopping the attacks is only asked for
    events = code(coder, "Pemerintah Turki mendorong Suriah untuk menghentikan serangan "
                         "terhadap warga sipil.")
    assert triples(events) == [("TURGOV", "020", "SYR")]
    assert not [e for e in events if e.root == "16"]


def test_a_purpose_clause_without_an_appeal_is_still_coded(coder):
    events = code(coder, "Polisi membebaskan dua wartawan Australia untuk menenangkan keluarga mereka.")
    assert ("IDNCOP", "0841", "AUSMED") in triples(events)


def test_english_demands_and_appeals_code_only_the_asking(coder):
    def en(text):
        return triples(coder.code_text(text, lang="en", published=PUB))

    demanded = en("France demanded that Iran free the detained French tourists.")
    assert demanded == [("FRA", "100", "IRN")]
    urged = en("The United Nations urged Israel to ease restrictions on Palestinian workers.")
    assert [t for t in urged if t[0] == "ISR"] == []
    assert ("IGOUNO", "020", "ISR") in urged
    # no one asked: the easing is done
    assert ("ISR", "081", "PSELAB") in en("Israel eased restrictions on Palestinian workers.")


def test_the_sources_own_people_behind_its_are_not_its_target(coder):
    def en(text):
        return triples(coder.code_text(text, lang="en", published=PUB))

    # "its ambassador" is Jordan's own: no Jordan -> Jordan event
    assert en("Jordan recalled its ambassador.") == []
    # the country the troops leave is the target
    assert en("Turkey withdrew its troops from Syria.") == [("TUR", "0874", "SYR")]
    assert en("Russia pulled its forces out of Georgia.") == [("RUS", "0874", "GEO")]


def test_an_intent_bound_to_unless_is_a_threat(coder):
    events = coder.code_text("Nigeria said it will withdraw its troops from Chad unless "
                             "the rebels accept a ceasefire.", lang="en", published=PUB)
    assert [(e.source, e.root, e.target) for e in events if e.target == "TCD"] == [("NGA", "13", "TCD")]
    plain = coder.code_text("Nigeria said it will withdraw its troops from Chad.",
                            lang="en", published=PUB)
    assert [(e.source, e.code, e.target) for e in plain] == [("NGA", "0356", "TCD")]


# -- coding transformations are data (data/transforms.txt) ----------------------------

PROTEST_AND_DEMAND = ("Ribuan buruh berdemonstrasi di Semarang, Jawa Tengah, pada Senin (3/6) pagi, "
                      "sekaligus menuntut Gubernur Jawa Tengah mencabut peraturan upah.")


def transform_lines(ev) -> list[str]:
    """The names of the transform lines an event's notes cite, read from their file."""
    from peristiwa.coding.cameo import DATA

    out = []
    for note in ev.evidence.notes:
        if note.startswith("transform:"):
            _, fname, n = note.split(":")
            assert fname == "data/transforms.txt"
            line = (DATA / "transforms.txt").read_text(encoding="utf-8").splitlines()[int(n) - 1]
            out.append(line.split()[0])
    return out


def test_an_event_names_the_transform_lines_that_changed_it(coder):
    events = code(coder, PROTEST_AND_DEMAND)
    assert sorted(transform_lines(events[0])) == ["protest-demand", "protesters"]
    threat = coder.code_text("Nigeria said it will withdraw its troops from Chad unless "
                             "the rebels accept a ceasefire.", lang="en", published=PUB)
    assert transform_lines(next(e for e in threat if e.target == "TCD")) == ["intent-on-condition"]


def test_without_its_transform_line_a_rule_is_off(coder, monkeypatch):
    from peristiwa.coding import coder as coder_module
    from peristiwa.coding.transforms import Transforms, transforms
    from peristiwa.lang import load

    every = transforms(load("id"))
    monkeypatch.setattr(coder_module, "transforms", lambda data: Transforms(
        [t for t in every.lines if t.name != "protest-demand"]))
    events = code(coder, PROTEST_AND_DEMAND)
    # the protest and the demand are two events again
    assert [(e.source, e.root, e.target) for e in events] == [("IDNOPP", "14", ""), ("IDNOPP", "10", "IDNGOV")]


def test_transform_lines_are_checked_and_a_language_replaces_them(tmp_path):
    from peristiwa.coding.transforms import combine, read
    from peristiwa.errors import PeristiwaError

    shared = tmp_path / "shared.txt"
    shared.write_text("visit-place  042  side=target\nvisit-place  043  side=source\n"
                      "no-target  14,15   # protests\n", encoding="utf-8")
    own = tmp_path / "own.txt"
    own.write_text("visit-place  04  side=target\n", encoding="utf-8")
    tf = combine(read(shared, "shared.txt"), read(own, "own.txt"))
    assert [(t.name, t.codes, t.file, t.line) for t in tf.lines] == [
        ("no-target", ("14", "15"), "shared.txt", 3), ("visit-place", ("04",), "own.txt", 1)]
    assert tf.get("no-target", "1411") is not None and tf.get("no-target", "141") is not None
    assert tf.get("no-target", "17") is None
    for bad in ("threaten-louder  13", "no-target  99", "visit-place  042  side", "visit-place  042",
                "visit-place  042  side=host", "protest-demand  1041  protest=14"):
        own.write_text(bad + "\n", encoding="utf-8")
        with pytest.raises(PeristiwaError, match="own.txt:1"):
            read(own, "own.txt")
