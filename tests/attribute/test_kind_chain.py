"""A kind of body the article keeps repeating ("the company", "the agency", "the school")
names the body the first repeat referred back to, though that body is out of near_body's
reach (issue 11, round 44, lane nulls27: big2 text left "The TSA stressed … . ¶ The agency
explained … . ¶ “…,” the agency said" null). Our own words."""

from __future__ import annotations

import pytest

# the body named, a paragraph that goes on under the kind word, then the quotation's paragraph
_AGENCY = ("Permits\n\nThe Coastal Licensing Office, in a letter, stressed that the fee covered new permits "
           "only.\n\nThe agency explained that the old permits had lapsed in May.\n\n\u201cWithout the new "
           "permits, no skipper could renew a licence on time,\u201d the agency said.\n")
# a kind of the same family, with a word between, is a repeat too
_SCHOOL = ("Funds\n\nAfter weeks of argument, Brookfield College said on Tuesday it would turn down the "
           "grant.\n\nThe university had said last month that it would take the money. Instead, the proud school "
           "had argued, it needed none.\n\n\u201cWe never asked for these funds,\u201d the school said.\n")

# a name the entity layer leaves unclassed is the body where a verb of saying follows it, and a
# news outlet crediting the report is no second body for "the agency"
_SAYS = ("Permits\n\nHarbour Licensing says it will cut the permit fee by half, the Tidewater Gazette "
         "reports.\n\nThe agency sent a letter to every skipper on Monday night.\n\n\u201cNo skipper should "
         "pay twice for one season,\u201d the agency said.\n")


@pytest.mark.parametrize("article, speaker", [
    (_AGENCY, "Coastal Licensing Office"),
    (_SCHOOL, "Brookfield College"),
    (_SAYS, "Harbour Licensing"),
])
def test_repeated_kind_reaches_the_body_named_first(speech_of, article, speaker):
    q = speech_of(article)[-1]
    assert q.speaker == speaker
    assert any("chained_body" in a for a in q.attribution_evidence)


# no repeat between: the body is out of reach and stays so (near_body's reach is kept)
_NO_LINK = ("Permits\n\nThe Coastal Licensing Office, in a letter, stressed that the fee covered new permits "
            "only.\n\nFor years the skippers had asked for cheaper permits.\n\n\u201cWithout the new permits, "
            "no skipper could renew a licence on time,\u201d the agency said.\n")
# two bodies before the first repeat: which one the kind word names is a guess
_TWO = ("Permits\n\nThe Coastal Licensing Office and the Harbour Pilots Guild, in a letter, stressed that "
        "the fee covered new permits only.\n\nThe agency explained that the old permits had lapsed in May."
        "\n\n\u201cWithout the new permits, no skipper could renew a licence on time,\u201d the agency said.\n")
# an owned thing is no repeat: "the agency's letter" does not carry the reach back
_OWNED = ("Permits\n\nThe Coastal Licensing Office, in a letter, stressed that the fee covered new permits "
          "only.\n\nThe skippers said the agency's letter came too late.\n\n\u201cWithout the new permits, "
          "no skipper could renew a licence on time,\u201d the agency said.\n")

# the repeat stands after a preposition's object ("members at X — the group that"), and the one
# body before it is no speaker of its sentence: the reading ends, null
_BEHIND = ("Party\n\nNobody knows what the Harbour Court will rule next week.\n\nIts fans at Fairwind Watch "
           "\u2014 the group that marched in May \u2014 have planned a party anyway.\n\n\u201cWe will "
           "celebrate either way,\u201d the group wrote.\n")


@pytest.mark.parametrize("article", [_NO_LINK, _TWO, _OWNED, _BEHIND])
def test_no_repeat_or_two_bodies_leave_it_null(speech_of, article):
    assert speech_of(article)[-1].speaker is None


def test_chained_body_is_less_sure_than_a_cue_in_the_sentence(speech_of):
    from onrecord.thresholds.kind_chain import CHAINED_BODY_CONFIDENCE
    # the rule's value (the calibrated probability replaces it in ``confidence`` and reads it)
    evidence = speech_of(_AGENCY)[-1].attribution_evidence
    assert any(f"the rule's {CHAINED_BODY_CONFIDENCE:g})" in a for a in evidence)
