"""A definite document left without an issuer ("the article noted", "the report states", "the
memo continues") takes the one who published, ran, reported or prepared a text in the few
sentences before (round 52, lane docissuer52: random AllSides text left an outlet's article,
a newspaper's report, a study's paper and a dossier's memo null). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an outlet ran a story; 'the article noted' two sentences on",
     "Schools\n\nLast week the Harbour Gazette ran a story about apprentices at a paper mill. "
     "The article followed Lena Ruiz, who left school at sixteen. She earns a wage and studies "
     "at night. Her brother works at a dairy. The dairy pays less. Two firms train welders.\n\n\u201cIn Norway,\u201d the article noted, \u201cmost teenagers train at a "
     "firm for two years.\u201d",
     ["Harbour Gazette", "Harbour Gazette"]),
    ("a newspaper reported; 'the report states' after a photo",
     "Academy\n\nThe Valley Courier in Ohio reported on Friday that the senator went to a private "
     "academy. A photo shows her in a choir. The academy was founded in 1970 for \u201cfamilies "
     "who wanted no part of the new public schools,\u201d the report states.",
     ["Valley Courier"]),
    ("a memo in a file prepared by a named man",
     "Mayor\n\nThe file, prepared by former detective Ivo Brandt, claims the mayor took cash. "
     "One memo in the file describes a meeting in March. The memo continues that the mayor "
     "\u201cseemed nervous about the cameras.\u201d",
     ["Ivo Brandt"]),
    # guards
    ("a report named once, its publisher many sentences back: null",
     "Academy\n\nThe Valley Courier reported on Friday that the senator went to a private "
     "academy. The school is old. It has a choir. The choir sings in May. The fees are high. "
     "The buses are new. Parents are proud.\n\nThe academy was founded for \u201cfamilies who "
     "wanted no part of the new public schools,\u201d the report states.",
     [None]),
    ("a letter sent to a named officer, released by an unnamed office: null",
     "Fired\n\nA dismissal letter sent to Officer Dale Mercer released by the county police on "
     "Monday said Mercer broke the rules. The letter said Mercer acted \u201cwith no regard for "
     "safety.\u201d",
     [None]),
    ("a study published in a journal: the journal did not report it",
     "Crops\n\nA 2018 study published in Terra reported that farms grew more wheat. According "
     "to the study, \u201cthe harvest grew by a fifth\u201d over fifty years.",
     [None]),
    ("a body named in passing, no publishing verb: null",
     "Academy\n\nThe senator spoke to the Valley Courier on Friday about her school. The "
     "academy was founded for \u201cfamilies who wanted no part of the new schools,\u201d the "
     "report states.",
     [None]),
    # review44 (rounds 52-53 review): another body's own report between the story and the words
    ("a paper's story, then inspectors' own report: the report is theirs, not the paper's",
     "Plant\n\nThe Harlow Gazette ran a story on the plant closure in March. Inspectors for the "
     "county filed their own report on Friday. \u201cThe roof had failed twice,\u201d the report "
     "said.",
     [None]),
    ("a paper's story, then a body's report by its possessive: not the paper's",
     "Plant\n\nThe Harlow Gazette ran a story on the plant closure in March. On Friday the "
     "inspectors released the county's report. \u201cThe roof had failed twice,\u201d the report "
     "said.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_publisher(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
