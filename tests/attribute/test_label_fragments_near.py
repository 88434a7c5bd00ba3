"""A near miss of echo24's labelled headline line (attribute/label_fragments.py; review33, round
41's review): "NAME: ‘…’ Of The Docks Dies At 90" names the person the line is about, and the
words in marks, followed by their complement ("of the docks", "from the quay"), are an epithet
of that person, not words she said, though the body quotes her. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

_BODY = "\n\nShe ran the harbour for forty years.\n\n\u201cWe will read every page,\u201d Ilse Dunmore said in 2009."

CASES = [
    ("an obituary's epithet with 'of'", "Ilse Dunmore: \u2018Iron Lady\u2019 Of The Docks Dies At 90" + _BODY, "Iron Lady"),
    ("a profile's epithet with 'from'", "Ilse Dunmore: \u2018Dock Queen\u2019 From The Quay Retires" + _BODY, "Dock Queen"),
]


@pytest.mark.parametrize("article,words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_epithet_of_the_label_is_not_her_speech(article, words):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    q = next(q for q in r.quotes if q.text.strip(" ,.:") == words)
    assert q.speaker != "Ilse Dunmore", (q.kind, q.kind_evidence, q.attribution_evidence)
