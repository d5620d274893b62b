"""A future or intent word before the first of two joined verbs is the second's too
(session 23, cover23): "akan menangkap X dan memeriksa Y" plans both acts, as a
negator before the first denies both; a subject between the two ends its reach.

Every sentence here was written for these tests; none comes from a gold file or a corpus."""

from __future__ import annotations

from conftest import battery_events as events


def test_an_intent_reaches_the_second_verb_past_the_first_ones_object(coder):
    found = events(coder, "Amerika Serikat berencana mengecam Korea Utara dan menjatuhkan sanksi kepada Iran.")
    assert ("USA", "1312", "IRN") in found  # the sanctions are planned: threatened, not imposed
    assert ("USA", "163", "IRN") not in found


def test_a_planned_second_act_is_not_coded_as_done(coder):
    found = events(coder, "Polisi akan menangkap Budi Santoso dan memeriksa Andi Wijaya.")
    assert not any(code == "091" for _, code, _ in found)


def test_without_a_modal_word_both_acts_happened(coder):
    found = events(coder, "Polisi menangkap Budi Santoso dan memeriksa Andi Wijaya.")
    assert {code for _, code, _ in found} >= {"173", "091"}


def test_a_new_subject_ends_the_intent(coder):
    found = events(coder, "Presiden Joko Widodo akan datang dan Polisi menangkap Budi Santoso.")
    assert ("IDNCOP", "173", "IDN") in found
