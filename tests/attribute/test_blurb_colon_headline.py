"""A related-story blurb's headline that opens with a name, then a topic or a verb that is no
verb of saying, then a colon and the quotation: "<Name> on <topic>: ‘…’", "<Name> shrugs off
<topic>: ‘…’". The colon credits the headline's opening name, as a headline's "<Name>: ‘…’"
does (issue 11, round 70, lane null78: the tuning set fresh24 had three such quotations left
null in three articles). Cases written for this test."""

from __future__ import annotations

import pytest


def _blurb(head_run: str) -> str:
    return ("Budget row\n\nThe governor, Mara Quill, met the committee on Monday. Critics of Senator "
            f"Tom Aldo Thomas (Tom) Peter Aldo{head_run} MORE said the plan was late. "
            "“We will not sign it,” Quill said.")


CASES = [
    ("a name, 'on' and a topic before the colon",
     _blurb("Harbour bill stalls in the senate Aldo on the port levy: ‘It is plain theft’"),
     ["Tom Aldo", "Mara Quill"]),
    ("a name, a verb that is no verb of saying and its object before the colon",
     _blurb("Harbour bill stalls in the senate Aldo shrugs off the audit of harbour accounts: ‘We did nothing wrong’"),
     ["Tom Aldo", "Mara Quill"]),
    ("a few of the speaker's own words between the colon and the marks",
     _blurb("Harbour bill stalls in the senate Aldo on the levy: We should not be ‘taxing the tides’"),
     ["Tom Aldo", "Mara Quill"]),
    # guards
    ("a name after a possessive before the topic stays nobody",
     _blurb("Harbour bill stalls Dockers on Reed's Tom Aldo comments: ‘he never came’"),
     [None, "Mara Quill"]),
    ("a name the article does not know stays nobody",
     _blurb("Harbour bill stalls in the senate Vessa Orrin on the port levy: ‘It is plain theft’"),
     [None, "Mara Quill"]),
    ("a topic with no colon names nobody",
     _blurb("Harbour bill stalls in the senate Aldo on the ‘port levy’ vote"),
     [None, "Mara Quill"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_blurb_colon_headline(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
