"""A short Title Case quotation right after a preposition, which attribution already reads as
nobody's words (a programme or a work), is a title, not speech with no speaker: "the stars of
“…”", "a character on “…”", "signed copies of “…”" (round 80, lane kind91: on draw G 15 such
quotations stayed speech because a reporting verb stood elsewhere in the sentence). A ballot
word, a word glossed in parentheses and a label on the noun after it are terms. Words said
after "to" or after a noun of words ("chants of “…”") stay speech. Articles written for this
test."""

from __future__ import annotations

import pytest

_OPEN = ("Harbour town\n\nMayor Lena Ostrova said on Monday the pier would reopen. \u201cWe will "
         "open it in May,\u201d Ostrova said.\n\n")

RETYPED = [
    ("a film's name after 'of' before its stars",
     _OPEN + "On Tuesday the stars of \u201cThe Quiet Harbour,\u201d Ana Ruiz and Tom Hale, told "
     "reporters they had never seen the pier.", "The Quiet Harbour", "title"),
    ("a film's name after 'in' before its verb",
     _OPEN + "For example, Dr. Piet Halloran, a nurse interviewed in \u201cCold Water,\u201d told "
     "the paper the film had cut his answers.", "Cold Water", "title"),
    ("a label on the lowercase noun after it",
     _OPEN + "The council leader admitted some frustration within the group, which he described as "
     "filled with \u201cType B\u201d personalities, but said the vote mattered.", "Type B", "term"),
    ("a book's name after 'of' with the campaign's verb after it",
     _OPEN + "The campaign is asking for $150 for signed copies of \u201cThe Long Ledger\u201d "
     "\u2014 a large sum, donors said.", "The Long Ledger", "title"),
    ("a ballot word after 'of'",
     _OPEN + "A poll published on Wednesday suggested that the number of \u201cNo\u201d voters "
     "had fallen since the banks closed.", "No", "term"),
    ("a word glossed in parentheses",
     _OPEN + "However long the hours, or however severe your case of \u201cFOMO\u201d (fear of "
     "missing out), he says, the holiday shift is worth it.", "FOMO", "term"),
]


@pytest.mark.parametrize("case,article,words,kind", RETYPED, ids=[c[0] for c in RETYPED])
def test_work_name_after_preposition_retyped(case, article, words, kind, quote_of):
    q = quote_of(article, words, case)
    assert (q.kind, q.speaker) == (kind, None)


KEPT = [
    ("words after 'to' are the words urged",
     _OPEN + "Ostrova has issued a louder defence, urging people on Twitter to \u201cREAD THE "
     "MINUTES.\u201d", "READ THE MINUTES"),
    ("a chant after 'chants of'",
     _OPEN + "Throughout the day, chants of \u201cPier Not Pylons\u201d broke out, the organisers "
     "said.", "Pier Not Pylons"),
    # a speaker's own words in capitals, as a post shouts them (the lead, round 80: draw H's
    # "products from “OUR GREAT … FARMERS.”" and "focusing on “…”" in capitals were typed title)
    ("a post's words in capitals after 'from'",
     _OPEN + "The mayor refused to confirm the governor's posted claim that the port would buy "
     "more fish from \u201cOUR HARDWORKING FISHERMEN.\u201d", "OUR HARDWORKING FISHERMEN"),
    ("one shouted word in capitals after 'on'",
     _OPEN + "Earlier, the governor raged at the council online, accusing it of focusing on "
     "\u201cNONSENSE\u201d.", "NONSENSE"),
]


@pytest.mark.parametrize("case,article,words", KEPT, ids=[c[0] for c in KEPT])
def test_words_after_preposition_stay_speech(case, article, words, quote_of):
    assert quote_of(article, words, case).kind == "speech"
