"""An unresolved "it said" never falls back to a person (round 21, lane itorg): "“…,” the
interior ministry's rules said. … “…,” it said." after a quotation of a prime minister, or
"It added that it plans to invest … a “…”" after the chief executive spoke, is a body's voice;
the previous (person) speaker is wrong, nobody is better. Sentences are our own words."""

from __future__ import annotations

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _speakers(article: str) -> list:
    r = extract_document(read_text(article, path="it"))
    attribute_results([r])
    return [q.speaker for q in r.quotes if q.kind == "speech"]


def test_it_said_after_a_person_is_not_that_person():
    article = ("Lockdown\n\nPrime Minister Arjun Mehra said on Tuesday he understood the hardship of "
               "workers. \u201cWe will not leave anyone behind,\u201d Mehra said.\n\n"
               "On Wednesday the farm ministry published new rules for rural markets.\n\n"
               "\u201cSome stalls may reopen from next Monday,\u201d it said.")
    assert _speakers(article)[-1] != "Arjun Mehra"


def test_it_added_after_a_chief_executive_is_not_the_chief_executive():
    article = ("Broadband\n\nNorthtel offered to cut its prices on Thursday. \u201cThis is a fair deal "
               "for every rival,\u201d Northtel chief executive Dana Perrow said.\n\n"
               "It added that it plans to spend heavily to build a \u201cnetwork for the next decade\u201d.")
    assert _speakers(article)[-1] != "Dana Perrow"


def test_he_said_still_continues_the_person():
    article = ("Budget\n\nFinance Minister Arjun Mehra spoke on Tuesday. \u201cThe books are balanced,\u201d "
               "Mehra said. \u201cWe kept every promise,\u201d he said.")
    assert _speakers(article) == ["Arjun Mehra", "Arjun Mehra"]
