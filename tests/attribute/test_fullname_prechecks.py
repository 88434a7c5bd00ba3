"""fullname.py's searches build a pattern per name; a walk back over one word first says
whether that pattern can match at all, and skips the compile where it cannot. The walk must
pass every text the pattern matches: each search here gives the same answer with the walk and
with it forced to pass."""

from __future__ import annotations

import pytest

from onrecord.attribute import fullname as F

BODY = len("Ferry Fares Rise Again\n\n")  # where the body opens in every text below

ONE_WORD = [
    ("Ferry Fares Rise Again\n\nThe pier master, Tomas Kovalenko, said fares rise. Kovalenko said so.", "Kovalenko"),
    ("Ferry Fares Rise Again\n\nAs coach [Oskar] Lindqvist put it, the team sailed. Lindqvist agreed.", "Lindqvist"),
    ("Ferry Fares Rise Again\n\nRandolph “Skipper” Ahlberg waved. Later Ahlberg said no more.", "Ahlberg"),
    ("Ferry Fares Rise Again\n\nMaren O'Donnell-Vance spoke. O'Donnell-Vance said it twice.", "O'Donnell-Vance"),
    ("Ferry Fares Rise Again\n\nsaid Kovalenko, and then Kovalenko left.", "Kovalenko"),
    ("Ferry Fares Rise Again\n\nMcTavish Brennagh spoke; the word was Brennagh's.", "Brennagh"),
    ("Ferry Fares Rise Again\n\nTOMAS KOVALENKO: We sail at noon. Kovalenko said so.", "Kovalenko"),
    ("Ferry Fares Rise Again\n\nthe harbour. Kovalenko", "Kovalenko"),
    ("Kovalenko Tomas Kovalenko\n\nKovalenko said the fares rise.", "Kovalenko"),
]
COMPOUND = [
    ("Ferry Fares Rise Again\n\nThe mayor, Andrea Maria de Whitt, spoke. De Whitt said so.", "De Whitt"),
    ("Ferry Fares Rise Again\n\nChris van Doorn sailed. Van Doorn said it.", "van Doorn"),
    ("Ferry Fares Rise Again\n\nsaid van Doorn, and van Doorn left.", "van Doorn"),
    ("Ferry Fares Rise Again\n\nMinister O'Hara van Doorn spoke. Van Doorn said it.", "van Doorn"),
    ("Ferry Fares Rise Again\n\nJean-Marie VAN Doorn spoke; van Doorn said it.", "van Doorn"),
]


def _both(monkeypatch, search, *args):
    with_walk = search(*args)
    monkeypatch.setattr(F, "_given_before", lambda *a: True)
    monkeypatch.setattr(F, "_word_before_given", lambda *a: True)
    return with_walk, search(*args)


@pytest.mark.parametrize("text,name", ONE_WORD)
def test_a_one_word_name_is_found_the_same_with_the_walk(text, name, monkeypatch):
    walked, full = _both(monkeypatch, F._search, text, BODY, name, [])
    assert walked == full


@pytest.mark.parametrize("text,name", COMPOUND)
def test_a_two_word_surname_is_found_the_same_with_the_walk(text, name, monkeypatch):
    walked, full = _both(monkeypatch, F._search_compound, text, BODY, name, [])
    assert walked == full


def test_the_walk_passes_a_written_full_name_and_skips_a_lone_surname():
    text = ONE_WORD[0][0]
    assert F._given_before(text, BODY, "Kovalenko")
    assert not F._given_before("Ferry Fares Rise Again\n\nsaid Kovalenko, and Kovalenko left.", BODY, "Kovalenko")
    assert F._search(text, BODY, "Kovalenko", []) == ("Tomas Kovalenko", [text.index("Tomas")])
    assert F._word_before_given(COMPOUND[1][0], BODY, 3, "Doorn")
    assert not F._word_before_given(COMPOUND[2][0], BODY, 3, "Doorn")
