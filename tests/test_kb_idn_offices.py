"""Indonesian people of the knowledge base: short names, and the dates their offices
give an undated text. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from peristiwa.actors.kb import default_kb
from peristiwa.records import Article


def test_a_given_name_many_share_is_nobody_short_name():
    # "Agus" is borne by several of the knowledge base's Indonesians: it names none
    # of them alone; a given name one of them bears still does
    short = default_kb()._short_index()
    assert "agus" not in short
    assert "retno" in short


def mentions(coder, text: str, published: str | None):
    day = date.fromisoformat(published) if published else None
    art = Article(text=text, lang="id", published=day)
    return [(m.text, m.actor.code) for cs in coder.analyse(art) for m in cs.mentions]


def test_a_given_name_before_an_initial_is_someone_else(coder_without_parser):
    found = dict(mentions(coder_without_parser, "Pengurusnya adalah Amir Lubis dan Retno K. Lembang di kampus lain.",
                          "2019-06-01"))
    assert "IDNGOV" not in found.values()  # not Retno Marsudi, the foreign minister


def test_a_party_politician_does_not_date_an_undated_text_by_party_offices(coder):
    # Anas Urbaningrum chaired Demokrat 2010-2013 (SBY's party, GOV); named as a plain
    # politician beside a minister of 2014-2024, the text is of the minister's time,
    # when Demokrat stood outside the coalition
    events = coder.code_text("Politikus Partai Demokrat Anas Urbaningrum memuji Menteri Luar Negeri "
                             "Retno Marsudi.", lang="id", published=None)
    assert [(e.source, e.target) for e in events] == [("IDNOPP", "IDNGOV")]
    events = coder.code_text("Ketua Umum Partai Demokrat Anas Urbaningrum memuji Presiden.", lang="id",
                             published=None)
    assert [(e.source, e.target) for e in events] == [("IDNGOV", "IDNGOV")]
