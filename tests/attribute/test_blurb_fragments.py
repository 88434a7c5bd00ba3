"""A fragment typed scare or term inside a flattened related-story blurb (layout.link_blurbs:
a display name, the full name glued to other stories' headlines, then "MORE") whose headline
opens on a name and a colon is that name's speech, as the blurb's speech quotations already are
(issue 11, round 77, lane kind77: "<Name>: <Subject> ‘<word>’ in …" headlines were left scare
or term with no speaker). Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text


def _blurb(head_run: str) -> str:
    return ("Budget row\n\nThe governor, Mara Quill, met the committee on Monday. Senator "
            f"Tom Aldo Thomas (Tom) Peter Aldo{head_run} MORE (D-Ore.) voted against the plan. "
            "“We will not sign it,” Quill said.")


def _kinds(article: str) -> list[tuple[str, str | None]]:
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    return [(q.kind, q.speaker) for q in r.quotes]


CASES = [
    ("one word after a colon headline's subject",
     _blurb("Harbour bill stalls in the senate Ruth Fenn: Port board ‘reckless’ in every vote"),
     [("speech", "Ruth Fenn"), ("speech", "Mara Quill")]),
    ("a short noun phrase after a colon headline's subject",
     _blurb("Harbour bill stalls in the senate Ruth Fenn: Port board ‘far too slow’ on the levy"),
     [("speech", "Ruth Fenn"), ("speech", "Mara Quill")]),
    # no name and colon or verb of saying opens the headline: the fragment keeps its kind
    ("a newsletter's name heading its item is no speaker",
     _blurb("Harbour bill stalls in the senate Overnight Harbour: Senate eyes nixing ‘port levy’ fix"),
     [("term", None), ("speech", "Mara Quill")]),
    ("a capitalised fragment is a name, not the headline speaker's words",
     _blurb("Harbour bill stalls in the senate Ruth Fenn: Weather will overshadow ‘Dockside’ this year"),
     [("term", None), ("speech", "Mara Quill")]),
    ("an expression mentioned as an expression stays a term",
     _blurb("Harbour bill stalls in the senate Ruth Fenn: The term ‘port grab’ has lost its meaning"),
     [("term", None), ("speech", "Mara Quill")]),
    ("a headline opened by a group and a verb of wanting names nobody",
     _blurb("Harbour bill stalls Farmers want ‘fair deal’ on water"),
     [("term", None), ("speech", "Mara Quill")]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_blurb_fragment_kind(case, article, expected):
    assert _kinds(article) == expected


def test_newsletter_name_speaks_no_blurb_words():
    # a speech quotation under a newsletter's item heading has no speaker: the newsletter
    # is no one (the same check serves the speech path, blurb_headlines.blurb_speaker)
    text = _blurb("Harbour bill stalls Overnight Harbour: Port board ‘ready to vote on the bill now’")
    assert _kinds(text)[0] == ("speech", None)


# "NAME on TOPIC: ‘…’" and "NAME to NAME: ‘…’" headlines give the opening name's words (round
# 78, lane null88: the blurb's speech quotations were left null); "to" before a verb does not
ON_TO = [
    ("a name on a topic, then a colon",
     _blurb("Harbour bill stalls in the senate Ruth Fenn on the port levy: ‘We will fight it all the way’"),
     "Ruth Fenn"),
    ("a name to another name, then a colon",
     _blurb("Harbour bill stalls in the senate Ruth Fenn to Quill: ‘You have broken your word on this’"),
     "Ruth Fenn"),
    ("a possessive in the topic",
     _blurb("Harbour bill stalls in the senate Ruth Fenn on Quill's budget row: ‘It is a sham from start to end’"),
     "Ruth Fenn"),
    ("a name to a verb, then a colon, names nobody",
     _blurb("Harbour bill stalls in the senate Ruth Fenn to sign bill: ‘We have the votes at last’"),
     None),
]


@pytest.mark.parametrize("case,article,speaker", ON_TO, ids=[c[0] for c in ON_TO])
def test_blurb_on_topic_headline(case, article, speaker):
    assert _kinds(article)[0] == ("speech", speaker)
