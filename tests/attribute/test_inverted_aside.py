"""An inverted credit set off as an aside before the quotation names whose words they are
(round 57, lane nullpar57): "In the end, writes X, the plan was “…”", "Said X, the engineers
“…”". Read in the "X said" order, the words before the verb stood as its subject and the
quotation was left null. Guards: an aside that names a text, an opening "Said" before a name
the article never wrote before, an aside closing an earlier quotation of the sentence. Cases
written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _speakers(article: str) -> dict[str, str | None]:
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return {q.text.strip(" ,."): q.speaker for q in r.quotes if q.kind == "speech"}


NAMED = [
    ("a fronted adverbial, then the aside, then a clause whose quotation runs on",
     "Harbour\n\nThe harbour board met on Monday to weigh the dredging bids. The Harbour Gazette "
     "covered it all week.\n\nFinally, says The Harbour Gazette, the board's vote was \u201ca promise "
     "nobody can keep\u2026 In the months to come, there will be many more reminders of it. That "
     "will make the mayor look good.\u201d",
     "a promise nobody can keep\u2026 In the months to come, there will be many more reminders of it. "
     "That will make the mayor look good", "Harbour Gazette"),
    ("a sentence opening on the verb, the speaker named before",
     "Bridge\n\nDele Okonkwo, an engineer, reviewed the bridge plans last spring.\n\n"
     "Said Okonkwo, the contractors \u201cnever checked the load figures once.\u201d",
     "never checked the load figures once", "Dele Okonkwo"),
]

NOT_NAMED = [
    ("the aside names a text",
     "Harbour\n\nThe harbour board met on Monday. Board member Ilse Marrow spoke first.\n\n"
     "Above all, says the audit, the cheapest bid was \u201ca promise nobody can keep.\u201d",
     "a promise nobody can keep", "Ilse Marrow"),
    ("an opening 'Said' before a name the article never gave (a first name?)",
     "Bridge\n\nThe bridge plans were reviewed last spring.\n\n"
     "Said Okonkwo, the contractors \u201cnever checked the load figures once.\u201d",
     "never checked the load figures once", "Said Okonkwo"),
]


@pytest.mark.parametrize("why,article,words,speaker", NAMED, ids=[c[0] for c in NAMED])
def test_the_asides_name_speaks(why: str, article: str, words: str, speaker: str) -> None:
    assert _speakers(article)[words] == speaker, why


@pytest.mark.parametrize("why,article,words,speaker", NOT_NAMED, ids=[c[0] for c in NOT_NAMED])
def test_the_aside_is_not_the_credit(why: str, article: str, words: str, speaker: str) -> None:
    assert _speakers(article)[words] != speaker, why


def test_an_aside_after_a_quotation_closes_that_quotation() -> None:
    article = ("Harbour\n\nThe harbour board met on Monday. Board member Ilse Marrow spoke first.\n\n"
               "\u201cWe will not sign,\u201d says Marrow, and the crowd roared its \u201chearty approval.\u201d")
    assert _speakers(article).get("hearty approval") != "Ilse Marrow"
