"""A definite document after others ("the report", "the news release"): which earlier issuer
it takes (round 35, review of lane issuer16). The report named with its issuer keeps that
issuer across a sentence naming some other document noun; a news release after a statement
is its kin; a release named with its issuer's name, or "she released a statement", keeps that
issuer; another body's statement lends nothing to a later lawsuit, nor a noun named many
sentences back its subject (thresholds/documents.py). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the report named before keeps its issuer across another document noun",
     "Audit\n\nThe council appointed Nora Harlan to review the city accounts in 2019.\n\nThe "
     "300-page Harlan report did not find fraud.\n\nHarlan also faulted the police for the slow "
     "pace of the investigation.\n\nThe mayor declined to comment. He was travelling.\n\nThe "
     "report concluded that the funds were spent \u201cin careless and wasteful fashion\u201d.",
     ["Nora Harlan"]),
    ("a news release two sentences after the statement: its kin",
     "Case\n\nHis lawyer, Owen Tarrant, said on Friday he had no help from the police. "
     "Tarrant's office said in a written statement that it had yet to receive \u201cany "
     "files.\u201d The hearing is set for May.\n\nThe news release added that the union "
     "\u201cis no longer part of the case.\u201d",
     ["Owen Tarrant", "Owen Tarrant"]),
    ("a release named with the issuer's name, two sentences on",
     "Leaks\n\nThe group Openvault posted its files on a website on Tuesday. The site was slow "
     "all day. \u201cThe agency can read any message,\u201d the Openvault release stated.",
     ["Openvault"]),
    ("'she released a statement' several sentences after her letter",
     "Port\n\nMayor Ruth Amory sent a letter to the board on Monday. The vote is on Friday. The "
     "harbour is closed. She released a statement saying the port was \u201csafe for now and "
     "open by June.\u201d",
     ["Ruth Amory"]),
    # guard: the kin rule joins only kin
    ("a statement's issuer lends nothing to a later lawsuit",
     "Paper sued\n\nThe Harbor Council released a statement in May saying it would not comment. "
     "The paper printed it. The editors stood firm. The lawsuit says the paper \u201cpublished "
     "claims it knew were false.\u201d",
     [None]),
    ("a statement no one is named for is not the older statement's issuer's",
     "Ferries\n\nSenator Dale Amos released a statement in May. \u201cWe will fix the "
     "ferries,\u201d the statement said. In a letter, Amos told the board it must act "
     "\u201cbefore the summer.\u201d\n\nThe Hollis family issued a statement on Monday. Fares "
     "will rise. The strike may spread. The statement says the crossing \u201chas killed their "
     "son.\u201d",
     ["Dale Amos", "Dale Amos", None]),
    ("a noun named many sentences back lends its subject nothing",
     "Ferries\n\nSenator Dale Amos said the memo was \u201ca fair start.\u201d The vote is in "
     "June. Riders are angry. Fares rose twice. The boats are old. The crew is small. The port "
     "is closed on Sundays.\n\nMayor Tom Bell praised the report, calling it "
     "\u201chonest.\u201d The ferries still run.\n\nThe memo says the fares \u201cwill double "
     "by the autumn.\u201d",
     ["Dale Amos", "Tom Bell", None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_issuer_kin(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
