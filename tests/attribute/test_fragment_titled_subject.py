""""The president charged that rivals have “total control” over it" and "The Harbourton mayor
later clarified that she was not “officially” accusing him" (issue 11, round 33, lane docs14:
a judged sample of null speech near definite epithets on random corpus text): a fragment the
parse retypes as speech under a definite office names the one person the article gave that
office; the retyping left every description unnamed, so the words went null. An unnamed
voice ("the official") and an office nobody holds in the article stay unnamed. Our own
words."""

from __future__ import annotations

import pytest

CASES = [
    ("the president charged",
     "Leader attacks agency\n\nPresident Harold Venn spoke to reporters on Monday.\n\n"
     "The president charged that the agency failed because its rivals have \u201ctotal "
     "control\u201d over it.",
     ["Harold Venn"]),
    ("the town's mayor clarified",
     "Funds row\n\nHarbourton Mayor Dana Whitlock said Sunday that the governor held back the "
     "flood funds.\n\nThe Harbourton mayor later clarified that she was not \u201cofficially\u201d "
     "accusing him.",
     ["Dana Whitlock"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_definite_office_names_its_holder(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][:1] == expected


@pytest.mark.parametrize("subject", ["The official", "The senator"])
def test_an_unnamed_voice_or_an_unheld_office_stays_unnamed(speech_of, subject):
    article = ("Leader attacks agency\n\nPresident Harold Venn spoke to reporters on Monday.\n\n"
               f"{subject} charged that the agency failed because its rivals have \u201ctotal "
               "control\u201d over it.")
    assert [q.speaker for q in speech_of(article)] in ([], [None])


def test_a_plural_office_names_no_one_holder(speech_of):
    # "the ministers" is both of them: a plural title (lexicon/titles.PLURAL_TITLES, inside
    # TITLE_WORDS) is no one person's office (round 33, second review: it went to the minister
    # in focus)
    article = ("Leaders attack agency\n\nForeign Minister Ilse Marten met Defence Minister Harold Venn "
               "on Monday.\n\nThe ministers charged that the agency failed because its rivals have "
               "\u201ctotal control\u201d over it.")
    assert [q.speaker for q in speech_of(article)] in ([], [None])


def test_an_office_whose_holder_is_named_later_is_no_one_in_focus(speech_of):
    # the role rules send an unresolved definite office to the person in focus; a fragment under
    # an office the article names a holder of only further down is not that person's (round 33,
    # second review: on random BBC text the home secretary's "well informed" went to the
    # detainee the article was about)
    article = ("Detainee freed\n\nTomas Quill was held for two years at the camp without charge.\n\n"
               "The home secretary said he would not open an inquiry and that the media reports were not "
               "\u201cwell informed\u201d.\n\nMr Quill, 31, was freed in January. Home Secretary Ada "
               "Strand told the BBC that the camp had not been visited.")
    assert [q.speaker for q in speech_of(article)] in ([], [None])
