"""Indonesian people of the knowledge base (data/actors/people-idn.tsv, added by office):
each is coded by the office held on the day, and after it as a former office holder
(CONVENTIONS 4.1); short names, and the dates their offices give an undated text.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from peristiwa.actors.kb import default_kb
from peristiwa.records import Article


@pytest.mark.parametrize("name, day, code", [
    # a DPR deputy speaker in and out of office
    ("Taufik Kurniawan", date(2012, 5, 1), "IDNLEG"),
    ("Taufik Kurniawan", date(2020, 5, 1), "IDNELI"),
    ("Sufmi Dasco Ahmad", date(2020, 2, 1), "IDNLEG"),
    # a DPR speaker, before it the secretary-general of a party of SBY's coalition
    ("Marzuki Alie", date(2007, 3, 1), "IDNGOV"),
    ("Marzuki Alie", date(2012, 3, 1), "IDNLEG"),
    # the chair of the DPD; an MPR deputy speaker
    ("Irman Gusman", date(2012, 3, 1), "IDNLEG"),
    ("Ahmad Basarah", date(2019, 12, 1), "IDNLEG"),
    # a party's secretary-general: opposition, then coalition (PAN joined in September 2015)
    ("Eddy Soeparno", date(2015, 6, 1), "IDNOPP"),
    ("Eddy Soeparno", date(2017, 6, 1), "IDNGOV"),
    ("Hinca Pandjaitan", date(2016, 6, 1), "IDNOPP"),
    ("Hinca Pandjaitan", date(2020, 6, 1), "IDNLEG"),
    # police, armed forces, intelligence, KPK, courts
    ("Jenderal Sutarman", date(2014, 6, 1), "IDNCOP"),
    ("Marsetio", date(2013, 6, 1), "IDNMIL"),
    ("Siwi Sukma Adji", date(2019, 6, 1), "IDNMIL"),
    ("Marciano Norman", date(2013, 6, 1), "IDNSPY"),
    ("Busyro Muqoddas", date(2011, 6, 1), "IDNJUD"),
    ("Hamdan Zoelva", date(2014, 6, 1), "IDNJUD"),
    # ministers in and out of office
    ("Susi Pudjiastuti", date(2016, 6, 1), "IDNGOV"),
    ("Susi Pudjiastuti", date(2021, 6, 1), "IDNELI"),
    ("Ignasius Jonan", date(2012, 6, 1), "IDNBUS"),
    ("Ignasius Jonan", date(2017, 6, 1), "IDNGOV"),
    # governors and mayors
    ("Irwandi Yusuf", date(2010, 6, 1), "IDNGOV"),
    ("Hadi Rudyatmo", date(2015, 6, 1), "IDNGOV"),
])
def test_office_holders_take_their_office_on_the_day(name, day, code):
    assert default_kb().resolve(name, day) == code


def test_a_given_name_many_share_is_nobody_short_name():
    # "Agus" is borne by several of the knowledge base's Indonesians: it names none
    # of them alone; a given name one of them bears still does
    short = default_kb()._short_index()
    assert "agus" not in short
    assert "retno" in short
    # an officer is named with his rank: the air force chief Herman Prayitno is no "Herman"
    assert "herman" not in short


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
