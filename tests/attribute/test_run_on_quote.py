"""A quotation opening its sentence right after a credited one, run on into the writer's lower
case words, goes on in the credited voice (issue 11, round 54, lane null54: corpus text left
"“…,” Obama said. “…,” whose government …" null as words inside narration). Our own words."""

from __future__ import annotations

import pytest

_WHOSE = ("Harbor\n\nThe harbor board met on Tuesday.\n\n\u201cThe levy will not rise this year,\u201d Tom Ames "
          "said. \u201cWe are not going to tax the fishing fleet,\u201d whose fees have doubled since 2010.\n\n"
          "The board meets again in May.\n")
_OF = ("Schools\n\nParents worry about the closures.\n\n\u201cIf there is room,\u201d says Nora Quill. \u201cAnd "
       "that is the trouble with the plan: if the better schools have no room, families are left with schools "
       "that do not feel like much\u201d of a choice.\n\nThe district did not comment.\n")


@pytest.mark.parametrize("article, speaker", [(_WHOSE, "Tom Ames"), (_OF, "Nora Quill")])
def test_run_on_quotation_continues_the_credit(speech_of, article, speaker):
    qs = speech_of(article)
    assert [q.speaker for q in qs] == [speaker, speaker]


# guards: a narrating sentence between, or a new paragraph, leaves the words to the narration
@pytest.mark.parametrize("article", [
    ("Harbor\n\nThe harbor board met on Tuesday.\n\n\u201cThe levy will not rise this year,\u201d Tom Ames "
     "said. The fleet has shrunk by half since the storms of 2010 and the new quay. \u201cA tax on the "
     "fleet,\u201d whose fees have doubled since 2010, was never on the table.\n\nThe board meets again.\n"),
    ("Harbor\n\nThe harbor board met on Tuesday.\n\n\u201cThe levy will not rise this year,\u201d Tom Ames "
     "said.\n\n\u201cThe fishing fleet,\u201d whose fees have doubled since 2010, has shrunk by half.\n\n"
     "The board meets again.\n"),
])
def test_no_run_on_past_narration(speech_of, article):
    qs = speech_of(article)
    assert all(q.speaker != "Tom Ames" for q in qs[1:])


def test_no_run_on_after_words_nobody_is_credited_for_after_them(speech_of):
    """review45: the sentence before must end with a credit (a verb of saying after its
    quotation), as the module says; "The sign read “…” in red." has none after the marks, and
    the run-on went on in the sign's voice."""
    qs = speech_of("Harbor\n\nMayor Tom Ames spoke on Monday. The sign read \u201cNo new fees this year\u201d in "
                   "red. \u201cWe will tax the harbor again next spring,\u201d which was never part of the bill.\n")
    assert (qs[-1].speaker, qs[-1].speaker_description) == (None, None)
