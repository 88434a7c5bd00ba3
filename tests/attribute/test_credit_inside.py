"""A credit whose parsed subject is a word inside the quotation: the name right after the
closing mark is the speaker (issue 11, round 54, lane null54: random AllSides text left
"“…,” House Minority Leader X, California Democrat, said last week" null because the parse
made a noun of the quoted words the subject of "said"). Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.credit_inside import _until_comma

# the parse hangs "oath" (inside the marks) under "said"; the prosecutor is named after the mark
_TRIAL = ("Trial\n\nThe trial moved into its second week.\n\n\u201cI ask you on behalf of the county that "
          "your oath demands that you convict the mayor,\u201d county prosecutor Dana Whitlow, a former "
          "judge, said during her remarks.\n\nThe defense spoke next.\n")


def test_name_after_the_closing_mark_speaks(speech_of):
    q = speech_of(_TRIAL)[0]
    assert q.speaker == "Dana Whitlow"
    assert any("inside the quotation" in a for a in q.attribution_evidence)


# the usual shapes keep their rules (the parse reads the subject outside the marks)
@pytest.mark.parametrize("article, speaker", [
    ("Roads\n\nCounty leaders were careful on Monday.\n\n\u201cThe only hearings that I have sat in on have "
     "been those where we praised the new bridge,\u201d Senate Leader Ruth Okafor, Maine Democrat, said on "
     "Monday.\n\nThe vote comes next week.\n", "Ruth Okafor"),
    ("Clinics\n\nThe clinics reopened this week.\n\n\u201cIf cases climb next month, do not blame the nurses. "
     "Blame the budget,\u201d Mark Ortiz, head of the county health board, tweeted earlier this month.\n\nThe "
     "board meets on Friday.\n", "Mark Ortiz"),
])
def test_credit_after_the_mark_unchanged(speech_of, article, speaker):
    assert speech_of(article)[0].speaker == speaker


# an unnamed credit after the mark stays unnamed: only a name answers
def test_description_after_the_mark_stays_null(speech_of):
    art = ("Trial\n\nThe trial moved into its second week.\n\n\u201cI ask you on behalf of the county that your "
           "oath demands that you convict the mayor,\u201d one county prosecutor said during the remarks.\n\n"
           "The defense spoke next.\n")
    assert speech_of(art)[0].speaker is None


class _Tok:
    def __init__(self, text, punct=False):
        self.text, self.is_punct = text, punct


def test_run_stops_at_the_first_comma():
    toks = [_Tok("Dana"), _Tok("Whitlow"), _Tok(",", True), _Tok("a"), _Tok("judge")]
    assert [t.text for t in _until_comma(toks)] == ["Dana", "Whitlow"]


# a participle after the mark takes the name as its object: the speaker is not that name
def test_participle_object_is_no_credit(speech_of):
    art = ("Hearings\n\nThe chairman, Tom Beale, spoke to reporters.\n\n\u201cI will not back witnesses called by "
           "the governor,\u201d he said. \u201cI will not back witnesses called by Senator Ames,\u201d referring "
           "the Senate leader Paula Ames.\n\nHe left soon after.\n")
    assert speech_of(art)[-1].speaker != "Paula Ames"



# an inner quotation: its words may be another's (the children's), so this rule leaves it
# (other rules may still answer for it)
def test_inner_quotation_is_left_alone(speech_of):
    art = ("Hearing\n\nSenators asked the judge about his family.\n\n\"They gave me a big hug and said, 'Well "
           "done, Mum,'\" Judge Ella Marsh told Sen. Carl Peary (R-OH).\n\nMarsh kept to business after that.\n")
    inner = [q for q in speech_of(art) if q.text.startswith("Well done")]
    assert inner and not any("inside the quotation" in a for q in inner for a in q.attribution_evidence)
