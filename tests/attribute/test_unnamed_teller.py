"""Words inside the clause an unnamed voice reports ("A state official said the governor will
sign it “…”", "One aide told reporters that the agency was “…”") are the voice's, unnamed, not
the name the clause is about (issue 11, round 79, lane addressee90, GUIDELINES D2, D3). A
second verb of saying in the clause ("one source said the senator is telling people “…”")
relays the senator's words and keeps him (S17). Our own words."""

from __future__ import annotations

import pytest

_GOVERNOR = ("Budget\n\nGovernor Lena Marsh met her cabinet on Monday.\n\nA state official said Marsh "
             "will sign the bill on Friday, calling it a \u201cturning point for the valley.\u201d\n")
_AGENCY = ("Audit\n\nTomas Rell ran the water agency for six years before the audit.\n\nOne aide close "
           "to Rell told reporters that the agency was \u201cin no shape to survive another winter.\u201d\n")
_LEADER = ("Vote\n\nSenate leader Ada Quist returned to the chamber on Tuesday.\n\nA spokesman for Quist "
           "said the leader \u201cbacks every word of the amendment.\u201d\n")
_PRINCIPAL = ("Council\n\nThe council met on Monday to pick a new chairman.\n\nA spokeswoman for the new "
              "chairman, Ada Quist, a Democrat, said the council leader is \u201cwith the mayor on this.\u201d\n")
_RELAYED = ("Race\n\nPeter Orme lost the primary two years ago.\n\nOne source said Orme is telling friends "
            "that \u201che wants to see someone run who can win.\u201d\n")
_APPOSED = ("Port\n\nThe harbour board met on Monday.\n\nA spokeswoman, Jill Amsel, said the board "
            "\u201cwill look at every bid again.\u201d\n")
_SPOKESMAN_NAMED = ("Plans\n\nGeneral Ada Quist briefed the committee on Tuesday.\n\nA spokesman for Quist, "
                    "Col. Ed Pike, said the general \u201cdoes not see a need for more troops.\u201d\n")
_LAWYER_NAMED = ("Trial\n\nThe twins were held for two days.\n\nA lawyer for the twins, Nora Vale, said "
                 "they spoke because \u201cthe story had to be told.\u201d\n")
_AIDE_NAMED = ("Troops\n\nThe speech was due at nine.\n\nOne aide from the first months of the Marsh "
               "campaign, Pete Sorn, said any build-up \u201cbreaks a campaign pledge.\u201d\n")
_NAMED_LATER = ("Pardon\n\nThe mayor said he may pardon the late runner Jo Dale.\n\nBut a lawyer for the "
                "family said it was \u201cneedless\u201d as the case was closed in 1980.\n\n\u201cWe thank the "
                "mayor, but there is nothing to pardon,\u201d said the family's lawyer Ron Vale in a statement.\n")


@pytest.mark.parametrize("article, desc", [
    (_GOVERNOR, "A state official"),
    (_AGENCY, "One aide close to Rell"),
    (_LEADER, "A spokesman for Quist"),
    (_PRINCIPAL, "A spokeswoman for the new chairman, Ada Quist, a Democrat"),
])
def test_words_an_unnamed_voice_reports_are_unnamed(speech_of, article, desc):
    q = speech_of(article)[-1]
    assert q.speaker is None
    assert q.speaker_description == desc


@pytest.mark.parametrize("article, speaker", [
    (_RELAYED, "Peter Orme"),
    (_APPOSED, "Jill Amsel"),
    (_SPOKESMAN_NAMED, "Ed Pike"),
    (_LAWYER_NAMED, "Nora Vale"),
    (_AIDE_NAMED, "Pete Sorn"),
])
def test_relayed_or_named_voice_keeps_its_speaker(speech_of, article, speaker):
    assert speech_of(article)[-1].speaker == speaker


def test_voice_named_later_by_its_role_keeps_the_name(quote_of):
    assert quote_of(_NAMED_LATER, "needless").speaker == "Ron Vale"
