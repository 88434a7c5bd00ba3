"""An outlet that reports a document is not its issuer (attribute/carried_document.py, round 54,
lane wrong54). Articles in our own words."""

from __future__ import annotations

import pytest

LETTER = """Port workers upset with new safety rules

Dock unions are pushing back against proposed safety rules that could change how night shifts are staffed.

In a letter to Governor Alma Reyes and Speaker Tom Varga, the heads of two large dock unions said they are "deeply frustrated" with the agency's draft rules, the Harbor Ledger reported.

Nina Bell, head of the Pier Workers Union, and Sam Ortiz, head of Dockhands United, said the agency has ignored their safety concerns.

"If the agency thinks these rules answer our concerns, it was not listening," the letter said. "Night crews deserve better."
"""

NOTICE = """Funds moved to the border fence

The money will be shifted from a war fund to the navy's harbor account.

The Department of Harbors "has found stretches of the coast where fences are needed," read the notice to the council, according to the Harbor Ledger.

This is not the first time funds were moved.
"""

# the issuer named in the sentence that brings the letter in keeps it
OWN_LETTER = """Mayor writes to the board

In a letter to the school board, Mayor Ines Calder said the budget "cannot carry another cut," the Harbor Ledger reported.

"We have asked the state for help twice," the letter said.
"""

# an outlet quoted as the source of its own report keeps its words
OWN_REPORT = """Harbor dredging delayed

The dredging of the inner harbor will slip to next spring, according to the Harbor Ledger, which reported that the work "ran out of money in March."
"""


@pytest.mark.parametrize("article, words", [
    (LETTER, "If the agency thinks these rules answer our concerns, it was not listening"),
    (LETTER, "Night crews deserve better"),
    (NOTICE, "has found stretches of the coast where fences are needed"),
])
def test_the_reporting_outlet_is_not_the_document_issuer(quote_of, article, words):
    assert quote_of(article, words).speaker is None


def test_issuer_named_in_the_sentence_keeps_the_letter(quote_of):
    assert quote_of(OWN_LETTER, "We have asked the state for help twice").speaker == "Ines Calder"


def test_an_outlets_own_report_stays_its(quote_of):
    assert quote_of(OWN_REPORT, "ran out of money in March").speaker == "Harbor Ledger"


# a subjectless "said" in the clause a closing "reported" carries: the parse lost the sayer (in
# the corpus case to an apposition), and inheriting the subject gave the words to the outlet
SUBJECTLESS = """Harbor plan

Mayor Ann Cole toured the docks on Monday. And later said the plan was "a costly mistake," the Harbor Ledger reported.
"""


def test_a_subjectless_voice_is_not_the_carrying_outlet(quote_of):
    assert quote_of(SUBJECTLESS, "a costly mistake").speaker != "Harbor Ledger"


# the notice's issuer, named where the notice came in, speaks for what it reads
NOTICE_WITH_ISSUER = """Funds moved to the border fence

The navy said on Monday that it would shift money from a war fund to its harbor account.

In a notice delivered to the council on Thursday, the Navy Department announced the shift of $2 billion.

The Department of Harbors "has found stretches of the coast where fences are needed," read the notice to the council, according to the Harbor Ledger.
"""


def test_the_document_read_speaks_for_its_issuer(quote_of):
    q = quote_of(NOTICE_WITH_ISSUER, "has found stretches of the coast where fences are needed")
    assert q.speaker == "Navy Department"
