"""Joint subjects for a later "they" (issue #11, referents._mention_subject): a case written for
this test, shaped like one that failed on the real-news tuning split."""

from __future__ import annotations



def test_a_role_before_the_second_conjunct_keeps_both_subjects(speech_of):
    # "Zaid and fellow attorney Andrew Bakaj acknowledged …. “…,” they said": the role before
    # the second name hid the conjunction, so "they" went to an organisation named earlier
    article = ("Case\n\nThe Harbour Authority declined to comment. Mark Zaidel is a lawyer for the nurse.\n\n"
               "But Zaidel and fellow attorney Andrew Bakker acknowledged Wednesday that their client had "
               "met candidates.\n\n\u201cOur client never advised a campaign,\u201d they said in a statement.")
    q = speech_of(article, "joint")[0]
    assert q.speakers == ["Mark Zaidel", "Andrew Bakker"]
