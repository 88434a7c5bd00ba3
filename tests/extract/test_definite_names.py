"""A work whose name is "The" and one capitalised word ("The Harbor", "The Ledger"): title case
needs two capitalised content words, so these names were read as speech, scare or term even
after "said on", "author of" or a work noun (issue 11, round 25, lane titles9). Each snippet
was written for this test, beside the near miss that keeps its old kind: a nickname in marks
("The Boss") after an attack, or with no work cue at all."""

from __future__ import annotations

import pytest


# (case, article, fragment, expected kind)
CASES = [
    ("a programme a speaker said it on", "TV\n\n\u201cWe will not wait,\u201d the senator said on \u201cThe Harbor.\u201d",
     "The Harbor.", "title"),
    ("a programme a speaker was told on", "TV\n\nMayor Ada Vale told Tom Hale on \u201cThe Ledger\u201d that "
     "the pier would close.", "The Ledger", "title"),
    ("a programme appeared on", "TV\n\nShe was a guest on \u201cThe Ledger,\u201d where she talked about roads.",
     "The Ledger,", "title"),
    ("an author of a book", "Books\n\n\u201cIt was slow,\u201d says Ana Ruiz, author of \u201cThe Keeper,\u201d "
     "a history of the port.", "The Keeper,", "title"),
    ("a work noun before", "Film\n\nThe second season of the series \u201cThe Keeper\u201d opens in May.",
     "The Keeper", "title"),
    ("a film in apposition", "Film\n\nThe studio shelved \u201cThe Keeper,\u201d a comedy about a lighthouse.",
     "The Keeper,", "title"),
    ("a nickname after an attack stays a term", "Politics\n\nHe went from bad to worse with his attacks on "
     "\u201cThe Boss\u201d and her allies.", "The Boss", "term"),
]


# (case, article, fragment, expected kind): title case right after "in", in a sentence that
# credits words to someone (the work the words are found in, not the words themselves), and a
# programme named in sentence case right after its noun
IN_CASES = [
    ("a book the author says in", "Books\n\nBut in \u201cA Quiet Harbour,\u201d Vale says the vote was rigged.",
     "A Quiet Harbour,", "title"),
    ("a book quoted in", "Books\n\nTom Hale, a former aide, is quoted in \u201cHarbour Lights\u201d as saying he left.",
     "Harbour Lights", "title"),
    ("a film a character said it in", "Film\n\nAs the captain said to the crew in \u201cHigh Tide Rising,\u201d "
     "\u201cHold the line.\u201d", "High Tide Rising,", "title"),
    ("a place in the speaker's words stays", "Talks\n\nHe said they would open an office in \u201cEastern Seoul\u201d "
     "next year.", "Eastern Seoul", "speech"),
    ("a programme in sentence case after its noun", "TV\n\nThe mayor said in an episode of the podcast "
     "\u201cTwo cups of tea\u201d that the pier would close.", "Two cups of tea", "title"),
    ("a long programme name after a series noun", "TV\n\nVale spoke on the premiere of the new Harbour TV series "
     "\u201cMy next guest is late again with Tom Hale,\u201d which aired on Friday.",
     "My next guest is late again with Tom Hale,", "title"),
    ("show as a verb keeps the words", "Talks\n\nIt would, he wrote, show \u201cPeople how the money went\u201d "
     "to the board.", "People how the money went", "speech"),
    ("a slogan modifying a noun after in stays", "Rally\n\nHe said the crowd joined in \u201cVote Them Out\u201d "
     "chants before the speech.", "Vote Them Out", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", IN_CASES, ids=[c[0] for c in IN_CASES])
def test_kind_of_a_work_the_words_are_in(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind, which=-1)


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_kind_of_a_definite_name(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind, which=-1)


# (case, article, fragment, expected kind): title case after "the" with no work noun anywhere
# near is the name of a body, group, event or era, a term; a name holding a plan or work noun
# stays a title
THE_CASES = [
    ("a group after the", "Politics\n\nShe joined the \u201cHarbour Five\u201d in the spring.", "Harbour Five", "term"),
    ("an era after the", "History\n\nTowns shrank during the \u201cLong Quiet\u201d of the sixties.", "Long Quiet", "term"),
    ("a plan's name after the stays a title", "Budget\n\nLast year the mayor proposed the \u201cVale Rule\u201d for "
     "the port.", "Vale Rule", "title"),
    ("a programme's roundtable after the stays a title", "TV\n\nShe was joined on the \u201cHarbour Week\u201d "
     "roundtable by two mayors.", "Harbour Week", "title"),
    ("a handbook after the stays a title", "Books\n\nHe kept a copy of the \u201cHarbour Pilot Handbook\u201d at home.",
     "Harbour Pilot Handbook", "title"),
]


@pytest.mark.parametrize("case,article,fragment,kind", THE_CASES, ids=[c[0] for c in THE_CASES])
def test_kind_of_a_name_after_the(case, article, fragment, kind, kind_check):
    kind_check(article, fragment, kind, which=-1)
