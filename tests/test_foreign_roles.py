"""The country of a role named without one in a foreign story (issue #18): a role
takes the state its clause names, else the country of the place its clause sets the
event in, else the dateline's, else the foreign country the passage was set in before
(when it shows nothing of the language's own country); the language's country
otherwise. Sentences written for the rules."""

import pytest
from conftest import triples


def events(coder, text):
    return set(triples(coder, text, "2020-01-10"))


# -- a place only the gazetteer knows sets the story's country (actors/story.py where_country)

@pytest.mark.parametrize("text, expected", [
    ("Pasukan keamanan menembaki demonstran di Tobruk. Polisi juga menangkap puluhan demonstran.",
     ("LBYCOP", "173", "LBYOPP")),
    ("Pasukan keamanan menembaki demonstran di Tobruk. Polisi kemudian menahan puluhan mahasiswa.",
     ("LBYCOP", "173", "LBYEDU")),
])
def test_a_gazetteer_place_sets_the_next_sentences_country(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


@pytest.mark.parametrize("text, expected", [
    # a place of the language's own country keeps its roles its own
    ("Polisi membubarkan demonstran di Cianjur. Polisi juga menangkap puluhan demonstran.",
     ("IDNCOP", "173", "IDNOPP")),
    # a foreign story left: the next sentence names a place of the language's country
    ("Pasukan keamanan menembaki demonstran di Tobruk. Polisi menangkap puluhan demonstran di Bandung.",
     ("IDNCOP", "173", "IDNOPP")),
    # a word that is a place's name only as part of a longer capitalised name sets nothing
    ("Ribuan orang berkumpul di Ho Chi Min City. Polisi menangkap belasan demonstran.",
     ("IDNCOP", "173", "IDNOPP")),
    # a name the gazetteer knows in several countries says none of them
    ("Ribuan orang berkumpul di Victoria. Polisi menangkap belasan demonstran.",
     ("IDNCOP", "173", "IDNOPP")),
])
def test_the_traps_of_a_gazetteer_place(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


# -- a state's mission stands in another state (coding/events.py _story_countries)

@pytest.mark.parametrize("text, expected", [
    ("Polisi menangkap dua demonstran di depan Kedutaan Besar Malaysia.", ("IDNCOP", "173", "IDNOPP")),
    ("Aparat menangkap puluhan mahasiswa di depan Konsulat Jenderal Amerika Serikat.",
     ("IDNCOP", "173", "IDNEDU")),
])
def test_a_mission_named_sets_no_story_country(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


# -- a place whence something comes after the clause's verb is not where it happens
# (actors/resolve.py _place_country; coding/events.py _story_countries)

@pytest.mark.parametrize("text, expected", [
    ("Polisi menangkap tiga imigran gelap dari Myanmar.", ("IDNCOP", "173", "MMRREF")),
    ("Polisi menyita lima kilogram sabu dari Malaysia.", ("IDNCOP", "1711", "MYS")),
])
def test_a_place_whence_an_object_comes_is_not_the_story(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


def test_a_place_the_subject_comes_from_is_still_its_country(coder):
    # "dari" in the subject's own phrase, before any verb of its clause
    got = events(coder, "Para pejuang dari Misrata menyerang pasukan pemerintah.")
    assert ("LBYUAF", "190", "LBYMIL") in got, got


# -- a state or province the gazetteer lacks (ISO 3166-2) named whole after "di"
# (actors/story.py _division_after)

@pytest.mark.parametrize("text, expected", [
    ("Polisi menangkap puluhan demonstran di Sucumbios.", ("ECUCOP", "173", "ECUOPP")),
    ("Para pekerja minyak mogok di Sucumbios. Polisi menangkap puluhan demonstran.", ("ECUCOP", "173", "ECUOPP")),
    # a division's name that several countries share, or that is a place elsewhere, says none
    ("Polisi menangkap puluhan demonstran di Lima.", ("IDNCOP", "173", "IDNOPP")),
    # an acronym is no province ("di IG": a post on Instagram)
    ("Ia mengunggah foto itu di IG. Polisi menangkap puluhan demonstran.", ("IDNCOP", "173", "IDNOPP")),
])
def test_a_foreign_division_sets_the_story(coder, text, expected):
    got = events(coder, text)
    assert expected in got, got


def test_a_role_named_with_a_foreign_division_is_of_its_country(coder):
    # "Gubernur Texas" by the gazetteer; a province it lacks by ISO 3166-2
    got = events(coder, "Gubernur Sucumbios menuduh perusahaan minyak Amerika Serikat mencemari sungai.")
    assert ("ECUGOV", "112", "USABUS") in got, got
