"""A noun phrase in marks right before the noun it modifies ("waving “ghost gun” kits", "the
“stress test” results") names a kind of thing, a term, even when a reporting verb elsewhere
in the sentence was read as crediting it, when that verb does not credit the words: a clause of
the writer's stands between ("…, many waving “…” placards", "even though his council adopted a
“…” policy"), or the "verb" is the noun the words modify (a headline's 'clarifies “…”
remarks'). Round 41, lane termspeech25: 11 of the 44 tuning-split terms typed speech were such
modifiers. A named speaker's label under his own reporting verb stays his speech (the
never-read held-out gold's convention; round 35, kindspeech16). An evaluation ("the “deeply unfair” levy", "the
“reckless” plan", "“careless and dangerous” driving") stays the speaker's words: the gold
convention keeps a named speaker's judging words speech. The articles are written for this
test."""

from __future__ import annotations

import pytest

from onrecord.attribute import attribute_results
from onrecord.extract import extract_document
from onrecord.read import read_text

CASES = [
    # (case, article, fragment, expected kind; None = anything but term)
    ("told, waving signs", "Harbour\n\n\u201cWe will keep the ferry,\u201d Ada Okafor told a crowd of "
     "pilots, many waving \u201cferry first\u201d placards and singing.", "ferry first", "term"),
    ("insisted, a policy's name", "Harbour\n\nThe mayor, Tom Brell, insisted the port was safe even "
     "though his council had adopted a \u201czero waste\u201d policy last spring.", "zero waste", "term"),
    ("a video link's noun read as a verb", "Harbour\n\nJUST WATCHED Mayor clarifies \u2018ferry first\u2019 "
     "comments Replay More Videos\n\nThe mayor, Tom Brell, spoke to reporters on Monday.", "ferry first", "term"),
    ("the speaker's own verb keeps his label speech", "Harbour\n\nPolice Chief Ann Vale said officers "
     "seized several \u201cghost gun\u201d kits from a garage near the quay.", "ghost gun", "speech"),
    ("a participle working as a preposition keeps it speech", "Harbour\n\nPolice Chief Ann Vale said the "
     "ban covers several offences, including sales of \u201cghost gun\u201d kits.", "ghost gun", "speech"),
    ("the speaker's said after a predicate stays speech", "Harbour\n\n2024 was a \u201crecord season\u201d "
     "said Ada Okafor, the port's director.", "record season", "speech"),
    ("a reporting participle keeps it speech", "Harbour\n\nAda Okafor spoke for an hour, saying "
     "\u201cferry first\u201d policies had failed.", "ferry first", "speech"),
    ("an -ly evaluation stays speech", "Harbour\n\nAda Okafor said the \u201cdeeply unfair\u201d levy "
     "must go before the summer.", "deeply unfair", None),
    ("an adjective evaluation stays speech", "Harbour\n\nAda Okafor said the \u201creckless and "
     "dangerous\u201d scheme would sink the port.", "reckless and dangerous", None),
    ("a participle after the marks stays speech", "Harbour\n\nAda Okafor attacked council claims of "
     "\u201cwasteful spending\u201d saying the figures were wrong.", "wasteful spending", None),
    ("one word stays as it was", "Harbour\n\nAda Okafor said \u201ccareless\u201d skippers would lose "
     "their licences.", "careless", "speech"),
]


@pytest.mark.parametrize("case,article,fragment,kind", CASES, ids=[c[0] for c in CASES])
def test_compound_modifier(case, article, fragment, kind):
    r = extract_document(read_text(article, path="case"))
    attribute_results([r])
    found = [q for q in r.quotes if q.text == fragment]
    assert found, (f"{fragment!r} not extracted", [q.text for q in r.quotes])
    q = found[0]
    if kind is None:
        assert q.kind != "term", q.kind_evidence
    else:
        assert q.kind == kind, (q.kind, q.kind_evidence)
    if q.kind == "term":
        assert q.speaker is None
